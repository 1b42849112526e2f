"""Whether a figure is an actual, an estimate (预计) or a goal (力争), and how far the word
that says so reaches.

A goal word holds to the end of its sentence: what follows 力争 or 目标是 is all aimed at.
An estimate word reaches further or less far, by where it stands:

- 预计 that opens its sentence (or the part after a ；), after nothing but a time or a place
  (预计全年完成地区生产总值…, 2023年，全县预计实现…), covers every item of the list after it whatever verb each has
  (预计完成…，实现…), and carries over the rest of the paragraph unless a later sentence states
  a period of its own (tests/corpus/LABELING.md).
- 预计 after the measure (地区生产总值预计完成…) speaks of that measure: the clauses after it,
  across 、，； and list items, until a clause reports a result with a verb of its own (…，实现
  一般公共预算收入…: counted, not estimated); the verb it governs may recur (预计城镇完成…；
  农村完成…); its sentence only.

Goals are also announced without a goal word in the figure's sentence:

- a heading, or a line ending in a colon, that names goals or plans and states no figure
  (2024年目标任务; 今年…的主要预期目标是:) makes what follows it goals, up to the next heading of
  its rank (a sub-heading such as (一)… or 1、… stays inside) or a sentence dated to an earlier year;
- a sentence that says what a place will do and states no figure (该县将重点抓好七个方面工作。)
  makes the rest of its paragraph goals, until a sentence dated to an earlier year;
- a sentence whose goal word or date ahead stands before its first figure (主要目标是：到“十三五”末，
  地区生产总值达到…。) opens a goal list that goes on in the later sentences of its paragraph
  (人均收入达到5万元以上。), until one states a period not ahead of the document or names a place of
  its own (`opens_goal_list`).

Estimates are also marked by a note (tests/corpus/LABELING.md, "How far a note reaches"): a
bracketed 预计/预计数/快报数 right after a figure (500亿元（预计）) makes it and its measure's growth
rates estimates, and with 下同 every figure after it; after a heading, the figures of its
section; a footnote (注：以上数据均为预计数) those it names, starred ones for 带*号的为预计数.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reporter import lexicon

ESTIMATE_RE = re.compile(lexicon.alternation("estimate_words.txt"))
TARGET_RE = re.compile(lexicon.alternation("target_words.txt"))
# 将达到, 有望: the future tense. Alone it is a goal; after 预计 it is how an estimate is phrased
# (预计今年产值将达到400亿元).
FUTURE_RE = re.compile(lexicon.alternation("future_words.txt"))
RESULT_RE = re.compile(lexicon.alternation("result_verbs.txt"))
# 比2015年翻两番，达到…: a doubling announced before a figure makes it a goal; 已翻一番 or 实现了翻一番
# reports one (doubling_done_words.txt, within DONE_REACH characters before it).
DOUBLING_RE = re.compile(lexicon.alternation("doubling_words.txt"))
DOUBLING_DONE_RE = re.compile(lexicon.alternation("doubling_done_words.txt"))
DONE_REACH = 6
TARGET_YEAR_RE = re.compile(r"到(20\d\d)年")
AS_OF_RE = re.compile(rf"(?:{lexicon.alternation('as_of_words.txt')})$")  # 截止到2020年…: a date counted at
# 到“十四五”末, 到十二五末, 到“十三五”期末: a level aimed at for a plan's end, dated by its last year.
PLAN_ENDS = lexicon.plan_end_years()
PLAN_END_RE = re.compile(
    r"到[“\"]?(" + lexicon.either(PLAN_ENDS) + r")[”\"]?(?:" + lexicon.alternation("plan_end_words.txt") + ")"
)
REACHED_RE = re.compile(lexicon.alternation("reached_words.txt"))
MOVE_START = rf"(?:{lexicon.alternation('move_start_words.txt')})"  # 由, 从: a move from a year
MOVE_START_RE = re.compile(rf"{MOVE_START}((?:19|20)\d\d)年")
SPAN_START_RE = re.compile(r"((?:19|20)\d\d)年?\s*(?:[（(][^（()）]{0,20}[）)])?\s*$")  # 1955年(有资料年份)到
PLAN_SPAN_MAX = 15  # years the longest plan looks ahead (到2035年 from 2020)
YEAR_RE = re.compile(r"(?<!\d)(20\d\d)年")
# What may stand before an opening 预计 besides region names: a time, a link word, punctuation.
LEAD_WORDS = [
    *lexicon.words("estimate_leads.txt"),
    *lexicon.words("clause_openers.txt"),
    *lexicon.words("half_years.txt"),
    *(row["word"] for row in lexicon.table("relative_years.csv")),
]
LEAD_RE = re.compile(
    r"(?:19|20)\d\d年(?:度|底|末)?|\d{1,2}(?:-|—|至|到)\d{1,2}月|前?[一二三四1-4]季度|" + lexicon.either(LEAD_WORDS)
)
# The goal word ends the lead, or is joined to its last words (2024年目标任务, 主要预期目标是:,
# 今后五年奋斗目标和重点任务); 锚定目标谋发展 names no goals.
GOAL_LEAD_RE = re.compile(
    "(?:" + lexicon.alternation("goal_leads.txt") + r")(?:[和及与][\u4e00-\u9fff]{1,6})?(?:是|为|如下)?[:：]?$"
)
REVIEW_RE = re.compile(lexicon.alternation("review_words.txt"))
# 该县将…, 未来五年，乐东将…: the plan word a few characters into a clause, after its subject.
PLAN_RE = re.compile(
    "(?:" + lexicon.alternation("plan_words.txt") + ")(?!" + lexicon.alternation("plan_word_blockers.txt") + ")"
)
PLAN_SUBJECT_RE = re.compile("(?:" + lexicon.alternation("plan_subjects.txt") + ")$")
# (一)… 一是… 1、… ①…: a heading inside a section, which does not end it.
SUB_HEADING_RE = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+是|\d+[、.．]|[①-⑳])")
MEASURE_CHARS = re.compile(r"[\u4e00-\u9fff]{2,}")
VERB_REACH = 6  # characters after 预计 searched for the verb it governs (预计全年完成)


@dataclass(frozen=True)
class Estimate:
    """An open 预计: the verb of results it governs (完成, or "" for 预计95亿元) and whether it
    holds over the rest of its paragraph."""

    verb: str
    paragraph_wide: bool
    # Opened by a note after a figure (500亿元（预计），增长9%): it goes on only to the growth
    # rates of that measure; a clause whose first figure is an amount names the next measure.
    rates_only: bool = False


def estimate_word_at(clause: str) -> int:
    """Where the last estimate word of a clause ends, or -1. The clause comes with its notes
    blanked (`without_notes` of its sentence, as a note may hold a comma): a note's 预计 is no
    such word."""
    found = [m.end() for m in ESTIMATE_RE.finditer(clause)]
    return found[-1] if found else -1


def open_estimate(clause: str, at: int, names: list[tuple[int, int]], before: str) -> Estimate:
    """The scope of the estimate word ending at `at` in `clause`; `names` are the spans
    (in the clause) of the region names before it. `before` is its sentence (from its last ；)
    up to the clause, region names taken out (`without_names`): 预计 holds over the paragraph
    only when it opens its sentence after a time or a place, not after a clause about
    something else (某项目进展顺利，预计…)."""
    verb = RESULT_RE.match(clause, at) or RESULT_RE.search(clause[at : at + VERB_REACH])
    word = ESTIMATE_RE.search(without_notes(clause))  # the first estimate word starts the scope
    lead = LEAD_RE.sub("", before + without_names(clause[: word.start() if word else at], names))
    return Estimate(verb.group(0) if verb else "", not MEASURE_CHARS.search(lead))


def without_names(text: str, names: list[tuple[int, int]]) -> str:
    """`text` with the spans of region names in it taken out."""
    for start, end in sorted(names, reverse=True):
        text = text[:start] + text[end:]
    return text


def closes(clause: str, estimate: Estimate, first_figure: int, first_is_rate: bool = True) -> bool:
    """Whether a clause reports a result with a verb other than the estimate's (实现… after
    预计完成…): it states a counted figure, and so does what follows it. One opened by a note
    ends at a clause whose first figure is no rate (`first_is_rate`)."""
    if estimate.rates_only and first_figure >= 0 and not first_is_rate:
        return True
    head = clause[:first_figure] if first_figure >= 0 else clause
    return any(m.group(0) != estimate.verb for m in RESULT_RE.finditer(head))


def is_target(text_before: str, clause_before: str, year: int | None, estimated: bool = False) -> bool:
    """A goal: 力争/确保/目标是…; 将实现/有望 or a doubling to come (翻一番) unless an estimate is
    open (预计…将达到);
    到2025年, or a plan's end (到“十四五”末), when that year is not already past for the document;
    a figure the clause dates to a year after the document's (…，2025年达千亿元)."""
    if TARGET_RE.search(text_before) or (not estimated and FUTURE_RE.search(text_before)):
        return True
    if not estimated and announces_doubling(text_before):
        return True
    for m in TARGET_YEAR_RE.finditer(text_before):
        # 到2017年…已经: a year already reached, whatever the document's own year; 截止到2020年…:
        # the date a figure is counted at.
        if REACHED_RE.search(text_before, m.end()) or AS_OF_RE.search(text_before, 0, m.start()):
            continue
        if moved_to(text_before[: m.start()], int(m.group(1)), year):
            continue
        if year is None or int(m.group(1)) >= year:
            return True
    for m in PLAN_END_RE.finditer(text_before):
        # 到“十四五”末 in a report of 2021 looks ahead; 到“十三五”末 in one of 2021 looks back.
        if not REACHED_RE.search(text_before, m.end()) and (year is None or PLAN_ENDS[m.group(1)] >= year):
            return True
    return year is not None and any(int(m.group(1)) > year for m in YEAR_RE.finditer(clause_before))


