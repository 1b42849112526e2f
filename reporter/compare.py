"""Compare: align a target's indicators with each benchmark's, normalise units,
compute ratio and difference, phrase them in Chinese, and flag what would mislead.

A comparison is computed only between values of the same kind (level with
level, share with share); a target (goal) is never compared with an actual.
Where the target has the indicator only in another kind, the row shows that
value and says why it is not compared; where it has nothing, the row goes to
the 待补数据 list and nothing is estimated.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import TYPE_CHECKING

from reporter import lexicon, regions, tables, taxonomy
from reporter.corpus import Corpus, citation
from reporter.errors import RegionError
from reporter.models import (
    KIND_NAMES,
    Cell,
    Comparison,
    Dimension,
    Fact,
    Practice,
    Recommendation,
    Region,
    Row,
    Value,
    fmt,
    places_phrase,
    point_phrase,
)
from reporter.origins import DEFAULT_PRECEDENCE

if TYPE_CHECKING:
    import pandas as pd

# How briefs show money and area (data/unit_conversions.csv): unit -> (shown as, factor).
CONVERSIONS = {
    row["unit"]: (row["shown_as"], float(Fraction(row["factor"]))) for row in lexicon.table("unit_conversions.csv")
}
MONEY_TO_YI = {unit: factor for unit, (shown, factor) in CONVERSIONS.items() if shown == "亿元"}
AREA_TO_KM2 = {unit: factor for unit, (shown, factor) in CONVERSIONS.items() if shown == "平方公里"}
# 户 and 家 both count enterprises; merged only for indicators whose taxonomy
# unit is one of them, so 户 (households) elsewhere stays apart.
FIRM_UNITS = {row["unit"] for row in lexicon.table("units.csv") if row["firms"] == "yes"}
PER_UNIT = re.compile(lexicon.alternation("per_unit_words.txt"))
POINT_UNITS = tuple(row["unit"] for row in lexicon.table("units.csv") if row["class"] in ("percent", "points"))
LEVEL_RANK = lexicon.level_tiers()
LEVEL_NAMES = lexicon.level_labels()
# A five-year plan as a period sorts as its last year (data/five_year_plans.csv).
FIVE_YEAR_PLANS = lexicon.plan_end_years()
LARGE_GAP = 0.8  # target below 80% of the benchmark: a gap worth a recommendation
OTHER_DIMENSION = "其他指标"


def resolve_region(corpus: Corpus, name: str) -> Region:
    """A region of the corpus by any of its names; RegionError lists the nearest ones."""
    name = name.strip()
    exact = [r for r in corpus.regions.values() if name in (r.name, r.full_name, *r.aliases)]
    if not exact:
        exact = [r for r in corpus.regions.values() if len(name) >= 2 and r.full_name.endswith(name)]
    with_facts = corpus.region_ids_with_facts()
    exact.sort(key=lambda r: (r.id not in with_facts, len(r.full_name)))
    distinct = {r.full_name: r for r in exact if r.full_name != name}
    if len(distinct) > 1 and not any(r.full_name == name for r in exact):
        # 鼓楼区 of 南京 and of 福州: never pick one silently.
        how = (
            "请用 --home 文件=地区 指明各文所属地区"
            if all(r.id.startswith("self:") for r in distinct.values())
            else "请用全称指定"
        )
        raise RegionError(f"地区名“{name}”有多个 (ambiguous region): {' / '.join(sorted(distinct))}。{how}。")
    if exact:
        return exact[0]
    names = sorted({n for r in corpus.regions.values() for n in (r.name, *r.aliases)})
    near = difflib.get_close_matches(name, names, n=5, cutoff=0.3)
    if not near:
        near = [r.name for r in corpus.regions.values() if r.id in with_facts][:8]
    raise RegionError(
        f"语料中找不到地区“{name}”(unknown region)。相近的地区: {'、'.join(near) or '无'}。"
        "可用 `reporter regions` 查看全部地区。"
    )


def resolve_pair(corpus: Corpus, target: str, benchmarks: list[str]) -> tuple[Region, list[Region]]:
    """The target and its benchmarks, each once; a benchmark that is the target is an error."""
    target_region = resolve_region(corpus, target)
    regions: list[Region] = []
    for name in benchmarks:
        region = resolve_region(corpus, name)
        if region.id == target_region.id:
            raise RegionError(
                f"对标地区“{name}”就是目标地区{target_region.name}本身 (benchmark is the target)。请换一个对标地区。"
            )
        if region.id not in {r.id for r in regions}:
            regions.append(region)
    return target_region, regions


def display_value(fact: Fact, unit_hint: str = "") -> tuple[float, str]:
    """Money in the taxonomy's unit (亿元 unless it says 万元), area in 平方公里,
    户 and 家 as one enterprise count in the taxonomy's unit, everything else as written."""
    unit = fact.unit
    if unit in MONEY_TO_YI and unit_hint not in MONEY_TO_YI and (unit == "元" or PER_UNIT.search(fact.label)):
        return fact.value, unit  # 比全市低2568元, 人均8.5万元: an amount per person is never in 亿元
    if unit in MONEY_TO_YI:
        shown = unit_hint if unit_hint in MONEY_TO_YI else "亿元"
        return fact.value * MONEY_TO_YI[unit] / MONEY_TO_YI[shown], shown
    if unit in AREA_TO_KM2 and fact.kind == "level":
        return fact.value * AREA_TO_KM2[unit], "平方公里"
    if unit in FIRM_UNITS and unit_hint in FIRM_UNITS:
        return fact.value, unit_hint
    return fact.value, unit


