"""A quantity grammar for Chinese economic prose.

Finds numbers with their unit, multiplier and approximation words in a clause:
4000亿元, 1.5亿元, 3500万元, 三千家, 十余家, 超过200家, 近200亿元, 63.1%,
提高9.3个百分点, 增长2.7倍, 千亿级, 排名上海市第二, 30强, 百分之四点五九.
Chinese numerals are converted with cn2an, one isolated numeral span at a time
(its whole-sentence mode corrupts text such as 零售额 and 第二).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from reporter import gazetteer, lexicon

CN_DIGITS = "零〇一二两三四五六七八九十百千"
NUM = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|[{CN_DIGITS}]+(?:点[零〇一二三四五六七八九]+)?)"


UNIT_CLASSES = {row["unit"]: row["class"] for row in lexicon.table("units.csv")}
# Written forms that mean a unit of the list: the regex takes them, normalise_unit maps them.
UNIT_SPELLINGS = {s: row["unit"] for row in lexicon.table("units.csv") for s in row["spellings"].split("|") if s}
UNITS = lexicon.either([*UNIT_CLASSES, *UNIT_SPELLINGS])
COUNT_UNITS = "".join(u for u, c in UNIT_CLASSES.items() if c == "count" and len(u) == 1)
# Units a 万/亿 never stands before (万%), so the multiplier makes a plain number.
UNSCALED = {row["unit"] for row in lexicon.table("units.csv") if row["multiplied"] == "no"}
# 四座“万亿城市”: a small numeral before a class of places by size counts them.
SIZE_CLASS_RE = re.compile(rf"[“\"]?(?:{lexicon.alternation('size_class_words.txt')})")
# 各占一席: units after which a lone small numeral is a figure, not a counting word.
ONE_NUMERAL_UNITS = {row["unit"] for row in lexicon.table("units.csv") if row["one_numeral"] == "yes"}
QUALIFIER_WORDS = {row["word"]: row["qualifier"] for row in lexicon.table("qualifiers.csv")}

# The qualifier words of each place around a figure (data/qualifiers.csv).
PRE_QUALIFIERS = lexicon.alternation_of("qualifiers.csv", "place", "before")
AFTER_NUMBER = lexicon.alternation_of("qualifiers.csv", "place", "after_number")  # 十余家, 3000多万元
POST_QUALIFIERS = lexicon.alternation_of("qualifiers.csv", "place", "after_unit")  # 20%左右
# 3500千米, 800千瓦: a 千 that begins a unit is no multiplier, though the rest (米) is a unit too.
KILO_UNIT_RESTS = lexicon.either(u[1:] for u in [*UNIT_CLASSES, *UNIT_SPELLINGS] if u.startswith("千"))
# 增长-6%: a minus sign (not the dash of a range 1-7月); 50个亿: 50亿.
QUANTITY_RE = re.compile(
    rf"(?P<pre>{PRE_QUALIFIERS})?(?P<neg>(?<![\d.A-Za-z])-(?=\d))?"
    rf"(?P<num>{NUM})(?P<approx1>{AFTER_NUMBER})?(?:个(?=万亿|亿))?(?P<mult>万亿|亿|万|千(?!{KILO_UNIT_RESTS}))?(?P<approx2>{AFTER_NUMBER})?"
    rf"(?!{lexicon.alternation('unit_lookalike_words.txt')})(?P<unit>{UNITS})(?!(?<=个)亿)(?P<post>{POST_QUALIFIERS})?"
)
PERCENT_WORDS_RE = re.compile(rf"百分之(?P<num>{NUM})")
SCALE_RE = re.compile(rf"(?P<num>\d+(?:\.\d+)?|[{CN_DIGITS}]+)(?P<mult>亿|万)级")
RANK_WORDS = lexicon.alternation("rank_words.txt")
# 第十七届: the ordinal of a session, not a rank, nor is 第二个 (全市第二个院士工作站: the second
# one of its kind to be set up), nor 第三产业 or 第二季度 (全省第三产业增加值): the
# characters after an ordinal that make it none. The lookaheads also take in the numeral's own
# characters, so that a pattern cannot backtrack to 第十 and read a rank 10.
NOT_A_PLACE = "批届次期轮年个产季"


@lru_cache(maxsize=1)
def rank_re() -> re.Pattern:
    """Places with 第: after a verb of ranking (位居全省第3), N强, after the field of the
    ranking (全省第3), 首位; and after a province named as the field in a list of places
    (某某镇 湖北第4 全国第300, spaces dropped on reading), only where the place ends or the
    next field starts (湖北第一强镇 is a slogan)."""
    provinces = lexicon.either(gazetteer.province_names())
    scopes = lexicon.alternation("rank_scopes.txt")
    return re.compile(
        rf"(?:{RANK_WORDS})[^，。；,;]{{0,12}}?第(?P<num>{NUM})(?![{NOT_A_PLACE}\d{CN_DIGITS}])(?:位|名)?"
        rf"|(?P<num2>{NUM})强"
        rf"|(?:{scopes})(?:同类\w{{0,4}}中)?第(?P<num3>{NUM})(?![{NOT_A_PLACE}\d{CN_DIGITS}])(?:位|名)?"
        rf"|(?:{provinces})第(?P<num4>{NUM})(?:位|名)?(?=[\s，,。；;、)）?？]|$|{scopes})"
        rf"|(?:{RANK_WORDS})[^，。；,;]{{0,12}}?(?P<top>{lexicon.either(TOP_PLACE_WORDS)})"
    )


# 名列全国第四、西部第一; 增速列全市第5、片区第1: a second place right after one, in a field of its
# own named without a verb of ranking (the field is words alone, no figure and no other ordinal).
NEXT_FIELD_PLACE_RE = re.compile(
    rf"[、和及]\s*(?P<field>[^\W\d第、和及]{{1,6}})第(?P<num>{NUM})(?![{NOT_A_PLACE}\d{CN_DIGITS}])(?:位|名)?"
)


# 湖北第三城宜昌, 湖南第二大城市, 经济第二强省江苏: a place named by a noun after the ordinal,
# which says what is measured (data/ordinal_place_nouns.csv); not a district (第一城区).
ORDINAL_PLACE_MEASURES = {row["word"]: row["measure"] for row in lexicon.table("ordinal_place_nouns.csv")}
# 河南经济第二强市: the words between the region a place is ranked in and its ordinal.
RANK_FIELD_WORDS = re.compile(rf"(?:{lexicon.alternation('ordinal_field_words.txt')})$")
ORDINAL_PLACE_RE = re.compile(rf"第(?P<num>{NUM})(?P<noun>{lexicon.either(ORDINAL_PLACE_MEASURES)})(?![区區镇鎮乡鄉])")


# 广东继续领跑; 宿迁以7.48%的增长率领跑全省: first place in an idiom, where the clause ends after
# the idiom or its field (not 领跑全国县域经济: a field of its own follows).
LEAD_WORDS = lexicon.words("lead_words.txt")
LEAD_RE = re.compile(
    rf"(?:{lexicon.either(LEAD_WORDS)})(?:{lexicon.alternation('rank_scopes.txt')})?(?=[，,。；;!！]|$)"
)
# 排名223位, 居44位, 位居全国35位, 高居42名: a place written without 第, right after a verb that
# places a region in a ranking, a scope allowed between. Not a bound of the ranking (排名85名以后),
# nor a figure after a word that only ends in such a verb (安排3名干部).
POSITION_RE = re.compile(
    rf"(?P<verb>{lexicon.alternation('position_words.txt')})(?:{lexicon.alternation('rank_scopes.txt')})?"
    rf"(?P<num>{NUM})[位名](?!{lexicon.alternation('position_bounds.txt')})"
)
POSITION_BLOCKERS = lexicon.words("position_blockers.txt")
# 综合排名33,较去年进步了9位; 黄花镇(位次238): a place in figures right after the name of a
# ranking, with neither 第 nor 位, where the clause or the bracket ends (not 排名2023年).
BARE_PLACE_RE = re.compile(
    rf"(?:{lexicon.alternation('bare_position_words.txt')})(?:{lexicon.alternation('rank_scopes.txt')})?"
    r"(?P<num>\d{1,4})(?=[，,。；;、)）]|$)"
)
# 黄花镇(238位), 较前一年(13位): a place alone in brackets after a name or a year, as lists of
# places print it; people counted in 位 (3位院士) are not written alone in brackets.
BRACKETED_PLACE_RE = re.compile(r"[(（](?P<num>\d{1,4})位[)）]")
# 开平市水口镇(404名): in 名 the bracket must follow a place's name, as a list of places prints
# it; 名 alone in brackets elsewhere may count people.
NAMED_PLACE_RE = re.compile(rf"(?:{lexicon.alternation('division_suffixes.txt')})[(（](?P<num>\d{{1,4}})名[)）]")
# 由2018年的54位前进到第42位, 由去年的第44位上升到36位: both ends of a move in a ranking are places.
MOVE_WORDS = lexicon.alternation_of("change_words.csv", "move")
MOVE_LINKS = lexicon.alternation("move_links.txt")
# 较上年上升2名, 下降一名: after a move word, 名 counts places in a ranking, as 位 does, not people.
MOVED_BY_RE = re.compile(rf"(?:{MOVE_WORDS})了?$")
NOT_MOVED_RE = re.compile(rf"(?:{lexicon.alternation('not_move_words.txt')})了?$")
CJK_AFTER = re.compile(r"[\u4e00-\u9fff]")
MOVE_END_RE = re.compile(
    rf"(?:{MOVE_WORDS})了?(?:{MOVE_LINKS})(?:{lexicon.alternation('rank_scopes.txt')})?(?P<num>{NUM})[位名]"
    rf"|由[^，。；,;]{{0,10}}?(?:{lexicon.alternation('rank_scopes.txt')})?(?<![\d.])(?P<start>{NUM})[位名]"
    rf"(?=(?:{MOVE_WORDS})了?(?:{MOVE_LINKS}))"
)
# A、B、C分列第11、12和第15位; A、B、C分列5—7位; A、B分列全省一、二位: positions handed out one to
# each listed region, the field (全省) maybe between.
RANK_LIST_NUM = rf"第?(?:\d+|[{CN_DIGITS}]+)"
RANK_LIST_LINKS = lexicon.alternation("rank_band_links.txt")
RANK_LIST_RE = re.compile(
    rf"(?:{lexicon.alternation('rank_list_words.txt')})(?:{lexicon.alternation('rank_scopes.txt')})?"
    rf"(?P<items>{RANK_LIST_NUM}(?:\s*(?:[、，,和及与]|{RANK_LIST_LINKS})\s*{RANK_LIST_NUM})+)(?:位|名)?"
)
RANK_LIST_ITEM = re.compile(rf"第?(?P<num>\d+|[{CN_DIGITS}]+)")
# A和B综合排名分别为67位和89位; A、B位列其前,分别为17位、25位: places each written with 位 or 名
# after a word handing them out in order, not people (分别为3位和5位院士).
RESPECTIVE_PLACES_RE = re.compile(
    rf"(?:{lexicon.alternation('respective_place_words.txt')})"
    rf"(?P<items>\d+[位名](?:\s*[、和及与]\s*\d+[位名])+)(?![\u4e00-\u9fff])"
)
RESPECTIVE_PLACE = re.compile(r"\d+(?=[位名])")
# A、B分列四五位; A、B、C分列一二三位: positions run together without a mark, one digit each, rising
# by one (not 45th or 123rd: a place that high is written with 第 or in figures).
RANK_RUN_RE = re.compile(
    rf"(?:{lexicon.alternation('rank_list_words.txt')})第?(?P<run>[一二三四五六七八九]{{2,4}})(?:位|名)"
)
# 增速分别位列全省第二、第四和第三位; 分别居第3位和第4位: ordinals listed after a rank word,
# each one a position (not 第二、第三产业: an ordinal before 产业, 批, 届 … names no place).
ORDINAL = rf"第(?:\d+|[{CN_DIGITS}]+)(?![\d{CN_DIGITS}{NOT_A_PLACE}])[位名]?"
# 分别位居第43、52、108、52位: as after 分列 (分列第16、19和20位), the later items may drop 第 when
# the list ends in 位 or 名.
LATER_PLACE = rf"(?:\d+|[{CN_DIGITS}]+)"
ORDINAL_LIST_RE = re.compile(
    rf"(?:{RANK_WORDS})[^，。；,;第]{{0,8}}(?P<items>{ORDINAL}(?:\s*[、和及与]\s*{ORDINAL})+"
    rf"|第{LATER_PLACE}(?:\s*[、和及与]\s*第?{LATER_PLACE})+(?=[位名]))"
)
# 以总分666.71分, 分别以87.3分和130.1分: the score of an evaluation, a level in 分. Only a decimal
# is read: a whole number before 分 is too often a count of minutes or points of a plan.
SCORE_RE = re.compile(rf"(?<![\d.])(?P<num>\d+\.\d+)分(?!{lexicon.alternation('score_blockers.txt')})")
# 占全国的三分之一: a fraction is a share in per cent.
FRACTION_RE = re.compile(rf"(?P<den>{NUM})分之(?P<num>{NUM})")
# 约为巢湖一半, 尚不足合肥一半, 是南京的一半: half of another region's figure, a multiple of 0.5
# (as 约为宁波的1/7 is one of 0.1429), after a verb of comparison or a bound word.
HALF_RE = re.compile(
    rf"(?P<lead>(?:{lexicon.alternation('comparison_verbs.txt')}|{PRE_QUALIFIERS})[^，。；,;]{{0,8}}?)的?(?P<half>一半)"
)
HALF = "一半"
# 不及成都的六分之一, 还不到杭州的1/3: any other part of another region's figure, written after the
# region and 的, is a multiple too (0.1667, 0.3333 倍), not a share in %; a part of a whole
# (占全国的三分之一, 比重…) stays a share (FRACTION_RE).
PART_FRACTION = rf"(?:{NUM})分之(?:{NUM})|\d+/\d+"
PART_OF_RE = re.compile(
    rf"(?P<lead>(?:{lexicon.alternation('comparison_verbs.txt')}|{PRE_QUALIFIERS})[^，。；,;]{{0,8}}?)的"
    rf"(?P<part>(?P<den>{NUM})分之(?P<num>{NUM})|(?P<snum>\d+)/(?P<sden>\d+)(?![\d/]))"
)
PART_OF_WHOLE = re.compile(lexicon.alternation("part_of_whole_words.txt"))
# 约占总数1/3, 占到全国总量的1/6, 占据总数的三成以上, 独占一半: a part of a whole after a word of
# parts (data/part_of_whole_words.txt) written as a fraction with a slash, as tenths (成) or as a
# half is a share in per cent, as 占全国的三分之一 is (FRACTION_RE).
PART_SHARE_LEAD = rf"(?P<lead>(?:{PART_OF_WHOLE.pattern})[^，。；,;]{{0,12}}?)"
PART_SHARE_RE = re.compile(
    rf"{PART_SHARE_LEAD}(?P<part>(?<![\d./])(?P<snum>\d+)/(?P<sden>\d+)(?![\d/])"
    rf"|(?P<tenths>[一二三四五六七八九])成(?=$|[^\u4e00-\u9fff]|{AFTER_NUMBER}|{POST_QUALIFIERS}|的)|(?P<half>一半))"
)
# The written forms of a part of another region's figure, for the patterns that look for a multiple.
PART_OF = rf"一半|{PART_FRACTION}"
# 三次产业结构比为37.5:25.4:37.1: three parts of a whole that add up to 100 are three shares.
# The last part may end a sentence with a half-width full stop (…∶13.30. or 26.), not a decimal.
RATIO_RE = re.compile(
    r"(?<![\d.:：∶])(\d+(?:\.\d+)?)\s*[:：∶]\s*(\d+(?:\.\d+)?)\s*[:：∶]\s*(\d+(?:\.\d+)?)(?!\d|\.\d|[:：∶])"
)
RATIO_TOTAL = (99.0, 101.0)  # rounding lets the parts miss 100 a little
# 城乡居民收入比由1.98:1降为1.96:1, 收入比由2018年的2.52缩小到2021年的2.41: a ratio of one figure to
# another, named (data/ratio_measures.csv), then written as a number alone or as N:1: so many times
# the other, labelled by the ratio's name. Not 收入比上年…, where 比 compares with a year.
RATIO_MEASURES = {row["word"]: row["label"] for row in lexicon.table("ratio_measures.csv")}
RATIO_LABELS = frozenset(RATIO_MEASURES.values())
RATIO_MEASURE_RE = re.compile(
    rf"(?:{lexicon.either(RATIO_MEASURES)})(?!{lexicon.alternation('compared_period_words.txt')})"
)
TIMES_ONE_RE = re.compile(r"(?<![\d.])(?P<num>\d+\.\d+)(?:\s*[:：∶]\s*1(?![\d.]))?(?![\d.%％元万亿个倍年月日号])")
# 总投资1.5亿: a bare 亿/万 is money when the clause speaks of money.
BARE_MONEY_RE = re.compile(
    rf"(?P<pre>{PRE_QUALIFIERS})?(?P<neg>(?<![\d.A-Za-z])-(?=\d))?"
    rf"(?P<num>{NUM})(?P<approx1>{AFTER_NUMBER})?(?:个(?=万亿|亿))?(?P<mult>万亿|亿|万)(?P<approx2>{AFTER_NUMBER})?"
    rf"(?![\d元美吨亩平级倍%％{COUNT_UNITS}])(?P<post>{POST_QUALIFIERS})?"
)
MONEY_WORDS = re.compile(lexicon.alternation("money_words.txt"), re.IGNORECASE)  # gdp as GDP
# 落后3369多亿, 以近三百亿的微弱差异: a gap between two economies in bare 亿 is money too.
GAP_WORDS = re.compile(lexicon.either((*lexicon.words("gap_nouns.txt"), *lexicon.words("gap_leads.txt"))))
CLAUSE_END = "，。；,;：: \t"
WORDS_ONLY = re.compile(r"[\u4e00-\u9fff\s]*")
PEOPLE_WORDS = re.compile(lexicon.alternation("people_words.txt"))
# 8大产业集群, 10大工程: a count of named groups (unit 个).
GROUPS_RE = re.compile(
    rf"(?P<num>\d+|[{CN_DIGITS}]+)大(?=[\u4e00-\u9fff]{{0,4}}?(?:{lexicon.alternation('group_nouns.txt')}))"
)
CN_SMALL = set("一两二三四五六七八九")
# 七大千亿产业: a size after N大 makes a small numeral a count of groups (data/group_scale_words.txt).
GROUP_SCALE_RE = re.compile(lexicon.alternation("group_scale_words.txt"))
ONE_WORDS = frozenset(lexicon.words("one_words.txt"))
# 辖1区12县, 6县(市)进入全国百强, 两地上榜, 三个县上榜: a count whose unit is a division's noun.
DIVISION_NOUNS = {row["noun"]: row for row in lexicon.table("division_count_nouns.csv")}
DIVISION_NOUN_RE = re.compile(lexicon.either(DIVISION_NOUNS))
DIVISION_COUNT_RE = re.compile(rf"(?P<num>{NUM})(?P<ge>个)?(?P<noun>{DIVISION_NOUN_RE.pattern})")
GOVERNING = re.compile(lexicon.alternation("governing_words.txt"))
# Between the governing word and the count: names, other counts of divisions and their links;
# not 的 (南通下辖的如皋、启东和海安三市: some of its cities, named for what they did).
GOVERNED_RUN = re.compile(r"(?!的)[\u4e00-\u9fff\d、和及与]{0,30}")
# 甲市有五个县市(乙县、丙县…)入围: the members may be named in brackets before the verb.
MEMBERSHIP_AFTER = re.compile(
    r"(?:[(（][^()（），。；,;:：]{1,60}[)）])?"
    rf"(?:均|都|全部|同时|共)?(?:{lexicon.alternation('membership_verbs.txt')}|{lexicon.alternation('entry_verbs.txt')})"
)
# 南通四个镇上榜, 广东两座城市入围, 甲省还有三个县市入选: a count written with a small numeral, a
# measure word and a noun of places (data/member_count_nouns.txt) before a membership verb is a
# region's count of members in a list, in the measure word as written; so is one with no noun
# right after 有 (丁省有两个入选, member_counted).
MEMBER_COUNT_RE = re.compile(
    rf"(?P<num>{NUM})(?P<ge>[个座])(?P<noun>{lexicon.alternation('member_count_nouns.txt')})?(?={MEMBERSHIP_AFTER.pattern})"
)
# Every pattern above needs a numeral; most clauses have none, and one search tells.
TOP_PLACE_WORDS = lexicon.words("top_place_words.txt")
NUMERAL_RE = re.compile(rf"[\d{CN_DIGITS}]|{lexicon.either(TOP_PLACE_WORDS)}|{lexicon.either(LEAD_WORDS)}")


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    raw: str
    value: float
    unit: str
    qualifier: str
    is_rank: bool = False
    is_scale: bool = False  # 千亿级: a size class, usually a goal
    part: int = 0  # 1, 2, 3 for the parts of a ratio (37.5:25.4:37.1); 0 otherwise
    head: int = -1  # where the words naming it end, when not at `start` (a ratio's later parts)
    by_order: bool = False  # a rank given by a region's place in a list (依次为A、B; A、B包揽前2位)
    label: str = ""  # what the figure counts, when its own words say it (辖12县: 下辖县数)
    field: str = ""  # the province a place is ranked in, as written (湖北第4): never its owner
    measure: str = ""  # the indicator id its own words imply (第五城: gdp), when no measure is named
    measure_named: bool = False  # `measure` is named by its own words (人口最多), whatever the clause names


CN_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def plain_chinese_numeral(text: str) -> float | None:
    """三千, 十二, 一百零五, 四点五九 without cn2an; None for anything else.

    Importing cn2an compiles its patterns (0.2–1 s); these forms cover what
    prose writes, and cn2an stays the fallback for the rest.
    """
    whole, _, frac = text.partition("点")
    if whole in ("百", "千"):
        return None  # 百强, 千家万户: a class or a figure of speech, not a count
    if frac and not all(c in CN_VALUES for c in frac):
        return None
    total: float = 0
    digit = None
    for char in whole:
        if char in "零〇" and digit is None and total:
            continue  # 一百零五: the 零 only marks a skipped place
        if char in CN_VALUES:
            if digit is not None:
                return None  # 二三: not a numeral
            digit = CN_VALUES[char]
        elif char in CN_UNITS:
            total += (1 if digit is None else digit) * CN_UNITS[char]
            digit = None
        else:
            return None
    if not whole:
        return None
    total += digit or 0
    if frac:
        total += float("0." + "".join(str(CN_VALUES[c]) for c in frac))
    return float(total)


def parse_number(text: str) -> float | None:
    """Arabic or Chinese numeral span to float; None when it is not a number."""
    text = text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        pass
    simple = plain_chinese_numeral(text)
    if simple is not None or text in ("百", "千"):
        return simple
    try:
        import cn2an

        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def normalise_unit(mult: str, unit: str) -> str:
    """The unit as written, in one spelling: 3500万元, 38.12万人, 8.8万平方米 keep their 万."""
    unit = UNIT_SPELLINGS.get(unit, unit)
    if mult in ("万", "亿", "万亿") and unit not in UNSCALED:
        return mult + unit
    return unit


def unit_class(unit: str) -> str:
    """money, count, area ... for a unit with or without its 万/亿 (data/units.csv); else the unit."""
    base = re.sub(r"^(万亿|亿|万)(?=.)", "", unit)
    return UNIT_CLASSES.get(base, UNIT_CLASSES.get(unit, unit))


def find_quantities(clause: str) -> list[Quantity]:
    """Every quantity in a clause, in order, without overlaps."""
    if not NUMERAL_RE.search(clause):
        return []
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    listed = rank_list(clause)
    taken += [(q.start, q.end) for q in listed]
    # Before the ranks with 第: the span of one (排名由2018年的54位前进到第42位) may hold a place.
    for place in positions(clause):
        if free(place.start, place.end):
            found.append(place)
            taken.append((place.start, place.end))
    for m in finditer_if(ORDINAL_PLACE_RE, clause, "第"):
        value = parse_number(m.group("num"))
        if value is None or value != int(value) or not free(m.start(), m.end()):
            continue
        measure = ORDINAL_PLACE_MEASURES[m.group("noun")]
        found.append(Quantity(m.start(), m.end(), m.group(0), value, "位", "", is_rank=True, measure=measure))
        taken.append((m.start(), m.end()))
    for m in finditer_if(rank_re(), clause, "第", "强", *TOP_PLACE_WORDS):
        group = next(g for g in ("num", "num2", "num3", "num4", "top") if m.group(g))
        value = 1.0 if group == "top" else parse_number(m.group(group))
        if value is None or value != int(value):
            continue
        start = m.start(group)
        if m.group("num2") and is_glued(clause, start, m.end()) or not free(start, m.end()):
            continue
        if m.group("num2"):
            # 跻身全国30强: one of the top 30, at a place the text does not give; no rank.
            taken.append((m.start(), m.end()))
            continue
        field = clause[m.start() : start - 1] if group == "num4" else ""
        found.append(Quantity(start, m.end(), m.group(0), value, "位", "", is_rank=True, field=field))
        # From 第 on: the words between the verb and the place may hold a move (排名上升3位至第8位).
        taken.append((start - 1 if group == "num" else m.start(), m.end()))
        end = m.end()
        while (more := NEXT_FIELD_PLACE_RE.match(clause, end)) and free(more.start(), more.end()):
            value = parse_number(more.group("num"))
            if value is None or value != int(value):
                break
            found.append(Quantity(more.start("num"), more.end(), more.group(0), value, "位", "", is_rank=True))
            taken.append((more.start(), more.end()))
            end = more.end()
    for m in finditer_if(LEAD_RE, clause, *LEAD_WORDS):
        if free(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), m.group(0), 1.0, "位", "", is_rank=True))
            taken.append((m.start(), m.end()))
    for m in finditer_if(SCALE_RE, clause, "级"):
        if clause[max(0, m.start() - 1) : m.start()] in ("个", "家", "项", "大"):
            continue  # 8个百亿级项目, 两大百亿级产业集群: the 8 is the fact, 百亿级 describes them
        head = m.group("num")
        value = parse_number(head if head not in ("千", "百", "十") else "一" + head)
        if value is None:
            continue
        unit = m.group("mult") + "元"
        found.append(Quantity(m.start(), m.end(), m.group(0), value, unit, "", is_scale=True))
        taken.append((m.start(), m.end()))
    for m in finditer_if(GROUPS_RE, clause, "大"):
        num = m.group("num")
        value = parse_number(num)
        if (
            value is None
            or (num in CN_SMALL and not GROUP_SCALE_RE.match(clause, m.end()))
            or not free(m.start(), m.end())
        ):
            continue  # 四大产业: a counting word in prose, like 两家; not 七大千亿产业
        found.append(Quantity(m.start(), m.end(), m.group(0), value, "个", ""))
        taken.append((m.start(), m.end()))
    for m in finditer_if(PERCENT_WORDS_RE, clause, "百分之"):
        value = parse_number(m.group("num"))
        if value is not None and free(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), m.group(0), value, "%", ""))
            taken.append((m.start(), m.end()))
    for m in finditer_if(SCORE_RE, clause, "分"):
        if free(m.start(), m.end()) and not is_glued(clause, m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), m.group(0), float(m.group("num")), "分", ""))
            taken.append((m.start(), m.end()))
    for m in finditer_if(PART_SHARE_RE, clause, "/", "成", HALF):
        share = part_share(m)
        if share is not None and free(m.start("part"), m.end()):
            qualifier = trailing_qualifier(clause, m.end()) or led_share_qualifier(clause, m.start())
            found.append(Quantity(m.start("part"), m.end(), m.group("part"), share, "%", qualifier))
            taken.append((m.start("part"), m.end()))
    for m in finditer_if(PART_OF_RE, clause, "分之", "/"):
        if PART_OF_WHOLE.search(m.group("lead")) or not free(m.start("part"), m.end()):
            continue
        if m.group("den"):
            den, num = parse_number(m.group("den")), parse_number(m.group("num"))
        else:
            den, num = float(m.group("sden")), float(m.group("snum"))
        if den and num and num < den:
            qualifier = lead_qualifier(m.group("lead")) or trailing_qualifier(clause, m.end())
            found.append(Quantity(m.start("part"), m.end(), m.group("part"), round(num / den, 4), "倍", qualifier))
            taken.append((m.start("part"), m.end()))
    for m in finditer_if(FRACTION_RE, clause, "分之"):
        den, num = parse_number(m.group("den")), parse_number(m.group("num"))
        if den and num is not None and num < den and free(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), m.group(0), round(100 * num / den, 1), "%", ""))
            taken.append((m.start(), m.end()))
    for m in finditer_if(HALF_RE, clause, HALF):
        if free(m.start("half"), m.end()):
            qualifier = lead_qualifier(m.group("lead")) or trailing_qualifier(clause, m.end())
            found.append(Quantity(m.start("half"), m.end(), HALF, 0.5, "倍", qualifier))
            taken.append((m.start("half"), m.end()))
    if ratio := RATIO_MEASURE_RE.search(clause):
        label = RATIO_MEASURES[ratio.group(0)]
        for m in TIMES_ONE_RE.finditer(clause, ratio.end()):
            if free(m.start(), m.end()):
                found.append(Quantity(m.start(), m.end(), m.group(0), float(m.group("num")), "倍", "", label=label))
                taken.append((m.start(), m.end()))
    for m in finditer_if(RATIO_RE, clause, ":", "：", "∶"):
        parts = [float(p) for p in m.groups()]
        if RATIO_TOTAL[0] <= sum(parts) <= RATIO_TOTAL[1] and free(m.start(), m.end()):
            for k, part in enumerate(parts, start=1):
                found.append(Quantity(m.start(k), m.end(k), m.group(k), part, "%", "", part=k, head=m.start()))
            taken.append((m.start(), m.end()))
    for m in QUANTITY_RE.finditer(clause):
        q = quantity_from_match(clause, m)
        if q and free(m.start("num"), m.end()):
            found.append(q)
            taken.append((m.start(), m.end()))
    worded = bool(MONEY_WORDS.search(clause) or PEOPLE_WORDS.search(clause))
    gap = bool(GAP_WORDS.search(clause))  # 落后3369多亿: see gap_yi
    if worded or "亿" in clause:
        for m in BARE_MONEY_RE.finditer(clause):
            if not worded and not ends_bare_yi(clause, m) and not (gap and gap_yi(clause, m)):
                continue
            q = quantity_from_match(clause, m, unit=bare_unit(clause, m.start()))
            if q and free(m.start("num"), m.end()):
                found.append(q)
                taken.append((m.start(), m.end()))
    found = [governed_label(clause, q) for q in found] + division_counts(clause, taken)
    found += shared_unit_numbers(clause, found, taken)
    found = [led_multiple(clause, q) for q in point_lists(clause, found)]
    return sorted(drop_rank_bands(clause, found) + listed, key=lambda q: q.start)


def part_share(m: re.Match) -> float | None:
    """The share in per cent a PART_SHARE_RE match writes (1/3 → 33.3, 三成 → 30, 一半 → 50), or
    None for a slash between numbers that is no part of a whole (5/3)."""
    if m.group("half"):
        return 50.0
    if m.group("tenths"):
        return 10.0 * CN_VALUES[m.group("tenths")]
    num, den = float(m.group("snum")), float(m.group("sden"))
    return round(100 * num / den, 1) if 0 < num < den else None


PART_SHARE_RAW = re.compile(r"\d+/\d+|[一二三四五六七八九]成|一半")


def is_part_share(q: Quantity) -> bool:
    """Whether `q` is a share written as a part of a whole (1/3, 三成, 一半; PART_SHARE_RE)."""
    return q.unit == "%" and bool(PART_SHARE_RAW.fullmatch(q.raw))


LED_SHARE = re.compile(rf"(?:{PRE_QUALIFIERS})$")


def led_share_qualifier(clause: str, at: int) -> str:
    """The bound word right before the word of parts of a share (约占总数1/3 → 约)."""
    m = LED_SHARE.search(clause, 0, at)
    return QUALIFIER_WORDS.get(m.group(0), m.group(0)) if m else ""


def lead_qualifier(lead: str) -> str:
    """The qualifier a bound word at the head of `lead` gives (约为…, 不足…), else none."""
    m = re.match(PRE_QUALIFIERS, lead)
    return QUALIFIER_WORDS.get(m.group(0), m.group(0)) if m and m.group(0) else ""


TRAILING_QUALIFIER = re.compile(rf"(?:{POST_QUALIFIERS}|{AFTER_NUMBER})")


def trailing_qualifier(clause: str, at: int) -> str:
    """The rounding word right after a figure written without a unit (一半左右, 一半多), else none."""
    m = TRAILING_QUALIFIER.match(clause, at)
    return QUALIFIER_WORDS.get(m.group(0), m.group(0)) if m else ""


# 约为南京的1.41倍, 超过柘城县的2倍: a bound word before the place a multiple is measured
# against bounds the multiple, as it bounds a half (约为巢湖一半, HALF_RE). No digit or 年 between
# (近五年…是…的3倍: 近 bounds the years).
LED_MULTIPLE_RE = re.compile(rf"(?P<lead>{PRE_QUALIFIERS})[^，。；,;\d年]{{0,10}}?的$")


def is_part(q: Quantity) -> bool:
    """Whether `q` is a part of another region's figure written as a half or a fraction (一半, 六分之一, 1/3)."""
    return q.unit == "倍" and bool(re.fullmatch(PART_OF, q.raw))


