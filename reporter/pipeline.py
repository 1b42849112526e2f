"""The stages in order: ingest -> regions -> extract -> profiles -> compare -> render.

Functions here chain the stages for the CLI and for notebook users:
`load_corpus` (ingest, extract, statistics, corrections), `brief` (compare and
render to HTML, returned as a `Brief` that writes itself), `make_brief` (both
written to files, as the commands do).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from reporter import corpus as corpus_tables
from reporter import gazetteer, ingest, taxonomy
from reporter.corpus import Corpus
from reporter.errors import RegionError, ReporterError
from reporter.models import DocExtraction, Document
from reporter.origins import DEFAULT_PRECEDENCE
from reporter.resources import SEED_CORPUS
from reporter.safety import safe_filename

if TYPE_CHECKING:
    import pandas as pd

    from reporter.config import Settings
    from reporter.context import BriefContext

log = logging.getLogger(__name__)

DEFAULT_CORPUS = SEED_CORPUS


def load_corpus(
    paths: str | Path | list[str | Path] | None = None,
    overrides: str | Path | None = None,
    data: str | Path | None = None,
    warn: Callable[[str], None] | None = None,
    cache: bool = False,
    cache_dir: str | Path | None = None,
    strict: bool = False,
    indicators: str | Path | None = None,
    homes: Mapping[str, str] | None = None,
) -> Corpus:
    """Ingest and extract every document under `paths` (default: the seed corpus),
    then merge official statistics (`data`) and apply a person's corrections
    (`overrides`), in that order; see reporter.review. Their warnings go to
    `warn`, else to `Corpus.warnings`. With `cache`, extractions are reused from
    disk by document content hash (reporter.cache), as the CLI does.

    `indicators` is a user CSV that adds or replaces indicators (taxonomy.read_user_file):
    extraction uses it, the corpus keeps it (`Corpus.indicators`) for the briefs made from
    it, and nothing else in the process sees it.

    `homes` maps a file (its name, or its path as given) to the document's own region
    (沅陵县, 南京市鼓楼区), for a text that only ever says 我县: its numbers go there.

    A file that cannot be read is skipped: `Corpus.skipped` names it with its
    reason and a warning says so once; with `strict` it is an error instead.
    """
    if isinstance(paths, str | Path):
        paths = [paths]  # one folder or file, not a string's characters
    result = ingest.ingest_paths(list(paths) if paths else [DEFAULT_CORPUS])
    if strict:
        result.require_all()
    docs = declare_homes(result.documents, homes or {})
    user = taxonomy.read_user_file(Path(indicators)) if indicators else ()
    with taxonomy.extended(user):
        extractions = extract_all(docs, cache, cache_dir, taxonomy.fingerprint(user))
    log.info("语料: 读取 %d 篇, 跳过 %d 篇", len(docs), len(result.skipped))
    corpus = corpus_tables.build_corpus(extractions, result.skipped)
    corpus.indicators = user
    if warn is None:
        warn = corpus.warnings.append
    else:
        for warning in corpus.warnings:  # what extraction doubts (unnamed home, ambiguous names)
            warn(warning)
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


def declare_homes(docs: list[Document], homes: Mapping[str, str]) -> list[Document]:
    """The documents with the home the user declared for them; a file or region that
    cannot be found, or a region name that several divisions have, is an error."""
    codes = {}
    for file, name in homes.items():
        found = home_codes(name)
        if not found:
            raise RegionError(
                f"--home {file}={name}: 找不到地区“{name}”(unknown region)。请写行政区划或园区名, 如 沅陵县、南京市鼓楼区、渭南高新区。"
            )
        if len(found) > 1:
            full = " / ".join(gazetteer.full_name_of(gazetteer.load(), c) for c in found)
            raise RegionError(f"--home {file}={name}: 地区名“{name}”有多个 (ambiguous region): {full}。请用全称指定。")
        matches = [d for d in docs if file in (d.name, d.path) or d.path.endswith(f"/{file}")]
        if not matches:
            names = "、".join(d.name for d in docs[:8]) + ("…" if len(docs) > 8 else "")
            raise RegionError(f"--home {file}={name}: 语料中没有文件“{file}”(unknown document)。语料中的文件: {names}")
        codes.update({d.path: found[0] for d in matches})
    return [replace(d, home=codes[d.path]) if d.path in codes else d for d in docs]


def home_codes(name: str) -> list[str]:
    """What a declared home may be: the divisions of that name, else a park named whole."""
    return gazetteer.division_codes(name) or park_home(name)


def park_home(name: str) -> list[str]:
    """A park's name, whole (渭南高新区), as a home: ["park:渭南高新区"]; else []."""
    from reporter.parks import find_parks

    return [f"park:{name}"] if [(s, e) for s, e, _ in find_parks(name)] == [(0, len(name))] else []