def period_key(period: str) -> int:
    m = re.search(r"(20\d\d|19\d\d)", period or "")
    if m:
        return int(m.group(1))
    return FIVE_YEAR_PLANS.get(period, 0)


def same_period(a: str, b: str) -> bool:
    norm = lambda p: (p or "").replace("年", "").replace("“", "").replace("”", "").strip()  # noqa: E731
    return norm(a) == norm(b)


def pick_value(
    facts: Iterable[Fact] | pd.DataFrame,
    region: str,
    unit_hint: str = "",
    precedence: tuple[str, ...] = DEFAULT_PRECEDENCE,
    period: str | None = None,
) -> Value | None:
    """The most recent value (of `period` when the region has one), by origin `precedence` within
    a period; the others are kept and noted.

    `facts` are one region's fact records for one row (a slice of Corpus.facts works too).
    """
    rows = [Fact(**r) for r in facts.to_dict("records")] if hasattr(facts, "to_dict") else list(facts)
    if not rows:
        return None
    rank = {origin: i for i, origin in enumerate(precedence)}
    # sorted() is stable: among equals the corpus order decides, as before.
    ordered = sorted(
        rows,
        key=lambda f: (
            period is not None and not same_period(f.period, period),
            -period_key(f.period),
            rank.get(f.origin, len(rank)),
        ),
    )
    first = ordered[0]
    value, unit = display_value(first, unit_hint)
    others = []
    for r in ordered[1:]:
        v, u = display_value(r, unit_hint)
        if (v, u, r.period) != (value, unit, first.period):  # the same number from another article
            others.append(f"{fmt(v)}{u}（{r.period or '期间未注明'}）")
    return Value(
        region=region,
        value=value,
        unit=unit,
        raw=first.raw,
        period=first.period,
        qualifier=first.qualifier or "",
        kind=first.kind,
        fact_id=first.id,
        doc=first.doc,
        evidence=first.evidence,
        origin=first.origin,
        others=capped(list(dict.fromkeys(others))),
        basis=first.basis or "",
    )


MAX_OTHERS = 5  # other values shown in a cell; a corpus of many copies once made one cell 21,000 characters


def capped(others: list[str]) -> list[str]:
    """The first MAX_OTHERS values, then how many there are in all (等N项)."""
    if len(others) <= MAX_OTHERS:
        return others
    return [*others[:MAX_OTHERS], f"等{len(others)}项"]


def compare(
    corpus: Corpus, target: Region, benchmarks: list[Region], precedence: tuple[str, ...] = DEFAULT_PRECEDENCE
) -> Comparison:
    """Rows of target vs benchmarks per (indicator, kind), in four groups:

    1. rows where the target has a value (of the row's kind, or of another kind, shown but
       not compared), grouped into dimensions;
    2. rows where only benchmarks have a value: the 待补数据 list;
    3. goals (kind target), shown apart from actuals;
    4. rows where only the target has a value, listed in 附录一.
    """
    target, *benchmarks = distinct_names([target, *benchmarks])
    with taxonomy.extended(corpus.indicators):
        return compare_rows(corpus, target, benchmarks, precedence)


