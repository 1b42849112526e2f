"""The brief as a reader checks it: numbers traceable to sentences, honest flags, named practices.

Briefs are rendered once per session (the default one by the CLI in conftest, the
others through the Python API on the shared corpus) and read back from the PDF.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import pdf_text, run_cli

from reporter.compare import blocking_reason, display_value, make_cell, mark_best, ratio_phrase
from reporter.models import Region, Value, fmt, point_phrase

PAIRS = {
    "西双版纳州-松江区": ("西双版纳州", ["松江区"]),
    "如东县-上虞区": ("如东县", ["上虞区"]),
    "泗泾镇-金山区": ("泗泾镇", ["金山区"]),  # two regions from different documents
    "西双版纳州-松江区-金山区": ("西双版纳州", ["松江区", "金山区"]),
    "西双版纳州-松江区-金山区-上虞区": ("西双版纳州", ["松江区", "金山区", "上虞区"]),
}
PAGE_NUMBER = re.compile(r"—\d+—")
ORIGINS = "原文摘录|统计数据|人工校正"


@pytest.fixture(scope="session")
def briefs(corpus, default_brief, tmp_path_factory) -> dict[str, dict[str, Path]]:
    from reporter.pipeline import make_brief

    out = tmp_path_factory.mktemp("briefs")
    result = {"西双版纳州-松江区": default_brief}
    for key, (target, benchmarks) in PAIRS.items():
        if key not in result:
            paths = make_brief(corpus, target, benchmarks, out)
            result[key] = {p.suffix[1:]: p for p in paths}
    return result


def flat(text: str) -> str:
    """PDF text without whitespace or page numbers, so wrapped lines join up again."""
    return PAGE_NUMBER.sub("", re.sub(r"\s+", "", text))


def sections(text: str) -> tuple[str, str]:
    """(gap tables part, 数据来源 part) of a brief's flattened PDF text."""
    gaps = text[text.index("二、主要差距") : text.index("三、对策建议")]
    sources = text[text.rindex("附录二数据来源") :]
    return gaps, sources


def source_entries(sources: str) -> dict[int, str]:
    parts = re.split(r"\[(\d+)\](?=[^\[\]·]{1,30}·)", sources)
    return {int(no): body for no, body in zip(parts[1::2], parts[2::2], strict=True)}


def evidence_of(entry: str) -> str:
    """The sentence of a 数据来源 entry: after the document's 《title》 or “first words” (and date),
    up to the colophon."""
    tail = re.split(r"[》”](?:（\d{4}-\d\d-\d\d）)?：", entry, maxsplit=1)[1]
    # The quote ends where the colophon or the note on how its region was inferred (△) begins.
    return tail.split("本简报由reporter")[0].split("（△")[0]


@pytest.mark.parametrize("key", PAIRS)
def test_brief_renders_html_and_pdf_with_every_section(briefs, key):
    paths = briefs[key]
    assert paths["pdf"].stat().st_size > 10_000
    html = paths["html"].read_text(encoding="utf-8")
    text = flat(pdf_text(paths["pdf"]))
    target, benchmarks = PAIRS[key]
    assert f"{target}对标{'、'.join(benchmarks)}找差距分析简报" in text
    for heading in ("核心结论", "一、对标地区的做法与经验", "二、主要差距", "三、对策建议", "附录一指标对照表"):
        assert heading in text, heading
    assert "附录二数据来源" in text
    if "为对标地区的" in text:  # a computed comparison is drawn as inline SVG with Chinese labels
        assert "<svg" in html and "目标地区数值" in html
    else:
        assert "<svg" not in html  # no chart of nothing


@pytest.mark.parametrize("key", PAIRS)
def test_every_gap_table_number_is_in_the_sources_with_its_sentence(briefs, corpus, key):
    text = flat(pdf_text(briefs[key]["pdf"]))
    gaps, sources = sections(text)
    entries = source_entries(sources)
    bodies = [re.sub(r"\s+", "", d.body) for d in corpus.documents.values()]
    cited = re.findall(r"(\d+(?:\.\d+)?)[^\d\[\]]{0,6}\[(\d+)\]", gaps)
    assert cited, "no cited number in the gap tables"
    for number, no in cited:
        entry = entries[int(no)]
        head = re.split(ORIGINS, entry)[0]
        assert number in head, f"[{no}] shows {number} in the table but the appendix says {head}"
        sentence = evidence_of(entry)
        assert any(sentence in body for body in bodies), f"[{no}] sentence not found in any document: {sentence}"
        raw = re.search(r"（原文：(.+?)）", head)
        written = raw.group(1) if raw else number
        assert re.sub(r"[（）]", "", written)[:3] in sentence or number in sentence, (no, written, sentence)


