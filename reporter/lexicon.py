"""The domain vocabulary kept as data (reporter/data/): one loader for every file.

Code keeps the grammar (where a word may stand, what follows it); the words themselves,
the kinds of facts and the levels of regions live in data files, each in one place.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from functools import cache

from reporter.resources import data_file, data_lines

# Where a qualifier stands around a figure (data/qualifiers.csv): 超过200家, 200余家, 20%左右.
PLACES = ("before", "after_number", "after_unit")


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of a one-a-line data file (no blank lines, no # comments)."""
    return data_lines(name)


def json_data(name: str):
    """A JSON data file, parsed (the attribution model's coefficients); FileNotFoundError if absent."""
    return json.loads(data_file(name))


def shipped_json(name: str):
    """A JSON data file, parsed, or None when the package ships none (a model not trained yet)."""
    try:
        return json_data(name)
    except FileNotFoundError:
        return None


def lines(name: str) -> list[str]:
    """Every line of a data file as written, comments and blanks included: for a file read by a
    parser of its own that counts lines (indicators.csv shares the user indicator file's)."""
    return data_file(name).splitlines()


def either(found: Iterable[str]) -> str:
    """Words as a regex alternation, longest first, so that a longer word wins over its start."""
    return "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True))


@cache
def alternation(name: str) -> str:
    """The words of a data file as a regex alternation, longest first."""
    return either(words(name))


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a CSV data file (after its # comments), as dicts."""
    return tuple(csv.DictReader(io.StringIO("\n".join(data_lines(name)))))


@cache
def alternation_of(name: str, column: str, value: str = "yes") -> str:
    """The words of a CSV data file whose `column` says `value`, as a regex alternation, longest first."""
    return either(row["word"] for row in table(name) if row[column] == value)


def kind_labels() -> dict[str, str]:
    """level -> 总量 ...: every kind of fact, in the order of data/kinds.csv."""
    return {row["kind"]: row["label"] for row in table("kinds.csv")}


def kinds_with(column: str) -> frozenset[str]:
    """The kinds whose `column` in data/kinds.csv says yes."""
    return frozenset(row["kind"] for row in table("kinds.csv") if row[column] == "yes")


def kinds_without(column: str) -> frozenset[str]:
    return frozenset(row["kind"] for row in table("kinds.csv") if row[column] != "yes")


def level_order() -> dict[str, int]:
    """Containment order of region levels, smallest first (park 0 … province 4)."""
    return {row["level"]: int(row["order"]) for row in table("levels.csv")}


def level_tiers() -> dict[str, int]:
    """Administrative tier of each level for comparisons (province 0 … town and park 3)."""
    return {row["level"]: int(row["tier"]) for row in table("levels.csv")}


def level_labels() -> dict[str, str]:
    return {row["level"]: row["label"] for row in table("levels.csv")}


def plan_end_years() -> dict[str, int]:
    """十三五 -> 2020 …: the last year of each five-year plan (data/five_year_plans.csv)."""
    return {row["plan"]: int(row["end_year"]) for row in table("five_year_plans.csv")}