def distinct_names(regions: list[Region]) -> list[Region]:
    """The regions as a brief names them: two 鼓楼区 are 南京市鼓楼区 and 福州市鼓楼区 (their full
    names if the parents are alike too), so no reader takes one for the other."""
    counts = Counter(r.name for r in regions)
    out = []
    for r in regions:
        if counts[r.name] > 1:
            longer = f"{r.parent}{r.name}" if r.parent else r.full_name
            clash = sum(f"{o.parent}{o.name}" == longer for o in regions) > 1
            r = replace(r, name=r.full_name if clash else longer)
        out.append(r)
    return out


def compare_rows(corpus: Corpus, target: Region, benchmarks: list[Region], precedence: tuple[str, ...]) -> Comparison:
    grouped = group_facts(corpus, [target, *benchmarks])
    goals = {
        indicator for (indicator, kind), by_region in grouped.items() if kind == "target" and target.id in by_region
    }
    rows = [
        make_row(key, by_region, target, benchmarks, precedence, goal=key[0] in goals)
        for key, by_region in grouped.items()
        if key[1] != "multiple"
    ]
    goal_rows = [r for r in rows if r.kind == "target"]
    actual = attach_other_kinds([r for r in rows if r.kind != "target"])
    shown = mark_best([r for r in actual if r.target_shown and any(c.benchmark for c in r.cells)])
    missing = mark_best([r for r in actual if not r.target_shown and any(c.benchmark for c in r.cells)])
    target_only = [r for r in actual if r.target and not any(c.benchmark for c in r.cells)]
    order = dimension_order(actual)
    comparison = Comparison(
        target=target,
        benchmarks=benchmarks,
        dimensions=group_dimensions(shown, target, order),
        goals=sorted(goal_rows, key=lambda r: r.label),
        recommendations=recommend(corpus, shown, target, benchmarks),
        key_findings=key_findings(shown, missing, target),
        missing=sorted(missing, key=lambda r: (order.index(r.dimension), r.label)),
        target_only=sorted(target_only, key=lambda r: (order.index(r.dimension), r.label)),
    )
    return replace(comparison, warnings=brief_warnings(corpus, comparison))


# A rank whose text names no ranking (江阴市位列第一): two such ranks from two documents may come
# from two different lists, so they stand side by side only with a flag that says so.
UNNAMED_RANKING = f"other:{tables.RANK_LABEL}"


def make_row(
    key: tuple[str, str],
    by_region: dict[str, list[Fact]],
    target: Region,
    benchmarks: list[Region],
    precedence: tuple[str, ...],
    goal: bool,
) -> Row:
    """One (indicator, kind) row; `goal`: the target states only a goal for this indicator."""
    indicator, kind = key
    indicators = taxonomy.by_id()
    label, dimension = row_label(indicator, indicators)
    hint = indicators[indicator].unit if indicator in indicators else ""
    period = shared_period(by_region, target, benchmarks)
    t = pick_value(by_region.get(target.id, []), target.name, hint, precedence, period)
    cells = []
    for b in benchmarks:
        bv = pick_value(by_region.get(b.id, []), b.name, hint, precedence, period)
        cell = make_cell(t, bv, target, b)
        if indicator == UNNAMED_RANKING and t is not None and bv is not None and t.doc != bv.doc:
            cell = replace(cell, flags=[*cell.flags, "榜单未写明，两地排名未必出自同一榜单"])
        if goal and kind != "target" and t is None and bv is not None:
            cell = replace(cell, flags=[*cell.flags, "目标地区仅有目标值，不与实际值比较"])
        cells.append(cell)
    return Row(indicator, label, dimension, kind, t, cells)


def shared_period(by_region: dict[str, list[Fact]], target: Region, benchmarks: list[Region]) -> str | None:
    """The period of the target's that the most benchmarks also state, the latest of equals; None
    when they share none. 宿迁 一季度 894亿元 and 2022年 4112亿元 against 连云港 一季度 947亿元:
    the two 一季度 figures make a gap, the latest of each would not."""
    periods = [f.period for f in by_region.get(target.id, []) if f.period]  # no period is no match
    shares = {
        p: sum(any(same_period(f.period, p) for f in by_region.get(b.id, [])) for b in benchmarks) for p in periods
    }
    best = max(shares.values(), default=0)
    if not best:
        return None
    return max((p for p, n in shares.items() if n == best), key=period_key)