def extract_all(docs: list[Document], cache: bool, cache_dir: str | Path | None, salt: str) -> list[DocExtraction]:
    """Every document's extraction, through the disk cache when `cache` (keyed also by `salt`)."""
    if cache:
        from reporter import cache as extraction_cache
        from reporter.files import default_cache_dir

        extractions, hits = extraction_cache.extract_all(docs, Path(cache_dir) if cache_dir else None, salt)
        log.info("抽取缓存: %d 篇中 %d 篇命中 (%s)", len(docs), hits, cache_dir or default_cache_dir())
        return extractions
    from reporter.extract import extract_document  # only without the cache: jieba and the grammar load here

    return [extract_document(d) for d in docs]


def corpus_for(settings: Settings, warn: Callable[[str], None] | None = None, corrected: bool = True) -> Corpus:
    """The corpus as the settings describe it, extractions cached (what every command reads).

    `corrected=False` leaves the corrections out, for a command that applies them itself.
    """
    return load_corpus(
        list(settings.corpus) or None,
        overrides=settings.overrides if corrected else None,
        data=settings.data,
        warn=warn,
        cache=True,
        cache_dir=settings.cache_dir,
        strict=settings.strict,
        indicators=settings.indicators,
        homes=dict(settings.homes),
    )


def file_name(corpus: Corpus, region) -> str:
    """The region's name, or its full name when another region of the corpus has the same name
    (the two 鼓楼区 must not write the same file)."""
    same = [r for r in corpus.regions.values() if r.name == region.name and r.id != region.id]
    return region.full_name if same else region.name


def check_warnings(comparison, warn: Callable[[str], None] | None, strict: bool) -> None:
    """Say on stderr (or to `warn`) what makes the brief thinner than it looks; with `strict`, refuse it."""
    if strict and comparison.warnings:
        raise ReporterError("简报有警告, 按 --strict 未生成 (refused): " + " ".join(comparison.warnings))
    for warning in comparison.warnings:
        (warn or log.warning)(warning)


def brief_basename(target: str, benchmarks: list[str]) -> str:
    """A file name safe for any region name: no separators, no '..', bounded length."""
    return safe_filename(f"{target}-对标-{'-'.join(benchmarks)}")


@dataclass(frozen=True)
class Brief:
    """A brief rendered to HTML: `context` is what the template saw, `html` what it wrote.

    `write_html` and `write_pdf` write atomically (no half-written file) and return the path.
    In a notebook the brief shows itself (`_repr_html_`).
    """

    context: BriefContext
    html: str
    name: str  # a safe file name without suffix, e.g. 西双版纳州-对标-松江区
    template_dirs: tuple[Path, ...]  # user folder (if any), then the built-in templates

    def write_html(self, path: str | Path) -> Path:
        from reporter.files import write_text

        write_text(Path(path), self.html)
        return Path(path)

    def write_pdf(self, path: str | Path, warn: Callable[[str], None] | None = None) -> Path:
        from reporter.pdf import write_pdf

        write_pdf(self.html, Path(path), list(self.template_dirs), warn)
        return Path(path)

    def write_collect(self, base: str | Path) -> list[Path]:
        """`base`-待补数据.xlsx and .csv: the target's missing values, in the --data format (may be none)."""
        from reporter.collect import write_collect

        return write_collect(self.context.target, self.context.missing, Path(base))

    def _repr_html_(self) -> str:
        return self.html


