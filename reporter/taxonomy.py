"""The indicator taxonomy, kept as data (data/indicators.csv, extendable by a
user file), and the rule that gives a number its indicator.

A number gets the indicator whose synonym stands nearest before it in its
clause (else nearest after it), among indicators whose unit fits the number:
规上工业 before 1617户 is a count of firms, before 4000亿元 it is output.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reporter import lexicon, numbers
from reporter.gazetteer import data_file

LOOSE_KINDS = lexicon.kinds_with("loose")
LABEL_TRIM = re.compile(
    r"(已经|已|共|累计|分别|只有|仅有|仅|达到|达|为|有|是|实现|完成|超过|高达|约|近|逾|增长|提高到|提高|提升到|"
    r"提升|增加|降至|突破|年均|就|了|的|仍|还|低|高|少|多|下降|减少)+$"
)
LABEL_LEAD = re.compile(r"^(其中|目前|截至目前|同时|此外|并|且|而|和|与|及|以及|全[州县市区镇省]|我[州县市区镇])+")


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    unit: str
    dimension: str
    synonyms: tuple[str, ...]


@lru_cache(maxsize=4)
def load(extra: str | None = None) -> tuple[Indicator, ...]:
    """Built-in indicators, then a user CSV of the same columns that adds or replaces ids."""
    rows = list(csv.DictReader(io.StringIO(data_file("indicators.csv"))))
    if extra:
        rows += list(csv.DictReader(Path(extra).open(encoding="utf-8-sig")))
    by_id = {}
    for row in rows:
        synonyms = tuple(s for s in (row["synonyms"] or "").split("|") if s)
        by_id[row["id"]] = Indicator(row["id"], row["name"], row["unit"], row["dimension"], (row["name"], *synonyms))
    return tuple(by_id.values())


def by_id() -> dict[str, Indicator]:
    return {i.id: i for i in load()}


def classify(before: str, clause: str, unit: str, kind: str) -> tuple[str, str]:
    """(indicator id, Chinese label) for a number with `before` its clause text up to it."""
    candidates = synonym_index(kind in LOOSE_KINDS, numbers.unit_class(unit))
    best = candidates.nearest(before, from_end=True)
    if best is None:
        after = clause[len(before) :]
        best = candidates.nearest(after, from_end=False)
    if best is not None:
        return best.id, best.name
    label = short_label(before, clause)
    return f"other:{label}", label


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
            if span is None:
                continue
            distance = len(text) - span[1] if from_end else span[0]
            key = (distance, -(span[1] - span[0]), order)
            if best_key is None or key < best_key:
                best, best_key = ind, key
        return best


_indexes: dict[tuple[bool, str], SynonymIndex] = {}


def synonym_index(loose: bool, cls: str) -> SynonymIndex:
    """The indicators a number of unit class `cls` may have (all of them for a loose kind)."""
    indicators = load()
    index = _indexes.get((loose, cls))
    if index is None or index.source is not indicators:
        chosen = tuple(i for i in indicators if loose or numbers.unit_class(i.unit) == cls)
        index = _indexes[(loose, cls)] = SynonymIndex(chosen, indicators)
    return index


def short_label(before: str, clause: str) -> str:
    text = re.sub(r"[“”\"'《》()（）\s]", "", before)
    text = LABEL_TRIM.sub("", text)
    text = LABEL_LEAD.sub("", text)
    text = re.sub(r"^\d{4}年", "", text)
    label = last_words(text, 12) if text else re.sub(r"[^\u4e00-\u9fff]", "", clause)[-8:]
    return label or "数值"


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
