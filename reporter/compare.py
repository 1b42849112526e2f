"""Compare: align a target's indicators with each benchmark's, normalise units,
compute ratio and difference, phrase them in Chinese, and flag what would mislead.

A comparison is computed only between values of the same kind (level with
level, share with share); a target (goal) is never compared with an actual.
Where the target has no value the row says 未见数据 and nothing is estimated.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reporter import lexicon, taxonomy
from reporter.corpus import Corpus
from reporter.errors import RegionError
from reporter.gazetteer import data_lines
from reporter.models import Region
from reporter.origins import DEFAULT_PRECEDENCE

if TYPE_CHECKING:
    import pandas as pd

MONEY_TO_YI = {"元": 1e-8, "万元": 1e-4, "亿元": 1.0, "万亿元": 1e4}
AREA_TO_KM2 = {"平方公里": 1.0, "亩": 1 / 1500}
# 户 and 家 both count enterprises; merged only for indicators whose taxonomy
# unit is one of them, so 户 (households) elsewhere stays apart.
FIRM_UNITS = {"户", "家"}
APPROX_QUALIFIERS = ("超过", "近", "约", "逾", "不少于", "余", "多", "左右", "以上")
LEADING_QUALIFIERS = ("超过", "近", "约", "逾", "高达", "不少于")
POINT_UNITS = ("%", "个百分点")
LEVEL_RANK = lexicon.level_tiers()
LEVEL_NAMES = lexicon.level_labels()
LARGE_GAP = 0.8  # target below 80% of the benchmark: a gap worth a recommendation
# How a number's region was decided, as 数据来源 says it.
BASIS_NOTES = {
    "clause": "原句点明地区",
    "list": "按并列列举对应",
    "carried": "沿用前文地区",
    "home": "按文档所属地区",
    "title": "按标题或署名的地区",
    "main": "按文档主要介绍的地区",
}
KIND_NAMES = lexicon.kind_labels()
OTHER_DIMENSION = "其他指标"


@dataclass
class Value:
    """One region's value for one row, with the fact it comes from."""

    region: str
    value: float  # in the row's display unit
    unit: str
    raw: str  # the number as written in the source sentence
    period: str
    qualifier: str
    kind: str
    fact_id: str
    doc: str
    evidence: str
    origin: str = "text"
    others: list[str] = field(default_factory=list)  # other values for the same indicator, noted
    source_no: int = 0  # number in the 数据来源 appendix, set by render
    basis: str = ""  # how the fact's region was decided (models.Fact.basis)

    @property
    def inferred(self) -> bool:
        """The sentence does not name the region: it was inferred from the context."""
        return self.basis in BASIS_NOTES and self.basis != "clause"

    @property
    def basis_note(self) -> str:
        return BASIS_NOTES.get(self.basis, "")

    @property
    def approximate(self) -> bool:
        return self.qualifier in APPROX_QUALIFIERS

    @property
    def text(self) -> str:
        """The value as the brief prints it: 超过4000亿元, 20%（左右）."""
        lead = self.qualifier if self.qualifier in LEADING_QUALIFIERS else ""
        tail = f"（{self.qualifier}）" if self.qualifier and not lead and self.approximate else ""
        return f"{lead}{fmt(self.value)}{self.unit}{tail}"


@dataclass
class Cell:
    """A benchmark's side of a row and how the target compares with it.

    `ratio` is None whenever the comparison would mislead; `phrase` then says why.
    """

    benchmark: Value | None
    ratio: float | None
    phrase: str
    flags: list[str]
    best: bool = False
    diff: float | None = None  # percentage points, for shares and rates


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

    @property
    def kind_name(self) -> str:
        return KIND_NAMES.get(self.kind, self.kind)

    @property
    def kind_note(self) -> str:
        """（增长） after a label, unless the label already says it or the row is a total."""
        name = self.kind_name
        return "" if self.kind == "level" or name in self.label else f"（{name}）"


