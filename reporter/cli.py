"""The `reporter` command: a thin click layer over the pipeline stages."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from reporter.errors import ReporterError

CORPUS_HELP = "语料文件或目录, 可重复; 默认使用内置 seeds/ 语料。"
EXPORT_HELP = "输出文件, 格式按扩展名: .xlsx .csv .json .parquet。"
OVERRIDES_HELP = (
    "人工校正文件 (.xlsx/.csv/.yaml): 按编号修改、删除或新增事实; 可直接用 `reporter profiles export` 导出的表。"
)
DATA_HELP = "统计数据文件 (.csv/.xlsx), 列: region, indicator, value, unit, period, source。"
STRICT_HELP = "语料中有文件无法读取时报错退出 (退出码 1), 而不是跳过并警告。"
PREFER_HELP = "同一期间既有统计数据又有原文数字时优先采用哪一个; 人工校正始终最先。"


class DebugGroup(click.Group):
    """Shows user errors as one line; unexpected ones too, unless --debug."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (ReporterError, click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:  # noqa: BLE001 - the one place that turns any error into one line
            if ctx.obj and ctx.obj.get("debug"):
                raise
            if isinstance(exc, OSError):
                raise ReporterError(f"文件操作失败: {exc.strerror or exc} ({exc.filename or ''})") from exc
            raise ReporterError(
                f"内部错误 (internal error): {type(exc).__name__}: {exc}。请加 --debug 重试并报告此问题。"
            ) from exc


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
    setup_logging(debug)


def setup_logging(debug: bool) -> None:
    """Our warnings on stderr, one line each; WeasyPrint's own log only with --debug."""
    import logging

    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("警告: %(message)s"))
    logger = logging.getLogger("reporter")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.WARNING)
    logging.getLogger("weasyprint").setLevel(logging.WARNING if debug else logging.CRITICAL)
    logging.getLogger("fontTools").setLevel(logging.ERROR)


