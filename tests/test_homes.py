"""A document's own region declared by the user (--home FILE=地区, config homes:), for texts
that only ever say 我县/全县. The articles here are written for these tests."""

from __future__ import annotations

import csv
import io

import pytest
from conftest import run_cli

from reporter.config import ConfigError, load_settings
from reporter.gazetteer import division_codes, full_name_of, load

UNNAMED = "全县规上工业企业达到85家，我县新增高新技术企业12家。\n我县地区生产总值达到210亿元。\n"


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("沅陵县", ["湖南省怀化市沅陵县"]),
        ("沅陵", ["湖南省怀化市沅陵县"]),
        ("南京鼓楼区", ["江苏省南京市鼓楼区"]),
        ("福建省福州市鼓楼区", ["福建省福州市鼓楼区"]),
        ("阳新县龙港镇", ["湖北省黄石市阳新县龙港镇"]),
        ("北京鼓楼区", []),  # Beijing has no 鼓楼区: the parents must match
        ("不存在县", []),
    ],
)
def test_a_division_is_found_by_its_name_short_form_or_parents(name, full):
    assert [full_name_of(load(), c) for c in division_codes(name)] == full


def test_a_name_several_divisions_share_gives_them_all():
    assert len(division_codes("鼓楼区")) == 4


def test_home_flags_merge_over_the_config_file(tmp_path):
    config = tmp_path / "reporter.yaml"
    config.write_text("homes:\n  a.txt: 沅陵县\n  b.txt: 渑池县\n", encoding="utf-8")
    settings = load_settings(config, homes=("b.txt=梅县区",))
    assert dict(settings.homes) == {"a.txt": "沅陵县", "b.txt": "梅县区"}


@pytest.mark.parametrize("item", ["a.txt", "=沅陵县", "a.txt="])
def test_a_home_flag_without_file_and_region_is_refused(item):
    with pytest.raises(ConfigError, match="文件=地区"):
        load_settings(homes=(item,))


def extract_rows(tmp_path, *flags: str) -> tuple[list[dict], str]:
    corpus = tmp_path / "文章"
    corpus.mkdir(exist_ok=True)
    (corpus / "x.txt").write_text(UNNAMED, encoding="utf-8")
    out = tmp_path / "facts.csv"
    proc = run_cli("extract", str(corpus), "--format", "csv", "-o", str(out), *flags)
    assert proc.returncode == 0, proc.stderr
    return list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))), proc.stderr


def test_without_a_declared_home_the_numbers_go_to_the_unnamed_home_with_a_warning(tmp_path):
    rows, stderr = extract_rows(tmp_path)
    assert {r["region"] for r in rows} == {"我县"}
    assert "--home x.txt=地区名" in stderr


def test_a_page_that_names_no_place_says_its_figures_are_left_out(tmp_path):
    corpus = tmp_path / "文章"
    corpus.mkdir()
    (corpus / "y.txt").write_text("2023年街道实现税收1.2亿元，新增市场主体850户。\n", encoding="utf-8")
    out = tmp_path / "facts.csv"
    proc = run_cli("extract", str(corpus), "--format", "csv", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "y.txt: 文中未写明任何地区; 2 个数字无法判断属于哪个地区" in proc.stderr
    assert "--home y.txt=地区" in proc.stderr
    # Declared, the same figures are the home's.
    proc = run_cli("extract", str(corpus), "--format", "csv", "-o", str(out), "--home", "y.txt=沅陵县")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert "未写明任何地区" not in proc.stderr and {r["region"] for r in rows} == {"沅陵县"}


def test_a_declared_home_takes_the_numbers_of_我县(tmp_path):
    rows, stderr = extract_rows(tmp_path, "--home", "x.txt=沅陵县")
    assert {r["region"] for r in rows} == {"沅陵县"}
    assert {r["full_name"] for r in rows} == {"湖南省怀化市沅陵县"}
    assert "未写明本地区" not in stderr
    assert {float(r["value"]) for r in rows} >= {85, 12, 210}


@pytest.mark.parametrize(
    ("flag", "message"),
    [
        ("y.txt=沅陵县", "语料中没有文件“y.txt”"),
        ("x.txt=不存在县", "找不到地区“不存在县”"),
        ("x.txt=鼓楼区", "江苏省南京市鼓楼区 / "),
    ],
)
def test_a_declared_home_that_cannot_be_found_is_an_error_in_chinese(tmp_path, flag, message):
    corpus = tmp_path / "文章"
    corpus.mkdir()
    (corpus / "x.txt").write_text(UNNAMED, encoding="utf-8")
    out = tmp_path / "facts.csv"
    proc = run_cli("extract", str(corpus), "--home", flag, "-o", str(out))
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()


def test_a_brief_can_target_the_declared_home(tmp_path):
    corpus = tmp_path / "文章"
    corpus.mkdir()
    (corpus / "x.txt").write_text(UNNAMED, encoding="utf-8")
    (corpus / "y.txt").write_text("松江区地区生产总值达到1800亿元，规上工业企业1617户。\n", encoding="utf-8")
    out = tmp_path / "o"
    proc = run_cli(
        "brief",
        str(corpus),
        "--home",
        "x.txt=沅陵县",
        "-t",
        "沅陵县",
        "-b",
        "松江区",
        "-o",
        str(out),
        "--format",
        "html",
    )
    assert proc.returncode == 0, proc.stderr
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert "沅陵县" in html and "210" in html


def test_a_park_can_be_declared_the_home_of_a_report_that_says_我区(tmp_path):
    corpus = tmp_path / "文章"
    corpus.mkdir()
    (corpus / "z.txt").write_text("今年以来，我区规上工业产值完成84.5亿元，全区新增企业36家。\n", encoding="utf-8")
    out = tmp_path / "facts.csv"
    proc = run_cli("extract", str(corpus), "--home", "z.txt=嵊泗高新区", "--format", "csv", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {r["region"] for r in rows} == {"嵊泗高新区"}
    assert {r["level"] for r in rows} == {"park"}


def test_two_documents_that_never_name_their_county_are_never_added_up(tmp_path):
    corpus = tmp_path / "文章"
    corpus.mkdir()
    (corpus / "x.txt").write_text(UNNAMED, encoding="utf-8")
    (corpus / "w.txt").write_text("我县地区生产总值达到95亿元，增长4.2%。\n", encoding="utf-8")
    (corpus / "y.txt").write_text("松江区地区生产总值达到1800亿元。\n", encoding="utf-8")
    out = tmp_path / "facts.csv"
    proc = run_cli("extract", str(corpus), "--format", "csv", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    owners = {r["full_name"] for r in rows if r["region"] == "我县"}
    assert owners == {"我县(文中未写明名称, 见x.txt)", "我县(文中未写明名称, 见w.txt)"}
    proc = run_cli("brief", str(corpus), "-t", "我县", "-b", "松江区", "-o", str(tmp_path / "o"), "--format", "html")
    assert proc.returncode == 2
    assert "见w.txt" in proc.stderr and "见x.txt" in proc.stderr and "--home 文件=地区" in proc.stderr
