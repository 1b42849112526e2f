"""The command line as one grammar: help, corpus paths, settings, exit codes, language."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import click
import pytest
from conftest import SEEDS, run_cli

from reporter import clicktext
from reporter.cli import main
from reporter.config import ConfigError, Settings, load_settings

STATS_SOURCE = "某州统计局年度公报"  # a source name written for this test
# Commands that read a corpus, and those that also cache extractions.
READS_CORPUS = {"brief", "batch", "extract", "regions", "ingest", "profiles export", "templates check"}
NO_CACHE = {"ingest"}


def commands(group: click.Group = main, prefix: str = "") -> dict[str, click.Command]:
    """Every leaf command by its full name, e.g. "profiles export"."""
    out: dict[str, click.Command] = {}
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        if isinstance(command, click.Group):
            out.update(commands(command, f"{full} "))
        else:
            out[full] = command
    return out


def write_csv(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, list(dict.fromkeys(k for r in rows for k in r)))
        writer.writeheader()
        writer.writerows(rows)
    return path


# ---------------------------------------------------------------- help


@pytest.mark.parametrize("name", sorted(commands()))
def test_every_command_help_is_chinese_and_names_the_corpus_option_and_exit_codes(name):
    proc = run_cli(*name.split(), "--help")
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout
    assert text.startswith("用法: reporter ") and "\n选项:\n" in text
    for english in ("Usage:", "Options:", "Show this message", "[required]", "[default:"):
        assert english not in text, f"{name}: click's English '{english}' in --help"
    assert "退出码: 0 完成; 1 工作失败" in text and "2 输入或用法有误" in text
    assert re.search(r"[\u4e00-\u9fff]", text.split("\n\n")[1]), f"{name}: description is not Chinese"
    if name in READS_CORPUS:
        assert "-c, --corpus" in text and "--config" in text
        assert ("--cache-dir" in text) == (name not in NO_CACHE)
    if name in READS_CORPUS - {"templates check"}:
        assert "[PATHS]..." in text or "[语料路径]..." in text  # positional corpus paths


def test_group_help_lists_commands_and_completion_in_chinese():
    proc = run_cli("--help")
    assert proc.returncode == 0 and "命令:" in proc.stdout and "_REPORTER_COMPLETE=bash_source" in proc.stdout
    assert all(f"  {name.split()[0]}" in proc.stdout for name in commands())


def test_every_translated_message_is_still_one_of_clicks():
    """A click upgrade that rewords a message would silently bring the English back."""
    source = "".join((Path(click.__file__).parent / f"{m}.py").read_text(encoding="utf-8") for m in clicktext.MODULES)
    missing = [key for key in clicktext.MESSAGES if f'"{key}"' not in source]
    assert not missing, missing


def test_version_flag_prints_the_installed_version():
    from importlib.metadata import version

    for flag in ("-V", "--version"):
        proc = run_cli(flag)
        assert proc.returncode == 0 and proc.stdout.strip() == f"reporter {version('reporter')}"


# ---------------------------------------------------------------- exit codes


@pytest.mark.parametrize(
    "args, message",
    [
        (["brief", "-t", "西双版纳州", "-b", "松江区", "--no-such-flag"], "没有选项 '--no-such-flag'"),
        (["brief", "-b", "松江区"], "缺少选项 '--target' / '-t'"),
        (["brief", "-t", "火星市", "-b", "松江区", "--format", "html"], "火星市"),
        (["brief", "-t", "西双版纳州", "-b", "松江区", "--template", "nope.html", "--format", "html"], "nope.html"),
        (["brief", "-t", "西双版纳州", "-b", "松江区", "--set", "无此变量=1"], "无此变量"),
        (["brief", "-t", "西双版纳州", "-b", "松江区", "--prefer", "both"], "'both' 不是"),
        (["extract", "没有这个目录"], "没有这个目录"),
        (["batch", "-o", "out"], "PAIRS"),
        (["batch", "没有这个表.csv", "-o", "out"], "没有这个表.csv"),
    ],
)
def test_bad_input_or_usage_exits_2_with_one_chinese_error(args, message, tmp_path):
    proc = run_cli(*args, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "错误: " in proc.stderr and message in proc.stderr and "Traceback" not in proc.stderr
    assert "Error:" not in proc.stderr and "Usage:" not in proc.stderr
    assert not (tmp_path / "output").exists() and not (tmp_path / "out").exists()


def test_work_that_fails_exits_1(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    proc = run_cli("brief", "-t", "西双版纳州", "-b", "松江区", "-o", str(blocker / "sub"), "--format", "html")
    assert proc.returncode == 1 and "文件操作失败" in proc.stderr and "Traceback" not in proc.stderr


def test_readme_documents_the_exit_codes_and_completion():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## 命令行约定")[1].split("\n## ")[0]
    for text in ("0", "1", "2", "130", "_REPORTER_COMPLETE", "-c/--corpus", "-V", "-q", "-v"):
        assert text in section, text


# ---------------------------------------------------------------- one grammar


def test_corpus_as_positional_paths_or_as_option_is_the_same():
    by_argument = run_cli("regions", str(SEEDS), "--format", "csv", check=True)
    by_option = run_cli("regions", "-c", str(SEEDS), "--format", "csv", check=True)
    by_default = run_cli("regions", "--format", "csv", check=True)
    assert by_argument.stdout == by_option.stdout == by_default.stdout
    assert "西双版纳州" in by_argument.stdout


def test_corpus_in_the_config_file_is_read_by_every_command(tmp_path):
    folder = tmp_path / "文章"
    folder.mkdir()
    doc = sorted(SEEDS.glob("*.txt"))[0]
    (folder / doc.name).write_bytes(doc.read_bytes())
    (tmp_path / "reporter.yaml").write_text("corpus: 文章\n", encoding="utf-8")
    listed = run_cli("ingest", cwd=tmp_path, check=True)
    assert listed.stdout.count("\tid=") == 1 and doc.name in listed.stdout


def test_templates_init_refuses_an_existing_folder_unless_forced(tmp_path):
    run_cli("templates", "init", "tpl", cwd=tmp_path, check=True)
    (tmp_path / "tpl" / "house.css").write_text("/* 改过 */", encoding="utf-8")
    again = run_cli("templates", "init", "tpl", cwd=tmp_path)
    assert again.returncode == 2 and "--force" in again.stderr
    assert (tmp_path / "tpl" / "house.css").read_text(encoding="utf-8") == "/* 改过 */"
    forced = run_cli("templates", "init", "tpl", "--force", cwd=tmp_path)
    assert forced.returncode == 0 and "改过" not in (tmp_path / "tpl" / "house.css").read_text(encoding="utf-8")


def test_quiet_hides_notes_and_verbose_shows_progress(tmp_path):
    out = tmp_path / "facts.csv"
    normal = run_cli("extract", str(SEEDS), "-o", str(out), check=True)
    assert f"已写入 {out}" in normal.stderr
    quiet = run_cli("-q", "extract", str(SEEDS), "-o", str(out), check=True)
    assert "已写入" not in quiet.stderr  # notes go; warnings (an ambiguous 南山区 in a seed) stay
    assert all(line.startswith("警告: ") for line in quiet.stderr.splitlines())
    verbose = run_cli("-v", "extract", str(SEEDS), "-o", str(out), check=True)
    assert "信息: 语料: 读取 5 篇, 跳过 0 篇" in verbose.stderr
    both = run_cli("-q", "-v", "extract", str(SEEDS))
    assert both.returncode == 2


# ---------------------------------------------------------------- settings


def test_settings_merge_defaults_config_and_flags(tmp_path):
    (tmp_path / "o.csv").write_text("id,action\n", encoding="utf-8")
    (tmp_path / "reporter.yaml").write_text(
        "corpus: [a, b]\noverrides: o.csv\nprefer: text\ncache_dir: c\ntemplate: summary.html\n", encoding="utf-8"
    )
    settings = load_settings(cwd=tmp_path)
    assert settings.corpus == ((tmp_path / "a").resolve(), (tmp_path / "b").resolve())
    assert settings.overrides == (tmp_path / "o.csv").resolve() and settings.prefer == "text"
    assert settings.cache_dir == (tmp_path / "c").resolve() and settings.template == "summary.html"
    assert settings.precedence == ("corrected", "text", "statistics")
    flagged = load_settings(cwd=tmp_path, corpus=["x"], prefer="statistics", template="brief.html")
    assert flagged.corpus == (Path("x"),) and flagged.prefer == "statistics" and flagged.template == "brief.html"
    assert flagged.overrides == settings.overrides  # what the command line does not give, the file does
    assert Settings().corpus == () and Settings().prefer == "statistics"


@pytest.mark.parametrize(
    "config, message",
    [("prefer: both\n", "prefer"), ("overrides: missing.csv\n", "missing.csv"), ("corpora: x\n", "corpora")],
)
def test_a_bad_config_value_is_refused_naming_it(tmp_path, config, message):
    (tmp_path / "reporter.yaml").write_text(config, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(cwd=tmp_path)


def test_settings_are_frozen():
    with pytest.raises(AttributeError):
        Settings().template = "summary.html"  # type: ignore[misc]


# ---------------------------------------------------------------- batch honours every brief option


@pytest.fixture(scope="module")
def review_files(corpus, tmp_path_factory) -> dict[str, Path]:
    """A correction (126 → 131 firms) and a statistics row, as a person would write them."""
    tmp = tmp_path_factory.mktemp("batch-review")
    facts = corpus.facts
    fact = facts[(facts["indicator"] == "above_scale_industrial_firms") & (facts["value"] == 126)].iloc[0]
    overrides = write_csv(tmp / "校正.csv", [{"id": fact["id"], "value": "131", "note": "核实"}])
    row = {"region": "西双版纳", "indicator": "规上工业总产值", "value": "412.5", "unit": "亿元"}
    data = write_csv(tmp / "统计.csv", [{**row, "period": "2023年", "source": STATS_SOURCE}])
    return {"overrides": overrides, "data": data}


def batch_html(out: Path) -> str:
    [page] = [p for p in out.glob("*.html") if p.name != "index.html"]
    return page.read_text(encoding="utf-8")


def test_a_correction_and_a_statistics_row_reach_a_batch_brief(review_files, tmp_path):
    pairs = write_csv(tmp_path / "pairs.csv", [{"target": "西双版纳州", "benchmarks": "松江区"}])
    args = ["batch", str(pairs), "-o", "out", "-j", "1", "--format", "html", "--set", "发文单位=测试局"]
    flags = ["--overrides", str(review_files["overrides"]), "--data", str(review_files["data"])]
    plain = run_cli(*args, "-o", "plain", cwd=tmp_path, check=True)
    assert "生成 1" in plain.stdout
    proc = run_cli(*args, *flags, cwd=tmp_path, check=True)
    before, after = batch_html(tmp_path / "plain"), batch_html(tmp_path / "out")
    assert "131" not in before and STATS_SOURCE not in before
    assert "131" in after and "人工校正" in after and "核实" in after
    assert "412.5" in after and STATS_SOURCE in after
    assert "测试局" in after
    # The statistics are inputs of the brief: a changed file renders it again.
    rows = [{"region": "西双版纳", "indicator": "规上工业总产值", "value": "420", "unit": "亿元"}]
    write_csv(review_files["data"].parent / "统计2.csv", [{**rows[0], "period": "2023年", "source": STATS_SOURCE}])
    again = run_cli(*args, *flags[:2], "--data", str(review_files["data"].parent / "统计2.csv"), cwd=tmp_path)
    assert again.returncode == 0 and "生成 1" in again.stdout, proc.stdout
    assert "420" in batch_html(tmp_path / "out")


def test_batch_reads_reporter_yaml_and_rows_override_template_and_variables(review_files, tmp_path):
    (tmp_path / "reporter.yaml").write_text(
        f"overrides: {review_files['overrides']}\ndata: {review_files['data']}\n"
        "variables:\n  发文单位: 配置局\n  编号: 配置编号\n",
        encoding="utf-8",
    )
    rows = [
        {"target": "西双版纳州", "benchmarks": "松江区", "编号": ""},
        {"target": "西双版纳州", "benchmarks": "松江区", "编号": "行内编号", "template": "summary.html"},
    ]
    pairs = write_csv(tmp_path / "pairs.csv", rows)
    proc = run_cli("batch", str(pairs), "-o", "out", "-j", "1", "--format", "html", cwd=tmp_path, check=True)
    assert "生成 2" in proc.stdout
    pages = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "out").glob("*.html") if p.name != "index.html"}
    assert len(pages) == 2
    full, summary = (pages[n] for n in sorted(pages, key=lambda n: "-r3" in n))
    assert "配置局" in full and "配置编号" in full and "131" in full and STATS_SOURCE in full
    assert "配置局" in summary and "行内编号" in summary and "配置编号" not in summary
    assert "\n  summary.html ->" in summary and "\n  summary.html ->" not in full  # templates considered


def test_shell_completion_as_the_readme_says():
    from click.testing import CliRunner

    script = CliRunner().invoke(main, [], prog_name="reporter", env={"_REPORTER_COMPLETE": "bash_source"})
    assert script.exit_code == 0 and "_reporter_completion" in script.stdout
    words = CliRunner().invoke(
        main,
        [],
        prog_name="reporter",
        env={"_REPORTER_COMPLETE": "bash_complete", "COMP_WORDS": "reporter br", "COMP_CWORD": "1"},
    )
    assert "brief" in words.stdout


def test_open_shows_the_pdf_once_written(tmp_path, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(click, "launch", lambda url, **_: opened.append(url) or 0)
    proc = run_cli("brief", "-t", "西双版纳州", "-b", "松江区", "-o", str(tmp_path), "--format", "html", "--open")
    assert proc.returncode == 0 and opened == [str(tmp_path / "西双版纳州-对标-松江区.html")]
    assert Path(opened[0]).is_file()
    run_cli("brief", "-t", "西双版纳州", "-b", "松江区", "-o", str(tmp_path), "--format", "html", check=True)
    assert len(opened) == 1  # only when asked


def test_each_command_prints_each_warning_once_labelled_once(tmp_path):
    """Every stage reports to the command's one Diagnostics: a warning is printed once, with one 警告:."""
    corpus = tmp_path / "文章"
    corpus.mkdir()
    (corpus / "x.txt").write_text(
        "全县规上工业企业达到85家，我县新增高新技术企业12家。\n我县地区生产总值达到210亿元。\n", encoding="utf-8"
    )
    (corpus / "y.txt").write_text("松江区地区生产总值达到1800亿元，规上工业企业1617户。\n", encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"\x00\x01")
    pairs = tmp_path / "p.csv"
    pairs.write_text("target,benchmarks\n我县,松江区\n", encoding="utf-8")
    brief = ["brief", str(corpus), "-t", "我县", "-b", "松江区", "-o", str(tmp_path / "o"), "--format", "html"]
    commands = {
        "regions": ["regions", str(corpus)],
        "extract": ["extract", str(corpus)],
        "brief": brief,
        "batch": ["-q", "batch", str(pairs), str(corpus), "-o", str(tmp_path / "b"), "--format", "html"],
    }
    for name, args in commands.items():
        proc = run_cli(*args)
        assert proc.returncode == 0, (name, proc.stderr)
        warnings = [line for line in proc.stderr.splitlines() if "警告" in line]
        assert any("未写明本地区的名称" in w for w in warnings), (name, warnings)
        assert any("bad.txt" in w for w in warnings), (name, warnings)
        assert len(warnings) == len(set(warnings)), (name, warnings)
        assert all(w.startswith("警告: ") and "警告" not in w[3:] for w in warnings), (name, warnings)
    brief_warnings = run_cli(*brief).stderr
    assert brief_warnings.count("未能读取，未纳入本简报") == 1  # the brief's own warning, from compare


def test_diagnostics_keep_each_message_once_in_order() -> None:
    from reporter.diagnostics import Diagnostics

    shown: list[str] = []
    found = Diagnostics(echo=shown.append)
    for message in ["甲文件未读取", "乙地区有两个", "甲文件未读取"]:
        found.warn(message)
    assert found.messages == shown == ["甲文件未读取", "乙地区有两个"]


def test_extract_to_dash_prints_the_table(tmp_path):
    (tmp_path / "a.txt").write_text("永泰县地区生产总值达到260亿元。\n", encoding="utf-8")
    proc = run_cli("extract", str(tmp_path / "a.txt"), "--format", "csv", "-o", "-")
    assert proc.returncode == 0, proc.stderr
    assert "永泰县" in proc.stdout and not (Path.cwd() / "-").exists()


def test_writing_to_a_pipe_leaves_the_pipe_in_place(tmp_path):
    # -o /dev/null or a named pipe: a rename over it would replace the device with a file.
    import os
    import threading

    from reporter.files import write_text

    pipe = tmp_path / "out.fifo"
    os.mkfifo(pipe)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    write_text(pipe, "地区,数值\n")
    reader.join(timeout=10)
    assert got == ["地区,数值\n"] and pipe.is_fifo()
