"""Extract: numbers with unit, period, qualifier, kind, indicator and region, each
with its evidence sentence; plus the industries and practices of each region.

A number belongs to the subject of its clause: the last region named before it
in the clause (not one after 在/占/比, nor 是X的N倍), else 全州/我县-style
references, else the subject carried over from the previous clause of the
same paragraph.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import pairwise

from reporter import attribution, gazetteer, labels, lexicon, numbers, regions, segment, status, tables, taxonomy
from reporter.models import DocExtraction, DocRegions, Document, Fact, Mention, Practice, Region

VISIT_RE = re.compile(lexicon.alternation("visit_size_words.txt"))
DELEGATION_RE = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{lexicon.alternation('delegation_words.txt')})")
# 占地20公顷, 占地面积约200亩: what a project or a farm occupies, not the region's land.
FOOTPRINT = re.compile(rf"(?:{lexicon.alternation('footprint_words.txt')})(?:面积)?[为约达近超过了逾共总计]{{0,3}}$")
PEER_SET = re.compile(r"在[^，,；;。]{0,6}$")
# 在全省76个县市中排名第: the field of a ranking written before its verb, the place's measure before it.
RANKED_FIELD = re.compile(rf"在[^，,。；;]{{1,24}}?[中里内]?\s*(?:{numbers.RANK_WORDS})?第?$")
# …中, or a ranking right after the set (在全省76个县市排名第19位): the set is the ranking's field.
PEER_SET_END = re.compile(rf"[^，,；;。]{{0,14}}?(?:中|(?=(?:{numbers.RANK_WORDS})第))")
COMPARISON_VERBS = re.compile(lexicon.alternation("comparison_verbs.txt"))
HOLDING_VERB = re.compile(lexicon.alternation("holding_verbs.txt"))
CLAUSE_OPENER = re.compile(rf"(?:{lexicon.alternation('clause_openers.txt')}|\d{{4}}年)?")
# A colon between two digits is a ratio (37.5:25.4:37.1, 37.5 : 25.4: 37.1), not the end of a
# clause; nor is a half-width comma before three digits after a digit, which groups thousands
# (1,296.2亿元: numbers.NUM reads it whole).
CLAUSE_SPLIT = re.compile(r"[，；;]|(?<!\d),|,(?!\d{3}(?!\d))|(?<![\d\s])[：:]|(?<!\d)\s[：:]|[：:](?!\s?\d)")
INHERITING_KINDS = lexicon.kinds_with("inherits")
GROWTH_RE = re.compile(
    rf"({lexicon.alternation_of('change_words.csv', 'growth')})(了)?({lexicon.alternation_of('change_links.csv', 'growth')})?$"
)
# A fall written as a positive number: 同比下降4.2%, 比全省低1.1个百分点 -> -4.2, -1.1.
FALL_BY_RE = re.compile(rf"(?:{lexicon.alternation_of('change_words.csv', 'fall_by')})了?$")
DECLINE_REACH = 14  # characters before a number searched for a word of decline
DECLINE_RE = re.compile(
    rf"({lexicon.alternation_of('change_words.csv', 'decline')})(了)?({lexicon.alternation_of('change_links.csv', 'decline')})?$"
    # 低于全国、全省1.1和0.6个百分点; not 甲省4.1%低于全国增速、乙省5.2%: a list mark before another
    # place than 全X/本X starts the next item, which the word does not reach.
    rf"|(?:{lexicon.alternation('below_words.txt')})(?:[^，,；;。、]|、(?=[全本])){{0,10}}$"
)
# 增长3%、6.4%; 下降4.6%、0.2%; 回落0.9个和0.4个百分点: figures listed after a word of change
# are all reached by it.
# 分别跃升11位、7位: the figures listed before one, so that the word before the first reaches it.
LISTED_FIGURES = re.compile(r"(?:-?\d+(?:\.\d+)?\s*(?:%|％|‰|个百分点|个|倍|位)?\s*[、和及与]\s*)+$")
# 比上年增加86亩 (a change), 比上年增加29.8亿元 (growth, as money grows); 前移2位 (a change of rank).
AMOUNT_RE = re.compile(rf"(?:{lexicon.alternation_of('change_words.csv', 'amount')})了?$")
BASELINE_RE = re.compile(lexicon.alternation("baseline_words.txt"))
# 增速最高的甲县为6.4%: the growth noun names the rate across the name of whose it is.
GROWTH_NOUN_LEAD = re.compile(
    rf"(?:{lexicon.alternation('growth_nouns.txt')})(?![^，,；;。]*?(?:占|比重|比例|结构))[^，,；;。%\d]{{0,12}}$"
)
# 比全市低2568元, 比玉环低7位: the figure right after 比, what it is compared with, and a word of a
# gap is the difference between the two, not a level (the comparand is short: a place or a year).
GAP_RE = re.compile(rf"比([^，,；;。比]{{1,12}}?)(?:{lexicon.alternation('gap_words.txt')})$")
RATE_UNITS = ("%", "‰")  # a rate: growth after a word of change, else a share (出生率8.06‰)
# 以8%的增速排名第一, 以7.2%的增长紧随其后, 以6.5%的名义增长率领跑: a growth noun after the
# figure and 的 names it a growth rate (not 12%的增长点, data/growth_tail_blockers.txt).
GROWTH_NOUN_TAIL = re.compile(
    rf"\s*的[^，,；;。、\d%％]{{0,4}}?(?:{lexicon.alternation('growth_tail_nouns.txt')})"
    rf"(?!{lexicon.alternation('growth_tail_blockers.txt')})"
)
# 是我县的3.1倍, 能达到海城市的2.7倍、5倍: N times another figure, not a growth.
MULTIPLE_RE = re.compile(r"的(?:[\d.]+倍\s*[、和及与]\s*)*$")
YEAR_RE = re.compile(r"(?<![\d])(20\d\d|19\d\d)年")
DOCUMENT_YEAR_RE = re.compile(r"(?:19|20)\d\d")  # a period that is one year (2011)
# A year without 年 in the name of a list or report (《2022赛迪百强县榜单》, 《…报告2019》) or
# opening a headline (2022赛迪西部百强县发布); not a figure (2000万元, 2022个).
# A quoted name counts as one in 《》 (在“2023中国…百强榜”中); so does a year a few characters
# before a word that ends a list's name (在2023全国科技创新百强县市名单中, data/list_name_words.txt).
NAMED_YEAR_RE = re.compile(
    r"(?:[《“\"][^》”\"]{0,20}?|^)(?<![\d.])((?:19|20)\d\d)(?![\d.%万亿千百多余个家人元年月日号届次期位名])"
    rf"|(?<![\d.])((?:19|20)\d\d)(?=[^\d，,。；;、]{{0,8}}?(?:{lexicon.alternation('list_name_words.txt')}))"
)
HONOUR_LIST_RE = re.compile(lexicon.alternation("honour_list_words.txt"))
WORK_REPORT_TITLE_RE = re.compile(lexicon.alternation_of("work_report_words.csv", "place", "title"))
WORK_REPORT_OPENING_RE = re.compile(lexicon.alternation_of("work_report_words.csv", "place", "opening"))
MONTH_OF_YEAR_RE = re.compile(r"((?:19|20)\d\d)\s*[年/.-]\s*(\d{1,2})\s*[月/.-]")
HEAD_LINES = 3  # the lines under a title where a report says what it is and when it is delivered
SESSION_MONTHS = 3  # the congresses that hear work reports meet from January to March

HONOUR_YEAR_RE = re.compile(
    rf"(?<![\d.])((?:19|20)\d\d)年?[^，,。；;\d]{{0,10}}?(?:{lexicon.alternation('honour_list_words.txt')})"
)
LIST_MEMBER_RE = re.compile(lexicon.alternation("list_member_words.txt"))
# A place in a list written as its top or a band of it (前100名, 前三十名, 前50强; 列101-200位):
# a sentence that writes one speaks of the list's members, as one with a member word does.
LIST_PLACE_RE = re.compile(
    rf"{lexicon.alternation('list_place_words.txt')}"
    r"|前[\d一二三四五六七八九十百]+(?:名|强)|\d+\s*(?:-|—|~|至)\s*\d+\s*(?:位|名)"
)
# A count of the list's members with the members left unsaid (江苏38个、广东31个; 福建省有7个,
# 甲省占据7个, 与上年相比各增加了3个;): after its region's name or a verb of having or
# changing, and before the clause's end, where a count of the region's own things names them
# (下辖14个镇, 大型集装站2个 after a noun).
MEMBER_COUNT_UNITS = ("个", "家", "席", "座")
MEMBER_COUNT_VERBS = ("有", "了", "占", "据")
# 公布2021年某省开发区综合考核评价结果: the year of a ranking's published results, in
# the same clause as the words that name them.
RESULTS_YEAR_RE = re.compile(
    rf"(?<![\d.])((?:19|20)\d\d)年度?[^，,。；;！!？?\n]{{0,40}}?(?:{lexicon.alternation('ranking_result_words.txt')})"
)
PLAN_RE = re.compile(r"[“\"]?(十[一二三四五六七八九]五)[”\"]?")
BASELINE_PLAN_RE = re.compile(r"较[“\"]?(十[一二三四五六七八九]五)[”\"]?末")
MONTHS_RE = re.compile(
    r"(\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:到|至|-|—|~)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})月"
)
# 前8个月, 前五个月: the months from January (1-8月).
# 元至7月 (元 for January), 至10月底: the months from January to one counted to its end (1-7月, 1-10月);
# not 截至9月底, which the labels read as a date of stocks as often as a span of flows.
TO_MONTH_END = (
    r"元月?\s*(?:到|至|-|—|~|～)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"|(?<!截)至\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份)?[底末]"
)
FIRST_MONTHS_RE = re.compile(rf"前(\d{{1,2}}|[一二两三四五六七八九十]{{1,2}})个月|{TO_MONTH_END}")
# The same months counted to a month's end, which date their own paragraph but not a whole text
# from its lead (元至7月，该县财政总收入… above 预计全年… and a farm programme's areas).
TO_MONTH_END_RE = re.compile(TO_MONTH_END)
# 7月份完成工业总产值…, 7月当月…: the figures of one month (7月), not a date (8月17日), a month's end
# (7月底) nor the start of a span (6月份以来).
ONE_MONTH_RE = re.compile(
    r"(?<![\d至到\-—~～前])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份|当月|當月)(?!以来|中|上旬|下旬|底|末|初)"
)
ONE_MONTH_PERIOD = re.compile(r"(?:(?:19|20)\d\d年)?\d{1,2}月")
# 1~3季度, 1-3季度: the months of the first through the third quarter (1-9月).
QUARTER_RANGE_RE = re.compile(r"([1-4一二三四])\s*(?:到|至|-|—|~|～)\s*([1-4一二三四])季度")
DATE_RE = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日")
QUARTER_RE = re.compile(rf"前?[一二两三四1-4]季度末?|{lexicon.alternation('half_years.txt')}")
DATA_NOTE_RE = re.compile(
    rf"(?<![\d.])((?:19|20)\d\d年?(?:{MONTHS_RE.pattern}|{QUARTER_RE.pattern})?)"
    rf"(?:{lexicon.alternation('data_note_words.txt')})"
)
RELATIVE_PERIOD = {row["word"]: int(row["years"]) for row in lexicon.table("relative_years.csv")}
# 2018年的, 去年的 just before a figure: its date, not a region it is measured against.
RELATIVE_YEARS = lexicon.either(RELATIVE_PERIOD)
DATED_OF = re.compile(rf"(?:(?:19|20)\d\d年|{RELATIVE_YEARS})的$")
# 较1-6月份, 比上年同期, 与2020年, 和2017年…相比: the period a change is measured from, which dates no
# figure.
BASELINE_PERIOD_RE = re.compile(
    rf"(?:{lexicon.alternation('baseline_markers.txt')})"
    rf"(?:{RELATIVE_YEARS}|(?:19|20)\d\d年|\d{{1,2}}\s*(?:-|—|~|至)\s*\d{{1,2}}月"
    # 较一季度、上半年、前三季度分别提高…: parts of a year listed as baselines (not 较上半年的326亿元,
    # a figure of the baseline itself)
    rf"|(?:{QUARTER_RE.pattern})(?:\s*[、和及与]\s*(?:{QUARTER_RE.pattern}))*(?!的))"
    r"份?度?(?:同期)?"
    # 和2017年…相比, 和去年相比: 和/同/跟 mark a baseline only with the 相比 that closes the phrase
    # (not 2019年和2020年).
    rf"|(?:{lexicon.alternation('baseline_pair_markers.txt')})(?:{RELATIVE_YEARS}|(?:19|20)\d\d年)(?=[^，,。；;]{{0,20}}相比)"
)
# 自2013年起, 从2020年开始: the start of something ongoing (data/start_point_words.txt), no period.
START_POINT_RE = re.compile(
    rf"(?:{lexicon.alternation_of('start_point_words.txt', 'side', 'before')})"
    r"(?:19|20)\d\d年"
    rf"(?:{lexicon.alternation_of('start_point_words.txt', 'side', 'after')})"
)
COHORT_YEAR_RE = re.compile(
    rf"(?<!\d)(?:19|20)\d\d年(?=[^，,。、]{{0,3}}(?:{lexicon.alternation('cohort_words.txt')}))"
)
PART_YEAR_MONTHS = {row["word"]: row["months"] for row in lexicon.table("part_year_months.csv")}
SPAN_RE = re.compile(rf"(?:{lexicon.alternation('span_words.txt')})[一二三四五两\d]年")
REVIEW_SPAN_RE = re.compile(
    "|".join(
        re.escape(word).replace("N", f"(?<![\\d十百几多])(?P<n{k}>[二三四五两\\d])")
        for k, word in enumerate(lexicon.words("review_span_words.txt"))
    )
)
QUOTED_TERM_RE = re.compile(r"“([^”]{2,14})”")
# Endings of a mechanism's name: 链长制, 飞地模式, 亩产论英雄, 以商招商, 园中园.
PRACTICE_HINT = re.compile(rf"(?:[^造]制|{lexicon.alternation('practice_endings.txt')})$")
# 1+4+X 产业体系, A+B+N 格局: a structure written as a sum.
PLUS_PATTERN_RE = re.compile(r"[\dA-Z]+(?:\+[\dA-Z]+)+")
CN_PLAN = "一二三四五六七八九"


@dataclass(frozen=True)
class Sentence:
    start: int
    text: str
    paragraph: int

    @cached_property
    def clauses(self) -> list[tuple[int, str]]:
        """(offset, text) of each clause, split once for the facts and the practices."""
        return clauses(self.text)


def extract_document(doc: Document) -> DocExtraction:
    """Regions, facts and practices of one document."""
    with segment.Segmenter().active():  # cut with this document's place names, none read before
        doc_regions, refs = regions.analyse(doc)
        rows = tables.table_rows(doc.body)
        sentences = outside_tables(split_sentences(doc.body), rows)
        subjects = Subjects(refs, doc_regions, doc.body)
        # The title's period dates the whole document; without one, the lead's (2021年1-9月，…).
        # A lead's 上半年 without its year gives way to a data note's year (据2022上半年数据).
        lead, data = lead_period(doc), data_period(doc)
        lead = data if data[:1].isdigit() and not lead[:1].isdigit() else lead or data
        title_period = sentence_period(doc.title, doc.date, spans=False) or lead
        honour = bool(title_period) and bool(HONOUR_LIST_RE.search(doc.title if doc.title.strip() else lead_line(doc)))
        if not title_period:
            title_period = honour_list_period(doc)
            honour = bool(title_period)
        facts = extract_facts(doc, doc_regions, sentences, subjects, title_period)
        facts += table_facts(doc, doc_regions, rows, subjects, title_period, facts)
        if honour:
            facts = [outside_the_list(f, title_period, doc.date) for f in facts]
        reviewed = reviewed_year(doc)
        if reviewed:
            facts = [of_the_reviewed_year(f, reviewed, doc.date) for f in facts]
        practices = extract_practices(doc, doc_regions, sentences, subjects)
    guessed = [f for f in facts if f.basis == "main"]
    if guessed:
        facts, warning = settle_guesses(doc, refs, facts, guessed)
        doc_regions = replace(doc_regions, warnings=(*doc_regions.warnings, warning))
    elif not doc_regions.regions and not doc_regions.warnings and (figures := unowned_figures(sentences)):
        # A page that names no place at all (a 街道's report that says only 街道): its figures
        # are no one's, and the reader is told so rather than given an empty table in silence.
        warning = (
            f"文中未写明任何地区; {figures} 个数字无法判断属于哪个地区, 未予记录;"
            f" 如知道本文所属地区, 请用 --home {doc.name}=地区 指明"
        )
        doc_regions = replace(doc_regions, warnings=(warning,))
    return unnamed_apart(DocExtraction(doc, doc_regions, tuple(facts), tuple(practices)))


def unowned_figures(sentences: list[Sentence]) -> int:
    """How many figures with a unit the sentences hold: those a page that names no place leaves."""
    return sum(1 for s in sentences for q in numbers.find_quantities(s.text) if q.unit and q.unit != "年")


def settle_guesses(
    doc: Document, refs: list[regions.RegionRef], facts: list[Fact], guessed: list[Fact]
) -> tuple[list[Fact], str]:
    """Numbers whose sentence names no region, in a document without a home, and the warning
    that says what became of them. They stay with the region the text is about only when that
    is plain: the title names it and it holds at least half of the text's region names (a story
    about one county). Otherwise the region the text names most was wrong every time it was
    measured (none of 37 numbers in 9 dev documents: ranking pages, lists, visits), so they are
    left out rather than guessed."""
    main = guessed[0]
    mine = [r for r in refs if r.region_id == main.region_id]
    in_title = any(r.text in doc.title for r in mine if not r.is_ref)  # as the text writes it: 上虞
    if in_title and 2 * len(mine) >= len(refs):
        return (
            facts,
            f"未能确定本文所属地区; {len(guessed)} 个数字的句中未写地区, 按文中主要介绍的地区“{main.region}”记录, "
            f"{regions.GUESSED_HOME_NOTE}",
        )
    kept = [f for f in facts if f.basis != "main"]
    return kept, (
        f"未能确定本文所属地区; {len(guessed)} 个数字的句中未写地区, 无法判断属于哪个地区, 未予记录;"
        f" 如知道本文所属地区, 请用 --home {doc.name}=地区 指明"
    )


def unnamed_apart(ex: DocExtraction) -> DocExtraction:
    """我县 of one document is not 我县 of another: an unnamed home gets an id and a full name
    of its document's, so a corpus never adds up the numbers of several unnamed counties
    and a brief asked for 我县 says which ones there are."""
    renamed = {rid: f"{rid}:{ex.document.id[:12]}" for rid in ex.regions.regions if rid.startswith("self:")}
    if not renamed:
        return ex
    own = {
        rid: replace(r, id=renamed[rid], full_name=f"{r.name}({regions.UNNAMED_NOTE}, 见{ex.document.name})")
        for rid, r in ex.regions.regions.items()
        if rid in renamed
    }
    doc_regions = replace(
        ex.regions,
        regions={renamed.get(rid, rid): own.get(rid, r) for rid, r in ex.regions.regions.items()},
        mentions=tuple(replace(m, region_id=renamed.get(m.region_id, m.region_id)) for m in ex.regions.mentions),
        roles={renamed.get(rid, rid): role for rid, role in ex.regions.roles.items()},
    )
    facts = tuple(
        replace(f, region_id=renamed[f.region_id], full_name=own[f.region_id].full_name)
        if f.region_id in renamed
        else f
        for f in ex.facts
    )
    practices = tuple(replace(p, region_id=renamed[p.region_id]) if p.region_id in renamed else p for p in ex.practices)
    return DocExtraction(ex.document, doc_regions, facts, practices)


def outside_tables(sentences: list[Sentence], rows: list[tables.TableRow]) -> list[Sentence]:
    """The sentences that do not start inside a table row (rows are in text order); a numbered
    heading over a paragraph stays one, the heading whose place its paragraph speaks of."""
    rows = [r for r in rows if not r.heading]
    starts = [r.start for r in rows]
    out = []
    for s in sentences:
        k = bisect_right(starts, s.start) - 1
        if k < 0 or s.start >= rows[k].end:
            out.append(s)
    return out


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for p_index, (p_start, paragraph) in enumerate(paragraphs(text)):
        start, first = 0, len(out)
        for m in re.finditer(r"[。！？!?]+[”\"]?", paragraph):
            out.append(Sentence(p_start + start, paragraph[start : m.end()], p_index))
            start = m.end()
        if paragraph[start:].strip():
            out.append(Sentence(p_start + start, paragraph[start:], p_index))
        if 0 < first < len(out) and opens_list_below(text, out[first - 1], out[first]):
            # 考核结果从高到低依次为: / A市、B市、C市。: a list set out on the line after the words that
            # open it is read with them, as if on their line.
            opener, listed = out[first - 1], out[first]
            out[first - 1 : first + 1] = [
                Sentence(opener.start, text[opener.start : listed.start + len(listed.text)], opener.paragraph)
            ]
    return out


def opens_list_below(text: str, opener: Sentence, listed: Sentence) -> bool:
    """Whether `opener` ends its line with the words that open a list and `listed` starts the next
    line that holds words."""
    return bool(LIST_OPENER_END.search(opener.text)) and bool(
        LINE_BREAK.fullmatch(text, opener.start + len(opener.text), listed.start)
    )


# Words that open a list of places and end their line (…依次为:, …分别是).
LIST_OPENER_END = re.compile(rf"(?:分别|{lexicon.alternation('list_order_words.txt')})(?:是|为)\s*[:：]?\s*$")
LINE_BREAK = re.compile(r"\s*\n\s*")


def paragraphs(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def extract_facts(
    doc: Document, doc_regions: DocRegions, sentences: list[Sentence], subjects: Subjects, title_period: str
) -> list[Fact]:
    facts: list[Fact] = []
    starts: list[int] = []  # where each fact's sentence starts, to tell a repeated line from its first
    subject: str | None = None
    # The region whose divisions the sentence names as a field (在三十八个县区中, 17个县(市、区)中): the
    # counts of members that meet a bar after it are its own, where the group leaves no subject.
    held: str | None = None
    paragraph = -1
    default = subjects.default
    # The title's period dates the document, a heading's its section, a sentence's opening
    # (2022年，…) the rest of its paragraph.
    part_year = dated_part_year(doc)
    if part_year and title_period and not title_period[:1].isdigit():
        # A lead's 上半年 written alone is of the year the text gives it later (2023年上半年…).
        title_period = sentence_period(title_period, doc.date, spans=False, year_hint=part_year) or title_period
    section = current = title_period
    # 去年, 今年 in a page with no date of its own count from the year its title, lead or honour
    # list states (2011年百强县…; 靖边县去年位居95位 -> 2010), as they would from a page's date.
    dated = doc.date or stated_year(doc, title_period)
    estimate: status.Estimate | None = None  # an open 预计 (see reporter/status.py)
    notes_of = [status.notes(s.text) for s in sentences]  # each sentence's bracketed notes, read once
    noted, stars = noted_spans(doc.body, sentences, notes_of)  # figures a note calls estimates
    # A title that names a plan (某区2024年工作计划) is the heading of the whole text.
    goals = next_goals(Goals(), doc.title.strip(), True, title_period, doc.date, [])
    heading: str | None = None  # the place a line names alone, the subject of the line under it
    line = ""  # the text of the current line read so far
    goal_open = False  # a goal word of the sentence read last reaches its end
    goal_list = False  # a goal list opened earlier in the paragraph goes on (reporter/status.py)
    goal_lead = ""  # the words before the first figure of the sentence that opened it (到“十四五”末，…)
    last_rank: tuple[Fact, int] | None = None  # the last place stated, and its paragraph
    whole = whole_sets(doc.body, doc_regions)  # counts of divisions that are all of a region's
    for k, (sentence, sentence_notes) in enumerate(zip(sentences, notes_of, strict=True)):
        carried = False  # a goal word before a hard line break reaches this sentence
        if sentence.paragraph != paragraph:
            broken = status.hard_break(line)
            paragraph, subject, current = sentence.paragraph, heading, section
            if not broken:
                estimate = None  # a sentence cut by the page's line goes on with its 预计
            carried = broken and goal_open
            goals = replace(goals, paragraph=False)
            goal_list = False
            line = ""
        line += sentence.text
        hint = period_year(current, doc.date) or part_year
        stated, is_heading = opening_period(sentence.text, dated, hint)
        if estimate and (stated or not estimate.paragraph_wide):
            estimate = None  # a sentence of its own period, or one 预计 that spoke of one measure
        if goal_list and (
            (stated and not ahead_of(stated, doc.date))
            or any(not r.is_ref for r in subjects.every_inside(sentence.start, sentence.start + len(sentence.text)))
        ):
            # 目标是…。2023年，全县完成…: a sentence of a period already counted; 另外，乙县…: one
            # that names a place of its own turns to it.
            goal_list = False
        names = subjects.spans(sentence.start, sentence.start + len(sentence.text))
        goals = next_goals(goals, sentence.text, is_heading, stated, doc.date, names)
        if stated and is_heading:
            section = stated
        current = stated or current
        if not current and ACCOUNTING_RE.search(sentence.text) and not sentence_period(sentence.text, doc.date):
            # 初步核算，全年实现生产总值318.6亿元 heading a text that no title dates: the figures
            # it opens are of the period the text states next (a table's caption 2023年全县生产总值…,
            # a paragraph opened by 一季度，…), for the rest of the paragraph.
            current = next_stated_period(sentences[k + 1 : k + 1 + NEXT_STATED], doc.date)
        hint = period_year(current, doc.date) or part_year
        held = None
        seen: set[tuple] = set()  # the figures said, and the measures of those that end their words
        sentence_facts: list[Fact] = []
        distributed: list[str] = []  # the regions 分别 gave figures to in the clause before, in order
        measured: Fact | None = None  # the sentence's last figure outside a bracket of comparisons
        whole_period = None  # the sentence's own period, found once for all its clauses
        unnoted = status.without_notes(sentence.text) if sentence_notes else sentence.text
        plan_at = status.plan_word_at(unnoted, names)  # 甲市将重点打造…4个…产业: what follows is planned
        goal_open = carried or bool(status.TARGET_RE.search(unnoted))
        for c_start, clause in sentence.clauses:
            abs_start = sentence.start + c_start
            period = None  # found only for a clause that states a fact: most state none
            lead = ""  # the opening of a goal list that dates the clause, when the sentence does not
            quantities = [q for q in numbers.find_quantities(clause) if not quoted(clause, q)]
            quantities = places_from_bottom(sentence, c_start, clause, quantities)
            listed = listed_regions(doc, doc_regions, sentence, c_start, clause, quantities)
            listed = {**ranks_before_names(doc_regions, sentence, c_start, clause, quantities), **listed}
            listed = {**rank_opening_clause(doc_regions, sentence, c_start, clause, quantities), **listed}
            if subjects.every_inside(abs_start, abs_start + len(clause)):
                distributed = respective_owners(clause, listed)
            else:
                listed = {**continued_list(distributed, clause, quantities), **listed}
            owned = division_owners(subjects, sentence, c_start, clause, quantities, subject or default)
            owned |= class_count_owners(subjects, sentence, c_start, clause, quantities)
            owned |= listed_count_owners(subjects, sentence, c_start, clause, quantities)
            listed = {**listed, **owned, **names_inside_ranks(doc_regions, sentence, c_start, quantities)}
            ordinal = ordinal_place_owners(doc_regions, sentence, c_start, quantities)
            # 而湖北的第二城和武汉…: a place whose region is not written beside it is no one's.
            quantities = [q for q in quantities if not q.measure or q.start in ordinal]
            listed = {**listed, **ordinal}
            taken_ranks, taken_owners = top_places_taken(doc_regions, sentence, c_start, clause)
            followed = last_rank[0] if last_rank and paragraph - last_rank[1] <= 1 else None
            follow_ranks, follow_owners = following_ranks(
                doc_regions, sentence, c_start, clause, quantities, followed.value if followed else None
            )
            ahead_ranks, ahead_owners = places_ahead(doc_regions, sentence, c_start, clause)
            taken_ranks += follow_ranks + ahead_ranks
            taken_owners = {**taken_owners, **follow_owners, **ahead_owners}
            quantities = [q for q in quantities if not led_by_list(doc_regions, sentence, c_start, clause, q)]
            band, band_owners, (band_start, band_end) = band_ranks(doc_regions, sentence, c_start, clause)
            if band:
                quantities = [q for q in quantities if not (band_start <= q.start < band_end)]
                taken_ranks += band
                taken_owners = {**taken_owners, **band_owners}
            glued_ranks, glued_owners = ranks_after_names(doc_regions, sentence, c_start, clause, quantities)
            glued_ranks += most_members(sentence, c_start, clause, quantities)
            ordinal_ranks, ordinal_owners = ordinal_of_names(
                doc_regions, sentence, c_start, clause, [*quantities, *glued_ranks, *taken_ranks]
            )
            glued_ranks += ordinal_ranks
            glued_owners = {**glued_owners, **ordinal_owners}
            most_ranks, most_owners = superlative_ranks(
                doc_regions, sentence, c_start, clause, [*quantities, *glued_ranks, *taken_ranks]
            )
            glued_ranks += most_ranks
            # 甲和乙都是各自省份中最大的城市: a superlative after 都/均 is each listed region's.
            most_shared = shared_by_list(doc, doc_regions, sentence, c_start, clause, most_ranks)
            glued_owners = {**glued_owners, **most_owners, **most_shared}
            quantities = [q for q in quantities if not any(overlaps(q, g) for g in glued_ranks)]
            quantities = sorted([*quantities, *taken_ranks, *glued_ranks], key=lambda q: q.start)
            listed = {**listed, **taken_owners, **glued_owners}
            counts = [q for q in quantities if item_count(clause, q)]
            if all(
                top_band(clause, q) or SIZED_LIST.match(clause, q.end) or q in counts or field_before_list(clause, q)
                for q in quantities
            ):
                # 排在前十位的县市分别是: the band is no figure, the list after it gives the places.
                ranked, by_order, opened = ordered_list_ranks(doc_regions, sentence, c_start, clause, doc.body)
                if ranked or not counts:
                    # 前5的甲省(29个)、乙省(26个)…: each item's count in brackets stays its figure.
                    shift = c_start - opened
                    kept = {q.start + shift: listed[q.start] for q in counts if q.start in listed}
                    quantities = sorted([*ranked, *shifted(counts, shift)], key=lambda q: q.start)
                    listed = {**kept, **by_order}
                # 排名前20的城市依次为:北京、…: the list's clause is read from the words that open it.
                clause, c_start = sentence.text[opened : c_start + len(clause)], opened
                abs_start = sentence.start + c_start
            compared = compared_figures(subjects, clause, abs_start, quantities)
            asides = aside_spans(clause, abs_start, compared)
            compared |= yardstick_figures(subjects, clause, abs_start, quantities)
            excepted = excepted_spans(sentence, c_start, clause)
            # A note's bracket may hold a comma (（预计数，下同）): notes are read in the sentence.
            estimate_at = status.estimate_word_at(unnoted[c_start : c_start + len(clause)])
            clause_notes = [n for n in sentence_notes if c_start <= n[0] < c_start + len(clause)]
            if (
                estimate_at < 0
                and estimate
                and not estimate.paragraph_wide
                and status.closes(
                    clause,
                    estimate,
                    quantities[0].start if quantities else -1,
                    bool(quantities) and quantities[0].unit in (*RATE_UNITS, "个百分点"),
                )
            ):
                estimate = None
            if (
                (
                    COUNT_SUBJECT.match(clause)
                    or (COUNT_SHARE.match(clause) and quantities and all(numbers.is_part_share(q) for q in quantities))
                )
                and subject != regions.UNRESOLVED
                and (owner := last_count_owner(sentence_facts))
            ):
                subject = owner  # …分别是A、B、C,总数位居全国第二位: the count's place, not C's
            area_end = area_opening(doc.body, clause, doc_regions, abs_start)
            area_stated = False  # a figure of the clause was the area's
            nation_stated = False  # a figure of the clause was the country's
            group_stated = False  # a figure of the clause was a ranked group's (十强县实现…)
            for q in quantities:
                if q.start not in listed and area_speaks(area_end, q.start, doc_regions, abs_start):
                    area_stated = True
                    continue
                if group_figure(clause, q, doc_regions, abs_start):
                    group_stated = True  # the group's: what follows it in the sentence is the group's too
                    continue
                if (
                    skip_quantity(clause, q)
                    or milestone_passed(sentence.text, c_start, clause, q)
                    or set_average(sentence.text, c_start, clause, q)
                    or evaluated_field(sentence.text, c_start, clause, q)
                    or (not q.is_rank and LIST_BAR.search(sentence.text))
                    or set_size(clause, q)
                    or rest_of_set_bound(clause, q)
                    or meeting_size(clause, q)
                    or group_total(sentence, c_start, clause, q, doc_regions)
                    or set_share(sentence, c_start, q, doc_regions)
                    or company_clause(clause, q, doc_regions, abs_start)
                    or firm_set_figure(sentence, c_start, clause, q, doc_regions)
                    or project_figure(sentence.text, c_start, clause, q)
                    or completion_figure(sentence, c_start, clause, q, doc_regions)
                    or spot_figure(sentence, c_start, clause, q, doc_regions)
                    or referred_firm_figure(sentence, c_start, q, doc_regions)
                    or group_before(clause, q.start, doc_regions, abs_start, whole)
                    or list_members_opening(doc.body, clause, q.start, doc_regions, abs_start)
                    or (not q.is_rank and macro_area_before(clause, q.start, doc_regions, abs_start))
                ):
                    continue
                if nation_count(doc.body, clause, q, doc_regions, abs_start):
                    nation_stated = True  # the country's figure: what follows it is the country's too
                    continue
                if q.start in listed:
                    owners, basis = listed[q.start], "list"
                elif q.start in compared:
                    # 收入4500元(全市为5200元): the bracket's figure is the named region's and
                    # leaves the subject as it was.
                    owners, basis = (compared[q.start][0],), "clause"
                else:
                    named = subjects.find(abs_start, abs_start + q.start, subject or default, asides)
                    # A place excepted (除枝江市突破20亿外) owns its figure but is not carried on.
                    beside = excepted and subjects.find(
                        abs_start, abs_start + q.start, subject or default, asides + excepted
                    )
                    basis = "clause" if named else "carried" if subject else subjects.default_basis
                    if not excepted or named == beside:
                        subject = named or subject
                    owners = (named or subject or default,)
                    if not named and subject == regions.UNRESOLVED and held and member_count(clause, q):
                        owners, basis = (held,), "carried"  # 5个县区增速高于全省平均: the region's count
                    sentence_end = sentence.start + len(sentence.text)
                    if (
                        basis in attribution.INFERRED
                        and owners[0] not in (None, regions.UNRESOLVED)
                        # 嘉兴排名第2,全国排名第119: a place among 嘉兴's towns and in the country,
                        # both the carried town's, whatever the model makes of 嘉兴 named beside.
                        and not (q.is_rank and subjects.ranked_in(sentence.start, sentence_end, owners[0]))
                    ):
                        owners, basis = reconsidered(doc, subjects, abs_start, q, owners[0], basis)
                # The figure's own facts for the places of a list before this one are not earlier
                # figures of the sentence (江苏、安徽各减少1个: no level before the second's 1个).
                prior = len(sentence_facts)
                for region_id in owners:
                    if region_id is not None and region_id != regions.UNRESOLVED:
                        region_id = place_count_owner(
                            subjects, sentence, abs_start, clause, q, region_id, basis == "carried"
                        )
                    if region_id is None or region_id == regions.UNRESOLVED:
                        continue  # whose number this is cannot be told: leave it out
                    region_id = city_park(doc_regions, region_id, sentence.text, q)
                    region = doc_regions.regions[region_id]
                    if q.field and q.field in region.aliases:
                        continue  # 湖北第1 is no place of 湖北's own: whose it is, the text does not say here
                    owner = region_id if basis in ("list", "clause") else ""  # for seen, below
                    if period is None:
                        if whole_period is None:
                            whole_period = sentence_period(sentence.text, dated, year_hint=hint)
                        period = clause_period(sentence.text, clause, dated, whole_period, hint)
                        if not period and goal_list and goal_lead:
                            # 到“十四五”末，全市…要达到300亿元。其中，一产业年均增长2.6%、增加值63.3亿元:
                            # a sentence that goes on with a goal list is dated as the list's opening.
                            period = clause_period(goal_lead + sentence.text, clause, dated, None, hint)
                            lead = goal_lead if period else ""
                        period = period or current
                    estimated = (
                        estimate is not None
                        or 0 <= estimate_at <= q.start
                        or status.noted_figure(sentence.text, c_start, c_start + q.end, sentence_notes)
                        or any(start <= abs_start + q.start < end for start, end in noted)
                        or (stars and status.starred(clause, q.end))
                    )
                    aside = compared.get(q.start)
                    fact = make_fact(
                        doc,
                        region,
                        sentence,
                        clause,
                        q,
                        at_plan_end(
                            (
                                ratio_period(clause[: q.head], period, dated)
                                if q.part
                                else dated_figure_period(clause[: q.start], q, period, dated)
                            ),
                            lead + sentence.text[: c_start + q.start],
                        ),
                        abs_start,
                        sentence_facts[:prior],
                        basis,
                        estimated,
                        goals.on or carried or goal_list or 0 <= plan_at <= c_start + q.start,
                        aside=(aside[1], measured) if aside and measured else None,
                        names=subjects.every_span(abs_start, abs_start + len(clause)),
                    )
                    fact = region_gap(fact, clause, q, subjects, sentence.start, abs_start)
                    fact = yardstick_percent(fact, clause, q, subjects, abs_start)
                    fact = county_economy(fact, sentence.text, c_start + q.start, whole)
                    fact = lasting_rank(fact, clause)
                    fact = contribution(fact, clause, q, sentence_facts)
                    fact = contribution_rate(fact, clause, q, sentence_facts)
                    fact = one_name_of_contribution(fact)
                    # The same figure twice in a sentence is one fact, unless it measures
                    # two things (百亿级能源岛和百亿级产业港), its clauses name two regions
                    # (安徽8个,湖北8个), or it closes clauses of two measures (地区生产总值增长6%,
                    # 规上工业增加值增长6%,…): what a figure that ends its words measures is
                    # only in the words before it.
                    # A part of a ratio is said with the rest of its ratio (0.4:14.9:84.7 and
                    # 0.4:14.7:84.9 of two years are two first parts).
                    rest = RATIO_REST.match(clause, q.end) if q.part else None
                    after = rest.group(0) if rest else clause[q.end : q.end + 3]
                    said = (owner, q.value, q.unit, after)
                    measure = (owner, q.value, q.unit, fact.indicator, fact.kind)
                    if said in seen and (measure in seen or FIGURE_END.match(clause, q.end) is None):
                        continue
                    seen |= {said, measure}
                    # 增长23.23%,增速排名第二,比全市(22.24%)高: a place is no measure a bracket restates.
                    measured = measured if aside or fact.kind == "rank" else fact
                    shared = (q.is_rank or fact.kind == "multiple") and basis != "list"
                    if shared:
                        spans = name_spans(doc_regions, abs_start, clause)
                        sentence_facts += [
                            y for f in shared_place(fact, region, clause, q, spans) for y in yearly(f, clause, q)
                        ]
                    else:
                        rated = shared_rate(fact, sentence.text, c_start, clause, q, sentence_facts)
                        if rated == [fact] and basis != "list":
                            spans = name_spans(doc_regions, abs_start, clause)
                            rated = shared_measure_rate(fact, region, clause, q, spans)
                        sentence_facts += rated
                    if followed and q.start in follow_owners and fact.kind == "rank":
                        # 乙市紧随其后: a place in the ranking of the place it follows
                        fact = replace(fact, indicator=followed.indicator, label=followed.label)
                        sentence_facts[-1] = fact
                    if fact.kind == "rank":
                        last_rank = (fact, paragraph)  # the place 紧随其后 follows
            if estimate_at >= 0:
                before = statement_before(sentence, c_start, subjects)
                estimate = status.open_estimate(
                    clause, estimate_at, subjects.spans(abs_start, abs_start + estimate_at), before
                )
            elif clause_notes and not estimate:
                # 500亿元（预计），增长9%: a note after a measure's figure speaks of that measure,
                # its value and growth, as 预计 after the measure does (reporter/status.py).
                estimate = status.Estimate("", paragraph_wide=False, rates_only=True)
            # A region named in a clause without numbers is the subject of what follows.
            # …,除枝江市外,其余县市…: the place excepted is not the subject of what follows.
            subject = (
                subjects.find(abs_start, abs_start + len(clause), subject or default, asides + excepted) or subject
            )
            if GROUP_FIELD.search(clause) and subject != regions.UNRESOLVED:
                held = subject or default  # 在三十八个县区中: the members counted next in the sentence are its own
            if (
                group_before(clause, len(clause), doc_regions, abs_start, whole)
                or group_stated
                or macro_area_before(clause, len(clause), doc_regions, abs_start)
                or list_members_opening(doc.body, clause, len(clause), doc_regions, abs_start)
                or (area_stated and area_speaks(area_end, len(clause), doc_regions, abs_start))
                or (nation_stated and nation_opening(doc.body, clause, len(clause), doc_regions, abs_start))
            ):
                subject = regions.UNRESOLVED  # 4县市总人口…,占全市的56.3%: the group's still
        facts.extend(sentence_facts)
        starts.extend(sentence.start for _ in sentence_facts)
        # An entry's place goes on over the rows under it (NO.3 甲市 / GDP…,排名第3 / 人均GDP:…,排名第5),
        # up to a sentence of prose or the next entry.
        heading = named_line(subjects, sentence) or (heading if is_entry_row(doc.body, sentence) else None)
        if not goal_list and (found := numbers.find_quantities(unnoted)):
            goal_list = status.opens_goal_list(unnoted, found[0].start, doc_year(doc.date))
            goal_lead = unnoted[: found[0].start] if goal_list else ""
    return drop_repeats(facts, starts)


# 初步核算: the statistics office's words for the figures of a period just counted
# (data/accounting_words.txt), which a text may date only further on.
ACCOUNTING_RE = re.compile(lexicon.alternation("accounting_words.txt"))
NEXT_STATED = 6  # the sentences after one such that may state its period


def next_stated_period(sentences: list[Sentence], doc_date: str) -> str:
    """The first period a heading or a sentence's opening states among `sentences`, else ""."""
    for sentence in sentences:
        stated, _ = opening_period(sentence.text, doc_date, None)
        if stated:
            return stated
    return ""