@pytest.mark.parametrize("key", PAIRS)
def test_every_appendix_one_number_is_in_the_sources(briefs, key):
    """附录一 lists every row, the 待补数据 and target-only ones too: each number has its entry."""
    text = flat(pdf_text(briefs[key]["pdf"]))
    appendix = text[text.index("附录一指标对照表") : text.rindex("附录二数据来源")]
    entries = source_entries(text[text.rindex("附录二数据来源") :])
    cited = re.findall(r"(\d+(?:\.\d+)?)[^\d\[\]]{0,8}\[(\d+)\]", appendix)
    assert cited
    for number, no in cited:
        assert number in re.split(ORIGINS, entries[int(no)])[0], (number, no)


@pytest.mark.parametrize("key", PAIRS)
def test_no_label_repeats_in_a_list_of_the_findings(briefs, key):
    text = flat(pdf_text(briefs[key]["pdf"]))
    findings = text[text.index("核心结论") : text.index("一、对标地区的做法与经验")]
    lists = re.findall(r"((?:[^、，。：；“”]+、)+[^、，。：；“”等]+)等", findings)
    for items in (x.split("、") for x in lists):
        assert len(items) == len(set(items)), items


@pytest.mark.parametrize("key", PAIRS)
def test_not_seen_only_where_the_target_has_the_indicator_in_no_kind(corpus, key):
    from reporter.compare import compare, resolve_region

    target, benchmarks = PAIRS[key]
    region = resolve_region(corpus, target)
    comparison = compare(corpus, region, [resolve_region(corpus, b) for b in benchmarks])
    facts = corpus.facts
    own = facts[(facts["region_id"] == region.id) & ~facts["kind"].isin(["target", "multiple"])]
    assert not set(own["indicator"]) & {r.indicator for r in comparison.missing}
    assert all(r.target_shown is not None for d in comparison.dimensions for r in d.rows)


@pytest.mark.parametrize("key", PAIRS)
def test_no_goal_is_shown_as_an_actual(briefs, corpus, key):
    text = flat(pdf_text(briefs[key]["pdf"]))
    gaps, sources = sections(text)
    actual_part = gaps.split("发展目标（目标值")[0]
    entries = source_entries(sources)
    goals = corpus.facts[corpus.facts["kind"] == "target"]
    goal_keys = {(re.sub(r"\s+", "", e), r) for e, r in zip(goals["evidence"], goals["raw"], strict=True)}
    for no in re.findall(r"\[(\d+)\]", actual_part):
        entry = entries[int(no)]
        raw = re.search(r"（原文：(.+?)）", entry)
        value = raw.group(1) if raw else re.split(ORIGINS, entry)[0].split("·")[-1]
        assert (evidence_of(entry), value) not in goal_keys, f"goal shown as actual: [{no}] {entry[:60]}"


def test_goals_are_listed_apart_from_actuals(briefs):
    text = flat(pdf_text(briefs["泗泾镇-金山区"]["pdf"]))
    assert "发展目标（目标值，非实际值，不计算差距）" in text


def test_mismatched_periods_are_flagged_not_computed(briefs, corpus):
    """Every row whose two values come from different periods carries the flag and no ratio."""
    from reporter.compare import compare, resolve_region

    seen = 0
    for key, (target, benchmarks) in PAIRS.items():
        comparison = compare(corpus, resolve_region(corpus, target), [resolve_region(corpus, b) for b in benchmarks])
        gaps, _sources = sections(flat(pdf_text(briefs[key]["pdf"])))
        mismatched = 0
        for dim in comparison.dimensions:
            for row in dim.rows:
                for cell in row.cells:
                    t, b = row.target, cell.benchmark
                    if t and b and t.period.rstrip("年") != b.period.rstrip("年"):
                        mismatched += 1
                        assert cell.ratio is None
                        assert all(p in gaps for p in (t.period, b.period) if p)
        assert gaps.count("⚑期间不同") >= mismatched, key
        seen += mismatched
    assert seen, "no pair has values from different periods; the test checks nothing"