def attach_other_kinds(rows: list[Row]) -> list[Row]:
    """Where the target lacks a row's kind but has the indicator in another, show that value and say why
    it is not compared: 专精特新企业数 as a total against a benchmark's growth rate is no gap."""
    own: dict[str, Value] = {}
    for row in rows:
        if row.target is not None:
            own.setdefault(row.indicator, row.target)  # rows come in corpus order; the first kind stands
    return [with_other_kind(row, own.get(row.indicator)) for row in rows]


def with_other_kind(row: Row, other: Value | None) -> Row:
    """`row` showing the target's `other` value, its cells saying why they are not compared."""
    if row.target is not None or other is None or not any(c.benchmark for c in row.cells):
        return row
    kinds = f"{KIND_NAMES.get(other.kind, other.kind)}/{KIND_NAMES.get(row.kind, row.kind)}"
    cells = [
        replace(c, phrase="未计算比值", flags=[f"口径不同（{kinds}）", *c.flags]) if c.benchmark is not None else c
        for c in row.cells
    ]
    return replace(row, target_other=other, cells=cells)


def brief_warnings(corpus: Corpus, comparison: Comparison) -> list[str]:
    """What makes the brief thinner than it looks, in the words the reader sees at its top."""
    with_facts = corpus.region_ids_with_facts()
    target = comparison.target
    rows = [r for d in comparison.dimensions for r in d.rows]
    out = []
    if target.id not in with_facts:
        out.append(f"目标地区{target.name}在语料中没有任何数字：简报只能列出对标地区的数据。")
    for b in comparison.benchmarks:
        if b.id not in with_facts:
            out.append(f"对标地区{b.name}在语料中没有任何数字：无从比较。")
    if target.id in with_facts and not any(r.target is not None for r in rows):
        out.append(f"目标地区{target.name}与对标地区没有共同的指标：简报中没有可比较的差距。")
    elif target.id in with_facts and not any(r.comparable for r in rows):
        out.append(f"目标地区{target.name}与对标地区的共同指标口径或期间都不同：简报中没有计算出的差距。")
    if corpus.skipped:
        out.append(f"语料中有{len(corpus.skipped)}篇文档未能读取，未纳入本简报（见附录二）。")
    return out + guessed_homes(corpus, comparison)


def guessed_homes(corpus: Corpus, comparison: Comparison) -> list[str]:
    """The warnings of the documents the brief shows a number of whose own region was inferred
    (from the page's address, or as the region the text is mostly about): the reader should know
    which numbers rest on that guess."""
    shown = {value.doc for _row, value in shown_values(comparison)}
    out = []
    for warning in corpus.warnings:
        doc, _, text = warning.partition(": ")
        if doc in shown and regions.GUESSED_HOME_NOTE in text:
            out.append(f"{citation(corpus, doc)}：{text.split('; 如有误')[0]}。")
    return out


def shown_values(comparison: Comparison) -> list[tuple[Row, Value]]:
    """Every value the brief's tables show, with its row, in order: each row's target value, then
    its benchmarks' (the dimensions' rows, then the missing, goal and target-only rows)."""
    rows = [r for d in comparison.dimensions for r in d.rows]
    rows += comparison.missing + comparison.goals + comparison.target_only
    return [(row, v) for row in rows for v in [row.target_shown, *(c.benchmark for c in row.cells)] if v is not None]


def group_facts(corpus: Corpus, regions: list[Region]) -> dict[tuple[str, str], dict[str, list[Fact]]]:
    """The regions' facts by (indicator, kind), then by region id, in corpus order."""
    ids = {r.id for r in regions}
    ranking = taxonomy.by_id().get(taxonomy.COUNTY_RANKING)
    grouped: dict[tuple[str, str], dict[str, list[Fact]]] = {}
    for fact in corpus.fact_records:
        # A figure whose words name no measure cannot be set against another one.
        if fact.region_id in ids and fact.indicator != taxonomy.UNNAMED_INDICATOR:
            by_region = grouped.setdefault((row_indicator(fact, ranking), fact.kind), {})
            by_region.setdefault(fact.region_id, []).append(fact)
    return grouped


