"""Compare: align a target's indicators with each benchmark's, normalise units,
compute ratio and difference, phrase them in Chinese, and flag what would mislead.

A comparison is computed only between values of the same kind (level with
level, share with share); a target (goal) is never compared with an actual.
Where the target has no value the row says 未见数据 and nothing is estimated.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

import pandas as pd

from reporter import taxonomy
from reporter.errors import RegionError
from reporter.models import Region
from reporter.profiles import Corpus

MONEY_TO_YI = {"元": 1e-8, "万元": 1e-4, "亿元": 1.0, "万亿元": 1e4}
AREA_TO_KM2 = {"平方公里": 1.0, "亩": 1 / 1500}
COMPARABLE_KINDS = ("level", "share", "growth", "change", "rank")
KIND_NAMES = {
    "level": "总量",
    "share": "占比",
    "growth": "增长",
    "change": "变化",
    "rank": "排名",
    "target": "目标",
    "multiple": "倍数",
}
OTHER_DIMENSION = "其他指标"
# Several values for one region, indicator and period: hand corrections first,
# then official statistics, then numbers read from text (reporter.review).
DEFAULT_PRECEDENCE = ("corrected", "statistics", "text")
DIMENSION_ORDER = [
    "产业规模",
    "产业结构",
    "企业主体",
    "创新能力",
    "投资与项目",
    "空间载体",
    "亩均效益",
    OTHER_DIMENSION,
]


@dataclass
class Value:
    """One region's value for one row, with the fact it comes from."""

    region: str
    value: float  # in the row's display unit
    unit: str
    raw: str
    period: str
    qualifier: str
    kind: str
    fact_id: str
    doc: str
    evidence: str
    origin: str = "text"
    others: list[str] = field(default_factory=list)  # other values for the same indicator
    source_no: int = 0  # number in the 数据来源 appendix, set by render


@dataclass
class Cell:
    """A benchmark's side of a row and how the target compares with it."""

    benchmark: Value | None
    ratio: float | None
    phrase: str
    flags: list[str]
    best: bool = False


@dataclass
class Row:
    indicator: str
    label: str
    dimension: str
    kind: str
    target: Value | None
    cells: list[Cell]

    @property
    def comparable(self) -> bool:
        return any(c.ratio is not None for c in self.cells)


@dataclass
class Dimension:
    name: str
    rows: list[Row]
    finding: str
    chart: str = ""  # SVG, set by render


@dataclass
class Recommendation:
    gap: str
    practice: str
    benchmark: str
    evidence: str
    text: str


@dataclass
class Comparison:
    target: Region
    benchmarks: list[Region]
    dimensions: list[Dimension]
    targets: list[Row]  # goals stated for either side, shown apart from actuals
    recommendations: list[Recommendation]
    key_findings: list[str]


def resolve_region(corpus: Corpus, name: str) -> Region:
    """A region of the corpus by any of its names; RegionError lists the nearest ones."""
    name = name.strip()
    exact = [r for r in corpus.regions.values() if name in (r.name, r.full_name, *r.aliases)]
    if not exact:
        exact = [r for r in corpus.regions.values() if len(name) >= 2 and r.full_name.endswith(name)]
    with_facts = set(corpus.facts["region_id"])
    exact.sort(key=lambda r: (r.id not in with_facts, len(r.full_name)))
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


def display_value(fact: pd.Series) -> tuple[float, str]:
    """Money in 亿元, area in 平方公里, counts as written; the unit shown in tables."""
    unit = fact["unit"]
    if unit in MONEY_TO_YI:
        return fact["value"] * MONEY_TO_YI[unit], "亿元"
    if unit in AREA_TO_KM2 and fact["kind"] == "level":
        return fact["value"] * AREA_TO_KM2[unit], "平方公里"
    return fact["value"], unit


def period_key(period: str) -> int:
    m = re.search(r"(20\d\d|19\d\d)", period or "")
    if m:
        return int(m.group(1))
    plans = {"十二五": 2015, "十三五": 2020, "十四五": 2025}
    return plans.get(period, 0)