def settings_options(func):
    """Options shared by `brief` and `templates`: config file, templates folder, house style."""
    options = [
        click.option(
            "--config",
            "config",
            type=click.Path(),
            help="配置文件 (YAML); 默认读取当前目录下的 reporter.yaml (若存在)。",
        ),
        click.option("--templates", "user_templates", type=click.Path(), help="用户模板目录, 先于内置模板查找。"),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@main.command()
@click.option("--target", "-t", required=True, help="目标地区 (要找差距的一方), 如 西双版纳州、如东县。")
@click.option("--benchmark", "-b", "benchmarks", multiple=True, required=True, help="对标地区, 可重复, 如 松江区。")
@click.option("--corpus", "-c", "corpus", multiple=True, type=click.Path(), help=CORPUS_HELP)
@click.option("-o", "--output", "out_dir", default="output", show_default=True, type=click.Path(), help="输出目录。")
@click.option(
    "--format", "fmt", type=click.Choice(["html", "pdf", "both"]), default="both", show_default=True, help="输出格式。"
)
@click.option("--template", default=None, help="模板名: brief.html (完整简报, 默认) 或 summary.html (一页简报)。")
@settings_options
@click.option(
    "--vars",
    "vars_file",
    type=click.Path(),
    help="版式变量文件 (YAML): 发文单位、作者、日期、密级、编号、标题、副标题。",
)
@click.option(
    "--set", "sets", multiple=True, metavar="键=值", help="设置一个版式变量, 可重复, 如 --set 发文单位=某某局。"
)
@click.option("--overrides", type=click.Path(exists=True, dir_okay=False), help=OVERRIDES_HELP)
@click.option("--data", type=click.Path(exists=True, dir_okay=False), help=DATA_HELP)
@click.option(
    "--prefer", type=click.Choice(["statistics", "text"]), default="statistics", show_default=True, help=PREFER_HELP
)
@click.option("--strict", is_flag=True, help=STRICT_HELP)
def brief(
    target,
    benchmarks,
    corpus,
    out_dir,
    fmt,
    template,
    config,
    user_templates,
    vars_file,
    sets,
    overrides,
    data,
    prefer,
    strict,
):
    """生成目标地区对标一个或多个先进地区的简报 (HTML 和 PDF)。

    地区名可用简称或全称: 西双版纳 / 西双版纳州 / 西双版纳傣族自治州。
    """
    from reporter.config import load_settings
    from reporter.origins import precedence_for
    from reporter.pipeline import load_corpus, make_brief

    settings = load_settings(config, vars_file, sets, user_templates, template)
    formats = ("html", "pdf") if fmt == "both" else (fmt,)
    corpus_data = load_corpus(
        list(corpus) or None, overrides=overrides, data=data, warn=warn, cache=True, strict=strict
    )
    paths = make_brief(
        corpus_data,
        target,
        list(benchmarks),
        out_dir,
        formats,
        settings.template,
        settings.templates,
        settings.variables,
        precedence=precedence_for(prefer),
    )
    for path in paths:
        click.echo(str(path))


@main.group()
def templates():
    """模板: 列出、创建用户模板目录、检查模板 (see docs/templates.md)。"""


@templates.command("list")
@settings_options
def templates_list(config, user_templates):
    """列出内置模板和用户模板, 以及每个用户模板覆盖了哪些块 (blocks)。"""
    from reporter.config import load_settings
    from reporter.templates import describe_templates

    settings = load_settings(config, templates=user_templates)
    for line in describe_templates(settings.templates):
        click.echo(line)


@templates.command("init")
@click.argument("folder", type=click.Path())
def templates_init(folder):
    """在 FOLDER 创建用户模板目录: 一个覆盖标题块的示例模板和一个样式表, 均带注释。"""
    from reporter.templates import init_folder

    for path in init_folder(Path(folder)):
        click.echo(f"已创建 {path}")
    click.echo(f"使用: reporter brief -t 西双版纳州 -b 松江区 --templates {folder}")


@templates.command("check")
@click.argument("folder", type=click.Path(), required=False)
@click.option("--config", "config", type=click.Path(), help="配置文件 (YAML)。")
@click.option("--target", "-t", default="西双版纳州", show_default=True, help="检查时使用的目标地区。")
@click.option("--benchmark", "-b", "benchmarks", multiple=True, help="检查时使用的对标地区; 默认 松江区。")
@click.option("--pdf", "with_pdf", is_flag=True, help="同时排版 PDF (较慢), 检查样式表和资源。")
def templates_check(folder, config, target, benchmarks, with_pdf):
    """用种子语料渲染 FOLDER (默认: 配置文件中的模板目录) 中的每个模板并报告问题。"""
    from reporter.config import load_settings
    from reporter.templates import check_folder

    settings = load_settings(config, templates=folder)
    problems = 0
    for name, message in check_folder(
        settings.templates, target, list(benchmarks) or ["松江区"], settings.variables, with_pdf
    ):
        click.echo(f"{'通过' if not message else '问题'}  {name}{'' if not message else '  ' + message}")
        problems += bool(message)
    if problems:
        raise ReporterError(f"{problems} 个模板有问题 (templates with problems).")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("-o", "--output", "out_file", type=click.Path(), help="写入文件; 默认打印到标准输出。")
@click.option("--strict", is_flag=True, help=STRICT_HELP)
def extract(paths, fmt, out_file, strict):
    """导出每个数字: 地区、指标、数值、单位、期间、限定词、类型和原句。

    列: doc, region, indicator, value, unit, period, qualifier, kind, evidence, full_name, …
    """
    from reporter.pipeline import load_corpus
    from reporter.profiles import facts_table

    corpus = load_corpus(list(paths) or None, cache=True, strict=strict, warn=warn)
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

    corpus = load_corpus(list(paths) or None, cache=True)
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
@click.option(
    "--max-file-mb",
    type=click.FloatRange(min=0, min_open=True),
    default=20,
    show_default=True,
    help="单个文件大小上限 (MB)。",
)
@click.option("--max-docs", type=click.IntRange(min=1), default=5000, show_default=True, help="文档个数上限。")
@click.option("--strict", is_flag=True, help=STRICT_HELP)
def ingest(paths, show_noise, max_file_mb, max_docs, strict):
    """读取文档并显示正文识别结果: id、标题、日期、来源、正文长度、丢弃的行。

    以 "=" 开头的行是日期/来源/作者等元数据行 (不计入正文), 以 "-" 开头的是丢弃的噪声行 (--show-noise)。
    目录中无法读取或重复的文件会被跳过, 并在标准错误输出中给出警告。
    """
    from reporter.ingest import IngestLimits, ingest_paths
    from reporter.pipeline import DEFAULT_CORPUS

    limits = IngestLimits(max_file_bytes=int(max_file_mb * 1024 * 1024), max_documents=max_docs)
    result = ingest_paths(list(paths) or [DEFAULT_CORPUS], limits)
    for doc in result.documents:
        click.echo(
            f"{doc.name}\tid={doc.id}\t标题={doc.title or '-'}\t日期={doc.date or '-'}\t来源={doc.source or '-'}"
            f"\t编码={doc.encoding}\t正文={len(doc.body)}字/{len(doc.line_numbers)}行\t丢弃={len(doc.dropped)}行"
        )
        for line in doc.metadata:
            click.echo(f"    = {line}")
        if show_noise:
            for line in doc.dropped:
                click.echo(f"    - {line}")
    for warning in result.warnings:
        click.echo(f"警告: {warning}", err=True)
    click.echo(f"读取 {len(result.documents)} 篇, 跳过 {len(result.skipped)} 篇。", err=True)
    if strict:
        result.require_all()


def emit(text: str, out_file: str | None) -> None:
    if out_file:
        from reporter.render import write_text

        write_text(Path(out_file), text)
        click.echo(f"已写入 {out_file}", err=True)
    else:
        sys.stdout.write(text)


@main.group()
def profiles():
    """地区画像的人工审核: 导出全部事实供核对、校正后再用 --overrides 带回。"""


@profiles.command("export")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--output", "out_file", required=True, type=click.Path(), help=EXPORT_HELP)
@click.option(
    "--table",
    type=click.Choice(["facts", "regions", "indicators"]),
    default="facts",
    show_default=True,
    help="CSV/Parquet 只含一张表: 事实、地区或指标 (XLSX/JSON 含全部三张)。",
)
@click.option("--overrides", type=click.Path(exists=True, dir_okay=False), help=OVERRIDES_HELP)
@click.option("--data", type=click.Path(exists=True, dir_okay=False), help=DATA_HELP)
def profiles_export(paths, out_file, table, overrides, data):
    """导出每个事实一行 (编号、地区、指标、数值、单位、期间、原句、来源类型, 及空白的 操作/备注 列)。

    \b
    XLSX: 三张工作表 (事实 / 地区 / 指标), 带筛选、冻结表头; 核对后可直接作为
          --overrides 文件: 改数值即为修改, 操作列填 删除/delete 即删除该事实,
          填 新增/add 并写明地区、指标、数值、单位、期间、来源 即新增。
    JSON: 三张表; Parquet: 一张表 (--table), 供 pandas/notebook 使用。
    带 --overrides 导出时, 表中是校正后的数值, 新增/删除的行保留其操作,
    可作为下一轮的校正文件 (替代原校正文件)。
    """
    from reporter.pipeline import load_corpus
    from reporter.review import apply_overrides, export, export_format

    export_format(out_file)
    corpus = load_corpus(list(paths) or None, data=data, warn=warn, cache=True)
    applied = []
    if overrides:
        corpus = apply_overrides(corpus, overrides, warn, applied)
    export(corpus, out_file, table, applied)
    click.echo(f"已写入 {out_file} ({len(corpus.facts)} 个事实)", err=True)


def warn(message: str) -> None:
    click.echo(f"警告: {message}", err=True)


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
@click.option("--strict", is_flag=True, help=STRICT_HELP)
@click.pass_context
def batch(
    ctx,
    pairs,
    out_dir,
    jobs,
    template,
    user_templates,
    force,
    keep_going,
    corpus,
    auto,
    scheduler,
    cache_dir,
    fmt,
    strict,
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
        strict=strict,
    )
    summary = run_batch(options)
    for message in summary.skipped:
        warn(f"跳过 {message}")
    for line in failure_lines(summary):
        click.echo(f"失败: {line}", err=True)
    click.echo(summary_text(summary))
    if summary.interrupted:
        click.echo("已中断; 再次运行同一命令即可续跑 (interrupted; run again to resume).", err=True)
    ctx.exit(summary.exit_code)
