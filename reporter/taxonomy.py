"""The indicator taxonomy, kept as data (data/indicators.csv, extendable by a
user file), and the rule that gives a number its indicator.

A number gets the indicator whose synonym stands nearest before it in its
clause (else nearest after it), among indicators whose unit fits the number:
规上工业 before 1617户 is a count of firms, before 4000亿元 it is output.

A user file (`--indicators`, `indicators:` in reporter.yaml) belongs to one run,
not to the process: `read_user_file` parses it, `extended` puts it in force for
the code inside a `with` and always restores what was there before, and the
corpus keeps the list it was extracted with (`Corpus.indicators`) for the stages
after it. User synonyms are found as strings, like the built-in ones; they are not
added to the word segmenter, which is shared by the whole process.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import astuple, dataclass
from functools import cache, lru_cache
from pathlib import Path

from reporter import lexicon, numbers
from reporter.errors import ReporterError

LOOSE_KINDS = lexicon.kinds_with("loose")
# A free label without the verbs after it and the connectives before it (data files).
LABEL_TRIM = re.compile(rf"(?:{lexicon.alternation('label_tail_words.txt')})+$")
LABEL_LEAD = re.compile(rf"^(?:{lexicon.alternation('label_lead_words.txt')})+")
COLUMNS = ("id", "name", "unit", "dimension", "synonyms")


class IndicatorFileError(ReporterError):
    """A user indicator file (--indicators) cannot be read."""


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    unit: str
    dimension: str
    synonyms: tuple[str, ...]


def make_indicator(row: dict[str, str]) -> Indicator:
    synonyms = tuple(s for s in (row["synonyms"] or "").split("|") if s)
    return Indicator(row["id"], row["name"], row["unit"], row["dimension"], (row["name"], *synonyms))


@cache
def builtin() -> tuple[Indicator, ...]:
    """The indicators of data/indicators.csv."""
    return tuple(make_indicator(row) for row in csv_rows(lexicon.lines("indicators.csv")).values())


# The user's list while a run is inside `extended`; None: the built-in list.
_active: ContextVar[tuple[Indicator, ...] | None] = ContextVar("reporter_indicators", default=None)


def load(extra: str | Path | None = None) -> tuple[Indicator, ...]:
    """The indicators in force (the built-in ones unless inside `extended`), or with
    `extra` the built-in ones extended by that user file."""
    if extra:
        return read_user_file(Path(extra))
    active = _active.get()
    return builtin() if active is None else active


@contextmanager
def extended(indicators: tuple[Indicator, ...] | None) -> Iterator[None]:
    """Classify with `indicators` (a `read_user_file` result; empty or None: the built-in
    list) inside the `with`; what was in force before comes back however it ends."""
    token = _active.set(indicators or None)
    try:
        yield
    finally:
        _active.reset(token)


def fingerprint(indicators: tuple[Indicator, ...]) -> str:
    """A hash of a user list, for cache keys; "" for the built-in list (already in the code's hash)."""
    if not indicators:
        return ""
    return hashlib.sha256(json.dumps([astuple(i) for i in indicators], ensure_ascii=False).encode()).hexdigest()


def read_user_file(path: Path) -> tuple[Indicator, ...]:
    """The built-in indicators, then the rows of a user CSV (columns id,name,unit,dimension,
    synonyms) that add an id or replace a built-in one. Errors name the file and line."""
    from reporter.limits import file_problem

    where = f"指标文件 (indicators) '{path}'"
    if not path.is_file() or file_problem(path):
        raise IndicatorFileError(f"{where} 不存在或不是普通文件 (file not found).")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise IndicatorFileError(f"{where} 第 {line} 行不是 UTF-8 文本 (not UTF-8); 请另存为 UTF-8 编码。") from exc
    rows = csv_rows(text.splitlines(), where)
    by_id = {i.id: i for i in builtin()}
    for row in rows.values():
        by_id[row["id"]] = make_indicator(row)
    return tuple(by_id.values())


def csv_rows(lines: list[str], where: str = "") -> dict[int, dict[str, str]]:
    """Line number -> row of an indicator table, checked: every column, no duplicate id,
    a known unit. Blank lines and # comments are skipped (line numbers stay the file's)."""
    header: list[str] = []
    rows: dict[int, dict[str, str]] = {}
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in next(csv.reader([line]))]
        if not header:
            header = cells
            missing = [c for c in COLUMNS if c not in header]
            if missing:
                raise IndicatorFileError(
                    f"{where} 第 {number} 行: 表头缺少列 (missing column) {', '.join(missing)}; "
                    f"应有列: {','.join(COLUMNS)}"
                )
            continue
        if len(cells) > len(header):
            raise IndicatorFileError(
                f"{where} 第 {number} 行: 列数多于表头 (too many fields); 同义词之间用 | 分隔, 不用逗号。"
            )
        row = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))
        check_row(row, number, where, seen)
        rows[number] = row
    if not header:
        raise IndicatorFileError(f"{where} 是空的 (empty); 应有表头 {','.join(COLUMNS)}")
    return rows


