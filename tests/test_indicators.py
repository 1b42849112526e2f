"""A user's indicator table (--indicators FILE, `indicators:` in reporter.yaml): it changes
what a number is classified as, for one run only, and a bad file is a clear error."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import messages, run_cli

# Written for these tests: 数字经济规模 is no built-in synonym, so without a user file
# the number is a free indicator (other:数字经济规模).
ARTICLES = {
    "rudong.txt": "如东县数字经济规模320亿元，地区生产总值1300亿元。\n",
    "shangyu.txt": "上虞区数字经济规模860亿元，地区生产总值1400亿元。\n",
}
USER_TABLE = "id,name,unit,dimension,synonyms\ndigital_economy,数字经济核心产业规模,亿元,数字化转型,数字经济规模\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    corpus = tmp_path / "文章"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (tmp_path / "指标.csv").write_text(USER_TABLE, encoding="utf-8")
    return tmp_path


def indicators_of(stdout: str) -> dict[tuple[str, float], str]:
    """(region, value) -> indicator, from `reporter extract` CSV."""
    return {(r["region"], float(r["value"])): r["indicator"] for r in csv.DictReader(io.StringIO(stdout))}


def extract(folder: Path, *more: str) -> dict[tuple[str, float], str]:
    proc = run_cli("extract", str(folder / "文章"), "--cache-dir", str(folder / "cache"), *more, cwd=folder)
    assert proc.returncode == 0, proc.stderr
    return indicators_of(proc.stdout)


@pytest.mark.fast
def test_a_user_synonym_gives_the_number_its_indicator_and_a_run_without_the_file_does_not(folder):
    before = extract(folder)  # fills the cache with the built-in classification
    with_file = extract(folder, "--indicators", str(folder / "指标.csv"))
    after = extract(folder)
    assert before[("如东县", 320.0)] == "other:数字经济规模"
    assert with_file[("如东县", 320.0)] == with_file[("上虞区", 860.0)] == "digital_economy"
    assert with_file[("如东县", 1300.0)] == "gdp"  # the built-in list still holds
    assert after == before


@pytest.mark.fast
def test_the_cache_keeps_the_user_files_content_in_its_key(folder):
    table = folder / "指标.csv"
    assert extract(folder, "--indicators", str(table))[("如东县", 320.0)] == "digital_economy"
    table.write_text(USER_TABLE.replace("digital_economy", "digital_scale"), encoding="utf-8")
    assert extract(folder, "--indicators", str(table))[("如东县", 320.0)] == "digital_scale"


@pytest.mark.fast
def test_a_user_row_replaces_a_builtin_id(folder):
    table = folder / "指标.csv"
    table.write_text("id,name,unit,dimension,synonyms\ngdp,经济规模,亿元,产业规模,数字经济规模\n", encoding="utf-8")
    found = extract(folder, "--indicators", str(table))
    assert found[("如东县", 320.0)] == "gdp"
    assert found[("如东县", 1300.0)] == "other:地区生产总值"  # the replaced row's synonyms are gone


@pytest.mark.fast
def test_reporter_yaml_names_the_file_relative_to_itself(folder):
    (folder / "reporter.yaml").write_text("indicators: 指标.csv\n", encoding="utf-8")
    assert extract(folder)[("上虞区", 860.0)] == "digital_economy"


@pytest.mark.fast
def test_the_python_api_keeps_the_user_list_to_the_corpus_it_made(folder):
    from reporter import taxonomy
    from reporter.pipeline import load_corpus

    corpus = load_corpus(folder / "文章", indicators=folder / "指标.csv")
    plain = load_corpus(folder / "文章")
    assert "digital_economy" in set(corpus.facts["indicator"])
    assert "digital_economy" not in set(plain.facts["indicator"])
    assert "digital_economy" not in {i.id for i in taxonomy.load()}  # nothing left in force


def test_a_brief_shows_the_user_indicator_by_its_name_and_dimension(folder):
    out = folder / "out"
    args = ("brief", str(folder / "文章"), "-t", "如东县", "-b", "上虞区", "--format", "html", "-o", str(out))
    run_cli(*args, "--indicators", str(folder / "指标.csv"), cwd=folder, check=True)
    html = (out / "如东县-对标-上虞区.html").read_text(encoding="utf-8")
    assert "数字经济核心产业规模" in html and "数字化转型" in html
    run_cli(*args, cwd=folder, check=True)
    html = (out / "如东县-对标-上虞区.html").read_text(encoding="utf-8")
    assert "数字经济核心产业规模" not in html and "数字化转型" not in html


def test_batch_workers_see_the_user_indicators(folder):
    (folder / "对标.csv").write_text("target,benchmarks\n如东县,上虞区\n", encoding="utf-8")
    out = folder / "out"
    args = ("batch", "对标.csv", "文章", "-o", str(out), "--format", "html", "-j", "1")
    proc = run_cli(*args, "--indicators", "指标.csv", cwd=folder)
    assert proc.returncode == 0, proc.stderr
    assert "数字经济核心产业规模" in (out / "如东县-对标-上虞区.html").read_text(encoding="utf-8")
    proc = run_cli(*args, cwd=folder)  # without the file: a changed input, rendered again
    assert proc.returncode == 0, proc.stderr
    assert "数字经济核心产业规模" not in (out / "如东县-对标-上虞区.html").read_text(encoding="utf-8")


@pytest.mark.fast
def test_statistics_and_the_review_sheet_know_the_user_indicators(folder):
    (folder / "统计.csv").write_text(
        "region,indicator,value,unit,period,source\n如东县,数字经济核心产业规模,335,亿元,2024,统计公报\n",
        encoding="utf-8",
    )
    args = ("profiles", "export", "文章", "--data", "统计.csv", "--indicators", "指标.csv")
    run_cli(*args, "-o", "facts.csv", cwd=folder, check=True)
    rows = list(csv.DictReader(io.StringIO((folder / "facts.csv").read_text(encoding="utf-8-sig"))))
    assert {r["indicator"] for r in rows if r["value"] == "335.0"} == {"digital_economy"}, rows
    run_cli(*args, "-o", "sheet.csv", "--table", "indicators", cwd=folder, check=True)
    sheet = {
        r["indicator"]: r for r in csv.DictReader(io.StringIO((folder / "sheet.csv").read_text(encoding="utf-8-sig")))
    }
    assert sheet["digital_economy"]["facts"] == "3" and sheet["digital_economy"]["dimension"] == "数字化转型"


BAD_TABLES = [
    ("id,name,unit,synonyms\nx,某指标,亿元,某指标\n", "第 1 行", "dimension"),
    (USER_TABLE + "digital_economy,又一个,亿元,数字化转型,\n", "第 3 行", "重复"),
    ("id,name,unit,dimension,synonyms\nx,某指标,斤两,其他,\n", "第 2 行", "斤两"),
    ("id,name,unit,dimension,synonyms\nx,,亿元,其他,\n", "第 2 行", "name"),
    ("id,name,unit,dimension,synonyms\nx,某指标,亿元,其他,甲,乙\n", "第 2 行", "|"),
]


@pytest.mark.fast
@pytest.mark.parametrize(("text", "line", "word"), BAD_TABLES)
def test_a_bad_file_names_itself_and_the_line(folder, text, line, word):
    (folder / "坏.csv").write_text(text, encoding="utf-8")
    proc = run_cli("extract", str(folder / "文章"), "--indicators", str(folder / "坏.csv"), cwd=folder)
    assert proc.returncode == 2
    [error] = messages(proc.stderr)
    assert error.startswith("错误:") and "坏.csv" in error and line in error and word in error, error


@pytest.mark.fast
def test_a_file_not_in_utf8_says_so_with_its_line(folder):
    (folder / "坏.csv").write_bytes(USER_TABLE.encode("utf-8") + "x,某指标,亿元,其他,\n".encode("gbk"))
    proc = run_cli("regions", str(folder / "文章"), "--indicators", str(folder / "坏.csv"), cwd=folder)
    assert proc.returncode == 2
    [error] = messages(proc.stderr)
    assert "坏.csv" in error and "第 3 行" in error and "UTF-8" in error, error


@pytest.mark.fast
def test_a_missing_file_in_reporter_yaml_is_an_error(folder):
    (folder / "reporter.yaml").write_text("indicators: 没有.csv\n", encoding="utf-8")
    proc = run_cli("extract", str(folder / "文章"), cwd=folder)
    assert proc.returncode == 2 and "没有.csv" in proc.stderr


@pytest.mark.parametrize("command", ["extract", "regions", "brief", "batch", "profiles export", "templates check"])
def test_every_command_that_extracts_offers_the_option(command):
    proc = run_cli(*command.split(), "--help")
    assert "--indicators" in proc.stdout and "id,name,unit,dimension,synonyms" in proc.stdout