def test_recommendations_name_a_practice_of_the_benchmark_found_in_the_corpus(briefs, corpus):
    """Each 对策建议 names a practice extracted for the benchmark (or a town or park inside it)."""
    practices = corpus.practices[corpus.practices["kind"] == "practice"]
    regions = {r.id: r for r in corpus.regions.values()}
    found = 0
    for key, (_target, benchmarks) in PAIRS.items():
        text = flat(pdf_text(briefs[key]["pdf"]))
        recs = text[text.index("三、对策建议") : text.index("附录一")]
        for where, term in re.findall(r"借鉴(.+?)“(.+?)”的做法", recs):
            found += 1
            bench = next(b for b in benchmarks if where.startswith(b))
            owners = [regions[rid] for rid in practices[practices["term"] == term]["region_id"]]
            assert any(bench in r.full_name or r.parent == bench for r in owners), (where, term, owners)
            evidence = practices[practices["term"] == term]["evidence"].iloc[0]
            assert re.sub(r"\s+", "", evidence) in recs  # the sentence it rests on is quoted
    assert found, "no recommendation in any brief"


def test_most_recent_value_is_used_and_the_others_noted():
    from conftest import a_fact

    from reporter.compare import pick_value

    facts = [
        a_fact(value=80.0, period="2020年", id="a", doc="x", evidence="甲。", raw="80家"),
        a_fact(value=95.0, period="2023年", id="b", doc="y", evidence="乙。", raw="95家"),
    ]
    v = pick_value(facts, "某县", "家")
    assert (v.value, v.period, v.fact_id) == (95.0, "2023年", "b")
    assert v.others == ["80家（2020年）"]


def test_a_period_both_regions_state_is_compared_before_the_latest_of_each():
    from conftest import a_fact

    from reporter.compare import DEFAULT_PRECEDENCE, make_row

    target = Region("t", "甲市", "某省甲市", "prefecture")
    bench = Region("b", "乙市", "某省乙市", "prefecture")
    by_region = {
        "t": [
            a_fact(value=4100.0, unit="亿元", period="2022年", id="t1", raw="4100亿元"),
            a_fact(value=890.0, unit="亿元", period="一季度", id="t2", raw="890亿元"),
        ],
        "b": [a_fact(value=950.0, unit="亿元", period="一季度", id="b1", raw="950亿元")],
    }
    row = make_row(("gdp", "level"), by_region, target, [bench], DEFAULT_PRECEDENCE, goal=False)
    assert (row.target.value, row.target.period) == (890.0, "一季度")
    assert row.cells[0].ratio == pytest.approx(890 / 950)
    assert row.target.others == ["4100亿元（2022年）"]


def test_target_without_a_value_says_not_seen(briefs):
    text = flat(pdf_text(briefs["如东县-对标-上虞区".replace("-对标-", "-")]["pdf"]))
    assert "未见数据" in text


def test_several_benchmarks_each_shown_and_best_marked(briefs):
    text = flat(pdf_text(briefs["西双版纳州-松江区-金山区"]["pdf"]))
    assert "西双版纳州对标松江区、金山区" in text
    assert "★对标最优" in text


def test_default_brief_stays_small(default_brief):
    assert default_brief["pdf"].stat().st_size <= 600_000


def test_default_brief_uses_few_font_faces(default_brief):
    import subprocess

    fonts = subprocess.run(["pdffonts", str(default_brief["pdf"])], capture_output=True, text=True, check=True).stdout
    cjk = {line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:] if "CJK" in line}
    assert 1 <= len(cjk) <= 3, cjk


# Rules, on values written for the tests.


def value(v: float, unit: str = "家", period: str = "", qualifier: str = "", kind: str = "level") -> Value:
    return Value("甲", v, unit, f"{v}{unit}", period, qualifier, kind, "f", "d", "句子。")


COUNTY = Region("1", "甲县", "某省甲县", "county")
PREFECTURE = Region("2", "乙州", "某省乙州", "prefecture")
PARK = Region("park:丙园", "丙园", "丙园", "park")