def ahead_of(period: str, doc_date: str) -> bool:
    """Whether a period ends after the document's year (2025年 in a report of 2021): a sentence
    dated so may go on with goals."""
    end, year = period_end(period), doc_year(doc_date)
    return end is not None and year is not None and end > year


ENTRY_ROW = re.compile(r"[^。！？!?]*\d[^。！？!?]*")


def is_entry_row(body: str, sentence: Sentence) -> bool:
    """A row of figures under an entry's heading: a whole line with a figure and no end of a sentence."""
    end = sentence.start + len(sentence.text)
    whole_line = (sentence.start == 0 or body[sentence.start - 1] == "\n") and body[end : end + 1] in ("", "\n")
    return whole_line and bool(ENTRY_ROW.fullmatch(sentence.text.strip()))


def named_line(subjects: Subjects, sentence: Sentence) -> str | None:
    """The place a line names and nothing else but its list number (嘉兴市秀洲区王江泾镇,
    No.1某某市某某镇): the heading of an entry, whose place the line under it gives
    (嘉兴排名第2,全国排名第119) without naming the town again."""
    start, end = sentence.start, sentence.start + len(sentence.text)
    inside = [r for r in subjects.every_inside(start, end) if r.end <= end and not r.is_ref]
    if not inside:
        return None
    rest = without_names(sentence.text, tuple((r.start - start, r.end - start) for r in inside))
    return inside[-1].region_id if LIST_NUMBER.fullmatch(rest.strip()) else None


LIST_NUMBER = re.compile(rf"(?:{tables.LIST_MARK}|第)?[\d一二三四五六七八九十]*[.、:：)）]?\s*")


def noted_spans(
    body: str, sentences: list[Sentence], notes_of: list[list[tuple[int, int, str]]]
) -> tuple[list[tuple[int, int]], bool]:
    """Where the figures of `body` are estimates by a note (reporter/status.py), and whether a
    footnote calls the starred figures estimates: a heading's note holds for its section, up
    to the next heading of its rank; a note alone after a sentence's end for that sentence;
    （…，下同） and 以下… for the rest of the document; 注：以上数据均为预计数 for all of it.
    `notes_of` holds each sentence's notes (`status.notes`), read once for this and extraction."""
    spans: list[tuple[int, int]] = []
    stars = False
    section: tuple[int, bool] | None = None  # where a noted heading's section starts, and whether it is a sub-heading
    previous: Sentence | None = None
    for sentence, found in zip(sentences, notes_of, strict=True):
        text = sentence.text.strip()
        reach = status.footnote(text)
        if not (section or found or reach):
            previous = sentence
            continue  # most sentences: no note, and no noted section to end
        figures = numbers.find_quantities(text)
        heading = is_heading(text) and not figures
        if section and heading and (section[1] or not status.SUB_HEADING_RE.match(text)):
            spans.append((section[0], sentence.start))
            section = None
        spans += [(sentence.start + start, len(body)) for start, _, how in found if how == "after"]
        reach = "" if figures else reach
        if reach == "starred":
            stars = True
        elif reach:
            spans.append((sentence.start if reach == "after" else 0, len(body)))
        elif found and previous and not sentence.text[: found[0][0]].strip():
            spans.append((previous.start, sentence.start))  # 增长6.5%。（预计数）: the sentence before
        elif found and heading:
            section = (sentence.start, bool(status.SUB_HEADING_RE.match(text)))
        previous = sentence
    if section:
        spans.append((section[0], len(body)))
    return spans, stars


def reconsidered(doc: Document, subjects: Subjects, clause_start: int, q, rule: str, basis: str) -> tuple:
    """(owners, basis) of a number whose clause names no region, after the attribution model's
    second opinion (reporter/attribution.py); basis `model` when it overrode the rules."""
    at = clause_start + q.start
    number = attribution.Number(
        f"{doc.id}:{at}:{q.raw}", at, clause_start, rule, basis, q.unit in ("%", "个百分点"), q.is_rank
    )
    owner = subjects.context.owner(number)
    return (owner,), basis if owner == rule else "model"


@dataclass(frozen=True)
class Goals:
    """Whether the sentences read so far announce goals for what follows (reporter/status.py):
    a section under a heading or a colon line that names goals, dated `year` when the lead states
    one, and the rest of a paragraph after a sentence that says what a place will do."""

    section: bool = False
    year: int | None = None
    paragraph: bool = False

    @property
    def on(self) -> bool:
        return self.section or self.paragraph


def next_goals(
    goals: Goals, text: str, heading: bool, stated: str, doc_date: str, names: list[tuple[int, int]]
) -> Goals:
    """The goal scopes in force for a sentence, from the one before and the sentence itself
    (`stated`: the period its opening or heading states; `names`: where region names stand in it)."""
    stated_year = int(stated[:4]) if stated[:4].isdigit() else None
    if numbers.find_quantities(text):
        # A figure's own words decide it; one dated before the goals' year reports a result
        # (“十三五”期间，金山增加了23家… after 我们将…), and so does what follows it.
        now = goals.year or doc_year(doc_date)
        end = period_end(sentence_period(text, doc_date, year_hint=now)) if goals.on and now else None
        return Goals() if end is not None and now is not None and end < now else goals
    plan = status.announces_plan(text, names)
    lead = status.opens_goals(text, heading) or (plan and text.strip().endswith((":", "：")))
    if lead and not (stated_year and stated_year < (doc_year(doc_date) or stated_year)):
        # 2024年工作安排 in a report of 2024, 我们将重点做好以下工作: before its list; not
        # 2023年重点工作, which a report of 2024 reviews.
        return Goals(section=True, year=stated_year or goals.year, paragraph=goals.paragraph)
    if goals.section and status.ends_goals(text, heading):
        goals = Goals(paragraph=goals.paragraph)
    return replace(goals, paragraph=goals.paragraph or plan)


PLAN_ENDS = lexicon.plan_end_years()


def period_end(period: str) -> int | None:
    """The last year a period covers: 2017-2021 -> 2021, 十三五 -> 2020; None when it names no year."""
    years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", period)]
    if years:
        return max(years)
    return next((end for plan, end in PLAN_ENDS.items() if plan in period), None)


# 昆山、常熟、太仓…分别是我县的3.1倍、2.2倍和1.4倍: a list of regions, then one figure each.
# A、B、C分列第11、12和第15位: the rank-list words hand out their positions the same way.
RESPECTIVELY = re.compile(rf"分别|依次|{lexicon.alternation('rank_list_words.txt')}")
# A、B均占20席: a list of regions, then figures that each of them has (data/distributive_words.csv).
DISTRIBUTIVE = re.compile(lexicon.alternation_of("distributive_words.csv", "distributes"))
LIST_GAP = re.compile(r"\s*[、，,和及与]?\s*")
# 前三位的分别是A、B、C; 依次是A、B、C: an ordered list of regions is a ranking.
COMPANY_NAME = re.compile(rf"[\u4e00-\u9fffA-Za-z]{{2,}}(?:{lexicon.alternation('company_suffixes.txt')})")
# The list may follow in the next clause (排名前20的城市依次为:北京、…; 包揽了前四席,分别是A、B…).
# Without 分别/依次 a list of the top places needs its colon (排名前十的县为:A、B…; 前十名是:A、B…),
# or 的 right after the places (名列前十位的是A、B…).
# A set named by its size (“十强”县依次为:A、B…; 十佳依次是A、B…) is ordered by 依次 only: its
# members listed after 分别 need not be in order (入围百强的县分别是A、B…). 大 may stand between the
# size and the set's word (十大强镇依次是A、B…). After 前N…的, what is ranked may stand before 是
# without a colon (排名前10名的工业强县(市)是A、B…; 前三的仍然是A、B、C).
IN_ORDER = lexicon.alternation("list_order_words.txt")
BEST_FIRST = lexicon.alternation("ranking_order_words.txt")  # 从高到低: a ranking's order, as 排名 says
LIST_AFTER = lexicon.alternation("list_after_words.txt")
# 甲市位居榜首,其后: the first place, then the words that go on to the places after it.
AFTER_FIRST_LEAD = rf"(?:{lexicon.alternation('top_place_words.txt')}|第一)[^。；;]{{0,6}}?[，,]\s*(?:{LIST_AFTER})"
ORDERED = re.compile(
    rf"(?:前[\d一二三四五六七八九十]+[位名强席]|排名|排序|位次|{BEST_FIRST}|{IN_ORDER})[^，,。；]*?(?:[，,][^，,。；]*?)?(?:分别|{IN_ORDER})(?:是|为)"
    r"|前[\d一二三四五六七八九十]+[位名强]?[^，,。；:：]{0,10}?(?:是|为)\s*[:：]"
    r"|前[\d一二三四五六七八九十]+[位名强]?的[^，,。；:：是为]{0,10}(?:是|为)"
    rf"|(?<![\d一二三四五六七八九十百千])[\d一二三四五六七八九十]+大?[强佳][^，,。；]{{0,8}}?(?:{IN_ORDER})(?:是|为)"
    rf"|\d+个(?:{lexicon.alternation('region_group_nouns.txt')})(?:{IN_ORDER})(?:是|为)"
    # 甲市稳居第一位,其后依次为: a list that goes on after the first place (places_given_before)
    rf"|{AFTER_FIRST_LEAD}[^，,。；;]{{0,6}}?(?:{IN_ORDER})(?:是|为)"
)
# 排名前十的有A、B…; 数量前5的A(29个)、B(26个)…: the top N listed right after 前N的 (or 的有), read as
# ranks 1…N only when the list names N regions (ordered_list_ranks).
TOP_N_LIST = re.compile(
    rf"前(?P<num>[\d一二三四五六七八九十]+)[位名强]?的(?:{lexicon.alternation('top_list_links.txt')})?[:：]?"
)
# 入围的16个乡镇依次是A、B…, 4个镇按排序分别是A、B…: the places counted, then given in order; the
# count is the list's size. 分别 alone gives no order (入围的3个镇分别是A、B、C).
SIZED_LIST = re.compile(
    rf"\s*(?:{lexicon.alternation('region_group_nouns.txt')}|{lexicon.alternation('town_nouns.txt')})"
    r"(?:依次|按(?:排序|排名|名次)(?:依次|分别)?)(?:是|为)"
)
# 排名在85名以后,分别为A、B: a position that is not the top (前N) makes no ordered list.
NOT_FROM_TOP = re.compile(r"(?<![前\d])\d+\s*[位名]")
LIST_OPENING = re.compile(r"[\s:：，,]*")
LIST_ITEM = re.compile(r"[^、，,和及与。；;]+")


def listed_regions(doc, doc_regions: DocRegions, sentence: Sentence, c_start: int, clause: str, quantities) -> dict:
    """The region each figure after 分别 belongs to, when a list of as many regions stands
    before it in the sentence: {offset of the figure in the clause: region id}."""
    m = RESPECTIVELY.search(clause)
    if not m:
        ranked = places_after_list(doc, doc_regions, sentence, c_start, clause, quantities)
        return ranked or shared_by_list(doc, doc_regions, sentence, c_start, clause, quantities)
    at = sentence.start + c_start + m.start()
    names = list_before(doc.body, doc_regions, sentence.start, at)
    after = [q for q in quantities if q.start > m.start()]
    if len(names) < 2 or len(after) != len(names):
        return paired_regions(doc.body, doc_regions, sentence.start, at, clause, m.start(), after)
    return {q.start: (rid,) for q, rid in zip(after, names, strict=True)}


RANK_GAP = re.compile(r"[位名]?\s*[、，,和及与]?\s*")  # 第5名、第6名: places of one run


def places_after_list(doc, doc_regions: DocRegions, sentence: Sentence, c_start: int, clause: str, quantities) -> dict:
    """甲市和乙市,位居第4、第5; 甲、乙、丙3市排名从第5名、第6名、第13名降至…: places listed right
    after a list of as many regions, with no 分别, are theirs in order, run by run."""
    if len(quantities) < 2 or not all(q.is_rank for q in quantities):
        return {}
    runs = figure_runs(clause, quantities, RANK_GAP)
    base = sentence.start + c_start
    if doc_regions.starting_in(base + quantities[0].start, base + len(clause)):
        return {}  # 第九、第十的甲县和乙县: places named after the ranks are theirs
    # the list in this statement: no 、-list of another statement before a semicolon (…；上一年第九的…)
    start = sentence.start + statement_start(sentence, c_start)
    names = list_before(doc.body, doc_regions, start, base + quantities[0].start)
    if len(names) < 2 or any(len(run) != len(names) for run in runs):
        return {}
    return {q.start: (rid,) for run in runs for q, rid in zip(run, names, strict=True)}


# 甲市GDP为120亿元,乙市为98亿元,分别占全省的24%和19%; 甲县(23.9%)、乙县(16.9%),拉动力分别为6.0、4.3:
# regions that each come with a figure of their own, not as one list, still take the run of
# figures after 分别 in order. A name after 比/较/于/与 is a yardstick, not one of them.
PAIRED_FIGURE = re.compile(r"\d")
YARDSTICK_LEAD = ("比", "较", "于", "与")


def paired_regions(body: str, doc_regions: DocRegions, start: int, at: int, clause: str, opening: int, after) -> dict:
    """{offset of a figure: (region id,)} for the one run of figures after 分别 (A、B和C, as long as
    the regions) when each region in the clauses before 分别's is followed by a figure before the
    next one.
    Not after a list of measures (地区生产总值、财政收入分别…: respective_measure's)."""
    if "、" in clause[:opening]:
        return {}
    end = at - opening  # the names stand in earlier clauses; one in 分别's own is its scope (拉动全省)
    named = [m for _, m in item_spans([m for m in doc_regions.starting_in(start, end) if m.end <= end])]
    names: list[str] = []
    for m in reversed(named):
        if body[m.start - 1 : m.start] in YARDSTICK_LEAD or regions.REF_RE.fullmatch(m.text):
            continue  # a yardstick, or 全市 naming the whole the figures are parts of
        if not PAIRED_FIGURE.search(body, m.end, end):
            break
        names.insert(0, m.region_id)
        end = m.start
    if len(names) < 2 or len(set(names)) != len(names):
        return {}
    runs = [run for run in figure_runs(clause, after) if len(run) == len(names)]
    if len(runs) != 1:
        return {}
    return {q.start: (rid,) for q, rid in zip(runs[0], names, strict=True)}


COUNTED_LEVEL = {row["word"]: row["level"] for row in lexicon.table("counted_places.csv") if row["kind"] == "noun"}
# The unit of a count, then the places it counts right after it or after a few words that
# qualify them (国家级经开区, “万亿城市), maybe after a phrase closed by 的 (来自江苏的百强县);
# not a noun that only qualifies a project (25个县重点项目: projects are counted).
COUNTED_PLACES = re.compile(
    rf"(?:{lexicon.alternation_of('counted_places.csv', 'kind', 'unit')})"
    rf"(?:[^，,；;。\d]{{0,8}}的)?[“\"]?[^，,；;。\d的]{{0,3}}?(?P<noun>{lexicon.either(COUNTED_LEVEL)})"
    rf"(?![^，,；;。\d]{{0,2}}(?:{lexicon.alternation('project_nouns.txt')}))"
)


def place_count_owner(
    subjects: Subjects, sentence: Sentence, abs_start: int, clause: str, q, region_id: str, carried: bool = False
) -> str:
    """The region a count of places belongs to: `region_id` when it lies above the places
    counted, else the region of a higher level named last before the count in its sentence, or
    first after it in its clause, else the document's default region when it is higher (山东以
    青岛为龙头,共有3座“万亿城市”: 山东's count, not 青岛's), else UNRESOLVED: no place counts its peers.
    A `carried` owner, named in no clause of the count's, gives way to a higher region the
    count's own clause names after it (另有7个来自浙江的强县: 浙江's, whoever was spoken of before)."""
    if q.is_rank or not q.unit or not (m := COUNTED_PLACES.match(clause, q.end - len(q.unit))):
        return region_id
    order, all_regions = lexicon.level_order(), subjects.doc_regions.regions
    counted = order[COUNTED_LEVEL[m.group("noun")]]
    at, end = abs_start + q.start, abs_start + len(clause)
    named = [r for r in subjects.every_inside(sentence.start, end) if r.region_id in all_regions]
    higher = [r for r in named if order.get(all_regions[r.region_id].level, -1) > counted]
    before = [r for r in higher if r.end <= at]
    after = [r for r in higher if r.start >= at]
    if carried and after and not any(abs_start <= r.start for r in before):
        return after[0].region_id
    if order.get(all_regions[region_id].level, -1) > counted:
        return region_id
    if before or after:
        return (before[-1] if before else after[0]).region_id
    default = subjects.default
    if default is not None and order.get(all_regions[default].level, -1) > counted:
        return default
    return regions.UNRESOLVED


def respective_owners(clause: str, listed: dict) -> list[str]:
    """The regions, in order, that a clause's 分别 gave one figure each (A、B、C分别提升了5位、2位和9位),
    else []."""
    if not RESPECTIVELY.search(clause):
        return []
    owners = [listed[at] for at in sorted(listed)]
    if len(owners) < 2 or any(len(o) != 1 for o in owners) or len({o[0] for o in owners}) != len(owners):
        return []
    return [o[0] for o in owners]


# 第41位、第63位和第97位: a rank's quantity ends before its 位, which the list mark follows.
RUN_GAP = re.compile(r"[位名]?\s*[、和及与]\s*")


def continued_list(names: list[str], clause: str, quantities) -> dict:
    """{offset of a figure: (region id,)} for a clause that names no region after a clause whose
    分别 gave figures to the regions `names`, when the clause's figures are one run as long as
    the list (…位次分别提升了5位、2位和9位,列第41位、第63位和第97位): the same regions in the same
    order, not the last one alone."""
    if len(names) < 2 or len(quantities) != len(names):
        return {}
    if not all(RUN_GAP.fullmatch(clause, a.end, b.start) for a, b in zip(quantities, quantities[1:], strict=False)):
        return {}
    return {q.start: (rid,) for q, rid in zip(quantities, names, strict=True)}


def figure_runs(clause: str, quantities, gap: re.Pattern = LIST_GAP) -> list[list]:
    """The quantities grouped into runs joined only by list marks (6.0、4.3和2.1; `gap`)."""
    runs: list[list] = []
    for q in quantities:
        if runs and gap.fullmatch(clause, runs[-1][-1].end, q.start):
            runs[-1].append(q)
        else:
            runs.append([q])
    return runs


# 甲、乙和丙相差都在10%以内: a gap inside the set is no figure of each member.
SET_GAP = re.compile(lexicon.alternation("gap_nouns.txt"))


def shared_by_list(doc, doc_regions: DocRegions, sentence: Sentence, c_start: int, clause: str, quantities) -> dict:
    """A、B均占20席: each figure after the word is every listed region's: {offset: region ids}.
    Inside a list of regions each with its figure (甲省5个、乙省与丙省各4个、丁省3个), the word
    reaches only the figures before the next region named: 丁省's 3个 is its own."""
    base = sentence.start + c_start
    named = name_spans(doc_regions, base, clause)
    at = distributive_at(clause, named)
    if at < 0:
        return parallel_list_share(doc, doc_regions, sentence, c_start, clause, quantities)
    if SET_GAP.search(clause, 0, at):
        return {}
    names = list_before(doc.body, doc_regions, sentence.start, sentence.start + c_start + at, contrasted=True)
    if len(names) < 2:
        return {}
    after = [a for a, _ in named if a > at and not regions.REF_RE.match(clause, a)]
    reach = min(after, default=len(clause))
    out = {q.start: tuple(names) for q in quantities if at < q.start < reach}
    if reach < len(clause) and out:
        # The list goes on after the pair: a further pair with its own word is read the same way.
        rest = shared_by_list(doc, doc_regions, sentence, c_start + reach, clause[reach:], shifted(quantities, -reach))
        out |= {k + reach: v for k, v in rest.items()}
    return out


def name_spans(doc_regions: DocRegions, base: int, clause: str) -> list[tuple[int, int]]:
    """The spans, in the clause that starts at `base` in the body, of the region names that begin in it."""
    return [(m.start - base, m.end - base) for m in doc_regions.starting_in(base, base + len(clause))]


def shifted(quantities: list[numbers.Quantity], by: int) -> list[numbers.Quantity]:
    """The quantities that stand after a cut of the clause, with offsets moved by `by`."""
    return [replace(q, start=q.start + by, end=q.end + by) for q in quantities if q.start + by >= 0]


RANGE_BEFORE = re.compile(r"\d\s*[-－~～至到]\s*$")


def parallel_list_share(
    doc, doc_regions: DocRegions, sentence: Sentence, c_start: int, clause: str, quantities: list[numbers.Quantity]
) -> dict:
    """A、B均下降1位;C和D下降3位 / A、B均超过5.5%,C、D也达到了5.4%: a clause opened by a list of
    regions with one figure and no word that shares it is read as the clause before it in its
    sentence was, when that clause gave one figure of the same class with 均 (or 都, 各) to a
    list of regions opening it: {offset: region ids}. Without such a clause the list may be a
    total or a pair compared, and the figure stays one region's."""
    if len(quantities) != 1:
        return {}
    q = quantities[0]
    base = sentence.start + c_start
    names = list_before(doc.body, doc_regions, sentence.start, base + q.start)
    if len(names) < 2 or not opens_with_list(doc_regions, base, clause, q, len(names)):
        return {}
    if RANGE_BEFORE.search(clause, 0, q.start):
        return {}  # 在5-10个之间: a band the listed regions fall in, no one figure of each
    earlier = [(s, c) for s, c in sentence.clauses if s < c_start]
    if not earlier:
        return {}
    e_start, e_clause = earlier[-1]
    e_base = sentence.start + e_start
    at = distributive_at(e_clause, name_spans(doc_regions, e_base, e_clause))
    figures = [x for x in numbers.find_quantities(e_clause) if x.start > at]
    if at < 0 or len(figures) != 1 or numbers.unit_class(figures[0].unit) != numbers.unit_class(q.unit):
        return {}
    if figures[0].is_rank != q.is_rank or SET_GAP.search(e_clause, 0, at):
        return {}
    e_names = list_before(doc.body, doc_regions, sentence.start, e_base + at)
    if len(e_names) < 2:
        return {}
    return {q.start: tuple(names)}


def opens_with_list(doc_regions: DocRegions, base: int, clause: str, q: numbers.Quantity, count: int) -> bool:
    """Whether the clause opens with the `count` names of a list and names no other region
    before the figure `q`."""
    inside = item_spans(doc_regions.starting_in(base, base + q.start))
    lead = len(clause) - len(clause.lstrip(" \u3000，,；;"))
    return len(inside) == count and bool(inside) and inside[0][0] == base + lead


def division_owners(
    subjects: Subjects, sentence: Sentence, c_start: int, clause: str, quantities, current: str | None
) -> dict:
    """{offset of a count: (region id,)} for the counts of a region's own divisions: after a
    governing word (延安市辖1区12县: the subject before 辖, else the clause's current one) or
    after the region and 的 (沈阳的4个县). The names between (淮安辖涟水、盱眙和金湖三县) are
    the divisions counted, never the owner."""
    out: dict = {}
    base = sentence.start + c_start
    for q in quantities:
        if q.is_rank or numbers.unit_class(q.unit) != "count":
            continue
        if not (q.label or numbers.DIVISION_NOUN_RE.match(clause, q.end)):
            continue
        at = numbers.governing_word(clause, q.start)
        if at >= 0:
            owner = subjects.find(base, base + at, current) or current
        elif clause[: q.start].endswith("的"):
            owner = next((r.region_id for r in subjects.refs if r.end == base + q.start - 1), None)
        else:
            continue
        if owner is not None:
            out[q.start] = (owner,)
    return out