def check_row(row: dict[str, str], number: int, where: str, seen: dict[str, int]) -> None:
    empty = [c for c in ("id", "name", "unit", "dimension") if not row[c]]
    if empty:
        raise IndicatorFileError(f"{where} 第 {number} 行: {', '.join(empty)} 不能为空 (empty).")
    if ":" in row["id"]:
        raise IndicatorFileError(f"{where} 第 {number} 行: 指标编号 '{row['id']}' 不能含冒号 (:)。")
    if row["id"] in seen:
        raise IndicatorFileError(
            f"{where} 第 {number} 行: 指标编号 '{row['id']}' 与第 {seen[row['id']]} 行重复 (duplicate id)。"
        )
    seen[row["id"]] = number
    classes = set(numbers.UNIT_CLASSES.values())
    if numbers.unit_class(row["unit"]) not in classes:
        raise IndicatorFileError(
            f"{where} 第 {number} 行: 单位 '{row['unit']}' 不是已知单位 (unknown unit); 可用: "
            f"{'、'.join(numbers.UNIT_CLASSES)} (前面可加 万、亿; 见 reporter/data/units.csv)。"
        )


def by_id() -> dict[str, Indicator]:
    return {i.id: i for i in load()}


def by_words() -> dict[str, Indicator]:
    """Every indicator by its name and each synonym (the first listed wins a shared word)."""
    out: dict[str, Indicator] = {}
    for ind in load():
        for word in ind.synonyms:
            out.setdefault(word, ind)
    return out


def classify(before: str, clause: str, unit: str, kind: str) -> tuple[str, str]:
    """(indicator id, Chinese label) for a number with `before` its clause text up to it."""
    candidates = synonym_index(kind in LOOSE_KINDS, measure_class(unit))
    best = candidates.nearest(before, from_end=True)
    if best is None:
        after = clause[len(before) :]
        best = candidates.nearest(after, from_end=False)
    if best is not None:
        return best.id, best.name
    label = short_label(before)
    return f"other:{label}", label


def measure_named(text: str, unit: str, kind: str) -> Indicator | None:
    """The indicator named last in `text` that a figure of this unit and kind may have."""
    return synonym_index(kind in LOOSE_KINDS, measure_class(unit)).nearest(text, from_end=True)


def find_synonym(text: str, syn: str, from_end: bool) -> tuple[int, int] | None:
    """(start, end) of the last (or first) occurrence of a synonym.

    A synonym with "…" is two words a few characters apart: 集群…企业 finds
    集群属地规上企业, so a cluster's firms are not counted as all firms.
    """
    if "…" not in syn:
        pos = text.rfind(syn) if from_end else text.find(syn)
        return (pos, pos + len(syn)) if pos >= 0 else None
    matches = list(gap_pattern(syn).finditer(text))
    if not matches:
        return None
    m = matches[-1] if from_end else matches[0]
    return m.start(), m.end()


