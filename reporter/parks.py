"""Parks and zones: names found by their suffix (经开区, 高新区, 产业园, 医药港, …),
bounded on word boundaries, told apart from descriptions (特色产业园区), and
merged with their other names (杭州湾上虞经济技术开发区 / 上虞经开区).

Which region a park belongs to, and its role, is decided in regions.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reporter import gazetteer, lexicon, segment
from reporter.models import Region

PARK_SUFFIXES = lexicon.words("park_suffixes.txt")
# Characters and words after which a park name starts (the name never spans them).
# One alternation, longest first: 对标 (a visit verb) is cut whole, not after its 对 (a break).
PARK_BREAK = re.compile(
    rf".*(?:[^\u4e00-\u9fffA-Za-z0-9]|{lexicon.either(lexicon.words('park_breaks.txt') + lexicon.words('visit_verbs.txt'))})"
)
# 12武汉经济技术开发区: a position glued before a name in a ranking row (not 2018年, 3个, 5强).
ROW_POSITION = re.compile(r"\d{1,3}(?![\d年月日号个家类批座处强佳届位名期])")
PARK_SUFFIX_RE = re.compile("|".join(PARK_SUFFIXES))
PARK_NAME_RE = re.compile(rf"([\u4e00-\u9fffA-Za-z0-9]{{2,16}}?)(?:{PARK_SUFFIX_RE.pattern})")
GENERIC_PARK_PREFIX = re.compile(rf"^(?:{lexicon.alternation('park_class_words.txt')})*$")
# 国家级, 省级 …: the class words of a park's level, dropped from the start of its name.
LEVEL_WORDS = "|".join(re.escape(w) for w in lexicon.words("park_class_words.txt") if w.endswith("级"))
LEVEL_PREFIX = re.compile(f"^(?:{LEVEL_WORDS})")
# 浙江省国家级经开区, 全省省级开发区: a level word right before the suffix makes the words a class of
# parks (a park's own name puts its level first: 国家级宁波经开区).
LEVEL_BEFORE_SUFFIX = re.compile(f"(?:{LEVEL_WORDS})$")
# 甲省一流开发区, 优秀经开区: so does a word that rates parks (data/park_rating_words.txt).
RATING_BEFORE_SUFFIX = re.compile(f"(?:{lexicon.alternation('park_rating_words.txt')})$")
ORDINAL_RE = re.compile(r"第[一二三四五六七八九十\d]+[批届次期]|首批")
ABBREV_RE = re.compile(rf"[（(](?:{lexicon.alternation('abbreviation_words.txt')})[“\"]?([^”\")）]{{2,20}})[”\"]?[)）]")


# 郑州、洛阳4家国家高新区, 镇江、淮安两家经济技术开发区: what may stand between the last of a list
# of places and the park suffix they share (a count, a class word).
SUFFIX_AFTER_PLACES = re.compile(
    rf"等?(?:[\d一二两三四五六七八九十]+[家个])?(?:{lexicon.alternation('park_class_words.txt')})?"
    rf"(?P<suffix>{PARK_SUFFIX_RE.pattern})"
)
PLACE_LIST_GAP = re.compile(r"\s*[、，,和及与]\s*")
MIN_LISTED_PLACES = 2  # one place before a class word is the class of its zones (宁波市国家级经开区)


@lru_cache(maxsize=1)
def park_generic_words() -> tuple[str, ...]:
    # An industry alone describes a park too (食品工业园, 生物医药产业园).
    words = set(lexicon.words("park_generic.txt")) | set(lexicon.words("industries.txt"))
    return tuple(sorted(words, key=len, reverse=True))


def occurrences(text: str, word: str) -> list[int]:
    """Start offsets of a literal word (str.find: no regex to compile per town name)."""
    out, pos = [], text.find(word)
    while pos >= 0:
        out.append(pos)
        pos = text.find(word, pos + 1)
    return out


# 苏州(宿迁)工业园区: a park one city builds on another's land, the host in brackets.
PARTNER_PARK = re.compile(
    rf"(?P<builder>[\u4e00-\u9fff]{{2,4}})[(（](?P<host>[\u4e00-\u9fff]{{2,4}})[)）][\u4e00-\u9fff]{{0,8}}?"
    rf"(?:{PARK_SUFFIX_RE.pattern})"
)


def partner_parks(text: str) -> list[tuple[int, int, str]]:
    """Parks named by the city that builds them and, in brackets, the city that hosts them."""
    out = []
    for m in PARTNER_PARK.finditer(text):
        builder = next((m.group("builder")[k:] for k in range(3) if is_place(m.group("builder")[k:])), None)
        if builder and is_place(m.group("host")):
            start = m.end("builder") - len(builder)
            out.append((start, m.end(), text[start : m.end()]))
    return out


def host_in_name(name: str) -> str | None:
    """The city in brackets in a partner park's name (苏州(宿迁)工业园区 -> 宿迁), or the city
    of a national new area (金普新区 -> 大连市), else None."""
    m = PARTNER_PARK.fullmatch(name)
    return m.group("host") if m else NEW_AREA_CITY.get(name)


NEW_AREA_ROWS = lexicon.table("national_new_areas.csv")
NEW_AREA_CITY = {row["name"]: row["city"] for row in NEW_AREA_ROWS}
# Every name a national new area is written by -> its name (金州新区 -> 金普新区).
NEW_AREA_NAMES = {
    written: row["name"] for row in NEW_AREA_ROWS for written in (row["name"], *filter(None, row["aliases"].split("|")))
}
NEW_AREA_RE = re.compile(lexicon.either(NEW_AREA_NAMES))


def new_areas(text: str, taken: frozenset[int]) -> list[tuple[int, int, str]]:
    """National new areas (data/national_new_areas.csv) written outside the names found (`taken`):
    天府新区, but not the 天府新区 that opens 天府新区某产业园, a zone inside it."""
    return [(m.start(), m.end(), m.group()) for m in NEW_AREA_RE.finditer(text) if not taken & set(range(*m.span()))]


def find_parks(text: str) -> list[tuple[int, int, str]]:
    """Park and zone names: a specific prefix before a park suffix, and abbreviations."""
    out = partner_parks(text)
    inside = covered(out)
    for m in park_name_matches(text):
        if m.end() - 1 in inside:
            continue
        prefix = park_prefix(text, m)
        if prefix is None:
            continue
        start = m.end() - len(prefix) - (m.end() - m.end(1))
        start = word_start(text, start, m.end())
        if start is None:
            continue
        out.append((start, m.end(), text[start : m.end()]))
    out += new_areas(text, covered(out))
    abbrev = {
        m.group(1): m.start()
        for m in ABBREV_RE.finditer(text)
        # Only a short form that keeps a park's suffix is a park's: (简称“华交会”) names a forum,
        # (简称为“老大”) a city, (简称《报告》) a document.
        if m.group(1).endswith(PARK_SUFFIXES) and not is_class_name(m.group(1))
    }
    taken = {i for s, e, _ in out for i in range(s, e)}  # offsets inside a name found: a set, not a scan
    for short in [*abbrev, *shortened(name for _, _, name in out)]:
        for start in occurrences(text, short):
            if start not in taken:
                out.append((start, start + len(short), short))
                taken.update(range(start, start + len(short)))
    return sorted(out)


SHORTENED = re.compile(rf"(?P<place>..+?)(?:{lexicon.alternation('park_dropped_words.txt')})园区")


def shortened(names) -> list[str]:
    """The short forms of parks the text names in full: 苏州工业园区 is also written 苏州园区."""
    return list(dict.fromkeys(f"{m.group('place')}园区" for name in names if (m := SHORTENED.fullmatch(name))))


def is_class_name(name: str) -> bool:
    """An abbreviation that names a class of parks (以下简称国家级经开区), not one park."""
    suffix = next((s for s in PARK_SUFFIXES if name.endswith(s)), None)
    if suffix is None:
        return False
    prefix = name[: -len(suffix)]
    return not LEVEL_PREFIX.sub("", prefix) or bool(LEVEL_BEFORE_SUFFIX.search(prefix))


def park_name_matches(text: str):
    """The matches of PARK_NAME_RE.finditer(text), trying the pattern only near a suffix.

    A match ends in a suffix that starts 2 to 16 characters after the match: from
    `pos`, none starts before the first suffix at pos + 2 or later, less 16.
    """
    pos = 0
    while (suffix := PARK_SUFFIX_RE.search(text, pos + 2)) is not None:
        m = PARK_NAME_RE.search(text, max(pos, suffix.start() - 16))
        if m is None:
            return
        yield m
        pos = m.end()


def park_prefix(text: str, m: re.Match) -> str | None:
    """The naming part before a park suffix, or None when there is none (园区, 特色产业园)."""
    prefix = m.group(1)
    if LEVEL_BEFORE_SUFFIX.search(prefix) or RATING_BEFORE_SUFFIX.search(prefix):
        return None
    cut = PARK_BREAK.match(prefix)
    at_boundary = m.start() == 0 or not re.match(r"[\u4e00-\u9fff]", text[m.start() - 1])
    if cut:
        prefix = prefix[cut.end() :]
    elif position := ROW_POSITION.match(prefix):
        prefix = prefix[position.end() :]  # 1苏州工业园区: a ranking row's position, then the name
    elif not at_boundary:
        prefix = name_from_words(prefix)  # no break before it: keep the nouns jieba sees
    prefix = LEVEL_PREFIX.sub("", words_after_phrase(prefix))
    if len(prefix) < 2 or len(prefix) > 12 or GENERIC_PARK_PREFIX.match(prefix) or ORDINAL_RE.search(prefix):
        return None
    if is_generic(prefix) or is_province(prefix):
        return None
    return prefix


def is_province(prefix: str) -> bool:
    """福建省开发区(联席会议): a province's name alone before the suffix names its zones as a class;
    not a city that is a province (北京经济技术开发区, 天津开发区 are zones)."""
    gaz = gazetteer.load()
    codes = gaz.names.get(prefix, [])
    return bool(codes) and all(gaz.regions[c].full_name.endswith(("省", "自治区")) for c in codes)


# Parts of speech that end a phrase before a park's name: 结合(v)…, 除(p)…, 我(r)县…, 今年(t)来…
PHRASE_FLAGS = ("t", "v", "p", "r", "d", "c", "u", "f", "q")
NAME_FLAGS = ("n", "eng", "b", "j", "l")
COUNT_OR_YEAR = re.compile(r"\d{4}|[\d一二两三四五六七八九十百千]+[个家类批座处强佳]")
# 我县食品工业园: the county's own zone; the name is what follows the reference.
REFERENCE_INSIDE = re.compile(r"[我本该全][县市区镇州省乡]")


def is_phrase_word(word) -> bool:
    """A word that ends a phrase. A single character of a name jieba does not know gets a
    guessed tag (洋口港 -> 洋/ag 口/q 港), so one character counts only as a function word."""
    if len(word.word) == 1:
        return word.flag.startswith(SINGLE_PHRASE_FLAGS)
    return word.flag.startswith(PHRASE_FLAGS)


SINGLE_PHRASE_FLAGS = ("p", "r", "c", "u", "v")  # 含武进科创园: 含 opens a phrase


def words_after_phrase(prefix: str) -> str:
    """The name in a prefix that a phrase runs into: 九江除九江 -> 九江, 结合我县食品 -> 食品,
    今年来 -> "" ; a count or a year is never part of a name (三个工业园区, 2023…开发区)."""
    if COUNT_OR_YEAR.search(prefix):
        return ""
    words = segment.tagged(prefix)
    cut = 0
    if words and words[0].flag.startswith(("d", "ad")) and len(words[0].word) > 1 and not is_place(words[0].word):
        return ""  # 全面推介经开区: an adverb opens a phrase, not a name (but 大连 is a city)
    for k, w in enumerate(words):
        if k == cut and w.flag.startswith("t"):
            cut = k + 1  # a leading time word: 今年来…
        elif is_phrase_word(w) and k + 1 < len(words) and words[k + 1].flag.startswith(NAME_FLAGS):
            cut = k + 1
    kept = words[cut:]
    if kept and kept[-1].flag in ("v", "vn") and not any(w.flag.startswith("ns") or is_place(w.word) for w in kept):
        return ""  # 推介经开区, 建设工业园: a verb and its object, not a name (增城, a place, is no verb)
    if kept and kept[-1].flag == "v" and len(kept[-1].word) == 1:
        return ""  # 苏北均有经开区: a one-character verb ends a phrase, the suffix alone is no name
    rest = "".join(w.word for w in kept)
    inner = REFERENCE_INSIDE.search(rest)
    return rest[inner.end() :] if inner else rest


def is_place(word: str) -> bool:
    return word in gazetteer.load().names and not gazetteer.is_stop(word)


def word_start(text: str, start: int, end: int) -> int | None:
    """Move a park name's start to a word boundary (外向型物流园: not 型物流园); None if generic."""
    left = max(0, start - 8)
    start = left + segment.next_boundary(text[left:end], start - left)
    prefix_end = end - next(len(s) for s in PARK_SUFFIXES if text[start:end].endswith(s))
    if prefix_end - start < 2 or is_generic(text[start:prefix_end]):
        return None
    return start