def listed_count_owners(subjects: Subjects, sentence: Sentence, c_start: int, clause: str, quantities) -> dict:
    """{offset of a count: (region id,)} for a count of divisions right after a list of them
    (甲县A镇、乙县B镇等5个镇上榜): the count is the region named in the sentence that has every
    listed place, not the last place listed."""
    out: dict = {}
    base = sentence.start + c_start
    for q in quantities:
        if q.is_rank or numbers.unit_class(q.unit) != "count" or not PLACE_NOUN_RE.match(clause, q.end):
            continue
        if not clause.endswith(LIST_CLOSE, 0, q.start):
            continue
        members = list_before(subjects.body, subjects.doc_regions, sentence.start, base + q.start - len(LIST_CLOSE))
        if len(members) < 2:
            continue
        gaz = gazetteer.load()
        named = {r.region_id for r in subjects.every_inside(sentence.start, base + q.start)}
        owner = common_parent([gaz.ancestors(m) for m in members], named)
        if owner is not None:
            out[q.start] = (owner,)
    return out


# 甲县A镇、乙县B镇等5个镇: the word that closes a list before the count of its places.
LIST_CLOSE = "等"
PLACE_NOUN_RE = re.compile(rf"{numbers.DIVISION_NOUN_RE.pattern}|{lexicon.alternation('town_nouns.txt')}")
# 址山镇首次入选,江门9个镇入选: a larger region right before a count of places holds them.
COUNT_OF_PLACES = re.compile(rf"\s*\d+\s*个?(?:{PLACE_NOUN_RE.pattern})")


def common_parent(chains: list[list[str]], named: set[str]) -> str | None:
    """The nearest region that is a parent of every listed place (chains of parents' codes,
    nearest first) and is named in the sentence."""
    return next((rid for rid in chains[0] if rid in named and all(rid in c for c in chains[1:])), None)


def class_count_owners(subjects: Subjects, sentence: Sentence, c_start: int, clause: str, quantities) -> dict:
    """{offset of a count: (region id,)} for a count of places of a size class right after the
    places it counts (甲市、乙市两座“万亿城市”): the count is their province's, not the last
    place's."""
    out: dict = {}
    base = sentence.start + c_start
    all_regions = subjects.doc_regions.regions
    for q in quantities:
        if q.is_rank or numbers.unit_class(q.unit) != "count" or not numbers.SIZE_CLASS_RE.match(clause, q.end):
            continue
        member = subjects.ends.get(base + q.start)
        if member is None or member.region_id not in all_regions:
            continue
        # Built only here, for the rare count of a size class: not for every clause.
        parent = {r.name: rid for rid, r in all_regions.items()}.get(all_regions[member.region_id].parent)
        if parent is not None:
            out[q.start] = (parent,)
    return out


BRACKETED_POSITION = re.compile(r"[(（]第")


def names_inside_ranks(doc_regions: DocRegions, sentence: Sentence, c_start: int, quantities) -> dict:
    """{offset of a rank: (region id,)} for a rank whose words hold a name with the position
    bracketed after it (排名分别为晋江市(第4位)): the place is that region's. A name not
    followed by its bracket is the ranking's scope (排名上海市第二)."""
    out: dict = {}
    base = sentence.start + c_start
    for q in quantities:
        if not q.is_rank or q.by_order:
            continue
        begin = base + q.end - len(q.raw)
        inside = [m for m in doc_regions.starting_in(begin, base + q.start) if m.end <= base + q.start]
        if inside and BRACKETED_POSITION.fullmatch(sentence.text, inside[-1].end - sentence.start, c_start + q.start):
            out[q.start] = (inside[-1].region_id,)
    return out


# 湖北第三城宜昌, 第二强市的洛阳, 第二大省的江苏: the region named right after the place.
ORDINAL_NAME_GAP = re.compile(r"(?:[^，,。；;、]{0,4}的)?")


def ordinal_place_owners(doc_regions: DocRegions, sentence: Sentence, c_start: int, quantities) -> dict:
    """{offset of a rank: (region id,)} for a place written as a noun after its ordinal (第五城,
    第二大城市, 第三强省): the region named right after it; else, when a region is written right
    before it (湖北第二城), that one is where it is ranked, and the place is the region named
    before that one in the sentence (襄阳…湖北第二城)."""
    out: dict = {}
    base = sentence.start + c_start
    for q in quantities:
        if not q.measure:
            continue
        end = base + q.end
        gap = ORDINAL_NAME_GAP.match(sentence.text, end - sentence.start)
        skip = len(gap.group(0)) if gap else 0
        after = next(iter(doc_regions.starting_in(end + skip, end + skip + 1)), None)
        if after is None and skip:
            after = next(iter(doc_regions.starting_in(end, end + 1)), None)
        if after is not None:
            out[q.start] = (after.region_id,)
            continue
        words = numbers.RANK_FIELD_WORDS.search(sentence.text, 0, base + q.start - sentence.start)
        at = base + q.start - (len(words.group(0)) if words else 0)
        field = next((m for m in doc_regions.mentions if m.end == at), None)
        if field is None:
            continue
        before = [
            m
            for m in doc_regions.mentions
            if sentence.start <= m.start and m.end <= field.start and m.region_id != field.region_id
        ]
        if before:
            out[q.start] = (before[-1].region_id,)
    return out


def distributive_at(clause: str, names: Sequence[tuple[int, int]] = ()) -> int:
    """Where a word that gives a figure to each region of a list stands in the clause, or -1.
    A word inside a place's name (`names`, spans in the clause: 成都, 江都区) is none."""
    longer = [(m.start(), m.end()) for m in regions.NOT_DISTRIBUTIVE.finditer(clause)] + list(names)
    for m in DISTRIBUTIVE.finditer(clause):
        if not any(a <= m.start() < b for a, b in longer):
            return m.start()
    return -1


def list_before(body: str, doc_regions: DocRegions, start: int, at: int, contrasted: bool = False) -> list[str]:
    """The regions named as a list (A、B和C) that ends last before `at`, in order. Names right
    before `at` that cannot be a subject are passed over (A、B、C位列D之前,分别为…: D is the
    yardstick, the list is A、B、C). With `contrasted`, a list led by a word of comparison and
    closed by a comma is the yardstick of the names after it (相对于A、B,C和D的…都…: C and D)."""
    items = item_spans([m for m in doc_regions.starting_in(start, at) if m.end <= at])
    while items and not regions.can_be_subject(body, items[-1][1].start, items[-1][1].end):
        items.pop()
    run: list = []
    for begin, m in reversed(items):
        if run and not LIST_GAP.fullmatch(body[m.end : run[0][0]]):
            break
        run.insert(0, (begin, m))
    if contrasted and run and regions.CONTRAST_LEAD.search(body, start, run[0][0]):
        cuts = [k for k in range(1, len(run)) if COMMA.search(body, run[k - 1][1].end, run[k][0])]
        run = run[cuts[-1] :] if cuts else []
    run = [m for _, m in run]
    ids = [m.region_id for m in run]
    return ids if len(set(ids)) == len(ids) else []


COMMA = re.compile(r"[，,]")


# 排名第59的肥西县, 排名第二和第三的分别是A和B: ranks, then 的 and the regions that hold them.
RANKS_JOINED = re.compile(r"\s*[、和及与]\s*")
RANK_OF = re.compile(r"的")


def ranks_before_names(doc_regions: DocRegions, sentence: Sentence, c_start: int, clause: str, quantities) -> dict:
    """{offset of a rank: (region id,)} for ranks written before the names they belong to."""
    out: dict = {}
    run: list = []
    for q in quantities:
        if not q.is_rank:
            run = []
            continue
        if run and not RANKS_JOINED.fullmatch(clause, run[-1].end, q.start):
            run = []
        run.append(q)
        if not RANK_OF.match(clause, q.end):
            continue
        begin = sentence.start + c_start + q.end + 1
        end = sentence.start + c_start + len(clause)
        names = list_items(doc_regions.starting_in(begin, end))
        names = named_items(sentence.text[begin - sentence.start : c_start + len(clause)], begin, names)
        if len(names) >= len(run):
            out.update({r.start: (x.region_id,) for r, x in zip(run, names, strict=False)})
        run = []
    return out


RANK_HEAD_END = re.compile(r"\s*[：:]\s*")


def rank_opening_clause(doc_regions: DocRegions, sentence: Sentence, c_start: int, clause: str, quantities) -> dict:
    """{offset of a rank: (region id,)} for a rank that opens its clause before any name and is
    followed by one (第七名是A, 第一位A上榜26个, 第六名被某省的A占据): the region is that name,
    or the one after 的 when the first name is only where it lies."""
    base = sentence.start + c_start
    mentions = list_items(doc_regions.starting_in(base, base + len(clause)))
    rank = next((q for q in quantities if q.is_rank and "第" in q.raw), None)
    if rank is None or any(m.start < base + rank.start for m in mentions):
        return {}
    after = [m for m in mentions if m.start >= base + rank.end]
    if not after and RANK_HEAD_END.fullmatch(clause, rank.end):
        # 第一名：甲县，作为…: a rank heading its item, the name opening the next clause.
        rest = sentence.text[c_start + len(clause) :]
        at = base + len(clause) + len(rest) - len(rest.lstrip())
        after = doc_regions.starting_in(at, at + 1)
    if not after:
        return {}
    owner = after[0]
    between = sentence.text[base - sentence.start + rank.end : owner.start - sentence.start]
    if between and not LIST_ITEM.fullmatch(between):
        return {}  # 第15的X、第22的Y with X unknown: Y is another item's, not this rank's
    for m in after[1:]:
        if not RANK_OF.fullmatch(sentence.text, owner.end - sentence.start, m.start - sentence.start):
            break
        owner = m
    return {rank.start: (owner.region_id,)}


def list_items(mentions: list) -> list:
    """The items a run of names makes: a name written after its province or city with nothing
    between (江苏昆山市, 榆林市府谷县) is one item, the last name's."""
    return [m for _, m in item_spans(mentions)]


def item_spans(mentions: list[Mention]) -> list[tuple[int, Mention]]:
    """list_items with where each item begins: at its first name (珠海市 of 珠海市香洲区横琴镇)."""
    out: list[tuple[int, Mention]] = []
    for m in mentions:
        if out and out[-1][1].end == m.start:
            out[-1] = (out[-1][0], m)
        else:
            out.append((m.start, m))
    return out


def ordered_list_ranks(
    doc_regions: DocRegions, sentence: Sentence, c_start: int, clause: str, body: str = ""
) -> tuple[list, dict, int]:
    """Ranks 1, 2, 3 … for the regions listed after 前三位分别是/依次为: quantities standing at
    each name, and, as listed_regions gives it, the region of each; with where the clause that
    opens the list starts in the sentence (an earlier one for 依次为: 北京、…), from which the
    quantities are counted. A list that opens with a tie counts on as the page says (tied_count)."""
    end = c_start + len(clause)
    m = list_opener(ORDERED, sentence, c_start, end) or list_opener(TOP_N_LIST, sentence, c_start, end)
    if m is None:
        return sized_top_list_ranks(doc_regions, sentence, c_start, clause, body)
    if NOT_FROM_TOP.search(m.group(0)):
        return [], {}, c_start
    opened, placed = placed_after(doc_regions, sentence, c_start, end, m)
    if len(placed) < 2 or (m.re is TOP_N_LIST and len(placed) != numbers.parse_number(m.group("num"))):
        return [], {}, c_start
    placed = tied_count(placed, m.group(0), body)
    if shift := places_given_before(sentence.text[: m.end()]):
        placed = [(p + shift, x) for p, x in placed]
    return (*ranks_at_names(placed, sentence.start + opened), opened)


def list_opener(pattern: re.Pattern, sentence: Sentence, c_start: int, end: int) -> re.Match | None:
    """The first match of `pattern` before `end` that opens the list the clause at `c_start` is in."""
    return next((m for m in pattern.finditer(sentence.text, 0, end) if opens(sentence.text, m, c_start)), None)


def placed_after(
    doc_regions: DocRegions, sentence: Sentence, c_start: int, end: int, m: re.Match
) -> tuple[int, list[tuple[int, Mention]]]:
    """Where the clause that opens the list led by `m` starts in the sentence, and the regions
    listed after `m` up to `end`, each with its place in the list."""
    opened = min(c_start, max(k for k, _ in sentence.clauses if k <= m.start()))
    begin = sentence.start + max(m.end(), c_start)
    names = list_items(doc_regions.starting_in(begin, sentence.start + end))
    return opened, placed_items(sentence.text[begin - sentence.start : end], begin, names)


# 前10名均来自甲、乙两省。分别是A、B…; 十强县分别是:A、B…: a list after 分别 is a top N in order
# only when it names exactly the N places (sized_top_list_ranks).
SIZED_TOP_OPENER = re.compile(rf"(?:{lexicon.alternation('sized_top_list_openers.txt')})\s*[:：]?")


def sized_top_list_ranks(
    doc_regions: DocRegions, sentence: Sentence, c_start: int, clause: str, body: str
) -> tuple[list, dict, int]:
    """Ranks 1…N for the regions listed after 分别是/分别为 when a top N (前10名, 十强) stands
    before the list in its sentence, or in the sentence before when the list opens its own, and
    the list holds exactly N places (a tie at its head counted as tied_count counts it); as
    ordered_list_ranks gives them. A list of another length is members of the top N, not places."""
    end = c_start + len(clause)
    m = list_opener(SIZED_TOP_OPENER, sentence, c_start, end)
    if m is None:
        return [], {}, c_start
    before = sentence.text[: m.start()]
    if not before.strip():
        # The list opens its sentence: the top N is named at the end of the one before.
        before = regions.SENTENCE_END_RE.split(body[: sentence.start].rstrip("。！？!?\n \t"))[-1]
    tops = list(HEADING_COUNT.finditer(before))
    if not tops or places_given_before(before[tops[-1].start() :]):
        return [], {}, c_start
    top = tops[-1]
    size = numbers.parse_number(next(g for g in top.groups() if g))
    opened, placed = placed_after(doc_regions, sentence, c_start, end, m)
    if len(placed) < 2:
        return [], {}, c_start
    placed = tied_count(placed, top.group(0), body)
    if placed[-1][0] != size:
        return [], {}, c_start
    return (*ranks_at_names(placed, sentence.start + opened), opened)


# 前三之后的…依次为, 前10名以后分别是: the list counts on after the top N.
AFTER_TOP_N = re.compile(rf"前([\d一二三四五六七八九十]+)[位名强]?(?:{LIST_AFTER})[^，,。；;]*$")
# 甲市位居榜首,其后依次是: the list counts on after the first place.
AFTER_FIRST = re.compile(rf"{AFTER_FIRST_LEAD}[^，,。；;]*$")


def places_given_before(opening: str) -> int:
    """How many places a sentence gave before the ordered list its `opening` leads to, when the
    list goes on after them (其后依次为 after 首位, 前三之后…依次为); 0 when it starts at the top."""
    if top := AFTER_TOP_N.search(opening):
        return int(numbers.parse_number(top.group(1)) or 0)
    return 1 if AFTER_FIRST.search(opening) else 0


HEADING_COUNT = re.compile(r"前([\d一二三四五六七八九十]+)[位名强]|([\d一二三四五六七八九十]+)大?强")


def tied_count(placed: list[tuple[int, Mention]], opener: str, body: str) -> list[tuple[int, Mention]]:
    """The places after a tie at the head of an ordered list, as the page gives them
    (tests/corpus/LABELING.md, "A tie at the head of a list"): a place the page states for a
    listed name elsewhere (乙县(第4位)) fixes the count; else a heading that counts one place less
    than the list holds names (十强: eleven names) has the names after the pair count on from 2;
    else they keep their own position (from 3). The list's length is its last item's place, so
    that an item whose name the gazetteer misses (福建省晋江市市) still counts."""
    if len(placed) < 3 or placed[0][0] != placed[1][0]:
        return placed
    tied = placed[0][0]
    dense = [(p if k < 2 else p - 1, x) for k, (p, x) in enumerate(placed)]
    for (own, x), (closer, _) in zip(placed[2:], dense[2:], strict=True):
        for stated in re.finditer(rf"{re.escape(x.text)}[（(]?(?:位列|排名|排在|居)?第(\d+)位", body):
            value = int(stated.group(1))
            if value in (own, closer) and own != closer:
                return placed if value == own else dense
    heading = HEADING_COUNT.search(opener)
    count = numbers.parse_number(next(g for g in heading.groups() if g)) if heading else None
    return dense if count and placed[-1][0] == count + 1 and tied == 1 else placed


def ranks_at_names(placed: Sequence[tuple[float, Mention]], base: int) -> tuple[list, dict]:
    """A ranking given by order: a rank quantity standing at each name (offsets from `base`),
    and each one's region, as listed_regions gives them."""
    ranks = [
        numbers.Quantity(x.start - base, x.end - base, x.text, float(k), "位", "", is_rank=True, by_order=True)
        for k, x in placed
    ]
    return ranks, {x.start - base: (x.region_id,) for _, x in placed}


# A、B、C、D包揽前4位; A、B位列该榜前两位: the listed regions hold the top places in the order
# written, the ranking's field (该榜, 全省) between the verb and the places.
TOP_TAKEN = re.compile(
    rf"(?:{lexicon.alternation('top_taken_words.txt')})了?[^，,。；;、\d]{{0,10}}?"
    rf"前(?P<num>\d+|[一二两三四五六七八九十]+)(?:位|名|强|席)?"
)
# A、B在全省开发区考核中分列前两位: the field of the ranking, written between the list and its verb.
FIELD_PHRASE = re.compile(r"在[^，,。；;、]{1,24}?[中里内]")


def top_places_taken(doc_regions: DocRegions, sentence: Sentence, c_start: int, clause: str) -> tuple[list, dict]:
    """Ranks 1…N for a list of N regions written just before 包揽前N位, as ordered_list_ranks
    gives them (quantities at the names, and each one's region); nothing when the list's
    length is not N."""
    m = TOP_TAKEN.search(clause)
    if m is None:
        return [], {}
    base = sentence.start + c_start
    places = numbers.parse_number(m.group("num"))
    field = FIELD_PHRASE.search(clause, 0, m.start())
    end = field.start() if field else m.start()
    names = list_items([x for x in doc_regions.starting_in(base, base + end) if x.end <= base + end])
    names = named_items(clause[:end], base, names)
    if not places or len(names) != places:
        return [], {}
    return ranks_at_names(list(enumerate(names, start=1)), base)


# 仅次于甲市、乙市,位居第三: the places the subject stands right behind (data/second_to_words.txt).
SECOND_TO = re.compile(lexicon.alternation("second_to_words.txt"))


def places_ahead(doc_regions: DocRegions, sentence: Sentence, c_start: int, clause: str) -> tuple[list, dict]:
    """Ranks 1…N for the N regions written after 仅次于 in this clause, when another clause of the
    sentence states the subject's own place as N+1 (仅次于甲市、乙市,位居第三; 排全市第四,仅次于
    甲、乙、丙): they fill the places above it in the order written, as top_places_taken gives them."""
    m = SECOND_TO.search(clause)
    if m is None:
        return [], {}
    base = sentence.start + c_start
    names = list_items(doc_regions.starting_in(base + m.end(), base + len(clause)))
    others = sentence.text[:c_start] + "，" + sentence.text[c_start + len(clause) :]
    own = [q for q in numbers.find_quantities(others) if q.is_rank and "第" in q.raw]
    if not names or len(own) != 1 or own[0].value != len(names) + 1:
        return [], {}
    ranks, owners = ranks_at_names(list(enumerate(names, start=1)), base)
    # 地区生产总值排全市第四: the measure the subject is placed by places them too.
    measure = taxonomy.measure_named(others[: own[0].start], "位", "rank")
    return [replace(q, measure=measure.id) for q in ranks] if measure else ranks, owners


# 乙市和丙市紧随其后; 紧随其后的是丁县和戊县: the regions named hold the places right after the
# last place stated, in the order written.
FOLLOW = re.compile(rf"(?:{lexicon.alternation('follow_words.txt')})(?P<named>的?(?:是|为|有)[:：]?)?")
FOLLOW_JOIN = re.compile(r"\s*[、和及与]\s*")


def following_ranks(
    doc_regions: DocRegions, sentence: Sentence, c_start: int, clause: str, quantities, last_rank: float | None
) -> tuple[list, dict]:
    """Ranks last_rank+1, +2 … for the regions written before 紧随其后 (a run of names joined by
    、/和) or listed after 紧随其后的是, as top_places_taken gives them (quantities at the names,
    and each one's region); nothing when no place was stated just before, or the clause states
    its own."""
    m = FOLLOW.search(clause)
    if m is None or last_rank is None or any(q.is_rank for q in quantities):
        return [], {}
    base = sentence.start + c_start
    names: list = []
    if m.group("named"):
        begin = base + m.end()
        inside = list_items(doc_regions.starting_in(begin, base + len(clause)))
        for k, item in enumerate(LIST_ITEM.finditer(clause, m.end())):
            held = [x for x in inside if base + item.start() <= x.start < base + item.end()]
            if len(held) != 1 or (k and clause[item.start() : item.end()].strip() != held[0].text):
                break  # 丁省12个、戊省6个: a count list; only its first item is placed
            names.append(held[0])
    else:
        names = joined_run(doc_regions, clause, base, m.start())
    return ranks_at_names([(last_rank + k, x) for k, x in enumerate(names, start=1)], base)


def led_by_list(doc_regions: DocRegions, sentence: Sentence, c_start: int, clause: str, q) -> bool:
    """Whether a first place in an idiom (领跑) stands after a list of regions (甲、乙、丙继续领跑):
    a group that leads, none of them first."""
    if not (q.is_rank and numbers.LEAD_RE.match(clause, q.start)):
        return False
    return len(joined_run(doc_regions, clause, sentence.start + c_start, q.start)) > 1


def joined_run(doc_regions: DocRegions, clause: str, base: int, end: int) -> list:
    """The last run of list items before `end` in the clause (which starts at `base` in the
    body) whose names are joined by 、/和/及/与 only: 甲市和乙市 of 丙省第一，甲市和乙市紧随其后."""
    run: list = []
    for x in list_items(doc_regions.starting_in(base, base + end)):
        if run and not FOLLOW_JOIN.fullmatch(clause, run[-1].end - base, x.start - base):
            run = []
        run.append(x)
    return run


# 甲、乙、丙分列四到六位; 7-10位分别是甲、乙、丙和丁: a range of places handed to as many
# regions, in the order written, however long the range is beside its text.
BAND_NUM = r"\d{1,3}|[一二三四五六七八九十]{1,3}"
BAND = (
    rf"第?(?P<low>{BAND_NUM})[位名]?\s*(?:{lexicon.alternation('rank_band_links.txt')})\s*第?(?P<high>{BAND_NUM})[位名]"
)
BAND_BEFORE = re.compile(rf"(?:{lexicon.alternation('rank_list_words.txt')}){BAND}")
BAND_AFTER = re.compile(rf"(?<![\d{numbers.CN_DIGITS}前]){BAND}的?(?:分别|依次)(?:是|为)[:：]?")


def band_ranks(doc_regions: DocRegions, sentence: Sentence, c_start: int, clause: str) -> tuple[list, dict, tuple]:
    """Ranks low…high for the regions listed before 分列low到high位 or after low-high位分别是,
    when the list has as many names as the range has places, as top_places_taken gives them;
    with the span of the range, whose figures are then no facts of their own."""
    base = sentence.start + c_start
    for m in BAND_BEFORE.finditer(clause):
        names = list_items([x for x in doc_regions.starting_in(base, base + m.start()) if x.end <= base + m.start()])
        names = named_items(clause[: m.start()], base, names)
        if (placed := band_placed(m, names, base)) is not None:
            return (*placed, m.span())
    for m in BAND_AFTER.finditer(clause):
        begin = base + m.end()
        names = list_items(doc_regions.starting_in(begin, base + len(clause)))
        names = named_items(clause[m.end() :], begin, names)
        if (placed := band_placed(m, names, base)) is not None:
            return (*placed, m.span())
    return [], {}, (0, 0)


def band_placed(m: re.Match, names: list, base: int) -> tuple[list, dict] | None:
    low, high = numbers.parse_number(m.group("low")), numbers.parse_number(m.group("high"))
    if not low or not high or high <= low or len(names) != high - low + 1:
        return None
    return ranks_at_names([(low + k, x) for k, x in enumerate(names)], base)


# 狮山镇第2、大沥镇第11、里水镇第19; 神木市大柳塔镇2 神木市锦界镇3: a ranking printed as names,
# each followed at once by its position, and the next name after a space or a list mark.
POSITION_AFTER_NAME = re.compile(r"第?(?P<num>\d{1,3})(?:位|名)?")
ITEM_END = re.compile(r"[\s、，,；;。！？!?）)]|$")
ITEM_SEPARATOR = re.compile(r"[\s、，,；;]*")
MIN_GLUED_ITEMS = 3  # fewer could be a name and a stray figure; a ranking lists more


def ranks_after_names(
    doc_regions: DocRegions, sentence: Sentence, c_start: int, clause: str, quantities
) -> tuple[list, dict]:
    """Ranks for runs of at least three list items written name-then-position, the positions
    rising down the list (a ranking in order), as ordered_list_ranks gives them: quantities at
    the positions and each one's region."""
    base = sentence.start + c_start
    items = item_spans(doc_regions.starting_in(base, base + len(clause)))
    begins = {begin - base for begin, _ in items}
    runs: list[list] = [[]]
    for begin, m in items:
        hit = POSITION_AFTER_NAME.match(clause, m.end - base)
        if hit and not (hit.end() in begins or ITEM_END.match(clause, hit.end())):
            hit = None  # 江苏41个: a figure with its unit, not a position
        run = runs[-1]
        joined = run and ITEM_SEPARATOR.fullmatch(clause, run[-1][1].end(), begin - base)
        if hit is None or (run and not (joined and int(hit.group("num")) > int(run[-1][1].group("num")))):
            runs.append([])
        if hit is not None:
            runs[-1].append((m, hit))
    out: list = []
    owners: dict = {}
    for run in runs:
        if len(run) < MIN_GLUED_ITEMS or any(
            q.start < hit.end() and hit.start() < q.end and not q.is_rank for _, hit in run for q in quantities
        ):
            continue  # a rank word before the list (入围前100(A第2…) may have read the first one
        for m, hit in run:
            q = numbers.Quantity(
                hit.start(), hit.end(), hit.group(0), float(hit.group("num")), "位", "", is_rank=True, by_order=True
            )
            out.append(q)
            owners[q.start] = (m.region_id,)
    return out, owners


# 第四的乙市, 第二的是乙市, 第三是甲省乙市: an ordinal with no verb of ranking before it, joined
# to the region right after it (data/ordinal_link_words.txt).
ORDINAL_OF = re.compile(
    rf"第(?P<num>{numbers.NUM})(?![{numbers.NOT_A_PLACE}\d{numbers.CN_DIGITS}])(?:位|名)?"
    rf"(?:{lexicon.alternation('ordinal_link_words.txt')})"
)


def ordinal_of_names(
    doc_regions: DocRegions, sentence: Sentence, c_start: int, clause: str, quantities
) -> tuple[list, dict]:
    """Ranks for ordinals written without a verb of ranking and followed by 的, 的是 or 是 and
    a region (排第三的甲市、第四的乙市; 第二的是乙市): a place of that region, the last of the
    names written together (甲省乙市 → 乙市). An ordinal a rule has read already is left alone."""
    base = sentence.start + c_start
    out: list = []
    owners: dict = {}
    for m in ORDINAL_OF.finditer(clause):
        if any(q.start < m.end() and m.start() < q.end for q in quantities):
            continue
        value = numbers.parse_number(m.group("num"))
        if value is None or value != int(value) or value < 1:
            continue
        items = item_spans(doc_regions.starting_in(base + m.end(), base + len(clause)))
        if not items or items[0][0] != base + m.end():
            continue
        q = numbers.Quantity(m.start("num"), m.end("num"), m.group(0), value, "位", "", is_rank=True)
        out.append(q)
        owners[q.start] = (items[0][1].region_id,)
    return out, owners


MOST = re.compile(
    rf"(?:{lexicon.alternation('most_words.txt')})(?!的?(?:\d|[{numbers.CN_DIGITS}]+[{numbers.COUNT_UNITS}]))"
)


FROM_BOTTOM = lexicon.alternation("from_bottom_words.txt")
# 排名最后一位, 居末位: the last place of a set; 倒数第三: the third from the bottom.
LAST_PLACE = re.compile(
    rf"(?:{numbers.RANK_WORDS})[^，,。；;第]{{0,6}}?(?:{lexicon.alternation('last_place_words.txt')})"
)
BOTTOM_ORDINAL = re.compile(rf"(?:{FROM_BOTTOM})第(?:\d+|[{numbers.CN_DIGITS}]+)")
# 在61个县市区中, 在全国17个新一线城市中, 全市10个县区中: the size of the set a place is counted in.
SET_SIZE = re.compile(
    r"(?:在[^，,；;。\d]{0,6}?|全[^，,；;。\d]{0,2}?)\s*(?P<size>\d+|[一二两三四五六七八九十百]+)\s*个[^，,；;。\d]{0,14}?中"
)


def places_from_bottom(
    sentence: Sentence, c_start: int, clause: str, quantities: list[numbers.Quantity]
) -> list[numbers.Quantity]:
    """A place counted from the bottom of a set whose size the sentence states before it
    (在全省61个县区中排名倒数第三 → 59; 在17个城市中…排名最后一位 → 17): the size less the places
    below it. Without the size such a place is no position from the top, and no figure."""
    sizes = list(SET_SIZE.finditer(sentence.text, 0, c_start + len(clause)))
    out = []
    for q in quantities:
        if not (q.is_rank and BOTTOM_ORDINAL.search(q.raw)):
            out.append(q)
            continue
        total = size_before(sizes, c_start + q.start)
        if total and 0 < q.value <= total:
            out.append(replace(q, value=float(total - q.value + 1)))
    for m in LAST_PLACE.finditer(clause):
        total = size_before(sizes, c_start + m.start())
        if total and not any(q.start < m.end() and m.start() < q.end for q in out):
            out.append(numbers.Quantity(m.start(), m.end(), m.group(0), float(total), "位", "", is_rank=True))
    return sorted(out, key=lambda q: q.start)


def size_before(sizes: list[re.Match], at: int) -> float | None:
    """The size of the set the last of `sizes` (SET_SIZE matches) states, when it ends by `at`."""
    if not sizes or sizes[-1].end() > at:
        return None
    return numbers.parse_number(sizes[-1].group("size"))


def most_members(sentence: Sentence, c_start: int, clause: str, quantities) -> list:
    """Rank 1 for 为全国最多 / 入围数最多 when the clause names a ranked set (上榜, 百强) or the
    clause before it counts the set's members (有26个百强县,为全国最多)."""
    m = MOST.search(clause)
    if m is None or any(q.is_rank for q in quantities):
        return []
    earlier = [text for start, text in sentence.clauses if start < c_start]
    counted = (
        bool(earlier)
        and LIST_MEMBER_RE.search(earlier[-1])
        and any(numbers.unit_class(q.unit) == "count" for q in numbers.find_quantities(earlier[-1]))
    )
    if not (LIST_MEMBER_RE.search(clause) or counted):
        return []
    return [numbers.Quantity(m.start(), m.end(), m.group(0), 1.0, "位", "", is_rank=True)]


SUPERLATIVE_MEASURES = {row["word"]: row["indicator"] for row in lexicon.table("superlative_measures.csv")}
SUPERLATIVE = re.compile(
    rf"(?P<measure>{lexicon.either(SUPERLATIVE_MEASURES)})?(?P<most>{lexicon.alternation('superlative_words.txt')})"
)
SUBJECT_COPULA = re.compile(rf"\s*(?:{lexicon.alternation('subject_copulas.txt')})")
SUPERLATIVE_END = re.compile(r"\s*(?:[、，,。；;！!？?]|$)")
SECOND_WORDS = lexicon.alternation("second_place_words.txt")
# 县区中面积第一、人口第二, 增速五县(市)首位: a place written after the measure it is by, in a
# set of places the clause names before the measure (…中) or between the measure and the place.
MEASURE_PLACE = re.compile(
    rf"(?P<measure>{lexicon.either(SUPERLATIVE_MEASURES)})(?P<field>[^，,。；;、第\d]{{0,8}}?)"
    rf"(?P<place>(?P<top>{lexicon.alternation('top_place_words.txt')})"
    rf"|第(?P<n>\d+|[{numbers.CN_DIGITS}]+)(?!{lexicon.alternation('measure_place_blockers.txt')}))"
)
SET_FIELD_BEFORE = re.compile(r"中\s*$")
# 以乙市的增速最快: 以 before the holder's name says the clause picks it out of a set (regions.py
# reads the same form for the subject, data/superlative_leads.txt).
LED_HOLDER = re.compile(r"以\s*$")
# 甲市是乙省面积最大: a region right after 是 is the field of the superlative, not its holder.
FIELD_AFTER_COPULA = re.compile(r"[是为為]\s*$")
# 以乙市的增速, 甲省达标县数量, 山东A+级县市数量: what may stand between a region and the measure it
# holds; a field word (各县中, 全省) or a break between them makes the region the field, not the holder.
HOLDER_GAP = re.compile(
    rf"的?(?:(?!{lexicon.alternation('holder_gap_breaks.txt')})[^，,。；;、])"
    r"{0,6}"
)
SECOND_AFTER = re.compile(rf"(?P<word>{SECOND_WORDS})\s*[，,。；;！!]?$")
SECOND_BEFORE = re.compile(rf"(?:{SECOND_WORDS})[是为為]")
# 甲省…数量最多,乙省其次: a second place later in the sentence makes the first a place in a ranking.
SECOND_AFTER_TOP = re.compile(rf"[，,]\s*[^，,。；;]{{1,8}}?(?:{SECOND_WORDS})|(?:{SECOND_WORDS})[是为為]")


