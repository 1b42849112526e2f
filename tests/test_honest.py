"""Briefs that say what they lack: other kinds shown, missing values listed, warnings that reach
the reader, recommendations from a related practice. On small corpora written for the tests."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from conftest import run_cli

from reporter.compare import compare, resolve_region
from reporter.pipeline import load_corpus, make_brief

TARGET = """如东县工业经济稳步发展
2023年，如东县规上工业企业达到120家，专精特新企业45家，小巨人企业6家。
如东县外贸进出口总额达到80亿元。
"""
BENCHMARK = """上虞区推进制造业高质量发展
2023年，上虞区规上工业企业达到600家，专精特新企业数增长35%。
上虞区推行“标准地”改革，新增工业用地全部按标准地出让。
上虞区实施“凤凰行动”，推动龙头企业上市，培育骨干企业。
上虞区实际利用外资达到5亿美元。
"""
NO_NUMBERS = "金山区位于上海市西南部。\n"


def write_corpus(folder: Path, **files: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("honest"), a=TARGET, b=BENCHMARK, c=NO_NUMBERS)


@pytest.fixture(scope="module")
def small_corpus(small):
    return load_corpus([small])


@pytest.fixture(scope="module")
def small_brief(small_corpus, tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("honest-out")
    paths = make_brief(small_corpus, "如东县", ["上虞区"], out, formats=("html",), warn=lambda _m: None)
    return next(p for p in paths if p.suffix == ".html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    from lxml import html as lhtml

    return re.sub(r"\s+", "", lhtml.fromstring(html).text_content())


def gap_tables(html: str) -> str:
    text = text_of(html)
    return text[text.index("二、主要差距") : text.index("三、对策建议")]


def test_a_total_against_a_growth_rate_is_shown_not_called_missing(small_corpus, small_brief):
    target = resolve_region(small_corpus, "如东县")
    comparison = compare(small_corpus, target, [resolve_region(small_corpus, "上虞区")])
    row = next(r for d in comparison.dimensions for r in d.rows if r.label == "专精特新企业数")
    assert row.kind == "growth" and row.target is None
    assert row.target_other.value == 45 and row.target_other.kind == "level"
    assert row.cells[0].ratio is None and "口径不同（总量/增长）" in row.cells[0].flags
    gaps = gap_tables(small_brief)
    srdi = gaps[gaps.index("专精特新企业数") :]
    assert srdi.startswith("专精特新企业数（增长）45家") and "⚑口径不同" in srdi[:80]
    assert "专精特新企业数" not in [r.label for r in comparison.missing]


def test_indicators_only_the_target_has_are_in_appendix_one(small_brief):
    text = text_of(small_brief)
    appendix = text[text.index("附录一") : text.index("附录二数据来源")]
    only = appendix[appendix.rindex("仅如东县有数据的指标") :]
    assert "小巨人企业数6家" in only and "进出口总额80亿元" in only
    sources = text[text.index("附录二数据来源") :]
    assert "如东县·小巨人企业数·6家" in sources


def test_a_benchmark_only_indicator_is_listed_with_its_dimension_and_source(small_brief):
    """实际利用外资 (开放合作) is the benchmark's only: listed in 待补数据 with its dimension and source."""
    text = text_of(small_brief)
    missing = text[text.index("待补数据") : text.index("三、对策建议")]
    assert "实际利用外资开放合作5亿美元" in missing
    assert "上虞区·实际利用外资·5亿美元" in text[text.index("附录二数据来源") :]


def test_every_fact_that_passes_the_comparison_filter_is_in_a_table_and_the_sources(small_corpus, small_brief):
    from reporter.context import build_context

    target = resolve_region(small_corpus, "如东县")
    comparison = compare(small_corpus, target, [resolve_region(small_corpus, "上虞区")])
    context = build_context(small_corpus, comparison)
    cited = {s.no: s for s in context.sources}
    text = text_of(small_brief)
    tables, sources = text[: text.index("附录二数据来源")], text[text.index("附录二数据来源") :]
    shown = {v.fact_id: v for row in all_rows(context) for v in row_values(row)}
    facts = [f for f in small_corpus.fact_records if f.region_id in (target.id, comparison.benchmarks[0].id)]
    assert len(facts) == 7
    for fact in facts:
        value = shown.get(fact.id)
        assert value is not None, f"{fact.label} {fact.raw} is in no table"
        assert f"[{value.source_no}]" in tables and cited[value.source_no].evidence == fact.evidence
        assert f"[{value.source_no}]{value.region}·" in sources


def all_rows(rows_of):
    """Every row of a Comparison or a BriefContext: the dimensions', 待补数据, goals, 附录一."""
    rows = [r for d in rows_of.dimensions for r in d.rows]
    return rows + rows_of.missing + rows_of.goals + rows_of.target_only