@lru_cache(maxsize=256)
def gap_pattern(syn: str) -> re.Pattern:
    head, tail = syn.split("…", 1)
    return re.compile(rf"{re.escape(head)}[^，。；,;]{{0,8}}?{re.escape(tail)}")


class SynonymIndex:
    """The synonyms of some indicators by first character: a text is searched only
    for the synonyms whose first character it holds (a loop over all of them for
    every number cost more than the rest of its classification)."""

    def __init__(self, indicators: tuple[Indicator, ...], source: tuple[Indicator, ...]):
        self.source = source  # the load() result the indicators were chosen from
        self.by_char: dict[str, list[tuple[int, Indicator, str]]] = {}
        self.anywhere: list[tuple[int, Indicator, str]] = []  # "" or a gap first: no first character
        for order, ind in enumerate(indicators):
            for syn in ind.synonyms:
                entry = (order, ind, syn)
                if syn[:1] in ("", "…"):
                    self.anywhere.append(entry)
                else:
                    self.by_char.setdefault(syn[0], []).append(entry)

    def nearest(self, text: str, from_end: bool) -> Indicator | None:
        """The indicator with a synonym nearest the end (or start) of `text`; the longer
        synonym at the same distance, then the indicator listed first."""
        best, best_key = None, None
        entries = [entry for char in set(text) for entry in self.by_char.get(char, ())]
        for order, ind, syn in entries + self.anywhere:
            span = find_synonym(text, syn, from_end)
            if span is None or qualified_away(text[: span[0]], ind.id) or headed_away(text[span[1] :], ind.id):
                continue
            distance = len(text) - span[1] if from_end else span[0]
            key = (distance, -(span[1] - span[0]), order)
            if best_key is None or key < best_key:
                best, best_key = ind, key
        return best


def qualified_away(before: str, indicator: str) -> bool:
    """粮食种植面积, 商品房销售面积: words right before a synonym that make it another measure
    (data/measure_qualifiers.csv), so 面积 names no region's land there."""
    words = measure_qualifiers().get(indicator, ())
    return bool(words) and before.endswith(words)


def headed_away(after: str, indicator: str) -> bool:
    """人口密度, 人口自然增长率: words right after a synonym that make it another measure
    (data/measure_heads.csv), so 人口 names no region's population there."""
    words = measure_heads().get(indicator, ())
    return bool(words) and after.startswith(words)


@cache
def measure_qualifiers() -> dict[str, tuple[str, ...]]:
    return words_by_indicator("measure_qualifiers.csv")


@cache
def measure_heads() -> dict[str, tuple[str, ...]]:
    return words_by_indicator("measure_heads.csv")