def superlative_ranks(doc_regions: DocRegions, sentence: Sentence, c_start: int, clause: str, quantities) -> tuple:
    """Rank 1 for a region a superlative puts first in a measure (增速最高的襄阳, 增幅最大的是长兴县,
    湖州是浙北面积最大, 人口最多的城市, 湖州最高), and rank 2 for the region 次之/其次 gives after
    one in the same sentence (嘉兴次之, 其次是乙县): quantities at the words, and the region of
    each that a name right after (or before) the words gives; the others are the subject's."""
    out: list = []
    owners: dict = {}
    base = sentence.start + c_start
    mentions = doc_regions.starting_in(base, base + len(clause))

    def at(offset: int):
        return next((m for m in mentions if m.start == base + offset), None)

    def ending(offset: int):
        return next((m for m in mentions if m.end == base + offset), None)

    def holder(offset: int):
        """The region a measure right after it is of (甲省达标县数量, 以乙市的增速): the last name
        before the measure with no field (各县中, 全省) or clause break between them."""
        before = [x for x in mentions if x.end <= base + offset]
        if not before or SCOPE_ONLY.fullmatch(before[-1].text):
            return None
        if FIELD_AFTER_COPULA.search(clause, 0, before[-1].start - base):
            return None
        return before[-1] if HOLDER_GAP.fullmatch(clause, before[-1].end - base, offset) else None

    for m in SUPERLATIVE.finditer(clause):
        start, end = m.start("most"), m.end("most")
        if any(q.start < end and start < q.end for q in quantities):
            continue
        measure = m.group("measure")
        owner = None
        if not (measure or SUPERLATIVE_END.match(clause, end)):
            continue  # 最大的宁波港: what is measured is not said
        if clause.startswith("的是", end) and (named := at(end + 2)):
            owner = named  # 增幅最大的是长兴县
        elif clause.startswith("的", end) and (named := at(end + 1)):
            owner = named  # 增速最高的襄阳
        elif (
            measure
            and SUPERLATIVE_END.match(clause, end)
            and (held := holder(m.start("measure")))
            and (
                LED_HOLDER.search(clause, 0, held.start - base) or SECOND_AFTER_TOP.search(sentence.text, c_start + end)
            )
        ):
            owner = held  # 以乙市的增速最快, 甲省达标县数量最多: the region the measure is of
        elif SUPERLATIVE_SET.match(clause, end) and (
            any(x.end <= base + start for x in mentions) or SUBJECT_COPULA.match(clause)
        ):
            pass  # 甲市是…人口最多的城市, …,是新增数量最多的省份: the subject's, named in the sentence
        elif (
            SUPERLATIVE_END.match(clause, end)
            and not measure
            and (owner := ending(start))
            and not SCOPE_ONLY.fullmatch(owner.text)  # 均为全市最高: where, not whose
        ):
            pass  # 湖州最高,
        else:
            continue
        implied = SUPERLATIVE_MEASURES.get(measure or "", "")
        # 人口最多: the superlative's own words name the measure, whatever the clause names before
        out.append(
            numbers.Quantity(
                start, end, m.group(0), 1.0, "位", "", is_rank=True, measure=implied, measure_named=bool(implied)
            )
        )
        if owner is not None:
            owners[start] = (owner.region_id,)
    fielded = -1  # the end of the last place read with its field, which a place after 、 shares
    for m in MEASURE_PLACE.finditer(clause):
        start, end = m.start("place"), m.end()
        if any(q.start < end and start < q.end for q in [*quantities, *out]):
            continue
        if not (
            SET_FIELD_BEFORE.search(clause, 0, m.start())
            or MEASURE_SET_FIELD.search(m.group("field"))
            or (fielded >= 0 and clause[fielded : m.start()] == "、")
        ):
            continue  # 人口第一: the places it is first among are not said
        fielded = end
        value = 1.0 if m.group("top") else numbers.parse_number(m.group("n"))
        held = holder(m.start())
        spoken = doc_regions.starting_in(sentence.start, sentence.start + len(sentence.text))
        if not value or not (held or SUBJECT_COPULA.match(clause) or not spoken):
            continue  # whose place it is: the region holding the measure, the subject 是 carries, or the home
        implied = SUPERLATIVE_MEASURES.get(m.group("measure"), "")
        out.append(
            numbers.Quantity(
                start,
                end,
                m.group(0)[start - m.start() :],
                value,
                "位",
                "",
                is_rank=True,
                measure=implied,
                measure_named=bool(implied),
            )
        )
        if held:
            owners[start] = (held.region_id,)
    if out or not SUPERLATIVE.search(sentence.text, 0, c_start):
        return out, owners
    second = SECOND_AFTER.search(clause)
    if second and (named := ending(second.start())):
        q = numbers.Quantity(
            second.start("word"), second.end("word"), second.group("word"), 2.0, "位", "", is_rank=True
        )
        return [q], {q.start: (named.region_id,)}
    second = SECOND_BEFORE.search(clause)
    if (
        second
        and (named := at(second.end()))
        and not any(q.start < second.end() and second.start() < q.end for q in quantities)
    ):
        q = numbers.Quantity(second.start(), second.end(), second.group(0), 2.0, "位", "", is_rank=True)
        return [q], {q.start: (named.region_id,)}
    return out, owners


def overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def named_items(text: str, start: int, names: list) -> list:
    """The names of a list's items (text starts at `start` in the body) up to the first item
    that names no region: a place after it is not known, and neither are the later ranks."""
    out = []
    for item in LIST_ITEM.finditer(text):
        inside = [x for x in names if start + item.start() <= x.start < start + item.end()]
        if len(inside) != 1:
            break
        out.append(inside[0])
    return out


def placed_items(text: str, start: int, names: list) -> list[tuple[int, Mention]]:
    """(place, name) for the items of an ordered list (text starts at `start` in the body) that
    end with a region's name (江苏昆山市玉山镇 → 玉山镇): an item whose place is not known
    (广东中山市火炬区, or 长乐市, a city made a district since) keeps its place in the count, so
    the items after it keep theirs. The list ends at the first item that names no place
    (工业、农业: not a list of places). A name that holds a word of the list's joins (呼和浩特) is
    one item."""
    out = []
    tied_from = 0  # the place of the first item of an open tie ([A、B]), 0 when none is open
    place = k = 0
    named_to = 0  # where the last name found ends (offset in `text`)
    for item in LIST_ITEM.finditer(text):
        if item.start() < named_to:
            continue  # 浩特 of 呼和浩特: the rest of a name read with the item before
        k += 1
        place = tied_place(text, item, k, place, tied_from)
        tied_from = place if TIE_OPEN.match(item.group()) else 0 if TIE_CLOSE.search(item.group()) else tied_from
        inside = [x for x in names if start + item.start() <= x.start < start + item.end()]
        if not inside and UNKNOWN_PLACE.fullmatch(item.group()):
            continue
        if not inside:
            break
        last = inside[-1]
        named_to = last.end - start
        if not UNKNOWN_PLACE_TAIL.search(text, last.end - start, item.end()):
            out.append((place, last))
    return out


# [甲市、乙县]、…; 甲市和乙县(并列)、…: places tied in an ordered list, each
# holding the place of the first of them; the items after them keep their own count (the third
# item is third) unless the page says otherwise (tied_count).
TIE_OPEN = re.compile(r"\s*[\[【]")
TIE_CLOSE = re.compile(r"[\]】]\s*$")
TIE_MARK = re.compile(rf"[(（](?:{lexicon.alternation('tie_words.txt')})[)）]\s*$")


def tied_place(text: str, item: re.Match, k: int, before: int, tied_from: int) -> int:
    """The place of the k-th item of an ordered list: that of the first item of the bracket it
    stands in, that of the item before it when it ends with (并列) and is joined to it by 和/与/及,
    else k."""
    if tied_from and not TIE_OPEN.match(item.group()):
        return tied_from
    if before and TIE_MARK.search(item.group()) and text[item.start() - 1 : item.start()] in "和与及":
        return before
    return k


# 河北丰南区丰南镇, 广东中山市火炬区: a place the gazetteer lacks ends the item after the last name found.
# 长乐市, 建阳市: an item that is a name with a division's suffix, though no place the gazetteer knows.
UNKNOWN_PLACE = re.compile(rf"\s*[\u4e00-\u9fff]{{1,6}}(?:{lexicon.alternation('division_suffixes.txt')})\s*")
UNKNOWN_PLACE_TAIL = re.compile(rf"[^、，,和及与。；;]*(?:{lexicon.alternation('division_suffixes.txt')})\s*$")


def opens(sentence: str, m: re.Match, c_start: int) -> bool:
    """Whether the words of an ordered list (依次为) open the list in the clause at `c_start`:
    they end inside it, or just before it (依次为: 北京、上海…)."""
    return m.end() > c_start or bool(LIST_OPENING.fullmatch(sentence, m.end(), c_start))


# 这4县市总人口…, 有二十个县区的生产总值…: a count of regions followed by what they have.
GROUP_OF_REGIONS = re.compile(
    rf"[\d一二两三四五六七八九十]+个?(?:{lexicon.alternation('region_group_nouns.txt')})(?![、，,；;和及与]|$)"
)


# 59个县市区的…, 41个镇中: a count of regions that the sentence goes on to speak of as a set.
PLACE_SET_NOUNS = (
    rf"{lexicon.alternation('region_group_nouns.txt')}|{lexicon.alternation_of('region_sets.csv', 'place', 'noun')}"
)
PLACE_SET_IN_FIELD = re.compile(rf"\d+个[^，,。；;]{{0,3}}?(?:{PLACE_SET_NOUNS})")  # 76个涉农县市: places, no measure
# 增速五县(市)首位, 增速全市第一: the set of places a place after a measure is among.
MEASURE_SET_FIELD = re.compile(
    rf"(?:{lexicon.alternation('rank_scopes.txt')}|{PLACE_SET_NOUNS}|{lexicon.alternation('superlative_set_nouns.txt')})"
)
# 人口最多的城市, 排名最高的百强县市: the set of places the region is the first of.
SUPERLATIVE_SET = re.compile(
    rf"的[^，,。；;、的]{{0,3}}?(?:{PLACE_SET_NOUNS}|{lexicon.alternation('superlative_set_nouns.txt')})"
)
SET_OF_REGIONS = re.compile(
    rf"(?:{PLACE_SET_NOUNS})(?:[（(][^）)]{{0,6}}[）)])?(?:{lexicon.alternation_of('region_sets.csv', 'place', 'after')})"
)
# 有9个县区增速超过7%: the count of the members that meet what follows (data/member_count_leads.txt).
MEMBER_COUNT_LEAD = re.compile(rf"(?<!共)(?:{lexicon.alternation('member_count_leads.txt')})\s*$")
MEMBER_SET = re.compile(rf"(?:{PLACE_SET_NOUNS})")
# 17个县(市、区)中, 在三十八个县区中: a count of a region's divisions named as the field of what follows.
GROUP_FIELD = re.compile(rf"[\d一二两三四五六七八九十]+个?(?:{PLACE_SET_NOUNS})(?:[（(][^）)]{{0,6}}[）)])?\s*[中里内]")
# 下辖的6个建制镇均…: a region's own divisions, a governing word (辖) a few characters before.
OWN_DIVISIONS = re.compile(rf"(?:{numbers.GOVERNING.pattern})[^，,；;。]{{0,3}}$")


# 全国21个省份, 我国共有9个自由贸易港: a count right after a word for the whole country.
NATION_COUNT = re.compile(
    rf"(?:{lexicon.alternation('nation_words.txt')})(?:{lexicon.alternation('nation_count_links.txt')})?$"
)
SET_NOUN = re.compile(rf"(?:{PLACE_SET_NOUNS}|{lexicon.alternation('nation_set_nouns.txt')})")


# 其余8座城市的这项指标均在5000亿元以下: a bound shared by the rest of a set of places.
REST_OF_SET_BOUND = re.compile(
    rf"(?:{lexicon.alternation('rest_of_set_words.txt')})(?:{numbers.NUM}[{numbers.COUNT_UNITS}]?)?"
    rf"(?:{PLACE_SET_NOUNS})[^，,；;。]*?[都均][^，,；;。\d]{{0,8}}$"
)


def rest_of_set_bound(clause: str, q: numbers.Quantity) -> bool:
    """Whether the figure is a bound the rest of a set of places all share (其余3县都超过了20%)."""
    return not q.is_rank and bool(REST_OF_SET_BOUND.search(clause, 0, q.start))


def set_size(clause: str, q: numbers.Quantity) -> bool:
    """Whether the figure counts a set of regions that the sentence speaks of (全省59个县市区的财政
    自给率, 其余3个县都较弱), not a region's own divisions or its members in a list."""
    if q.is_rank or numbers.unit_class(q.unit) != "count":
        return False
    if NATION_COUNT.search(clause, 0, q.start) and SET_NOUN.match(clause, q.end):
        return True  # 散布在全国21个省份, 我国共有9个自由贸易港: the country's set, no region's count
    return (
        bool(SET_OF_REGIONS.match(clause, q.end))
        and not OWN_DIVISIONS.search(clause, 0, q.start)
        and not MEMBER_COUNT_LEAD.search(clause, 0, q.start)
    )


def member_count(clause: str, q: numbers.Quantity) -> bool:
    """Whether a count of regions counts the members of a group that meet what follows: after 有
    or opening its clause (有9个县区增速超过7%,5个县区增速高于全省平均)."""
    if q.is_rank or numbers.unit_class(q.unit) != "count" or not MEMBER_SET.match(clause, q.end):
        return False
    return bool(MEMBER_COUNT_LEAD.search(clause, 0, q.start)) or not clause[: q.start].strip()


MACRO_AREA = lexicon.alternation("macro_areas.txt")
NATION = re.compile(lexicon.alternation("nation_words.txt"))
MACRO_AREAS = re.compile(rf"(?:{MACRO_AREA})(?:[、和及与](?:{MACRO_AREA}))*地区")
# 其中东部64个, 为东部58个, 东部共107家: an area written right before the count, without 地区.
AREA_COUNT = re.compile(rf"(?:{MACRO_AREA})(?:共有|共|有)?$")
# 有20个县市入围: a count of a region's members in a list, not a group of regions.
MEMBERSHIP = re.compile(rf"\s*(?:{lexicon.alternation('membership_verbs.txt')})")
# 六县市排名第三, 位居全市七个县区第六位, 在全省61个县区中排名倒数第三: the group is the field of a
# ranking, and the place after it is the region's the sentence is about, not the group's.
RANK_FIELD = re.compile(
    rf"(?:[中里内]\s*(?=(?:{numbers.RANK_WORDS})))?"
    rf"(?:(?:{numbers.RANK_WORDS})?(?:{FROM_BOTTOM})?第"
    rf"|{LAST_PLACE.pattern}"
    rf"|(?:{lexicon.alternation('position_words.txt')})(?:{numbers.NUM})[位名])"
)


def named_between(doc_regions: DocRegions, start: int, end: int) -> bool:
    """Whether a region's name starts in body[start:end]: what a group, an area or the country
    opening a clause no longer speaks of once a region is named after it."""
    return bool(doc_regions.starting_in(start, end))


# 全省118个县(市), 宜昌13个县市区: a count of divisions right after the whole region or its name.
WHOLE_SET_LEAD = re.compile(rf"(?:{lexicon.alternation('whole_set_leads.txt')})$")
# 全市11个县市区中有7个…: the whole set as the field a subset is counted from.
SET_FIELD = re.compile(r"[中里内]")


def whole_sets(body: str, doc_regions: DocRegions) -> frozenset[str]:
    """The counts of divisions a text gives as all of a region's (全省118个县(市)实现生产总值,
    某市9个县市区共有…), written as the text writes them (118个县(市)): their figures, and
    those of the same count restated later (118个县(市)三次产业…), are the region's own."""
    ends = {m.end for m in doc_regions.mentions}
    out = set()
    for m in GROUP_OF_REGIONS.finditer(body):
        if SET_FIELD.match(body, m.end()):
            continue
        if WHOLE_SET_LEAD.search(body, max(0, m.start() - 2), m.start()) or m.start() in ends:
            out.add(m.group(0))
    return frozenset(out)


# A count of counties (县市区, 县(市)), not of towns: what all of them make is the county economy.
COUNTY_SET = re.compile(r"县")


def county_economy(fact: Fact, sentence: str, end: int, whole: frozenset[str]) -> Fact:
    """A measure of all of a region's counties (全省118个县(市)实现生产总值11268.4亿元,
    …118个县(市)三次产业增加值比重…) is the region's county economy (县域), not the region's own
    measure: its output is no province's GDP. Counts (某市9个县市区共有21个乡) stay as they are."""
    if not whole or numbers.unit_class(fact.unit) == "count" or fact.label.startswith("县域"):
        return fact
    group = next(reversed(list(GROUP_OF_REGIONS.finditer(sentence, 0, end))), None)
    if group is None or group.group(0) not in whole or not COUNTY_SET.search(group.group(0)):
        return fact
    label = f"县域{fact.label}"
    return replace(fact, indicator=f"other:{label}", label=label)


# “十强县”, 百强县, 前十强城市: a ranked group of places named as a whole.
RANKED_GROUP = re.compile(
    rf"[“\"]?前?[\d一二三四五六七八九十百千]+强(?:{lexicon.alternation('ranked_group_nouns.txt')})[”\"]?"
)
# What may open a clause before the group: a year, 其中, quotes and spaces (the region's name is taken out).
GROUP_LEAD = re.compile(r"(?:\d{4}年|其中|[“”\"\s,，])*")
# What makes the group a ranking's field or a list a place enters (位列百强县第3, 入围百强县25个).
RANK_OR_MEMBERSHIP = re.compile(rf"第|{numbers.RANK_WORDS}|{lexicon.alternation('membership_verbs.txt')}")


def ranked_group_before(clause: str, end: int, doc_regions: DocRegions, abs_start: int) -> bool:
    """“十强县”共实现地区生产总值3.2万亿元, 甲省百强县县均总量达900亿元: what a ranked group that opens
    its clause (after at most its region's name) has up to `end` is the group's, no one place's; not
    a count of the members a place has in it (甲省入围百强县25个), nor a place in it (位列百强县第3)."""
    group = RANKED_GROUP.search(clause, 0, end)
    if group is None:
        return False
    spans = [
        (m.start - abs_start, m.end - abs_start)
        for m in doc_regions.starting_in(abs_start, abs_start + end)
        if m.end <= abs_start + end
    ]
    lead = without_names(clause[: group.start()], tuple(s for s in spans if s[1] <= group.start()))
    if not GROUP_LEAD.fullmatch(lead.replace(" ", "")):
        return False
    between = clause[group.end() : end]
    return not any(group.end() <= s[0] for s in spans) and not RANK_OR_MEMBERSHIP.search(between)


def group_figure(clause: str, q, doc_regions: DocRegions, abs_start: int) -> bool:
    """A figure of a ranked group that opens its clause (ranked_group_before); a count is the
    number of members a place has (甲省百强镇数量居首, 共23个), a place a rank in it: no group's."""
    if q.is_rank or numbers.unit_class(q.unit) == "count":
        return False
    return ranked_group_before(clause, q.start, doc_regions, abs_start)


def group_before(
    clause: str, end: int, doc_regions: DocRegions, abs_start: int, whole: frozenset[str] = frozenset()
) -> bool:
    """Whether a group of regions is what the clause speaks of up to `end` (4县市地区生产总值
    462亿元): a figure of the group is no region's, unless a region is named between the
    group and the figure (5县市中除甲县二产比重为40.5%), the group is the field of a
    ranking (六县市排名第三: the place is the subject's), or the count is all of a region's
    divisions (`whole`: 全省118个县(市)实现生产总值…, the region's county economy)."""
    group = next(reversed(list(GROUP_OF_REGIONS.finditer(clause, 0, end))), None)  # the last one
    if group is None or MEMBERSHIP.match(clause, group.end()) or RANK_FIELD.match(clause, group.end()):
        return False
    if group.group(0) in whole and not SET_FIELD.match(clause, group.end()):
        return False
    return not named_between(doc_regions, abs_start + group.end(), abs_start + end)


# 应出席代表150名, 30名(共32名)人大代表: the members of a meeting, counted in 名 around the word.
MEETING = lexicon.alternation("meeting_words.txt")
MEETING_AFTER = re.compile(rf"[^，,；;。]{{0,10}}?(?:{MEETING})")
MEETING_BEFORE = re.compile(rf"(?:{MEETING})$")


def meeting_size(clause: str, q: numbers.Quantity) -> bool:
    """Whether a count in 名 is the size of a congress or a meeting (代表129名), not the region's."""
    if q.is_rank or q.unit != "名":
        return False
    return bool(MEETING_BEFORE.search(clause, 0, q.start) or MEETING_AFTER.match(clause, q.end))


GROUP_TOTAL = re.compile(lexicon.alternation("group_total_words.txt"))


def group_total(
    sentence: Sentence, clause_start: int, clause: str, q: numbers.Quantity, doc_regions: DocRegions
) -> bool:
    """Whether the figure sums the places the sentence lists before it (江苏268个、浙江229个、
    广东114个,合计611个): the group's total, no region's, once two regions were named before it."""
    if q.is_rank or not GROUP_TOTAL.search(clause, 0, q.start):
        return False
    end = sentence.start + clause_start + q.start
    named = {m.region_id for m in doc_regions.starting_in(sentence.start, end)}
    return len(named) >= 2


# 浙江、山东、江苏三省的…占全国2/3以上; 183个建制镇所在县…,占比超过1/2: a set of places counted
# (data/place_set_nouns.txt) and followed by 的, or opening its clause, or a sum of places.
PLACE_SET_COUNT = rf"(?:[两二三四五六七八九十]+|\d+)[个座]?(?:{lexicon.alternation('place_set_nouns.txt')})"
PLACE_SET = re.compile(rf"{PLACE_SET_COUNT}(?=的)|(?:^|(?<=[，,；;:：])){PLACE_SET_COUNT}|{GROUP_TOTAL.pattern}")


def set_share(sentence: Sentence, c_start: int, q: numbers.Quantity, doc_regions: DocRegions) -> bool:
    """Whether a share written as a part (1/3, 三成, 一半) is the part a set of places holds, said
    after the last region the sentence names before it: the set's, no region's."""
    if not numbers.is_part_share(q):
        return False
    end = c_start + q.start
    # The whole the part is of (占到该市产业规模的一半) is no subject: names after the word of parts
    # do not count.
    whole = [m.start() for m in numbers.PART_OF_WHOLE.finditer(sentence.text, 0, end)]
    end = whole[-1] if whole else end
    names = [
        m.end - sentence.start
        for m in doc_regions.starting_in(sentence.start, sentence.start + end)
        if m.end - sentence.start <= end
    ]
    return bool(PLACE_SET.search(sentence.text, max(names, default=0), end))


def macro_area_before(clause: str, end: int, doc_regions: DocRegions, abs_start: int) -> bool:
    """Whether an economic area is what the clause speaks of up to `end` (东部地区占65席; 中部、
    西部和东北地区则分别占25席、8席和2席): no region is named between the area and `end`."""
    if AREA_COUNT.search(clause, 0, end):
        return True  # 其中东部52个,西部18个; 东部共90家: the area's count of members
    area = next(reversed(list(MACRO_AREAS.finditer(clause, 0, end))), None)
    return area is not None and not named_between(doc_regions, abs_start + area.end(), abs_start + end)


def nation_opening(body: str, clause: str, end: int, doc_regions: DocRegions, abs_start: int) -> bool:
    """Whether the country opens the clause and is still what it speaks of at `end` (我国建制镇数量
    达到21421个): no region is named between them. Its figures are no region's."""
    nation = NATION.search(clause, 0, end)
    return (
        nation is not None
        and clause_initial(body, abs_start + nation.start())
        and not RANKED_SET.search(clause, nation.end(), end)  # 全国百强县中有5个: members of a list
        and not named_between(doc_regions, abs_start + nation.end(), abs_start + end)
    )


# 千强镇的面积合计…, 百强县GDP合计…: the members of an honour list of places, as a set.
LIST_MEMBERS = re.compile(
    rf"(?:{lexicon.alternation('nation_words.txt')})?(?:{lexicon.alternation('honour_list_words.txt')})"
    rf"(?:{PLACE_NOUN_RE.pattern})(?!个?数)"  # 百强县数量全国第一: the count of members is a place's
)


def list_members_opening(body: str, clause: str, end: int, doc_regions: DocRegions, abs_start: int) -> bool:
    """Whether the members of an honour list, as a set, open the clause and are still what it
    speaks of at `end` (2020年千强镇的面积合计达到…, 这些千强镇占全国的4%): their
    figures are no region's. Not the set a count or a place is drawn from (百强县中有5个, 千强镇
    入选…), not their number (百强县数量…), nor once a region is named after it."""
    members = LIST_MEMBERS.search(clause, 0, end)
    return (
        members is not None
        and clause_initial(body, abs_start + members.start())
        and not SET_FIELD.match(clause, members.end())
        and not MEMBERSHIP.match(clause, members.end())
        and not named_between(doc_regions, abs_start + members.end(), abs_start + end)
    )


def nation_count(body: str, clause: str, q: numbers.Quantity, doc_regions: DocRegions, abs_start: int) -> bool:
    """我国建制镇数量达到21421个, 全国共有2843个县: the country's count of its towns or counties is
    the size of the field a list of towns or counties is drawn from, no region's fact."""
    return (
        not q.is_rank
        and numbers.unit_class(q.unit) == "count"
        and bool(PLACE_NOUN_RE.search(clause))
        and nation_opening(body, clause, q.start, doc_regions, abs_start)
    )


def area_opening(body: str, clause: str, doc_regions: DocRegions, abs_start: int) -> int:
    """Where an economic area that opens the clause ends (1978年,苏南地区生产总值为121.1亿元:
    data/economic_areas.txt; 甲市都市圈…: data/area_suffixes.txt), -1 when none does; an area a
    name crosses (四川南充) is none."""
    area = regions.ECONOMIC_AREA.search(clause)
    if area is None or not clause_initial(body, abs_start + area.start()):
        # 甲市都市圈的生产总值合计…: an area named by its division and an area word.
        named = regions.named_area(clause)
        return named[1] if named and clause_initial(body, abs_start + named[0]) else -1
    start, end = abs_start + area.start(), abs_start + area.end()
    return -1 if any(m.start < end and start < m.end for m in doc_regions.mentions) else area.end()


def area_speaks(area_end: int, at: int, doc_regions: DocRegions, abs_start: int) -> bool:
    """Whether the area that opens the clause is still what it speaks of at `at`: no region is
    named between them (苏北五市生产总值合计…, not 陕北榆林市上榜11个)."""
    return 0 <= area_end <= at and not named_between(doc_regions, abs_start + area_end, abs_start + at)


def company_clause(clause: str, q, doc_regions: DocRegions, abs_start: int) -> bool:
    """某汽车集团连续十年位居全国第一: a clause about a company named before the figure, with
    no region named in it, states the company's figure, not a region's."""
    if not COMPANY_NAME.search(clause[: q.start]):
        return False
    return not named_between(doc_regions, abs_start, abs_start + q.start)


SEGMENT_BREAK = re.compile(r"[；;。！？\n]")
COMMA_BREAK = re.compile(r"[，,]")  # a clause's end within its part of a sentence


def part_start(text: str, at: int) -> int:
    """Where the part of a sentence that holds `at` starts: after its last 。/；/line break before it."""
    return max((m.end() for m in SEGMENT_BREAK.finditer(text, 0, at)), default=0)


def clause_heads(text: str, at: int) -> list[int]:
    """Where each clause of the part of a sentence before `at` begins, after a time word that
    opens it (其中,…; 2023年,…)."""
    start = part_start(text, at)
    starts = [start, *(m.end() for m in COMMA_BREAK.finditer(text, start, at))]
    return [m.end() if (m := CLAUSE_OPENER.match(text, k)) else k for k in starts]


# 甲、乙等产值前8名企业共实现产值312.4亿元, 20家重点企业集团实现产值…, 工业百强企业实现…:
# a set of chosen firms (the top N, the key ones, data/firm_set_words.txt) as the subject.
FIRM_SET = re.compile(
    rf"(?:前(?:{numbers.NUM})[名强位家户]|(?<!前)(?:{numbers.NUM})强|{lexicon.alternation('firm_set_words.txt')})"
    rf"[^，,；;。、\d]{{0,4}}?(?:{lexicon.alternation('firm_nouns.txt')})"
)
FIRM_SET_TAIL = re.compile(rf"\s*(?:{lexicon.alternation('firm_set_tails.txt')})")
# 引进500强企业1个, 重点企业有58家: a count right after the set counts its firms.
FIRM_SET_COUNT = re.compile(r"[达到为有共计:：”\"]*")
# 占全县规上工业总产值的69.7%: the region the set's figure is measured against, not a new subject.
FIRM_SET_WHOLE = ("占", "比", "较", "于")


def firm_set_figure(
    sentence: Sentence, clause_start: int, clause: str, q: numbers.Quantity, doc_regions: DocRegions
) -> bool:
    """A figure of a set of chosen firms (前10名企业共实现产值500.5亿元) is the firms', not the
    region's: the figures after the set in its clause and in the clauses that go on with them
    (,占全县…的69.7%,同比增长5.4%; 骨干企业新增就业1200人), while no region is named between
    as a subject; and the count of the set right before it (20家重点企业集团实现…). A count of the
    set's firms after it stays the region's (重点企业达到50家, 引进500强企业1个)."""
    if q.is_rank:
        return False
    if q.unit in FIRM_UNITS and FIRM_SET.match(clause, q.end):
        # 某市20家重点企业集团实现产值812.3亿元: the size of the set whose figure follows.
        return any(c.isdigit() for c in clause[q.end :])
    text = sentence.text
    at = clause_start + q.start
    found = None
    for m in FIRM_SET.finditer(text, 0, at):
        found = m
    if found is None or SEGMENT_BREAK.search(text, found.end(), at):
        return False
    if numbers.unit_class(q.unit) == "count" and (
        q.unit in FIRM_UNITS or FIRM_SET_COUNT.fullmatch(text, found.end(), at)
    ):
        return False  # the count of the set's firms (重点企业达到50家, 引进500强企业1个) is the region's
    for brk in COMMA_BREAK.finditer(text, found.end(), at):
        if not FIRM_SET_TAIL.match(text, brk.end()):
            return False  # a clause of its own subject (,规上工业产值增长…)
    start, end = sentence.start + found.end(), sentence.start + at
    return not any(
        text[m.start - sentence.start - 1 : m.start - sentence.start] not in FIRM_SET_WHOLE
        for m in doc_regions.starting_in(start, end)
    )


# A figure of one project or plant is not the region's (its capacity, its investment); the total
# of a set of projects (16个重点项目…总投资78亿元) is.
PROJECT_NOUNS = lexicon.alternation("project_nouns.txt")
PROJECT_NOUN = re.compile(PROJECT_NOUNS)
CAPACITY_CLASSES = ("weight", "volume", "power", "area", "energy")
# 年产2万吨锰合金生产线, 100万吨铁精粉生产线技改: the figure names what the plant makes.
CAPACITY_OF = re.compile(rf"[^，,；;。：:]*?(?:{PROJECT_NOUNS})")
INVESTMENT_BEFORE = re.compile(rf"(?:{lexicon.alternation('investment_words.txt')})[达为约近超逾:：]*$")
PROJECT_SET = re.compile(rf"[\d一二两三四五六七八九十百几]+[个项批]|{lexicon.alternation('project_class_words.txt')}")
# 该项目由…投资兴建,一期投资9.1亿元: a sentence about one project, opened by it.
PROJECT_OPENS = re.compile(rf"^(?:该|此|这个|本)?(?:{PROJECT_NOUNS})")
PROJECT_GAP = re.compile(r"[\u4e00-\u9fff]{0,4}")


def project_figure(sentence: str, clause_start: int, clause: str, q: numbers.Quantity) -> bool:
    """A capacity that names a plant (年产2万吨…生产线), or the investment of a single project
    written after it (某合作项目总投资3亿元), or any figure of a sentence opened by 该项目. Not when
    a count or a set word makes the projects several (12个重点项目建设,项目总投资6.6亿元).
    (总投资35亿元的某项目 stays: the seed gold gives the place such an investment.)"""
    if q.is_rank:
        return False
    kind = numbers.unit_class(q.unit)
    if kind in CAPACITY_CLASSES:
        return bool(CAPACITY_OF.match(clause, q.end))
    if kind != "money":
        return False
    head = sentence[: clause_start + q.start]
    segment = head[part_start(head, len(head)) :]
    if PROJECT_OPENS.match(sentence):
        return not PROJECT_SET.search(head)
    invested = INVESTMENT_BEFORE.search(clause, 0, q.start)
    if invested is None:
        return False
    nouns = list(PROJECT_NOUN.finditer(segment))
    if not nouns:
        return False
    # 项目总投资, 项目已累计完成投资: the words right after the project say what it put in.
    gap = segment[nouns[-1].end() : len(segment) - len(invested.group(0))]
    return bool(PROJECT_GAP.fullmatch(gap)) and not PROJECT_SET.search(segment[: nouns[-1].start()])


