"""Render: a Comparison through Jinja2 templates to HTML, then WeasyPrint to PDF.

Templates are looked up in the user's folder first, then the built-in
`templates/`; `default:brief.html` always names the built-in one, so a user
template can extend it and override one block. Templates run sandboxed with
autoescape on and undefined names as errors. WeasyPrint fetches only files
inside the template folders; everything else (network, other files) is refused.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from jinja2 import BaseLoader, FileSystemLoader
from markupsafe import Markup

from reporter import charts
from reporter.cache import default_cache_dir
from reporter.compare import (
    KIND_NAMES,
    Comparison,
    Dimension,
    Recommendation,
    Row,
    Value,
    benchmark_practices,
    computed_gaps,
    fmt,
    places,
)
from reporter.config import VARIABLES
from reporter.corpus import Corpus
from reporter.errors import TemplateError
from reporter.models import Region
from reporter.origins import DEFAULT_PRECEDENCE, origin_statement, precedence_sentence
from reporter.resources import BUILTIN_TEMPLATES
from reporter.safety import safe_fetcher

log = logging.getLogger("reporter")

TEMPLATE_NAMES = {
    "brief": "brief.html",
    "简报": "summary.html",
    "summary": "summary.html",
    "红头": "redhead.html",
    "redhead": "redhead.html",
}
CN_NUMERALS = "零一二三四五六七八九十"


@dataclass
class Source:
    """One entry of the 数据来源 appendix: a number, its document and its sentence."""

    no: int
    region: str
    label: str
    value: str  # as the tables print it
    raw: str  # as the sentence writes it
    doc: str
    title: str  # 《title》, or the document's first words in quotes when it has none
    date: str
    evidence: str
    origin: str
    basis: str = ""  # how the number's region was decided, in words; "" when the sentence names it


@dataclass
class BriefContext:
    """Everything a template sees; each field is documented in docs/templates.md."""

    title: str
    subtitle: str
    date: str
    target: Region
    benchmarks: list[Region]
    key_findings: list[str]
    practices: dict[str, list[dict]]
    industries: dict[str, list[str]]
    dimensions: list[Dimension]
    targets: list[Row]
    recommendations: list[Recommendation]
    sources: list[Source]
    overview_chart: str
    key_rows: list[Row]
    key_sources: list[Source]
    variables: dict[str, str] = field(default_factory=dict)
    documents: list[dict] = field(default_factory=list)
    skipped_documents: list[dict] = field(default_factory=list)  # name, reason: corpus files not read
    inferred_count: int = 0  # numbers in the tables whose region was inferred, not named in their sentence
    has_flags: bool = False  # whether any table cell carries a ⚑ flag
    data_origin: str = "数据均摘自语料原文"  # where the numbers come from (text, statistics, corrections)
    precedence: str = ""  # the rule that picks among several values, stated in 数据来源
    missing: list[Row] = field(default_factory=list)  # 待补数据: benchmarks have a value, the target none
    target_only: list[Row] = field(default_factory=list)  # indicators only the target has (附录一)
    warnings: list[str] = field(default_factory=list)  # shown at the top of the brief (Comparison.warnings)
    places: str = "两地"  # 两地 / 三地 / 多地: how the text names the target and its benchmarks together


def today() -> str:
    d = date.today()
    return f"{d.year}年{d.month}月{d.day}日"


def build_context(
    corpus: Corpus,
    comparison: Comparison,
    variables: dict[str, str] | None = None,
    precedence: tuple[str, ...] = DEFAULT_PRECEDENCE,
) -> BriefContext:
    variables = {**VARIABLES, **(variables or {})}
    sources = cite_sources(corpus, comparison)
    figure = 1  # 图1 is the overview chart
    for dim in comparison.dimensions:
        dim.chart = Markup(charts.dimension_chart(dim, comparison))  # SVG made here, text escaped by matplotlib
        if dim.chart:
            figure += 1
            dim.figure = figure
    summary_rows = key_rows(comparison)
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
        dimensions=comparison.dimensions,
        targets=comparison.targets,
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
        missing=comparison.missing,
        target_only=comparison.target_only,
        warnings=comparison.warnings,
        places=places([*(r for d in comparison.dimensions for r in d.rows), *comparison.missing]),
    )


def cite_sources(corpus: Corpus, comparison: Comparison) -> list[Source]:
    """Number every value shown in a table, once per fact, in order of appearance."""
    sources: list[Source] = []
    by_fact: dict[str, int] = {}

    def cite(value: Value | None, label: str) -> None:
        if value is None:
            return
        if value.fact_id not in by_fact:
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
                )
            )
        value.source_no = by_fact[value.fact_id]

    rows = [r for d in comparison.dimensions for r in d.rows]
    for row in rows + comparison.missing + comparison.targets + comparison.target_only:
        cite(row.target_shown, row.label)
        for cell in row.cells:
            cite(cell.benchmark, row.label)
    return sources


def key_rows(comparison: Comparison, limit: int = 6) -> list[Row]:
    """The rows for a one-page summary: computed gaps first (largest first), then rows with both values."""
    rows = [r for d in comparison.dimensions for r in d.rows]
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
                p["evidence"],
                {
                    "terms": [],
                    "region": p["region"],
                    "evidence": p["evidence"],
                    "doc": p["doc"],
                    "title": citation(corpus, p["doc"]),
                },
            )
            if p["term"] not in entry["terms"] and not any(p["term"] in e["terms"] for e in by_sentence.values()):
                entry["terms"].append(p["term"])
        out[b.name] = [e for e in by_sentence.values() if e["terms"]]
    return out


def citation(corpus: Corpus, name: str) -> str:
    """A document as the brief cites it: 《title》, else its first words in quotes, else its file name."""
    doc = corpus.documents.get(name)
    if doc is None:
        return f"《{name}》"  # statistics: the source as the data file names it
    return f"《{doc.title}》" if doc.title else f"“{doc.citation}”"


def industries_by_region(corpus: Corpus, comparison: Comparison) -> dict[str, list[str]]:
    out = {}
    for region in [comparison.target, *comparison.benchmarks]:
        terms = (p["term"] for p in corpus.practice_records if p["region_id"] == region.id and p["kind"] == "industry")
        out[region.name] = list(dict.fromkeys(terms))
    return out


def cn_numeral(n: int) -> str:
    """1 -> 一, 12 -> 十二: section numbers as official documents write them."""
    if n <= 10:
        return CN_NUMERALS[n]
    tens, ones = divmod(n, 10)
    return f"{CN_NUMERALS[tens] if tens > 1 else ''}十{CN_NUMERALS[ones] if ones else ''}"


class RecordingLoader(BaseLoader):
    """Wraps the lookup chain and records, per template name, the file that answered."""

    def __init__(self, loader: BaseLoader, folders: list[tuple[str, Path]]):
        self.loader = loader
        self.folders = folders
        self.used: dict[str, str] = {}

    def get_source(self, environment, template):
        source, filename, uptodate = self.loader.get_source(environment, template)
        self.used.setdefault(template, display_path(filename) if filename else template)
        return source, filename, uptodate

    def list_templates(self) -> list[str]:
        return self.loader.list_templates()

    def comment(self) -> str:
        """An HTML comment saying which folders were searched and which file served each name."""
        lines = ["模板查找顺序 (templates considered):"]
        lines += [f"  {label}: {folder}" for label, folder in self.folders]
        lines += [f"  {name} -> {path}" for name, path in self.used.items()]
        return "<!--\n" + "\n".join(line.replace("--", "- -") for line in lines) + "\n-->\n"


class FolderLoader(FileSystemLoader):
    """A FileSystemLoader that serves only files whose real path lies inside its folder:
    a symlink (file or subfolder) pointing elsewhere would put that file into the brief."""

    def get_source(self, environment, template):
        from jinja2.exceptions import SecurityError

        source, filename, uptodate = super().get_source(environment, template)
        real = Path(filename).resolve()
        if not any(real.is_relative_to(Path(root).resolve()) for root in self.searchpath):
            raise SecurityError(
                f"拒绝读取模板 '{template}': 它指向模板目录之外的文件 {real} (only files inside the template folders)"
            )
        return source, filename, uptodate


def environment(user_dir: str | Path | None = None):
    """Sandboxed Jinja2 environment: user folder, then built-in; `default:` prefix."""
    from jinja2 import ChoiceLoader, PrefixLoader, StrictUndefined

    from reporter.sandbox import BudgetedEnvironment

    builtin = FolderLoader(str(BUILTIN_TEMPLATES))
    loaders: list[BaseLoader] = [PrefixLoader({"default": builtin}, delimiter=":")]
    folders = [("default: 前缀 / 内置模板 (built-in)", BUILTIN_TEMPLATES)]
    if user_dir:
        if not Path(user_dir).is_dir():
            raise TemplateError(f"模板目录 '{user_dir}' 不存在 (templates folder not found).")
        loaders.insert(0, FolderLoader(str(user_dir)))
        folders.insert(0, ("用户模板 (user)", Path(user_dir).resolve()))
    loaders.append(builtin)
    env = BudgetedEnvironment(
        loader=RecordingLoader(ChoiceLoader(loaders), folders),
        bytecode_cache=bytecode_cache(),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = fmt
    env.filters["pct"] = lambda r: "—" if r is None else f"{r * 100:.1f}%"
    env.filters["cn"] = cn_numeral
    roots = [Path(user_dir)] if user_dir else []
    env.globals["asset"] = lambda name: asset_uri(name, [*roots, BUILTIN_TEMPLATES])
    return env


def asset_uri(name: str, folders: list[Path]) -> Markup:
    """A file of the template folders (a logo, an image) as a data: URI, so it shows in the HTML
    wherever it is opened and in the PDF alike; a missing file is an error that says so."""
    import base64
    import mimetypes

    for folder in folders:
        root = folder.resolve()
        path = (root / name).resolve()
        if path.is_file() and path.is_relative_to(root):
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return Markup(f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}")
    where = "、".join(str(f) for f in folders)
    raise TemplateError(f"模板引用的文件 '{name}' 不存在 (missing file)。请把它放在模板目录中: {where}")


def template_blocks(source: str) -> tuple[str | None, list[str]]:
    """The template a source extends (if any) and the blocks it defines at its top level, in order
    (a block inside another block is the outer block's own, not an override)."""
    from jinja2 import Environment, nodes

    tree = Environment().parse(source)
    extends = next(
        (n.template.value for n in tree.find_all(nodes.Extends) if isinstance(n.template, nodes.Const)), None
    )
    blocks = list(tree.find_all(nodes.Block))
    inner = {id(b) for outer in blocks for b in outer.find_all(nodes.Block)}
    return extends, [b.name for b in blocks if id(b) not in inner]


def inherited_blocks(env, name: str) -> list[str]:
    """Every block a template can override: those of the templates it extends, all the way up."""
    from jinja2 import Environment, nodes

    found: list[str] = []
    parent: str | None = name
    while parent:
        source = env.loader.get_source(env, parent)[0]
        tree = Environment().parse(source)
        found += [b.name for b in tree.find_all(nodes.Block)]
        parent = template_blocks(source)[0]
    return list(dict.fromkeys(found))


def check_overrides(env, name: str) -> None:
    """A block override that matches no block of the parent templates would be silently ignored:
    raise instead, naming the nearest block."""
    import difflib

    source, filename, _ = env.loader.get_source(env, name)
    extends, blocks = template_blocks(source)
    if not extends:
        return
    known = inherited_blocks(env, extends)
    for block in blocks:
        if block not in known:
            near = difflib.get_close_matches(block, known, n=1, cutoff=0.4)
            hint = f"最接近的块: {near[0]}" if near else f"可用的块: {'、'.join(known)}"
            raise TemplateError(
                f"模板 {display_path(filename)} 覆盖的块 '{block}' 在 {extends} 中不存在 (unknown block)，"
                f"{hint}。全部块见 `reporter templates list`。"
            )


def bytecode_cache():
    """Compiled templates on disk, next to the extraction cache: compiling the
    default templates costs about 0.1 s of every cold brief. Entries are keyed
    by the template's source, so an edited template is compiled afresh.

    Compiled templates are code that runs on the next brief, so they are kept
    only in a private cache folder (see reporter.cache.usable_dir); an entry
    that cannot be read is compiled again, one that cannot be written is not kept.
    """
    from jinja2 import FileSystemBytecodeCache

    from reporter.cache import usable_dir

    folder = default_cache_dir() / "templates"
    if not usable_dir(default_cache_dir()) or not usable_dir(folder):
        return None  # no private cache folder: templates are compiled each time

    class TolerantBytecodeCache(FileSystemBytecodeCache):
        def load_bytecode(self, bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # a truncated or damaged entry (pickle, marshal) means: compile again
                bucket.reset()

        def dump_bytecode(self, bucket) -> None:
            try:
                super().dump_bytecode(bucket)
            except OSError:
                pass  # a full or read-only cache only costs time

    return TolerantBytecodeCache(str(folder))


def render_html(context: BriefContext, template: str = "brief.html", user_dir: str | Path | None = None) -> str:
    """Render; any template problem becomes a one-line TemplateError naming file, line and name."""
    from jinja2 import TemplateError as JinjaTemplateError
    from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError

    from reporter.sandbox import render_within_budget

    name = TEMPLATE_NAMES.get(template, template)
    env = environment(user_dir)
    values = {f.name: getattr(context, f.name) for f in dataclasses.fields(context)}
    try:
        entry = env.get_template(name)  # syntax errors first, with their file and line
        check_overrides(env, name)
        html = render_within_budget(env, entry, values)
    except RecursionError as exc:
        raise TemplateError(f"模板递归过深 (recursion too deep) {template_location(exc)}") from exc
    except TemplateNotFound as exc:
        known = "、".join(entry_templates(user_dir))
        raise TemplateError(f"找不到模板 '{exc.name}' (template not found)。可用模板: {known}") from exc
    except TemplateSyntaxError as exc:
        where = f"{display_path(exc.filename or exc.name)}:{exc.lineno}"
        raise TemplateError(f"模板语法错误 (syntax error) {where}: {exc.message}") from exc
    except UndefinedError as exc:
        raise TemplateError(undefined_message(exc, context)) from exc
    except JinjaTemplateError as exc:
        where = template_location(exc)
        raise TemplateError(f"模板渲染失败 (render failed) {where}: {exc}") from exc
    head, sep, rest = html.partition("<html")
    return head + env.loader.comment() + sep + rest


def display_path(path: str | None) -> str:
    if not path:
        return "?"
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(p)


def template_location(exc: BaseException) -> str:
    """file:line of the innermost template frame of a rendering error (Jinja maps frames to template lines)."""
    import traceback

    where = ""
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        filename = frame.f_code.co_filename
        if filename.endswith((".html", ".css", ".j2", ".jinja")):
            where = f"{display_path(filename)}:{lineno}"
    return where or "?"


def known_names(context: BriefContext) -> list[str]:
    """Every name a template may use: context fields, attributes of the records, house-style keys."""
    from reporter.compare import Cell

    names = [f.name for f in dataclasses.fields(context)]
    for cls in (Region, Dimension, Row, Cell, Value, Recommendation, Source):
        names += [f.name for f in dataclasses.fields(cls)]
    return list(dict.fromkeys(names + list(VARIABLES) + ["loop", "super", "self", "varargs"]))


def undefined_message(exc: BaseException, context: BriefContext) -> str:
    import difflib
    import re

    match = re.search(
        r"'([^']+)' is undefined|has no attribute '([^']+)'|'([^']+)' 不存在|no element '?([^']+?)'?$", str(exc)
    )
    name = next((g for g in match.groups() if g), str(exc)) if match else str(exc)
    near = difflib.get_close_matches(name, known_names(context), n=3, cutoff=0.5)
    hint = f"，相近的名字 (did you mean): {'、'.join(near)}" if near else "；可用变量见 docs/templates.md"
    return f"模板变量未定义 (undefined variable) {template_location(exc)}: '{name}'{hint}"


def entry_templates(user_dir: str | Path | None = None) -> list[str]:
    """Templates that can be passed to --template: top-level .html files, built-in and user."""
    names = [p.name for p in sorted(BUILTIN_TEMPLATES.glob("*.html")) if p.name != "base.html"]
    if user_dir and Path(user_dir).is_dir():
        names += [p.name for p in sorted(Path(user_dir).glob("*.html"))]
    return list(dict.fromkeys(names))


def write_pdf(html: str, target: Path, template_dirs: list[Path]) -> list[str]:
    """Write the PDF atomically; return the URLs that were refused (see safety.py)."""
    from weasyprint import HTML

    fetcher = safe_fetcher(template_dirs)
    base = template_dirs[0].resolve().as_uri() + "/"
    document = HTML(string=html, base_url=base, url_fetcher=fetcher).render()
    drop_attachments(document)
    atomic_write(target, document.write_pdf)
    for url in fetcher.missing:
        log.warning("模板引用的文件不存在: %s (missing file)", url)
    for url in fetcher.refused:
        log.warning("已拒绝模板引用的资源 %s (only files inside the template folders are read)", url)
    return list(fetcher.refused)


def drop_attachments(document) -> None:
    """No embedded files: <link rel=attachment> and <a rel=attachment> are ignored."""
    document.metadata.attachments = []
    for page in document.pages:
        page.links = [link for link in page.links if link[0] != "attachment"]


def atomic_write(target: Path, write) -> None:
    """Write through a temporary file in the same folder, then rename: no half files.

    The temporary file's name holds the writer's pid, so a later write removes those
    that a killed process left (kill -9 during `brief` or `profiles export`)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_orphans(target.parent)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".tmp-{os.getpid()}-", suffix=target.suffix)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~current_umask())  # mkstemp makes 0600; briefs are shared files
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_orphans(folder: Path) -> None:
    """Temporary files of atomic_write whose process no longer runs."""
    for path in folder.glob(".tmp-*-*"):
        pid = path.name.split("-")[1]
        if pid.isdigit() and not process_runs(int(pid)):
            path.unlink(missing_ok=True)


def process_runs(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):  # gone, or a pid no system has
        return False
    except PermissionError:  # another user's process
        return True
    return True


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(target: Path, text: str) -> None:
    atomic_write(target, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
