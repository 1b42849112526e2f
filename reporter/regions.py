"""Regions: find every region, park and town a document names, resolve each to one
identity, and decide each one's role (home, benchmark, mentioned).

Rules, in order of trust:
- official full names of provinces, prefectures and counties match anywhere;
  short forms (松江, 西双版纳) match unless they are common words
  (data/place_stopwords.txt) or stand inside one (惠民 in 惠民生,
  data/place_compounds.txt); two-character names must also be whole words
  for jieba (大新 in 两大新兴产业 is not a place);
- a place name that starts an organisation's name (北京大学, 上海某某有限公司,
  data/org_suffixes.txt) is not a region of the text;
- a two-character official name counts only when its prefecture or province
  is named in the same document (not 范县 in 示范县);
- towns and streets are looked up only among the towns of the counties the
  document names (泗泾 with 松江), so the 38,000 towns never become false hits;
- a name several divisions share (鼓楼区) is settled by the parents the
  document names, or left out with a warning, never guessed;
- parks and zones (经开区, 高新区, 产业园, ...) are found by their suffix, named by
  the nouns before it, merged with their abbreviation (下简称…) (parks.py), and attached
  to the region their name holds, else to the document's home or main region;
- 我州/全镇/该区/我县 refer to a region of the document by their last character;
  园区 and a bare 经开区 refer to the document's park of that kind.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from urllib.parse import urlsplit

from reporter import gazetteer, home_model, lexicon, numbers, segment
from reporter.body import TITLE_MAX, ends_as_headline
from reporter.models import DocRegions, Document, Mention, Region
from reporter.parks import (
    SENTENCE_END_RE,
    covered,
    find_parks,
    host_in_name,
    occurrences,
    park_key,
    park_regions,
    parks_named_by_places,
    sentence_start,
    zones_in_lists,
)
from reporter.sites import address_park, address_places

REF_RE = re.compile(r"(我|全|该|本)(街道|[州县市区镇省乡])")
UNNAMED_NOTE = "文中未写明名称"  # in the full name of a home the text never names (我县)
# In a document's warning when its own region, which numbers fall back on, was inferred: the brief
# repeats such warnings of the documents it cites (reporter.compare.brief_warnings).
GUESSED_HOME_NOTE = "所属地区系推断, 请核对"
# 与邻近的平湖市相比: the region compared with is not the subject.
COMPARED_BEFORE = re.compile(r"(?:与|和|同|跟)[^，,。；;：:]{0,8}$")
# Not past a figure of the name's own (甲县92.2%与乙县2.6%相差…: 乙县's 2.6% is its own).
COMPARED_AFTER = re.compile(rf"[^，,。；;：:\d]{{0,4}}(?:{lexicon.alternation('compared_words.txt')})")
# 比邻县少3亿元, 与某省并列, 向某县看齐: the region another is measured against.
# 较第二名的甲市多: a place named with its rank after the lead is the yardstick too.
RANK_BEFORE_NAME = r"第[\d一二三四五六七八九十]+[名位]"
CONTRAST_LEAD = re.compile(
    rf"(?:{lexicon.alternation('contrast_leads.txt')})(?:周边|邻近|相邻|同为\w{{0,3}}|{RANK_BEFORE_NAME})?的?$"
)
MULTIPLE_OF = re.compile(r"的[\d.]+倍")  # 是长阳县的1.5倍: the yardstick of a multiple
CONTRAST_BEFORE = re.compile(r"(?:与|和|同|跟|向)[^，,。；;：:]{0,8}$")
CONTRAST_TAIL = re.compile(rf"[^，,。；;：:]{{0,4}}(?:{lexicon.alternation('contrast_tails.txt')})")
# 比拼对象某县 / 把某镇作为赶超对象: a region named as the object of a comparison.
YARDSTICK_LEAD = re.compile(rf"(?:{lexicon.alternation('yardstick_nouns.txt')})$")
YARDSTICK_TAIL = re.compile(rf"(?:作为|为)(?:{lexicon.alternation('yardstick_nouns.txt')})")
RANK_SCOPES = frozenset(lexicon.words("rank_scopes.txt"))
BRACKET_FIGURE = re.compile(rf"\s*(?:{lexicon.alternation('compared_figure_links.txt')})?\s*\d")
# 全县第一产业增加值: the industry's name, not the field of a ranking (全县第一).
INDUSTRY_NAMES = lexicon.either([f for row in lexicon.table("industry_parts.csv") for f in row["forms"].split("|")])
RANKED_AFTER = re.compile(
    rf"(?:同类\w{{0,4}}中)?(?!{INDUSTRY_NAMES})(?:{lexicon.alternation('rank_words.txt')}|第|前[\d一二三四五六七八九十]"
    rf"|{lexicon.alternation('top_place_words.txt')})"
)
# 园区 only as a clause's own word; a bare 经开区 also mid-clause (力争经开区进入…), but
# not 国家级开发区 (the class of zones).
PARK_REF_RE = re.compile(
    r"(?<![\u4e00-\u9fffA-Za-z0-9])(?:该|本|全)?(园区)|(?<![级A-Za-z0-9])(?:该|本)?(经开区|开发区|高新区|新区)"
)
# 全国经开区, 各类开发区, 国家级高新区: words before a zone word that make it the class of zones.
CLASS_OF_ZONES = re.compile(r"(?:全国|全省|全市|各类?|国家级|省级)$")


# Words that present a place as one to learn from or to visit (学习松江区经验, 赴昆山考察).
BENCHMARK_CUES = re.compile(lexicon.alternation("benchmark_cues.txt"))
# Words right before a name that make it an object or a place, not the subject:
# 在上海, 占全区, 以松江为例, 赴海宁, 入选上海市…
SUBJECT_BLOCKERS = lexicon.words("subject_blockers.txt")
# 较第二名的甲市多出0.34分: a lead of a comparison, then the place's rank before its name (not
# 位列第十位的甲省, whose place it is).
RANKED_YARDSTICK = re.compile(rf"(?:{lexicon.alternation('contrast_leads.txt')}){RANK_BEFORE_NAME}的$")
# The marks a lead and the name it governs cannot lie across: ends of clauses and sentences, lines.
LEAD_STOPS = "，,。；;：:\n！？!?"
# 超越了兄弟省份乙省, 力压乙市: the place passed, however it is described.
# 超过甲市、乙市、丙市: every place of a list the verb governs; not 领跑的城市为甲市 (the leader).
OVERTAKE_LEAD = re.compile(
    rf"(?:{lexicon.alternation('overtake_verbs.txt')})了?(?!的)(?:[^{LEAD_STOPS}\d]{{0,4}})?(?:[^{LEAD_STOPS}\d、]{{1,10}}、)*\Z"
)
OVERTAKE_REACH = 40  # characters before a name searched for the verb and the places listed after it
# 居甲市、乙市、丙市后为第四位: the places a subject stands behind, listed after the lead.
BEHIND_LEAD = re.compile(rf"(?:{lexicon.alternation('behind_leads.txt')})[^{LEAD_STOPS}]{{0,30}}\Z")
# 仅次于省会甲市、乙市: the places ahead of the subject, listed right after the lead.
SECOND_TO_LEAD = re.compile(rf"(?:{lexicon.alternation('second_to_words.txt')})[^{LEAD_STOPS}\d]{{0,16}}\Z")
BEHIND_TAIL = re.compile(
    rf"(?:[、和及与][^，,。；;：:、和及与]{{1,10}}?)*(?:{lexicon.alternation('behind_words.txt')})(?![来來期续續面])"
)
# 高出紧随其后的永定区15.86亿元: the place a gap is measured to, however it is described.
GAP_LEAD = re.compile(rf"(?:{lexicon.alternation('gap_leads.txt')})(?:[^{LEAD_STOPS}的]{{0,6}}的)?\Z")
# 乙市的2.6倍, 乙市一半, 乙市的六分之一, 乙市的1/3: a name before a multiple or a part of its figure
# is what the figure is measured against, not its subject.
YARDSTICK_AFTER = re.compile(rf"的[\d.]+倍|的?(?:{numbers.PART_OF})")
NEIGHBOUR_LEAD = re.compile(rf"(?:{lexicon.alternation('neighbour_leads.txt')})[^，,；;。：:\n]*\Z")
NEIGHBOUR_WITH = re.compile(r"与[^，,；;。：:\n]*\Z")
# 甲县地处乙省东部、丙市西南侧: the places after 地处/位于 in its clause say where the subject lies;
# not a place after 的 (地处乙省中北部的丁县、戊县分列…: 的 makes them the subject).
LOCATION_LEAD = re.compile(rf"(?:{lexicon.alternation('location_verbs.txt')})[^，,；;。：:\n的]*\Z")
NEIGHBOUR_END = re.compile(rf"[^，,；;。：:\n]*?(?:{lexicon.alternation('neighbour_ends.txt')})")
NEIGHBOUR_REACH = 30  # characters of the clause looked at on either side of a name
# 增幅最高的是甲县, 其次是乙县: the place after 是 is who the next figure is about.
PLACE_NOUNS_AFTER_IS = (
    f"{lexicon.alternation('region_group_nouns.txt')}|{lexicon.alternation_of('region_sets.csv', 'place', 'noun')}"
    f"|{lexicon.alternation('superlative_set_nouns.txt')}"
)
NAMED_AFTER_IS = re.compile(
    rf"(?:(?:{lexicon.alternation('named_after_is_leads.txt')})[^，,。；;：:是]{{0,8}}?的|其次)是$"
    # 最高的区为渝北区, 增速领跑的城市为淄博: a place noun between 的 and 为
    rf"|(?:{lexicon.alternation('named_after_is_leads.txt')})[^，,。；;：:为]{{0,8}}?的(?:{PLACE_NOUNS_AFTER_IS})为$"
    # 排第6的是甲市，经济总量…; 排名第十位的是乙市，GDP为…: the place a rank is said of
    r"|第[\d一二三四五六七八九十]+[位名]?的(?:是|为)$"
)
# 甲产业园北区、乙基地等16个重点项目: a place that is an item (its tail too) of a counted list
# of projects or zones.
COUNTED_ITEM = re.compile(
    r"[^、，,。；;：:！？\s\d]{0,3}?(?:[、和及与][^、，,。；;：:！？\s]{1,16}?)*?(?:等|共)?[\d一二两三四五六七八九十]+个"
    rf"[^、，,。；;：:\d]{{0,4}}?(?:{lexicon.alternation('counted_item_nouns.txt')})"
)
# 分别是盛泽镇排第6位、黎里镇排第14位: a listed place followed by a figure of its own.
LISTED_IS = re.compile(rf"(?:{lexicon.alternation('named_after_is_direct.txt')})$")
OWN_FIGURE = re.compile(r"[^、，,。；;：:]{0,6}?(?:第|\d)")
# 从该区主导产业来看, 从江苏省上榜情况看: the frame of a point of view, closed in the name's clause.
VIEWPOINT_LEAD = re.compile(rf"(?:{lexicon.alternation_of('viewpoint_words.csv', 'side', 'before')})$")
VIEWPOINT_END = re.compile(
    rf"[^，,；;。：:\n]{{0,12}}?(?:{lexicon.alternation_of('viewpoint_words.csv', 'side', 'after')})[，,：:]"
)
# 我们吴忠, 咱们陕西: a name after a first-person word is the author's own place.
FIRST_PERSON_WORDS = lexicon.words("first_person_words.txt")
PRODUCT_CHARS = set(lexicon.words("product_chars.txt"))
QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"|《[^》]*》")


ZONE_PLACE_LEVELS = ("prefecture", "county")  # places whose name stands for their zone in a list

UNRESOLVED = "?"  # region id of a reference to a name that could not be settled


@dataclass(frozen=True)
class RegionRef:
    """A name or a 我X/全X reference at a position of the body, resolved to a region."""

    start: int
    end: int
    region_id: str
    text: str
    is_ref: bool  # 全州, 我县 ...
    can_be_subject: bool  # false for 在上海市, 占全区, 是我区的, names inside quotes


@lru_cache(maxsize=1)
def automaton():
    """Aho-Corasick automaton over the province, prefecture and county names."""
    import ahocorasick

    gaz = gazetteer.load()
    auto = ahocorasick.Automaton()
    stop = gazetteer.place_stopwords()
    for name in gaz.names:
        if len(name) >= 2 and name not in stop:
            auto.add_word(name, name)
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def org_suffixes() -> tuple[str, ...]:
    return lexicon.words("org_suffixes.txt")


@lru_cache(maxsize=1)
def name_runs_pattern() -> re.Pattern:
    """Runs of two or more characters that occur in gazetteer names."""
    chars = sorted({c for name in automaton().keys() for c in name})
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]{2,}")


def find_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Leftmost-longest matches of gazetteer names: (start, end, name).

    A name lies inside a run of name characters, so only those runs go through
    the automaton: it looks a character up among the ~900 first characters of
    names one by one, a slow miss for each character of the text that starts none.
    """
    found = []
    auto = automaton()
    for run in name_runs_pattern().finditer(text):
        offset = run.start()
        found += [(offset + end - len(name) + 1, offset + end + 1, name) for end, name in auto.iter(run.group())]
    return leftmost_longest(words_over_pieces(text, found))