# 该公司负责人说,公司年产…; 投产后,这家纺织企业年销售…: one firm referred back to.
FIRM_REFERENCE = re.compile(
    rf"(?:{lexicon.alternation('firm_reference_leads.txt')})[\u4e00-\u9fff]{{0,6}}?"
    rf"(?:{lexicon.alternation('firm_nouns.txt')})"
)
PARK_WORD = re.compile(rf"园区|{lexicon.alternation('park_suffixes.txt')}")


def referred_firm_figure(sentence: Sentence, clause_start: int, q: numbers.Quantity, doc_regions) -> bool:
    """A figure after a clause opened by a word referring back to one firm (该公司, 这家…企业), in
    the same part of the sentence and with no region named between, is the firm's. Not a region's
    firms (该县规上工业企业, 该园区企业)."""
    if q.is_rank:
        return False
    text, at = sentence.text, clause_start + q.start
    firm_end = -1
    for start in clause_heads(text, at):
        m = FIRM_REFERENCE.match(text, start)
        if m is None or m.end() > at or regions.REF_RE.match(m.group(0)) or PARK_WORD.search(m.group(0)):
            continue  # 该县规上工业企业, 该园区企业: the region's firms
        if named_between(doc_regions, sentence.start + m.start(), sentence.start + m.end()):
            continue
        firm_end = m.end()
    return firm_end >= 0 and not named_between(doc_regions, sentence.start + firm_end, sentence.start + at)


# 其中,某某山景区接待游客25.3万人次,同比增长18.4%; 黄山风景区接待游客2.8万人次,门票收入612万元,…;:
# a scenic spot or a one-off event named at the head of its clause (data/spot_words.csv).
SPOT_WORDS = {row["word"]: row["alone"] == "yes" for row in lexicon.table("spot_words.csv")}
SPOT = re.compile(rf"(?P<name>[\u4e00-\u9fff·]{{1,12}}?)(?P<word>{lexicon.either(SPOT_WORDS)})")
SPOT_CLASS = re.compile(
    rf"{lexicon.alternation('spot_class_words.txt')}|[\d一二两三四五六七八九十百]+[个大家处座]|[A-Za-z]"
)


def spot_figure(sentence: Sentence, clause_start: int, clause: str, q: numbers.Quantity, doc_regions) -> bool:
    """A figure after a scenic spot or an event that opens a clause of its part of the sentence
    (某某山景区接待游客25.3万人次,同比增长18.4%; 某某主题公园接待游客2.1万人次,门票收入…), or
    after a list of spots (甲山景区、乙县某古寨旅游景区…), with no region named between, is the spot's. Not a class or set of spots (全县A级景区, 红色旅游景区,
    两大核心景区), nor a region's spots as a whole (某市景区: data/spot_words.csv)."""
    text = sentence.text
    at = clause_start + q.start
    spot_end = -1
    for start in clause_heads(text, at):
        m = SPOT.match(text, start)
        if m is None or m.end() > at or SPOT_CLASS.search(m.group("name")):
            continue
        name_start = sentence.start + m.start("name")
        alone = any(
            r.end == sentence.start + m.end("name") for r in doc_regions.starting_in(name_start, name_start + 1)
        )
        if alone and not SPOT_WORDS[m.group("word")]:
            continue  # 某市景区接待游客…: the region's spots as a whole
        spot_end = m.end()
        # 甲山景区、乙州丙县某古寨旅游景区接待量…: a list of spots, whatever places their names hold.
        while text[spot_end : spot_end + 1] == "、" and (more := SPOT.match(text, spot_end + 1)) and more.end() <= at:
            spot_end = more.end()
    if spot_end < 0:
        return False
    return not named_between(doc_regions, sentence.start + spot_end, sentence.start + at)


# 生产线…开工,建成后年产值可达80亿元: what projects will yield once built.
COMPLETION = re.compile(lexicon.alternation("completion_words.txt"))


def completion_figure(sentence: Sentence, clause_start: int, clause: str, q: numbers.Quantity, doc_regions) -> bool:
    """A figure after 建成后/投产后 in its part of the sentence, with a project or plant named
    before them (3个项目建成后年税收可达2亿元; …生产线…开工,建成后年产值可达80亿元;
    …生产线已经投产,达产后年销售收入可达800万元), is what the projects will yield, not
    the region's: no region is named between the project and the figure."""
    if q.is_rank:
        return False
    at = clause_start + q.start
    segment_start = part_start(sentence.text, at)
    done = list(COMPLETION.finditer(sentence.text, segment_start, at))
    if not done:
        return False
    head = sentence.text[: done[-1].start()]
    nouns = list(PROJECT_NOUN.finditer(head, segment_start))
    if not nouns:
        return False
    start, end = sentence.start + nouns[-1].end(), sentence.start + at
    return not named_between(doc_regions, start, end)


def table_facts(
    doc: Document,
    doc_regions: DocRegions,
    rows: list[tables.TableRow],
    subjects: Subjects,
    title_period: str,
    said: Sequence[Fact] = (),  # the prose's facts, read before the tables
) -> list[Fact]:
    """One fact per figure of a table row: the row's region (a ranking) or the document's
    (a table of indicators), the unit from the header or the unit column, the row as evidence.
    A table that repeats the prose is kept: bulletins state a figure in both."""
    facts = []
    names_of = [cell_regions(doc.body, row, doc_regions) for row in rows]
    # A table whose rows name regions (a ranking): a row naming none is not the document's. A row
    # naming the document's own place as a whole (全县户籍人口) is a table of its indicators.
    by_region = {
        row.table
        for row, named in zip(rows, names_of, strict=True)
        if any(not regions.REF_RE.fullmatch(name) for name in named)
    }
    ranked = {row.table for row in rows if row.header[:1] == (tables.RANK_LABEL,)}  # numbered lists
    # A table is dated by its caption (the lines just above it), else by the title.
    starts = {row.table: row.start for row in reversed(rows)}
    captions = {
        table: sentence_period(" ".join(doc.body[:start].rstrip().split("\n")[-2:]), doc.date, spans=False)
        or heading_period(doc, start)
        or title_period
        for table, start in starts.items()
    }
    headed: set[str] = set()  # the facts of numbered headings
    for row, named in zip(rows, names_of, strict=True):
        text = doc.body[row.start : row.end]
        if not named and row.table in by_region:
            continue
        roles = [tables.header_role(h) for h in row.header]
        sentence = Sentence(row.start, text, -1)
        row_period = sentence_period(text, doc.date)
        parts = row_parts(row.cells, roles, named)
        for part in parts:
            region_id = next((named[c] for c in (row.cells[k] for k in part) if c in named), None)
            if region_id is None and (len(parts) > 1 or row.table in ranked):
                continue  # a row or half of a ranking whose name is lost (浙江寧??h): no one's
            if "rank" in roles and not ranked_name_known(row.cells, part, named):
                continue  # 51 | 某市 | 山东省: the province is where the ranked place lies, not what is ranked
            basis = "clause" if region_id else subjects.default_basis
            region_id = region_id or subjects.default
            if region_id is None or region_id == regions.UNRESOLVED:
                continue
            part_facts = []
            for cell, q, clause in part_quantities(row, roles, part, named):
                at = row.start + max(0, text.find(cell))
                period = clause_period(text, clause, doc.date, row_period) or captions[row.table]
                region = doc_regions.regions[region_id]
                part_facts.append(make_fact(doc, region, sentence, clause, q, period, at, [], basis))
            facts += row_indicator(part_facts)
            headed.update(f.id for f in part_facts if row.heading)
    # A place's position by its numbered heading is the one a table of the ranking, or the prose
    # under the heading (湖北第3), gives again.
    tabled = {(f.region_id, f.value) for f in [*said, *facts] if f.kind == "rank" and f.id not in headed}
    return ranks_once([f for f in facts if f.id not in headed or (f.region_id, f.value) not in tabled])


COUNT_SUBJECT = re.compile(rf"\s*(?:{lexicon.alternation('count_subject_words.txt')})")
# 甲省占31席,约占总数1/3: a share opening a clause after a count is the part of the whole that count is.
COUNT_SHARE = re.compile(rf"\s*(?:{numbers.PRE_QUALIFIERS})?占")


def last_count_owner(facts: list[Fact]) -> str | None:
    """The region of the last count (a `level` in a count unit) stated earlier in the sentence."""
    counts = [f for f in facts if f.kind == "level" and numbers.unit_class(f.unit) == "count"]
    return counts[-1].region_id if counts else None


def ranks_once(facts: list[Fact]) -> list[Fact]:
    """A ranking's top rows printed again in the full list below it (前10名, then 完整榜单):
    each region's place once. Other figures stay, as bulletins state them twice on purpose."""
    seen: set[tuple[str, str, float]] = set()
    out = []
    for f in facts:
        key = (f.region_id, f.indicator, f.value)
        if f.kind == "rank":
            if key in seen:
                continue
            seen.add(key)
        out.append(f)
    return out


def heading_period(doc: Document, at: int) -> str:
    """The period of the last heading above `at` that states one (2020年某某排行榜 over the
    table of its rows): a heading dates its section, a table in it too, as it does the prose."""
    period = ""
    for line in doc.body[:at].split("\n"):
        stated, is_heading = opening_period(line, doc.date, None)
        if stated and is_heading:
            period = stated
    return period


def cell_regions(body: str, row: tables.TableRow, doc_regions: DocRegions) -> dict[str, str]:
    """{cell: region id} for the cells of a row that name a region: a name alone (昆山市), or
    a name after the names of the regions above it (江苏昆山市, 榆林市府谷县): the last one."""
    inside = doc_regions.starting_in(row.start, row.end)
    out = {m.text: m.region_id for m in inside}
    for cell in row.cells:
        at = body.find(cell, row.start, row.end) if cell else -1
        names = [m for m in inside if at <= m.start and m.end <= at + len(cell)] if at >= 0 else []
        if cell in out or not names or names[-1].end != at + len(cell):
            continue
        # What is not a region found here must still be a place name (河南, left out as ambiguous).
        rest, pos = [], at
        for m in names:
            rest.append(body[pos : m.start])
            pos = m.end
        if all(not piece or gazetteer.load().lookup(piece) for piece in rest):
            out[cell] = row_owner(names, doc_regions).region_id
    return out


def row_owner(names: list[Mention], doc_regions: DocRegions) -> Mention:
    """The region a cell's names (in order) are about: the last one, unless the cell ends with
    the province a column of provinces adds (昆山市江苏省, 苏州工业园区江苏): then the one before."""
    levels = [doc_regions.regions[m.region_id].level for m in names]
    k = len(names) - 1
    while k > 0 and levels[k] == "province" and levels[k - 1] != "province":
        k -= 1
    return names[k]


def row_indicator(facts: list[Fact]) -> list[Fact]:
    """排名 | 地区 | GDP(亿元) | 增速(%): a ranking table's rank and growth columns name no
    measure of their own; they are about the row's figure whose indicator is known."""
    known = next((f for f in facts if not f.indicator.startswith("other:") and f.kind not in INHERITING_KINDS), None)
    if known is None:
        return facts
    return [
        replace(f, indicator=known.indicator, label=known.label)
        if f.indicator.startswith("other:") and f.kind in INHERITING_KINDS
        else f
        for f in facts
    ]


def ranked_name_known(cells: tuple[str, ...], part: list[int], named: dict[str, str]) -> bool:
    """Whether the first word of a ranking row's part, the place ranked, names a known region."""
    first = next((cells[k] for k in part if cells[k] and not tables.is_figure(cells[k])), None)
    return first is None or first in named


def row_parts(cells: tuple[str, ...], roles: list[str], named: dict[str, str]) -> list[list[int]]:
    """The cells of a row, split where a ranking is printed in two halves side by side
    (1 | 甲县 | 11 | 乙县): at each numbering cell, when the row names two regions or more."""
    marks = [k for k, role in enumerate(roles) if role in ("index", "rank")]
    if len(marks) < 2 or not any(c in named for c in cells):
        return [list(range(len(cells)))]
    bounds = [0, *marks[1:], len(cells)]
    return [list(range(a, b)) for a, b in zip(bounds, bounds[1:], strict=False) if a < b]


def part_quantities(row: tables.TableRow, roles: list[str], part: list[int], named: dict[str, str]):
    """(cell, quantity, phrase) for each figure of one part of a row."""
    cells = [row.cells[k] for k in part]
    units = [row.cells[k] for k in part if roles[k] == "unit"]
    label = next(
        (
            row.cells[k]
            for k in part
            if roles[k] == "" and row.cells[k] not in named and not tables.is_figure(row.cells[k])
        ),
        "",
    )
    label, label_unit = tables.header_unit(label)  # 地区生产总值(亿元) as the row's name
    figures = [k for k in part if tables.is_figure(row.cells[k])]
    has_region = any(c in named for c in cells)
    for k in figures:
        role = roles[k]
        numbering = k == part[0] and tables.is_count(row.cells[k]) and has_region
        if numbering and (role == "index" and len(figures) == 1 or not any(row.header)):
            role = "rank"  # 1 | 某某县: regions listed in numbered order are a ranking
        q, clause = table_quantity(
            row.cells[k], row.header[k], role, label, units[0] if units else label_unit or row.unit
        )
        if q is not None:
            yield row.cells[k], q, clause


def table_quantity(cell: str, header: str, role: str, label: str, row_unit: str):
    """The quantity a table cell holds, read as the phrase its row and column make
    (地区生产总值 + 比上年增长(%) + 5.2 -> 地区生产总值比上年增长5.2%), or (None, "")."""
    if not tables.is_figure(cell) or role in ("index", "unit"):
        return None, ""
    value = cell.replace(" ", "").replace(",", "").replace("−", "-")
    name, unit = tables.header_unit(header)
    if role == "rank":
        clause = f"{label}{name or tables.RANK_LABEL}第{value}位"
        return next((q for q in numbers.find_quantities(clause) if q.is_rank), None), clause
    unit = "" if value.endswith("%") else unit or row_unit
    if not unit and not value.endswith("%"):
        return None, ""  # a bare score or index: no unit, no fact
    prefix = f"{label}{name}"
    if prefix[-1:].isascii() and prefix[-1:].isalnum():
        prefix += "为"  # GDP为565.7亿元: a figure glued to Latin letters reads as a model name
    clause = f"{prefix}{value}{unit}"
    found = [q for q in numbers.find_quantities(clause) if q.start <= len(prefix) < q.end]
    return (found[0] if found else None), clause


OPENING_REACH = 10  # characters at a sentence's start where a time phrase dates what follows
HEADING_MAX = 40  # a line this short without a sentence end is a heading
# A year without 年 anywhere in a heading, not a figure (2000万元, 2022个) nor part of a number.
# A span of years (2011-2015三次产业…) dates no section.
HEADING_YEAR_RE = re.compile(
    r"(?<![\d.\-—~至到])((?:19|20)\d\d)(?![\d.%万亿千百多余个家人元年月日号届次期位名\-—~至到])"
)


def is_heading(text: str) -> bool:
    """Whether a line is a heading: short, and without a sentence end."""
    return len(text) <= HEADING_MAX and not re.search(r"[。！？!?]", text)


def opening_period(text: str, doc_date: str, year_hint: int | None) -> tuple[str, bool]:
    """The period a heading or a sentence's opening states (2022年，全县…; 1-7月我区…; 一、2023年
    上半年经济运行情况), which dates the figures after it that state none of their own, and
    whether the text is a heading (whose period holds for its section)."""
    heading = is_heading(text)
    text = DATE_RE.sub("", text)  # 2023年3月2日发表: the day a page was posted dates no figure
    text = BASELINE_PERIOD_RE.sub("", text)  # 与2017年…相比, read whole before the opening is cut
    period = sentence_period(text if heading else text[:OPENING_REACH], doc_date, spans=False, year_hint=year_hint)
    if heading and not period and (bare := HEADING_YEAR_RE.search(text)):
        period = bare.group(1)  # 2022赛迪西部百强县发布, …城市2023 GDP: a headline's year without 年
    if heading and years_spanned(text):
        period = ""  # 图1 2018年—2022年地区生产总值及增速: a chart of years, not its section's year
    if not heading and ONE_MONTH_PERIOD.fullmatch(period):
        # 其中，7月份实现…。黄金4463公斤: one month's figures date their own sentence, not those after it.
        written = YEAR_RE.search(text[:OPENING_REACH])
        period = written.group(1) if written else ""
    return (period if is_dated_span(period) else ""), heading  # a plan (十四五) dates its own sentence only


def stated_year(doc: Document, title_period: str) -> str:
    """The year a page with no date states for itself in its title, lead or honour list (2011), the
    one its 去年 and 今年 count from; "" for a part of a year, a plan, or a year set as a goal
    (预计到2010年实现…), which the page does not speak in."""
    if not DOCUMENT_YEAR_RE.fullmatch(title_period):
        return ""
    if re.search(rf"(?:到|至){title_period}年", doc.title + lead_line(doc)):
        return ""
    return title_period


def honour_list_period(doc: Document) -> str:
    """The year of the honour list a text reports, named once anywhere in it (根据最新一期的百强县榜单,
    2021年全国某某百强县前十名中…), or else of the ranking whose results it reports (某部门
    公布2021年…考核评价结果, then the list 依次为: in a later paragraph), which dates a document whose
    title, lead and data state no period: its ranks and members, as outside_the_list says."""
    m = HONOUR_YEAR_RE.search(doc.body) or RESULTS_YEAR_RE.search(doc.body)
    return m.group(1) if m else ""


def data_period(doc: Document) -> str:
    """The period of the data a text says it uses (采用2004年统计数据; 据2019上半年数据显示, a year
    without 年 before a part of a year), which dates a document whose title and lead state none."""
    m = DATA_NOTE_RE.search(doc.body)
    return sentence_period(m.group(1), doc.date, spans=False) if m else ""


def lead_line(doc: Document) -> str:
    """The first line under the title that reads as prose (字体:, a byline skipped), up to its 。."""
    title = doc.title.strip()
    for line in doc.body.split("\n"):
        if line.strip() != title and re.search(r"[，,。]", line):
            return DATE_RE.sub("", line.split("。", 1)[0])  # 于2022年01月26日发表: when it was posted
    return ""


def reviewed_year(doc: Document) -> int | None:
    """The year a government work report reviews: the one before the year it is delivered in, when
    a congress hears it early in that year (2021年某县政府工作报告; ——2025年1月16日在…会议上; a page
    posted in February). None for other texts, and for a report delivered late in the year it
    reviews (——2018年12月22日在…会议上)."""
    head = "\n".join([doc.title, *doc.body.split("\n")[:HEAD_LINES]])
    if not (WORK_REPORT_TITLE_RE.search(doc.title) or WORK_REPORT_OPENING_RE.search(head)):
        return None
    delivered = MONTH_OF_YEAR_RE.search(head) or MONTH_OF_YEAR_RE.match(doc.date)
    if delivered:
        year, month = int(delivered.group(1)), int(delivered.group(2))
        return year - 1 if month <= SESSION_MONTHS else None
    named = YEAR_RE.search(doc.title)  # 2021年某县政府工作报告: named for the year of its congress
    return int(named.group(1)) - 1 if named else None


def of_the_reviewed_year(fact: Fact, year: int, doc_date: str) -> Fact:
    """A figure of a work report that its own sentence does not date is of the year the report
    reviews, not of the year it is delivered in; a goal keeps the year it is set for."""
    if fact.kind == "target" or fact.period not in ("", str(year + 1)):
        return fact
    if sentence_period(fact.evidence, doc_date, spans=False):
        return fact  # 今年…, 2021年…: the sentence states its own year
    return replace(fact, period=str(year))


def outside_the_list(fact: Fact, list_period: str, doc_date: str) -> Fact:
    """A document dated only by the honour list it reports (2021年全国千强镇): the list's year dates
    the ranks and the sentences about the list's members (上榜, 占6席), not a region's own measures
    stated without a year (全镇面积108平方公里, 户籍人口7.1万)."""
    if fact.period != list_period or fact.unit == "位" or LIST_MEMBER_RE.search(fact.evidence):
        return fact
    if LIST_PLACE_RE.search(fact.evidence) or unnamed_member_count(fact):
        return fact
    if sentence_period(fact.evidence, doc_date, spans=False):
        return fact  # the sentence states the year itself
    return replace(fact, period="")


def unnamed_member_count(fact: Fact) -> bool:
    """Whether a fact is a count of a list's members that leaves them unsaid (江苏38个、; 福建省
    有7个,): its number ends in a counting word and its clause right after, and stands right after
    its region's name or a verb of having or changing."""
    raw = fact.raw.strip()
    if not raw.endswith(MEMBER_COUNT_UNITS) or not raw[:1].isdigit():
        return False
    text = fact.evidence
    for m in re.finditer(re.escape(raw), text):
        after = text[m.end() : m.end() + 1]
        if after and after not in "，,、；;。":
            continue
        before = text[: m.start()]
        if before.endswith(MEMBER_COUNT_VERBS) or any(
            before.endswith(fact.region[:k]) for k in range(2, len(fact.region) + 1)
        ):
            return True
    return False


def lead_period(doc: Document) -> str:
    """The period the lead states (a news lead: 央广网…消息 2021年1~3季度，…; 又长脸!《2017年…报告》
    出炉), which dates a document whose title states none. A lead that writes no year dates the
    document only by the months of a report (今年1至2月, with the document's date); a plan (十四五)
    in a lead dates its own sentence only, as in an opening."""
    text = TO_MONTH_END_RE.sub("", COHORT_YEAR_RE.sub("", lead_line(doc)))  # 2023年青干班学员赴…考察: the class's year
    period = sentence_period(text, doc.date, spans=False)
    if ONE_MONTH_PERIOD.fullmatch(period):
        return ""  # 6月份重点项目集中签约仪式上: one month in a lead names an event, not the text's period
    written = YEAR_RE.search(text) or NAMED_YEAR_RE.search(text)
    return period if is_dated_span(period) and (written or not period[:1].isdigit() or "月" in period) else ""


PART_YEAR_MARKS = ("月", "季度", "半年")


def is_dated_span(period: str) -> bool:
    """A year, or a part of a year even without its year (一季度, 上半年, 1-7月): not a plan
    (十四五) nor a span counted back from now (近三年), which date their own sentence only."""
    return period[:1].isdigit() or any(mark in period for mark in PART_YEAR_MARKS)


def month_span(months: re.Match | None, quarters: re.Match | None, first: re.Match | None = None) -> str:
    """1-7月 for a range of months, 1-9月 for 1~3季度, 1-8月 for 前8个月, else ""."""
    if months:
        return f"{month_number(months.group(1))}-{month_number(months.group(2))}月"
    if quarters:
        return f"{3 * month_number(quarters.group(1)) - 2}-{3 * month_number(quarters.group(2))}月"
    if first:
        return f"1-{month_number(first.group(first.lastindex or 1))}月"
    return ""


# 三次产业结构由2018年的5.7:49.3:45.0调整为…, 由上年的…, 2012年的三产结构为…: a ratio dated in its
# own words is that year's; the one after 调整为 keeps the sentence's year.
RATIO_DATE = re.compile(rf"(?:((?:19|20)\d\d)年|({RELATIVE_YEARS}))的?[^\d:：∶%，,；;]{{0,8}}$")


def ratio_period(before: str, period: str, doc_date: str) -> str:
    """The period of a ratio whose words `before` it date it (2018年的, 上年的), else `period`."""
    m = RATIO_DATE.search(before)
    if not m:
        return period
    if m.group(1):
        return m.group(1)
    year = period_year(period, doc_date) if period.isdigit() else None
    return str(year + RELATIVE_PERIOD[m.group(2)]) if year else period


# 由2009年的117亿元增加到2012年的342亿元, 从2011年的全省第7位跃升至2020年的第2位, 由去年的第38位:
# a figure right after a year and 的 (a place's field and 第 between) is that year's, whatever year the
# sentence opens with; 是2013年末的1.6倍 measures against that year and keeps the sentence's.
DATED_FIGURE = re.compile(
    rf"(?:((?:19|20)\d\d)年(?:末|底|度)?|({RELATIVE_YEARS}))的"
    rf"(?:{lexicon.alternation('rank_scopes.txt')})?第?$"
)
AGAINST_YEAR = re.compile(rf"(?:{lexicon.alternation('dated_figure_against.txt')})$")


def dated_figure_period(before: str, q, period: str, doc_date: str) -> str:
    """The period of a figure its own words date (2018年的53位, 去年的第44位), else `period`."""
    m = DATED_FIGURE.search(before)
    if not m or q.unit == "倍" or AGAINST_YEAR.search(before[: m.start()]):
        return period
    if m.group(1):
        return m.group(1)
    year = period_year(period, doc_date) if period[:4].isdigit() else None
    return str(year + RELATIVE_PERIOD[m.group(2)]) if year else period


def period_year(period: str, doc_date: str) -> int | None:
    """The year of a period (2022, 2022年1-7月), else of the document's date."""
    if period[:4].isdigit():
        return int(period[:4])
    return int(doc_date[:4]) if doc_date[:4].isdigit() else None


# 2023年上半年, 2021年1-9月, 2022年前三季度: a part of a year written with its year.
DATED_PART = re.compile(rf"{YEAR_RE.pattern}\s*(?:{MONTHS_RE.pattern}|{QUARTER_RANGE_RE.pattern}|{QUARTER_RE.pattern})")


def dated_part_year(doc: Document) -> int | None:
    """The year of the first part of a year the text writes with its year (据初步核算,2023年上半年…),
    for a text without a date: its later 上半年, 1-7月 written alone are of that year too. Not a
    part it is compared with (比2022年上半年提高…)."""
    if doc.date[:4].isdigit():
        return None
    text = BASELINE_PERIOD_RE.sub("", f"{doc.title}\n{doc.body}")
    m = DATED_PART.search(text)
    return int(m.group(1)) if m else None


RATE_KINDS = ("growth", "share", "change")


def statement_start(sentence: Sentence, c_start: int) -> int:
    """Where the statement of the clause at `c_start` starts in its sentence: after the last ；
    before it (a semicolon begins a statement anew), else at the sentence's start."""
    return max(sentence.text.rfind(mark, 0, c_start) for mark in "；;") + 1


def statement_before(sentence: Sentence, c_start: int, subjects: Subjects) -> str:
    """The words of the sentence before the clause at `c_start`, from its statement's start, with
    the region names in them taken out."""
    part = statement_start(sentence, c_start)
    names = subjects.spans(sentence.start + part, sentence.start + c_start)
    return status.without_names(sentence.text[part:c_start], names)


# A figure with no word after it in its clause (增长6%, | 增长6%。): only its indicator tells
# one such from another.
FIGURE_END = re.compile(r"\s*(?:[，,；;。！？!?、)）]|$)")


RATIO_REST = re.compile(r"[\d.:：∶\s]*")


def drop_repeats(facts: list[Fact], starts: list[int]) -> list[Fact]:
    """An article repeats a figure (8大产业集群 … 上虞的8大产业集群): keep its first statement.
    A line printed again word for word (a table's repeated cell, a forum reply quoting the post)
    is a repeat too; only the sentence that first stated a figure may state it twice."""
    seen: dict[tuple, tuple[str, int]] = {}
    out = []
    for f, start in zip(facts, starts, strict=True):
        indicator = "other" if f.indicator.startswith("other:") else f.indicator
        keys: list[tuple] = [(f.region_id, f.value, f.unit, f.indicator, f.kind)]
        # A level restated under other words is one figure; two measures often share a rate
        # (蔬菜产量…增长3.4%; 禽蛋产量…增长3.4%), so a rate is a repeat only under one indicator.
        # Its words are those of one value: a name of an ordered list (依次为甲县、乙县) is written
        # alike at its places in two lists, and a place in another list is another rank.
        if f.kind not in RATE_KINDS:
            keys.append((f.region_id, f.raw, f.value, indicator, f.kind))
        elif f.kind == "change" and f.unit == "位":
            # A move of a few places comes again in another ranking or over another span
            # (较去年上升1位 in two lists): a repeat only where the same words come again.
            keys = [(*keys[0], f.evidence)]
        if all(seen.get(k, (f.evidence, start)) == (f.evidence, start) for k in keys):
            out.append(f)
        for k in keys:
            seen.setdefault(k, (f.evidence, start))
    return out


def default_subject(doc_regions: DocRegions) -> str | None:
    """The region a number belongs to when the text names none: home, else main benchmark."""
    for role in ("home", "benchmark"):
        ids = [rid for rid, r in doc_regions.roles.items() if r == role]
        if ids:
            counts = {rid: sum(1 for m in doc_regions.mentions if m.region_id == rid) for rid in ids}
            # A division before its parks: the parks of the home region are home too.
            return max(ids, key=lambda rid: (doc_regions.regions[rid].level != "park", counts[rid]))
    return None