def opens_goal_list(text: str, first_figure: int, year: int | None) -> bool:
    """Whether a sentence states goals from its first figure on, by a goal word, a future span or
    a date ahead standing before that figure (今后五年，该县…的主要目标是：…; 报告提出，今后五年要
    努力实现…; 到“十四五”末，全市生产总值要达到…): the goal list goes on in the later sentences of
    its paragraph (人均收入达到5万元以上。), until one states a period of its own. `text` comes with
    its notes blanked; `first_figure` is where its first figure starts."""
    head = text[:first_figure]
    if first_figure < 0 or ESTIMATE_RE.search(head):
        return False
    return is_target(head, head, year)


def announces_doubling(text_before: str) -> bool:
    """Whether a doubling still to come stands before the figure (实现税收收入翻一番，完成5000万元;
    比2015年翻两番，达到20000元), not one reported as done (已翻一番, 实现了翻一番, 翻一番了)."""
    for m in DOUBLING_RE.finditer(text_before):
        done = DOUBLING_DONE_RE.search(text_before, max(0, m.start() - DONE_REACH), m.start())
        if not done and not text_before.startswith("了", m.end()):
            return True
    return False


def moved_to(text_before: str, end_year: int, year: int | None) -> bool:
    """由2020年的800亿元扩大到2023年的1200亿元: a move from an earlier year to `end_year`, which the
    document does not place ahead of itself, is reported, not aimed at."""
    starts = [int(m.group(1)) for m in MOVE_START_RE.finditer(text_before)]
    # 1955年到2023年: a span written with both ends starts at the year right before 到; in a page
    # that gives no date, only one longer than any plan's is surely past (not 2021年到2025年)
    if (span := SPAN_START_RE.search(text_before)) and (
        year is not None or end_year - int(span.group(1)) > PLAN_SPAN_MAX
    ):
        starts.append(int(span.group(1)))
    return bool(starts) and starts[-1] < end_year and (year is None or end_year <= year)