def row_indicator(fact: Fact, ranking: taxonomy.Indicator | None) -> str:
    """The row a fact stands in: its indicator's, unless it is a place in another list than the
    county ranking (a town's place in 千强镇, labelled 千强镇排名 by reporter.extract.listed_ranking),
    which has a row of that list's own: places in two lists are never set against each other.
    `ranking` is the county ranking's indicator, if the taxonomy has one."""
    if ranking is not None and fact.indicator == ranking.id and fact.label and fact.label != ranking.name:
        return f"other:{fact.label}"
    return fact.indicator


def row_label(indicator: str, indicators: dict) -> tuple[str, str]:
    if indicator in indicators:
        return indicators[indicator].name, indicators[indicator].dimension
    return indicator.split(":", 1)[-1], OTHER_DIMENSION


def make_cell(t: Value | None, b: Value | None, target: Region, bench: Region) -> Cell:
    """Compute where the comparison holds; otherwise say why not and flag it."""
    if b is None:
        return Cell(None, None, "—", [])
    if t is None:
        return Cell(b, None, "—", [])
    flags = caution_flags(t, b, target, bench)
    if same_ranking(t, b):
        places = t.value - b.value
        return Cell(b, None, places_phrase(places), flags, places=places)
    reason = blocking_reason(t, b, target, bench)
    if reason:
        return Cell(b, None, "未计算比值", [reason, *flags])
    approx = "约" if t.approximate or b.approximate else ""
    if t.unit in POINT_UNITS and t.kind in ("share", "growth", "change", "estimate"):
        diff = t.value - b.value
        ratio = t.value / b.value if b.value else None
        return Cell(b, ratio, approx + point_phrase(diff), flags, diff=diff)
    ratio = t.value / b.value
    return Cell(b, ratio, approx + ratio_phrase(ratio), flags)


def same_ranking(t: Value, b: Value) -> bool:
    """Two places in one ranking of one stated period (a row holds one ranking: see row_indicator)."""
    return (
        t.kind == b.kind == "rank" and t.unit == b.unit == "位" and bool(t.period) and same_period(t.period, b.period)
    )


def blocking_reason(t: Value, b: Value, target: Region, bench: Region) -> str:
    """Why no ratio may be computed: the flag shown in place of the number."""
    if t.unit != b.unit:
        return f"单位不同（{t.unit}/{b.unit}）"
    if "target" in (t.kind, b.kind):
        return "目标值，非实际值"
    if t.kind not in ("level", "share", "growth", "change", "estimate") or b.value == 0:
        return "此类指标不计算比值"
    if t.kind not in ("level", "estimate") and t.unit not in POINT_UNITS:
        return "增幅口径不同，不计算比值"
    if not same_period(t.period, b.period):
        return f"期间不同（{t.period or '未注明'}/{b.period or '未注明'}）"
    if abs(LEVEL_RANK.get(target.level, 2) - LEVEL_RANK.get(bench.level, 2)) >= 2:
        return f"地区层级相差较大（{LEVEL_NAMES.get(target.level, target.level)}/{LEVEL_NAMES.get(bench.level, bench.level)}）"
    return ""


def caution_flags(t: Value, b: Value, target: Region, bench: Region) -> list[str]:
    """Flags shown next to a computed comparison: it holds, read it with care."""
    flags = []
    if "estimate" in (t.kind, b.kind):
        flags.append("预计值（非实际值）")
    if target.level != bench.level and abs(LEVEL_RANK.get(target.level, 2) - LEVEL_RANK.get(bench.level, 2)) < 2:
        flags.append(
            f"地区层级不同（{LEVEL_NAMES.get(target.level, target.level)}/{LEVEL_NAMES.get(bench.level, bench.level)}）"
        )
    approx = [v.qualifier for v in (t, b) if v.approximate]
    if approx:
        flags.append(f"含约数（{'、'.join(dict.fromkeys(approx))}）")
    return flags


def ratio_phrase(ratio: float) -> str:
    """为对标地区的7.8%，相差约12.8倍 — the wording of 对标 briefs."""
    if ratio <= 0:
        return "为零"
    if abs(ratio - 1) < 0.005:
        return "与对标地区基本持平"
    if ratio < 0.5:
        return f"为对标地区的{ratio * 100:.1f}%，相差约{1 / ratio:.1f}倍"
    if ratio < 1:
        return f"为对标地区的{ratio * 100:.1f}%，低{(1 - ratio) * 100:.1f}%"
    if ratio < 2:
        return f"为对标地区的{ratio:.2f}倍，高出{(ratio - 1) * 100:.1f}%"
    return f"为对标地区的{ratio:.1f}倍"


