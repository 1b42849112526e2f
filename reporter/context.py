"""Context: what a brief's templates read, built from a Corpus and a Comparison.

The stage between compare and render: it numbers the values the tables show for
the 数据来源 appendix, draws the charts, gathers each benchmark's practices and
industries, and fills the house-style variables. It writes no file and sets up no
template environment (see reporter.render).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from markupsafe import Markup

from reporter import charts
from reporter.compare import benchmark_practices, computed_gaps, places, shown_values
from reporter.config import VARIABLES
from reporter.corpus import Corpus, citation
from reporter.models import KIND_NAMES, BriefContext, Comparison, Dimension, Row, Source, Value
from reporter.origins import DEFAULT_PRECEDENCE, origin_statement, precedence_sentence


def today() -> str:
    d = date.today()
    return f"{d.year}年{d.month}月{d.day}日"


def build_context(
    corpus: Corpus,
    comparison: Comparison,
    variables: dict[str, str] | None = None,
    precedence: tuple[str, ...] = DEFAULT_PRECEDENCE,
) -> BriefContext:
    """What the templates read, in three steps: number every value the tables show (数据来源),
    draw the charts, then gather the rest. `comparison` is left as it was: the context holds
    copies of its rows that carry the source numbers and of its dimensions that carry the charts."""
    variables = {**VARIABLES, **(variables or {})}
    sources, numbers = cite_sources(corpus, comparison)
    dimensions = charted(comparison, numbers)
    summary_rows = key_rows(dimensions)
    names = [b.name for b in comparison.benchmarks]
    title = variables["标题"] or f"{comparison.target.name}对标{'、'.join(names)}找差距分析简报"
    return BriefContext(
        title=title,
        subtitle=variables["副标题"],
        date=variables["日期"] or today(),
        target=comparison.target,
        benchmarks=comparison.benchmarks,
        key_findings=comparison.key_findings,
        practices=practices_by_region(corpus, comparison),
        industries=industries_by_region(corpus, comparison),
        dimensions=dimensions,
        goals=numbered(comparison.goals, numbers),
        recommendations=comparison.recommendations,
        sources=sources,
        overview_chart=Markup(charts.overview_chart(comparison)),
        key_rows=summary_rows,
        key_sources=sources_of(summary_rows, sources),
        variables=variables,
        documents=[
            {"name": d.name, "title": d.citation, "date": d.date, "source": d.source} for d in corpus.documents.values()
        ],
        skipped_documents=[{"name": s.name, "reason": s.reason} for s in corpus.skipped],
        inferred_count=sum(1 for s in sources if s.basis),
        has_flags=any(c.flags for d in comparison.dimensions for r in d.rows for c in r.cells),
        data_origin=origin_statement([s.origin for s in sources], [s.doc for s in sources]),
        precedence=precedence_sentence(precedence),
        missing=numbered(comparison.missing, numbers),
        target_only=numbered(comparison.target_only, numbers),
        warnings=comparison.warnings,
        places=places([*(r for d in comparison.dimensions for r in d.rows), *comparison.missing]),
    )


def cite_sources(corpus: Corpus, comparison: Comparison) -> tuple[list[Source], dict[str, int]]:
    """Number every value shown in a table, once per fact, in order of appearance:
    the 数据来源 entries, and each fact's number by fact id."""
    sources: list[Source] = []
    by_fact: dict[str, int] = {}

    def cite(value: Value | None, label: str) -> None:
        if value is None or value.fact_id in by_fact:
            return
        doc = corpus.documents.get(value.doc)
        kind = KIND_NAMES.get(value.kind, value.kind)
        by_fact[value.fact_id] = len(sources) + 1
        sources.append(
            Source(
                no=len(sources) + 1,
                region=value.region,
                label=label if value.kind == "level" or kind in label else f"{label}（{kind}）",
                value=value.text,
                raw=value.raw,
                doc=value.doc,
                title=citation(corpus, value.doc),
                date=doc.date if doc else "",
                evidence=value.evidence,
                origin=value.origin,
                basis=value.basis_note if value.inferred else "",
                url=doc.url if doc else "",
            )
        )

    for row, value in shown_values(comparison):
        cite(value, row.label)
    return sources, by_fact


def numbered(rows: list[Row], numbers: dict[str, int]) -> list[Row]:
    """Copies of `rows` whose shown values carry their 数据来源 number (Value.source_no)."""
    return [numbered_row(row, numbers) for row in rows]


def numbered_row(row: Row, numbers: dict[str, int]) -> Row:
    def number(value: Value | None) -> Value | None:
        return None if value is None else replace(value, source_no=numbers[value.fact_id])

    cells = [replace(c, benchmark=number(c.benchmark)) for c in row.cells]
    if row.target is not None:  # the target column shows `target_shown`: the row's own value, else the other kind's
        return replace(row, target=number(row.target), cells=cells)
    return replace(row, target_other=number(row.target_other), cells=cells)


def charted(comparison: Comparison, numbers: dict[str, int]) -> list[Dimension]:
    """The dimensions with numbered rows and their charts; 图1 is the overview chart, the others follow."""
    out = []
    figure = 1
    for dim in comparison.dimensions:
        chart = Markup(charts.dimension_chart(dim, comparison))  # SVG made here, text escaped by matplotlib
        if chart:
            figure += 1
        out.append(replace(dim, rows=numbered(dim.rows, numbers), chart=chart, figure=figure if chart else 0))
    return out


def key_rows(dimensions: list[Dimension], limit: int = 6) -> list[Row]:
    """The rows for a one-page summary: computed gaps first (largest first), then rows with both values."""
    rows = [r for d in dimensions for r in d.rows]
    computed = [r for _ratio, r, _c in computed_gaps(rows)]
    both = [r for r in rows if r.target is not None]
    out: list[Row] = []
    for row in computed + both:
        if all(row is not seen for seen in out):
            out.append(row)
    return out[:limit]


def sources_of(rows: list[Row], sources: list[Source]) -> list[Source]:
    """The appendix entries cited by `rows`, for a page that shows only some rows."""
    cited = {v.source_no for r in rows for v in [r.target, *(c.benchmark for c in r.cells)] if v is not None}
    return [s for s in sources if s.no in cited]


def practices_by_region(corpus: Corpus, comparison: Comparison) -> dict[str, list[dict]]:
    """Each benchmark's named practices, its towns' and parks' included (named as such): one entry
    per sentence, with every practice the sentence names ("6+X" and "1+4+X" are quoted once)."""
    out = {}
    for b in comparison.benchmarks:
        by_sentence: dict[str, dict] = {}
        for p in benchmark_practices(corpus, b):
            entry = by_sentence.setdefault(
                p.evidence,
                {
                    "terms": [],
                    "region": p.region,
                    "evidence": p.evidence,
                    "doc": p.doc,
                    "title": citation(corpus, p.doc),
                },
            )
            if p.term not in entry["terms"] and not any(p.term in e["terms"] for e in by_sentence.values()):
                entry["terms"].append(p.term)
        out[b.name] = [e for e in by_sentence.values() if e["terms"]]
    return out


def industries_by_region(corpus: Corpus, comparison: Comparison) -> dict[str, list[str]]:
    out = {}
    for region in [comparison.target, *comparison.benchmarks]:
        terms = (p.term for p in corpus.practice_records if p.region_id == region.id and p.kind == "industry")
        out[region.name] = list(dict.fromkeys(terms))
    return out