def led_multiple(clause: str, q: Quantity) -> Quantity:
    """A multiple with no qualifier of its own takes the bound word before its yardstick."""
    if q.unit != "倍" or q.qualifier or is_part(q):
        return q
    m = LED_MULTIPLE_RE.search(clause, 0, q.start)
    return replace(q, qualifier=lead_qualifier(m.group("lead"))) if m else q


def division_counts(clause: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Counts written with a division's noun for their unit (辖1区12县, 7地入围, 三个县上榜),
    where the clause makes them counts: after a governing word (a region's divisions, labelled
    下辖县数) or before a membership verb (its members in a list). A lone 三 is a figure here."""
    out = []
    for m in finditer_if(DIVISION_COUNT_RE, clause, *DIVISION_NOUNS):
        start, end = m.start(), m.end()
        if not count_free(clause, start, end, taken):
            continue
        governed = governed_at(clause, start)
        if not governed and not MEMBERSHIP_AFTER.match(clause, end):
            continue
        value = parse_number(m.group("num"))
        if value is None or value != int(value):
            continue
        row = DIVISION_NOUNS[m.group("noun")]
        label = f"下辖{row['division']}数" if governed else ""
        unit = "个" if m.group("ge") else row["unit"]
        out.append(Quantity(start, end, m.group(0), value, unit, "", label=label))
        taken.append((start, end))
    for m in finditer_if(MEMBER_COUNT_RE, clause, "个", "座"):
        start, end = m.start(), m.end("ge")
        value = parse_number(m.group("num"))
        if value is None or not count_free(clause, start, end, taken):
            continue
        if not m.group("noun") and not member_counted(clause, start):
            continue
        out.append(Quantity(start, end, clause[start:end], value, m.group("ge"), ""))
        taken.append((start, end))
    return out


def count_free(clause: str, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether a count from `start` to `end` overlaps no figure taken, is no part of a Latin word
    and follows no 第 or 几 (an ordinal, a question)."""
    if any(a < end and start < b for a, b in taken) or is_glued(clause, start, end):
        return False
    return clause[max(0, start - 1) : start] not in ("第", "几")


def member_counted(clause: str, start: int) -> bool:
    """Whether a count with no noun before a membership verb counts a region's members: after
    有 (丁省有两个入选), not after a word that points back at named ones (这两个入选)."""
    return clause.endswith("有", 0, start)


def governed_label(clause: str, q: Quantity) -> Quantity:
    """下辖3个县级市: a count of a region's divisions written with 个 is labelled as one."""
    noun = DIVISION_NOUN_RE.match(clause, q.end)
    if q.unit != "个" or noun is None or not governed_at(clause, q.start):
        return q
    return replace(q, label=f"下辖{DIVISION_NOUNS[noun.group(0)]['division']}数")


def governed_at(clause: str, at: int) -> bool:
    """Whether a governing word (辖) stands before `at` with only names and counts between."""
    return governing_word(clause, at) >= 0


def governing_word(clause: str, at: int) -> int:
    """Where the governing word (辖) of a count at `at` starts, or -1 (see governed_at)."""
    return next(
        (g.start() for g in GOVERNING.finditer(clause, 0, at) if GOVERNED_RUN.fullmatch(clause, g.end(), at)), -1
    )


def positions(clause: str) -> list[Quantity]:
    """The places written without 第 after a verb of ranking (排名223位, 位居全省38位) or alone in
    brackets (黄花镇(238位), 水口镇(404名)), in 位."""
    out: list[Quantity] = []
    for m in finditer_if(POSITION_RE, clause, "位", "名"):
        if not any(clause.endswith(word, 0, m.end("verb")) for word in POSITION_BLOCKERS):
            out += place_at(clause, m, "num")
    for m in finditer_if(MOVE_END_RE, clause, "位", "名"):
        out += place_at(clause, m, "num" if m.group("num") else "start")
    for m in finditer_if(BRACKETED_PLACE_RE, clause, "位"):
        out += place_at(clause, m, "num")
    for m in finditer_if(NAMED_PLACE_RE, clause, "名"):
        out += place_at(clause, m, "num")
    for m in BARE_PLACE_RE.finditer(clause):
        value = float(m.group("num"))
        if value >= 1 and not is_glued(clause, m.start("num"), m.end("num")):
            out.append(Quantity(m.start("num"), m.end("num"), m.group("num"), value, "位", "", is_rank=True))
    return out


def place_at(clause: str, m: re.Match, group: str) -> list[Quantity]:
    """The place a match of a pattern of positions names in `group`, if it is a whole number."""
    value = parse_number(m.group(group))
    end = m.end(group) + 1  # the 位 or 名 after it
    if value is None or value != int(value) or value < 1 or is_glued(clause, m.start(group), end):
        return []
    return [Quantity(m.start(group), end, clause[m.start(group) : end], value, "位", "", is_rank=True)]


def rank_list(clause: str) -> list[Quantity]:
    """The positions after 分列 (第11、12和第15位; 5—7位), one quantity each, in order. A range
    gives every position in it, placed one a character along its text, so it is read only when
    its text is long enough to hold them (5—7位 holds three)."""
    out: list[Quantity] = []
    for m in finditer_if(RANK_LIST_RE, clause, *lexicon.words("rank_list_words.txt")):
        items = list(RANK_LIST_ITEM.finditer(clause, m.start("items"), m.end("items")))
        values = [parse_number(x.group("num")) for x in items]
        if any(v is None or v != int(v) for v in values):
            continue
        gap = clause[items[0].end() : items[-1].start()] if len(items) == 2 else ""
        if gap and re.fullmatch(rf"\s*(?:{RANK_LIST_LINKS})\s*", gap):
            low, high = int(values[0] or 0), int(values[1] or 0)
            span = m.end() - items[0].start()
            if not 0 < high - low < span:
                continue
            start = items[0].start()
            for k, position in enumerate(range(low, high + 1)):
                out.append(Quantity(start + k, start + k + 1, m.group(0), float(position), "位", "", is_rank=True))
            continue
        for x, value in zip(items, values, strict=True):
            out.append(Quantity(x.start(), x.end(), x.group(0), float(value or 0), "位", "", is_rank=True))
    out += rank_run(clause)
    for m in RESPECTIVE_PLACES_RE.finditer(clause):
        for x in RESPECTIVE_PLACE.finditer(clause, m.start("items"), m.end("items")):
            out.append(
                Quantity(
                    x.start(), x.end() + 1, clause[x.start() : x.end() + 1], float(x.group()), "位", "", is_rank=True
                )
            )
    for m in finditer_if(ORDINAL_LIST_RE, clause, "第"):
        items = list(RANK_LIST_ITEM.finditer(clause, m.start("items"), m.end("items")))
        if any(a.start() < q.end and q.start < a.end() for a in items for q in out):
            continue  # already read as the positions after 分列
        for x in items:
            value = parse_number(x.group("num"))
            if value is not None and value == int(value):
                out.append(Quantity(x.start(), x.end(), x.group(0), value, "位", "", is_rank=True))
    return out


def rank_run(clause: str) -> list[Quantity]:
    """The positions of a run of single digits after 分列 (四五位 -> 4, 5), one a character,
    when each is one more than the one before."""
    out: list[Quantity] = []
    for m in finditer_if(RANK_RUN_RE, clause, *lexicon.words("rank_list_words.txt")):
        values = [parse_number(c) or 0 for c in m.group("run")]
        if any(b != a + 1 for a, b in zip(values, values[1:], strict=False)):
            continue
        start = m.start("run")
        out += [Quantity(start + k, start + k + 1, m.group(0), v, "位", "", is_rank=True) for k, v in enumerate(values)]
    return out


# 第11至第20名江苏没有县市入围: a band of a ranking, not a position anyone holds.
RANK_BAND_START = re.compile(rf"第(?:{NUM})[位名]?\s*(?:{lexicon.alternation('rank_band_links.txt')})\s*$")


def drop_rank_bands(clause: str, found: list[Quantity]) -> list[Quantity]:
    """The quantities without the two ends of a band of positions (第11至第20名)."""
    dropped: set[int] = set()
    for q in found:
        if q.unit not in ("位", "名"):
            continue
        m = RANK_BAND_START.search(clause, 0, q.start)
        if m is None:
            continue
        dropped.add(id(q))
        dropped.update(id(p) for p in found if p is not q and m.start() < p.end <= q.start)
    return [q for q in found if id(q) not in dropped]


def ends_bare_yi(clause: str, m: re.Match) -> bool:
    """A bare 亿 after words alone, ending its clause, is money though the clause names no
    measure (十堰市 2359.03亿 in a table of GDP a line a city; 除开发区突破20亿外): an amount of
    anything else in 亿 writes its unit (5亿斤, 3亿立方米). A bare 万 says too little to be read
    alone, and so does a bare 亿 among other figures or before more words (…达到800亿的水平)
    or a round size in words (两年总量过百亿: a slogan's goal more often than a figure)."""
    if m.group("mult") == "万" or not m.group("num")[0].isdigit() or not WORDS_ONLY.fullmatch(clause[: m.start()]):
        return False
    return clause[m.end() :].strip(CLAUSE_END) in ("", "外")


def gap_yi(clause: str, m: re.Match) -> bool:
    """A bare 亿 in a clause of a gap that ends the clause or stands before 的 (落后3369多亿,
    以近三百亿的微弱差异): not one before another unit's word (5亿斤)."""
    return m.group("mult") == "亿" and clause[m.end() : m.end() + 1] in ("", "的", *CLAUSE_END)


def bare_unit(clause: str, at: int) -> str:
    """What a bare 万/亿 counts: people after 人口 (户籍人口7.1万), else money (总投资1.5亿)."""
    people = [m.end() for m in PEOPLE_WORDS.finditer(clause[:at])]
    money = [m.end() for m in MONEY_WORDS.finditer(clause[:at])]
    return "人" if people and (not money or people[-1] > money[-1]) else "元"


# 分别下降4.6、0.2、5.0个百分点; 2.16和1.66个百分点: bare numbers listed before the one that
# carries the unit share it.
LISTED_BEFORE = re.compile(r"((?:-?\d+(?:\.\d+)?\s*(?:、|和|及|与)\s*)+)$")
BARE_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def shared_unit_numbers(clause: str, found: list[Quantity], taken: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for q in found:
        if q.is_rank or q.is_scale or q.qualifier:
            continue
        m = LISTED_BEFORE.search(clause[: q.start])
        if not m:
            continue
        for n in BARE_NUMBER.finditer(m.group(1)):
            start, end = m.start(1) + n.start(), m.start(1) + n.end()
            if any(a < end and start < b for a, b in taken) or is_glued(clause, start, end):
                continue
            out.append(Quantity(start, end, n.group(0), float(n.group(0)), q.unit, ""))
    return out


# 分别回落0.9个和0.4个百分点, 拉动1.3个、0.9个、1.8个百分点: each figure keeps its 个 and the
# last carries 百分点 for all, also when each item repeats its word of change (分别下降0.3个、
# 提高0.5个百分点).
POINT_LINK = re.compile(rf"\s*(?:、|和|及|与)\s*(?:{lexicon.alternation_of('change_words.csv', 'growth')})?了?\s*$")


def point_lists(clause: str, found: list[Quantity]) -> list[Quantity]:
    """The figures in 个 listed before one in 个百分点, in 个百分点 too: the list shares the
    unit its last figure spells out."""
    out = sorted(found, key=lambda q: q.start)
    for k in range(len(out) - 2, -1, -1):
        q, after = out[k], out[k + 1]
        if q.unit == "个" and after.unit == "个百分点" and POINT_LINK.match(clause[q.end : after.start]):
            out[k] = replace(q, unit="个百分点")
    return out


def finditer_if(pattern: re.Pattern, clause: str, *needed: str):
    """pattern.finditer(clause), or nothing when the clause has none of the words
    that every match of the pattern contains (a cheap test that usually fails)."""
    return pattern.finditer(clause) if any(word in clause for word in needed) else ()


MEASURE_ACRONYM = re.compile(rf"(?<![A-Za-z])(?:{lexicon.alternation('measure_acronyms.txt')})$", re.IGNORECASE)


def is_glued(clause: str, start: int, end: int) -> bool:
    """Numbers glued to Latin letters are model names: G60, 5G, 48K, TOP100; not a figure right
    after a measure's acronym (人均GDP12.36万元, data/measure_acronyms.txt)."""
    before = clause[start - 1 : start] if start else ""
    after = clause[end : end + 1]
    if re.match(r"[A-Za-z]", before) and not MEASURE_ACRONYM.search(clause, 0, start):
        return True
    return bool(re.match(r"[A-Za-z]", after))


DURATION_LEADS = re.compile(rf"(?:{lexicon.alternation('duration_leads.txt')})$")
DURATION_TAILS = re.compile(lexicon.alternation("duration_tails.txt"))


def is_duration(clause: str, start: int, end: int) -> bool:
    """Whether the days of a figure in 天 that runs from `start` to `end` are a span of time
    (连续5天, 前6天, 5天内) or the 天 begins another word (天然气), not days a region counts in its
    year (无霜期215天, 优良天数达301天)."""
    return bool(DURATION_LEADS.search(clause, 0, start) or DURATION_TAILS.match(clause, end))


def moved_by(head: str) -> bool:
    """Whether `head`, the text before a count, ends in a move in a ranking (前移, 再进, 迈进),
    so that the 位 or 名 after the count are places moved: not 引进3位院士, whose 进 moves nothing."""
    return bool(MOVED_BY_RE.search(head)) and not NOT_MOVED_RE.search(head)


def quantity_from_match(clause: str, m: re.Match, unit: str = "") -> Quantity | None:
    num, mult = m.group("num"), m.group("mult") or ""
    unit = unit or m.group("unit")
    if is_glued(clause, m.start("num"), m.end("num")):
        return None
    before = clause[max(0, m.start("num") - 1) : m.start("num")]
    if before == "几" or (before == "数" and num[0] in CN_DIGITS):
        return None  # 几十亿, 数十家: a guess at a size, no figure (人数120人 is one)
    ordinal = before == "第"
    moved = UNIT_SPELLINGS.get(unit, unit) in ("名", "位") and moved_by(clause[: m.start("num")])
    if unit == "名" and moved and not CJK_AFTER.match(clause, m.end()):
        unit = "位"  # not 提升2名干部: people
    if num[0] == "一" and before + "一" in ONE_WORDS:
        num = num[1:]  # 唯一一个: the numeral is the second 一, and alone it is a counting word
        if not num:
            return None
    small = num[0] in CN_DIGITS and len(num) == 1 and num in CN_SMALL
    # 一个, 两家, 三条: counting words in prose, not data (第三名 is a rank); but 下降一名,
    # 进步两名: after a move in a ranking, a small numeral counts the places moved.
    if (
        small
        and not mult
        and not ordinal
        and unit not in ONE_NUMERAL_UNITS
        and not (moved and unit != "名")
        and not SIZE_CLASS_RE.match(clause, m.end())
    ):
        return None
    if re.match(r"[年月日号时]", clause[m.end() : m.end() + 1] or " ") and unit in ("个",):
        return None  # 3个月
    if clause[m.end() : m.end() + 1] == "月" or clause[m.end() : m.end() + 2] == "小时":
        return None
    if unit == "天" and is_duration(clause, m.start("num"), m.end()):
        return None
    if ordinal and unit not in ("名", "位"):
        return None  # 第十五次会议, 第3批: an ordinal, not a count
    value = parse_number(num)
    if value is None and num in ("百", "千") and mult in ("万", "亿"):
        value = 100.0 if num == "百" else 1000.0  # 突破千亿元: a thousand 亿, not 千家万户
    if value is None:
        return None
    if m.group("neg"):
        value = -value
    if mult == "千":
        value *= 1000
        mult = ""
    if mult in ("万", "亿") and unit in UNSCALED:
        value *= 10_000 if mult == "万" else 100_000_000
    unit = normalise_unit(mult, unit)
    qualifier = m.group("pre") or m.group("approx1") or m.group("approx2") or m.group("post") or ""
    qualifier = QUALIFIER_WORDS.get(qualifier, qualifier)
    if ordinal:  # 百强县第23名: a position in a ranking
        return Quantity(
            m.start("num") - 1, m.end(), clause[m.start("num") - 1 : m.end()], value, "位", "", is_rank=True
        )
    return Quantity(m.start(), m.end(), m.group(0), value, unit, qualifier)