def mark_best(rows: list[Row]) -> list[Row]:
    """With several benchmarks, mark the highest value per row (lowest for ranks)."""
    return [with_best(row) for row in rows]


def with_best(row: Row) -> Row:
    valued = [c for c in row.cells if c.benchmark is not None]
    if len(valued) < 2:
        return row
    pick = min if row.kind == "rank" else max
    best = pick(valued, key=lambda c: c.benchmark.value)  # type: ignore[union-attr]  # filtered above
    return replace(row, cells=[replace(c, best=True) if c is best else c for c in row.cells])


def dimension_order(rows: list[Row]) -> list[str]:
    """The dimensions in data/dimensions.txt order; one missing there still shows, before 其他指标."""
    order = [d for d in lexicon.words("dimensions.txt") if d != OTHER_DIMENSION]
    extra = sorted({r.dimension for r in rows} - set(order) - {OTHER_DIMENSION})
    return [*order, *extra, OTHER_DIMENSION]


def group_dimensions(rows: list[Row], target: Region, order: list[str]) -> list[Dimension]:
    out = []
    for name in order:
        members = [r for r in rows if r.dimension == name]
        if members:
            members.sort(key=lambda r: (not r.comparable, r.target is None, r.label))
            out.append(Dimension(name, members, finding(name, members, target)))
    return out


def computed_gaps(rows: list[Row]) -> list[tuple[float, Row, Cell]]:
    """(shortfall, row, cell) for every computed comparison, largest gap first.

    Shortfall is the ratio for totals and target/benchmark for shares, so both sort together.
    """
    gaps = [(c.ratio, r, c) for r in rows for c in r.cells if c.ratio is not None]
    return sorted(gaps, key=lambda g: g[0])


def gap_sentence(row: Row, cell: Cell, target: Region) -> str:
    t, b = row.target, cell.benchmark
    assert t is not None and b is not None, "a computed gap has both values"
    return f"{row.label}：{target.name}{t.text}，{b.region}{b.text}，{cell.phrase}"


def placed_apart(rows: list[Row]) -> list[tuple[float, Row, Cell]]:
    """(places behind, row, cell) for every pair of places in one ranking, furthest behind first."""
    pairs = [(c.places, r, c) for r in rows for c in r.cells if c.places is not None]
    return sorted(pairs, key=lambda p: -p[0])


def finding(name: str, rows: list[Row], target: Region) -> str:
    """One finding per dimension, from the numbers."""
    gaps = computed_gaps(rows)
    if gaps:
        ratio, row, cell = gaps[0]
        if ratio < 1:
            return f"{name}方面差距最大的是{gap_sentence(row, cell, target)}。"
        return f"{name}方面，{target.name}不低于对标地区：{gap_sentence(row, cell, target)}。"
    if apart := placed_apart(rows):
        return f"{name}方面，{gap_sentence(apart[0][1], apart[0][2], target)}。"
    flagged = unique([r.label for r in rows])
    return (
        f"{name}方面，{'、'.join(flagged[:4])}{places(rows)}均有数据，但口径或期间不同，未直接计算差距（见表中标注）。"
    )


def places(rows: list[Row]) -> str:
    """两地 for one benchmark, 三地 for two, 多地 for more."""
    count = len(rows[0].cells) + 1 if rows else 2
    return {2: "两地", 3: "三地"}.get(count, "多地")


def unique(labels: list[str]) -> list[str]:
    """Each label once: a rank and a total of one indicator share their label."""
    return list(dict.fromkeys(labels))


def key_findings(rows: list[Row], missing: list[Row], target: Region) -> list[str]:
    """The largest gaps, in numbers; then what could not be compared, and what is missing."""
    out = [gap_sentence(r, c, target) + "。" for ratio, r, c in computed_gaps(rows) if ratio < 1][:4]
    out += [gap_sentence(r, c, target) + "。" for behind, r, c in placed_apart(rows) if behind > 0][:2]
    blocked = unique([r.label for r in rows if not r.comparable])
    if blocked:
        out.append(f"{'、'.join(blocked[:4])}等指标{places(rows)}口径或期间不同，仅列数值、未计算比值。")
    labels = unique([r.label for r in missing])
    if labels:
        out.append(
            f"{'、'.join(labels[:5])}等{len(missing)}项指标对标地区有数据，{target.name}未见数据，列入“待补数据”清单。"
        )
    return out