def test_ratio_phrases_read_as_briefs_write_them():
    assert ratio_phrase(126 / 1617) == "为对标地区的7.8%，相差约12.8倍"
    assert ratio_phrase(0.875) == "为对标地区的87.5%，低12.5%"
    assert ratio_phrase(3.25) == "为对标地区的3.2倍"
    assert point_phrase(12.5 - 8.3) == "高出4.2个百分点"
    assert point_phrase(-3.0) == "低3个百分点"


def test_units_are_normalised_only_where_they_mean_the_same():
    from conftest import a_fact

    fact = a_fact(value=5000.0, unit="万元")
    assert display_value(fact, "亿元") == (0.5, "亿元")
    assert display_value(fact, "万元") == (5000.0, "万元")
    firms = a_fact(value=126.0, unit="户")
    assert display_value(firms, "家") == (126.0, "家")
    assert display_value(firms, "个") == (126.0, "户")  # 户 of something else stays 户
    # with no unit in the taxonomy: money in 元, or per person, stays as written
    assert display_value(a_fact(value=-2568.0, unit="元", label="收入与邻县差距")) == (-2568.0, "元")
    assert display_value(a_fact(value=8.5, unit="万元", label="人均工业产值")) == (8.5, "万元")
    assert display_value(a_fact(value=5000.0, unit="万元", label="工业产值")) == (0.5, "亿元")


def test_numbers_are_never_printed_in_scientific_notation():
    assert fmt(0.0000227) == "0.0000227"
    assert fmt(0.5) == "0.5"


def test_flags_block_misleading_comparisons():
    assert "期间不同" in blocking_reason(value(1, period="2020"), value(2, period="2023"), COUNTY, COUNTY)
    assert "层级相差" in blocking_reason(value(1), value(2), PARK, PREFECTURE)
    assert "目标值" in blocking_reason(value(1, kind="target"), value(2), COUNTY, COUNTY)
    assert blocking_reason(value(1), value(2), COUNTY, PREFECTURE) == ""
    cell = make_cell(value(1, period="2020"), value(2, period="2023"), COUNTY, COUNTY)
    assert cell.ratio is None and cell.flags


def test_two_places_in_one_ranking_are_set_apart_by_places_never_by_a_ratio():
    behind = make_cell(value(4, "位", "2017", kind="rank"), value(1, "位", "2017", kind="rank"), COUNTY, COUNTY)
    assert behind.ratio is None and behind.places == 3 and behind.phrase == "落后3位" and behind.compared
    ahead = make_cell(value(2, "位", "2017", kind="rank"), value(9, "位", "2017", kind="rank"), COUNTY, COUNTY)
    assert ahead.phrase == "领先7位"
    # places of different years, or of no stated year, are not set against each other
    other_year = make_cell(value(4, "位", "2016", kind="rank"), value(1, "位", "2017", kind="rank"), COUNTY, COUNTY)
    assert other_year.places is None and not other_year.compared
    undated = make_cell(value(4, "位", kind="rank"), value(1, "位", kind="rank"), COUNTY, COUNTY)
    assert undated.places is None


def test_approximate_values_are_computed_but_marked():
    cell = make_cell(value(100), value(400, qualifier="超过"), COUNTY, COUNTY)
    assert cell.phrase.startswith("约为对标地区的25.0%")
    assert any("含约数" in f for f in cell.flags)


def test_best_of_several_benchmarks_is_marked():
    from reporter.models import Cell, Row

    row = Row(
        "x", "某指标", "企业主体", "level", value(1), [Cell(value(3), 1 / 3, "", []), Cell(value(9), 1 / 9, "", [])]
    )
    (marked,) = mark_best([row])
    assert [c.best for c in marked.cells] == [False, True]
    assert [c.best for c in row.cells] == [False, False]  # the row given is left as it was


def test_inferred_regions_are_marked_and_explained(default_brief):
    text = flat(pdf_text(default_brief["pdf"]))
    count = re.search(r"标△的(\d+)个数字原句未点明地区", text)
    assert count, "核心结论 does not say how many numbers rest on inference"
    _gaps, sources = sections(text)
    tables = text[text.index("二、主要差距") : text.rindex("附录二数据来源")]  # gap tables, 待补数据, 附录一
    marked = len(set(re.findall(r"△\[(\d+)\]", tables)))
    assert marked == int(count.group(1))
    assert sources.count("（△") == marked  # each one's basis is stated in 数据来源


