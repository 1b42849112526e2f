"""The stages in order: ingest -> regions -> extract -> profiles -> compare -> render.

Functions here chain the stages for the CLI and for notebook users.
"""

from __future__ import annotations

import re
from pathlib import Path

from reporter import extract, ingest, profiles
from reporter.profiles import Corpus

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "seeds"


def load_corpus(paths: list[str | Path] | None = None) -> Corpus:
    """Ingest and extract every document under `paths` (default: the seed corpus)."""
    docs = ingest.load_documents(list(paths) if paths else [DEFAULT_CORPUS])
    return profiles.build_corpus([extract.extract_document(d) for d in docs])


def load_corpus_cached(paths: list[str | Path] | None = None, cache_dir: str | Path | None = None) -> Corpus:
    """Like `load_corpus`, but reuse extractions cached on disk by document content hash."""
    from reporter import cache

    docs = ingest.load_documents(list(paths) if paths else [DEFAULT_CORPUS])
    extractions, _hits = cache.extract_all(docs, Path(cache_dir) if cache_dir else None)
    return profiles.build_corpus(extractions)


def brief_basename(target: str, benchmarks: list[str]) -> str:
    """A file name safe for any region name: no separators, no '..', bounded length."""
    raw = f"{target}-对标-{'-'.join(benchmarks)}"
    safe = re.sub(r"[^\w\u4e00-\u9fff\-]+", "_", raw).strip("._-") or "brief"
    return safe[:80]


def make_brief(
    corpus: Corpus,
    target: str,
    benchmarks: list[str],
    out_dir: str | Path = "output",
    formats: tuple[str, ...] = ("html", "pdf"),
    template: str = "brief.html",
    user_templates: str | Path | None = None,
    variables: dict[str, str] | None = None,
    basename: str | None = None,
) -> list[Path]:
    """Compare `target` with `benchmarks` and write the brief; return the paths written.

    `basename` overrides the file name (without suffix), e.g. to keep batch rows apart.
    """
    from reporter import compare, render

    target_region = compare.resolve_region(corpus, target)
    bench_regions = [compare.resolve_region(corpus, b) for b in benchmarks]
    comparison = compare.compare(corpus, target_region, bench_regions)
    context = render.build_context(corpus, comparison, variables)
    html = render.render_html(context, template, user_templates)
    out = Path(out_dir)
    base = basename or brief_basename(target_region.name, [b.name for b in bench_regions])
    written = []
    if "html" in formats:
        render.write_text(out / f"{base}.html", html)
        written.append(out / f"{base}.html")
    if "pdf" in formats:
        dirs = [Path(user_templates)] if user_templates else []
        render.write_pdf(html, out / f"{base}.pdf", dirs + [render.BUILTIN_TEMPLATES])
        written.append(out / f"{base}.pdf")
    return written