def name_from_words(prefix: str) -> str:
    """The trailing nouns of a prefix: 发展外向型物流 -> 物流 (外向型 describes it)."""
    words = segment.tagged(prefix)
    kept = []
    for w in reversed(words):
        if not w.flag.startswith(("n", "eng", "m")):
            break
        kept.append(w.word)
    return "".join(reversed(kept))


def is_generic(prefix: str) -> bool:
    rest = prefix
    changed = True
    while rest and changed:
        changed = False
        for word in park_generic_words():
            if rest.startswith(word):
                rest, changed = rest[len(word) :], True
    return not rest


def park_key(name: str) -> str:
    """A comparable form: 国家级杭州湾上虞经开区 and 上虞经济开发区 share 上虞 + 开发区."""
    core = LEVEL_PREFIX.sub("", name)
    for row in lexicon.table("park_cores.csv"):
        core = core.replace(row["ending"], row["core"])
    return core


def park_regions(parks) -> dict[str, Region]:
    """Each park name's identity: its longest same-type name sharing its core, named by the shortest.

    Names are compared only with names of the same suffix, and each distinct name once: a
    long document names hundreds of parks, and comparing every mention with every other
    grew with the cube of its length.
    """
    names = list(dict.fromkeys(name for _, _, name in parks))
    # The names each national new area is written by here (金普新区 and 金州新区), its aliases.
    written = {
        name: [w for w in names if NEW_AREA_NAMES.get(w) == NEW_AREA_NAMES[name]]
        for name in names
        if name in NEW_AREA_NAMES
    }
    keys = {name: park_key(name) for name in names}
    by_tail: dict[str, list[str]] = {}
    for name in names:
        by_tail.setdefault(keys[name][-3:], []).append(name)
    best = {name: longest_form(name, by_tail.get(keys[name][-3:], []), keys) for name in names}
    by_best: dict[str, list[str]] = {}
    for name in names:
        by_best.setdefault(best[name], []).append(name)
    out = {}
    for name in names:
        if name in NEW_AREA_NAMES:  # one national new area whatever name the text writes it by
            area = NEW_AREA_NAMES[name]
            out[name] = Region(
                id=f"park:{area}",
                name=area,
                full_name=area,
                level="park",
                aliases=tuple(sorted({area, *written[name]})),
            )
            continue
        longest = best[name]
        short = min(by_best[longest], key=len)
        out[name] = Region(
            id=f"park:{longest}",
            name=short if len(short) < len(longest) else longest,
            full_name=longest,
            level="park",
            aliases=tuple(sorted({name, longest, short})),
        )
    return out