# A line this long that ends without a sentence's end (…年均增长13%, / …全社会) was broken by the
# page, as printed pages and gazetteers are: its sentence goes on in the next line.
BROKEN_LINE_MIN = 41
SENTENCE_ENDS = ("。", "！", "？", "!", "?", ":", "：", "”", '"', "）", ")", "|")


def hard_break(line: str) -> bool:
    """Whether `line` (a whole line of the text) stops inside its sentence, which the next line
    goes on with: a goal word or an opening 预计 before the break still reaches the figures after
    it (力争到2030年,…年均增长6%, / 城镇化率达到65%; 预计…营业收入年均 / 增长9%)."""
    line = line.rstrip()
    return len(line) >= BROKEN_LINE_MIN and not line.endswith(SENTENCE_ENDS)


def opens_goals(text: str, heading: bool) -> bool:
    """Whether a line without figures announces goals for what follows it: a heading or a line
    ending in a colon that names goals or plans (2024年目标任务, 主要预期目标是:) and looks ahead."""
    text = text.strip()
    if not (heading or text.endswith((":", "："))):
        return False
    return bool(GOAL_LEAD_RE.search(text)) and not REVIEW_RE.search(text)


def ends_goals(text: str, heading: bool) -> bool:
    """Whether a line without figures ends a section of goals: a heading that is not a
    sub-heading of the section ((一)…, 1、… stay inside) and does not open a list of its own
    (围绕上述目标，重点抓好以下九个方面工作:)."""
    return heading and not SUB_HEADING_RE.match(text) and not text.strip().endswith((":", "："))


def announces_plan(text: str, names: list[tuple[int, int]]) -> bool:
    """Whether a sentence without figures says what a place will do (该县将重点抓好七个方面工作。),
    which makes the rest of its paragraph planned: the plan word right after a region's name
    (`names`: spans in the sentence) or a word for the place or its people (我们, 该县)."""
    if REVIEW_RE.search(text):
        return False
    ends = {end for _, end in names}
    return any(m.start() in ends or PLAN_SUBJECT_RE.search(text, 0, m.start()) for m in PLAN_RE.finditer(text))


