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

from markupsafe import Markup

from reporter import charts, review
from reporter.compare import DEFAULT_PRECEDENCE, Comparison, Row, Value, fmt
from reporter.errors import TemplateError
from reporter.profiles import Corpus
from reporter.safety import safe_fetcher

log = logging.getLogger("reporter")
BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
TEMPLATE_NAMES = {"brief": "brief.html", "简报": "summary.html", "summary": "summary.html"}
VARIABLES = {
    "发文单位": "",
    "作者": "",
    "日期": "",
    "密级": "",
    "编号": "",
    "标题": "",
    "副标题": "",
}


@dataclass
class Source:
    no: int
    region: str
    label: str
    value: str
    doc: str
    title: str
    date: str
    evidence: str
    origin: str


@dataclass
class BriefContext:
    """Everything a template sees; documented in docs/templates.md."""

    title: str
    subtitle: str
    date: str
    target: object
    benchmarks: list
    key_findings: list[str]
    practices: dict[str, list[dict]]
    industries: dict[str, list[str]]
    dimensions: list
    targets: list
    recommendations: list
    sources: list[Source]
    overview_chart: str
    variables: dict[str, str] = field(default_factory=dict)
    documents: list[dict] = field(default_factory=list)
    data_origin: str = "数据均摘自语料原文"  # where the numbers come from (text, statistics, corrections)
    precedence: str = ""  # the rule that picks among several values, stated in 数据来源


def build_context(
    corpus: Corpus,
    comparison: Comparison,
    variables: dict[str, str] | None = None,
    precedence: tuple[str, ...] = DEFAULT_PRECEDENCE,
) -> BriefContext:
    variables = {**VARIABLES, **(variables or {})}
    sources: list[Source] = []
    by_fact: dict[str, int] = {}

    def cite(value: Value | None, label: str) -> None:
        if value is None:
            return
        if value.fact_id not in by_fact:
            doc = corpus.documents.get(value.doc)
            by_fact[value.fact_id] = len(sources) + 1
            sources.append(
                Source(
                    no=len(sources) + 1,
                    region=value.region,
                    label=label,
                    value=f"{value.qualifier if value.qualifier in ('超过', '近', '约', '逾', '高达', '不少于') else ''}"
                    f"{fmt(value.value)}{value.unit}",
                    doc=value.doc,
                    title=doc.title if doc else value.doc,
                    date=doc.date if doc else "",
                    evidence=value.evidence,
                    origin=value.origin,
                )
            )
        value.source_no = by_fact[value.fact_id]

    rows: list[Row] = [r for d in comparison.dimensions for r in d.rows] + comparison.targets
    for row in rows:
        cite(row.target, row.label)
        for cell in row.cells:
            cite(cell.benchmark, row.label)
    for dim in comparison.dimensions:
        dim.chart = Markup(charts.dimension_chart(dim, comparison))  # SVG made here, text escaped by matplotlib
    names = [comparison.target.name] + [b.name for b in comparison.benchmarks]
    title = variables["标题"] or f"{comparison.target.name}对标{'、'.join(names[1:])}找差距分析简报"
    return BriefContext(
        title=title,
        subtitle=variables["副标题"],
        date=variables["日期"] or date.today().strftime("%Y年%m月%d日").replace("年0", "年").replace("月0", "月"),
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
        variables=variables,
        documents=[
            {"name": d.name, "title": d.title, "date": d.date, "source": d.source} for d in corpus.documents.values()
        ],
        data_origin=review.origin_statement([s.origin for s in sources], [s.title for s in sources]),
        precedence=review.precedence_sentence(precedence),
    )


def practices_by_region(corpus: Corpus, comparison: Comparison) -> dict[str, list[dict]]:
    out = {}
    for b in comparison.benchmarks:
        df = corpus.practices[(corpus.practices["region_id"] == b.id) & (corpus.practices["kind"] == "practice")]
        out[b.name] = [{"term": r.term, "evidence": r.evidence, "doc": r.doc} for r in df.itertuples()]
    return out


def industries_by_region(corpus: Corpus, comparison: Comparison) -> dict[str, list[str]]:
    out = {}
    for region in [comparison.target, *comparison.benchmarks]:
        df = corpus.practices[(corpus.practices["region_id"] == region.id) & (corpus.practices["kind"] == "industry")]
        out[region.name] = list(dict.fromkeys(df["term"]))
    return out


def environment(user_dir: str | Path | None = None):
    """Sandboxed Jinja2 environment: user folder, then built-in; `default:` prefix."""
    from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    builtin = FileSystemLoader(str(BUILTIN_TEMPLATES))
    loaders = [PrefixLoader({"default": builtin}, delimiter=":")]
    if user_dir:
        if not Path(user_dir).is_dir():
            raise TemplateError(f"模板目录 '{user_dir}' 不存在 (templates folder not found).")
        loaders.insert(0, FileSystemLoader(str(user_dir)))
    loaders.append(builtin)
    env = SandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = fmt
    env.filters["pct"] = lambda r: "—" if r is None else f"{r * 100:.1f}%"
    return env


def render_html(context: BriefContext, template: str = "brief.html", user_dir: str | Path | None = None) -> str:
    from jinja2 import TemplateError as JinjaTemplateError
    from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError

    name = TEMPLATE_NAMES.get(template, template)
    env = environment(user_dir)
    try:
        tpl = env.get_template(name)
        return tpl.render(**{f.name: getattr(context, f.name) for f in dataclasses.fields(context)})
    except TemplateNotFound as exc:
        raise TemplateError(f"找不到模板 '{exc.name}' (template not found).") from exc
    except TemplateSyntaxError as exc:
        raise TemplateError(f"模板语法错误 {exc.filename or exc.name}:{exc.lineno}: {exc.message}") from exc
    except UndefinedError as exc:
        raise TemplateError(f"模板变量未定义: {exc.message}") from exc
    except JinjaTemplateError as exc:
        raise TemplateError(f"模板渲染失败: {exc}") from exc


def write_pdf(html: str, target: Path, template_dirs: list[Path]) -> list[str]:
    """Write the PDF atomically; return the URLs that were refused (see safety.py)."""
    from weasyprint import HTML

    fetcher = safe_fetcher(template_dirs)
    base = template_dirs[0].resolve().as_uri() + "/"
    document = HTML(string=html, base_url=base, url_fetcher=fetcher).render()
    drop_attachments(document)
    atomic_write(target, document.write_pdf)
    for url in fetcher.refused:
        log.warning("已拒绝模板引用的资源 %s (only files inside the template folders are read)", url)
    return list(fetcher.refused)


def drop_attachments(document) -> None:
    """No embedded files: <link rel=attachment> and <a rel=attachment> are ignored."""
    document.metadata.attachments = []
    for page in document.pages:
        page.links = [link for link in page.links if link[0] != "attachment"]


def atomic_write(target: Path, write) -> None:
    """Write through a temporary file in the same folder, then rename: no half files."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~current_umask())  # mkstemp makes 0600; briefs are shared files
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(target: Path, text: str) -> None:
    atomic_write(target, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