def words_over_pieces(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Of two overlapping names, drop one the words of the text cut through when the other
    is a word: 前十名中江苏 names 江苏, not 中江."""
    found = sorted(found)
    drop = set()
    for k, (start, end, _) in enumerate(found):
        # Rivals that cross this name; a shorter name inside it (台州 in 台州市) is no rival.
        rivals = [
            o for o in found[max(0, k - 3) : k + 4] if o[0] < end and start < o[1] and not start <= o[0] < o[1] <= end
        ]
        if rivals and not segment.is_word(text, start, end) and any(segment.is_word(text, s, e) for s, e, _ in rivals):
            drop.add(k)
    return [f for k, f in enumerate(found) if k not in drop]


def leftmost_longest(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    found = sorted(found, key=lambda x: (x[0], -(x[1] - x[0])))
    out, last_end = [], -1
    for start, end, name in found:
        if start >= last_end:
            out.append((start, end, name))
            last_end = end
    return out


# Words between a place name and 公司/集团 that make it a statement about the place
# (浙江省新增上市公司, 深圳市上市公司数量), not the name of one company.
ORG_TAIL_BREAK = re.compile(lexicon.alternation("org_tail_breaks.txt"))


ORG_TAIL = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{0,14}")


def in_org_name(text: str, end: int) -> bool:
    """北京大学, 浙江龙盛集团: the place name begins an organisation's name
    (but not in 浙江省新增上市公司12家, where a verb stands before 公司)."""
    match = ORG_TAIL.match(text, end)  # from `end`, not a copy of the rest of the text
    tail = match.group(0) if match else ""  # always matches, maybe empty
    hits = [tail.find(s) for s in org_suffixes() if s in tail]
    if not hits:
        return False
    return not ORG_TAIL_BREAK.search(tail[: min(hits)])


@lru_cache(maxsize=1)
def place_compounds() -> tuple[str, ...]:
    return lexicon.words("place_compounds.txt")


def in_compound(text: str, start: int, end: int) -> bool:
    """惠民 in 惠民生 or 惠民政策: the name is part of a common word (data/place_compounds.txt)."""
    name = text[start:end]
    for word in place_compounds():
        at = word.find(name)
        if at >= 0 and text.startswith(word, start - at):
            return True
    return False


def needs_word_check(name: str, is_town_short: bool) -> bool:
    return len(name) <= 3 or is_town_short


def keep_span(text: str, start: int, end: int, name: str, skip: frozenset[int], town_short=False) -> bool:
    """`skip`: the offsets of names found already (see `covered`)."""
    if start in skip:
        return False
    # 嵊泗县菜园镇: 菜 starts the next name found, not a product (涪陵榨菜 is one).
    if (is_product(text, end) and end not in skip) or in_org_name(text, end) or in_compound(text, start, end):
        return False
    return not needs_word_check(name, town_short) or segment.is_word(text, start, end)


@segment.in_run  # the document's names are added to the segmenter of its extraction
def analyse(doc: Document) -> tuple[DocRegions, list[RegionRef]]:
    """Regions of one document and every reference to them, in text order."""
    text = doc.body
    gaz = gazetteer.load()
    segment.cover(text)  # one dictionary pass for the whole document, not one per window
    parks = find_parks(text)
    skip = [(s, e) for s, e, _ in parks] + [(m.start(), m.end()) for m in REF_RE.finditer(text)]
    town_spans = full_town_names(text, skip)
    skip += [(s, e) for s, e, _ in town_spans]  # 修文镇 is the town, not 修文县
    names = find_name_spans(text)
    skip += area_spans(text, names + town_spans)  # 成都平原经济区 is no mention of 成都
    skip_at = covered(skip)
    spans = [sp for sp in names if keep_span(text, *sp, skip_at)]
    candidates = {name: gaz.names[name] for _, _, name in spans}
    for name in set_against_cities(text, spans):
        # 甲市与其他省会城市: the place set against a set of cities is the city, not a district of its name.
        cities = [c for c in candidates[name] if is_city_code(c, gaz)]
        candidates[name] = cities or candidates[name]
    official = {name for start, end, name in spans if is_government_body(text, end)}
    official |= {name for _start, end, name in spans if speaks_as_whole(text, end, gaz.names[name], gaz)}
    official |= sole_own_county(text, spans, gaz)
    official |= listed_names(text, spans, gaz)
    counts: dict[str, int] = {}
    for _, _, name in spans:
        counts[name] = counts.get(name, 0) + 1
    chosen, warnings = resolve_names(candidates, gaz, {n for n, c in counts.items() if c >= REPEATED} | official)
    unresolved = [sp for sp in spans if sp[2] not in chosen and any(f"“{sp[2]}”" in w for w in warnings)]
    written = spans  # every name written, settled or not (萧山 alone in a headline)
    spans = [sp for sp in spans if sp[2] in chosen]
    towns = find_towns(text, set(chosen.values()), gaz, skip + [(s, e) for s, e, _ in spans])
    written_before = {e: chosen[n] for _s, e, n in spans}  # where each settled name ends: its division
    taken_towns = {(s, e) for s, e, _, _ in towns}
    towns += settle_towns(town_spans, set(chosen.values()), gaz, taken_towns, warnings, text, written_before)
    # 谷城县城关镇, 云梦县城关镇: towns of one name in one document are named with their counties.
    of_name: dict[str, set[str]] = {}
    for *_, code in towns:
        of_name.setdefault(gaz.regions[code].name, set()).add(code)
    same_named = {c for codes in of_name.values() if len(codes) > 1 for c in codes}
    regions: dict[str, Region] = {}
    refs: list[RegionRef] = []
    coded = coded_spans(spans, chosen, towns)
    places = [(s, e, n) for s, e, n, code in coded if code in gaz.rows and gaz.level(code) in ZONE_PLACE_LEVELS]
    zones = parks_named_by_places(text, places, parks)  # 郑州、洛阳4家国家高新区: the cities' zones
    # 前五名的国家级开发区依次是甲市、乙市…: each place listed is its zone, 长沙 (city or county) too.
    listed = zones_in_lists(text, zone_places(written, candidates, gaz), parks)
    listed = {start: zone for start, zone in listed.items() if start not in zones}
    in_listed = covered((start, end) for start, (end, _) in listed.items())
    unresolved = [sp for sp in unresolved if sp[0] not in in_listed]
    for start, end, name, code in coded:
        regions[code] = gaz.regions[code]  # a zone's city too: the zone's parent (attach_parks)
        if code in same_named:
            regions[code] = replace(regions[code], name=regions[code].parent + regions[code].name)
        if start in zones or start in in_listed:
            continue
        refs.append(RegionRef(start, end, code, name, False, can_be_subject(text, start, end)))
    park_ids = {}
    identities = park_regions(
        parks
        + [(start, start, zone) for start, zone in zones.items()]
        + [(start, start, zone) for start, (_, zone) in listed.items()]
    )
    for start, (end, zone) in listed.items():
        region = identities[zone]
        regions.setdefault(region.id, region)
        refs.append(RegionRef(start, end, region.id, text[start:end], False, can_be_subject(text, start, end)))
    for start, end, name in places:
        if start in zones:
            region = identities[zones[start]]
            regions.setdefault(region.id, region)
            refs.append(RegionRef(start, end, region.id, name, False, can_be_subject(text, start, end)))
    for start, end, park_name in parks:
        region = identities[park_name]
        regions.setdefault(region.id, region)
        park_ids[park_name] = region.id
        refs.append(RegionRef(start, end, region.id, park_name, False, can_be_subject(text, start, end)))
    taken = covered([(r.start, r.end) for r in refs] + skip)
    for region, found in unknown_towns(text, taken).items():
        regions[region.id] = region
        refs.extend(RegionRef(s, e, region.id, region.name, False, can_be_subject(text, s, e)) for s, e in found)
    refs.sort(key=lambda r: r.start)
    segment.add_places({r.text for r in refs})
    # A home the user declared is what 我县/全县 stand for when the text names no county.
    declared = declared_region(doc.home, list(identities.values()), gaz) if doc.home else None
    issuer = declared or document_issuer(doc, gaz) or bylined_county(doc, written, gaz)
    # 永康日报's 开发区 page: the zone of the place the page is otherwise about, which 全市 still is.
    zone_home = (
        own_zone(text, issuer, refs, regions, list(identities.values()), gaz) if issuer and not declared else None
    )
    if issuer is not None:
        regions.setdefault(issuer.id, issuer)
    if zone_home is not None:
        regions.setdefault(zone_home.id, zone_home)
    named_refs, named_regions = refs, dict(regions)
    in_metadata = metadata_parks(doc, regions) + ([zone_home.id] if zone_home else [])
    refs, roles, basis = own_references(text, refs, regions, issuer.id if issuer else None, in_metadata)
    home_guess = next((rid for rid, role in roles.items() if role == "home"), None)
    lead = lead_county(doc, written, gaz, home_guess) if issuer is None and home_guess else None
    own = lead
    paper = paper_city(doc, gaz) if issuer is None and lead is None else None
    if paper is not None and (
        home_guess == f"self:{suffix_of(paper)}"
        or (
            paper.id in regions
            and (home_guess is None or is_above(regions, home_guess, paper.id))
            and not headed_above(text, refs, paper, gaz)
        )
    ):
        # (来源:某某日报) under a report of 全市; 某某晚报讯 over a story of the city's counties, even
        # when the story counts its province's entries in a list (乙省有5个县入选).
        own = paper
    if own is None and issuer is None:
        # 全县 of a page that never names its county: the county its web address names.
        own = addressed_home(doc, gaz, home_guess, named_regions, list(identities.values()))
        if own is not None:
            warnings.append(
                f"文中未写明本地区的名称, 据网页地址 {urlsplit(doc.url).hostname} 判定为“{own.name}”, "
                f"{GUESSED_HOME_NOTE}; 如有误, 可用 --home {doc.name}=地区名 指定"
            )
    if own is not None:
        zone_home = own_zone(text, own, named_refs, named_regions, list(identities.values()), gaz)
        # 近日，某某召开…全县…: the county the lead names is what 全县 stands for, not an unnamed one.
        regions = named_regions | {own.id: own} | ({zone_home.id: zone_home} if zone_home else {})
        in_metadata = metadata_parks(doc, regions) + ([zone_home.id] if zone_home else [])
        refs, roles, basis = own_references(text, named_refs, regions, own.id, in_metadata)
        basis = "source"
    spoken_of = [rid for rid in in_metadata if any(r.region_id == rid for r in refs)]
    if spoken_of and "home" not in roles.values():
        roles[spoken_of[0]] = "home"  # the zone its source line names, which the report calls 经开区
        basis = "source"
    if zone_home is not None and roles.get((own or issuer or zone_home).id) == "home":
        roles = {rid: "mentioned" if role == "home" else role for rid, role in roles.items()} | {zone_home.id: "home"}
        warnings.append(zone_warning(doc, zone_home))
    if declared is not None:
        roles = {rid: "mentioned" if role == "home" else role for rid, role in roles.items()} | {declared.id: "home"}
        basis = "declared"
    roles = reconsider_home(doc, refs, regions, roles, basis, warnings)
    home_guess = next((rid for rid, role in roles.items() if role == "home"), None)
    if home_guess and home_guess.startswith("self:"):
        warnings.append(
            f"文中未写明本地区的名称 (只称{regions[home_guess].name}/全{home_guess[5:]}), "
            f"其数字记在“{regions[home_guess].name}”下; 可用 --home {doc.name}=地区名 指定, 或在校正文件中改为实际地区"
        )
    elif (
        home_guess
        and own is None
        and issuer is None
        and home_guess not in in_metadata
        and not any(r.region_id == home_guess for r in named_refs)
    ):
        # 我市 of a page that names only the city's counties: the city above them, never written.
        warnings.append(
            f"文中未写明本地区的名称, 据文中所列下属地区判定为“{regions[home_guess].name}”, "
            f"{GUESSED_HOME_NOTE}; 如有误, 可用 --home {doc.name}=地区名 指定"
        )
    starts = [r.start for r in refs]
    refs = [resolve_home_ref(r, home_guess, regions, text, refs, starts) for r in refs]
    regions, roles = attach_parks(regions, roles, refs, gaz)
    mentions = tuple(Mention(r.region_id, r.start, r.end, r.text) for r in refs)
    # An ambiguous name still ends the previous subject: its numbers are nobody's
    # rather than silently given to the region named before it.
    refs = sorted(
        refs + [RegionRef(s, e, UNRESOLVED, n, False, can_be_subject(text, s, e)) for s, e, n in unresolved],
        key=lambda r: r.start,
    )
    return DocRegions(doc.name, regions, mentions, roles, tuple(warnings)), refs


def zone_places(spans, candidates: dict[str, list[str]], gaz) -> list[tuple[int, int, bool]]:
    """The names written that may stand for a city's zone in a list (parks.zones_in_lists), settled
    or not, with whether the name needs words after it to make one: a city or a county (of
    ZONE_PLACE_LEVELS) or a city that is a province (天津市) makes a zone alone, another province
    only with words of its own after it (陕西航空). Only a bare name (天津, 长沙): one written with
    its division's ending (嘉善县) is the division."""
    out = []
    for start, end, name in spans:
        codes = [c for c in candidates.get(name, ()) if c in gaz.rows]
        if any(gaz.rows[c][2] == name for c in codes):
            continue
        if any(gaz.level(c) in ZONE_PLACE_LEVELS for c in codes):
            out.append((start, end, False))
        elif any(gaz.level(c) == "province" for c in codes):
            out.append((start, end, not any(gaz.regions[c].full_name.endswith("市") for c in codes)))
    return out


ECONOMIC_AREA = re.compile(lexicon.alternation("economic_areas.txt"))
AREA_SUFFIX = re.compile(lexicon.alternation("area_suffixes.txt"))


def area_spans(text: str, names: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The economic areas the text names (data/economic_areas.txt), which are no divisions. One
    that a name crosses or holds is none (四川南充 holds 川南, 胶东街道 is a street); a name
    inside one (成都 of 成都平原经济区) is no mention of its division. So is a name that an area
    word follows (成都都市圈, data/area_suffixes.txt)."""
    listed = [
        (m.start(), m.end())
        for m in ECONOMIC_AREA.finditer(text)
        if not any(s < m.end() and m.start() < e and not m.start() <= s < e <= m.end() for s, e, _ in names)
    ]
    return listed + [(s, suffix.end()) for s, e, _ in names if (suffix := AREA_SUFFIX.match(text, e))]


def named_area(text: str) -> tuple[int, int] | None:
    """The first area the text names by a division and an area word (成都都市圈, 武汉城市圈), as
    (where its name begins, where it ends); None when there is none."""
    gaz = gazetteer.load()
    for suffix in AREA_SUFFIX.finditer(text):
        for k in range(max(0, suffix.start() - gaz.longest_name), suffix.start()):
            if text[k : suffix.start()] in gaz.names:
                return k, suffix.end()
    return None


def coded_spans(
    spans: list[tuple[int, int, str]], chosen: dict[str, str], towns: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """Every name found with its division, in text order. By span, not by name: a town may
    share its county's short name (丰台 of 丰台区 and of its 丰台街道), and the places where the
    text names the county stay the county's."""
    return sorted([(s, e, n, chosen[n]) for s, e, n in spans] + towns)


def find_towns(text: str, chosen: set[str], gaz, skip) -> list[tuple[int, int, str, str]]:
    """Towns and streets of the counties the document names: (start, end, name, code)."""
    counties = {c for c in chosen if gaz.level(c) == "county"}
    skip = covered(skip)
    found = []
    for county in counties:
        for name, code in gaz.town_names(county).items():
            if len(name) < 2 or gazetteer.is_stop(name):
                continue
            for start in occurrences(text, name):
                short = name != gaz.rows[code][2]
                if keep_span(text, start, start + len(name), name, skip, town_short=short):
                    found.append((start, start + len(name), name, code))
    by_span = {(s, e, n): c for s, e, n, c in found}
    return [(s, e, n, by_span[(s, e, n)]) for s, e, n in leftmost_longest(list(by_span))]


TOWN_SUFFIXES = ("街道", "镇", "乡")
TOWN_NAME_MAX = 8


def full_town_names(text: str, skip: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Official town names written in full (七圩镇, 常平镇, 万江街道), anywhere in China: the longest
    name ending at each 镇/乡/街道 that the division list knows and that stands as a word."""
    index = gazetteer.load().towns_by_name()
    skip_at = covered(skip)
    found = []
    for suffix in TOWN_SUFFIXES:
        for end in (m + len(suffix) for m in occurrences(text, suffix)):
            for start in range(max(0, end - TOWN_NAME_MAX), end - len(suffix) - 1):
                name = text[start:end]
                if name in index and not gazetteer.is_stop(name) and keep_span(text, start, end, name, skip_at):
                    found.append((start, end, name))
                    break
    return leftmost_longest(found)


# 七圩镇 (merged into 虹桥镇 in 2010): a town of its time that today's division list lacks.
UNKNOWN_TOWN_MENTIONS = 3  # named this often, a name the list does not know is still a place
TOWN_GENERIC = re.compile(f"(?:{lexicon.alternation('town_generic_prefixes.txt')})(?:镇|乡)$")


def unknown_towns(text: str, taken: frozenset[int]) -> dict[Region, list[tuple[int, int]]]:
    """Towns the division list does not know (a merged town of its time), named again and again
    as one word: each with the spans where the text names it."""
    found: dict[str, list[tuple[int, int]]] = {}
    for m in re.finditer(r"[\u4e00-\u9fff]{2,3}?(?:镇|乡)", text):
        for start in reversed(range(m.start(), m.end() - 2)):  # the shortest name that is a word
            name = text[start : m.end()]
            if start in taken or m.end() - 1 in taken or TOWN_GENERIC.search(name) or gazetteer.is_stop(name):
                continue
            if segment.is_word(text, start, m.end()):
                found.setdefault(name, []).append((start, m.end()))
                break
    out = {}
    for name, spans in found.items():
        if len(spans) < UNKNOWN_TOWN_MENTIONS or len(segment.cut(name[:-1])) == 1:
            continue  # 城镇, 文明镇: a word of the language before the suffix is no name
        # Its county is left unknown: the one county a text names may be the benchmark's.
        out[Region(id=f"town:{name}", name=name, full_name=name, level="town")] = spans
    return out


def settle_towns(
    spans,
    chosen: set[str],
    gaz,
    taken: set[tuple[int, int]],
    warnings: list[str],
    text: str,
    written_before: dict[int, str],
):
    """One town per full name: the only one, or the one under a region the document names. A town
    written right after its county or city (谷城县城关镇, 南安官桥镇, 江阴市周庄镇) is that one's,
    wherever else the name is written: each place of a list is settled by its own county."""
    # The counties of the towns that only one county has (袁花镇, 周王庙镇) settle a name that several
    # share (斜桥镇), as a county the text names does: a list of towns is mostly one county's.
    by_name = gaz.towns_by_name()
    sole = {by_name[name][0] for _, _, name in spans if len(by_name[name]) == 1}
    context = set(chosen) | {gaz.ancestors(code)[0] for code in sole if gaz.ancestors(code)}
    for code in chosen:
        context.update(gaz.ancestors(code))
    out: list[tuple[int, int, str, str]] = []
    for start, end, name in spans:
        if (start, end) in taken:
            continue
        codes = by_name[name]
        owner = division_written_before(text, start, written_before)
        if owner is not None:
            own = [c for c in codes if owner in gaz.ancestors(c)]
            if len(own) > 1:
                codes = own  # a city written before: its counties' towns of that name, settled below
            else:
                # 新郑市龙湖镇, a town that is a street today (龙湖街道), is that street; a town of a
                # shared name that the county written before has no longer (内黄县城关镇) is no other
                # county's. A name only one town has is that town (安阳县水冶镇, of 殷都区 today).
                street = None if own else gaz.town_names(owner).get(name)
                if own or street or len(codes) > 1:
                    out.extend((start, end, name, c) for c in (own or ([street] if street else [])))
                    continue
        fitting = codes if len(codes) == 1 else closest_fits(codes, context, gaz)
        if len(fitting) == 1:
            out.append((start, end, name, fitting[0]))
        elif not any(f"“{name}”" in w for w in warnings):
            options = "、".join(gaz.regions[c].full_name for c in (fitting or codes)[:4])
            warnings.append(f"地名“{name}”有多个可能 ({options}…), 未能确定, 已忽略")
    return out


def division_written_before(text: str, start: int, written_before: dict[int, str]) -> str | None:
    """The county or city whose name ends right before `start` (谷城县|城关镇, 神木市 锦界镇), if any."""
    at = start
    while at > 0 and text[at - 1] in " \u3000":
        at -= 1
    return written_before.get(at)


def resolve_names(
    candidates: dict[str, list[str]], gaz, vouched: set[str] | frozenset[str] = frozenset()
) -> tuple[dict[str, str], list[str]]:
    """Pick one division per name from the document's context, or none.

    Anchors are names that are safe alone: official names of three or more
    characters, longer short forms (西双版纳), provinces and prefectures, and
    `vouched` names (a two-character county the text names again and again, or
    as its government: 荣县人民政府). Another county written in two characters
    (海宁, 南部) needs an anchor among its parents; several candidates are settled
    the same way or left out with a warning.
    """
    anchors: dict[str, str] = {}
    for name, codes in candidates.items():
        if len(codes) == 1 and (is_anchor(name, gaz.regions[codes[0]]) or name in vouched):
            anchors[name] = codes[0]
    context = set(anchors.values())
    for code in list(context):
        context.update(gaz.ancestors(code))
    chosen, warnings = dict(anchors), []
    written = set(anchors.values())
    for name, codes in candidates.items():
        if name in chosen:
            continue
        fitting = written_parent(codes, written, gaz) or closest_fits(codes, context, gaz)
        if len(fitting) == 1:
            chosen[name] = fitting[0]
        elif (province := province_among(fitting or codes, anchors, gaz)) is not None:
            chosen[name] = province
        elif len(codes) > 1 and is_anchor(name, gaz.regions[codes[0]]):
            options = "、".join(gaz.regions[c].full_name for c in (fitting or codes)[:4])
            warnings.append(f"地名“{name}”有多个可能 ({options}), 未能确定, 已忽略")
    return chosen, warnings


def written_parent(codes: list[str], written: set[str], gaz) -> list[str]:
    """荆州 in a text that writes 荆州市 out in full: the city, not its own 荆州区. Only a
    division that contains every other candidate of the name is taken so."""
    return [c for c in codes if c in written and all(o == c or c in gaz.ancestors(o) for o in codes)]


def province_among(codes: list[str], anchors: dict[str, str], gaz) -> str | None:
    """A province's short name the context cannot settle is the province when the document names
    other provinces too (河北2个、湖南3个: 河北省, not 天津's 河北区): names of one level together."""
    provinces = [c for c in codes if gaz.regions[c].level == "province"]
    others = {c for c in anchors.values() if gaz.regions[c].level == "province"} - set(provinces)
    return provinces[0] if len(provinces) == 1 and len(others) >= PROVINCES_LISTED else None


def closest_fits(codes: list[str], context: set[str], gaz) -> list[str]:
    """Candidates under a region the document names, closest parent first:
    南京市 settles 鼓楼区 to Nanjing's, though Xuzhou's is in the same province."""
    depth = {}
    for code in codes:
        ancestors = gaz.ancestors(code)
        hits = [i for i, a in enumerate(ancestors) if a in context]
        if hits:
            depth[code] = hits[0]
    best = min(depth.values(), default=None)
    return [c for c, d in depth.items() if d == best]


PROVINCES_LISTED = 2  # other provinces a document names for an ambiguous short name to be one too
REPEATED = 3  # a short county name written this often, each time a whole word, is meant


def is_government_body(text: str, end: int) -> bool:
    """荣县人民政府, 魏县统计局: the name is followed by its own government body."""
    return text.startswith(lexicon.words("government_bodies.txt"), end)


def speaks_as_whole(text: str, end: int, codes: list[str], gaz) -> bool:
    """缙云全县上下, 臨邑全縣: a county's short name followed by 全县 is that county, spoken of
    as a whole; 全县 must fit its kind of division, so 南部全市 is not 南部县."""
    word = next((w for w in lexicon.words("whole_division_words.txt") if text.startswith(w, end)), "")
    if not word or len(codes) != 1:
        return False
    return SUFFIX_FORMS.get(gaz.regions[codes[0]].name[-1:], "") == SUFFIX_FORMS.get(word[-1], "-")


def sole_own_county(text: str, spans, gaz) -> set[str]:
    """洋县 written once (建设“六个洋县”) in a text that otherwise says 全县/该县: a county whose
    whole official name has two characters, the division word among them, is the document's
    own when it is the only county the text names and the text speaks of a county as a whole."""
    counties = {name for _s, _e, name in spans if is_county_name(name, gaz)}
    if len(counties) != 1:
        return set()
    name = next(iter(counties))
    codes = gaz.names[name]
    if len(codes) != 1 or gaz.regions[codes[0]].name != name or len(name) != 2:
        return set()
    suffix = SUFFIX_FORMS.get(name[-1], "")
    return {name} if suffix and suffix in whole_suffixes(text) else set()


LISTED_NAMES = 3  # items of a list of names that vouch for each other
LIST_MARK = re.compile(r"\s*[,，]?\s*[、和及与]\s*")  # a stray comma before 、 is page debris
LIST_MARK_MAX = 4  # characters a list mark between two names may take


def listed_names(text: str, spans, gaz) -> set[str]:
    """昆山、江阴、晋江、义乌: names of one division each, LISTED_NAMES or more in a row with only
    a list mark between, are places, though no parent of theirs is named."""
    out: set[str] = set()
    run: list[str] = []
    last_end = -1
    for start, end, name in sorted(spans):
        if run and not LIST_MARK.fullmatch(text[last_end:start]):
            out |= set(run) if len(run) >= LISTED_NAMES else set()
            run = []
        # 武汉东湖: a name right after another is qualified by it, not an item that vouches alone.
        run = [*run, name] if len(gaz.names[name]) == 1 and start != last_end else []
        last_end = end
    return out | (set(run) if len(run) >= LISTED_NAMES else set())


def is_county_name(name: str, gaz) -> bool:
    """Whether a name found may be a county-level division's (萧山, 洋县)."""
    return any(gaz.level(c) == "county" for c in gaz.names[name])


def whole_suffixes(text: str) -> set[str]:
    """The kinds of division the text speaks of as its own or as a whole (全县, 该區, 我市 -> 县, 区,
    市), in simplified form."""
    return {SUFFIX_FORMS.get(m.group(2), m.group(2)) for m in REF_RE.finditer(text) if m.group(1) in "全该我本"}


def title_end(text: str) -> int:
    """The end of the first line when it is a title (short, ending as a headline ends), else 0."""
    first = text.split("\n", 1)[0]
    return len(first) if first and len(first) <= TITLE_MAX and ends_as_headline(first, on_top=True) else 0


# Traditional forms of a division's last character, for comparing 臨邑縣 with 全縣.
SUFFIX_FORMS = {"县": "县", "縣": "县", "市": "市", "区": "区", "區": "区", "旗": "旗"}


def is_anchor(name: str, region: Region) -> bool:
    if region.level in ("province", "prefecture"):
        return True
    return len(name) >= 3


def is_product(text: str, end: int) -> bool:
    """普洱茶, 金华火腿: a place name followed by a product word is a product."""
    return text[end : end + 1] in PRODUCT_CHARS


def in_quotes(text: str, start: int) -> bool:
    """A name inside “…” or 《…》 is part of a title or slogan."""
    line_start = text.rfind("\n", 0, start) + 1
    return any(m.start() < start < m.end() for m in QUOTED_RE.finditer(text, line_start, start + 60))


def inside_province_name(text: str, at: int) -> bool:
    """湖南临澧县, 山东临沂市: the 南临/东临 at `at` ends a province's name, it is no neighbour's lead."""
    return any(text.endswith(name, 0, at + len(name) - 1) for name in SHORT_PROVINCES)


SHORT_PROVINCES = tuple(n for n in gazetteer.province_names() if len(n) == 2)


def is_neighbour(text: str, start: int, end: int) -> bool:
    """A place named as a region's neighbour (东接甲镇、乙镇; 南与丙镇接壤): it locates the region."""
    before = text[max(0, start - NEIGHBOUR_REACH) : start]
    lead = NEIGHBOUR_LEAD.search(before)
    if lead and not inside_province_name(before, lead.start()):
        return True
    return bool(NEIGHBOUR_WITH.search(before) and NEIGHBOUR_END.match(text, end, end + NEIGHBOUR_REACH))


def bracketed(text: str, ref: RegionRef) -> bool:
    """收入19017元(全市为21585元): a yardstick's figure in brackets beside the subject's."""
    return text[ref.start - 1 : ref.start] in ("(", "（") and bool(BRACKET_FIGURE.match(text, ref.end))


VENUE_VERB = re.compile(lexicon.alternation("venue_verbs.txt"))


def is_venue(text: str, start: int, end: int) -> bool:
    """在北京发布, 在广州开幕: the place where an event is held, not a subject."""
    return text[max(0, start - 1) : start] == "在" and bool(VENUE_VERB.match(text, end))


def can_be_subject(text: str, start: int, end: int) -> bool:
    if is_venue(text, start, end):
        return False
    if is_neighbour(text, start, end) or LOCATION_LEAD.search(text, max(0, start - NEIGHBOUR_REACH), start):
        return False
    before = text[max(0, start - 2) : start]
    blocked = before.endswith(SUBJECT_BLOCKERS) and not (
        named_after_is(text, start)
        or listed_with_figure(text, start, end)
        or shares_with_pair(text, start, end)
        or viewed_from(text, start, end)
        or is_topic(text, start, end)
    )
    if (
        blocked
        or GAP_LEAD.search(text, max(0, start - 12), start)
        or RANKED_YARDSTICK.search(text, max(0, start - 10), start)
    ):
        return False
    if OVERTAKE_LEAD.search(text, max(0, start - OVERTAKE_REACH), start) or is_behind(text, start, end):
        return False
    if in_quotes(text, start):
        return False
    if counted_item(text, start, end):
        return False
    if COMPARED_BEFORE.search(text[max(0, start - 10) : start]) and COMPARED_AFTER.match(text[end : end + 8]):
        return False
    if text[start:end] in RANK_SCOPES and RANKED_AFTER.match(text[end : end + 12]):
        return False  # 全市排名第3: the field of a ranking, not whose rank it is
    return not YARDSTICK_AFTER.match(text, end, end + 8)


TOPIC_LEAD = re.compile(rf"(?:{lexicon.alternation('topic_leads.txt')})$")
SUPERLATIVE_AFTER = re.compile(rf"的[^，,。；;：:\d]{{0,8}}?(?:{lexicon.alternation('superlative_leads.txt')})")


def is_topic(text: str, start: int, end: int) -> bool:
    """Whether the name at `start` is the topic of what follows though a blocking word ends right
    before it: 至于乙市,… (data/topic_leads.txt), or 以乙市的增速最快 (data/superlative_leads.txt),
    where 以 introduces the place that holds the top figure."""
    if TOPIC_LEAD.search(text, max(0, start - 4), start):
        return True
    return text[start - 1 : start] == "以" and bool(SUPERLATIVE_AFTER.match(text, end))


def counted_item(text: str, start: int, end: int) -> bool:
    """Whether the name at `start` is an item of a list of projects or zones that a count closes
    (甲产业园、乙基地等16个重点项目; 甲园区和乙产业园两个工业园区): one of the things counted. A
    name alone before the count owns them (昆山市18个重点项目)."""
    counted = COUNTED_ITEM.match(text, end)
    if counted is None:
        return False
    return text[start - 1 : start] in LIST_JOINS or any(c in LIST_JOINS for c in counted.group(0))


LIST_JOINS = ("、", "和", "及", "与")


def is_behind(text: str, start: int, end: int) -> bool:
    """Whether the name at `start` is one of the places a subject stands behind (居甲市、乙市后
    为第四位, 仅次于甲市、乙市): the place after them is the subject's."""
    if SECOND_TO_LEAD.search(text, max(0, start - 20), start):
        return True
    return bool(BEHIND_TAIL.match(text, end) and BEHIND_LEAD.search(text, max(0, start - 30), start))


def named_after_is(text: str, start: int) -> bool:
    """Whether the name at `start` follows 最…的是 or 其次是: the subject of the next figure."""
    return bool(NAMED_AFTER_IS.search(text, max(0, start - 12), start))


def viewed_from(text: str, start: int, end: int) -> bool:
    """Whether the name at `start` is the topic of a point of view (从该区…来看): what follows
    speaks of it, as 从 before a name otherwise never says (从上海引进)."""
    return bool(VIEWPOINT_LEAD.search(text, max(0, start - 2), start) and VIEWPOINT_END.match(text, end))


# 甲省与乙省各4个, 甲县与乙县均超过…: the name after 与 is the second of a pair that the word
# right after it hands one figure each, not a yardstick (与乙省相比).
PAIR_JOIN = "与與"
# 人均, 平均, 各项: longer words holding a word that shares, which share nothing (extract.py reads them too).
NOT_DISTRIBUTIVE = re.compile(lexicon.alternation_of("distributive_words.csv", "distributes", "no"))
SHARED_AFTER = re.compile(rf"(?!{NOT_DISTRIBUTIVE.pattern})(?:{lexicon.alternation('pair_share_words.txt')})")


def shares_with_pair(text: str, start: int, end: int) -> bool:
    """Whether the name at `start` follows 与 and a word that gives each of a pair one figure
    follows it at once (甲省与乙省各4个): it is one of the pair, not the place compared with."""
    return text[start - 1 : start] in PAIR_JOIN and bool(SHARED_AFTER.match(text, end))


def listed_with_figure(text: str, start: int, end: int) -> bool:
    """Whether the name at `start` is an item of a 分别是/依次是 list with its own figure after it."""
    return bool(LISTED_IS.search(text, max(0, start - 4), start) and OWN_FIGURE.match(text, end))


def is_contrasted(text: str, start: int, end: int) -> bool:
    """Whether a name is the yardstick of a comparison (比X县少, 与X省并列, 向X县看齐, 比拼对象X县,
    X县作为参照系): a county that compares itself with a neighbour calls itself 我县 after naming
    the neighbour."""
    if CONTRAST_LEAD.search(text, max(0, start - 10), start) or MULTIPLE_OF.match(text, end, end + 8):
        return True
    if YARDSTICK_LEAD.search(text, max(0, start - 10), start) or YARDSTICK_TAIL.match(text, end):
        return True
    return bool(CONTRAST_BEFORE.search(text[max(0, start - 10) : start]) and CONTRAST_TAIL.match(text, end, end + 8))


def listed_with_own(text: str, refs: list[RegionRef]) -> set[str]:
    """The places listed with a 我X (我市和甲市、乙市; 甲县、乙县与我县): its peers, never what it
    stands for."""
    named = [r for r in refs if not r.is_ref]
    starts = {r.start: k for k, r in enumerate(named)}
    ends = {r.end: k for k, r in enumerate(named)}
    out = set()
    for m in REF_RE.finditer(text):
        if m.group(1) != "我":
            continue
        gap = LIST_MARK.match(text, m.end())
        k = starts.get(gap.end()) if gap else None
        while k is not None:  # on along the list after it
            out.add(named[k].region_id)
            gap = LIST_MARK.match(text, named[k].end)
            k = starts.get(gap.end()) if gap else None
        before = [ends[e] for e in range(max(0, m.start() - LIST_MARK_MAX), m.start()) if e in ends]
        k = before[-1] if before and LIST_MARK.fullmatch(text, named[before[-1]].end, m.start()) else None
        while k is not None:  # back along the list before it
            out.add(named[k].region_id)
            k = k - 1 if k > 0 and LIST_MARK.fullmatch(text, named[k - 1].end, named[k].start) else None
    return out


def contrasted(text: str, refs: list[RegionRef]) -> set[int]:
    """The starts of the names that are yardsticks of a comparison, the places listed with
    one by 、 included (比甲县、乙县分别少…, 与甲县、乙县相比). 与 joins no such list: in
    甲县与乙县相比 甲县 is the subject."""
    out: set[int] = set()
    named = [r for r in refs if not r.is_ref]
    for k, ref in enumerate(named):
        listed = k > 0 and named[k - 1].start in out and text[named[k - 1].end : ref.start] == "、"
        if listed or is_contrasted(text, ref.start, ref.end):
            out.add(ref.start)
    # 与甲县、乙县相比: the tail follows the last place of the list only.
    for k in range(len(named) - 1, 0, -1):
        if named[k].start in out and text[named[k - 1].end : named[k].start] == "、":
            out.add(named[k - 1].start)
    return out


def main_region(roles: dict[str, str], refs: list[RegionRef], regions: dict[str, Region]) -> str | None:
    """The home region, else the most mentioned benchmark (not a park)."""
    for role in ("home", "benchmark"):
        ids = [rid for rid, r in roles.items() if r == role and regions[rid].level != "park"]
        if ids:
            return max(ids, key=lambda rid: count_refs(refs, rid))
    return None


def attach_parks(regions: dict[str, Region], roles: dict[str, str], refs, gaz):
    """Give each park its parent (named in it, else the main region), and a benchmark's park
    the benchmark role."""
    main = main_region(roles, refs, regions)
    if main is None and "home" in roles.values():
        # A zone's own story: its parent is the division the story names most.
        divisions = Counter(r.region_id for r in refs if regions[r.region_id].level not in ("park", "province"))
        main = next((rid for rid, _ in divisions.most_common(1)), None)  # first named wins a tie
    main_line = {main, *gaz.ancestors(main)} if main and main in gaz.rows else {main}
    out_regions, out_roles = dict(regions), dict(roles)
    for rid, region in regions.items():
        if region.level != "park":
            continue
        parent = hosting_city(region, regions, gaz) or named_parent(region, regions) or parent_in_name(region, gaz)
        if parent is not None and parent.id not in out_regions:
            out_regions[parent.id] = parent
            out_roles[parent.id] = "mentioned"
        if parent is None or (main and parent.id in main_line and parent.id != main):
            # The zones a home town's story names are the town's (泗泾镇's 手拉手汽车港); a zone whose
            # own story names a town on its land is the county's that runs it.
            if main:
                parent = regions.get(main) if roles.get(main) == "home" else runner(regions.get(main), gaz)
        if parent is None:
            continue
        out_regions[rid] = replace(region, parent=parent.name)
        # A park inside the home region is not the document's own unless the document is the
        # park's (find_home): a town's story names the zones on its land (修文镇 and 甘眉工业园区)
        # without speaking for them. A benchmark's parks are learnt from with it.
        if roles[rid] == "mentioned" and roles.get(parent.id) == "benchmark":
            out_roles[rid] = roles[parent.id]
    return out_regions, out_roles


def runner(region: Region | None, gaz) -> Region | None:
    """The division that runs a zone on `region`'s land: a county or a city itself, a town's county
    (来安县经济开发区 on 汊河镇's land is 来安县's)."""
    if region is None or region.level != "town" or region.id not in gaz.rows:
        return region
    return next((gaz.regions[a] for a in gaz.ancestors(region.id)), region)


def hosting_city(park: Region, regions: dict[str, Region], gaz) -> Region | None:
    """The city a partner park's name holds in brackets (苏州(宿迁)工业园区: 宿迁市), the land's
    owner, not the city that builds it; the city of a national new area (金普新区: 大连市)."""
    host = host_in_name(park.full_name)
    if host is None:
        return None
    named = next((r for r in regions.values() if r.level != "park" and host in (r.name, *r.aliases)), None)
    code = sole_code(gaz, host)
    return named or (gaz.regions[code] if code else None)


def parent_in_name(park: Region, gaz) -> Region | None:
    """A division named inside the park's name that the text names nowhere else
    (勐海工业园区 -> 勐海县, 合肥高新区 -> 合肥市), when the name is unambiguous."""
    found = []
    for _, _, name in find_name_spans(park.full_name):
        code = sole_code(gaz, name)
        if not code or gazetteer.is_stop(name):
            continue
        region = gaz.regions[code]
        # A two-character county form inside a name is too often a word (滨江, 新华).
        if region.level in ("province", "prefecture") or len(name) >= 3:
            found.append(region)
    order = lexicon.level_order()
    return min(found, key=lambda r: order[r.level], default=None)


def named_parent(park: Region, regions: dict[str, Region]) -> Region | None:
    """The most specific division whose name the park's names hold (海宁鹃湖国际科技城 -> 海宁市)."""
    names = (park.full_name, *park.aliases)
    found = [
        r
        for r in regions.values()
        if r.level != "park" and any(a in n for n in names for a in (*r.aliases, r.name) if len(a) >= 2)
    ]
    order = lexicon.level_order()
    return min(found, key=lambda r: order[r.level], default=None)


def add_self_references(
    text: str, refs: list[RegionRef], regions: dict[str, Region], issuer: str | None = None
) -> list[RegionRef]:
    """Resolve 全州/我县/该区 to the last region before them whose name ends alike.

    我市 is never a place the author visits (赴苏州市考察, 学习松江区), nor a visitor
    (惠民县考察团来我县): when no other region fits, it is the author's own region left
    unnamed, kept as a region of its own (我市) rather than given to the benchmark.
    """
    out = list(refs)
    visitors = visiting_regions(text, refs)
    suffixes = {r.region_id: suffix_of(regions[r.region_id]) for r in refs if not r.is_ref}  # once, not per 我X
    written = {r.start: written_suffix(r.text, suffixes[r.region_id]) for r in refs if not r.is_ref}
    away = visited_regions(text, refs) | visitors  # once, not per ref
    # A neighbour (北靠新登镇) is never what a later 全镇 stands for. 与X省并列…我省, 比X县少…全县:
    # nor is the yardstick of a comparison what 全X stands for there, and a place the author
    # measures its own against is never 我X, wherever it is named (与长阳县相比…长阳县…我县).
    yardsticks = contrasted(text, refs)
    # 甲县、乙县等11个县入选…我县: the members of a counted group are the author's peers.
    grouped = counted_members(text, refs)
    placed = [r for r in refs if r.is_ref or not (is_neighbour(text, r.start, r.end) or r.start in grouped)]
    measured = [r for r in placed if r.start not in yardsticks]
    rivals = away | {r.region_id for r in refs if r.start in yardsticks} | listed_with_own(text, refs)
    own = [r for r in measured if r.region_id not in rivals]
    named_all, named_own = SuffixIndex(measured, written), SuffixIndex(own, written)
    # In the host's news of a visit (惠民县考察团来我县…学习借鉴临邑县), the place the visitors
    # learn from is the host: when no other place fits 我X, it may be one the text visits.
    hosts = SuffixIndex([r for r in refs if r.region_id not in visitors], written) if visitors else None
    listed = [r.region_id for r in refs if not r.is_ref]
    # 我市…居杭州、宁波、绍兴后: a name listed with others of its level is one of a set of peers,
    # not the 我X named only later.
    peers = listed_peers(text, refs, regions)
    holders: dict[str, str | None] = {}  # by suffix: the county-level city holding the named towns

    def holder_of(suffix: str) -> str | None:
        if suffix not in holders:
            holders[suffix] = towns_holder(suffix, own, regions)
        return holders[suffix]

    for m in REF_RE.finditer(text):
        suffix = m.group(2)
        target: str | None
        if m.group(1) == "我":
            target = (
                named_own.own_for(suffix, m.start(), peers, partial(enclosing_region, suffix, own, regions))
                or (hosts and hosts.last_before(suffix, m.start()))
                or holder_of(suffix)
                or own_unnamed(suffix, regions, issuer)
            )
        else:
            target = named_all.last_before(suffix, m.start())
            whole = whole_before(text, out, m.start(), target)
            if target and whole and is_above(regions, whole, target):
                # 全市…高于全区: the whole the sentence's 全市 is measured against is above the city
                # (the autonomous region), not a district of it named earlier.
                target = ancestor_with_suffix(whole, suffix, regions) or target
            if target is None:
                # 上虞区…全市: the city above the named district, though the text never names it.
                target = enclosing_region(suffix, refs, regions)
            if target is None and m.group(1) in "全本":
                # 全县 in a county report that never names the county in its body: the
                # issuing body's county, else its own region, unnamed.
                target = holder_of(suffix) or own_unnamed(suffix, regions, issuer)
        target = listing_parent(target, suffix, listed, regions) if target else target
        holder = holder_of(suffix) if m.group(1) in "我全本" else None
        if holder and (target is None or target.startswith("self:") or is_above(regions, target, holder)):
            # 中溪镇、方塘乡…我市: a county-level city's report on its towns, whatever city above
            # it the text also names (扬州市平均水平) or when it never names itself.
            target = holder
        if target:
            out.append(
                RegionRef(m.start(), m.end(), target, m.group(0), True, can_be_subject(text, m.start(), m.end()))
            )
    return sorted(out, key=lambda r: r.start)


def listed_peers(text: str, refs: list[RegionRef], regions: dict[str, Region]) -> frozenset[int]:
    """Starts of the names joined in one list (、/和) to a name of the same level: 杭州、宁波、绍兴."""
    named = [r for r in refs if not r.is_ref]
    out: set[int] = set()
    for a, b in zip(named, named[1:], strict=False):
        if regions[a.region_id].level == regions[b.region_id].level and LIST_JOINER.fullmatch(text, a.end, b.start):
            out |= {a.start, b.start}
    return frozenset(out)


def listing_parent(rid: str, suffix: str, listed: list[str], regions: dict[str, Region]) -> str:
    """The city whose own units the text lists (聊城市…分别是临清市、冠县、莘县和阳谷县) when
    `rid` is one of them with the same 我X/全X suffix (临清市): in a city's report about its
    counties, 我市/全市 is the city, not the county-level city named last. The city need not be
    named (a city paper's 全市…依次为甲市、乙县、丙区): LISTED_UNITS of its units besides `rid`
    make `rid` one of the city's units, not the city (added to `regions`)."""
    gaz = gazetteer.load()
    city = ancestor_of_kind(rid, suffix, gaz)
    if city is None:
        return rid
    units = {o for o in listed if o not in (city, rid) and city in gaz.ancestors(o)}
    if city not in listed and len(units) >= LISTED_UNITS:
        regions.setdefault(city, gaz.regions[city])
        return city
    return city if city in listed and len(units | {rid}) >= LISTED_UNITS else rid


VISIT_VERBS = re.compile(
    rf"(?:(?<![感达得看想受做提遇直等收])到|(?<![过失回])去|{lexicon.alternation('visit_verbs.txt')})$"
)
UNNAMED_LEVELS = {"省": "province", "市": "prefecture", "州": "prefecture", "县": "county", "区": "county"}


def visited_regions(text: str, refs: list[RegionRef]) -> set[str]:
    """Regions named right after a visiting verb (赴江苏省苏州市, 学习松江区经验)."""
    out: set[str] = set()
    last_end = -1
    for ref in refs:
        if ref.is_ref:
            continue
        # 赴河南省新密市、鄢陵县和安徽省谯城区: the places listed after the verb are visited too.
        listed = last_end >= 0 and in_same_list(text[last_end : ref.start])
        if VISIT_VERBS.search(text[max(0, ref.start - 3) : ref.start]) or listed:
            out.add(ref.region_id)
            last_end = ref.end
        else:
            last_end = -1
    return out


# 齐河县委书记…带领考察团来我县 / 来甘谷县: the verb, then 我X or a place name right after it.
HOST_VERB = re.compile(
    rf"(?<![{''.join(lexicon.words('host_verb_blockers.txt'))}])(?:{lexicon.alternation('host_verbs.txt')})(?!到)"
)


def visiting_regions(text: str, refs: list[RegionRef]) -> set[str]:
    """Regions named before a verb that brings them to 我X or to another place in the same
    sentence (惠民县县长带领考察团来我县, 临泽县…来甘谷县): the visitors, never 我X itself."""
    starts = {r.start for r in refs}
    out: set[str] = set()
    for ref in refs:
        if ref.is_ref:
            continue
        end = SENTENCE_END_RE.search(text, ref.end)
        stop = end.start() if end else len(text)
        if any(REF_RE.match(text, m.end()) or m.end() in starts for m in HOST_VERB.finditer(text, ref.end, stop)):
            out.add(ref.region_id)
    return out


LIST_JOINER = re.compile(r"、|，|,|以及|和|及|与")
LIST_ITEM_MAX = 6  # a place the gazetteer does not know (a misspelt 临颖县) between two listed ones


def in_same_list(gap: str) -> bool:
    """Whether the text between two places joins them in one list: joiners, and at most
    short unknown items between them (新密市、临颖县、漯河市)."""
    if gap and not LIST_JOINER.match(gap):
        return False
    return all(len(item) <= LIST_ITEM_MAX for item in LIST_JOINER.split(gap))


def whole_before(text: str, refs: list[RegionRef], pos: int, other: str | None) -> str | None:
    """The region a 全Y/本Y/我Y earlier in the sentence of `pos` stands for, other than `other`."""
    start = sentence_start(text, pos)
    wholes = [r for r in refs if r.is_ref and r.text[0] in "全本我" and start <= r.start < pos]
    return next((r.region_id for r in reversed(wholes) if r.region_id != other), None)


def ancestor_of_kind(rid: str, suffix: str, gaz) -> str | None:
    """The nearest division above `rid` whose 全X suffix is `suffix`, else None."""
    if rid not in gaz.rows:
        return None
    return next((c for c in gaz.ancestors(rid) if suffix_of(gaz.regions[c]) == suffix), None)


def ancestor_with_suffix(rid: str, suffix: str, regions: dict[str, Region]) -> str | None:
    """The division above `rid` whose 全X suffix is `suffix` (added to `regions`), else None."""
    gaz = gazetteer.load()
    code = ancestor_of_kind(rid, suffix, gaz)
    if code is not None:
        regions.setdefault(code, gaz.regions[code])
    return code


def enclosing_region(suffix: str, refs: list[RegionRef], regions: dict[str, Region]) -> str | None:
    """The one division above the named ones whose 全X suffix is `suffix` (added to `regions`)."""
    gaz = gazetteer.load()
    found: set[str] = set()
    for ref in refs:
        if ref.is_ref:
            continue
        # 郑州、洛阳4家高新区: a zone named by its city lies inside what the city does.
        place = ref.region_id if ref.region_id in gaz.rows else sole_code(gaz, ref.text)
        if place:
            above = gaz.ancestors(place)
        else:
            # 金普新区…全市: a zone whose name or data gives its city (a new area's, a partner park's
            # host) lies in that city, the 全市 of its report.
            region = regions.get(ref.region_id)
            host = sole_code(gaz, host_in_name(region.full_name) or "") if region else ""
            above = [host] if host else []
        found.update(code for code in above if suffix_of(gaz.regions[code]) == suffix)
    if len(found) != 1:
        return None
    code = found.pop()
    regions.setdefault(code, gaz.regions[code])
    return code


def towns_holder(suffix: str, refs: list[RegionRef], regions: dict[str, Region]) -> str | None:
    """The one county-level division of kind `suffix` (县级市 for 市) that holds every town the
    text names, two towns at least: what 我市 stands for in a report on that city's towns."""
    gaz = gazetteer.load()
    towns = {r.region_id for r in refs if not r.is_ref and regions[r.region_id].level == "town"}
    if len(towns) < TOWNS_OF_ONE or not towns <= gaz.rows.keys():
        return None
    holders: set[str] | None = None
    for town in towns:
        kind = {c for c in gaz.ancestors(town) if gaz.level(c) == "county" and suffix_of(gaz.regions[c]) == suffix}
        holders = kind if holders is None else holders & kind
    if not holders or len(holders) != 1:
        return None
    code = holders.pop()
    regions.setdefault(code, gaz.regions[code])
    return code


TOWNS_OF_ONE = 2  # towns of one county-level city that make a report that city's


def sole_code(gaz, name: str) -> str:
    """The one division a name can be, or "" when it is none or several."""
    codes = gaz.names.get(name, [])
    return codes[0] if len(codes) == 1 else ""


def own_unnamed(suffix: str, regions: dict[str, Region], issuer: str | None) -> str:
    """The region 我X/全X stand for when the body names none of that kind: the issuer's, if alike."""
    if issuer and suffix_of(regions[issuer]) == suffix:
        return issuer
    return unnamed_home(suffix, regions)


def declared_region(home: str, parks: list[Region], gaz) -> Region:
    """The region the user declared as the home: a division by its code, or a park (park:名称),
    the same as the text's park of that name when the text names it."""
    if not home.startswith("park:"):
        return gaz.regions[home]
    name = home[len("park:") :]
    same = [r for r in parks if name in r.aliases or park_key(r.full_name) == park_key(name)]
    return same[0] if same else Region(id=home, name=name, full_name=name, level="park", aliases=(name,))


def document_issuer(doc: Document, gaz) -> Region | None:
    """The division whose government body issued the document, from the title, the byline
    and metadata, the header lines or the signature: 固镇县统计局 -> 固镇县; or the place a
    disclosure table's issuer field names alone (发布机构: 沂水县沙沟镇 -> that county's 沙沟镇)."""
    for line in issuer_lines(doc):
        for _start, end, name in find_name_spans(line):
            code = sole_code(gaz, name)
            if code and is_government_body(line, end) and gaz.level(code) != "province":
                return gaz.regions[code]
    return named_source(doc.source, gaz)


def named_source(source: str, gaz) -> Region | None:
    """The innermost division a source written as place names alone stands for (某县某镇): a town
    of the county written before it, whatever other counties have a town of that name."""
    spans = find_name_spans(source)
    if not spans or spans[0][0] != 0 or any(a[1] != b[0] for a, b in zip(spans, spans[1:], strict=False)):
        return None
    code = sole_code(gaz, spans[-1][2])
    rest = source[spans[-1][1] :]
    if code and rest:
        code = gaz.town_names(code).get(rest, "")  # 沂水县|沙沟镇: the county's own town, or nothing
    return gaz.regions[code] if code and gaz.level(code) != "province" else None


def issuer_lines(doc: Document) -> list[str]:
    """Where a page says whose it is: its title, its metadata, the header lines and the signature."""
    lines = doc.body.split("\n")
    return [doc.title, *doc.metadata, *lines[:HEADER_LINES], *lines[-SIGNATURE_LINES:]]


def bylined_county(doc: Document, spans, gaz) -> Region | None:
    """The one county-level place named only in the headline, a byline or a photo caption
    (今年前8个月某某经济…, 来源:中国某某, 蓬勃发展的某某 记者 张三 摄), by its short name or in full,
    when the rest of the body names no county-level place and speaks of a division of that kind
    as a whole (全区, 全县): a local paper writes its own place there and nowhere else."""
    title = title_end(doc.body)
    counties = [(s, name) for s, _e, name in spans if is_county_name(name, gaz)]
    if any(s >= title for s, _name in counties):
        return None
    found = {sole_code(gaz, name) for _s, name in counties} - {""}
    for line in (doc.title, *doc.metadata):
        for _start, _end, name in find_name_spans(line):
            code = sole_code(gaz, name)
            if code and gaz.level(code) == "county":
                found.add(code)
    own = whole_suffixes(doc.body)
    fitting = [c for c in found if suffix_of(gaz.regions[c]) in own]
    return gaz.regions[fitting[0]] if len(found) == 1 and fitting else None


CITY_PAPER = tuple(lexicon.words("city_paper_words.txt"))


def paper_city(doc: Document, gaz) -> Region | None:
    """The city whose own paper the source line or dateline names (来源:某某日报, 某某晚报3月2日讯),
    in the title, the metadata or the first and last lines of the body: a city paper's report."""
    found = set()
    for line in issuer_lines(doc):
        for _start, end, name in find_name_spans(line):
            if line.startswith(CITY_PAPER, end):
                found |= {c for c in gaz.names.get(name, []) if is_city(gaz.regions[c])}
    return gaz.regions[found.pop()] if len(found) == 1 else None


def headed_above(text: str, refs: list[RegionRef], city: Region, gaz) -> bool:
    """Whether the first line names a region above the city (湖南这9个镇入选… in 长沙晚报): a city
    paper's story of its province, not of the city."""
    end = text.find("\n") if "\n" in text else len(text)
    return any(r.end <= end and not r.is_ref and r.region_id in gaz.ancestors(city.id) for r in refs)


def own_references(
    text: str, refs: list[RegionRef], regions: dict[str, Region], issuer: str | None, metadata: list[str]
) -> tuple[list[RegionRef], dict[str, str], str]:
    """The references 我X/全X/园区 added to the named ones, each region's role and the home's basis."""
    refs = add_self_references(text, refs, regions, issuer)
    refs = add_park_references(text, refs, regions, metadata)
    return refs, *assign_roles(text, refs, regions, issuer)


LEAD_END = re.compile(r"[。！？!?]")
LEAD_MAX = 200  # characters from the top of the body that may hold the lead sentence


def lead_county(doc: Document, spans, gaz, home: str) -> Region | None:
    """The county-level place the lead sentence names first (近日，某某召开…, 某某讯 …), by its
    short name or in full, when the home would otherwise be an unnamed 我县 of its kind: a local
    paper names its own place once at the top and then says 全县 or 我县. Not when the lead goes
    there (赴某某, 学习某某) or has it come to 我县 (某某考察团来我县); a lead that 学习贯彻 a
    meeting's spirit still names its own county."""
    if not home.startswith("self:"):
        return None
    start = title_end(doc.body)
    start += len(doc.body[start:]) - len(doc.body[start:].lstrip())
    # To the first full stop, over a dateline or byline line (发布时间…, 记者 张三) before it.
    end = LEAD_END.search(doc.body, start, start + LEAD_MAX)
    end_at = end.start() if end else start + LEAD_MAX
    suffix = home[len("self:") :]
    for s, e, name in spans:
        counties = [c for c in gaz.names[name] if gaz.level(c) == "county"]
        if not start <= s < end_at or not counties:
            continue
        if not own_in_lead(doc.body, start, s, e, end_at):
            return None
        # 平山 is 平山县 or 平山区: the one of the kind the text speaks of as a whole.
        fitting = [c for c in counties if suffix_of(gaz.regions[c]) == suffix]
        return gaz.regions[fitting[0]] if len(fitting) == 1 else None
    return None


def addressed_home(
    doc: Document, gaz, home: str | None, named: dict[str, Region], parks: list[Region]
) -> Region | None:
    """The division the page's web address names (reporter.sites), when the home would otherwise
    be an unnamed 我县 and the address names one division of that kind (a spelling several
    divisions share names the one inside a division the text names), else the zone it names."""
    if not doc.url or not home or not home.startswith("self:"):
        return None
    suffix = home[len("self:") :]
    fitting = address_places(doc.url, named, lambda code: suffix_of(gaz.regions[code]) == suffix)
    if len(fitting) == 1:
        return gaz.regions[fitting[0]]
    # gaoxinqu.某市.gov.cn: the city's zone, for a report that says 全区 of it.
    zone = address_park(doc.url)
    return declared_region(f"park:{zone}", parks, gaz) if zone and not fitting and zone.endswith(suffix) else None


def zone_warning(doc: Document, zone: Region) -> str:
    return (
        f"文中只称开发区/经开区/高新区, 据报头、文首或网页地址所示地方判定为“{zone.name}”, "
        f"{GUESSED_HOME_NOTE}; 如有误, 可用 --home {doc.name}=地区名 指定"
    )


ZONE_FULL_NAMES = {row["word"]: row["full"] for row in lexicon.table("zone_full_names.csv")}
OWN_ZONE_MIN = 2  # bare zone words that make a report of a place its zone's
HEADLINE_LINES = 2  # the title and the line under it: a masthead may stand above the headline


def own_zone(
    text: str, own: Region, refs: list[RegionRef], regions: dict[str, Region], parks: list[Region], gaz
) -> Region | None:
    """The zone a report of `own` (the place its masthead, lead or address gives) is about when it
    calls itself 开发区/经开区/高新区 (OWN_ZONE_MIN times at least) and names no zone of that kind:
    a city paper's 开发区 page is that city's zone. Named as the place's short name and the zone
    word, in full when the text writes it so (经济开发区)."""
    if own.level not in ("prefecture", "county"):
        return None
    words = [m.group(2) for m in park_references(text, covered((r.start, r.end) for r in refs)) if m.group(2)]
    suffix = suffix_of(own)
    wholes = sum(1 for m in REF_RE.finditer(text) if m.group(1) in "我全本" and m.group(2) == suffix)
    if len(words) < max(OWN_ZONE_MIN, wholes + 1):
        return None  # 长寿区's report of 全区, naming its 经开区 and 高新区 on the way
    word = Counter(words).most_common(1)[0][0]
    if not any(word in line for line in text.split("\n", HEADLINE_LINES)[:HEADLINE_LINES]):
        return None  # the story's headline (under a masthead, perhaps) speaks of the zone
    named = {park_key(regions[r.region_id].full_name) for r in refs if regions[r.region_id].level == "park"}
    if any(key.endswith(park_key(word)) for key in named):
        return None  # the text names a zone of that kind: a bare 经开区 is that one
    full = ZONE_FULL_NAMES.get(word, word)
    short = min([own.name, *own.aliases], key=len)
    zone = declared_region(f"park:{short}{full if full in text else word}", parks, gaz)
    return replace(zone, parent=own.name) if not zone.parent else zone


def own_in_lead(text: str, lead: int, start: int, end: int, lead_end: int) -> bool:
    """Whether the place at start:end of the lead may be the report's own: not one its clause
    goes to (赴某某, 赴宁波市某某), not a yardstick (比拼对象某某), not named after a 我X of the
    lead (我区考察组赴…), nor a visitor to it (某某考察团来我县)."""
    clause = max(lead, *(text.rfind(c, lead, start) + 1 for c in "，,；;"))
    if any(VISIT_VERBS.search(text, clause, k) for k in range(clause + 1, start + 1)):
        return False
    if is_contrasted(text, start, end) or any(m.group(1) == "我" for m in REF_RE.finditer(text, lead, start)):
        return False
    return not any(text.startswith("我", m.end()) for m in HOST_VERB.finditer(text, end, lead_end))


def unnamed_home(suffix: str, regions: dict[str, Region]) -> str:
    """A region for 我市/我县 when the text never names it."""
    rid = f"self:{suffix}"
    if rid not in regions:
        name = f"我{suffix}"
        level = UNNAMED_LEVELS.get(suffix, "town")
        regions[rid] = Region(id=rid, name=name, full_name=f"{name}({UNNAMED_NOTE})", level=level, aliases=(name,))
    return rid


def metadata_parks(doc: Document, regions: dict[str, Region]) -> list[str]:
    """Parks named in the lines kept out of the body (来源:某某经济技术开发区), added to `regions`:
    a zone's report that calls itself only 经开区 is that zone's."""
    names = [name for line in doc.metadata for _start, _end, name in find_parks(line)]
    found = park_regions([(0, 0, name) for name in names]).values()
    for region in found:
        regions.setdefault(region.id, region)
    return [region.id for region in found]


def park_references(text: str, taken: frozenset[int]) -> Iterator[re.Match]:
    """The matches of PARK_REF_RE outside the names found (`taken`) that speak of one zone, not of
    the class of zones (全国经开区第一)."""
    for m in PARK_REF_RE.finditer(text):
        if m.start() not in taken and not CLASS_OF_ZONES.search(text, max(0, m.start() - 3), m.start()):
            yield m


def add_park_references(
    text: str, refs: list[RegionRef], regions: dict[str, Region], metadata: list[str] | None = None
) -> list[RegionRef]:
    """园区 / 该园区 is the park named last; a bare 经开区 is the document's only park of that kind,
    else the only one of that kind its metadata names."""
    out = list(refs)
    taken = covered((r.start, r.end) for r in refs)
    parks = [r for r in refs if not r.is_ref and regions[r.region_id].level == "park"]
    subjects = [r for r in parks if r.can_be_subject]
    subject_starts = [r.start for r in subjects]
    park_keys = {r.region_id: park_key(regions[r.region_id].full_name) for r in parks}  # once per park, not per 经开区
    for m in park_references(text, taken):
        word = m.group(1) or m.group(2)
        if word == "园区":
            # The park named last in this paragraph or the one before it.
            paragraph = text.rfind("\n", 0, max(0, text.rfind("\n", 0, m.start())))
            last = bisect_left(subject_starts, m.start()) - 1
            target = subjects[last].region_id if last >= 0 and subject_starts[last] > paragraph else None
        else:
            kinds = {rid for rid, key in park_keys.items() if key.endswith(park_key(word))}
            if not kinds:
                kinds = {rid for rid in metadata or [] if park_key(regions[rid].full_name).endswith(park_key(word))}
            target = kinds.pop() if len(kinds) == 1 else None
        if target:
            out.append(
                RegionRef(m.start(), m.end(), target, m.group(0), True, can_be_subject(text, m.start(), m.end()))
            )
    return sorted(out, key=lambda r: r.start)


def suffix_of(region: Region) -> str:
    """The character(s) 我X/全X/该X use for this region: 州 for 自治州, 街道 for a street."""
    if region.id.startswith("self:"):
        return region.id[len("self:") :]
    if region.full_name.endswith("街道"):
        return "街道"
    if region.level == "park" and region.full_name.endswith("园区"):
        return "园区"  # a zone's 产业园区 is no 全区: that is the zone or the district around it
    for name in (region.full_name, region.name, *region.aliases):
        if name.endswith("自治州"):
            return "州"
    return region.full_name[-1]


def written_suffix(name: str, today: str) -> str:
    """The 我X/全X suffix of a region as the text writes it: 繁昌县 in a page of 2009 is the
    county its 我县 stands for, though it is 繁昌区 today (data/former_suffixes.csv); `today` is
    the suffix of its current name."""
    last = SUFFIX_FORMS.get(name[-1:], "")
    return last if len(name) > 2 and last in FORMER_SUFFIXES.get(today, ()) else today


# Today's suffix -> the suffixes it may have had (县 for a 市 or 区 made from a county).
FORMER_SUFFIXES: dict[str, set[str]] = {}
for _row in lexicon.table("former_suffixes.csv"):
    FORMER_SUFFIXES.setdefault(_row["suffix"], set()).add(_row["former"])


def counted_members(text: str, refs: list[RegionRef]) -> set[int]:
    """The starts of places listed before a count of their kind (甲县、乙县、丙县等11个县入选,
    丁县、戊县4县也入围, 己、庚和辛三县): members of a group the text counts, named as peers of
    the author's own place, never what its 我县/全县 stands for."""
    named = [r for r in refs if not r.is_ref]
    out: set[int] = set()
    run: list[RegionRef] = []
    for k, ref in enumerate(named):
        if run and not LIST_GAP.fullmatch(text[run[-1].end : ref.start]):
            run = []
        run.append(ref)
        following = named[k + 1] if k + 1 < len(named) else None
        if following and LIST_GAP.fullmatch(text[ref.end : following.start]):
            continue
        if len(run) >= 2 and GROUP_COUNT.match(text, ref.end):
            out.update(r.start for r in run)
        run = []
    return out


LIST_GAP = re.compile(r"、|和|及|与|以及")
GROUP_COUNT = re.compile(
    rf"等?[\d一二两三四五六七八九十]+个?(?:{lexicon.either(r['noun'] for r in lexicon.table('division_count_nouns.csv'))})"
)


class SuffixIndex:
    """Named regions by 我X/全X suffix, in text order, for `last_region_with_suffix` at every 我X
    without a scan of all references each time. `suffixes`: each named ref's suffix, by its start
    (see written_suffix)."""

    def __init__(self, refs: list[RegionRef], suffixes: dict[int, str]):
        self.refs: dict[str, list[RegionRef]] = {}
        for r in refs:
            if not r.is_ref:
                self.refs.setdefault(suffixes[r.start], []).append(r)
        self.starts = {suffix: [r.start for r in named] for suffix, named in self.refs.items()}

    def last_before(self, suffix: str, pos: int) -> str | None:
        """As last_region_with_suffix(suffix, pos, refs, …)."""
        matching = self.refs.get(suffix)
        if not matching:
            return None
        last = bisect_left(self.starts[suffix], pos) - 1
        return matching[last].region_id if last >= 0 else matching[0].region_id

    def own_for(self, suffix: str, pos: int, peers: frozenset[int], above: Callable[[], str | None]) -> str | None:
        """What 我X at `pos` names: the last region of its suffix named before it, else the one
        division above all named regions (`above`), else the first named after it; never a name
        listed with its peers (`peers`: their starts)."""
        matching = [r for r in self.refs.get(suffix, []) if r.start not in peers]
        before = [r for r in matching if r.start < pos]
        if before:
            return before[-1].region_id
        return above() or (matching[0].region_id if matching else None)


def last_region_with_suffix(suffix, pos, refs, regions, suffixes: dict[str, str] | None = None) -> str | None:
    """The last named region before pos whose 我X/全X suffix is `suffix` (else the first after it).

    `suffixes` may hold suffix_of of the refs' regions, computed once by the caller.
    """
    suffixes = suffixes or {}
    matching = [
        r for r in refs if not r.is_ref and (suffixes.get(r.region_id) or suffix_of(regions[r.region_id])) == suffix
    ]
    before = [r for r in matching if r.start < pos]
    if before:
        return before[-1].region_id
    return matching[0].region_id if matching else None


def resolve_home_ref(
    ref: RegionRef,
    home: str | None,
    regions: dict[str, Region],
    text: str,
    refs: list[RegionRef],
    starts: list[int] | None = None,
) -> RegionRef:
    """我X is the author's own region whatever was named last; so is 全X, unless the
    paragraph has named another region of that kind before it (北仑区…全区 is 北仑区).
    `starts`: the starts of `refs`, in text order, to look at the paragraph's refs only."""
    if not (ref.is_ref and ref.text[0] in "我全" and home and suffix_of(regions[home]) == ref.text[1:]):
        return ref
    if ref.text[0] == "全":
        paragraph = text.rfind("\n", 0, ref.start)
        if starts is not None:
            refs = refs[bisect_right(starts, paragraph) : bisect_left(starts, ref.start)]
        named = [
            r
            for r in refs
            if not r.is_ref
            and paragraph < r.start < ref.start
            and suffix_of(regions[r.region_id]) == ref.text[1:]
            and not is_neighbour(text, r.start, r.end)
            and not is_contrasted(text, r.start, r.end)
            and not is_unit_of(r.region_id, home, regions)
        ]
        if named:
            return RegionRef(ref.start, ref.end, named[-1].region_id, ref.text, True, ref.can_be_subject)
    return RegionRef(ref.start, ref.end, home, ref.text, True, ref.can_be_subject)


def is_unit_of(rid: str, home: str, regions: dict[str, Region]) -> bool:
    """Whether a division lies inside the home (霍州市 in 临汾市's report): a city's own report
    that names one of its county-level cities still means itself by a later 全市. Parks and
    towns are left out: 全区 after a zone's name may be the zone's."""
    return regions[rid].level not in ("park", "town") and rid != home and is_above(regions, home, rid)


def assign_roles(
    text: str, refs: list[RegionRef], regions: dict[str, Region], issuer: str | None = None
) -> tuple[dict[str, str], str]:
    """Each region's role, and the basis of the home (the cascade step of find_home that gave it)."""
    home, basis = find_home(text, refs, regions, issuer)
    if park := titled_park(text, refs, regions, home):
        home, basis = park, "titled_park"
    if place := described_place(text, refs, regions, home):
        home, basis = place, "described"
    return roles_around(text, refs, regions, home), basis


def roles_around(text: str, refs: list[RegionRef], regions: dict[str, Region], home: str | None) -> dict[str, str]:
    """Each region's role once the home is known: the places a sentence speaks of learning from
    are benchmarks, and without a home so are the places the text names most."""
    roles = {rid: "mentioned" for rid in regions}
    if home:
        roles[home] = "home"
    starts = [r.start for r in refs]  # refs are in text order: a sentence's refs by bisection
    for s, e, body in split_sentences_with_offsets(text):
        if not speaks_of_learning(body):
            continue
        inside = refs[bisect_left(starts, s) : bisect_left(starts, e)]
        named = {r.region_id for r in inside if r.region_id != home and not r.is_ref}
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
    return roles


TITLED_PARK_REFS = 2  # times the body speaks of the park its title names (高新区实现…) to be the park's report


def titled_park(text: str, refs: list[RegionRef], regions: dict[str, Region], home: str | None) -> str | None:
    """The one park the title names (甲市高新区晒出成绩单, 乙经济开发区5个项目开工), when the body
    speaks of it again, by name or as 高新区/开发区, and the home found otherwise is only the
    division that runs it (its city's 全市 in 增速居全市第一, the 区人民政府 in the source line)
    or an unnamed 我区: a zone's own report compares itself with its city, and its city's site
    publishes it."""
    end = title_end(text)
    titled = {r.region_id for r in refs if r.end <= end and not r.is_ref and regions[r.region_id].level == "park"}
    if len(titled) != 1:
        return None
    park = titled.pop()
    spoken = [r for r in refs if r.start >= end and r.region_id == park and r.can_be_subject]
    if len(spoken) < TITLED_PARK_REFS:
        return None
    return park if home is None or home.startswith("self:") or runs_park(home, regions[park]) else None


DESCRIBED_NOUNS = {row["word"]: row["level"] for row in lexicon.table("described_place_nouns.csv")}
DESCRIBED_RE = re.compile(rf"[^,，。!！?？]{{0,12}}?的({lexicon.either(DESCRIBED_NOUNS)})(?![\u4e00-\u9fff])")


def described_place(text: str, refs: list[RegionRef], regions: dict[str, Region], home: str | None) -> str | None:
    """The place a title describes without naming it, after its province (某省第三强的县,
    某省经济最亮眼的城市), when the home found otherwise is that province: the place of the
    described level inside it that the body names most, twice at least and twice as often as the
    next of its level. The province is only the field the place is measured in."""
    if home is None or home not in regions or regions[home].level != "province":
        return None
    end = title_end(text)
    level = next(
        (
            DESCRIBED_NOUNS[m.group(1)]
            for r in refs
            if r.end <= end and r.region_id == home and not r.is_ref
            for m in [DESCRIBED_RE.match(text, r.end, end)]
            if m
        ),
        None,
    )
    if level is None:
        return None
    counts = Counter(
        r.region_id
        for r in refs
        if r.start >= end and regions[r.region_id].level == level and is_above(regions, home, r.region_id)
    ).most_common(2)
    if not counts or counts[0][1] < STORY_MENTIONS:
        return None
    if len(counts) > 1 and counts[0][1] < STORY_DOMINANCE * counts[1][1]:
        return None
    return counts[0][0]


def runs_park(rid: str, park: Region) -> bool:
    """Whether the division `rid` is one the park's name begins with, or above it (聊城高新区 ->
    聊城市; 大观经济开发区 -> 大观区 and 安庆市; 新乡高新区 -> 新乡市, though 新乡 is a county too)."""
    gaz = gazetteer.load()
    first = next(iter(find_name_spans(park.full_name)), None)
    if first is None or first[0] != 0:
        return False
    return any(rid == code or rid in gaz.ancestors(code) for code in gaz.names.get(first[2], []))


def find_home(
    text: str, refs: list[RegionRef], regions: dict[str, Region], issuer: str | None = None
) -> tuple[str | None, str]:
    """The author's own region, from the strongest cue the document has:
    1. the region called 我州/我县, or named after 我们/咱们 (我们吴忠);
    2. the issuing body named in the header or the signature (荣县人民政府, 魏县统计局), or
       the one county named only in the headline, byline or photo credit above a body that says
       全区/全县 (see bylined_county), first when the 我X regions all contain it (a county's
       report speaking of 我省);
    3. the region the title names, when the text calls a region of its kind 全县/本县 (the
       story's narrower place when the title names that too);
    4. the region 全X/本X refer to most (twice at least), unless the text presents it as a
       place to learn from; else, even once, the one place a delegation sets off from (区委考察团
       赴…, named before the verb);
    5. a region the text calls 全县/本县 without ever naming it (kept as 我县, unnamed);
    6. else a city whose own counties or towns are all the text names, when the text is also a
       province's story; else the province a story is about (see province_story); else the place
       whose own units the page counts on a list (甲市9个镇入选, see counted_entries); else the place
       a local story is about, the one place its title names, the place an opening question
       about a race names first (甲市与乙市的差距会拉大吗?), a city whose own counties are all
       the text names, or the one place whose rank below the top the lead reports, or the place
       a news story names once and then calls 该县/该区 (twice at least).
    In 1, a province's 我省 gives way to the place a local story is about only when that place is
    named at least as often as the province.
    Returns the home and its basis, the name of the step that gave it ("none" when none did):
    reporter.home_model reconsiders the weakest of them.
    """
    # In text order (dict, not set), so a tie goes to the region named first, whatever the hash seed.
    first_person = dict.fromkeys(r.region_id for r in refs if is_first_person(text, r))
    # A county's report says 我省 of its province: the issuer below it is the document's own.
    if issuer and all(is_above(regions, rid, issuer) for rid in first_person):
        return issuer, "issuer"
    visited = visited_regions(text, refs)
    # The delegation's own place, named before it sets off (振兴九龙坡…区委考察团…赴长三角),
    # is no place to learn from.
    delegation = travellers(text, refs, visited)
    cued = benchmark_cued(text, refs) - delegation
    subject = story_subject(refs, regions, cued, visited)
    if (
        first_person
        and subject
        and all(regions[rid].level == "province" for rid in first_person)
        and all(count_refs(refs, subject) >= count_refs(refs, rid) for rid in first_person)
    ):
        # 我省 in a story about one town or zone: the story's place is its own. A story that
        # speaks of 我省 more often than of any one place in it is the province's (我省共占13席).
        return subject, "first_person_subject"
    if first_person:
        return max(first_person, key=lambda rid: (regions[rid].level != "park", count_refs(refs, rid))), "first_person"
    # 居全省第3: the field of a ranking is no vote for the home.
    whole = [
        r
        for r in refs
        if r.is_ref and r.text[0] in "全本" and r.region_id not in cued and r.can_be_subject and not bracketed(text, r)
    ]
    suffixes = {suffix_of(regions[r.region_id]) for r in whole}
    titled = title_regions(text, refs, regions)
    for rid in titled:
        if suffix_of(regions[rid]) in suffixes:
            # 东莞市万江街道…: the title's narrower place is the story's. 安徽省县域经济…研究: the
            # title names the province alone, and its 全省 is the document's, whatever city it
            # names most.
            return (narrower(rid, subject, regions) if subject in titled else rid), "title_whole"
    # 全省 is mostly the scope of a ranking (居全省第3位); a province's own report says so
    # in its title or as 我省.
    named = [r for r in whole if not r.region_id.startswith("self:") and regions[r.region_id].level != "province"]
    if named:
        top = max(dict.fromkeys(r.region_id for r in named), key=lambda rid: count_refs(whole, rid))
        if count_refs(whole, top) >= 2 and not outnumbered(top, refs, regions) and not described_in_turn(top, named):
            return narrower(top, subject, regions), "whole"
    # 振兴九龙坡…结合全区…区委考察团赴长三角: the one place the delegation sets off from, that
    # 全区 stands for, even once.
    own = delegation & {r.region_id for r in named}
    if len(own) == 1:
        return own.pop(), "delegation"
    unnamed = [r for r in whole if r.region_id.startswith("self:")]
    if unnamed:
        rid = max(dict.fromkeys(r.region_id for r in unnamed), key=lambda rid: count_refs(unnamed, rid))
        # 全省 never named, in a story about one zone: the scope of a comparison, not the home.
        order = lexicon.level_order()
        if subject and order[regions[rid].level] > order[regions[subject].level]:
            return subject, "unnamed_subject"
        return rid, "unnamed"
    city = listing_city(text, refs, regions, cued | visited)
    # 丙市9个镇入选: a list's local page; its city's own towns, all the text names, or its county
    # whose rank the lead reports (丁县位列第42位), make it theirs.
    counted = counted_entries(text, refs, regions)
    # 荆州's towns, each placed 湖北第4: the province is the scope of their places, the city the story's.
    province = province_story(text, refs, regions)
    # The weaker cues, strongest first, each with the name of its basis (HOME_BASES).
    steps: tuple[tuple[str, Callable[[], str | None]], ...] = (
        ("province", lambda: city if province and city else province),
        ("counted", lambda: narrower(counted, city or lead_ranked(text, refs, visited), regions) if counted else None),
        ("set_against", lambda: set_against_others(text, refs, regions)),
        ("subject", lambda: subject),
        ("title_subject", lambda: title_subject(text, refs, regions, visited)),
        ("race", lambda: race_question(text, refs, regions, visited)),
        ("city", lambda: city),
        ("lead_ranked", lambda: lead_ranked(text, refs, visited)),
        ("referred_back", lambda: referred_back(refs)),
    )
    for basis, step in steps:
        if found := step():
            return found, basis
    return None, "none"


ENTRY_NOUNS = {row["word"]: row["level"] for row in lexicon.table("counted_places.csv") if row["kind"] == "noun"} | {
    row["word"]: row["level"] for row in lexicon.table("list_entries.csv") if row["kind"] == "noun"
}
COUNT_NUM = rf"(?:\d+|[{numbers.CN_DIGITS}]+)"
# 6个镇入选, 有57个建制镇入围, 这6个镇入围, 3家国家级经开区…跻身: a count of places, then entering a list.
ENTRY_COUNT = re.compile(
    rf"(?:{lexicon.alternation_of('list_entries.csv', 'kind', 'lead')})?{COUNT_NUM}"
    rf"(?:{lexicon.alternation_of('counted_places.csv', 'kind', 'unit')})?"
    rf"[^，,；;。\d、\n]{{0,4}}?(?P<noun>{lexicon.either(ENTRY_NOUNS)})"
    rf"[^，,；;。\d、\n]{{0,12}}?(?:{lexicon.alternation_of('list_entries.csv', 'kind', 'verb')})"
)
# 乙省41个, 丙省(31个), 丁省有13家, 戊省上榜26个: a place's tally in a list, whatever the verb.
YARDSTICK_BEFORE = tuple(row["word"] for row in lexicon.table("list_entries.csv") if row["kind"] == "yardstick")
TALLY = re.compile(
    rf"[^，,；;。\d、\n]{{0,8}}?{COUNT_NUM}(?:{lexicon.alternation_of('list_entries.csv', 'kind', 'tally')})"
)


def counted_entries(text: str, refs: list[RegionRef], regions: dict[str, Region]) -> str | None:
    """The place whose own units a page counts on a list (甲市9个镇入选, 乙省有81个建制镇入围):
    a local page reports its place's showing. The widest such place, when every other place
    counted or tallied lies inside it, or the one place inside it the page goes on to count
    (乙省共有24个镇上榜…其中丙区占据4席: 丙区's page); none when a place outside it is tallied
    too (丙省41个、丁省30个: a national page that compares places' counts), when what is counted
    is no smaller than the place (甲县4县入围: a set of counties), or when the text names another
    place more often (a story of one of the counted units)."""
    order = lexicon.level_order()
    counted: list[str] = []
    tallied: set[str] = set()
    for r in refs:
        if r.is_ref or regions[r.region_id].level in ("park", "town"):
            continue
        m = ENTRY_COUNT.match(text, r.end)
        level = ENTRY_NOUNS.get(m.group("noun")) if m else None
        if m and (not level or order[level] < order[regions[r.region_id].level]):
            counted.append(r.region_id)
        elif (
            not text.endswith(YARDSTICK_BEFORE, 0, r.start)  # 比乙省多1个: the counted place's lead, not 乙省's tally
            and (t := TALLY.match(text, r.end))
            and not numbers.GOVERNING.search(t.group())  # 甲市辖21个村: its own divisions, not a tally
        ):
            tallied.add(r.region_id)
    counted = list(dict.fromkeys(counted))
    widest = [rid for rid in counted if all(o == rid or is_above(regions, rid, o) for o in counted)]
    if not widest:
        return None
    place = widest[0]
    inner = (tallied | set(counted)) - {place}
    if any(not is_above(regions, place, o) for o in inner):
        return None
    named = Counter(r.region_id for r in refs)
    if len(inner) == 1:
        # 其中丙区占据4席: the page zooms into one place; the list's scope is no rival of it, nor
        # are the towns and zones below the place's level (its own, whose parents come later).
        focus = inner.pop()
        rivals = [
            n
            for rid, n in named.items()
            if rid not in (place, focus) and order[regions[rid].level] >= order[regions[focus].level]
        ]
        return focus if all(named[focus] >= n for n in rivals) else None
    # 丁市4个县级市全部进入前五 in a story that names one of them most: that one's story.
    return place if all(named[place] >= n for n in named.values()) else None


SET_AGAINST = re.compile(lexicon.alternation("set_against_words.txt"))
COMPARING = re.compile(lexicon.alternation("comparing_words.txt"))
CITY_SET = re.compile(lexicon.alternation("city_set_nouns.txt"))
SET_NOUN_SPAN = 12  # characters after 与其他 that may hold the set's noun (9个省会城市)


def set_against_others(text: str, refs: list[RegionRef], regions: dict[str, Region]) -> str | None:
    """The one place a sentence sets against the rest of its set in a comparison the author
    makes (本文对甲市与其他9个省会城市…进行了对比分析, 把乙市与其它城市作横向比较): a
    city's own study of its peers, written in the third person, names itself so."""
    sentences = split_sentences_with_offsets(text)
    starts = [start for start, _end, _body in sentences]
    found = [
        r.region_id
        for r in refs
        if not r.is_ref
        and regions[r.region_id].level != "park"
        and SET_AGAINST.match(text, r.end)
        and COMPARING.search(sentences[bisect_right(starts, r.start) - 1][2])
    ]
    found = list(dict.fromkeys(found))
    return found[0] if len(found) == 1 else None


def set_against_cities(text: str, spans: list[tuple[int, int, str]]) -> set[str]:
    """Names set against a set of cities (甲市与其他9个省会城市): the place is a city too."""
    out = set()
    for _start, end, name in spans:
        m = SET_AGAINST.match(text, end)
        if m and CITY_SET.search(text, m.end(), m.end() + SET_NOUN_SPAN):
            out.add(name)
    return out


def is_city_code(code: str, gaz) -> bool:
    """A city of any level: prefecture, municipality or county-level city (昆山市)."""
    region = gaz.regions[code]
    return is_city(region) or (region.level == "county" and region.full_name.endswith("市"))


PROVINCE_MENTIONS = 3  # a province's own story names it again and again
PROVINCE_SELF = re.compile(lexicon.alternation("province_self_words.txt"))


def province_story(text: str, refs: list[RegionRef], regions: dict[str, Region]) -> str | None:
    """The province a story is about (广东省政府工作报告 in a news post, 辽宁's counties rated by
    its own experts): it is named at least twice as often as any other place, no other province
    more than once (a page that compares provinces names several of them again), and the text
    speaks of it from inside or as a government (省内, 省长, 省政府)."""
    if not PROVINCE_SELF.search(text):
        return None
    counts = Counter(r.region_id for r in refs if r.region_id in regions)
    provinces = [rid for rid in counts if regions[rid].level == "province" and not rid.startswith("self:")]
    if not provinces:
        return None
    top = max(provinces, key=lambda rid: counts[rid])
    if counts[top] < PROVINCE_MENTIONS or any(counts[p] > 1 for p in provinces if p != top):
        return None
    others = [n for rid, n in counts.items() if rid != top]
    return top if all(counts[top] >= STORY_DOMINANCE * n for n in others) else None


# 福清市居第35位 in the lead: a place's own news reports its place in a list. The top of a list
# (昆山市居第1位) is reported by everyone, so it names no home.
LEAD_RANK = re.compile(
    rf"(?:{lexicon.alternation('rank_words.txt')})(?:全国|全省)?第([\d一二三四五六七八九十百]+)[位名]"
)
LEAD_RANK_MIN = 4


def referred_back(refs: list[RegionRef]) -> str | None:
    """The region a news story names once and then calls 该区/该县 (湖滨区…该区…该区), twice at
    least: the place the story is about, when no stronger cue names a home."""
    called = Counter(
        r.region_id for r in refs if r.is_ref and r.text[0] == "该" and not r.region_id.startswith("self:")
    )
    rid, n = called.most_common(1)[0] if called else (None, 0)
    return rid if n >= REFERRED_BACK else None


REFERRED_BACK = 2  # 该X references that make a region the story's


def lead_ranked(text: str, refs: list[RegionRef], visited: set[str]) -> str | None:
    """The one place whose rank the first line reports (济宁高新区位列第47位), below the top of
    the list, when nothing else names the document's own region."""
    from reporter.numbers import parse_number

    first = text.lstrip("\n")
    offset = len(text) - len(first)
    end = offset + len(re.split(r"[。\n]", first, maxsplit=1)[0])
    ranked = set()
    for ref in refs:
        if ref.is_ref or not offset <= ref.start < end or ref.region_id in visited:
            continue
        m = LEAD_RANK.match(text, ref.end, min(end, ref.end + 12))
        if m and (parse_number(m.group(1)) or 0) >= LEAD_RANK_MIN:
            ranked.add(ref.region_id)
    return ranked.pop() if len(ranked) == 1 else None


LISTED_UNITS = 3  # a city's own counties or districts named this often make a story about the city


def listing_city(text: str, refs: list[RegionRef], regions: dict[str, Region], cued: set[str]) -> str | None:
    """The city a text is about when every other division it names lies inside it (长治市 and
    its counties ranked, 重庆市 and its districts): a city's overview of its own units. A province
    is left out: a page that lists one province's counties is mostly about several places."""
    gaz = gazetteer.load()
    # A name in quotes (素有“香港市场”之誉) is part of a nickname or a title, not a place listed.
    listed = (r.region_id for r in refs if not r.is_ref and not in_quotes(text, r.start))
    named = [rid for rid in dict.fromkeys(listed) if rid in gaz.rows]
    for rid in named:
        if not is_city(regions[rid]) or rid in cued:
            continue
        above = set(gaz.ancestors(rid))
        units = [o for o in named if o != rid and o not in above]
        if len(units) >= LISTED_UNITS and all(rid in gaz.ancestors(o) and o not in cued for o in units):
            return rid
    return None


def is_city(region: Region) -> bool:
    """A prefecture-level city, or a municipality under the state (重庆市, listed with provinces)."""
    return region.level == "prefecture" or (region.level == "province" and region.full_name.endswith("市"))


def is_first_person(text: str, ref: RegionRef) -> bool:
    """我县, or a name written after 我们/咱们 (我们吴忠): the author speaks of its own place."""
    if ref.is_ref:
        return ref.text.startswith("我")
    return text.endswith(FIRST_PERSON_WORDS, 0, ref.start)


def title_subject(text: str, refs: list[RegionRef], regions: dict[str, Region], visited: set[str]) -> str | None:
    """The one place a title is about (湖北省…发展报告, 东坡区修文镇入选…: the narrowest of a
    place and its parents), unless the title names a place visited (赴延安学习考察报告)."""
    named = [rid for rid in dict.fromkeys(title_regions(text, refs, regions)) if rid not in visited]
    narrowest = [rid for rid in named if not any(o != rid and is_above(regions, rid, o) for o in named)]
    if len(narrowest) > 1:
        # 甲市对乙市的追赶, 甲省追赶乙省: a title about one place catching up with another is the
        # chaser's story.
        return next((r.region_id for r in refs if r.region_id in narrowest and CHASE_RE.match(text, r.end)), None)
    return narrowest[0] if len(narrowest) == 1 else None


RACE_RE = re.compile(lexicon.alternation("race_words.txt"))
OPENING_LINES = 2  # the title and the lead, or the question a page opens with
QUESTION_END = "?？"


def race_question(text: str, refs: list[RegionRef], regions: dict[str, Region], visited: set[str]) -> str | None:
    """The place a page's opening question about a race between places names first (甲市与乙市的
    差距会拉大吗?, 甲市要如何面对乙市的迎头赶上?): the page is about that place's standing,
    when it names it twice at least and does not visit it. A question further down (谁更强?)
    or one without a race (为什么中心在乙市?) names no home."""
    starts = [r.start for r in refs]
    offset = 0
    lines = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if not line.strip():
            continue
        lines += 1
        if lines > OPENING_LINES:
            break
        m = re.search(r"[。！？!?]", line)
        if not m or m.group() not in QUESTION_END or not RACE_RE.search(line, 0, m.end()):
            continue
        asked = refs[bisect_left(starts, start) : bisect_left(starts, start + m.end())]
        named = [r.region_id for r in asked if not r.is_ref and regions[r.region_id].level != "park"]
        if named and named[0] not in visited and count_refs(refs, named[0]) >= STORY_MENTIONS:
            return named[0]
    return None


CHASE_RE = re.compile(rf"(?:对[^，,。:：]{{1,8}}的)?(?:{lexicon.alternation('chase_words.txt')})")


def narrower(home: str, subject: str | None, regions: dict[str, Region]) -> str:
    """全省/全市 in a story about a town inside it (保持全省乡镇首位) is the scope of a
    ranking: the story's own place is the document's."""
    return subject if subject and subject != home and is_above(regions, home, subject) else home


def story_subject(
    refs: list[RegionRef], regions: dict[str, Region], cued: set[str], visited: set[str] | frozenset[str] = frozenset()
) -> str | None:
    """The place a local news story is about: a text that names one place (not a province)
    far more often than any other and never speaks of learning from another place (`cued`:
    the regions named where the text speaks of learning, see benchmark_cued), nor visits it."""
    # 比全市低…, 在全市排第6位: a yardstick or a ranking's field is no mention of the story's place
    named = Counter(r.region_id for r in refs if r.can_be_subject)
    counts = sorted(((named[rid], rid) for rid in regions if regions[rid].level != "province"), reverse=True)
    if not counts or counts[0][0] < STORY_MENTIONS:
        return None
    if len(counts) > 1 and counts[0][0] < STORY_DOMINANCE * counts[1][0]:
        return None
    subject = counts[0][1]
    # 广东…江苏…广东…江苏 with 深圳 named most among cities: a page that compares provinces, each
    # named again and one of them at least as often as the city, is no city's story (a province's
    # own story names no other province again, see province_story).
    provinces = [
        n
        for rid, n in named.items()
        if rid in regions and regions[rid].level == "province" and not rid.startswith("self:")
    ]
    if sum(n >= STORY_MENTIONS for n in provinces) >= COMPARED_PROVINCES and max(provinces) >= counts[0][0]:
        return None
    # A place learnt from in a sentence that names another: a visit report, not a local story.
    # (学习 alone also means political study, so a story may say it of its own place.)
    return None if cued - {subject} or subject in visited else subject


STORY_MENTIONS = 2  # a story names its subject more than once
STORY_DOMINANCE = 2  # and at least twice as often as the next place
COMPARED_PROVINCES = 2  # provinces named again and again that make a page a comparison of provinces


HEADER_LINES = 3  # lines at the top of a document that may hold its title and issuing body
SIGNATURE_LINES = 3  # lines at its end that may hold the signature (落款)


def title_regions(text: str, refs: list[RegionRef], regions: dict[str, Region]) -> list[str]:
    """Divisions named in the first line when it is a title (short, no sentence end)."""
    end = title_end(text)
    return [
        r.region_id
        for r in refs
        if r.end <= end and not r.is_ref and regions[r.region_id].level != "park" and not is_venue(text, r.start, r.end)
    ]


TRAVEL_VERB = re.compile(lexicon.alternation("travel_verbs.txt"))


def benchmark_cued(text: str, refs: list[RegionRef]) -> set[str]:
    """Regions named in a sentence that speaks of learning from or visiting a place."""
    out = set()
    starts = [r.start for r in refs]  # refs are in text order: a sentence's refs by bisection
    for s, e, body in split_sentences_with_offsets(text):
        if speaks_of_learning(body):
            out |= {r.region_id for r in refs[bisect_left(starts, s) : bisect_left(starts, e)] if not r.is_ref}
    return out


def travellers(text: str, refs: list[RegionRef], visited: set[str]) -> set[str]:
    """Places named before a delegation sets off in the same sentence (平原县…带领…赴新密市,
    振兴九龙坡…区委中心组考察团…赴长三角), and not `visited` themselves: the delegation's own."""
    starts = [r.start for r in refs]
    out: set[str] = set()
    for s, _e, body in split_sentences_with_offsets(text):
        travel = TRAVEL_VERB.search(body)
        if travel:
            before = refs[bisect_left(starts, s) : bisect_left(starts, s + travel.start())]
            out |= {r.region_id for r in before if not r.is_ref and r.region_id not in visited}
    return out


def speaks_of_learning(sentence: str) -> bool:
    """Whether a sentence speaks of learning from or visiting a place; a cue word inside an
    honour or a slogan in quotes (授予“小康建设先进乡镇”称号) does not count."""
    return bool(BENCHMARK_CUES.search(QUOTED_RE.sub("", sentence)))


def outnumbered(rid: str, refs: list[RegionRef], regions: dict[str, Region]) -> bool:
    """Whether another place of the same level is named as often as `rid` or more, its 全X
    included: a page that describes several towns in turn, each its 全镇 (千强镇 entries), is
    none's own."""
    level = regions[rid].level
    counts = Counter(r.region_id for r in refs if r.region_id in regions)  # one pass, not one per region
    return any(n >= counts[rid] for other, n in counts.items() if other != rid and regions[other].level == level)


def described_in_turn(rid: str, whole: list[RegionRef]) -> bool:
    """Whether the 全镇 that stands for `rid` stands for another place too (王江泾镇…全镇…;
    洪合镇…全镇…): a page that describes its towns in turn, each its 全镇, is none's own,
    however often one of them is named."""
    words = {r.text for r in whole if r.region_id == rid}
    return len({r.region_id for r in whole if r.text in words}) > 1


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


def is_above(regions: dict[str, Region], upper: str, lower: str) -> bool:
    """Whether region `upper` contains region `lower` (上海市 above 泗泾镇 and its parks)."""
    gaz = gazetteer.load()
    by_name = {r.name: rid for rid, r in regions.items()}
    seen = set()
    while lower and lower not in seen:
        seen.add(lower)
        if lower in gaz.rows:
            return upper in gaz.ancestors(lower)
        lower = by_name.get(regions[lower].parent, "") if lower in regions else ""
        if lower == upper:
            return True
    return False


# The home model's cues (reporter.home_model, home_candidates).
HOME_CUES = {
    cue: re.compile(lexicon.alternation_of("home_cues.csv", "cue", cue)) for cue in ("ranking", "ordered", "comparison")
}
HOME_FIGURE = re.compile(r"\d")
# A place followed by its position (甲市位列第3, 乙县排名第12位, 丙镇第一), or by the top one.
HOME_RANKED = re.compile(
    rf"[^，,。；;！？!?\n]{{0,6}}?(?:第[\d{numbers.CN_DIGITS}]|{lexicon.alternation_of('home_cues.csv', 'cue', 'first')})"
)
HOME_FIRST = re.compile(rf"[^，,。；;！？!?\n]{{0,6}}?(?:{lexicon.alternation_of('home_cues.csv', 'cue', 'first')})")
HOME_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")
HOME_LEAD_CHARS = 150  # characters after the title that hold the lead, and before the end that hold a signature


def reconsider_home(
    doc: Document,
    refs: list[RegionRef],
    regions: dict[str, Region],
    roles: dict[str, str],
    basis: str,
    warnings: list[str],
) -> dict[str, str]:
    """The roles after the home model's opinion of the home, when the basis of the rules' home is
    one it reconsiders (home_model.WEAK_BASES); a home it gives is reported as inferred."""
    if not home_model.reconsiders(basis):
        return roles
    home = next((rid for rid, role in roles.items() if role == "home"), None)
    options = home_candidates(doc, refs, regions, home, basis)
    names = {rid: (regions[rid].name, regions[rid].full_name) for rid in [*options, home] if rid}
    choice = home_model.decide(doc.name, options, names, home, basis)
    if choice is None or choice == (home or home_model.NONE):
        return roles
    new = choice or None
    if new is not None:
        warnings.append(
            f"文中所属地区的线索不足, 据各地区在文中出现的情况判定为“{regions[new].name}”, "
            f"{GUESSED_HOME_NOTE}; 如有误, 可用 --home {doc.name}=地区名 指定"
        )
    return roles_around(doc.body, refs, regions, new)


def home_candidates(
    doc: Document, refs: list[RegionRef], regions: dict[str, Region], home: str | None, basis: str
) -> dict[str, dict[str, float]]:
    """Region id -> the home model's features (reporter.home_model), for every region the body names:
    how often and where, against whom, at what level, with how many figures, on what kind of page."""
    text = doc.body
    named = [r for r in refs if not r.is_ref and r.region_id in regions and not r.region_id.startswith("self:")]
    counts = Counter(r.region_id for r in named)
    if not counts:
        return {}
    total = sum(counts.values())
    ranked = sorted(set(counts.values()), reverse=True)
    order = lexicon.level_order()
    levels = {rid: regions[rid].level for rid in counts}
    lowest, highest = min(order[lv] for lv in levels.values()), max(order[lv] for lv in levels.values())
    titled = title_end(text)
    title = f"{doc.title}\n{text[:titled]}"
    lead_end = titled + HOME_LEAD_CHARS
    tail = text[-HOME_LEAD_CHARS:]
    byline = "\n".join(doc.metadata)
    ranking = bool(HOME_CUES["ranking"].search(title))
    ordered = bool(HOME_CUES["ordered"].search(text))
    comparisons = len(HOME_CUES["comparison"].findall(text))
    provinces = sum(1 for rid in counts if levels[rid] == "province")
    own_kinds = whole_suffixes(text)
    yardsticks = contrasted(text, refs)
    referred = Counter(r.region_id for r in refs if r.is_ref)
    figures = figure_clauses(text, named)
    all_figures = max(1, sum(figures.values()))
    first_seen: dict[str, int] = {}
    for r in named:
        first_seen.setdefault(r.region_id, r.start)
    first_named = min(first_seen, key=lambda rid: first_seen[rid])
    out = {}
    for rid, n in counts.items():
        region = regions[rid]
        others = [c for o, c in counts.items() if o != rid]
        rank = ranked.index(n) + 1
        mine = [r for r in named if r.region_id == rid]
        names = {region.name, region.full_name, *region.aliases}
        peers = sum(1 for o in counts if o != rid and levels[o] == levels[rid])
        f = {
            "share": n / total,
            "log_mentions": math.log1p(n),
            "rank_1": float(rank == 1),
            "rank_2": float(rank == 2),
            "sole_top": float(rank == 1 and n > max(others, default=0)),
            "lead_ratio": math.log((n + 1) / (max(others, default=0) + 1)),
            "first_position": first_seen[rid] / max(1, len(text)),
            "first_named": float(rid == first_named),
            "in_title": float(any(r.end <= titled for r in mine) or any(a and a in doc.title for a in names)),
            "in_lead": float(any(titled <= r.start < lead_end for r in mine)),
            "in_tail": float(any(a and a in tail for a in names)),
            "in_byline": float(any(a and a in byline for a in names)),
            "government_body": float(any(is_government_body(text, r.end) for r in mine)),
            f"level_{region.level}": 1.0,
            "lowest_level": float(order[region.level] == lowest),
            "highest_level": float(order[region.level] == highest),
            "ranked_share": sum(1 for r in mine if HOME_RANKED.match(text, r.end)) / n,
            "ranked_first": float(any(HOME_FIRST.match(text, r.end) for r in mine)),
            "peers": math.log1p(peers),
            "no_peers": float(peers == 0),
            "contains": sum(1 for o in counts if o != rid and is_above(regions, rid, o)) / len(counts),
            "inside": float(any(o != rid and is_above(regions, o, rid) for o in counts)),
            "figures": math.log1p(figures.get(rid, 0)),
            "figure_share": figures.get(rid, 0) / all_figures,
            "whole_of_kind": float(suffix_of(region) in own_kinds),
            "referred": math.log1p(referred.get(rid, 0)),
            "yardstick_share": sum(1 for r in mine if r.start in yardsticks) / n,
            "subject_share": sum(1 for r in mine if r.can_be_subject) / n,
            "rule": float(rid == home),
            f"rule_{basis}": float(rid == home),
            "ranking_top": float(ranking and rank == 1),
            "ranking_title": float(ranking and any(r.end <= titled for r in mine)),
            "ordered_top": float(ordered and rank == 1),
            "comparison_share": min(comparisons, 5) / 5 * n / total,
            "comparison_top": float(comparisons > 0 and rank == 1),
            "province_among_provinces": float(levels[rid] == "province" and provinces >= 2),
        }
        out[rid] = f
    return out


def figure_clauses(text: str, named: list[RegionRef]) -> Counter:
    """Region id -> clauses holding a figure that name it."""
    out: Counter = Counter()
    start = 0
    k = 0
    for m in [*HOME_CLAUSE_END.finditer(text), None]:
        end = m.end() if m else len(text)
        inside = set()
        while k < len(named) and named[k].start < end:
            if named[k].start >= start:
                inside.add(named[k].region_id)
            k += 1
        if inside and HOME_FIGURE.search(text, start, end):
            out.update(inside)
        start = end
    return out