def longest_form(name: str, others: list[str], keys: dict[str, str]) -> str:
    """国家级杭州湾上虞经开区 and 上虞经济开发区 -> 杭州湾上虞经济技术开发区 (the longest of `others`
    whose key ends as this one's and holds its core; the first of equal length)."""
    key = keys[name]
    best = name
    kind = zone_kind(name)
    for other in others:
        okey = keys[other]
        same_kind = not kind or not zone_kind(other) or zone_kind(other) == kind
        if other != name and len(other) > len(best) and okey.endswith(key[-3:]) and core_in(key, okey) and same_kind:
            best = other
    return best


def zone_kind(name: str) -> str:
    """high_tech, economic, bonded … for a park whose name says so (data/park_kinds.csv), else ""."""
    return next((row["kind"] for row in lexicon.table("park_kinds.csv") if row["word"] in name), "")


def core_in(key: str, other: str) -> bool:
    """The other name's stem begins or ends with this one's: 上虞 in 杭州湾上虞开发区, 滨江 in
    滨江新材料开发区; but 宁波杭州湾开发区 is not 杭州开发区, though it holds 杭州, nor is
    广州南沙开发区 广州开发区."""
    stem, other_stem = key[:-3], other[:-3]
    if not stem:
        return False
    if other_stem.startswith(stem):
        # 广州南沙开发区 is not 广州开发区: a district's name after the city's makes the district's zone.
        return not is_place(other_stem[len(stem) :])
    return other_stem.endswith(stem)