def clauses(sentence: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for m in CLAUSE_SPLIT.finditer(sentence):
        out.append((start, sentence[start : m.end()]))
        start = m.end()
    if sentence[start:]:
        out.append((start, sentence[start:]))
    return out


class Subjects:
    """The names of one document that can be a subject, by position, so a clause
    looks only at its own names (refs come from regions.analyse, sorted by start)."""

    def __init__(self, refs: list[regions.RegionRef], doc_regions: DocRegions, body: str):
        self.refs = [r for r in refs if r.can_be_subject]
        self.starts = [r.start for r in self.refs]
        self.every = sorted(refs, key=lambda r: r.start)  # yardsticks and visitors too
        self.every_starts = [r.start for r in self.every]
        self.ends = {r.end: r for r in refs}  # every name, yardsticks too, by where it ends
        self.doc_regions = doc_regions
        self.body = body
        self.default = default_subject(doc_regions)
        self.default_basis = self.basis_of_default(refs)
        self.context = attribution.Context(body, refs, doc_regions, self.default)

    def basis_of_default(self, refs: list[regions.RegionRef]) -> str:
        """home, title (a home the body never names) or main (no home: the region the text is about)."""
        if self.default is None or self.doc_regions.roles.get(self.default) != "home":
            return "main"
        return "home" if any(r.region_id == self.default for r in refs) else "title"

    def spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """Where the names inside body[start:end] stand, relative to `start`."""
        inside = self.refs[bisect_left(self.starts, start) : bisect_left(self.starts, end)]
        return [(r.start - start, min(r.end, end) - start) for r in inside]

    def every_inside(self, start: int, end: int) -> list[regions.RegionRef]:
        """Every name (yardsticks too) that starts inside body[start:end], in text order."""
        return self.every[bisect_left(self.every_starts, start) : bisect_left(self.every_starts, end)]

    def other_named(self, start: int, end: int, region_id: str) -> str:
        """The name of the region other than `region_id` named last in body[start:end], else ""."""
        inside = self.every_inside(start, end)
        others = [r for r in inside if r.end <= end and r.region_id not in (region_id, regions.UNRESOLVED)]
        paired = [r for r in others if self.body[r.start - 1 : r.start] == "与"]  # 与港口镇也有…差距
        return self.doc_regions.regions[(paired or others)[-1].region_id].name if others else ""

    def names(self, start: int, end: int, region_id: str) -> bool:
        """Whether body[start:end] names `region_id` (as a yardstick too)."""
        inside = self.every_inside(start, end)
        return any(r.region_id == region_id and r.end <= end for r in inside)

    def ranked_in(self, start: int, end: int, current: str) -> bool:
        """Whether body[start:end] names a region above `current` as the field of a ranking
        (嘉兴排名第2 of a town of 嘉兴): the sentence gives `current`'s places."""
        return any(self.names_field_of(r, current) for r in self.every_inside(start, end))

    def names_field_of(self, ref: regions.RegionRef, current: str) -> bool:
        """Whether `ref` names a region above the town or county `current` right before its
        place (嘉兴排名第2): the field `current` is ranked in, not the place's owner."""
        all_regions = self.doc_regions.regions
        return (
            ref.region_id != current
            and ref.region_id in all_regions
            and all_regions[current].level in RANKED_IN_FIELD
            and bool(FIELD_RANK.match(self.body, ref.end))
            and regions.is_above(all_regions, ref.region_id, current)
            and not self.peers_ranked_after(ref)
        )

    def peers_ranked_after(self, ref: regions.RegionRef) -> bool:
        """Whether its sentence goes on to name other places of `ref`'s level (甲市排名第三,乙市、丙市
        分别居第一、二位): `ref` is then one of a list of such places, ranked itself, not the
        field of a place inside it."""
        all_regions = self.doc_regions.regions
        end = regions.SENTENCE_END_RE.search(self.body, ref.end)
        stop = end.start() if end else len(self.body)
        level = all_regions[ref.region_id].level
        return any(
            r.region_id != ref.region_id
            and r.region_id in all_regions
            and all_regions[r.region_id].level == level
            and not r.is_ref
            for r in self.refs[bisect_left(self.starts, ref.end) : bisect_left(self.starts, stop)]
        )

    def anchor(self) -> str | None:
        """The region a comparison page is written from: its home, else the first city or county
        it names (宿迁对连云港的追赶 in a title; a province named first is only where both are)."""
        if self.doc_regions.roles.get(self.default or "") == "home":
            return self.default
        for ref in self.every:
            region = self.doc_regions.regions.get(ref.region_id)
            if region is not None and region.level in ("prefecture", "county"):
                return region.id
        return None

    def after_passive(self, start: int, end: int, region_id: str) -> bool:
        """Whether body[start:end] names `region_id` right after 被 (被乙市超出: 乙市 is ahead)."""
        inside = self.every_inside(start, end)
        return any(r.region_id == region_id and self.body[r.start - 1 : r.start] == "被" for r in inside)

    def every_span(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """Where every region name inside body[start:end] stands, relative to `start`."""
        inside = self.every_inside(start, end)
        return tuple((r.start - start, min(r.end, end) - start) for r in inside)

    def named_at(self, start: int, end: int) -> regions.RegionRef | None:
        """The name that opens body[start:end], if one does."""
        i = bisect_left(self.starts, start)
        ref = self.refs[i] if i < len(self.refs) else None
        return ref if ref is not None and ref.start == start and ref.end <= end else None

    def find(self, start: int, end: int, current: str | None, skipped: tuple[tuple[int, int], ...] = ()) -> str | None:
        """The subject named in body[start:end]: the last name that can be a subject there.

        Not a name that is the base of a comparison (全市…投资的20%, 是我区的2.6倍), and
        not a larger region of the current subject named inside the clause
        (全镇…企业9家、上海市院士专家服务中心5家: 上海市 qualifies the noun), unless a verb of
        having follows it (张家港市…前五名中江苏占了三席: 江苏 is who holds them) or 的 makes
        the measure its own (甲市的人均GDP为12万元), nor a name
        inside the `skipped` spans (the brackets of compared figures, see compared_figures).
        """
        body, all_regions = self.body, self.doc_regions.regions
        inside = self.refs[bisect_left(self.starts, start) : bisect_left(self.starts, end)]
        for ref in reversed(inside):
            if any(a <= ref.start < b for a, b in skipped):
                continue
            if is_comparison_base(body[ref.end : end]):
                continue
            above = current and ref.region_id != current and regions.is_above(all_regions, ref.region_id, current)
            # 全镇/我市 always name the region itself; they may still not take over from
            # a smaller subject unless they are the document's own (main) region.
            if above and current and self.names_field_of(ref, current):
                continue  # 王江泾镇…嘉兴排名第2: the town's place among 嘉兴's towns
            if above and (not ref.is_ref or ref.region_id != self.default):
                if not (
                    clause_initial(body, ref.start)
                    or HOLDING_VERB.match(body, ref.end)
                    or body.startswith("的", ref.end)  # 甲市的人均GDP为12万元: the city's own figure
                    or COUNT_OF_PLACES.match(body, ref.end)
                    or regions.named_after_is(body, ref.start)
                    or regions.viewed_from(body, ref.start, ref.end)  # 从江苏省上榜情况看: the topic
                ):
                    continue
            return ref.region_id
        return None


# A place named right before its ranking's 第 (嘉兴排名第2). Not RANK_FIELD above, which a group of
# regions is read with (六县市位居第三) and which this name once silently replaced.
FIELD_RANK = re.compile(rf"(?:{lexicon.alternation('rank_field_links.txt')})?第")
# Divisions ranked inside a larger one named as the field; a park's parent is only guessed from
# the text (长沙高新区…株洲第28名), so a city beside it may be another city's.
RANKED_IN_FIELD = ("town", "county")
COMPARED_LINK = re.compile(rf"\s*(?:{lexicon.alternation('compared_figure_links.txt')})?\s*")
SCOPE_ONLY = re.compile(rf"\s*(?:{lexicon.alternation('rank_scopes.txt')})")
ASIDE_ITEM_START = re.compile(r"[(（、]")


def open_bracket(clause: str, at: int) -> int:
    """Where the bracket that clause[at] stands inside opens, or -1."""
    for i in range(at - 1, -1, -1):
        if clause[i] in ")）":
            return -1
        if clause[i] in "(（":
            return i
    return -1


def compared_figures(subjects: Subjects, clause: str, abs_start: int, quantities) -> dict[int, tuple[str, int]]:
    """The figures of other regions in a bracket right after a region's own figure, by start:
    (owner, where the item naming it starts). 收入4500元(全市为5200元、全省4881元) gives the
    same measure for the region each item names. A scope that is no region of the text (全国,
    or 全省 with no province named) owns nothing (UNRESOLVED). Ranks are left alone: in
    增长8%(全市排名第三) the bracket names the field of the region's own place."""
    out: dict[int, tuple[str, int]] = {}
    for q in quantities:
        opened = open_bracket(clause, q.start)
        if q.is_rank or opened < 0 or not any(x.end == opened for x in quantities):
            continue
        item = max(m.end() for m in ASIDE_ITEM_START.finditer(clause, opened, q.start))
        ref = subjects.named_at(abs_start + item, abs_start + q.start)
        if ref is not None and COMPARED_LINK.fullmatch(clause, ref.end - abs_start, q.start):
            out[q.start] = (ref.region_id, item)
        elif (scope := SCOPE_ONLY.match(clause, item)) and COMPARED_LINK.fullmatch(clause, scope.end(), q.start):
            out[q.start] = (regions.UNRESOLVED, item)
    return out


# 增速为6.8%,高于乙市的5.2%: a figure right after a yardstick and 的 is the yardstick's own,
# of the measure stated before it (as a bracket's 全市为… is); not a multiple (超过乙县的2倍).
YARDSTICK_FIGURE_LEAD = re.compile(rf"(?:{lexicon.alternation('yardstick_figure_leads.txt')})$")
MULTIPLE_AHEAD = re.compile(rf"(?:{numbers.NUM})倍|{numbers.PART_OF}")


# 是乙市4600亿元的5.4倍, 是乙市(820.5亿元)的两倍多, 占乙市4600亿元的12%: the yardstick's own figure
# between its name and the multiple or the share it is measured by.
MULTIPLE_AFTER = re.compile(rf"[)）]?的(?:{MULTIPLE_AHEAD.pattern}|(?:{numbers.NUM})\s*%)")


# 高于全国(12.7%)、全省(13.0%)1.4、1.1个百分点, 比全市平均水平(22.24%)高: a yardstick's figure
# alone in brackets after its name (data/bracket_yardstick_leads.txt, average_level_words.txt).
# 仅次于甲市、乙市(3350亿元) (data/second_to_words.txt): the places ahead of the subject, each with
# its own figure; the lead may stand before other names of its list.
BRACKET_YARDSTICK_LEAD = re.compile(
    rf"(?:{lexicon.either(lexicon.words('bracket_yardstick_leads.txt') + lexicon.words('second_to_words.txt'))})"
    rf"(?:[^，,。；;()（）\d]{{0,12}}、)?$"
)
AVERAGE_LEVEL_TAIL = re.compile(rf"(?:{lexicon.alternation('average_level_words.txt')})$")
SCOPE_TAIL = re.compile(rf"(?:{lexicon.alternation('rank_scopes.txt')})$")


def bracket_yardstick(subjects: Subjects, clause: str, abs_start: int, q: numbers.Quantity) -> tuple[str, int] | None:
    """(owner, where its name starts) of a figure alone in brackets right after a region compared
    with (高于全市(12.7%)), or after the next of a list of them (、全省(13.0%)); a scope that is no
    region of the text (全国) owns it as UNRESOLVED, so that it is left out."""
    opened = q.start - 1
    if q.is_rank or clause[opened : q.start] not in ("(", "（") or clause[q.end : q.end + 1] not in (")", "）"):
        return None
    average = AVERAGE_LEVEL_TAIL.search(clause, 0, opened)
    name_end = average.start() if average else opened
    ref = subjects.ends.get(abs_start + name_end)
    if ref is not None:
        owner, name_start = ref.region_id, ref.start - abs_start
    elif scope := SCOPE_TAIL.search(clause, 0, name_end):
        owner, name_start = regions.UNRESOLVED, scope.start()
    else:
        return None
    before = clause[:name_start]
    if BRACKET_YARDSTICK_LEAD.search(before) or before.endswith((")、", "）、")):
        return owner, name_start
    return None


def yardstick_figures(subjects: Subjects, clause: str, abs_start: int, quantities) -> dict[int, tuple[str, int]]:
    """The figures a yardstick region owns (高于乙市的5.2%, 是乙市4600亿元的5.4倍, 高于全市(5.2%)),
    by start: (owner, where its name starts)."""
    out: dict[int, tuple[str, int]] = {}
    for q in quantities:
        if (bracketed := bracket_yardstick(subjects, clause, abs_start, q)) is not None:
            out[q.start] = bracketed
            continue
        opened = q.start - 1 if clause[q.start - 1 : q.start] in ("(", "（") else q.start
        ref = subjects.ends.get(abs_start + opened)
        if ref is not None and not q.is_rank and MULTIPLE_AFTER.match(clause, q.end):
            out[q.start] = (ref.region_id, ref.start - abs_start)
            continue
        ref = subjects.ends.get(abs_start + q.start - 1)
        if (
            ref is None
            or q.is_rank
            or clause[q.start - 1 : q.start] != "的"
            or not YARDSTICK_FIGURE_LEAD.search(clause, 0, ref.start - abs_start)
            or MULTIPLE_AHEAD.match(clause, q.start)
        ):
            continue
        out[q.start] = (ref.region_id, ref.start - abs_start)
    return out


def aside_spans(clause: str, abs_start: int, compared: dict) -> tuple[tuple[int, int], ...]:
    """The body spans of the brackets that hold compared figures: names there own only them."""
    spans = []
    for at in compared:
        opened = open_bracket(clause, at)
        closed = min((clause.find(c, at) for c in ")）" if c in clause[at:]), default=len(clause))
        spans.append((abs_start + opened, abs_start + closed + 1))
    return tuple(spans)


# 除枝江市外, 除了枝江市之外: an exception closed by its word, inside one clause.
EXCEPTION_LEAD = lexicon.alternation("exception_leads.txt")
CLOSED_EXCEPTION = re.compile(rf"(?:{EXCEPTION_LEAD})[^，,；;。]*?(?:{lexicon.alternation('exception_ends.txt')})")
OPEN_EXCEPTION = re.compile(rf"(?:{EXCEPTION_LEAD})[^，,；;。]")
# 除枝江市一家独大,其余县市…: an exception left open, then the rest of the set.
REST_OPENING = re.compile(rf"[，,；;]?\s*(?:{lexicon.alternation('rest_of_set_words.txt')})")


def excepted_spans(sentence: Sentence, c_start: int, clause: str) -> tuple[tuple[int, int], ...]:
    """The body spans of the places a clause leaves out of what it says of a set (除枝江市外,
    除了枝江市之外, or 除枝江市…,其余县市… up to the clause's end): a place named there is not
    the subject of the figures after the exception, nor of the clauses after it. A figure inside
    the exception is still the place's (除枝江市突破20亿外)."""
    base = sentence.start + c_start
    spans = [(base + m.start(), base + m.end()) for m in CLOSED_EXCEPTION.finditer(clause)]
    if not spans and (m := OPEN_EXCEPTION.search(clause)) and REST_OPENING.match(sentence.text, c_start + len(clause)):
        spans.append((base + m.start(), base + len(clause)))
    return tuple(spans)


def is_comparison_base(between: str) -> bool:
    """全市…投资的20%, 我县的2.6倍: the name is what the number is measured against.
    Not when a verb stands between (昆山市产值是我县的9.5倍: 昆山市 is the subject), nor when
    the 的 follows a year (白河县排名由2018年的54位…, 神木由去年的第44位…: the figure is dated)."""
    # 是乙市(820.5亿元)的两倍多, at the end of a clause: 乙市 is still the yardstick.
    between = MULTIPLE_TAIL.sub("", between.rstrip("，,；;。：: "))
    return between.endswith("的") and not COMPARISON_VERBS.search(between) and not DATED_OF.search(between)


MULTIPLE_TAIL = re.compile(rf"(?:(?:{numbers.NUM})倍|{numbers.PART_OF})[多余]?$")


def clause_initial(body: str, pos: int) -> bool:
    """Whether a name opens its clause (after a time word at most: 2020年,上海市…)."""
    head = body[max(0, pos - 8) : pos]
    head = re.split(r"[，,；;：:。！？\n]", head)[-1]
    return bool(CLAUSE_OPENER.fullmatch(head))


# 甲省(29个)、乙省(26个): a count in brackets right after a listed name.
ITEM_COUNT_BEFORE = re.compile(r"[\u4e00-\u9fff][（(]$")
ITEM_COUNT_AFTER = re.compile(r"(?:[（(][a-zà-ǜ]+[)）])?[)）]\s*(?:[、，,和及与。；;]|$)")


def item_count(clause: str, q: numbers.Quantity) -> bool:
    """甲省(29个)、乙省(26个): a count in brackets after an item of a list, which an ordered list's
    place leaves as the item's figure."""
    return (
        not q.is_rank
        and q.unit not in RATE_UNITS
        and bool(ITEM_COUNT_BEFORE.search(clause, 0, q.start))
        and bool(ITEM_COUNT_AFTER.match(clause, q.end))
    )


def field_before_list(clause: str, q: numbers.Quantity) -> bool:
    """全省14个县考核结果从高到低依次为A、B…: a count of the places ranked, before the words that open
    the list in the list's own clause, is the size of its field, no figure."""
    opener = ORDERED.search(clause)
    return opener is not None and not q.is_rank and numbers.unit_class(q.unit) == "count" and q.end <= opener.start()


def top_band(clause: str, q: numbers.Quantity) -> bool:
    """入选前100名, 增速前9位中: the top of a ranking, not a count of anything."""
    return not q.is_rank and q.unit in BRACKET_UNITS and clause[: q.start].endswith("前")


# The figure ends a range: 1000至[2000亿元], 1亿元到[5亿元].
RANGE_START = re.compile(r"\d\s*(?:万亿|亿|万)?[元个家%]?\s*(?:至|到|~|～|-|－|—)\s*$")
RANGE_END = re.compile(r"(?:之间)?的")
BAND_AHEAD = re.compile(
    r"\s*(?:至|到|~|～|-|－|—)\s*\d[\d.]*\s*(?:万亿|亿|万)?[元个家%]?\s*(?:之间)?"
    rf"(?:的|{lexicon.alternation('bounded_nouns.txt')})"
)


# Three items or more of a list, then a word of their difference (甲、乙和丙相差都在10%以内).
MUTUAL_GAP = re.compile(
    rf"(?:[^、，,和及与。；;]+[、和及与]){{2,}}[^、，,和及与。；;]+?(?:{lexicon.alternation('mutual_gap_words.txt')})[^，,；;。\d]{{0,4}}$"
)


MILESTONE_BEFORE = re.compile(rf"(?:{lexicon.alternation('milestone_verbs.txt')})了?$")
MILESTONE_LEAD = re.compile(lexicon.alternation("milestone_verbs.txt"))  # 突破200亿: the verb read as a bound
MILESTONE_AFTER = re.compile(
    rf"(?:{lexicon.alternation('milestone_nouns.txt')})?\s*[,，]\s*(?:分别)?(?:{lexicon.alternation('milestone_exact_leads.txt')})了?\s*"
)


def milestone_passed(sentence: str, clause_start: int, clause: str, q: numbers.Quantity) -> bool:
    """突破200亿大关,达到212.5亿元: a round figure passed on the way to the exact figure of its unit
    the next clause states is a milestone, no fact; 突破200亿元 alone is the level, bounded."""
    if q.is_rank or not (MILESTONE_BEFORE.search(clause, 0, q.start) or MILESTONE_LEAD.match(q.raw)):
        return False
    lead = MILESTONE_AFTER.match(sentence, clause_start + q.end)
    if lead is None:
        return False
    exact = next(iter(numbers.find_quantities(sentence[lead.end() :])), None)
    return exact is not None and exact.start == 0 and numbers.unit_class(exact.unit) == numbers.unit_class(q.unit)


def skip_quantity(clause: str, q: numbers.Quantity) -> bool:
    """Not facts about a region: thresholds (投资超过5亿的项目) and the size of a
    visit (考察了20多个参观点, 走访了5个城市) or of a delegation (29名学员)."""
    after = clause[q.end : q.end + 1]
    if q.qualifier in ("超过", "以上") and after == "的" and q.unit not in ("位", "%"):
        return True
    bound = THRESHOLD_AFTER.match(clause, q.end - len("以上") * (q.qualifier == "以上"))
    if q.unit not in ("位", "%") and bound and not (bound.group(0).startswith("规模") and q.unit in FIRM_UNITS):
        # 年收入10万元以上家庭, 2000万元规模以上工业企业: the bound of a class of things; but
        # 235家规模以上企业 counts the firms of the class 规模以上 names.
        return True
    if numbers.unit_class(q.unit) == "money" and BOUNDED_NOUN.match(clause, q.end):
        return True  # 产值超5亿元企业12户, 750万元投资建设项目有9个: the bound of a band of things, whose count follows
    if PEER_SET.search(clause[: q.start]) and PEER_SET_END.match(clause[q.end :]) and not q.is_rank:
        return True  # 在全国230家国家级开发区中位列第15位: the size of the field, not a fact
    if top_band(clause, q):
        return True
    if MUTUAL_GAP.search(clause, 0, q.start):
        return True  # 甲、乙和丙相差都在10%以内: the spread among the places listed, no one's figure
    if (RANGE_START.search(clause, 0, q.start) and RANGE_END.match(clause, q.end)) or BAND_AHEAD.match(clause, q.end):
        return True  # GDP在1000至2000亿元的有5座城市, 5至10亿元的企业5家: the bounds of a band of things
    if FOOTPRINT.search(clause, 0, q.start):
        return True  # 占地20公顷: the land of a project or a farm, not of the region
    if not q.is_rank and numbers.unit_class(q.unit) == "count" and DELEGATION_RE.match(clause, q.end):
        return True  # 29名学员, 8个处室负责人: the size of a delegation or a class
    return bool(VISIT_RE.search(clause[: q.start]))


# 百强镇常住人口平均为23万人: an average over the members of a ranked set (N强) is no region's.
SET_AVERAGE = re.compile(rf"(?:{lexicon.alternation('set_average_words.txt')})$")
RANKED_SET = re.compile(rf"(?:{numbers.NUM})强")


def set_average(sentence: str, clause_start: int, clause: str, q: numbers.Quantity) -> bool:
    """Whether the figure is an average over a ranked set the sentence names before it."""
    if q.is_rank or not SET_AVERAGE.search(clause, 0, q.start):
        return False
    return bool(RANKED_SET.search(sentence, 0, clause_start + q.start))


BRACKET_UNITS = ("位", "名", "席")  # 前十名, 前四席: the top of a ranking
# A bound followed by the noun it bounds (10万元以上家庭, 50平方米及以上超市, 2000万元规模以上企业).
THRESHOLD_AFTER = re.compile(r"(?:规模)?及?以上(?=[\u4e00-\u9fff])(?!的)")
# 超5亿元企业, 过亿元项目, 3000万元至2亿元项目: a noun of things counted in bands right after a money figure.
BOUNDED_NOUN = re.compile(lexicon.alternation("bounded_nouns.txt"))
FIRM_UNITS = {row["unit"] for row in lexicon.table("units.csv") if row["firms"] == "yes"}  # 家, 户


FIELD_WORDS = {
    place: lexicon.alternation_of("evaluation_field_words.csv", "place", place)
    for place in ("before", "scope", "after", "part")
}
# 对全国453个开发区, 共有131家省级开发区和15个: the opener, a scope or an earlier member, the count.
FIELD_BEFORE = re.compile(
    rf"(?:{FIELD_WORDS['before']})(?:{FIELD_WORDS['scope']})?(?:\d+[{numbers.COUNT_UNITS}][^，,；;。\d]{{0,10}}[和及与、])?$"
)
FIELD_AFTER = re.compile(FIELD_WORDS["after"])
SCHEME_PART = re.compile(rf"^(?:{FIELD_WORDS['part']})|(?:{FIELD_WORDS['part']})共?$")


# 评选设“单门槛”,即…≥2亿元: the sentence sets a list's entry bar; its figures are the list's.
LIST_BAR = re.compile(lexicon.alternation("list_bar_words.txt"))


def evaluated_field(sentence: str, clause_start: int, clause: str, q: numbers.Quantity) -> bool:
    """Whether a count is the field an evaluation or ranking looks at (对217家经开区…进行考核),
    or a part of its scheme (二级指标共10个): the report's, not a region's."""
    if q.is_rank or numbers.unit_class(q.unit) != "count":
        return False
    if SCHEME_PART.search(clause[q.end : q.end + 2]) or SCHEME_PART.search(clause[max(0, q.start - 3) : q.start]):
        return True
    return bool(FIELD_BEFORE.search(clause, 0, q.start) and FIELD_AFTER.search(sentence, clause_start + q.end))


def city_park(doc_regions: DocRegions, region_id: str, text: str, q) -> str:
    """The park a city's name stands for when a sentence ranks parks: 长沙高新区排名第16名,株洲第28名
    (株洲高新区, named elsewhere in the document). Only a place (not a move), of a city whose
    one park of a kind the document names, in a sentence that names that kind."""
    city = doc_regions.regions[region_id]
    if city.level != "prefecture" or not q.is_rank:
        return region_id
    short = city.name[:-1] if city.name.endswith(("市", "州", "盟")) else city.name
    parks = [
        rid
        for rid, r in doc_regions.regions.items()
        if r.level == "park" and r.name.startswith(short) and r.name[len(short) :] in text
    ]
    return parks[0] if len(parks) == 1 else region_id


def without_names(clause: str, names: tuple[tuple[int, int], ...]) -> str:
    """`clause` with the characters of the region names at `names` blanked (offsets kept)."""
    for start, end in names:
        clause = clause[:start] + " " * (end - start) + clause[end:]
    return clause


def make_fact(
    doc,
    region: Region,
    sentence: Sentence,
    clause: str,
    q,
    period: str,
    clause_start: int,
    earlier: list[Fact],
    basis: str = "clause",
    estimated: bool = False,
    planned: bool = False,
    aside: tuple[int, Fact] | None = None,
    names: tuple[tuple[int, int], ...] = (),
) -> Fact:
    """The fact a quantity states; `estimated` when an open 预计 reaches it, `planned` when a
    heading or sentence before it announces goals (reporter/status.py). `aside` is where the
    bracket item of a compared figure starts and the figure it is compared with (see
    compared_figures): the item's words alone stand before it."""
    before = clause[aside[0] if aside else 0 : q.head if q.head >= 0 else q.start]
    sentence_before = sentence.text[: clause_start - sentence.start]  # the sentence's words before the clause
    # 粮食种植面积732685亩，减少479亩: an amount right after a level of its unit is a change of it.
    after_level = any(f.kind == "level" and numbers.unit_class(f.unit) == numbers.unit_class(q.unit) for f in earlier)
    kind = fact_kind(
        sentence.text, clause, q, doc_year(doc.date), estimated=estimated, after_level=after_level, planned=planned
    )
    # A goal or an estimate is still a level, a growth rate or a share: classify it as what it measures.
    measure = fact_kind(sentence.text, clause, q, goals=False, after_level=after_level) if kind in NOT_ACTUAL else kind
    indicator, label = taxonomy.classify(before, clause, q.unit, measure)
    if names and not indicator.startswith("other:"):
        # 苏州工业园区综合排名12位: a measure found only inside a region's name (its 园区 is no
        # count of parks) is none; the words of the clause without the names say what is measured.
        words = without_names(clause, names)
        unnamed = words[aside[0] if aside else 0 : q.head if q.head >= 0 else q.start]
        indicator, label = taxonomy.classify(unnamed, words, q.unit, measure)
    if (
        q.is_rank
        and indicator.startswith("other:")
        and (ranked := ranked_before_field(before, clause, q, measure, region))
    ):
        indicator, label = ranked
    named = indicator  # what the words before the figure name, before any inheritance
    if q.label:
        indicator, label = f"other:{q.label}", q.label  # 辖12县: what the count counts is in its words
    elif q.measure and (q.measure_named or indicator.startswith("other:")):
        # 湖北第三城宜昌: the noun of the place says what is measured, when no word before it does.
        implied = taxonomy.by_id()[q.measure]
        indicator, label = implied.id, implied.name
    elif q.by_order:
        # 前十名是:A、B… : the words before a name in the list name no measure of it; the rank
        # is in the ranking the text names last before it (in the list's opening words, or earlier),
        # unless the opening words name the measure ranked (GDP排名前三的是A、B、C).
        if indicator.startswith("other:"):
            ranking = ranking_before(doc, clause_start + q.start)
            said = sentence.text[: clause_start - sentence.start + q.start]
            named_list = ranking_label(doc, clause_start + q.start) or opened_ranking(said) or tables.RANK_LABEL
            if ranking is None and named_list == tables.RANK_LABEL:
                # 县域GDP排名发布，排在11—20位的分别是…: the measure an earlier clause names is ranked.
                ranking = measure_around(doc, sentence, clause_start, q, measure)
            indicator, label = (ranking.id, ranking.name) if ranking else (f"other:{named_list}", named_list)
    elif basis != "list" and (each := respective_measure(before, clause, q, measure, region, sentence_before)):
        # 城镇、农村居民人均可支配收入分别增长5.1%和7.2%: one measure of the list for each figure.
        indicator, label = each
    elif measure in INHERITING_KINDS and (amount := respective_amount(clause, q, earlier)) is not None:
        # 新设市场主体2565户,注册资本89.94亿元,同比分别增长36.92%和16.21%: one rate for each
        # amount stated before it, in order, whatever the words next to the rates name.
        indicator, label = amount.indicator, amount.label
    elif (
        indicator.startswith("other:")
        and (measure in INHERITING_KINDS or numbers.is_part(q))  # GDP约5500亿元,规模不及甲市的一半
        and (base := own_figure(earlier, region)) is not None
        and base.indicator != taxonomy.UNNAMED_INDICATOR  # a figure that names no measure lends none
        and not other_industry(base, before)
        # …拉动GDP增长2.73个百分点;乙产业产值增长9.4%: a part's push lends its name to its own change
        # (较上季度多出0.2个百分点), not to the next part's rate
        and (measure == "change" or not base.label.endswith(CONTRIBUTION))
    ):
        # 产值增长18.7%,在全省位列第一 / 较“十二五”末提高9.3个百分点: the rank or
        # change is about the figure stated just before it in the sentence, when it is the same
        # region's (福建有6县进入百强,排名分别为晋江市(第5位)…: the places are the counties' own).
        # After a ratio of the industries, a change that names one industry is that one's share.
        indicator, label = base.indicator, base.label
        if (share := named_industry_share(before)) and label in INDUSTRY_SHARES.values():
            indicator, label = f"other:{share}", share
        elif (
            measure == "growth"
            and label in INDUSTRY_SHARES.values()
            and len(earlier) > 1
            and earlier[-2].region_id == region.id
            and earlier[-2].kind == "level"
        ):
            # 第三产业增加值146.8亿元,占GDP比重32.4%,增加值增长5.3%: the growth of the industry's
            # figure before its share, not of the share.
            indicator, label = earlier[-2].indicator, earlier[-2].label
    elif indicator.startswith("other:") and q.is_rank and (ranking := ranking_before(doc, clause_start)):
        # 昆山市居第1位 in a text about the 百强县: the rank in the ranking the text reports.
        indicator, label = ranking.id, ranking.name
    elif indicator.startswith("other:"):
        # A label that is a piece of the sentence (我们就启动, 选择) gives way to the nouns
        # that name the measure (产业集群, 产业链), or to its own nouns after its verbs
        # (实现出口贸易 -> 出口贸易); with none, the figure names no measure (竣工15个), rather
        # than a verb shown as one.
        # A rank or a move in a ranking (every one is in 位) with no measure named (江阴市位列第一)
        # is the rank in the list the text reports.
        in_ranking = q.unit == "位"
        empty = tables.RANK_LABEL if in_ranking else taxonomy.UNNAMED  # the label when no word names it
        if label == taxonomy.UNNAMED:
            # 102个自然村, 第9名晋江陈埭镇: nothing names the figure before it; the nouns it
            # counts do, else nothing does (not the end of its clause).
            label = labels.label_after(clause[q.end :]) or empty
        elif labels.is_fragment(label):
            label = labels.noun_label(before, clause[q.end :]) or labels.after_verbs(label) or empty
        # 前三季度全县公路货运量, 甲县年末生猪存栏: times and references open no name, before the
        # region's name or after it.
        cleaned = taxonomy.trim_label(clean_label(taxonomy.trim_label(label), region, empty)) or empty
        label = labels.whole_part(cleaned) or empty
        if q.part:
            # 三次产业占比由5.7:49.3:45.0,进一步优化为6.6:45.8:47.6: the sentence names the parts
            said = sentence.text[: clause_start - sentence.start + q.start]
            label = industry_share(said, q.part) or f"{label}(第{PART_NAMES[q.part]}项)"
        indicator = f"other:{label}"
        # 共接待游客1784.3万人,同比增长19.7%: the rate or change of a figure that names no measure
        # names none (a place in a ranking may still be by a measure named elsewhere).
        unnamed_base = (
            measure in INHERITING_KINDS
            and measure != "rank"
            and bool(earlier)
            and earlier[-1].region_id == region.id
            and earlier[-1].indicator == taxonomy.UNNAMED_INDICATOR
        )
        if label == empty and (peer := listed_peer(earlier, region, q, measure, before)) is not None:
            # 安徽40个、湖北20个、江西18个: a place's figure in a run of places' figures of one unit
            # is of the measure the run's first figure names.
            indicator, label = peer.indicator, peer.label
        elif (
            label == empty and not unnamed_base and (around := measure_around(doc, sentence, clause_start, q, measure))
        ):
            indicator, label = around.id, around.name
        elif label == empty and in_ranking and (named_list := ranking_label(doc, clause_start + q.start)):
            indicator, label = f"other:{named_list}", named_list  # 在“全国产业园区50强”中排列第二
    if measure == "share" and indicator.startswith("other:") and (share := industry_of_share(sentence_before, before)):
        indicator, label = f"other:{share}", share  # 第二产业…,占GDP比重61.8%: the industry's share
    if named.startswith("other:") or named in PAIR_MEASURES:  # not 农村居民…: a group named outright
        indicator, label = paired_indicator(
            indicator, label, sentence.text, clause_start - sentence.start + q.start, q.unit
        )
    if kind == "change" and q.unit != "个百分点" and (other := gap_to(before)):
        # 比全市低2568元: a gap to 全市, not a change over time (a measure named for an earlier
        # gap, 比全市低…,比全省高…, is the measure itself).
        measured = GAP_LABEL.sub("", label)
        # 超过全市平均水平8个: no measure named but the average itself (平均水平)
        label = f"{'' if other.endswith(measured) else measured}与{other}差距"
        indicator = f"other:{label}"
    if aside:
        # 比全市低227元(全市为12905元): the bracket is 全市's level of the measure, not the gap
        indicator, label, kind = aside[1].indicator, aside[1].label, compared_kind(aside[1], q, kind)
        if GAP_LABEL.search(label):
            measured = GAP_LABEL.sub("", label)
            indicator, label = taxonomy.classify(measured, measured, q.unit, kind)
    if kind == "share" and growth_sentence(sentence.text, clause_start - sentence.start, q, before, label):
        # 增速分别为:甲县5.2%,乙县4.9%: a bare rate in a sentence about growth is a growth rate,
        # of the measure an earlier clause or the title names.
        kind = "growth"
        if indicator == taxonomy.UNNAMED_INDICATOR and (around := measure_around(doc, sentence, clause_start, q, kind)):
            indicator, label = around.id, around.name
    if indicator == taxonomy.COUNTY_RANKING:
        # 某镇在千强镇中排名第12: a place in another list than the county ranking keeps the
        # ranking's id and is labelled by its list, so a brief never sets it against a county's.
        label = listed_ranking(doc, clause_start + q.start, region) or label
    raw_id = f"{doc.id}:{clause_start + q.start}:{q.raw}"
    value = q.value
    head = LISTED_FIGURES.sub("", before)  # 下降4.6%、0.2%: the 0.2 fell too
    # A goal of a fall (能耗降幅达到8%以上, 能耗下降13.5%) is a fall as the growth it measures is.
    falls = kind in ("growth", "change", "estimate") or measure in ("growth", "change")
    if falls and value > 0 and DECLINE_RE.search(head[-DECLINE_REACH:]):
        value = -value
    elif kind in ("level", "growth", "change", "estimate") and value > 0 and FALL_BY_RE.search(head):
        value = -value  # 面积93254亩,减少479亩: a fall by an amount
    elif kind == "change" and value > 0 and (below := AVERAGE_GAP_RE.search(head)):
        value = -value if AVERAGE_GAP_SIGNS[below.group("verb")] == "-" else value  # 少于全市平均水平
    return Fact(
        id=hashlib.sha1(raw_id.encode()).hexdigest()[:12],
        doc=doc.name,
        doc_id=doc.id,
        region=region.name,
        full_name=region.full_name,
        region_id=region.id,
        level=region.level,
        indicator=indicator,
        label=label,
        value=value,
        unit=q.unit,
        period=period,
        qualifier=q.qualifier,
        kind=kind,
        evidence=sentence.text.strip(),
        raw=q.raw,
        basis=basis,
    )


MEASURE_FRAMES = [re.compile(line) for line in lexicon.words("measure_list_frames.txt")]
MEASURE_ITEM_SPLIT = re.compile(r"[、和与及]")
MEASURE_ITEM_MAX = 16  # characters of one measure's name; a longer piece is prose, not a list item


# 面积与人口均是乙市的两倍, 城区面积、城市人口约为乙市一半: one multiple of several measures listed
# before the verb that compares them, with 均 or without it.
MULTIPLE_VERB = re.compile(rf"(?:{numbers.PRE_QUALIFIERS})?(?:{lexicon.alternation('comparison_verbs.txt')})")


# 创新指数与开放指数列全省第二名, 工业投资、技改投资增幅列全市第3: without 均, a
# list of measures ends where the words ranking them start (a word of keeping, a verb of ranking
# or the field), after its last list mark.
PLACE_LEAD = re.compile(
    rf"(?:{lexicon.alternation('place_keeping_words.txt')})|(?:{numbers.RANK_WORDS})"
    rf"|(?:{lexicon.alternation('rank_scopes.txt')})"
)


SHARING_BEFORE_PLACE = re.compile(
    rf"(?:{lexicon.alternation('place_sharing_words.txt')})(?=(?:{PLACE_LEAD.pattern})|位于|在)"
)


def bare_list_end(clause: str, q) -> int:
    """Where the words ranking a place start after a list of measures written right before them
    without 均 (A与B居全省第一名), or -1; not where the places are handed out in order (分别, 分列)."""
    if RESPECTIVELY.search(clause, 0, q.start):
        return -1
    marks = [m.end() for m in MEASURE_ITEM_SPLIT.finditer(clause, 0, q.start)]
    if not marks:
        return -1
    sharing = SHARING_BEFORE_PLACE.search(clause, marks[-1], q.start)
    lead = sharing or PLACE_LEAD.search(clause, marks[-1], q.start)
    return lead.start() if lead else -1


QUOTED_SPAN = re.compile(r"“[^”]*”|\"[^\"]*\"")
QUOTE_MARKS = re.compile(r"[“”\"]")
MEASURE_ASPECTS = lexicon.words("measure_aspect_words.txt")
ASPECT_END = re.compile(rf"(?:{lexicon.alternation('measure_aspect_words.txt')})$")


def measure_list(text: str) -> list[str]:
    """The measures of a list (甲、乙和丙), split at list marks outside quotes (“科技创新和成果
    转化能力”及“对外开放和合作能力”: two names), the quotes dropped; an item that is only a
    side of a measure is that side of the measure before it (GDP总量和增速 → GDP总量, GDP增速)."""
    quoted = [(m.start(), m.end()) for m in QUOTED_SPAN.finditer(text)]
    cuts = [m for m in MEASURE_ITEM_SPLIT.finditer(text) if not any(a < m.start() < b for a, b in quoted)]
    bounds = [0, *(x for m in cuts for x in (m.start(), m.end())), len(text)]
    items = [QUOTE_MARKS.sub("", text[a:b]) for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    items = [x for x in items if x]
    for k in range(1, len(items)):
        if items[k] in MEASURE_ASPECTS and items[k - 1] not in MEASURE_ASPECTS:
            items[k] = ASPECT_END.sub("", items[k - 1]) + items[k]
    return items


def parallel_items(items: list[str]) -> bool:
    """Whether each item of a list ends in a character the last item holds (创新指数与开放指数;
    工业投资、技改投资增速): measures of one kind, where a list without 均 may be
    one name joined inside (科技创新和成果转化能力, 对外开放和合作能力)."""
    return all(item[-1] in items[-1] for item in items[:-1])


# 2020年、2021年和2022年, 2007、2009、2012年: years listed, the last one at least written with 年.
YEAR_LIST_RE = re.compile(r"(?:(?:19|20)\d\d年?\s*[、和及与]\s*)+(?:19|20)\d\d年")


def yearly(fact: Fact, clause: str, q) -> list[Fact]:
    """One place for each year listed before it in its clause with no other figure between
    (继2015年、2016年荣获第一名; 2019年、2020年和2021年增速均居全省第2位): the
    place was held in each of them."""
    listed = [m for m in YEAR_LIST_RE.finditer(clause, 0, q.start) if not re.search(r"\d", clause[m.end() : q.start])]
    if fact.kind != "rank" or not listed:
        return [fact]
    years = re.findall(r"(?:19|20)\d\d", listed[-1].group(0))
    return [
        replace(fact, id=hashlib.sha1(f"{fact.id}:{year}".encode()).hexdigest()[:12], period=year) for year in years
    ]


def shared_place(fact: Fact, region: Region, clause: str, q, named: Sequence[tuple[int, int]]) -> list[Fact]:
    """`fact`, or one fact a measure when its place (or its multiple) is given with 均 to several
    measures listed before it (A和B均排全省第3位; 城乡居民收入增速均列全市第七: the pair's two
    groups; 面积与人口均是乙市的两倍), or without 均 to measures listed right before the words
    that rank them (A与B居全省第一名). `named` are the spans of region names in the clause, in
    which 都 or 均 is no word that shares (成都)."""
    if q.label in numbers.RATIO_LABELS:
        return [fact]  # 城乡居民收入比2.02: one ratio of the pair's two figures, not a multiple of each
    at = distributive_at(clause, named)
    bare = at < 0 and fact.kind == "rank"
    if bare:
        at = bare_list_end(clause, q)
    if fact.kind == "multiple":
        if "分别" in clause[: q.start]:
            return [fact]  # 分别是乙市的2倍和3倍: one multiple a measure (respective_measure)
        if at < 0:
            verb = MULTIPLE_VERB.search(clause, 0, q.start)
            at = verb.start() if verb else -1
    if at < 0 or at > q.start:
        return [fact]
    text = clause[:at]
    for name in sorted({region.name, *region.aliases}, key=len, reverse=True):
        text = text.replace(name, "")  # 歙县城镇和农村…: the place is no part of the first measure
    for frame in MEASURE_FRAMES:
        text = frame.sub("", text)
    items = measure_list(text)
    if len(items) == 1:
        pair = next((row for row in PAIRS.values() if row["word"] in items[0]), None)
        return [replace_measure(fact, pair[k], q) for k in ("first", "second")] if pair else [fact]
    if len(items) < 2 or any(len(x) > MEASURE_ITEM_MAX or re.search(r"\d", x) for x in items):
        return [fact]
    if bare and not SHARING_BEFORE_PLACE.match(clause, at) and not parallel_items(items):
        return [fact]
    each = [replace_measure(fact, leaning(item, items[-1], q), q, named=True) for item in items]
    if fact.indicator.startswith("other:") or (fact.kind == "rank" and parallel_items(items)):
        # 绿化覆盖率和建设用地下降率均排全省第3位, “甲能力”及“乙能力”均位列全国第三: items of one
        # kind are each a measure ranked, whether or not the taxonomy names them.
        return each
    if fact.kind == "multiple":
        # Listed right before the verb that compares them, each item is a measure, known or not.
        return [fact, *(f for f in each if f.indicator != fact.indicator)]
    # The measure found for the place already (an indicator of the taxonomy) stays, and of the
    # others only those the taxonomy knows: an item it cannot name may be no measure at all.
    known = [f for f in each if not f.indicator.startswith("other:")]
    # The fact stands for the first item of its measure: another of the same (GDP总量和增速,
    # both gdp) is a place of its own.
    own = next((k for k, f in enumerate(known) if f.indicator == fact.indicator), None)
    if own is not None:
        known.pop(own)
    return [fact, *known][: len(items)]


# A figure inside a list item makes it no measure's name; a digit before a Latin letter is part of
# one (3D打印, 5G通信).
ITEM_FIGURE = re.compile(r"\d(?![A-Za-z])")


def shared_measure_rate(
    fact: Fact, region: Region, clause: str, q: numbers.Quantity, named: Sequence[tuple[int, int]]
) -> list[Fact]:
    """`fact`, and one fact for each other measure of a list a rate, share or change is given
    to with 均 (批发零售、交通运输指标均增长15%; 一产、三产占比均提高0.3个百分点), or written right
    before the words of the rate without 均 when the items are of one kind and the taxonomy knows
    one of them (一般公共预算收入和税收收入年均增长9%; a goal of a rate too). The fact keeps the
    measure it was read under and comes last, so a later clause that names no measure goes on
    under it as before."""
    if fact.kind not in ("growth", "change", "share") and not (fact.kind == "target" and q.unit in RATE_UNITS):
        return [fact]
    at = distributive_at(clause, named)
    bare = at < 0
    if bare:
        at = bare_rate_end(clause, q)
    if at < 0 or at > q.start or RESPECTIVELY.search(clause, 0, q.start):
        return [fact]
    own_names = {region.name, *region.aliases}
    if any(b <= at and clause[a:b] not in own_names and not own_ref(clause, a, b, bare) for a, b in named) or (
        SET_GAP.search(clause, 0, at)
    ):
        return [fact]  # 焦作、平顶山和新乡相差都在10%以内: a list of places, not of measures
    text = "".join(" " if own_ref(clause, a, b, bare) else clause[a:b] for a, b in cut_at(clause[:at], named))
    for name in sorted(own_names, key=len, reverse=True):
        text = text.replace(name, "")
    for frame in MEASURE_FRAMES:
        text = frame.sub("", text)
    items = [x.strip() for x in measure_list(text)]
    if len(items) < 2 or any(len(x) > MEASURE_ITEM_MAX or ITEM_FIGURE.search(x) for x in items):
        return [fact]
    if bare and not (parallel_items(items) and any(known_measure(x, q) for x in items)):
        # 住宿和餐饮业增加值, 糕点和饼干类食品: without 均 a list is one measure's name unless
        # its items are of one kind and the taxonomy knows one of them as a measure.
        return [fact]
    measure = "growth" if fact.kind == "target" else fact.kind  # a goal of a rate measures as the rate does
    own = next(
        (k for k, x in enumerate(items) if taxonomy.classify(x, x, q.unit, measure)[0] == fact.indicator),
        len(items) - 1,
    )
    others = [replace_measure(fact, leaning(x, items[-1], q), q, named=True) for k, x in enumerate(items) if k != own]
    return [*(f for f in others if f.indicator != fact.indicator), fact]


# 年均增长, 增速达到: the words that open what is said of a rate (data/rate_lead_words.txt).
RATE_LEAD = re.compile(lexicon.alternation("rate_lead_words.txt"))


def bare_rate_end(clause: str, q: numbers.Quantity) -> int:
    """Where the words of a rate start after a list of measures written right before them
    without 均 (一般公共预算收入和税收收入年均增长9%), or -1."""
    marks = [m.end() for m in MEASURE_ITEM_SPLIT.finditer(clause, 0, q.start)]
    lead = RATE_LEAD.search(clause, marks[-1], q.start) if marks else None
    return lead.start() if lead else -1


def cut_at(text: str, named: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """`text` cut into pieces at the bounds of the names in it: the names' spans and those between."""
    bounds = sorted({0, len(text), *(x for a, b in named if b <= len(text) for x in (a, b))})
    return list(pairwise(bounds))


def own_ref(clause: str, a: int, b: int, bare: bool) -> bool:
    """Whether the name at a..b before a list without 均 is the text's word for a region as a whole
    (全县一般公共预算收入和税收收入年均增长9%): it says whose the measures are, it is no list item."""
    return bare and bool(regions.REF_RE.fullmatch(clause, a, b))


def known_measure(item: str, q: numbers.Quantity) -> bool:
    """Whether the taxonomy names the measure whose rate a list item gives."""
    return not taxonomy.classify(item, item, q.unit, "growth")[0].startswith("other:")


# A rate given to the amounts before it stops at a clause that is no list item (；).
RUN_STOP = re.compile(r"[；;]")


def shared_rate(
    fact: Fact, sentence: str, clause_start: int, clause: str, q: numbers.Quantity, earlier: list[Fact]
) -> list[Fact]:
    """`fact`, or one rate an amount when a rate given with 均 names no measure of its own and
    follows a run of amounts of one class (营业收入111亿元、税收9亿元,增幅均超过25%; 工资达3万元,
    纯收入7120元,同比都增长20%): the growth of each amount, back to the last rate or ；."""
    at = distributive_at(clause)
    if q.unit not in RATE_UNITS or not 0 <= at < q.start or RESPECTIVELY.search(clause, 0, q.start):
        return [fact]
    before = RUN_STOP.split(sentence[:clause_start])[-1]
    run: list = []
    for x in reversed(numbers.find_quantities(before)):
        if x.unit in (*RATE_UNITS, "个百分点") or x.is_rank:
            break
        if run and numbers.unit_class(x.unit) != numbers.unit_class(run[0].unit):
            break
        run.insert(0, x)
    own = [f for f in earlier if f.region_id == fact.region_id and f.kind != "rank"]
    amounts = []
    for x in run:
        stated = next((f for f in own if f.raw == x.raw and f not in amounts), None)
        if stated is None:
            return [fact]
        amounts.append(stated)
    indicators = [f.indicator for f in amounts]
    if len(amounts) < 2 or len(set(indicators)) < len(amounts) or fact.indicator != indicators[-1]:
        return [fact]
    return [fact if a.indicator == fact.indicator else measured_as(fact, a.indicator, a.label) for a in amounts]


def leaning(item: str, last: str, q) -> str:
    """The measure a list item names, with the words it shares with the last item when it
    names none alone: 城镇和农村居民收入 -> 城镇居民收入 (the modifiers are as long as each other)."""
    if len(item) >= len(last) or not taxonomy.classify(item, item, q.unit, "rank")[0].startswith("other:"):
        return item
    whole = item + last[len(item) :]
    return whole if not taxonomy.classify(whole, whole, q.unit, "rank")[0].startswith("other:") else item


def replace_measure(fact: Fact, measure: str, q, named: bool = False) -> Fact:
    """`fact` for a measure given by its indicator id, or (named) by the words naming it: a word
    a place ranks by (人口, data/superlative_measures.csv) names its indicator there."""
    if named:
        indicator, label = taxonomy.classify(measure, measure, q.unit, "rank")
        if indicator.startswith("other:") and (ranked_by := SUPERLATIVE_MEASURES.get(measure)):
            indicator, label = ranked_by, taxonomy.by_id()[ranked_by].name
        elif indicator.startswith("other:"):
            indicator, label = f"other:{measure}", measure
    else:
        indicator, label = measure, taxonomy.by_id()[measure].name
    return measured_as(fact, indicator, label)


def measured_as(fact: Fact, indicator: str, label: str) -> Fact:
    """`fact` given to another measure, with an id of its own made from the fact's and the measure's."""
    raw_id = f"{fact.id}:{indicator}"
    return replace(fact, id=hashlib.sha1(raw_id.encode()).hexdigest()[:12], indicator=indicator, label=label)


def compared_kind(own: Fact, q, kind: str) -> str:
    """The kind of another region's figure in brackets after a region's own: a level beside a
    level, and the rate itself beside a growth rate or a gap in points (低1.7个百分点(全省为5.6%)); the
    other's level beside a gap in the same unit (比全市低2568元(全市为21585元))."""
    if numbers.unit_class(own.unit) == numbers.unit_class(q.unit):
        return "level" if own.kind == "change" else own.kind
    return "growth" if q.unit in RATE_UNITS and own.kind in ("growth", "change") else kind


# Each pair under the measure and under either group's indicator (a growth rate takes the one
# of the figure before it, which may be the first group's).
PAIRS = {row[key]: row for row in lexicon.table("paired_indicators.csv") for key in ("indicator", "first", "second")}
PAIR_MEASURES = {row["indicator"] for row in PAIRS.values()}


RESPECTIVE_GAP = 8  # characters between 分别 and the first rate: 增长, 比上年增长, 较上年同期下降


LAST_JOINER = re.compile(r"^(.+)[和及与](.+)$")  # 甲、乙和丙: the last item joined by a word
QUARTER_LEAD = re.compile(rf"^(?:今年|全年)?(?:{QUARTER_RE.pattern})?")  # 上半年汽车类…: the period is no part
BASELINE_END = re.compile(rf"(?:{lexicon.alternation('baseline_words.txt')})$")


def measure_items(text: str, wanted: int) -> list[str]:
    """The items of a list (甲、乙和丙), split on 、 and then, while fewer than `wanted`, on the
    last 和/及/与 of the last item: 石油及制品类 stays whole when the count is already made."""
    items = [i for i in text.split("、") if i]
    while items and len(items) < wanted and (m := LAST_JOINER.match(items[-1])):
        items[-1:] = [m.group(1), m.group(2)]
    return items


def respective_measure(
    before: str, clause: str, q, kind: str, region: Region, said: str = ""
) -> tuple[str, str] | None:
    """(indicator, label) of a figure in a run after 分别 that follows a list of as many measures:
    地区生产总值、一般公共预算收入分别增长8.1%和9.2% (each a measure of its own); 城镇、农村居民人均
    可支配收入分别… and 汽车类、石油及制品类零售额分别… (parts of one measure, whose head noun the
    last item carries). None unless the last item or every item names a known measure, so a list
    of periods (较一季度、上半年分别提高…) or of places is left alone."""
    opening = before.rfind("分别")
    if opening < 0:
        return None
    run = LISTED_NUMBER.findall(clause, opening)
    place = len(LISTED_NUMBER.findall(before, opening))
    words = QUARTER_LEAD.sub("", BASELINE_END.sub("", clean_label(before[:opening], region, "")))
    industries = industry_items(words)
    if not industries and words.startswith("对"):  # 对GDP的贡献分别是…: of the industries named before
        industries = industry_items(industries_named_before(said) + words)
    if industries:
        # 第一、二、三产业增加值分别为…, 三次产业对经济增长的贡献率分别为…: each figure its industry's
        if len(industries) != len(run) or place >= len(industries):
            return None
        return exact_measure(industries[place]) or (f"other:{industries[place]}", industries[place])
    items = measure_items(words, len(run))
    if len(items) < 2 or len(items) != len(run) or place >= len(items):
        return None
    own = [exact_measure(i) for i in items]
    if all(own):
        return own[place]
    last = items[-1]
    named = taxonomy.measure_named(last, q.unit, kind)
    head = head_noun(last, items[0], named)
    if not head or named is None:
        return None
    name = items[place] if place == len(items) - 1 or items[place].endswith(head) else items[place] + head
    return exact_measure(name) or (f"other:{name}", name)


def industries_named_before(said: str) -> str:
    """三次产业结构是8.8:39.9:51.3,对GDP的贡献分别是…: the industries that open the clause before, which
    a measure after 对 with no subject of its own is of; else ""."""
    last = re.split(r"[，,；;]", said.rstrip("，,；; "))[-1]
    m = INDUSTRY_SET.search(last)
    # 甲市三次产业结构为…: a place or a time may stand before the industries, no figure
    return m.group(0) if m and not re.search(r"\d", last[: m.start()]) else ""


def exact_measure(words: str) -> tuple[str, str] | None:
    """The known indicator whose name or synonym `words` is, whole."""
    found = taxonomy.by_words().get(words)
    return (found.id, found.name) if found else None


def head_noun(last: str, first: str, named: taxonomy.Indicator | None) -> str:
    """What the last item of a list adds to each part it shares with: 零售额 of 石油及制品类零售额
    after 汽车类 (the parts end alike); 工业增加值 of 化工新材料等主导行业工业增加值 after 生物医药
    (the measure's own word); 产业… of 第三产业… after 第二 and 居民人均可支配收入 of 农村居民… after
    城镇 (parts of one length)."""
    ending = last.find(first[-1], 1)
    if ending > 0:
        return last[ending + 1 :]
    if first[0] == last[0] and len(last) > len(first) + 1:
        return last[len(first) :]  # 第二、第三产业…: parts alike at their start
    starts = [at for syn in (named.synonyms if named else ()) if (at := last.rfind(syn)) > 0]
    if starts:
        return last[min(starts) :]
    return last[len(first) :] if len(last) > len(first) + 1 else ""


def respective_amount(clause: str, q, earlier: list[Fact]) -> Fact | None:
    """The amount a rate after 分别 is about: with as many rates of its unit after 分别 as the
    sentence has amounts of other units before them, the one in the same place in order."""
    opening = clause.rfind("分别", 0, q.start)
    if opening < 0:
        return None
    run = [x for x in numbers.find_quantities(clause) if x.start > opening and x.unit == q.unit]
    amounts = [f for f in earlier if numbers.unit_class(f.unit) != numbers.unit_class(q.unit)]
    if len(run) < 2 or len(amounts) != len(run) or run[0].start - opening > RESPECTIVE_GAP:
        return None
    place = next((k for k, x in enumerate(run) if x.start == q.start), None)
    return amounts[place] if place is not None else None


def paired_indicator(indicator: str, label: str, sentence: str, at: int, unit: str) -> tuple[str, str]:
    """城乡居民人均可支配收入分别达A元、B元: the figure at `at` is the first group's or the second's
    by its place among the figures of its unit after the pair's word (data/paired_indicators.csv)."""
    pair = PAIRS.get(indicator)
    start = sentence.rfind(pair["word"], 0, at) if pair else -1
    if pair is None or start < 0 or re.search(r"[。；;]", sentence[start:at]):
        return indicator, label
    place = sum(f.unit == unit for f in numbers.find_quantities(sentence[start:at]))
    if place > 1:
        return indicator, label
    chosen = taxonomy.by_id()[pair["second" if place else "first"]]
    return chosen.id, chosen.name


QUALITY_PHRASES = re.compile(lexicon.alternation("quality_phrases.txt"))


def measure_around(doc: Document, sentence: Sentence, clause_start: int, q, kind: str) -> taxonomy.Indicator | None:
    """The measure of a figure whose clause names none: the one an earlier clause of its
    sentence names (以财政收入为例,…突破20亿外; 潞州区GDP总量最高,为565.7亿元), else the
    one the title names (a table of GDP figures under a title about GDP), else the one the line
    that leads its rows names (各县GDP完成数据: / 1.甲县34.4亿元), else, for a place, the one the
    sentence that opened its ranked list names (财政收入排名前10位的城市…南通排名第六)."""
    for text in measure_sources(doc, sentence, clause_start, q):
        named = taxonomy.measure_named(QUALITY_PHRASES.sub("", text), q.unit, kind)
        if named is not None:
            # 江苏41个 under a title about the 百强县: a count of members, not the ranking
            return None if named.unit != q.unit and numbers.unit_class(named.unit) == "count" else named
    return None


def measure_sources(doc: Document, sentence: Sentence, clause_start: int, q) -> Iterator[str]:
    """The texts measure_around looks in, in order; each read only when those before name nothing
    (the lead of rows and a ranked list's opening are looked for back through the body)."""
    yield doc.body[sentence.start : clause_start]
    yield doc.title
    yield rows_lead(doc.body, sentence.start)
    if q.unit == "位":
        yield list_opening(doc.body, sentence.start)


LIST_LEAD_WORDS = lexicon.words("list_lead_words.txt")
# 1.甲县31.27亿元, - 乙县:4,382平方公里: a row of a list, numbered or bulleted.
ROW_MARK = re.compile(r"\s*(?:\d{1,3}[.、)）]|[-•·*])")
ROWS_BACK = 12  # list rows passed over on the way up to the line that leads them


def rows_lead(body: str, at: int) -> str:
    """The line that leads the rows the line at `at` belongs to (…各县GDP完成数据:, …情况如下),
    when only rows of the list stand between them; else ""."""
    end = body.rfind("\n", 0, at)  # the end of the line above the figure's, walked up line by line
    for _ in range(ROWS_BACK):
        if end < 0:
            return ""
        start = body.rfind("\n", 0, end) + 1
        text = body[start:end].strip()
        if text.endswith((":", "：")) or any(word in text for word in LIST_LEAD_WORDS):
            return text
        if not ROW_MARK.match(text):
            return ""
        end = start - 1
    return ""


# 梳理了财政收入排名前10位的城市, GDP十强: the sentence that opens a ranked list names its measure.
TOP_LIST_RE = re.compile(rf"前\s*(?:{numbers.NUM})\s*(?:位|名|强)|(?:{numbers.NUM})强")


def list_opening(body: str, before: int) -> str:
    """The last sentence before `before` that opens a ranked list (排名前10位的城市), else "": a
    place written 排名第六 further on is in that list, by the measure it names."""
    for m in reversed(list(re.finditer(r"[^。！？\n]+", body[:before]))):
        if TOP_LIST_RE.search(m.group(0)):
            return m.group(0)
    return ""


def ranking_before(doc: Document, at: int) -> taxonomy.Indicator | None:
    """The ranking the text names last before `at` (its title counts as before everything)."""
    return taxonomy.ranking_named(doc_before(doc, at))


def listed_ranking(doc: Document, at: int, region: Region) -> str:
    """The label of a place the county ranking's words rank when it is in another list: the
    list's name (千强镇排名, 工业百强县排名); for a place that is no county (a town, a zone, a
    province ranked by its members), the list the text names (ranking_label) or 排名. "" for a
    county's place in the county ranking."""
    if listed := taxonomy.other_ranking(doc_before(doc, at), region.level, region.name):
        return listed
    if region.level != "county":
        return ranking_label(doc, at) or tables.RANK_LABEL
    return ""


def doc_before(doc: Document, at: int) -> str:
    """The text before `at` in the body, after the title (which counts as before everything)."""
    return f"{doc.title}\n{doc.body[:at]}"


# A list's name as the text gives it: quoted (“中国产业园区100强”, 《…》), or a title's phrase
# ending in 排名/排行榜/榜单/名单 (全国50强产业园区排名名单).
RANKING_HEAD = re.compile(lexicon.alternation("ranking_name_heads.txt"))
RANKING_NOISE = re.compile(lexicon.alternation("ranking_name_noise.txt"))
QUOTED_LIST = re.compile(r"[“\"《「]([^”\"》」\n]{3,30})[”\"》」]")
TITLE_RANKING = re.compile(r"([\u4e00-\u9fff0-9]{3,24}?(?:排名|排行榜|榜单|名单))")
LIST_CUT = re.compile(rf"前\s*(?:{numbers.NUM})\s*(?:位|名)")  # 综合排名前30名: a part of a list
COUNTED_LIST = re.compile(r"\d+强")  # 中国产业园区100强, 镇域经济500强
LIST_YEAR = re.compile(r"(?:19|20)\d{2}(?:年度|年)?")


def ranking_label(doc: Document, at: int) -> str:
    """The name of the ranking the text names last before `at` when no known indicator is one
    (在“全国产业园区50强”中,甲园区排列第二 -> 全国产业园区50强排名), else "": its quoted
    name, or a phrase of the title that names a list, without its year or the words that
    announce it (发布, 出炉, 榜单)."""
    names = [m.group(1) for m in QUOTED_LIST.finditer(doc.body[:at])][::-1]  # the nearest first
    names += [m.group(1) for m in QUOTED_LIST.finditer(doc.title)]
    names += [m.group(1) for m in TITLE_RANKING.finditer(doc.title)]
    for name in names:
        # 某某300强暨东部30强: the first list named; 综合排名前30名: a cut of a list, no name.
        words = RANKING_NOISE.sub("", LIST_YEAR.sub("", name.split("暨")[0])).strip("的和与及")
        if LIST_CUT.search(words) or not (RANKING_HEAD.search(words) or COUNTED_LIST.search(words)):
            continue
        if 4 <= len(words) <= 16 and not labels.is_fragment(words) and not re.search(r"[，,、：:。]", words):
            return f"{words}{tables.RANK_LABEL}"
    return ""


# 全省14个县考核评价结果从高到低依次为: the places counted, then the evaluation, then its result.
FIELD_COUNT = re.compile(rf"^.*(?:{numbers.NUM})\s*[个家座]")
RESULT_TAIL = re.compile(
    rf"(?:结果|得分|成绩|的|位于|{lexicon.alternation('rank_words.txt')})+$"
)  # …总指数位于: its place
WHOLE_LEAD = re.compile(r"^[全本我该][省市县区州]")  # 全市县域经济…: the scope, no part of the name


def opened_ranking(said: str) -> str:
    """The ranking that the words opening an ordered list name (…县考核评价结果从高到低依次为:
    -> 县考核评价排名), when no quoted name or title names one; else ""."""
    openers = list(ORDERED.finditer(said))
    if not openers:
        return ""
    head = re.split(r"[，,。；;：:\n]", said[: openers[-1].start()])[-1]
    words = WHOLE_LEAD.sub("", RESULT_TAIL.sub("", FIELD_COUNT.sub("", LIST_YEAR.sub("", head))).strip())
    # The words of an evaluation's name may hold a verb (重点开发县域考核评价): its head word says it
    # is one, not a piece of the sentence.
    if not RANKING_HEAD.search(words) or not 4 <= len(words) <= 16:
        return ""
    return f"{words}{tables.RANK_LABEL}"


PART_NAMES = "零一二三"  # the parts of a ratio: 三次产业结构比(第二项)
INDUSTRY_PARTS = lexicon.table("industry_parts.csv")
INDUSTRY_CUE = re.compile(lexicon.alternation("industry_ratio_cues.txt"))
INDUSTRY_SHARES = {int(r["part"]): r["label"] for r in INDUSTRY_PARTS}  # place in the ratio -> share
INDUSTRY_FORMS = re.compile(
    "|".join(f"(?P<p{r['part']}>{lexicon.either(r['forms'].split('|'))})" for r in INDUSTRY_PARTS)
)
INDUSTRY_ORDINALS = {r["ordinal"]: int(r["part"]) for r in INDUSTRY_PARTS}
INDUSTRY_NAMES = {int(r["part"]): r["forms"].split("|")[0] for r in INDUSTRY_PARTS}  # 2 -> 第二产业
INDUSTRY_ORDINAL = f"第?[{''.join(INDUSTRY_ORDINALS)}]"
# 第一、二、三产业…, 第二、三产业…, 一二三产业…, 一产、二产、三产…: two or three industries by ordinal,
# then 产业 (or 产 after each); 三次产业… names all three (data/industry_sets.txt).
INDUSTRY_LIST = re.compile(rf"((?:{INDUSTRY_ORDINAL}(?:产(?!业))?[、和及与]?){{2,3}})(产业)?")
INDUSTRY_SET = re.compile(lexicon.alternation("industry_sets.txt"))


def industry_items(words: str) -> list[str]:
    """The measures of a list of industries that opens `words`, one an industry in order:
    第一、二、三产业增加值 -> 第一产业增加值, 第二产业增加值, 第三产业增加值; 三次产业对经济增长的贡献率 ->
    each industry's 贡献率. [] when the words open with no such list."""
    words = CLAUSE_OPENER.sub("", words, count=1)  # 其中第一、二、三产业…: the opener is no measure
    if m := INDUSTRY_SET.match(words):
        parts = list(INDUSTRY_NAMES)
    elif (m := INDUSTRY_LIST.match(words)) and (m.group(2) or "产" in m.group(1)):
        parts = [INDUSTRY_ORDINALS[c] for c in m.group(1) if c in INDUSTRY_ORDINALS]
    else:
        return []
    rest = words[m.end() :].removeprefix("的")
    if not rest or parts != sorted(set(parts)):
        return []  # 三二一: no list of the industries in order
    return [INDUSTRY_NAMES[p] + rest for p in parts]


# 第二产业实现增加值280.5亿元,占GDP比重61.8%: a share of the whole economy that names no industry.
WHOLE_SHARE = re.compile(rf"占(?:{lexicon.alternation('economy_wholes.txt')})的?(?:比重|比例)(?:为|达|达到)?$")
CLAUSE_BREAK = re.compile(r"[；;。]")


def industry_of_share(said: str, before: str) -> str:
    """第一产业增加值5.94亿元,增长5.7%,占生产总值的比重为6.6%: the share of the whole economy
    (the words `before` the figure) of the industry named last in the sentence (`said`, the words
    before the clause), when nothing but its own figures stands between; else ""."""
    if not WHOLE_SHARE.search(before) or INDUSTRY_FORMS.search(before):
        return ""
    found = list(INDUSTRY_FORMS.finditer(said))
    if not found or CLAUSE_BREAK.search(said, found[-1].end()) or "占" in said[found[-1].end() :]:
        return ""
    part = int(next(k for k, v in found[-1].groupdict().items() if v)[1:])
    return INDUSTRY_SHARES[part]


def industry_share(before: str, part: int) -> str:
    """三次产业结构为8.3:71.1:20.6: the share of the industry at `part` of a ratio whose words
    speak of industries, else ""."""
    return INDUSTRY_SHARES.get(part, "") if INDUSTRY_CUE.search(before) else ""


def own_figure(earlier: list[Fact], region: Region) -> Fact | None:
    """The region's figure stated just before, past the same measure's levels of other regions set
    beside it (收入3105元(全国2960元、全省2874元),增长18.9%: the rate is of 3105元) and the places
    a list gives the regions ahead of it (GDP3148亿元,仅次于甲市、乙市,位居第三); None when
    another region's figure of another unit stands between."""
    for k in range(len(earlier) - 1, -1, -1):
        if earlier[k].region_id == region.id:
            beside = earlier[k + 1 :]
            same = all(
                (f.unit == earlier[k].unit and f.kind == "level" == earlier[k].kind)
                or (f.kind == "rank" and f.basis == "list")
                for f in beside
            )
            return earlier[k] if same else None
    return None


def other_industry(earlier: Fact, before: str) -> bool:
    """第三产业增速提高0.1个百分点 after a ratio of the industries: the words name an industry
    but not its share, so the figure is not the ratio's last part."""
    return (
        earlier.label in INDUSTRY_SHARES.values()
        and bool(INDUSTRY_FORMS.search(before))
        and not named_industry_share(before)
    )


GROWTH_NOUNS = re.compile(lexicon.alternation("growth_nouns.txt"))
GROWTH_TOPIC_RE = re.compile(lexicon.alternation("growth_topic_words.txt"))
GROWTH_TOPIC_BLOCKERS = re.compile(lexicon.alternation("growth_topic_blockers.txt"))
GROWTH_TOPIC_BREAKS = re.compile(lexicon.alternation("growth_topic_breaks.txt"))


def growth_sentence(sentence: str, clause_at: int, q, before: str, label: str) -> bool:
    """Whether a rate read as a share is a growth rate for the sentence it stands in: its own words
    name no measure but growth (甲县5.2%, 增幅3-6月份依次为12.6%), none of a part of the whole
    (占, 比重) stands before it in its clause nor 的 right before it (为全国的80%), and the sentence
    names a rate of growth (data/growth_topic_words.txt: 增长 before the figure, 增速 before or
    after it) with no word of another rate between the two (贡献率, 比重:
    data/growth_topic_breaks.txt), nor a rate of its own before it (增长面, 自然增长率)."""
    if q.unit != "%" or q.part or (label != taxonomy.UNNAMED and not GROWTH_NOUNS.search(label)):
        return False
    if PART_OF_WHOLE_RE.search(before) or before.rstrip().endswith("的"):
        return False
    at, end = clause_at + q.start, clause_at + q.end
    if GROWTH_TOPIC_BLOCKERS.search(sentence, 0, at):
        return False  # 增长面为61.3%,较上年同期(55.8%): the share of firms that grew
    cues = [m for m in (*GROWTH_TOPIC_RE.finditer(sentence, 0, at), *GROWTH_NOUNS.finditer(sentence, 0, at))]
    if cues and not GROWTH_TOPIC_BREAKS.search(sentence, max(m.end() for m in cues), at):
        return True
    after = GROWTH_NOUNS.search(sentence, end)  # 甲省4.1%低于全国增速
    return bool(after and not GROWTH_TOPIC_BREAKS.search(sentence, end, after.start()))


def named_industry_share(before: str) -> str:
    """第一产业上升1.9个百分点: the share of the industry the words before a figure name; of
    several (第一产业、第三产业比重分别提高了0.1、0.8个百分点), the one at the figure's place in
    the list. A rate of growth (第三产业增速提高0.1个百分点) is no share."""
    found = list(INDUSTRY_FORMS.finditer(before))
    if not found:
        return ""
    figures = list(LISTED_NUMBER.finditer(before, found[-1].end()))
    if GROWTH_NOUNS.search(before, figures[-1].end() if figures else found[-1].end()):
        return ""  # the words after the last figure name the measure: 比重比去年同期提高 is a share
    parts = [int(next(k for k, v in m.groupdict().items() if v)[1:]) for m in found]
    place = len(figures) if len(parts) > 1 else 0
    return INDUSTRY_SHARES[parts[place]] if place < len(parts) else ""


LISTED_NUMBER = re.compile(r"\d+(?:\.\d+)?")


PERIOD_IN_LABEL = re.compile(r"\d{1,2}\s*[~～\-－至]\s*\d{1,2}月(?:份)?|\d{1,2}月份?")
FIGURE_IN_LABEL = re.compile(rf"[\d.·:]*\d(?:万亿|亿|万|千)?(?:{numbers.UNITS})?(?![A-Za-z\d])[、，,和及与至~]*")


# ——, **, ◆, ]: a list's dash or page debris before a label's words.
LABEL_DEBRIS = re.compile(r"^[^\w]+")
# 全国, 全省 (在全国排名第23位, 占全国的三分之一): the field a figure is set in, no measure.
SCOPE_WORDS = frozenset(lexicon.words("rank_scopes.txt")) | frozenset(lexicon.words("nation_words.txt"))
LIST_SEPARATORS = re.compile(r"[、，,和及与—\-]+")


def ranked_before_field(before: str, clause: str, q, measure: str, region: Region) -> tuple[str, str] | None:
    """农民收入增幅在全省76个县市中排名第19位: the measure named before the field of a ranking whose
    places (县市) would otherwise be read as what is ranked; None when nothing but the region's
    name stands before the field (甲开发区在全省开发区中排名: the field names the ranking)."""
    field = RANKED_FIELD.search(before)
    if field is None or not PLACE_SET_IN_FIELD.search(field.group(0)):
        return None
    indicator, label = taxonomy.classify(before[: field.start()], clause, q.unit, measure)
    if indicator.startswith("other:") and not clean_label(taxonomy.trim_label(label), region, ""):
        return None
    return indicator, label


LIST_ITEM_BREAK = re.compile(r"[、，,；;]")
NAMED_MEASURE = re.compile(r"[\u4e00-\u9fff]{2}")
LISTED_PLACE_WORDS = 8  # characters before a figure in a run of places' figures: the place, 有 or 占


def listed_peer(earlier: list[Fact], region: Region, q: numbers.Quantity, measure: str, before: str) -> Fact | None:
    """The figure just before in the sentence, when this one is the next place's in a run of places'
    figures of one unit and kind (甲省40个、乙省20个): another region's, with a measure named, and
    nothing but the place's name and a verb between."""
    last = earlier[-1] if earlier else None
    if last is None or last.region_id == region.id or last.unit != q.unit or last.kind != measure or q.unit == "位":
        return None  # places in a ranking are named by the ranking (ranking_label), not by a figure
    item = LIST_ITEM_BREAK.split(before)
    if (
        last.indicator in (taxonomy.UNNAMED_INDICATOR, taxonomy.COUNTY_RANKING)
        or not NAMED_MEASURE.search(last.label)  # ng, the tail of a pinyin gloss (強(qiáng)), names none
        or len(item) < 2
        or len(item[-1].strip()) > LISTED_PLACE_WORDS
    ):
        return None
    return last


def clean_label(label: str, region: Region, empty: str = taxonomy.UNNAMED) -> str:
    """A label names the measure, not the region or the year: 昆山市2023年新建5G基站 -> 新建5G基站."""
    label = LABEL_DEBRIS.sub("", label)
    for name in sorted({region.name, *region.aliases}, key=len, reverse=True):
        label = label.replace(name, "")
    label = re.sub(r"\d{4}年(?:底|末|初)?|^(?:现有|共有|目前|全年)|第$", "", label)
    label = PERIOD_IN_LABEL.sub("", label)
    # 全国12.7%、全省13.0%、全市 / 2000万元规模以上工业企业产值: the words after the last figure
    # name this one; the figures before it belong to other facts (5G in 新建5G基站 is a word).
    figures = list(FIGURE_IN_LABEL.finditer(label))
    if figures:
        label = label[figures[-1].end() :]
    label = label.strip("、，,；;：: ")  # 、生命健康投资: a list's comma is not part of the name
    if label in SCOPE_WORDS or only_places(label):
        # 河南南阳4572.17亿: the province written before a city names no measure, nor the
        # other members of a list (甲市、乙市、丙市分别为…, 甲市、乙市、丙市、丁市四座).
        return empty
    return label if len(label) >= 2 else empty


def only_places(label: str) -> bool:
    """Whether a label is nothing but names of places, alone or listed (宁波、绍兴, 徐州宿迁扬州盐城)."""
    names = gazetteer.load().names
    parts = [p for p in LIST_SEPARATORS.split(label) if p]
    return bool(parts) and all(p in names or all(w in names for w in segment.cut(p)) for p in parts)


QUOTED_NAME = re.compile(r"[“\"][^”\"，,。；;]{1,20}[”\"]")


def quoted(clause: str, q) -> bool:
    """大力实施“十项重大工程”, 都在“600亿元俱乐部”: a figure inside a quoted name is part of the name."""
    return any(m.start() < q.start and q.end < m.end() for m in QUOTED_NAME.finditer(clause))


def doc_year(doc_date: str) -> int | None:
    return int(doc_date[:4]) if doc_date else None


def fact_kind(
    sentence: str,
    clause: str,
    q: numbers.Quantity,
    year: int | None = None,
    goals: bool = True,
    estimated: bool = False,
    after_level: bool = False,
    planned: bool = False,
) -> str:
    """level | growth | share | change | target | estimate | rank | multiple, from the words around it.

    `estimated`: an estimate word earlier in the text still reaches the figure (reporter/status.py);
    one in the clause before it always does. `after_level`: the sentence stated a level of the
    figure's unit before it. `planned`: a heading or a sentence before it announced goals."""
    before = clause[: q.start]
    offset = sentence.find(clause)
    # Up to the end of the figure: a goal word may end in its qualifier (将突破200亿元).
    sentence_before = sentence[: offset + q.end] if offset >= 0 else clause[: q.end]
    if not estimated and status.ESTIMATE_RE.search(before):
        # A bracketed note's 预计 (500亿元（预计）) is no estimate word for the figures after it;
        # the note may hold a comma, so it is found in the whole sentence.
        unnoted = status.without_notes(sentence)[offset : offset + q.start] if offset >= 0 else before
        estimated = bool(status.ESTIMATE_RE.search(unnoted))
    if goals and (planned or q.is_scale or status.is_target(sentence_before, before, year, estimated)):
        return "target"
    if goals and estimated:
        return "estimate"
    if q.is_rank:
        return "rank"
    if q.unit == "个百分点":
        return "change"
    if q.unit == "倍" and (MULTIPLE_RE.search(before) or numbers.is_part(q) or q.label in numbers.RATIO_LABELS):
        return "multiple"
    head = LISTED_FIGURES.sub("", before)
    growth_named = q.unit == "%" and (  # not ‰: 自然增长率 is a birth rate
        GROWTH_NOUN_LEAD.search(head)
        # 占全省30%的增长 is a part of the whole's growth, a share.
        or (GROWTH_NOUN_TAIL.match(clause, q.end) and not PART_OF_WHOLE_RE.search(head))
    )
    if q.unit in (*RATE_UNITS, "倍") and (GROWTH_RE.search(head[-8:]) or growth_named):
        return "growth"
    if q.unit == "倍":
        return "growth"
    if q.unit in RATE_UNITS:
        return "share"
    if q.unit == "位" and numbers.moved_by(head):
        return "change"
    if AVERAGE_GAP_RE.search(head):
        return "change"  # 高于全市平均水平159元: the gap to the average
    if AMOUNT_RE.search(head) and (after_level or BASELINE_RE.search(head)):
        return "growth" if numbers.unit_class(q.unit) == "money" else "change"
    if GAP_RE.search(head):
        # 比上年多3.2亿元 grows like 比上年增加; 比全市低2568元 is a gap to another region.
        return "change" if gap_to(head) or numbers.unit_class(q.unit) != "money" else "growth"
    return "level"


NOT_ACTUAL = lexicon.kinds_without("actual")


GAP_LABEL = re.compile(r"与[^与]{1,12}差距$")


def region_gap(fact: Fact, clause: str, q, subjects: Subjects, sentence_start: int, abs_start: int) -> Fact:
    """两者差值达到460.51亿元, 高出紧随其后的永定区15.86亿元, 被连云港超出52.73亿元: an amount that
    is the gap between two regions' figures is the subject's gap to the other one, a level (as
    the labelling guide has it), never the measure itself (GDP 15.86亿元). The other region is
    the one named last before the figure, in its sentence or the one before it, else one named
    after it in its clause."""
    head = clause[: q.start]
    if (
        fact.kind not in ("level", "change")
        or q.is_rank
        or numbers.unit_class(q.unit) != "money"
        or AVERAGE_RE.search(head)
        or BASELINE_RE.search(head)
    ):
        return fact
    if GAP_LABEL.search(fact.label):
        return home_yardstick_gap(fact, head, subjects, abs_start)
    if (
        not (REGION_GAP_RE.search(head) or GAP_AFTER.match(clause, q.end))
        # 领先于宿迁的894.4亿元: the figure is 宿迁's own (not 差距从2020年的3000亿元).
        or (head.endswith("的") and abs_start + q.start - 1 in subjects.ends)
    ):
        return fact
    body = subjects.body
    since = body.rfind("。", 0, max(0, sentence_start - 1)) + 1
    other = subjects.other_named(since, abs_start + q.start, fact.region_id)
    if not other:  # 以22亿元的优势反超乙市: the other one is named after the amount
        other = subjects.other_named(abs_start + q.end, abs_start + len(clause), fact.region_id)
    home = subjects.anchor()
    if (
        home
        and fact.region_id != home
        and (other == subjects.doc_regions.regions[home].name or subjects.names(abs_start, abs_start + q.start, home))
        and not subjects.after_passive(since, abs_start + q.start, home)
    ):
        # 乙市GDP对我市的优势已不足100亿元, 我市分别落后乙市、丙市…: a gap between the home and
        # another region is the home's gap to it, whichever of the two the sentence makes its subject.
        other, fact = fact.region, moved_to(fact, subjects.doc_regions.regions[home])
    return as_gap(fact, other, "" if fact.indicator.startswith("other:") else fact.label)


def moved_to(fact: Fact, region: Region) -> Fact:
    """The fact filed under another region of its document (the home a gap is measured from)."""
    return replace(fact, region=region.name, full_name=region.full_name, region_id=region.id, level=region.level)


def as_gap(fact: Fact, other: str, measure: str) -> Fact:
    """The fact as its region's gap to `other` in `measure`: a level, its size without a sign."""
    label = f"与{other}{measure}差距" if other else f"{measure}差距"
    return replace(fact, indicator=f"other:{label}", label=label, kind="level", value=abs(fact.value))


def home_yardstick_gap(fact: Fact, head: str, subjects: Subjects, abs_start: int) -> Fact:
    """乙市为2476亿元,经济总量比甲市高出1287亿元, on 甲市's page: a gap measured to the home is the
    home's gap to the subject, a level (as 高出甲市约375亿 and 高于甲市108亿元 are), whichever of
    the two the sentence makes its subject; the home's own 比乙市少800亿 stays its signed change."""
    home = subjects.anchor()
    yardstick = GAP_RE.search(head)
    if (
        not home
        or fact.region_id == home
        or not yardstick
        or not subjects.names(abs_start + yardstick.start(1), abs_start + yardstick.end(1), home)
    ):
        return fact
    return as_gap(moved_to(fact, subjects.doc_regions.regions[home]), fact.region, GAP_LABEL.sub("", fact.label))


# 只有乙市的45.5%, 仅相当于乙市的3.2%: a region's figure as a part of another region's is a
# multiple in %, the unit as written (the labelling guide); 占全省的20% stays a share.
PART_OF_WHOLE_RE = numbers.PART_OF_WHOLE


def yardstick_percent(fact: Fact, clause: str, q, subjects: Subjects, abs_start: int) -> Fact:
    """A share in % right after another region's name and 的 is a multiple of that region's figure."""
    head = clause[: q.start]
    if fact.kind != "share" or q.unit != "%" or not head.endswith("的") or PART_OF_WHOLE_RE.search(head):
        return fact
    yardstick = subjects.ends.get(abs_start + q.start - 1)
    if yardstick is None or yardstick.is_ref or yardstick.region_id == fact.region_id:
        return fact
    return replace(fact, kind="multiple")


REGION_GAP_RE = numbers.GAP_WORDS
# 以22亿元的优势反超, 保持了24亿元的优势: the gap's noun right after the amount and 的.
GAP_AFTER = re.compile(rf"的(?:{REGION_GAP_RE.pattern})")
AVERAGE_RE = re.compile(lexicon.alternation("set_average_words.txt"))  # 高出全市平均水平: a yardstick


AVERAGE_GAP_SIGNS = {row["word"]: row["sign"] for row in lexicon.table("average_gap_verbs.csv")}
# 高于苏州市平均水平260元, 低于全省平均水平3100元: an average between the verb and the figure.
AVERAGE_GAP_RE = re.compile(
    rf"(?P<verb>{lexicon.either(AVERAGE_GAP_SIGNS)})"
    rf"(?P<average>[^，,；;。比]{{0,12}}?(?:{lexicon.alternation('average_nouns.txt')}))$"
)


def gap_to(before: str) -> str:
    """What a figure right after 比X低/多 or 高于X平均水平 is compared with, when it is not an
    earlier time (比上年)."""
    head = LISTED_FIGURES.sub("", before)
    if average := AVERAGE_GAP_RE.search(head):
        return average.group("average")
    gap = GAP_RE.search(head)
    return gap.group(1) if gap and not BASELINE_RE.search(gap.group(0)) else ""


CLAUSE_YEAR_RE = re.compile(r"[，,；;]\s*(?:到|至|截至|截止|截止到|而|在|于)?((?:19|20)\d\d年)")


def clause_period(
    sentence: str, clause: str, doc_date: str, whole: str | None = None, year_hint: int | None = None
) -> str:
    """The period of a clause: its own 较“十二五”末 baseline, else the sentence's period.

    `whole` is sentence_period(sentence, doc_date), when the caller has it already.
    """
    base = BASELINE_PLAN_RE.search(clause)
    if base:
        return next_plan(base.group(1))
    if whole is None:
        whole = sentence_period(sentence, doc_date, year_hint=year_hint)
    if not whole:
        # No time word in the sentence, so none in any part of it (sentence_period
        # finds a word in a part of a text only if the whole text has one too).
        return ""
    offset = sentence.find(clause)
    upto = sentence[: offset + len(clause)] if offset >= 0 else sentence
    # 1988年…仅0.5亿元，到2007年达到20亿元: a clause that opens with a year of its own dates its
    # figures and those of the clauses after it, not the sentence's first year.
    opened = [m.start(1) for m in CLAUSE_YEAR_RE.finditer(upto)]
    if opened and opened[-1] > 0:
        return sentence_period(upto[opened[-1] :], doc_date, year_hint=year_hint) or whole
    # 由2015年的…增加到2020年的…，其中甲为…: past a move from one year to another, a figure with no year
    # of its own is of the year the move reached.
    moved = [m for m in MOVE_END_RE.finditer(upto) if m.end() <= max(offset, 0) and not YEAR_RE.search(upto, m.end())]
    if moved and "年均" not in clause:
        return sentence_period(upto[moved[-1].start(1) :], doc_date, year_hint=year_hint) or whole
    # Time words stand before what they date; a year later in the sentence still counts.
    period = (whole if upto == sentence else sentence_period(upto, doc_date, year_hint=year_hint)) or sentence_period(
        sentence, doc_date, spans=False, year_hint=year_hint
    )
    if "年均" in clause and (span := years_spanned(upto)):
        return span  # 2003年至2007年,…年均增长22.8%; 从2013年的…增加到2017年的…,年均增长9%
    if "年均" in clause and period.isdigit() and int(period) % 5 == 0 and int(period) > 1955:
        # 2020年…年均增长10.4%: an average over the five-year plan that ends that year.
        return plan_ending(int(period))
    return period


LASTING_RE = re.compile(lexicon.alternation("lasting_rank_words.txt"))


# 拉动本区GDP增长, 拉动经济增长, 分别拉动某某产值增长: the word of driving, then the whole driven.
DRIVE = re.compile(r"拉动(?!力)(?P<whole>[^，,。；;、\d]{0,12}?)(?:增长|增速)?(?:分别)?\s*$")
CONTRIBUTION = "增长的拉动"
CONTRIBUTION_SHARE = "增长的贡献率"
WHOLE_NAMES = {row["word"]: row["whole"] for row in lexicon.table("contribution_words.csv")}
SCOPE_LEAD = re.compile(r"^(?:[全本我该][省市县区州镇]|全国)")
PART_TAIL = re.compile(r"(?:实现)?(?:增加值|总产值|产值|占比)$")


def part_named(before: str, fact: Fact, earlier: list[Fact], whole: str) -> str:
    """The part a push or a share of growth is of: the nouns right `before` its words, else the part
    of a push just before it (乙产业拉动GDP增长1.86个百分点，贡献率是28.1%), else the measure of the
    region's last figure in the sentence; "" when that is the whole itself or no name."""
    part, _ = labels.label_before(before)
    if not part:
        own = [f for f in earlier if f.region_id == fact.region_id]
        own = [f for f in own if f.kind in ("level", "growth") or f.label.endswith(CONTRIBUTION)]
        last = own[-1].label if own else ""
        part = last.split("对")[0] if last.endswith(CONTRIBUTION) else last
    part = PART_TAIL.sub("", part)
    return "" if WHOLE_NAMES.get(part, part) == whole or len(part) < 2 else part


def part_of_whole(fact: Fact, said: str, before: str, earlier: list[Fact], tail: str) -> Fact:
    """The fact labelled <part>对<whole><tail>: the whole as `said` after its word (拉动全县GDP: GDP),
    the part named `before` it or earlier (part_named). Unchanged when the words said of the whole
    go on to a verb (拉动…上升): no whole is named."""
    said = SCOPE_LEAD.sub("", said.strip())
    if said and labels.is_fragment(said):
        return fact
    whole = WHOLE_NAMES.get(said, said) or "GDP"
    label = f"{part_named(before, fact, earlier, whole)}对{whole}{tail}"
    return replace(fact, indicator=f"other:{label}", label=label)


def contribution(fact: Fact, clause: str, q: numbers.Quantity, earlier: list[Fact]) -> Fact:
    """甲产业拉动本区GDP增长2.26个百分点: the points a part adds to the growth of the whole it
    drives, labelled <part>对<whole>增长的拉动, not the whole's own change. The part is named right
    before 拉动, or is the measure of the region's last figure before it in the sentence (工业增加值
    61.2亿元,…,拉动GDP增长4.9个百分点); with none, the label names the whole only."""
    if fact.kind != "change" or q.unit != "个百分点" or (drive := DRIVE.search(clause, 0, q.start)) is None:
        return fact
    return part_of_whole(fact, drive.group("whole"), clause[: drive.start()], earlier, CONTRIBUTION)


# 对本区经济的贡献率约41.2%, 对GDP的贡献是63.4%, 贡献度约28.1%: the share of the whole's growth a part
# gives, its whole named after 对 or not at all.
CONTRIBUTION_RATE = re.compile(
    r"(?:对(?P<whole>[^，,。；;、\d对]{0,12}?)(?:增长)?的?)?(?:增长)?贡献(?:率|度)?(?:约为|约|为|达到|达|是)?\s*$"
)


BARE_CONTRIBUTION = ("贡献", "贡献率", "贡献度")
RUN_OF_FIGURES = re.compile(r"分别|\d\s*%?\s*[、和及]\s*$")  # 分别为5.4%、76.3%: each a part's, in order


def contribution_rate(fact: Fact, clause: str, q: numbers.Quantity, earlier: list[Fact]) -> Fact:
    """乙产业增加值61.2亿元,…,对GDP的贡献约为28.1%: the share of the whole's growth a part gives,
    labelled <part>对<whole>增长的贡献率 (the part named before 对, else the measure of the region's last
    figure in the sentence), not the whole's share (GDP 28.1%). A label that names its 贡献 already
    (三次产业对经济的贡献分别是…: each industry's) and a run after 分别 are left alone."""
    rate = CONTRIBUTION_RATE.search(clause, 0, q.start) if fact.kind == "share" else None
    if rate is None or RUN_OF_FIGURES.search(clause, 0, q.start):
        return fact
    if "贡献" in fact.label and fact.label not in BARE_CONTRIBUTION:
        return fact  # 甲产业对经济的贡献率: named with its part already
    return part_of_whole(fact, rate.group("whole") or "", clause[: rate.start()], earlier, CONTRIBUTION_SHARE)


# 甲产业对本县经济增长的贡献, 乙产业对本地生产总值的贡献率, 丙产业对全市经济的拉动力: a part's share
# of a whole's growth, or its push on it, as a list or a text names it.
NAMED_CONTRIBUTION = re.compile(
    r"^(?P<part>[^对]{2,12})对(?P<whole>[^对]{1,12}?)(?:增长)?的?(?:(?P<rate>贡献(?:率|度)?)|拉动力?)$"
)


def one_name_of_contribution(fact: Fact) -> Fact:
    """The label of a part's share of a whole's growth or of its push on it, in the one form the other
    rules give it (甲产业对GDP增长的贡献率, 甲产业对GDP增长的拉动), whatever words the text used for the
    whole: the same measure of two places then stands in one row of a brief."""
    if fact.kind not in ("share", "change") or (m := NAMED_CONTRIBUTION.match(fact.label)) is None:
        return fact
    said = SCOPE_LEAD.sub("", m.group("whole"))
    whole = WHOLE_NAMES.get(said, said)
    label = f"{m.group('part')}对{whole}{CONTRIBUTION_SHARE if m.group('rate') else CONTRIBUTION}"
    return replace(fact, indicator=f"other:{label}", label=label)


def lasting_rank(fact: Fact, clause: str) -> Fact:
    """A place its clause says is held for years it does not count (常年排在全国第2, 蝉联第三多年):
    of no one period, whatever year dates the sentence or the page."""
    if fact.kind != "rank" or not LASTING_RE.search(clause):
        return fact
    return replace(fact, period="")


def at_plan_end(period: str, before: str) -> str:
    """The period of a figure dated by a plan (十四五) that the words `before` it, in its sentence
    or the opening of its goal list, aim at the plan's end (到“十四五”末，全市地区生产总值达到
    300亿元): a level, share or count then is of the plan's last year (2025); a rate over the plan
    (年均增长) or a sum of its years (累计) in the figure's own item stays the plan's."""
    if period not in status.PLAN_ENDS:
        return period
    item = re.split(r"[、，,；;：:]", before)[-1]
    if SPAN_FIGURE_RE.search(item):
        return period
    if any(m.group(1) == period for m in status.PLAN_END_RE.finditer(before)):
        return str(status.PLAN_ENDS[period])
    return period


# 2003年至2007年, 2018年—2022年: a span of years written with both ends; 从2013年的…增加到2017年的…:
# a move from one year to a later one (data/move_start_words.txt).
YEAR_SPAN_RE = re.compile(r"((?:19|20)\d\d)年?\s*(?:至|到|—|－|-|~|～)\s*((?:19|20)\d\d)年")
OPEN_MOVE_RE = re.compile(rf"{status.MOVE_START}(?:19|20)\d\d年的")
# 由2015年的400亿元增加到2020年的…, 从2020年的…调整为2021年的…: the year a move reached.
MOVE_END_RE = re.compile(rf"{status.MOVE_START}(?:19|20)\d\d年[^。；;]{{0,30}}?(?:到|至|为)((?:19|20)\d\d)年")
YEAR_MOVE_RE = re.compile(rf"{status.MOVE_START}((?:19|20)\d\d)年[^。；;]*?(?:到|至)((?:19|20)\d\d)年")


# A figure over a span rather than at its end: 年均增长8%, 累计完成投资400亿元, 五年共新增….
SPAN_FIGURE_RE = re.compile(lexicon.alternation("span_figure_words.txt"))


def years_spanned(text: str) -> str:
    """The span a year-average figure covers when its sentence writes both ends (2013-2017), else ""."""
    spans = [m for pattern in (YEAR_SPAN_RE, YEAR_MOVE_RE) for m in pattern.finditer(text)]
    spans = [m for m in spans if int(m.group(1)) < int(m.group(2))]
    last = max(spans, key=lambda m: m.end(), default=None)  # the span nearest the figure
    return f"{last.group(1)}-{last.group(2)}" if last else ""


def plan_ending(year: int) -> str:
    """The five-year plan that ends in `year`: 2020 -> 十三五, 2025 -> 十四五."""
    number = (year - 1955) // 5
    return f"十{CN_PLAN[number - 11]}五" if 11 <= number <= 19 else str(year)


def sentence_period(sentence: str, doc_date: str, spans: bool = True, year_hint: int | None = None) -> str:
    """The period a sentence speaks of: 2019, 十三五, 2020年1-8月, 近三年; "" if none.

    `year_hint` is the year of the document or section, for months or a part of a year
    written without one (1-7月, 上半年)."""
    sentence = START_POINT_RE.sub("", BASELINE_PERIOD_RE.sub("", sentence))
    if (start := OPEN_MOVE_RE.search(sentence)) and not YEAR_RE.search(sentence, start.end()):
        # 从2009年的第四名跃居第一: the year a move started from, with no year it reached, dates the
        # figure right after it only; the move's end and the rest are of the sentence's own time.
        sentence = sentence[: start.start()] + sentence[start.end() :]
    doc_year = int(doc_date[:4]) if doc_date else None
    year = None
    m = YEAR_RE.search(sentence) or NAMED_YEAR_RE.search(sentence)
    if m:
        year = int(m.group(1) or m.group(2))
    else:
        for word, delta in RELATIVE_PERIOD.items():
            if word in sentence and doc_year:
                year = doc_year + delta
                break
    months = MONTHS_RE.search(sentence)
    first = None if months else FIRST_MONTHS_RE.search(sentence)
    quarters = QUARTER_RANGE_RE.search(sentence)
    quarter = QUARTER_RE.search(sentence)
    one = None if (months or first or quarter or quarters) else ONE_MONTH_RE.search(sentence)
    if year is None and year_hint and (months or first or quarter or quarters or one):
        year = year_hint
    months_text = month_span(months, quarters, first) or (f"{month_number(one.group(1))}月" if one else "")
    if year and months_text:
        return f"{year}年{months_text}"
    if year and quarter:
        part = PART_YEAR_MONTHS.get(quarter.group(0))
        return f"{year}年{part}月" if part else f"{year}年{quarter.group(0)}"
    if year:
        return str(year)
    if months_text:  # a partial period with no year is written as the text has it (1-7月, 上半年)
        return months_text
    if quarter:
        return quarter.group(0)
    base = BASELINE_PLAN_RE.search(sentence)
    if base:
        return next_plan(base.group(1))
    plan = PLAN_RE.search(sentence)
    if plan:
        return plan.group(1)
    if spans and doc_year and (review := review_span(sentence, doc_year)):
        return review
    span = SPAN_RE.search(sentence) if spans else None
    return span.group(0) if span else ""


def review_span(sentence: str, doc_year: int) -> str:
    """The years a review of the years just past covers on a page of `doc_year` (过去五年 on a 2022
    page: 2017-2021; 五年来), else ""."""
    m = REVIEW_SPAN_RE.search(sentence)
    if not m:
        return ""
    count = month_number(next(g for g in m.groups() if g))
    return f"{doc_year - count}-{doc_year - 1}" if count > 1 else ""


def month_number(text: str) -> int:
    return int(text) if text.isdigit() else int(numbers.parse_number(text) or 0)


def next_plan(plan: str) -> str:
    digit = plan[1]
    index = CN_PLAN.index(digit)
    return f"十{CN_PLAN[index + 1]}五" if index + 1 < len(CN_PLAN) else plan


def extract_practices(
    doc: Document, doc_regions: DocRegions, sentences: list[Sentence], subjects: Subjects
) -> list[Practice]:
    """Named practices (quoted “链长制”, A+B+N 格局, or listed in data/practices.txt)
    and industries (data/industries.txt, with their national strategic emerging
    industry category), each with its sentence and the region it is about."""
    out: list[Practice] = []
    default = subjects.default
    subject, paragraph = None, -1
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            paragraph, subject = sentence.paragraph, None
        evidence = sentence.text.strip()
        # Clause by clause, like the facts: 张家港市以…为龙头的氢能产业,江阴市…的半导体产业.
        for c_start, clause in sentence.clauses:
            start = sentence.start + c_start
            end = start + len(clause)
            subject = subjects.find(start, end, subject or default) or subject
            rid = subject or default
            if rid is None or rid == regions.UNRESOLVED:
                continue
            region = doc_regions.regions[rid]
            for term in practices_in(clause):
                out.append(Practice(doc.name, region.name, region.id, "practice", term, evidence))
            for term in industries_in(clause):
                category = industry_categories().get(term, "")
                out.append(Practice(doc.name, region.name, region.id, "industry", term, evidence, category))
    return dedupe_practices(out)


def practices_in(text: str) -> list[str]:
    # The patterns need a “ or a +: most clauses have neither.
    found = []
    if "“" in text:
        found += [m.group(1) for m in QUOTED_TERM_RE.finditer(text) if is_practice_name(m.group(1))]
    if "+" in text:
        found += [m.group(0) for m in PLUS_PATTERN_RE.finditer(text) if not any(m.group(0) in f for f in found)]
    found += [t for t in known_practices() if t in text and not any(t in f for f in found)]
    return list(dict.fromkeys(found))


def is_practice_name(term: str) -> bool:
    """链长制, 亩产论英雄, 园中园, 以商招商: a mechanism's name, not a slogan or a title."""
    if "+" in term and len(term) <= 12:
        return True  # 链长+链主, 1+4+X
    return bool(PRACTICE_HINT.search(term)) or term in known_practices()


@lru_cache(maxsize=1)
def known_practices() -> tuple[str, ...]:
    return lexicon.words("practices.txt")


@lru_cache(maxsize=1)
def industry_categories() -> dict[str, str]:
    return {row["term"]: row["category"] for row in lexicon.table("industry_categories.csv")}


@lru_cache(maxsize=1)
def industry_terms() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("industries.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def industry_pattern() -> re.Pattern:
    """All industry terms in one pattern, longest first, so the longest term wins at a position."""
    return re.compile("|".join(re.escape(term) for term in industry_terms()))


def industries_in(text: str) -> list[str]:
    return [m.group(0) for m in industry_pattern().finditer(text)]


def dedupe_practices(items: list[Practice]) -> list[Practice]:
    seen, out = set(), []
    for p in items:
        key = (p.region_id, p.kind, p.term)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