def two_gulou(tmp_path):
    folder = tmp_path / "gulou"
    folder.mkdir()
    (folder / "nj.txt").write_text("南京市鼓楼区规上工业企业320户，地区生产总值2100亿元。\n", encoding="utf-8")
    (folder / "fz.txt").write_text("福州市鼓楼区规上工业企业150户，地区生产总值1600亿元。\n", encoding="utf-8")
    (folder / "sj.txt").write_text("松江区规上工业企业1617户，地区生产总值1800亿元。\n", encoding="utf-8")
    return folder


def test_an_ambiguous_region_is_an_error_that_lists_the_full_names(tmp_path):
    folder = two_gulou(tmp_path)
    proc = run_cli("brief", "-t", "鼓楼区", "-b", "松江区", "-c", str(folder), "-o", str(tmp_path / "out"))
    assert proc.returncode == 2, proc.stderr
    assert "江苏省南京市鼓楼区" in proc.stderr and "福建省福州市鼓楼区" in proc.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    for full in ("江苏省南京市鼓楼区", "福建省福州市鼓楼区"):
        run_cli(
            "brief",
            "-t",
            full,
            "-b",
            "松江区",
            "-c",
            str(folder),
            "-o",
            str(tmp_path / "out"),
            "--format",
            "html",
            check=True,
        )
    assert len(list((tmp_path / "out").glob("*.html"))) == 2  # the two never share a file


def test_a_benchmark_that_is_the_target_is_refused(tmp_path):
    folder = two_gulou(tmp_path)
    proc = run_cli("brief", "-t", "松江", "-b", "松江区", "-c", str(folder), "-o", str(tmp_path / "out"))
    assert proc.returncode == 2 and "就是目标地区" in proc.stderr


def test_a_brief_that_can_compare_nothing_says_so(tmp_path):
    folder = tmp_path / "thin"
    folder.mkdir()
    (folder / "a.txt").write_text("松江区规上工业企业1617户。如东县新增高新技术企业32家。\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("brief", "-t", "如东县", "-b", "松江区", "-c", str(folder), "-o", str(out), "--format", "html")
    assert proc.returncode == 0, proc.stderr
    assert "没有共同的指标" in proc.stderr
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert "⚑" not in html


def test_two_regions_of_one_name_are_named_apart_in_a_brief_and_in_json(tmp_path):
    folder = two_gulou(tmp_path)
    out = tmp_path / "out"
    run_cli(
        "brief",
        str(folder),
        "-t",
        "福建省福州市鼓楼区",
        "-b",
        "江苏省南京市鼓楼区",
        "-o",
        str(out),
        "--format",
        "html",
        check=True,
    )
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert "福州市鼓楼区对标南京市鼓楼区" in html
    assert "鼓楼区对标鼓楼区" not in html
    proc = run_cli("extract", str(folder), "--format", "json", check=True)
    regions = json.loads(proc.stdout)["regions"]
    assert {"江苏省南京市鼓楼区", "福建省福州市鼓楼区", "松江区"} <= set(regions)
    assert [f["value"] for f in regions["江苏省南京市鼓楼区"]["facts"] if f["unit"] == "亿元"] == [2100.0]


def test_a_brief_written_into_the_corpus_folder_is_not_read_back_as_an_article(tmp_path):
    folder = two_gulou(tmp_path)
    out = folder / "简报"
    args = ("brief", str(folder), "-t", "松江区", "-b", "江苏省南京市鼓楼区", "-o", str(out))
    run_cli(*args, check=True)
    again = run_cli(*args, check=True)
    assert "是 reporter 生成的简报" in again.stderr
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert "找差距分析简报》" not in html  # no brief cited among the sources


def test_a_chart_names_a_growth_bar_apart_from_the_total():
    from reporter.charts import bar_labels
    from reporter.models import Row

    rows = [Row("gdp", "地区生产总值", "产业规模", kind, None, []) for kind in ("level", "growth")]
    rows.append(Row("x", "利润增长", "产业规模", "growth", None, []))
    assert bar_labels(rows) == ["地区生产总值", "地区生产总值（增长）", "利润增长"]
