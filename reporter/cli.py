"""The `reporter` command: a thin click layer over the pipeline stages.

One grammar for every command: the corpus as positional paths (or -c/--corpus),
--config and --cache-dir wherever a corpus is read, exit codes 0 (done), 1 (the
work failed), 2 (bad input or usage). Each command builds one `Settings`
(reporter.config) from reporter.yaml and its flags and hands it on, and one `Diagnostics`
(reporter.diagnostics) that every stage reports its warnings to and that prints each once.
"""

from __future__ import annotations

import json
import logging
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import click

from reporter import clicktext
from reporter.config import Settings, load_settings
from reporter.diagnostics import Diagnostics
from reporter.errors import ReporterError, WorkError, printable

clicktext.install()

CORPUS_HELP = "语料文件或目录 (与位置参数相同), 可重复; 默认用配置文件中的 corpus, 再无则用内置 seeds/ 语料。"
CONFIG_HELP = "配置文件 (YAML); 默认读取当前目录下的 reporter.yaml (若存在)。"
CACHE_HELP = "抽取结果的缓存目录; 默认 $REPORTER_CACHE_DIR 或 ~/.cache/reporter。"
EXPORT_HELP = "输出文件, 格式按扩展名: .xlsx .csv .json .parquet。"
OVERRIDES_HELP = (
    "人工校正文件 (.xlsx/.csv/.yaml): 按编号修改、删除或新增事实; 可直接用 `reporter profiles export` 导出的表。"
)
DATA_HELP = "统计数据文件 (.csv/.xlsx), 列: region, indicator, value, unit, period, source。"
STRICT_HELP = (
    "语料中有文件无法读取时报错退出 (退出码 2), 而不是跳过并警告;"
    " 简报有警告 (目标或对标地区没有数字、没有可比较的指标) 时也报错, 不写出简报。"
)
HOME_HELP = (
    "文档所属地区, 可重复, 如 --home 报告.txt=沅陵县: 文中只写“我县/全县”而从未写出名称时, 其数字记在该地区下;"
    " 重名地区写全称 (南京市鼓楼区)。也可写在配置文件的 homes:。未指定时, 网页地址写明地区的 (网页自带地址,"
    " 或文件旁/上一级文件夹的 sources.csv 列出 id,url) 据地址判定并警告。"
)
INDICATORS_HELP = (
    "用户指标表 (CSV, UTF-8), 列与内置的 reporter/data/indicators.csv 相同: id,name,unit,dimension,synonyms"
    " (同义词用 | 分隔); 新编号增加指标, 已有编号替换内置指标。也可写在配置文件的 indicators:。"
)
PREFER_HELP = "同一期间既有统计数据又有原文数字时优先采用哪一个 (默认 statistics); 人工校正始终最先。"
PAIRS_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xlsm", ".yaml", ".yml")  # a pairs file, never a corpus document
EPILOG = "退出码: 0 完成; 1 工作失败 (如 PDF 写不出、批量中有失败的简报); 2 输入或用法有误。"


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
                raise WorkError(f"文件操作失败: {exc.strerror or exc} ({exc.filename or ''})") from exc
            raise WorkError(
                f"内部错误 (internal error): {type(exc).__name__}: {exc}。请加 --debug 重试并报告此问题。"
            ) from exc


CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 110}


@click.group(cls=DebugGroup, context_settings=CONTEXT, epilog=EPILOG)
@click.option("--debug", is_flag=True, help="出错时显示完整的 Python 调用栈 (show tracebacks).")
@click.option("-q", "--quiet", is_flag=True, help="不显示进度与提示 (警告与错误照常显示)。")
@click.option("-v", "--verbose", is_flag=True, help="显示更多过程信息 (读取篇数、缓存命中等)。")
@click.version_option(None, "-V", "--version", package_name="reporter", message="reporter %(version)s")
@click.pass_context
def main(ctx: click.Context, debug: bool, quiet: bool, verbose: bool) -> None:
    """reporter: 从中文区域发展文章生成“对标先进找差距”简报。

    \b
    常用流程:
      reporter regions seeds/                      查看语料中的地区及其角色
      reporter extract seeds/ --format csv         导出每个数字及其原句
      reporter brief --target 西双版纳州 --benchmark 松江区
                                                   生成 HTML 和 PDF 简报到 output/
    每个命令都接受语料路径作为位置参数 (或 -c/--corpus), 省略时用内置 seeds/ 语料。
    Shell 补全: eval "$(_REPORTER_COMPLETE=bash_source reporter)" (zsh: zsh_source)。
    """
    if quiet and verbose:
        raise click.UsageError("-q/--quiet 与 -v/--verbose 不能同时使用。")
    ctx.ensure_object(dict)
    ctx.obj.update(debug=debug, quiet=quiet)
    setup_logging(debug, verbose)


