"""The stages in order: ingest -> regions -> extract -> profiles -> compare -> render.

Functions here chain the stages for the CLI and for notebook users.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from reporter import ingest, profiles
from reporter.origins import DEFAULT_PRECEDENCE
from reporter.profiles import Corpus
from reporter.safety import safe_filename

log = logging.getLogger(__name__)

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "seeds"


def load_corpus(
    paths: list[str | Path] | None = None,
    overrides: str | Path | None = None,
    data: str | Path | None = None,
    warn: Callable[[str], None] | None = None,
    cache: bool = False,
    cache_dir: str | Path | None = None,
    strict: bool = False,
) -> Corpus:
    """Ingest and extract every document under `paths` (default: the seed corpus),
    then merge official statistics (`data`) and apply a person's corrections
    (`overrides`), in that order; see reporter.review. Their warnings go to
    `warn`, else to `Corpus.warnings`. With `cache`, extractions are reused from
    disk by document content hash (reporter.cache), as the CLI does.

    A file that cannot be read is skipped: `Corpus.skipped` names it with its
    reason and a warning says so once; with `strict` it is an error instead.
    """
    result = ingest.ingest_paths(list(paths) if paths else [DEFAULT_CORPUS])
    if strict:
        result.require_all()
    docs = result.documents
    if cache:
        from reporter import cache as extraction_cache

        extractions, _hits = extraction_cache.extract_all(docs, Path(cache_dir) if cache_dir else None)
    else:
        from reporter.extract import extract_document  # only without the cache: jieba and the grammar load here

        extractions = [extract_document(d) for d in docs]
    corpus = profiles.build_corpus(extractions, result.skipped)
    warn = warn or corpus.warnings.append
    for warning in result.warnings:
        warn(warning)
    if data is None and overrides is None:
        return corpus
    from reporter import review

    if data is not None:
        corpus = review.apply_statistics(corpus, data, warn)
    if overrides is not None:
        corpus = review.apply_overrides(corpus, overrides, warn)
    return corpus


def file_name(corpus: Corpus, region) -> str:
    """The region's name, or its full name when another region of the corpus has the same name
    (the two 鼓楼区 must not write the same file)."""
    same = [r for r in corpus.regions.values() if r.name == region.name and r.id != region.id]
    return region.full_name if same else region.name


def warn_thin(corpus: Corpus, comparison) -> None:
    """Say on stderr when the brief can compare nothing: a brief that looks complete would mislead."""
    target = comparison.target
    rows = [r for d in comparison.dimensions for r in d.rows]
    if target.id not in corpus.region_ids_with_facts():
        log.warning("目标地区%s在语料中没有任何数字: 简报只能列出对标地区的数据。", target.name)
    elif not any(r.target is not None and any(c.benchmark for c in r.cells) for r in rows):
        log.warning("目标地区%s与对标地区没有共同的指标: 简报中没有可比较的差距。", target.name)


def brief_basename(target: str, benchmarks: list[str]) -> str:
    """A file name safe for any region name: no separators, no '..', bounded length."""
    return safe_filename(f"{target}-对标-{'-'.join(benchmarks)}")


def make_brief(
    corpus: Corpus,
    target: str,
    benchmarks: list[str],
    out_dir: str | Path = "output",
    formats: tuple[str, ...] = ("html", "pdf"),
    template: str = "brief.html",
    user_templates: str | Path | None = None,
    variables: dict[str, str] | None = None,
    precedence: tuple[str, ...] | None = None,
    basename: str | None = None,
) -> list[Path]:
    """Compare `target` with `benchmarks` and write the brief; return the paths written.

    `precedence` orders origins when a region has several values for one
    indicator and period (default: corrected, statistics, text).
    `basename` overrides the file name (without suffix), e.g. to keep batch rows apart.
    """
    from reporter import compare, render

    target_region, bench_regions = compare.resolve_pair(corpus, target, benchmarks)
    precedence = precedence or DEFAULT_PRECEDENCE
    comparison = compare.compare(corpus, target_region, bench_regions, precedence)
    warn_thin(corpus, comparison)
    context = render.build_context(corpus, comparison, variables, precedence)
    html = render.render_html(context, template, user_templates)
    out = Path(out_dir)
    base = basename or brief_basename(file_name(corpus, target_region), [file_name(corpus, b) for b in bench_regions])
    stem = Path(render.TEMPLATE_NAMES.get(template, template)).stem
    if not basename and stem != "brief":  # a second template must not overwrite the full brief
        base = f"{base}-{stem}"
    written = []
    if "html" in formats:
        render.write_text(out / f"{base}.html", html)
        written.append(out / f"{base}.html")
    if "pdf" in formats:
        dirs = [Path(user_templates)] if user_templates else []
        render.write_pdf(html, out / f"{base}.pdf", dirs + [render.BUILTIN_TEMPLATES])
        written.append(out / f"{base}.pdf")
    return written
