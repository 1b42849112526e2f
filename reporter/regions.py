"""Regions: find every region, park and town a document names, resolve each to one
identity, and decide each one's role (home, benchmark, mentioned).

Rules, in order of trust:
- official full names match anywhere; short forms (松江, 西双版纳) match unless
  they are common words (data/place_stopwords.txt);
- a town, or a two-character official name, counts only when its county or
  prefecture is named in the same document (泗泾 with 松江; not 范县 in 示范县);
- a name several divisions share (鼓楼区) is settled by the parents the
  document names, or left out with a warning, never guessed;
- parks and zones (经开区, 高新区, 产业园, ...) are found by their suffix and
  attached to the region whose name they start with, or to the home region;
- 我州/全镇/该区/我县 refer to a region of the document by their last character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reporter import gazetteer
from reporter.models import DocRegions, Document, Mention, Region

PARK_SUFFIXES = (
    "经济技术开发区",
    "高新技术产业开发区",
    "高新技术开发区",
    "经济开发区",
    "综合保税区",
    "工业园区",
    "产业园区",
    "开发区",
    "高新区",
    "经开区",
    "产业园",
    "工业园",
    "科技园",
    "科技城",
    "科创园",
    "医药港",
    "汽车港",
    "物流园",
    "保税区",
    "装备园",
    "产业基地",
)
# Characters and words after which a park name starts (the name never spans them).
PARK_BREAK = re.compile(
    r".*(?:[^\u4e00-\u9fffA-Za-z0-9]|的|在|了|和|与|及|是|为|将|把|对|由|从|向|到|着|等|这|那|入选|揭牌|落户|打造|建设|创建|依托|所在|坐落|简称|以|通过|全力|力争|聚焦|大型|新型|一站式|现代)"
)
GENERIC_PARK_PREFIX = re.compile(r"^(国家级|省级|市级|县级|区级|该|本|全|各|新|一批|多个|特色)*$")
ABBREV_RE = re.compile(r"[（(](?:下简称|以下简称|简称)[“\"]?([^”\")）]{2,20})[”\"]?[)）]")
REF_RE = re.compile(r"(我|全|该|本)([州县市区镇省乡])")
BENCHMARK_CUES = re.compile(r"学习|考察|对标|借鉴|参观|赴|经验|先进|标杆|榜样|为例|取经")
SUBJECT_BLOCKERS = ("在", "占", "比", "较", "于", "与", "同", "排名", "位列", "入围", "进入", "居", "是")
PRODUCT_CHARS = set("茶酒菜腿醋米粉")
QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"")


@dataclass(frozen=True)
class RegionRef:
    """A name or a 我X/全X reference at a position of the body, resolved to a region."""

    start: int
    end: int
    region_id: str
    text: str
    is_ref: bool  # 全州, 我县 ...
    can_be_subject: bool  # false for 在上海市, 占全区, 是我区的


@lru_cache(maxsize=1)
def automaton():
    """Aho-Corasick automaton over every division name and short form."""
    import ahocorasick

    gaz = gazetteer.load()
    auto = ahocorasick.Automaton()
    stop = gazetteer.place_stopwords()
    for name in gaz.names:
        if len(name) >= 2 and name not in stop:
            auto.add_word(name, name)
    auto.make_automaton()
    return auto


def find_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Leftmost-longest matches of gazetteer names: (start, end, name)."""
    found = []
    for end, name in automaton().iter(text):
        found.append((end - len(name) + 1, end + 1, name))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out, last_end = [], -1
    for start, end, name in found:
        if start >= last_end:
            out.append((start, end, name))
            last_end = end
    return out


def analyse(doc: Document) -> tuple[DocRegions, list[RegionRef]]:
    """Regions of one document and every reference to them, in text order."""
    text = doc.body
    gaz = gazetteer.load()
    parks = find_parks(text)
    park_spans = [(s, e) for s, e, _ in parks]
    ref_starts = {m.start() for m in REF_RE.finditer(text)}
    spans = [
        sp
        for sp in find_name_spans(text)
        if not any(ps <= sp[0] < pe for ps, pe in park_spans)
        and sp[0] not in ref_starts
        and not is_product(text, sp[1])
    ]
    candidates = {name: gaz.names[name] for _, _, name in spans}
    chosen, warnings = resolve_names(candidates, gaz)
    regions: dict[str, Region] = {}
    refs: list[RegionRef] = []
    for start, end, name in spans:
        code = chosen.get(name)
        if not code:
            continue
        regions[code] = gaz.regions[code]
        refs.append(RegionRef(start, end, code, name, False, can_be_subject(text, start, end)))
    home_guess = None
    for start, end, park_name in parks:
        region = park_region(park_name, parks, regions, text, start)
        regions.setdefault(region.id, region)
        refs.append(RegionRef(start, end, region.id, park_name, False, can_be_subject(text, start, end)))
    refs.sort(key=lambda r: r.start)
    refs = add_self_references(text, refs, regions)
    roles = assign_roles(text, refs, regions)
    home_guess = next((rid for rid, role in roles.items() if role == "home"), None)
    refs = [resolve_home_ref(r, home_guess, regions) for r in refs]
    mentions = tuple(Mention(r.region_id, r.start, r.end, r.text) for r in refs)
    return DocRegions(doc.name, regions, mentions, roles, tuple(warnings)), refs