def plan_word_at(text: str, names: list[tuple[int, int]]) -> int:
    """Where the first plan word right after a place's name (or 该县, 我们) ends in a sentence
    that states figures (“十四五”期间甲市将重点打造…4个千亿级产业; 2024年，乙县计划招引30个…), or -1:
    the figures after it are what the place will do, goals like those after 力争."""
    if REVIEW_RE.search(text):
        return -1
    ends = {end for _, end in names}
    for m in PLAN_RE.finditer(text):
        if m.start() in ends or PLAN_SUBJECT_RE.search(text, 0, m.start()):
            return m.end()
    return -1


# Notes that say figures are not final (tests/corpus/LABELING.md, "How far a note reaches"):
# 500亿元（预计）, 一、主要指标完成情况（预计数）, （预计数，下同）, 注：以上数据均为预计数.
NOTE_WORD = "(?:" + lexicon.alternation("estimate_notes.txt") + ")"
NOTE_ITEM = r"[\u4e00-\u9fff]{1,4}"  # another short note beside it: 下同, 同比, 现价
NOTE_RE = re.compile(rf"[（(]\s*(?:{NOTE_ITEM}[,，、;；]\s*)*{NOTE_WORD}(?:\s*[,，、;；]\s*{NOTE_ITEM})*\s*[)）]")
REACHES = {row["word"]: row["reach"] for row in lexicon.table("note_reaches.csv")}
REACH_RE = re.compile(lexicon.either(REACHES))
# 注：以上数据均为预计数 / 以上为快报数 / 带*号的为预计数: a line that says what figures are.
FOOTNOTE_RE = re.compile(
    rf"^[（(]?(?:备注|注|说明)?\s*\d?[:：]?.{{0,16}}?(?:均|皆|都)?(?:为|是|系){NOTE_WORD}(?:[据字]|数据)?(?:[，,；;。.）)]|$)"
)
FOOTNOTE_MAX = 40  # characters: a longer line is prose that happens to hold the words
STAR_RE = re.compile(r"[*＊※]")
# What may stand between a figure and its note: a qualifier (500亿元左右（预计）), no figure or mark.
NOTE_GAP_RE = re.compile(r"[^\d，,；;。、]{0,2}")


def without_notes(text: str) -> str:
    """`text` with its bracketed notes blanked out (same length), so that their 预计 opens no
    estimate for the figures after them: a note speaks of what it is attached to."""
    return NOTE_RE.sub(lambda m: " " * len(m.group(0)), text)


def notes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reach) of each bracketed note in `text`; reach is after, all or ""."""
    return [(m.start(), m.end(), note_reach(m.group(0))) for m in NOTE_RE.finditer(text)]


def note_reach(note: str) -> str:
    m = REACH_RE.search(note)
    return REACHES[m.group(0)] if m else ""


def footnote(text: str) -> str:
    """How far a line without figures that calls figures estimates reaches: starred (the figures
    marked with *), after, all, or "" when the line is no such footnote."""
    text = text.strip()
    if len(text) > FOOTNOTE_MAX or not FOOTNOTE_RE.search(text):
        return ""
    if STAR_RE.search(text):
        return "starred"
    return note_reach(text) or "all"


# 9250亿元,增长9.4%(预计数): the note after a measure's growth rate speaks of its value too.
# Up to four characters may name the baseline before the growth word (同比增长, 比上年下降).
GROWTH_WORD = "(?:" + lexicon.alternation_of("change_words.csv", "growth") + ")"
RATE_BRIDGE_RE = re.compile(
    rf"[^\d，,。；;、]{{0,2}}[，,]\s*[^\d，,。；;、]{{0,4}}?{GROWTH_WORD}\s*-?\d+(?:\.\d+)?\s*[%％]"
)


def noted_figure(text: str, clause_start: int, end: int, found: list[tuple[int, int, str]]) -> bool:
    """Whether the figure ending at `end` in `text` (a sentence) is marked by one of its notes
    (`found`): the note right after it (500亿元（预计）), or one earlier in its clause (which starts
    at `clause_start`), which spoke of the measure this figure goes on with (500亿元（预计）增长9%)."""
    return any(
        (clause_start <= start and stop <= end) or (start >= end and after_figure(text[end:start].strip()))
        for start, stop, _ in found
    )


def after_figure(gap: str) -> bool:
    """Whether a note this far after a figure is its note: a qualifier at most between them
    (500亿元左右（预计）), or the growth rate of the figure's measure (9250亿元,增长9.4%(预计数))."""
    return bool(NOTE_GAP_RE.fullmatch(gap) or RATE_BRIDGE_RE.fullmatch(gap))


def starred(clause: str, end: int) -> bool:
    """Whether the figure ending at `end` carries a star (236亿元*), the mark a footnote may explain."""
    return bool(STAR_RE.match(clause[end:].lstrip()[:1]))