def parks_named_by_places(
    text: str, places: list[tuple[int, int, str]], parks: list[tuple[int, int, str]]
) -> dict[int, str]:
    """{start of a place's name: the zone it stands for} for places listed before the park suffix
    they share (郑州、洛阳4家国家高新区; 常州、无锡经开区, whose last item is a park found by its
    suffix): each names its own zone of that kind (洛阳高新区), not the city, so a rank or a move
    given to the list goes to the zones. `places` are the prefecture and county names found, in
    text order; at least two items make such a list."""
    park_after = {start: name for start, _, name in parks}
    out: dict[int, str] = {}
    for k, (_, end, _) in enumerate(places):
        suffix, items = shared_suffix(text, end, park_after)
        if not suffix:
            continue
        run = [k]
        while run[0] > 0 and PLACE_LIST_GAP.fullmatch(text, places[run[0] - 1][1], places[run[0]][0]):
            run.insert(0, run[0] - 1)
        if len(run) + items < MIN_LISTED_PLACES:
            continue
        for i in run:
            out[places[i][0]] = places[i][2] + suffix
    return out


def shared_suffix(text: str, end: int, park_after: dict[int, str]) -> tuple[str, int]:
    """The park suffix a place ending at `end` takes from what follows it, and how many list
    items that adds: the suffix itself (…4家国家高新区: none), or a park named by its place
    (、平顶山高新区: one). ("", 0) when neither follows."""
    m = SUFFIX_AFTER_PLACES.match(text, end)
    if m:
        return m.group("suffix"), 0
    gap = PLACE_LIST_GAP.match(text, end)
    park = park_after.get(gap.end()) if gap and gap.end() > end else None
    if park is None:
        return "", 0
    suffix = next(s for s in PARK_SUFFIXES if park.endswith(s))
    return (suffix, 1) if is_place(park[: -len(suffix)]) else ("", 0)


