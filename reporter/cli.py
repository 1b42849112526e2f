"""The `reporter` command: a thin click layer over the pipeline stages."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from reporter.errors import ReporterError

CORPUS_HELP = "语料文件或目录, 可重复; 默认使用内置 seeds/ 语料。"


class DebugGroup(click.Group):
    """Shows user errors as one line; unexpected ones too, unless --debug."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (ReporterError, click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except OSError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            raise ReporterError(f"文件操作失败: {exc.strerror or exc} ({exc.filename or ''})") from exc


@click.group(cls=DebugGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="出错时显示完整的 Python 调用栈 (show tracebacks).")
@click.version_option(package_name="reporter")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """reporter: 从中文区域发展文章生成“对标先进找差距”简报。

    \b
    常用流程:
      reporter regions seeds/                      查看语料中的地区及其角色
      reporter extract seeds/ --format csv         导出每个数字及其原句
      reporter brief --target 西双版纳州 --benchmark 松江区
                                                   生成 HTML 和 PDF 简报到 output/
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


@main.command()
@click.option("--target", "-t", required=True, help="目标地区 (要找差距的一方), 如 西双版纳州、如东县。")
@click.option("--benchmark", "-b", "benchmarks", multiple=True, required=True, help="对标地区, 可重复, 如 松江区。")
@click.option("--corpus", "-c", "corpus", multiple=True, type=click.Path(), help=CORPUS_HELP)
@click.option("-o", "--output", "out_dir", default="output", show_default=True, type=click.Path(), help="输出目录。")
@click.option(
    "--format", "fmt", type=click.Choice(["html", "pdf", "both"]), default="both", show_default=True, help="输出格式。"
)
@click.option("--template", default="brief.html", show_default=True, help="模板名: brief.html (完整简报)。")
@click.option("--templates", "user_templates", type=click.Path(), help="用户模板目录, 先于内置模板查找。")
def brief(target, benchmarks, corpus, out_dir, fmt, template, user_templates):
    """生成目标地区对标一个或多个先进地区的简报 (HTML 和 PDF)。

    地区名可用简称或全称: 西双版纳 / 西双版纳州 / 西双版纳傣族自治州。
    """
    from reporter.pipeline import load_corpus, make_brief

    formats = ("html", "pdf") if fmt == "both" else (fmt,)
    corpus_data = load_corpus(list(corpus) or None)
    paths = make_brief(corpus_data, target, list(benchmarks), out_dir, formats, template, user_templates)
    for path in paths:
        click.echo(str(path))


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("-o", "--output", "out_file", type=click.Path(), help="写入文件; 默认打印到标准输出。")
def extract(paths, fmt, out_file):
    """导出每个数字: 地区、指标、数值、单位、期间、限定词、类型和原句。

    列: doc, region, indicator, value, unit, period, qualifier, kind, evidence, full_name, …
    """
    from reporter.pipeline import load_corpus
    from reporter.profiles import facts_table

    corpus = load_corpus(list(paths) or None)
    table = facts_table(corpus)
    text = table.to_csv(index=False) if fmt == "csv" else json.dumps(profile_json(corpus), ensure_ascii=False, indent=1)
    emit(text, out_file)


def profile_json(corpus) -> dict:
    """Full profile per region: facts, industries (with their strategic emerging
    industry category), practices with their sentence, keywords, sources."""
    from reporter.profiles import facts_table
    from reporter.segment import keywords

    facts = facts_table(corpus)
    out = {}
    for rid, region in corpus.regions.items():
        rf = facts[corpus.facts["region_id"] == rid]
        pr = corpus.practices[corpus.practices["region_id"] == rid]
        if rf.empty and pr.empty:
            continue
        industries = pr[pr["kind"] == "industry"].drop_duplicates("term")
        sentences = list(dict.fromkeys([*rf["evidence"], *pr["evidence"]]))
        out[region.name] = {
            "full_name": region.full_name,
            "level": region.level,
            "parent": region.parent,
            "facts": rf.to_dict("records"),
            "industries": industries[["term", "category", "evidence", "doc"]].to_dict("records"),
            "practices": pr[pr["kind"] == "practice"][["term", "evidence", "doc"]].to_dict("records"),
            "keywords": keywords("\n".join(sentences), 10, exclude=(region.name, *region.aliases)),
            "sources": sorted(set(rf["doc"]) | set(pr["doc"])),
        }
    return {"regions": out}


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["table", "csv"]), default="table", show_default=True)
def regions(paths, fmt):
    """列出语料中的地区: 层级、上级、在各文档中的角色 (home/benchmark/mentioned) 和数字个数。"""
    from reporter.pipeline import load_corpus
    from reporter.profiles import regions_table

    corpus = load_corpus(list(paths) or None)
    table = regions_table(corpus).drop(columns=["id"])
    if fmt == "csv":
        click.echo(table.to_csv(index=False), nl=False)
    else:
        click.echo(table.to_string(index=False))
    for warning in corpus.warnings:
        click.echo(f"警告: {warning}", err=True)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--show-noise", is_flag=True, help="同时列出被丢弃的网页噪声行。")
def ingest(paths, show_noise):
    """读取文档并显示正文识别结果: id、标题、日期、来源、正文长度、丢弃的行数。"""
    from reporter.ingest import load_documents
    from reporter.pipeline import DEFAULT_CORPUS

    for doc in load_documents(list(paths) or [DEFAULT_CORPUS]):
        click.echo(
            f"{doc.name}\tid={doc.id}\t标题={doc.title}\t日期={doc.date or '-'}\t来源={doc.source or '-'}"
            f"\t正文={len(doc.body)}字\t丢弃={len(doc.dropped)}行"
        )
        if show_noise:
            for line in doc.dropped:
                click.echo(f"    - {line[:100]}")


def emit(text: str, out_file: str | None) -> None:
    if out_file:
        from reporter.render import write_text

        write_text(Path(out_file), text)
        click.echo(f"已写入 {out_file}", err=True)
    else:
        sys.stdout.write(text)