@dataclass
class Dimension:
    name: str
    rows: list[Row]
    finding: str
    chart: str = ""  # SVG, set by render
    figure: int = 0  # figure number of the chart, set by render


@dataclass
class Recommendation:
    gap: str  # the gap in words, with both numbers
    practice: str  # the practice's name as written in the source
    benchmark: str  # the region the practice belongs to
    evidence: str  # the sentence that names the practice
    doc: str
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
    with_facts = corpus.region_ids_with_facts()
    exact.sort(key=lambda r: (r.id not in with_facts, len(r.full_name)))
    distinct = {r.full_name: r for r in exact if r.full_name != name}
    if len(distinct) > 1 and not any(r.full_name == name for r in exact):
        # 鼓楼区 of 南京 and of 福州: never pick one silently.
        raise RegionError(f"地区名“{name}”有多个 (ambiguous region): {' / '.join(sorted(distinct))}。请用全称指定。")
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


def display_value(fact: Mapping, unit_hint: str = "") -> tuple[float, str]:
    """Money in the taxonomy's unit (亿元 unless it says 万元), area in 平方公里,
    户 and 家 as one enterprise count in the taxonomy's unit, everything else as written."""
    unit = fact["unit"]
    if unit in MONEY_TO_YI:
        shown = unit_hint if unit_hint in MONEY_TO_YI else "亿元"
        return fact["value"] * MONEY_TO_YI[unit] / MONEY_TO_YI[shown], shown
    if unit in AREA_TO_KM2 and fact["kind"] == "level":
        return fact["value"] * AREA_TO_KM2[unit], "平方公里"
    if unit in FIRM_UNITS and unit_hint in FIRM_UNITS:
        return fact["value"], unit_hint
    return fact["value"], unit


def period_key(period: str) -> int:
    m = re.search(r"(20\d\d|19\d\d)", period or "")
    if m:
        return int(m.group(1))
    plans = {"十二五": 2015, "十三五": 2020, "十四五": 2025}
    return plans.get(period, 0)


def same_period(a: str, b: str) -> bool:
    norm = lambda p: (p or "").replace("年", "").replace("“", "").replace("”", "").strip()  # noqa: E731
    return norm(a) == norm(b)


def pick_value(
    facts: Iterable[Mapping] | pd.DataFrame,
    region: str,
    unit_hint: str = "",
    precedence: tuple[str, ...] = DEFAULT_PRECEDENCE,
) -> Value | None:
    """The most recent value, by origin `precedence` within a period; the others are kept and noted.

    `facts` are one region's fact records for one row (a slice of Corpus.facts works too).
    """
    rows = facts.to_dict("records") if hasattr(facts, "to_dict") else list(facts)
    if not rows:
        return None
    rank = {origin: i for i, origin in enumerate(precedence)}
    # sorted() is stable: among equals the corpus order decides, as before.
    ordered = sorted(rows, key=lambda f: (-period_key(f["period"]), rank.get(f.get("origin", "text"), len(rank))))
    first = ordered[0]
    value, unit = display_value(first, unit_hint)
    others = []
    for r in ordered[1:]:
        v, u = display_value(r, unit_hint)
        if (v, u, r["period"]) != (value, unit, first["period"]):  # the same number from another article
            others.append(f"{fmt(v)}{u}（{r['period'] or '期间未注明'}）")
    return Value(
        region=region,
        value=value,
        unit=unit,
        raw=first["raw"],
        period=first["period"],
        qualifier=first["qualifier"] or "",
        kind=first["kind"],
        fact_id=first["id"],
        doc=first["doc"],
        evidence=first["evidence"],
        origin=first.get("origin", "text"),
        others=capped(list(dict.fromkeys(others))),
        basis=first.get("basis") or "",
    )


MAX_OTHERS = 5  # other values shown in a cell; a corpus of many copies once made one cell 21,000 characters


def capped(others: list[str]) -> list[str]:
    """The first MAX_OTHERS values, then how many there are in all (等N项)."""
    if len(others) <= MAX_OTHERS:
        return others
    return [*others[:MAX_OTHERS], f"等{len(others)}项"]