def test_building_the_context_leaves_the_comparison_as_it_was(small_corpus):
    import copy
    import dataclasses

    from reporter.context import build_context

    comparison = compare(small_corpus, resolve_region(small_corpus, "如东县"), [resolve_region(small_corpus, "上虞区")])
    before = copy.deepcopy(comparison)
    context = build_context(small_corpus, comparison)
    assert comparison == before
    assert {v.source_no for r in all_rows(comparison) for v in row_values(r)} == {0}  # numbers live in the context
    assert 0 not in {v.source_no for r in all_rows(context) for v in row_values(r)}
    with pytest.raises(dataclasses.FrozenInstanceError):
        comparison.dimensions[0].rows[0].cells[0].best = True  # type: ignore[misc]


def row_values(row):
    return [v for v in [row.target_shown, *(c.benchmark for c in row.cells)] if v is not None]


def test_a_benchmark_without_numbers_is_a_warning_on_stderr_and_at_the_top(small, tmp_path):
    out = tmp_path / "out"
    proc = run_cli("brief", "-t", "如东县", "-b", "金山区", "-c", str(small), "-o", str(out), "--format", "html")
    assert proc.returncode == 0, proc.stderr
    assert "对标地区金山区在语料中没有任何数字" in proc.stderr
    text = text_of(next(out.glob("*.html")).read_text(encoding="utf-8"))
    assert text.index("提请注意") < text.index("核心结论")
    assert "对标地区金山区在语料中没有任何数字" in text


def test_strict_turns_a_warning_into_an_error_and_writes_nothing(small, tmp_path):
    out = tmp_path / "out"
    args = ["brief", "-t", "如东县", "-b", "金山区", "-c", str(small), "-o", str(out), "--strict"]
    proc = run_cli(*args)
    assert proc.returncode == 2 and "--strict" in proc.stderr and "金山区" in proc.stderr
    assert not out.exists() or not any(out.iterdir())
    assert run_cli(*args[:-1], "--format", "html").returncode == 0  # the same brief without --strict