def brief(
    corpus: Corpus,
    target: str,
    benchmarks: str | list[str],
    *,
    template: str = "brief.html",
    templates: str | Path | None = None,
    variables: dict[str, str] | None = None,
    prefer: str = "statistics",
) -> Brief:
    """Compare `target` with `benchmarks` and render the brief, without writing a file.

    `template` is brief.html (the full brief) or summary.html (one page) or a template of the
    user folder `templates`; `variables` are house-style variables (发文单位, 日期, …);
    `prefer` is "statistics" or "text" (which wins for one period; corrections always first).
    Unknown regions, templates or variables raise a ReporterError whose message says what to do.
    """
    from reporter.config import check_variables
    from reporter.origins import precedence_for

    names = [benchmarks] if isinstance(benchmarks, str) else list(benchmarks)
    checked = check_variables(variables or {}, "variables")
    return render_brief(corpus, target, names, template, templates, checked, precedence_for(prefer))


def render_brief(
    corpus: Corpus,
    target: str,
    benchmarks: list[str],
    template: str = "brief.html",
    user_templates: str | Path | None = None,
    variables: dict[str, str] | None = None,
    precedence: tuple[str, ...] | None = None,
    warn: Callable[[str], None] | None = None,
    strict: bool = False,
) -> Brief:
    """The brief rendered; its warnings go to `warn` (else the log), or with `strict` raise."""
    from reporter import compare, context, render

    target_region, bench_regions = compare.resolve_pair(corpus, target, benchmarks)
    precedence = precedence or DEFAULT_PRECEDENCE
    comparison = compare.compare(corpus, target_region, bench_regions, precedence)
    check_warnings(comparison, warn, strict)
    brief_context = context.build_context(corpus, comparison, variables, precedence)
    html = render.render_html(brief_context, template, user_templates)
    name = brief_basename(file_name(corpus, target_region), [file_name(corpus, b) for b in bench_regions])
    stem = Path(render.TEMPLATE_NAMES.get(template, template)).stem
    if stem != "brief":  # a second template must not overwrite the full brief
        name = f"{name}-{stem}"
    dirs = (Path(user_templates),) if user_templates else ()
    return Brief(brief_context, html, name, (*dirs, render.BUILTIN_TEMPLATES))


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
    warn: Callable[[str], None] | None = None,
    strict: bool = False,
) -> list[Path]:
    """Compare `target` with `benchmarks` and write the brief, and beside it the
    待补数据 list (.xlsx and .csv, in the `--data` format); return the paths written.

    `precedence` orders origins when a region has several values for one
    indicator and period (default: corrected, statistics, text).
    `basename` overrides the file name (without suffix), e.g. to keep batch rows apart.
    The brief's warnings (Comparison.warnings, and files the PDF could not use) go to `warn`
    (the run's Diagnostics), else to the log; with `strict` they are an error and nothing is written.
    """
    rendered = render_brief(
        corpus, target, benchmarks, template, user_templates, variables, precedence, warn=warn, strict=strict
    )
    out = Path(out_dir)
    base = basename or rendered.name
    written = []
    if "html" in formats:
        written.append(rendered.write_html(out / f"{base}.html"))
    if "pdf" in formats:
        written.append(rendered.write_pdf(out / f"{base}.pdf", warn))
    return written + rendered.write_collect(out / base)


def profiles(corpus: Corpus) -> pd.DataFrame:
    """Every number of the corpus, one row each: region, indicator, value, unit, period,
    qualifier, kind, the sentence (evidence), its document and origin (原文摘录/统计数据/人工校正);
    the table `reporter extract` and `reporter profiles export` write."""
    from reporter.corpus import facts_table

    return facts_table(corpus)