def words_by_indicator(name: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for row in lexicon.table(name):
        out.setdefault(row["indicator"], []).append(row["word"])
    return {k: tuple(v) for k, v in out.items()}


_indexes: dict[tuple[bool, str], SynonymIndex] = {}


def synonym_index(loose: bool, cls: str) -> SynonymIndex:
    """The indicators a number of unit class `cls` may have (all of them for a loose kind)."""
    indicators = load()
    index = _indexes.get((loose, cls))
    if index is None or index.source is not indicators:
        chosen = tuple(i for i in indicators if loose or measure_class(i.unit) == cls)
        index = _indexes[(loose, cls)] = SynonymIndex(chosen, indicators)
    return index


RANK_UNIT = "位"


def measure_class(unit: str) -> str:
    """What a figure of this unit can measure: a place in a ranking (位) is apart from the other
    counts, so a count of members (5个镇入选百强镇) never takes a ranking's indicator."""
    return RANK_UNIT if unit == RANK_UNIT else numbers.unit_class(unit)


def ranking_named(text: str) -> Indicator | None:
    """The ranking (an indicator in 位, such as county_rank for 百强县) named last in `text`."""
    indicators = load()
    index = _indexes.get((False, "ranking"))
    if index is None or index.source is not indicators:
        ranks = tuple(i for i in indicators if i.unit == "位")
        index = _indexes[(False, "ranking")] = SynonymIndex(ranks, indicators)
    return index.nearest(text, from_end=True)


# 千强镇, 工业百强县: a list the county ranking's synonyms name that ranks other places or one
# field (data/ranking_lists.csv), each written as the text writes it after an optional qualifier.
COUNTY_RANKING = "county_rank"
RANKING_LISTS = {row["list"]: row for row in lexicon.table("ranking_lists.csv")}
LIST_NAME = re.compile(
    rf"(?P<qualifier>{lexicon.alternation('ranking_list_qualifiers.txt')})?(?P<list>{lexicon.either(RANKING_LISTS)})"
)


def other_ranking(text: str, level: str = "", name: str = "") -> str:
    """The label of the list named last in `text` when it is not the county ranking
    (…入选全国千强镇…排名第12 -> 千强镇排名; 中国工业百强县 -> 工业百强县排名), else "": the
    place of a town in 千强镇 or of a county in 工业百强县 is no 县域经济综合排名. With the ranked
    place's `level` and `name`, only a list of such places counts (江阴市 is in no 百强区). A
    synonym of the county ranking written after the list (千强镇…综合实力排名) leaves it the
    county's."""
    general = by_id().get(COUNTY_RANKING)
    if general is None:
        return ""
    # The county ranking's own words, not the names of lists (百强县) it shares with them.
    words = [syn for syn in general.synonyms if syn not in RANKING_LISTS]
    for m in reversed(list(LIST_NAME.finditer(text))):
        row = RANKING_LISTS[m.group("list")]
        if level and (
            row["level"] != level or (row["suffixes"] and not name.endswith(tuple(row["suffixes"].split("|"))))
        ):
            continue
        after = text[m.end() :]
        if any(find_synonym(after, syn, from_end=True) for syn in words):
            return ""
        if m.group("qualifier") or row["county"] != "yes":
            return f"{m.group('qualifier') or ''}{m.group('list')}排名"
        return ""
    return ""


# The label of a figure whose words name no measure. Such a figure is kept (it is in the text)
# but never compared: two unnamed measures are not the same indicator.
UNNAMED = "数值"
UNNAMED_INDICATOR = f"other:{UNNAMED}"


def short_label(before: str) -> str:
    """The words before a figure that name it, without the verbs, times and references around
    them; UNNAMED when none stand there: the end of its clause (第9名晋江陈埭镇, 28个镇全部入选)
    is no name of what the figure measures."""
    text = trim_label(re.sub(r"[“”\"'《》()（）\s]", "", before))
    text = re.sub(r"^\d{4}年(?:底|末|初)?", "", text)  # 2023年末昆山市城镇人口: no 末 left to open it
    label = last_words(text, 12) if text else ""
    if label and len(label) < len(text) and text[-len(label) - 1].isdigit():
        label = without_measure_word(label)
    return label or UNNAMED


def without_measure_word(label: str) -> str:
    """A label cut right after a figure without the figure's measure word (在160家开发区中排名 ->
    开发区中排名, not 家开发区中排名)."""
    from reporter import segment

    words = segment.tagged(label)
    while words and words[0].flag.startswith(("q", "m")):
        words.pop(0)
    return "".join(w.word for w in words)


def trim_label(text: str) -> str:
    """A label without the verbs and comparisons that end it (已达, 同比) and the references and
    times that open it (其中, 全县, 上半年)."""
    return LABEL_LEAD.sub("", LABEL_TRIM.sub("", text))


def last_words(text: str, limit: int) -> str:
    """The end of `text`, at most `limit` characters, cut on a word boundary (not 济核心产业)."""
    if len(text) <= limit:
        return text
    from reporter import segment

    out = ""
    for word in reversed(segment.cut(text)):
        if len(out) + len(word) > limit:
            break
        out = word + out
    return out or text[-limit:]