# 前五名的国家级开发区依次是甲市、乙市…; 在东部地区30家国家级开发区中,…前五位依次是丙市、丁市…: the
# words that open a list of places (data/zone_list_openers.txt), in a sentence that may rank zones.
ZONE_LIST_OPENER = re.compile(rf"(?:{lexicon.alternation('zone_list_openers.txt')})(?:是|为)[:：]?\s*")
# The end of a sentence or a line (regions and extract read the same pattern from here).
SENTENCE_ENDS = "。！？!?\n"
SENTENCE_END_RE = re.compile(f"[{SENTENCE_ENDS}]")
ZONE_LIST_END = re.compile(r"[。！？!?\n；;]")
ZONE_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
# 在东部地区30家国家级开发区中, : a clause before the list's own that names the set it is among.
ZONE_SCOPE_END = re.compile(r"[中里内]\s*$")
# 国家级开发区最多的城市依次是: a noun of places after the zones' word makes the list one of places.
ZONE_LIST_BREAK = re.compile(lexicon.alternation("zone_list_breaks.txt"))
ZONE_ITEM_GAP = re.compile(r"\s*[、，,和及与]\s*")
# 上海漕河泾, 陕西航空, 潍坊滨海: what a listed zone's name may add after its place's name.
ZONE_NAME_TAIL = re.compile(r"[^、，,和及与等第共的。；;：:！？!?\s\d（）()“”\"]{0,4}")
KIND_SUFFIXES = {row["kind"]: row["suffix"] for row in lexicon.table("zone_kind_suffixes.csv")}
MIN_LISTED_ZONES = 2