def pick_value(facts: pd.DataFrame, region: str, precedence: tuple[str, ...] = DEFAULT_PRECEDENCE) -> Value | None:
    """The most recent value, by origin `precedence` within a period; the others are kept and noted."""
    if facts.empty:
        return None
    rank = {origin: i for i, origin in enumerate(precedence)}
    ordered = facts.assign(
        _key=facts["period"].map(period_key), _rank=facts["origin"].map(lambda o: rank.get(o, len(rank)))
    ).sort_values(["_key", "_rank"], ascending=[False, True], kind="stable")
    first = ordered.iloc[0]
    value, unit = display_value(first)
    others = [
        f"{fmt(display_value(r)[0])}{display_value(r)[1]}({r['period'] or '期间未注明'})"
        for _, r in ordered.iloc[1:].iterrows()
    ]
    return Value(
        region=region,
        value=value,
        unit=unit,
        raw=first["raw"],
        period=first["period"],
        qualifier=first["qualifier"],
        kind=first["kind"],
        fact_id=first["id"],
        doc=first["doc"],
        evidence=first["evidence"],
        origin=first.get("origin", "text"),
        others=others,
    )


def fmt(x: float) -> str:
    if x == int(x):
        return f"{int(x):,}".replace(",", "")
    return f"{x:.4g}" if abs(x) < 1000 else f"{x:.1f}"


def compare(
    corpus: Corpus, target: Region, benchmarks: list[Region], precedence: tuple[str, ...] = DEFAULT_PRECEDENCE
) -> Comparison:
    facts = corpus.facts
    indicators = taxonomy.by_id()
    keys = facts[facts["region_id"].isin([target.id, *[b.id for b in benchmarks]])][["indicator", "kind"]]
    keys = keys.drop_duplicates().itertuples(index=False)
    rows, target_rows = [], []
    for indicator, kind in keys:
        if kind == "multiple":
            continue
        label, dimension = row_label(indicator, indicators)
        sel = facts[(facts["indicator"] == indicator) & (facts["kind"] == kind)]
        t = pick_value(sel[sel["region_id"] == target.id], target.name, precedence)
        cells = []
        for b in benchmarks:
            bv = pick_value(sel[sel["region_id"] == b.id], b.name, precedence)
            cells.append(make_cell(t, bv, target, b))
        row = Row(indicator, label, dimension, kind, t, cells)
        if kind == "target":
            target_rows.append(row)
        elif any(c.benchmark for c in cells):
            rows.append(row)
    mark_best(rows)
    dimensions = group_dimensions(rows, target, benchmarks)
    return Comparison(
        target=target,
        benchmarks=benchmarks,
        dimensions=dimensions,
        targets=target_rows,
        recommendations=recommend(corpus, rows, benchmarks),
        key_findings=key_findings(rows, target),
    )


def row_label(indicator: str, indicators: dict) -> tuple[str, str]:
    if indicator in indicators:
        return indicators[indicator].name, indicators[indicator].dimension
    return indicator.split(":", 1)[-1], OTHER_DIMENSION


def make_cell(t: Value | None, b: Value | None, target: Region, bench: Region) -> Cell:
    if b is None:
        return Cell(None, None, "对标地区未见数据", [])
    if t is None:
        return Cell(b, None, "未见数据", [])
    flags = comparison_flags(t, b, target, bench)
    if t.unit != b.unit or b.kind in ("target", "rank") or b.value == 0:
        return Cell(b, None, "不宜直接比较" if t.unit != b.unit else "", flags)
    ratio = t.value / b.value
    return Cell(b, ratio, phrase(t, b, ratio), flags)


def comparison_flags(t: Value, b: Value, target: Region, bench: Region) -> list[str]:
    flags = []
    if t.period != b.period:
        flags.append(f"期间不同({t.period or '未注明'} / {b.period or '未注明'})")
    if (target.level == "park") != (bench.level == "park") or {target.level, bench.level} == {"town", "prefecture"}:
        flags.append("地区层级不同")
    if t.qualifier or b.qualifier:
        flags.append("含约数")
    if t.kind == "target" or b.kind == "target":
        flags.append("目标值, 非实际值")
    return flags