def descendant_ids(corpus: Corpus, region: Region) -> list[str]:
    """The region and the regions inside it (by parent name), e.g. a district's towns and parks."""
    ids, frontier = [region.id], {region.name}
    while frontier:
        children = [r for r in corpus.regions.values() if r.parent in frontier and r.id not in ids]
        ids += [r.id for r in children]
        frontier = {r.name for r in children}
    return ids


def benchmark_practices(corpus: Corpus, region: Region) -> list[Practice]:
    """Named practices of a region and of the towns and parks inside it, the region's own first."""
    order = {rid: i for i, rid in enumerate(descendant_ids(corpus, region))}
    own = [p for p in corpus.practice_records if p.region_id in order and p.kind == "practice"]
    return sorted(own, key=lambda p: order[p.region_id])


@dataclass(frozen=True)
class DimensionWords:
    """Which practices relate to a dimension (data/dimension_practices.csv)."""

    words: tuple[str, ...]  # a practice whose name or sentence holds one of these relates to the dimension
    related: tuple[str, ...]  # dimensions whose practices may serve it next


def dimension_words() -> dict[str, DimensionWords]:
    rows = lexicon.table("dimension_practices.csv")
    split = lambda cell: tuple(w for w in (cell or "").split("|") if w)  # noqa: E731
    return {r["dimension"]: DimensionWords(split(r["words"]), split(r["related"])) for r in rows}


def practice_fit(practice: Practice, dimension: str, words: dict[str, DimensionWords]) -> int:
    """How well a practice serves a gap of `dimension`: two points for each word of the dimension in
    its name and sentence, one for each word of a related dimension; 0 when it is about neither."""
    text = practice.term + practice.evidence
    entry = words.get(dimension, DimensionWords((), ()))
    related = {w for d in entry.related for w in words.get(d, DimensionWords((), ())).words} - set(entry.words)
    return 2 * sum(w in text for w in entry.words) + sum(w in text for w in related)


def recommend(corpus: Corpus, rows: list[Row], target: Region, benchmarks: list[Region]) -> list[Recommendation]:
    """Pair each large gap with a named practice of that benchmark from the gap's dimension or a
    related one; without one, say what to look for. Each practice and each sentence is quoted once."""
    pools = {b.name: benchmark_practices(corpus, b) for b in benchmarks}
    words = dimension_words()
    used: set[str] = set()
    out: list[Recommendation] = []
    for ratio, row, cell in computed_gaps(rows):
        if ratio >= LARGE_GAP or len(out) == 6:
            break
        assert cell.benchmark is not None, "a computed gap has both values"
        bench = cell.benchmark.region
        fits = [(practice_fit(p, row.dimension, words), p) for p in pools[bench] if not {p.term, p.evidence} & used]
        best = max((f for f, _p in fits), default=0)
        gap = gap_sentence(row, cell, target)
        if best == 0:
            out.append(look_for(row, bench, gap, words))
            continue
        chosen = next(p for f, p in fits if f == best)
        used |= {chosen.term, chosen.evidence}
        where = chosen.region if chosen.region == bench else f"{bench}{chosen.region}"
        text = f"针对{row.label}的差距，借鉴{where}“{chosen.term}”的做法。"
        out.append(Recommendation(gap, chosen.term, where, chosen.evidence, chosen.doc, text))
    return out


def look_for(row: Row, bench: str, gap: str, words: dict[str, DimensionWords]) -> Recommendation:
    """A gap no practice of the benchmark relates to: name the practice and the data to collect."""
    about = "、".join(words.get(row.dimension, DimensionWords((), ())).words[:3]) or row.label
    text = (
        f"针对{row.label}的差距，语料中未见{bench}在{row.dimension}方面的具名做法，"
        f"建议收集{bench}在{about}等方面的做法，并核实两地{row.label}的同期数据。"
    )
    return Recommendation(gap, "", bench, "", "", text)