def resolve_names(candidates: dict[str, list[str]], gaz) -> tuple[dict[str, str], list[str]]:
    """Pick one division per name from the document's context, or none.

    Anchors are names that are safe alone: official names of three or more
    characters, longer short forms (西双版纳), provinces and prefectures. A town,
    or a county written in two characters (海宁, 南部), needs an anchor among
    its parents; several candidates are settled the same way or left out.
    """
    anchors: dict[str, str] = {}
    for name, codes in candidates.items():
        upper = [c for c in codes if gaz.regions[c].level in ("province", "prefecture", "county")]
        if len(upper) == 1 and is_anchor(name, gaz.regions[upper[0]]):
            anchors[name] = upper[0]
    context = set(anchors.values())
    for code in list(context):
        context.update(gaz.ancestors(code))
    chosen, warnings = dict(anchors), []
    for towns in (False, True):  # towns last: they need their county chosen first
        for name, codes in candidates.items():
            if name in chosen:
                continue
            fitting = [
                c
                for c in codes
                if (gaz.regions[c].level == "town") == towns and fits_context(c, gaz, context, set(chosen.values()))
            ]
            if len(fitting) == 1:
                chosen[name] = fitting[0]
            elif len(fitting) > 1:
                options = "、".join(gaz.regions[c].full_name for c in fitting[:4])
                warnings.append(f"地名“{name}”有多个可能 ({options}), 未能确定, 已忽略")
    return chosen, warnings


def is_anchor(name: str, region: Region) -> bool:
    if region.level in ("province", "prefecture"):
        return True
    return len(name) >= 3


def fits_context(code: str, gaz, context: set[str], chosen: set[str]) -> bool:
    region = gaz.regions[code]
    ancestors = gaz.ancestors(code)
    if region.level == "town":
        return bool(set(ancestors[:2]) & chosen)  # its county or prefecture is named
    return bool(set(ancestors) & context)


def is_product(text: str, end: int) -> bool:
    """普洱茶, 金华火腿: a place name followed by a product word is a product."""
    return text[end : end + 1] in PRODUCT_CHARS


