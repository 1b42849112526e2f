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
    """Full profile per region: facts, industries, practices, sources."""
    from reporter.profiles import facts_table

    facts = facts_table(corpus)
    out = {}
    for rid, region in corpus.regions.items():
        rf = facts[corpus.facts["region_id"] == rid]
        pr = corpus.practices[corpus.practices["region_id"] == rid]
        if rf.empty and pr.empty:
            continue
        out[region.name] = {
            "full_name": region.full_name,
            "level": region.level,
            "parent": region.parent,
            "facts": rf.to_dict("records"),
            "industries": sorted(set(pr[pr["kind"] == "industry"]["term"])),
            "practices": pr[pr["kind"] == "practice"][["term", "evidence", "doc"]].to_dict("records"),
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


@main.command()
@click.argument("pairs", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False), help="输出目录。")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="并行进程数; 默认为 CPU 核数。")
@click.option("--template", default="brief.html", show_default=True, help="未在表中指定模板的行所用的模板。")
@click.option(
    "--templates",
    "user_templates",
    type=click.Path(exists=True, file_okay=False),
    help="用户模板目录, 先于内置模板查找。",
)
@click.option("--force", is_flag=True, help="全部重新生成, 即使输入未变。")
@click.option("--keep-going", is_flag=True, help="跳过无效行, 照常生成其余简报 (无效行记入清单)。")
@click.option("--corpus", "-c", "corpus", multiple=True, type=click.Path(), help=CORPUS_HELP)
@click.option("--auto", is_flag=True, help="不用 PAIRS: 语料中每个本地地区对标其文章所提的先进地区。")
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="在 Dask 集群上运行, 如 tcp://10.0.0.5:8786; 工作节点须能访问输出目录与模板目录。",
)
@click.option("--cache-dir", type=click.Path(file_okay=False), help="抽取结果缓存目录; 默认 ~/.cache/reporter。")
@click.option(
    "--format", "fmt", type=click.Choice(["html", "pdf", "both"]), default="both", show_default=True, help="输出格式。"
)
@click.pass_context
def batch(
    ctx, pairs, out_dir, jobs, template, user_templates, force, keep_going, corpus, auto, scheduler, cache_dir, fmt
):
    """按 PAIRS 表 (CSV、XLSX 或 YAML) 批量生成简报, 每行一份, 并行、可续跑。

    \b
    PAIRS 每行: target (目标地区), benchmarks (对标地区, 多个用 、 ; | 分隔),
    可选 template (模板) 与模板变量列 (标题、副标题、发文单位、作者、日期、密级、编号)。
    先检查全部行 (地区、模板、变量), 有错则全部列出并以退出码 2 结束。
    输入 (语料、模板文件、变量、程序版本) 未变的简报不再生成; --force 全部重做。
    输出目录中写 manifest.csv 与 index.html; 有失败的简报时退出码为 1。
    """
    from reporter.batch import BatchOptions, failure_lines, run_batch, summary_text

    if bool(pairs) == auto:
        raise click.UsageError("请给出 PAIRS 文件或 --auto, 二者选一 (give PAIRS or --auto).")
    options = BatchOptions(
        out_dir=Path(out_dir),
        pairs=Path(pairs) if pairs else None,
        auto=auto,
        jobs=jobs,
        template=template,
        user_templates=Path(user_templates) if user_templates else None,
        force=force,
        keep_going=keep_going,
        corpus=list(corpus),
        cache_dir=Path(cache_dir) if cache_dir else None,
        scheduler=scheduler,
        formats=("html", "pdf") if fmt == "both" else (fmt,),
    )
    summary = run_batch(options)
    for line in failure_lines(summary):
        click.echo(f"失败: {line}", err=True)
    click.echo(summary_text(summary))
    if summary.interrupted:
        click.echo("已中断; 再次运行同一命令即可续跑 (interrupted; run again to resume).", err=True)
    ctx.exit(summary.exit_code)