def zones_in_lists(
    text: str, places: list[tuple[int, int, bool]], parks: list[tuple[int, int, str]]
) -> dict[int, tuple[int, str]]:
    """{start of a listed place: (end of its item, the zone it stands for)} for the places of a
    list after 依次是/分别为 in a sentence whose field is zones of one kind: the zones' class word
    (国家级开发区, 高新区) stands in the list's own clause before the opening words, or in an
    earlier clause of the sentence that names the set the list is among (在…30家国家级开发区中,).
    Each place listed is then that city's zone (天津 -> 天津经济技术开发区), the words it adds to
    the city's name included (上海漕河泾 -> 上海漕河泾经济技术开发区). `places` are the names of
    divisions found, settled or not (长沙, a city's or a county's, is 长沙's zone either way), with
    whether the name needs words after it to make a zone (陕西航空, but not 陕西 alone). The list
    ends at the first item that is not such a place."""
    by_start = {start: (end, needs_tail) for start, end, needs_tail in places}
    in_park = covered(parks)
    out: dict[int, tuple[int, str]] = {}
    for m in ZONE_LIST_OPENER.finditer(text):
        begin = sentence_start(text, m.start())
        suffix = zone_field(text, begin, m.start(), in_park)
        if not suffix:
            continue
        stop = ZONE_LIST_END.search(text, m.end())
        items = listed_zones(text, m.end(), stop.start() if stop else len(text), by_start, in_park)
        if len(items) >= MIN_LISTED_ZONES:
            out.update({start: (stop, text[start:stop] + suffix) for start, stop in items})
    return out


def covered(spans) -> frozenset[int]:
    """Every offset inside one of the (start, end) spans: one set lookup per name found,
    not a scan of every span, which grew with the square of a document's length."""
    return frozenset(i for s, e, *_ in spans for i in range(s, e))


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts: after the last sentence end before it (looked for
    backwards, not by reading the text from its start for each name)."""
    return max(text.rfind(end, 0, at) for end in SENTENCE_ENDS) + 1


def zone_field(text: str, begin: int, opener: int, in_park: frozenset[int]) -> str:
    """The ending a place listed after `opener` takes as a zone: the zones' class word of the
    sentence (its own kind, as written: 高新区, 经开区), or, for one of no kind (开发区), the ending
    of the kind of zones the text named last before it (data/zone_kind_suffixes.csv); "" when the
    sentence's field is not zones."""
    lead = text[begin:opener]
    cuts = [0, *(c.end() for c in ZONE_CLAUSE_BREAK.finditer(lead))]
    own = lead[cuts[-1] :]
    field = class_word(own, begin + cuts[-1], in_park)
    at = begin + cuts[-1]
    if field is not None:
        if ZONE_LIST_BREAK.search(own, field.end()):
            return ""  # 国家级开发区最多的城市依次是: the cities
    else:
        scopes = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if ZONE_SCOPE_END.search(lead[a : b - 1])]
        fields = [(a, f) for a, b in scopes if (f := class_word(lead[a : b - 1], begin + a, in_park)) is not None]
        if not fields:
            return ""
        at, field = begin + fields[-1][0], fields[-1][1]
    if zone_kind(field.group()):
        return field.group()
    kinds = [zone_kind(s.group()) for s in PARK_SUFFIX_RE.finditer(text, 0, at + field.start())]
    kind = next((k for k in reversed(kinds) if k), "")
    return KIND_SUFFIXES.get(kind, field.group())


def class_word(clause: str, offset: int, in_park: frozenset[int]) -> re.Match | None:
    """The last park suffix of a clause that is no park's name (国家级开发区, 21家高新区): the class
    of zones the clause speaks of."""
    found = [s for s in PARK_SUFFIX_RE.finditer(clause) if offset + s.start() not in in_park]
    return found[-1] if found else None


def listed_zones(
    text: str, begin: int, end: int, by_start: dict[int, tuple[int, bool]], in_park: frozenset[int]
) -> list[tuple[int, int]]:
    """(start, end) of each item of the list between `begin` and `end` that is a place's name and
    at most a few words more (上海漕河泾), up to the first item that is not."""
    out: list[tuple[int, int]] = []
    at = begin
    while at < end:
        place = by_start.get(at)
        if place is None or at in in_park:
            break
        stop, needs_tail = place
        tail = ZONE_NAME_TAIL.match(text, stop, end)
        stop = tail.end() if tail else stop
        if needs_tail and stop == place[0]:
            break
        out.append((at, stop))
        gap = ZONE_ITEM_GAP.match(text, stop, end)
        if gap is None or gap.end() == stop:
            break
        at = gap.end()
    return out