def can_be_subject(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    if any(before.endswith(b) for b in SUBJECT_BLOCKERS):
        return False
    return not after.startswith("的") or not re.match(r"的[\d.]+倍", text[end : end + 8])


def find_parks(text: str) -> list[tuple[int, int, str]]:
    """Park and zone names: a specific prefix before a park suffix."""
    suffix_re = "|".join(PARK_SUFFIXES)
    out = []
    for m in re.finditer(rf"([\u4e00-\u9fffA-Za-z0-9]{{2,16}}?)(?:{suffix_re})", text):
        prefix = m.group(1)
        cut = PARK_BREAK.match(prefix)
        at_boundary = m.start() == 0 or not re.match(r"[\u4e00-\u9fff]", text[m.start() - 1])
        if cut:
            prefix = prefix[cut.end() :]
        elif not at_boundary:
            continue  # no break before it: the start of the name is unknown
        prefix = re.sub(r"^(国家级|省级|市级|区级|县级)", "", prefix)
        if len(prefix) < 2 or len(prefix) > 12 or GENERIC_PARK_PREFIX.match(prefix):
            continue
        start = m.end() - len(prefix) - (m.end() - m.end(1))
        out.append((start, m.end(), text[start : m.end()]))
    abbrev = {m.group(1): m.start() for m in ABBREV_RE.finditer(text)}
    for short in abbrev:
        for m in re.finditer(re.escape(short), text):
            if not any(s <= m.start() < e for s, e, _ in out):
                out.append((m.start(), m.end(), short))
    return sorted(out)


def park_key(name: str) -> str:
    """A comparable form: 国家级杭州湾上虞经开区 and 上虞经济开发区 share 上虞 + 开发区."""
    core = re.sub(r"^(国家级|省级)", "", name)
    for long, short in (("经济技术开发区", "开发区"), ("经济开发区", "开发区"), ("经开区", "开发区")):
        core = core.replace(long, short)
    return core


def park_region(name, parks, regions, text, start) -> Region:
    """The park's identity: merged with the longest same-type name sharing its core."""
    key = park_key(name)
    best = name
    for _, _, other in parks:
        okey = park_key(other)
        if other != name and len(other) > len(best) and okey.endswith(key[-3:]) and core_in(key, okey):
            best = other
    parent = park_parent(best, regions)
    return Region(
        id=f"park:{best}",
        name=name if len(name) < len(best) else best,
        full_name=best,
        level="park",
        parent=parent.name if parent else "",
        aliases=tuple(sorted({name, best})),
    )


def core_in(key: str, other: str) -> bool:
    stem = key[:-3]
    return bool(stem) and stem in other


def park_parent(name: str, regions: dict[str, Region]) -> Region | None:
    for region in sorted(regions.values(), key=lambda r: -len(r.aliases[0])):
        if region.level == "park":
            continue
        if any(alias in name for alias in (*region.aliases, region.name)):
            return region
    return None


def add_self_references(text: str, refs: list[RegionRef], regions: dict[str, Region]) -> list[RegionRef]:
    """Resolve 全州/我县/该区 to the last region before them whose name ends alike."""
    out = list(refs)
    for m in REF_RE.finditer(text):
        suffix = m.group(2)
        target = last_region_with_suffix(suffix, m.start(), refs, regions)
        if target:
            out.append(
                RegionRef(m.start(), m.end(), target, m.group(0), True, can_be_subject(text, m.start(), m.end()))
            )
    return sorted(out, key=lambda r: r.start)


def suffix_of(region: Region) -> str:
    for name in (region.full_name, region.name, *region.aliases):
        if name.endswith("自治州"):
            return "州"
    return region.full_name[-1]


def last_region_with_suffix(suffix, pos, refs, regions) -> str | None:
    matching = [r for r in refs if not r.is_ref and suffix_of(regions[r.region_id]) == suffix]
    before = [r for r in matching if r.start < pos]
    if before:
        return before[-1].region_id
    return matching[0].region_id if matching else None


def resolve_home_ref(ref: RegionRef, home: str | None, regions: dict[str, Region]) -> RegionRef:
    """我X is the author's own region whatever was named last."""
    if ref.is_ref and ref.text.startswith("我") and home and suffix_of(regions[home]) == ref.text[-1]:
        return RegionRef(ref.start, ref.end, home, ref.text, True, ref.can_be_subject)
    return ref


def assign_roles(text: str, refs: list[RegionRef], regions: dict[str, Region]) -> dict[str, str]:
    roles = {rid: "mentioned" for rid in regions}
    unquoted = QUOTED_RE.sub("", text)
    first_person = [r for r in refs if r.is_ref and r.text.startswith("我")]
    home = None
    if first_person:
        home = max(
            {r.region_id for r in first_person},
            key=lambda rid: (regions[rid].level != "park", count_refs(refs, rid)),
        )
    elif unquoted.count("我们") >= 2:
        whole = [r for r in refs if r.is_ref and r.text.startswith("全")]
        if whole:
            home = max({r.region_id for r in whole}, key=lambda rid: count_refs(refs, rid))
    if home:
        roles[home] = "home"
    for sentence in split_sentences_with_offsets(text):
        s, e, body = sentence
        if not BENCHMARK_CUES.search(body):
            continue
        named = {r.region_id for r in refs if s <= r.start < e and r.region_id != home and not r.is_ref}
        specific = {rid for rid in named if regions[rid].level != "province"}
        for rid in specific or named:
            roles[rid] = "benchmark"
    if not home:
        # An article about one place's experience: its main regions are the benchmark.
        counts = {rid: count_refs(refs, rid) for rid in regions}
        top = max(counts.values(), default=0)
        for rid, n in counts.items():
            if top and n >= 0.3 * top and regions[rid].level != "province":
                roles[rid] = "benchmark"
    if home:
        for rid, region in regions.items():
            if region.level == "park" and region.parent in ("", regions[home].name):
                roles[rid] = "home"
    return roles


def count_refs(refs: list[RegionRef], rid: str) -> int:
    return sum(1 for r in refs if r.region_id == rid)


def split_sentences_with_offsets(text: str) -> list[tuple[int, int, str]]:
    out, start = [], 0
    for m in re.finditer(r"[。！？!?\n]", text):
        out.append((start, m.end(), text[start : m.end()]))
        start = m.end()
    if start < len(text):
        out.append((start, len(text), text[start:]))
    return out