def phrase(t: Value, b: Value, ratio: float) -> str:
    if t.unit in ("%", "个百分点") and t.kind in ("share", "growth", "change"):
        diff = t.value - b.value
        if abs(diff) < 1e-9:
            return "与对标地区持平"
        return f"{'高出' if diff > 0 else '低'}{fmt(round(abs(diff), 2))}个百分点"
    if ratio < 1:
        return f"为对标地区的{ratio * 100:.1f}%, 相差约{1 / ratio:.1f}倍" if ratio > 0 else "为零"
    if abs(ratio - 1) < 0.005:
        return "与对标地区持平"
    return f"为对标地区的{ratio:.1f}倍"


def mark_best(rows: list[Row]) -> None:
    """With several benchmarks, mark the highest value per row."""
    for row in rows:
        valued = [c for c in row.cells if c.benchmark is not None]
        if len(valued) > 1:
            max(valued, key=lambda c: c.benchmark.value).best = True


def group_dimensions(rows: list[Row], target: Region, benchmarks: list[Region]) -> list[Dimension]:
    out = []
    for name in DIMENSION_ORDER:
        members = [r for r in rows if r.dimension == name]
        if members:
            members.sort(key=lambda r: (not r.comparable, r.label))
            out.append(Dimension(name, members, finding(name, members, target)))
    return out


def finding(name: str, rows: list[Row], target: Region) -> str:
    gaps = [(c.ratio, r, c) for r in rows for c in r.cells if c.ratio is not None and r.kind == "level"]
    if gaps:
        ratio, row, cell = min(gaps, key=lambda g: g[0])
        if ratio < 1:
            return (
                f"{name}方面差距最大的是{row.label}: {target.name}{fmt(row.target.value)}{row.target.unit}, "
                f"{cell.benchmark.region}{fmt(cell.benchmark.value)}{cell.benchmark.unit}, {cell.phrase}。"
            )
        return f"{name}方面, {target.name}的{row.label}不低于对标地区({cell.phrase})。"
    missing = [r.label for r in rows if r.target is None]
    if missing:
        return f"{name}方面, 对标地区有{'、'.join(missing[:4])}等数据, {target.name}未见可比数据。"
    return f"{name}方面暂无可直接比较的同类数据。"


def key_findings(rows: list[Row], target: Region) -> list[str]:
    gaps = sorted(
        ((c.ratio, r, c) for r in rows for c in r.cells if c.ratio is not None and c.ratio < 1 and r.kind == "level"),
        key=lambda g: g[0],
    )
    out = []
    for _ratio, row, cell in gaps[:3]:
        out.append(
            f"{row.label}: {target.name}{fmt(row.target.value)}{row.target.unit}, "
            f"{cell.benchmark.region}{fmt(cell.benchmark.value)}{cell.benchmark.unit}, {cell.phrase}。"
        )
    return out


def recommend(corpus: Corpus, rows: list[Row], benchmarks: list[Region]) -> list[Recommendation]:
    """Pair each large gap with a named practice of the benchmark found in the corpus."""
    practices = corpus.practices
    bench_ids = [b.id for b in benchmarks]
    pool = practices[(practices["region_id"].isin(bench_ids)) & (practices["kind"] == "practice")]
    if pool.empty:
        return []
    gaps = sorted(
        ((c.ratio, r, c) for r in rows for c in r.cells if c.ratio is not None and c.ratio < 0.8),
        key=lambda g: g[0],
    )
    used: set[str] = set()
    out = []
    for _ratio, row, cell in gaps:
        candidates = pool[~pool["term"].isin(used)]
        if candidates.empty:
            break
        related = candidates[candidates["evidence"].str.contains(row.label[:2], regex=False)]
        chosen = (related if not related.empty else candidates).iloc[0]
        used.add(chosen["term"])
        out.append(
            Recommendation(
                gap=f"{row.label}({cell.phrase})",
                practice=chosen["term"],
                benchmark=chosen["region"],
                evidence=chosen["evidence"],
                text=f"针对{row.label}的差距, 借鉴{chosen['region']}“{chosen['term']}”的做法。",
            )
        )
    return out[:6]