def setup_logging(debug: bool, verbose: bool = False) -> None:
    """Our warnings on stderr, one line each; WeasyPrint's own log only with --debug."""
    handler = logging.StreamHandler()
    handler.setFormatter(LevelFormatter())
    logger = logging.getLogger("reporter")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO if verbose or debug else logging.WARNING)
    logging.getLogger("weasyprint").setLevel(logging.WARNING if debug else logging.CRITICAL)
    logging.getLogger("fontTools").setLevel(logging.ERROR)


class LevelFormatter(logging.Formatter):
    """警告: for warnings, 信息: for -v's progress lines."""

    def format(self, record: logging.LogRecord) -> str:
        label = "警告" if record.levelno >= logging.WARNING else "信息"
        return f"{label}: {printable(record.getMessage())}"  # a file name must not drive the terminal


def warn(message: str) -> None:
    """A warning on stderr: the one place that writes "警告:" before a message."""
    click.echo(f"警告: {printable(message)}", err=True)


def diagnostics() -> Diagnostics:
    """The command's one collector of warnings: every stage reports to it, each message is printed once."""
    return Diagnostics(echo=warn)


def note(message: str) -> None:
    """A line of information on stderr; -q hides it."""
    if not quiet():
        click.echo(message, err=True)


def quiet() -> bool:
    """Whether -q was given before the command."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.find_root().obj and ctx.find_root().obj.get("quiet"))


# ---------------------------------------------------------------- shared options


def corpus_options(func):
    """The corpus the same way everywhere: positional paths, or -c/--corpus (an alias)."""
    func = click.option("-c", "--corpus", "corpus_opt", multiple=True, type=click.Path(), help=CORPUS_HELP)(func)
    return click.argument("paths", nargs=-1, type=click.Path())(func)


def config_option(func):
    return click.option("--config", "config", type=click.Path(dir_okay=False), help=CONFIG_HELP)(func)


def cache_option(func):
    return click.option("--cache-dir", type=click.Path(file_okay=False), help=CACHE_HELP)(func)


def indicators_option(func):
    return click.option(
        "--indicators", type=click.Path(exists=True, dir_okay=False), metavar="FILE", help=INDICATORS_HELP
    )(func)


def home_option(func):
    return click.option("--home", "homes", multiple=True, metavar="文件=地区", help=HOME_HELP)(func)


def strict_option(func):
    return click.option("--strict", is_flag=True, default=None, help=STRICT_HELP)(func)


def review_options(func):
    """Corrections, statistics and the rule between them: brief, batch and profiles export."""
    options = [
        click.option("--overrides", type=click.Path(exists=True, dir_okay=False), help=OVERRIDES_HELP),
        click.option("--data", type=click.Path(exists=True, dir_okay=False), help=DATA_HELP),
        click.option("--prefer", type=click.Choice(["statistics", "text"]), help=PREFER_HELP),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def style_options(func):
    """Templates and house style: brief and batch."""
    options = [
        click.option("--templates", "user_templates", type=click.Path(), help="用户模板目录, 先于内置模板查找。"),
        click.option(
            "--vars",
            "vars_file",
            type=click.Path(),
            help="版式变量文件 (YAML): 发文单位、作者、日期、密级、编号、标题、副标题。",
        ),
        click.option(
            "--set",
            "sets",
            multiple=True,
            metavar="NAME=VALUE",
            help="设置一个版式变量, 可重复, 如 --set 发文单位=某某局。",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def format_option(func):
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["html", "pdf", "both"]),
        default="both",
        show_default=True,
        help="输出格式。",
    )(func)


def formats_of(fmt: str) -> tuple[str, ...]:
    return ("html", "pdf") if fmt == "both" else (fmt,)


def corpus_paths(paths: tuple[str, ...], corpus_opt: tuple[str, ...]) -> tuple[str, ...]:
    return (*paths, *corpus_opt)


# ---------------------------------------------------------------- brief


@main.command(epilog=EPILOG)
@corpus_options
@click.option("--target", "-t", required=True, help="目标地区 (要找差距的一方), 如 西双版纳州、如东县。")
@click.option("--benchmark", "-b", "benchmarks", multiple=True, required=True, help="对标地区, 可重复, 如 松江区。")
@click.option("-o", "--output", "out_dir", default="output", show_default=True, type=click.Path(), help="输出目录。")
@format_option
@click.option(
    "--template",
    default=None,
    help="模板名: brief.html (完整简报, 默认)、summary.html (一页简报) 或 红头 (redhead.html, GB/T 9704 红头简报)。",
)
@style_options
@review_options
@config_option
@cache_option
@indicators_option
@home_option
@strict_option
@click.option("--open", "open_file", is_flag=True, help="生成后用系统默认程序打开 PDF (只生成 HTML 时打开 HTML)。")
def brief(paths, corpus_opt, target, benchmarks, out_dir, fmt, template, open_file, **flags):
    """生成目标地区对标一个或多个先进地区的简报 (HTML 和 PDF)。

    \b
    例: reporter brief -t 西双版纳州 -b 松江区
        reporter brief 我的文章/ -t 如东县 -b 上虞区 -b 金山区 -o 简报/
    地区名可用简称或全称: 西双版纳 / 西双版纳州 / 西双版纳傣族自治州。
    """
    from reporter.pipeline import corpus_for, make_brief

    settings = settings_from(flags, corpus_paths(paths, corpus_opt), template=template)
    found = diagnostics()
    corpus = corpus_for(settings, warn=found.warn)
    written = make_brief(
        corpus,
        target,
        list(benchmarks),
        out_dir,
        formats_of(fmt),
        settings.template,
        settings.templates,
        settings.variables,
        precedence=settings.precedence,
        warn=found.warn,
        strict=settings.strict,
    )
    for path in written:
        click.echo(str(path))
    shown = [p for p in written if p.suffix in (".pdf", ".html")]  # not the 待补数据 tables
    if open_file and shown:
        click.launch(str(shown[-1]))


def settings_from(flags: dict, corpus: tuple[str, ...] = (), **more) -> Settings:
    """One Settings from the options a command was given (any it lacks stay unset)."""
    names = ("config", "vars_file", "sets", "cache_dir", "overrides", "data", "prefer", "strict", "indicators", "homes")
    given: dict[str, Any] = {name: flags.get(name) for name in names}
    given["sets"] = given["sets"] or ()
    given["homes"] = given["homes"] or ()
    return load_settings(templates=flags.get("user_templates"), corpus=corpus, **given, **more)


# ---------------------------------------------------------------- templates


@main.group(epilog=EPILOG)
def templates():
    """模板: 列出、创建用户模板目录、检查模板 (见 docs/templates.md)。"""


@templates.command("list", epilog=EPILOG)
@click.option("--templates", "user_templates", type=click.Path(), help="用户模板目录, 先于内置模板查找。")
@config_option
def templates_list(user_templates, config):
    """列出内置模板和用户模板, 以及每个用户模板覆盖了哪些块 (blocks)。"""
    from reporter.templates import describe_templates

    settings = load_settings(config, templates=user_templates)
    for line in describe_templates(settings.templates):
        click.echo(line)


@templates.command("init", epilog=EPILOG)
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--force", is_flag=True, help="覆盖目录中已有的 brief.html 与 house.css。")
def templates_init(folder, force):
    """在 FOLDER 创建用户模板目录: 一个覆盖标题块的示例模板和一个样式表, 均带注释。"""
    from reporter.templates import init_folder

    for path in init_folder(Path(folder), force=force):
        click.echo(f"已创建 {path}")
    note(f"使用: reporter brief -t 西双版纳州 -b 松江区 --templates {folder}")


@templates.command("check", epilog=EPILOG)
@click.argument("folder", type=click.Path(), required=False)
@click.option(
    "-c", "--corpus", "corpus_opt", multiple=True, type=click.Path(), help="检查时使用的语料, 可重复; 默认内置 seeds/。"
)
@config_option
@cache_option
@indicators_option
@home_option
@click.option("--target", "-t", default="西双版纳州", show_default=True, help="检查时使用的目标地区。")
@click.option("--benchmark", "-b", "benchmarks", multiple=True, help="检查时使用的对标地区; 默认 松江区。")
@click.option("--pdf", "with_pdf", is_flag=True, help="同时排版 PDF (较慢), 检查样式表和资源。")
def templates_check(folder, corpus_opt, config, cache_dir, indicators, homes, target, benchmarks, with_pdf):
    """用语料 (默认内置 seeds/) 渲染 FOLDER (默认: 配置文件中的模板目录) 中的每个模板并报告问题。

    有问题时退出码为 1。
    """
    from reporter.pipeline import corpus_for
    from reporter.templates import check_folder

    settings = load_settings(
        config, templates=folder, corpus=corpus_opt, cache_dir=cache_dir, indicators=indicators, homes=homes
    )
    corpus = corpus_for(settings, warn=diagnostics().warn)
    problems = 0
    for name, message in check_folder(
        settings.templates, target, list(benchmarks) or ["松江区"], settings.variables, with_pdf, corpus
    ):
        click.echo(f"{'通过' if not message else '问题'}  {name}{'' if not message else '  ' + message}")
        problems += bool(message)
    if problems:
        raise WorkError(f"{problems} 个模板有问题 (templates with problems).")


# ---------------------------------------------------------------- extract, regions, ingest


@main.command(epilog=EPILOG)
@corpus_options
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True, help="输出格式。"
)
@click.option(
    "-o", "--output", "out_file", type=click.Path(dir_okay=False), help="写入文件; 默认 (或写 -) 打印到标准输出。"
)
@config_option
@cache_option
@indicators_option
@home_option
@strict_option
def extract(paths, corpus_opt, fmt, out_file, **flags):
    """导出每个数字: 地区、指标、数值、单位、期间、限定词、类型和原句 (抽取结果, 未经校正)。

    列: doc, region, indicator, value, unit, period, qualifier, kind, evidence, full_name, …
    """
    from reporter.corpus import facts_table
    from reporter.pipeline import corpus_for
    from reporter.safety import neutralised

    settings = settings_from(flags, corpus_paths(paths, corpus_opt))
    corpus = corpus_for(settings, warn=diagnostics().warn, corrected=False)
    table = facts_table(corpus)
    text = (
        neutralised(table).to_csv(index=False)
        if fmt == "csv"
        else json.dumps(profile_json(corpus), ensure_ascii=False, indent=1)
    )
    emit(text, out_file)


def profile_json(corpus) -> dict:
    """Full profile per region: facts, industries (with their strategic emerging
    industry category), practices with their sentence, keywords, sources."""
    from reporter.corpus import facts_table
    from reporter.segment import keywords

    facts = facts_table(corpus)
    out = {}
    # Two regions of one name (南京's and 福州's 鼓楼区) are keyed by their full names, never merged.
    names = Counter(region.name for region in corpus.regions.values())
    for rid, region in corpus.regions.items():
        rf = facts[corpus.facts["region_id"] == rid]
        pr = corpus.practices[corpus.practices["region_id"] == rid]
        if rf.empty and pr.empty:
            continue
        industries = pr[pr["kind"] == "industry"].drop_duplicates("term")
        sentences = list(dict.fromkeys([*rf["evidence"], *pr["evidence"]]))
        out[region.name if names[region.name] == 1 else region.full_name] = {
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


@main.command(epilog=EPILOG)
@corpus_options
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv"]), default="table", show_default=True, help="输出格式。"
)
@config_option
@cache_option
@indicators_option
@home_option
def regions(paths, corpus_opt, fmt, **flags):
    """列出语料中的地区: 层级、上级、在各文档中的角色 (home/benchmark/mentioned) 和数字个数。"""
    from reporter.corpus import regions_table
    from reporter.pipeline import corpus_for

    settings = settings_from(flags, corpus_paths(paths, corpus_opt))
    corpus = corpus_for(settings, warn=diagnostics().warn, corrected=False)
    table = regions_table(corpus).drop(columns=["id"])
    if fmt == "csv":
        from reporter.safety import neutralised

        click.echo(neutralised(table).to_csv(index=False), nl=False)
    else:
        click.echo(table.to_string(index=False))


@main.command(epilog=EPILOG)
@corpus_options
@click.option("--show-noise", is_flag=True, help="同时列出被丢弃的网页噪声行。")
@click.option(
    "--max-file-mb",
    type=click.FloatRange(min=0, min_open=True),
    default=20,
    show_default=True,
    help="单个文件大小上限 (MB)。",
)
@click.option("--max-docs", type=click.IntRange(min=1), default=5000, show_default=True, help="文档个数上限。")
@config_option
@strict_option
def ingest(paths, corpus_opt, show_noise, max_file_mb, max_docs, config, strict):
    """读取文档并显示正文识别结果: id、标题、日期、来源、正文长度、丢弃的行。

    以 "=" 开头的行是日期/来源/作者等元数据行 (不计入正文), 以 "-" 开头的是丢弃的噪声行 (--show-noise)。
    目录中无法读取或重复的文件会被跳过, 并在标准错误输出中给出警告。
    """
    from reporter.ingest import IngestLimits, ingest_paths
    from reporter.pipeline import DEFAULT_CORPUS

    settings = load_settings(config, corpus=corpus_paths(paths, corpus_opt), strict=strict)
    limits = IngestLimits(max_file_bytes=int(max_file_mb * 1024 * 1024), max_documents=max_docs)
    result = ingest_paths(list(settings.corpus) or [DEFAULT_CORPUS], limits)
    for doc in result.documents:
        click.echo(
            f"{doc.name}\tid={doc.id}\t标题={doc.title or '-'}\t日期={doc.date or '-'}\t来源={doc.source or '-'}"
            f"\t编码={doc.encoding}\t正文={len(doc.body)}字/{len(doc.line_numbers)}行\t丢弃={len(doc.dropped)}行"
            + (f"\t网址={doc.url}" if doc.url else "")
        )
        for line in doc.metadata:
            click.echo(f"    = {line}")
        if show_noise:
            for line in doc.dropped:
                click.echo(f"    - {line}")
    found = diagnostics()
    for warning in result.warnings:
        found.warn(warning)
    note(f"读取 {len(result.documents)} 篇, 跳过 {len(result.skipped)} 篇。")
    if settings.strict:
        result.require_all()


def emit(text: str, out_file: str | None) -> None:
    """`text` to `out_file`, or to standard output when there is none or it is "-"."""
    if out_file and out_file != "-":
        from reporter.files import write_text

        write_text(Path(out_file), text)
        note(f"已写入 {out_file}")
    else:
        sys.stdout.write(text)


# ---------------------------------------------------------------- profiles


@main.group(epilog=EPILOG)
def profiles():
    """地区画像的人工审核: 导出全部事实供核对、校正后再用 --overrides 带回。"""


@profiles.command("export", epilog=EPILOG)
@corpus_options
@click.option("-o", "--output", "out_file", required=True, type=click.Path(dir_okay=False), help=EXPORT_HELP)
@click.option(
    "--table",
    type=click.Choice(["facts", "regions", "indicators"]),
    default="facts",
    show_default=True,
    help="CSV/Parquet 只含一张表: 事实、地区或指标 (XLSX/JSON 含全部三张)。",
)
@review_options
@config_option
@cache_option
@indicators_option
@home_option
@strict_option
def profiles_export(paths, corpus_opt, out_file, table, **flags):
    """导出每个事实一行 (编号、地区、指标、数值、单位、期间、原句、来源类型, 及空白的 操作/备注 列)。

    \b
    XLSX: 三张工作表 (事实 / 地区 / 指标), 带筛选、冻结表头; 核对后可直接作为
          --overrides 文件: 改数值即为修改, 操作列填 删除/delete 即删除该事实,
          填 新增/add 并写明地区、指标、数值、单位、期间、来源 即新增。
    JSON: 三张表; Parquet: 一张表 (--table), 供 pandas/notebook 使用。
    带 --overrides 导出时, 表中是校正后的数值, 新增/删除的行保留其操作,
    可作为下一轮的校正文件 (替代原校正文件)。
    """
    from reporter.pipeline import corpus_for
    from reporter.review import apply_overrides, export, export_format

    export_format(out_file)
    settings = settings_from(flags, corpus_paths(paths, corpus_opt))
    found = diagnostics()
    corpus = corpus_for(settings, warn=found.warn, corrected=False)
    applied: list = []
    if settings.overrides:
        corpus = apply_overrides(corpus, settings.overrides, found.warn, applied)
    export(corpus, out_file, table, applied)
    note(f"已写入 {out_file} ({len(corpus.facts)} 个事实)")


# ---------------------------------------------------------------- batch


@main.command(epilog=EPILOG)
@click.argument("arguments", nargs=-1, type=click.Path(), metavar="[PAIRS] [语料路径]...")
@click.option("-c", "--corpus", "corpus_opt", multiple=True, type=click.Path(), help=CORPUS_HELP)
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False), help="输出目录。")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="并行进程数; 默认为 CPU 核数。")
@click.option("--template", default=None, help="未在表中指定模板的行所用的模板 (默认 brief.html)。")
@style_options
@review_options
@click.option("--force", is_flag=True, help="全部重新生成, 即使输入未变。")
@click.option("--keep-going", is_flag=True, help="跳过无效行, 照常生成其余简报 (无效行记入清单)。")
@click.option("--auto", is_flag=True, help="不用 PAIRS: 语料中每个本地地区对标其文章所提的先进地区。")
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="在 Dask 集群上运行, 如 tcp://10.0.0.5:8786; 工作节点须能访问输出目录与模板目录。",
)
@format_option
@config_option
@cache_option
@indicators_option
@home_option
@strict_option
@click.pass_context
def batch(ctx, arguments, corpus_opt, out_dir, jobs, template, force, keep_going, auto, scheduler, fmt, **flags):
    """按 PAIRS 表 (CSV、XLSX 或 YAML) 批量生成简报, 每行一份, 并行、可续跑。

    \b
    例: reporter batch 对标表.csv 文章/ -o 简报/
        reporter batch --auto 文章/ -o 简报/      (--auto 时位置参数都是语料)
    PAIRS 每行: target (目标地区), benchmarks (对标地区, 多个用 、 ; | 分隔),
    可选 template (模板) 与模板变量列 (标题、副标题、发文单位、作者、日期、密级、编号);
    行中的模板与变量优先于 --template、--vars、--set 与 reporter.yaml。
    --overrides、--data、--prefer 与 brief 相同, 作用于每一份简报。
    先检查全部行 (地区、模板、变量), 有错则全部列出并以退出码 2 结束。
    输入 (语料、校正、统计数据、模板文件、变量、程序版本) 未变的简报不再生成; --force 全部重做。
    输出目录中写 manifest.csv 与 index.html; 有失败的简报时退出码为 1, 被中断为 130。
    """
    from reporter.batch import BatchOptions, failure_lines, run_batch, summary_text

    pairs, corpus = (None, arguments) if auto else (arguments[0] if arguments else None, arguments[1:])
    tables = [a for a in arguments if Path(a).suffix.lower() in PAIRS_SUFFIXES]
    if (auto and tables) or not (auto or pairs):
        raise click.UsageError("请给出 PAIRS 文件或 --auto, 二者选一 (give PAIRS or --auto).")
    if pairs and not Path(pairs).is_file():
        raise click.BadParameter(f"文件 '{pairs}' 不存在。", param_hint="PAIRS")
    options = BatchOptions(
        out_dir=Path(out_dir),
        settings=settings_from(flags, (*corpus, *corpus_opt), template=template),
        pairs=Path(pairs) if pairs else None,
        auto=auto,
        jobs=jobs,
        force=force,
        keep_going=keep_going,
        scheduler=scheduler,
        formats=formats_of(fmt),
        progress=False if quiet() else None,
    )
    summary = run_batch(options)
    found = diagnostics()
    for message in summary.warnings:  # the batch's Diagnostics, collected while it ran
        found.warn(message)
    for line in failure_lines(summary):
        click.echo(f"失败: {line}", err=True)
    click.echo(summary_text(summary))
    if summary.interrupted:
        click.echo("已中断; 再次运行同一命令即可续跑 (interrupted; run again to resume).", err=True)
    ctx.exit(summary.exit_code)