def test_the_batch_manifest_and_index_carry_each_briefs_warnings(small, tmp_path):
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("target,benchmarks\n如东县,上虞区\n如东县,金山区\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("batch", str(pairs), "-o", str(out), "-c", str(small), "-j", "1", "--format", "html")
    assert proc.returncode == 0, proc.stderr
    with (out / "manifest.csv").open(encoding="utf-8-sig") as fh:
        rows = {r["benchmarks"]: r for r in csv.DictReader(fh)}
    assert rows["上虞区"]["warnings"] == ""
    assert "对标地区金山区在语料中没有任何数字" in rows["金山区"]["warnings"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<th>警告</th>" in index and "对标地区金山区在语料中没有任何数字" in index


def test_a_gap_is_paired_with_a_practice_of_its_dimension_not_the_first_one(small_corpus):
    target = resolve_region(small_corpus, "如东县")
    comparison = compare(small_corpus, target, [resolve_region(small_corpus, "上虞区")])
    [rec] = comparison.recommendations
    assert rec.gap.startswith("规上工业企业数：如东县120户，上虞区600户")
    assert rec.practice == "凤凰行动"  # 标准地 comes first in the article but is about land, not firms
    assert "凤凰行动" in rec.text and rec.evidence.startswith("上虞区实施“凤凰行动”")


def test_without_a_related_practice_the_recommendation_says_what_to_look_for(tmp_path):
    land_only = BENCHMARK.replace("上虞区实施“凤凰行动”，推动龙头企业上市，培育骨干企业。\n", "")
    corpus = load_corpus([write_corpus(tmp_path / "c", a=TARGET, b=land_only)])
    target = resolve_region(corpus, "如东县")
    comparison = compare(corpus, target, [resolve_region(corpus, "上虞区")])
    [rec] = comparison.recommendations
    assert rec.practice == "" and rec.evidence == ""
    assert "未见上虞区在企业主体方面的具名做法" in rec.text and "建议收集上虞区" in rec.text
    assert "标准地" not in rec.text and "⚑" not in rec.text


def test_a_sentence_naming_two_practices_is_quoted_once(tmp_path):
    """Two gaps and one sentence that names two practices: the sentence is quoted once in 一、
    and once in 三、; the second gap says what to look for instead of quoting it again."""
    sentence = "上虞区以“链长制”和“凤凰行动”推动龙头企业上市，培育骨干企业。"
    two_gaps = BENCHMARK.replace("专精特新企业数增长35%", "专精特新企业300家")
    two_gaps = two_gaps.replace("上虞区实施“凤凰行动”，推动龙头企业上市，培育骨干企业。", sentence)
    corpus = load_corpus([write_corpus(tmp_path / "c", a=TARGET, b=two_gaps)])
    comparison = compare(corpus, resolve_region(corpus, "如东县"), [resolve_region(corpus, "上虞区")])
    assert len(comparison.recommendations) == 2
    assert [r.evidence for r in comparison.recommendations].count(sentence) == 1
    paths = make_brief(corpus, "如东县", ["上虞区"], tmp_path / "out", formats=("html",), warn=lambda _m: None)
    text = text_of(paths[0].read_text(encoding="utf-8"))
    practices = text[text.index("一、对标地区的做法与经验") : text.index("二、主要差距")]
    assert practices.count(sentence) == 1 and "“链长制”、“凤凰行动”" in practices
    assert text.count(sentence) == 2


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_to_collect_list_filled_in_and_passed_back_fills_the_table(small, tmp_path, suffix):
    out = tmp_path / "out"
    paths = make_brief(load_corpus([small]), "如东县", ["上虞区"], out, formats=("html",), warn=lambda _m: None)
    sheet = next(p for p in paths if p.name.endswith("-待补数据" + suffix))
    rows = read_sheet(sheet)
    headers = ["region", "indicator", "kind", "value", "unit", "period", "source"]  # as --data reads them
    assert [h.split()[0] for h in rows[0]] == headers
    [row] = rows
    # The period asked for is the benchmark's: its lead (2023年，上虞区…) dates the whole article.
    assert list(row.values()) == ["江苏省南通市如东县", "实际利用外资", "总量", "", "亿美元", "2023", ""]
    fill_sheet(sheet, value="3.2", source="2023年如东县统计公报")
    again = make_brief(
        load_corpus([small], data=sheet), "如东县", ["上虞区"], tmp_path / "again", formats=("html",),
        warn=lambda _m: None,
    )  # fmt: skip
    gaps = gap_tables(again[0].read_text(encoding="utf-8"))
    assert "实际利用外资3.2亿美元" in gaps and "待补数据" not in gaps  # the list is empty now
    assert not any(p.name.endswith("-待补数据.csv") for p in again)


def read_sheet(path: Path) -> list[dict]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig") as fh:
            return list(csv.DictReader(fh))
    from openpyxl import load_workbook

    ws = load_workbook(path).active
    values = [["" if c is None else str(c) for c in r] for r in ws.iter_rows(values_only=True)]
    return [dict(zip(values[0], r, strict=True)) for r in values[1:]]


def fill_sheet(path: Path, value: str, source: str) -> None:
    """Fill value and source of every row, as a person would in Excel or a text editor."""
    if path.suffix == ".csv":
        rows = read_sheet(path)
        for row in rows:
            row.update(value=value, source=source)
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        return
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.active
    headers = [c.value for c in ws[1]]
    for r in range(2, ws.max_row + 1):
        ws.cell(r, headers.index("value 数值") + 1, float(value))
        ws.cell(r, headers.index("source 来源") + 1, source)
    wb.save(path)


def test_the_to_collect_list_runs_no_formula_from_a_document(tmp_path):
    """A label (from a user's indicator file, say) may start with =; the CSV and XLSX keep it as text."""
    from openpyxl import load_workbook

    from reporter.collect import write_collect
    from reporter.models import Cell, Region, Row, Value

    bench = Value("乙区", 5.0, "家", "5家", "2023", "", "level", "f1", "d", "乙区=HYPERLINK(1)5家。")
    row = Row("mine", "=HYPERLINK(1)", "其他指标", "level", None, [Cell(bench, None, "—", [])])
    xlsx, csv_path = write_collect(Region("1", "甲县", "某省甲县", "county"), [row], tmp_path / "甲县-对标-乙区")
    assert ",'=HYPERLINK(1)," in csv_path.read_text(encoding="utf-8-sig")
    cell = load_workbook(xlsx).active["B2"]
    assert cell.data_type == "s" and cell.value == "=HYPERLINK(1)"


ESTIMATING = """如东县经济运行报告
如东县经济稳中有进。预计全年完成地区生产总值1350亿元，增长6.2%。规上工业增加值增长8.1%。
到2025年，如东县力争地区生产总值达到1600亿元。
"""
COUNTED = "上虞区经济运行情况\n上虞区地区生产总值1500亿元，增长7.0%，规上工业增加值增长9.5%。\n"


def test_a_brief_shows_estimates_and_goals_as_such(tmp_path):
    corpus = load_corpus([write_corpus(tmp_path / "in", a=ESTIMATING, b=COUNTED)])
    kinds = dict(zip(corpus.facts["value"], corpus.facts["kind"], strict=True))
    assert (kinds[1350], kinds[6.2], kinds[8.1], kinds[1600]) == ("estimate", "estimate", "estimate", "target")
    paths = make_brief(corpus, "如东县", ["上虞区"], tmp_path / "out", formats=("html",), warn=lambda _m: None)
    text = text_of(next(p for p in paths if p.suffix == ".html").read_text(encoding="utf-8"))
    gaps = text[text.index("二、主要差距") : text.index("三、对策建议")]
    actual, _, goals = gaps.partition("发展目标（目标值，非实际值，不计算差距）")
    assert "1600亿元" in goals and "1600亿元" not in actual  # the goal stands apart
    assert "口径不同（预计/总量）" in actual and "（预计）" in actual  # the estimate is named, not compared
    assert "为对标地区的" not in actual and "个百分点" not in actual  # no gap computed from an estimate
    assert "如东县·地区生产总值（预计）·1350亿元" in text and "如东县·规上工业增加值（预计）·8.1%" in text
    assert "如东县·地区生产总值（目标）·1600亿元" in text


def test_figures_whose_words_name_no_measure_are_never_compared():
    from types import SimpleNamespace

    from conftest import a_fact

    from reporter.compare import group_facts
    from reporter.models import Region

    a = Region(id="r1", name="甲县", full_name="甲县", level="county")
    b = Region(id="r2", name="乙县", full_name="乙县", level="county")
    facts = [
        a_fact(id="1", region_id="r1", indicator="other:数值", label="数值", value=120.0),
        a_fact(id="2", region_id="r2", indicator="other:数值", label="数值", value=300.0),
        a_fact(id="3", region_id="r1", indicator="gdp", label="地区生产总值", value=1300.0, unit="亿元"),
        a_fact(id="4", region_id="r2", indicator="gdp", label="地区生产总值", value=1500.0, unit="亿元"),
    ]
    grouped = group_facts(SimpleNamespace(fact_records=facts), [a, b])
    assert list(grouped) == [("gdp", "level")]


def test_ranks_of_lists_no_text_names_are_flagged_when_they_come_from_two_documents(tmp_path):
    # Neither text names its ranking: the two places may be in two lists.
    corpus = load_corpus(
        [
            write_corpus(
                tmp_path / "c", a="如东县发展势头良好，去年位列第8位。\n", b="上虞区发展势头良好，去年位列第3位。\n"
            )
        ]
    )
    comparison = compare(corpus, resolve_region(corpus, "如东县"), [resolve_region(corpus, "上虞区")])
    rows = [r for d in comparison.dimensions for r in d.rows] + comparison.missing
    row = next(r for r in rows if r.indicator == "other:排名")
    assert row.target.value == 8 and row.cells[0].benchmark.value == 3
    assert "榜单未写明，两地排名未必出自同一榜单" in row.cells[0].flags
    # One document's list ranks both: the same ranking.
    corpus = load_corpus([write_corpus(tmp_path / "d", a="去年，上虞区位列第3位，如东县位列第8位。\n")])
    comparison = compare(corpus, resolve_region(corpus, "如东县"), [resolve_region(corpus, "上虞区")])
    rows = [r for d in comparison.dimensions for r in d.rows] + comparison.missing
    row = next(r for r in rows if r.indicator == "other:排名")
    assert "榜单未写明，两地排名未必出自同一榜单" not in row.cells[0].flags


def test_places_in_two_lists_the_county_ranking_names_stand_in_rows_of_their_own():
    from types import SimpleNamespace

    from conftest import a_fact

    from reporter.compare import group_facts
    from reporter.models import Region

    a = Region(id="r1", name="甲镇", full_name="甲镇", level="town")
    b = Region(id="r2", name="乙镇", full_name="乙镇", level="town")
    c = Region(id="r3", name="丙县", full_name="丙县", level="county")
    facts = [
        a_fact(id="1", region_id="r1", indicator="county_rank", label="千强镇排名", value=12.0, unit="位", kind="rank"),
        a_fact(id="2", region_id="r2", indicator="county_rank", label="千强镇排名", value=30.0, unit="位", kind="rank"),
        a_fact(
            id="3", region_id="r3", indicator="county_rank", label="县域经济综合排名", value=5.0, unit="位", kind="rank"
        ),
        a_fact(
            id="4", region_id="r1", indicator="county_rank", label="工业百强县排名", value=9.0, unit="位", kind="rank"
        ),
    ]
    grouped = group_facts(SimpleNamespace(fact_records=facts), [a, b, c])
    assert {key: sorted(by_region) for key, by_region in grouped.items()} == {
        ("other:千强镇排名", "rank"): ["r1", "r2"],
        ("county_rank", "rank"): ["r3"],
        ("other:工业百强县排名", "rank"): ["r1"],
    }