def fmt(x: float) -> str:
    if x == int(x):
        return f"{int(x)}"
    if abs(x) >= 1000:
        return f"{x:.1f}"
    return f"{x:.4g}"


def compare(
    corpus: Corpus, target: Region, benchmarks: list[Region], precedence: tuple[str, ...] = DEFAULT_PRECEDENCE
) -> Comparison:
    """Rows of target vs benchmarks per (indicator, kind), grouped into dimensions."""
    indicators = taxonomy.by_id()
    grouped = group_facts(corpus, [target, *benchmarks])
    goals = {
        indicator for (indicator, kind), by_region in grouped.items() if kind == "target" and target.id in by_region
    }
    rows, target_rows = [], []
    for (indicator, kind), by_region in grouped.items():
        if kind == "multiple":
            continue
        label, dimension = row_label(indicator, indicators)
        hint = indicators[indicator].unit if indicator in indicators else ""
        t = pick_value(by_region.get(target.id, []), target.name, hint, precedence)
        goal = kind != "target" and t is None and indicator in goals
        cells = []
        for b in benchmarks:
            bv = pick_value(by_region.get(b.id, []), b.name, hint, precedence)
            cell = make_cell(t, bv, target, b)
            if goal and bv is not None:
                cell.flags.append("目标地区仅有目标值，不与实际值比较")
            cells.append(cell)
        row = Row(indicator, label, dimension, kind, t, cells)
        if kind == "target":
            target_rows.append(row)
        elif any(c.benchmark for c in cells):
            rows.append(row)
    mark_best(rows)
    dimensions = group_dimensions(rows, target)
    return Comparison(
        target=target,
        benchmarks=benchmarks,
        dimensions=dimensions,
        targets=sorted(target_rows, key=lambda r: r.label),
        recommendations=recommend(corpus, rows, target, benchmarks),
        key_findings=key_findings(rows, target),
    )


def group_facts(corpus: Corpus, regions: list[Region]) -> dict[tuple[str, str], dict[str, list[dict]]]:
    """The regions' facts by (indicator, kind), then by region id, in corpus order."""
    ids = {r.id for r in regions}
    grouped: dict[tuple[str, str], dict[str, list[dict]]] = {}
    for fact in corpus.fact_records:
        if fact["region_id"] in ids:
            by_region = grouped.setdefault((fact["indicator"], fact["kind"]), {})
            by_region.setdefault(fact["region_id"], []).append(fact)
    return grouped


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


def point_phrase(diff: float) -> str:
    if abs(diff) < 1e-9:
        return "与对标地区持平"
    return f"{'高出' if diff > 0 else '低'}{fmt(round(abs(diff), 2))}个百分点"


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


def mark_best(rows: list[Row]) -> None:
    """With several benchmarks, mark the highest value per row (lowest for ranks)."""
    for row in rows:
        valued = [c for c in row.cells if c.benchmark is not None]
        if len(valued) > 1:
            pick = min if row.kind == "rank" else max
            pick(valued, key=lambda c: c.benchmark.value).best = True  # type: ignore[union-attr]  # filtered above


def dimension_order(rows: list[Row]) -> list[str]:
    """The dimensions in data/dimensions.txt order; one missing there still shows, before 其他指标."""
    order = [d for d in data_lines("dimensions.txt") if d != OTHER_DIMENSION]
    extra = sorted({r.dimension for r in rows} - set(order) - {OTHER_DIMENSION})
    return [*order, *extra, OTHER_DIMENSION]


def group_dimensions(rows: list[Row], target: Region) -> list[Dimension]:
    out = []
    for name in dimension_order(rows):
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


def finding(name: str, rows: list[Row], target: Region) -> str:
    """One finding per dimension, from the numbers."""
    gaps = computed_gaps(rows)
    if gaps:
        ratio, row, cell = gaps[0]
        if ratio < 1:
            return f"{name}方面差距最大的是{gap_sentence(row, cell, target)}。"
        return f"{name}方面，{target.name}不低于对标地区：{gap_sentence(row, cell, target)}。"
    flagged = unique([r.label for r in rows if r.target is not None and any(c.benchmark for c in r.cells)])
    if flagged:
        return f"{name}方面，{'、'.join(flagged[:4])}{places(rows)}均有数据，但口径或期间不同，未直接计算差距（见表中标注）。"
    missing = unique([r.label for r in rows if r.target is None])
    return f"{name}方面，对标地区有{'、'.join(missing[:4])}等数据，{target.name}未见数据。"


def places(rows: list[Row]) -> str:
    """两地 for one benchmark, 各地 for several."""
    return "两地" if not rows or len(rows[0].cells) <= 1 else "各地"


def unique(labels: list[str]) -> list[str]:
    """Each label once: a rank and a total of one indicator share their label."""
    return list(dict.fromkeys(labels))


def key_findings(rows: list[Row], target: Region) -> list[str]:
    """The largest gaps, in numbers; then what could not be compared."""
    out = [gap_sentence(r, c, target) + "。" for ratio, r, c in computed_gaps(rows) if ratio < 1][:4]
    blocked = unique([r.label for r in rows if r.target is not None and not r.comparable])
    if blocked:
        out.append(f"{'、'.join(blocked[:4])}等指标{places(rows)}口径或期间不同，仅列数值、未计算比值。")
    missing = unique([r.label for r in rows if r.target is None])
    if missing:
        out.append(f"{'、'.join(missing[:5])}等{len(missing)}项指标对标地区有数据，{target.name}未见数据。")
    return out


def descendant_ids(corpus: Corpus, region: Region) -> list[str]:
    """The region and the regions inside it (by parent name), e.g. a district's towns and parks."""
    ids, frontier = [region.id], {region.name}
    while frontier:
        children = [r for r in corpus.regions.values() if r.parent in frontier and r.id not in ids]
        ids += [r.id for r in children]
        frontier = {r.name for r in children}
    return ids


def benchmark_practices(corpus: Corpus, region: Region) -> list[dict]:
    """Named practices of a region and of the towns and parks inside it, the region's own first."""
    order = {rid: i for i, rid in enumerate(descendant_ids(corpus, region))}
    own = [p for p in corpus.practice_records if p["region_id"] in order and p["kind"] == "practice"]
    return sorted(own, key=lambda p: order[p["region_id"]])


def recommend(corpus: Corpus, rows: list[Row], target: Region, benchmarks: list[Region]) -> list[Recommendation]:
    """Pair each large gap with a named practice of that benchmark found in the corpus."""
    pools = {b.name: benchmark_practices(corpus, b) for b in benchmarks}
    used: set[str] = set()
    out = []
    for ratio, row, cell in computed_gaps(rows):
        if ratio >= LARGE_GAP:
            break
        assert cell.benchmark is not None, "a computed gap has both values"
        candidates = [p for p in pools[cell.benchmark.region] if p["term"] not in used]
        if not candidates:
            continue
        chosen = best_practice(candidates, row)
        used.add(chosen["term"])
        where = (
            chosen["region"]
            if chosen["region"] == cell.benchmark.region
            else f"{cell.benchmark.region}{chosen['region']}"
        )
        gap = gap_sentence(row, cell, target)
        out.append(
            Recommendation(
                gap=gap,
                practice=chosen["term"],
                benchmark=where,
                evidence=chosen["evidence"],
                doc=chosen["doc"],
                text=f"针对{row.label}的差距，借鉴{where}“{chosen['term']}”的做法。",
            )
        )
    return out[:6]


def best_practice(candidates: list[dict], row: Row) -> dict:
    """The practice whose sentence shares most characters with the gap's indicator and dimension (the first on ties)."""
    words = set(row.label) | set(row.dimension)
    return max(candidates, key=lambda p: len(words & set(p["evidence"])))
