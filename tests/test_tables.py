"""Tables saved as text, on tables written for these tests: rows a line each, a cell a line,
headers one cell short, unit captions, section rows, rankings printed in two halves."""

from __future__ import annotations

import pytest
from test_extract import make_doc

from reporter import tables
from reporter.extract import extract_document

pytestmark = pytest.mark.fast


def facts_of(body: str) -> set[tuple[str, float, str, str]]:
    return {(f.region, f.value, f.unit, f.kind) for f in extract_document(make_doc(body)).facts if "|" in f.evidence}


def test_rows_a_line_each_with_units_in_the_header() -> None:
    body = (
        "全县主要经济指标保持增长，经济运行稳中有进，具体如下。\n"
        "| 绝对数(亿元) | 比上年增长(%) |\n"
        "地区生产总值 | 254.5 | 5.2 |\n"
        "第二产业 | 80.1 | -3.1 |\n"
    )
    found = facts_of(body)
    assert {(254.5, "亿元", "level"), (5.2, "%", "growth"), (-3.1, "%", "growth")} <= {f[1:] for f in found}


def test_a_cell_a_line_with_a_unit_caption() -> None:
    cells = ["单位:亿元", "指标", "绝对数", "比上年增长%", "生产总值", "295.4", "7.7", "第一产业", "24.4", "3.3"]
    body = "全区经济平稳增长，全区实现生产总值295.4亿元，比上年增长7.7%。\n" + "\n|\n".join(cells)
    rows = tables.table_rows(body)
    assert [r.cells for r in rows] == [("生产总值", "295.4", "7.7"), ("第一产业", "24.4", "3.3")]
    assert rows[0].unit == "亿元" and rows[0].header == ("指标", "绝对数", "比上年增长%")
    assert (24.4, "亿元", "level") in {f[1:] for f in facts_of(body)}


def test_a_ranking_table_gives_each_region_its_rank_and_figures() -> None:
    body = "全市各县区经济总量排名如下，各地要对标先进、比学赶超。\n排名 | 地区 | 生产总值(亿元) |\n1 | 昆山市 | 5000 |\n2 | 江阴市 | 4800 |\n"
    found = facts_of(body)
    assert {("昆山市", 1.0, "位", "rank"), ("昆山市", 5000.0, "亿元", "level"), ("江阴市", 2.0, "位", "rank")} <= found


def test_a_ranking_printed_in_two_halves_and_a_section_row() -> None:
    body = "全市县域经济综合排名公布，名单如下。\n序号 | 县(市) | 序号 | 县(市) |\n1 | 昆山市 | 3 | 张家港市 |\n2 | 江阴市 | 4 | 常熟市 |\n"
    found = facts_of(body)
    assert {("昆山市", 1.0), ("张家港市", 3.0), ("江阴市", 2.0), ("常熟市", 4.0)} == {(r, v) for r, v, u, k in found}
    header = tables.table_rows("| 绝对数(亿元) | 增长(%) |\nGDP | 1 | 2 |\n一、工业 | 产值 | 增速 |\nA | 3 | 4 |")
    assert header[-1].header == ("", "绝对数(亿元)", "增长(%)")  # a section's name keeps the header


def test_names_written_after_their_province_in_two_halves() -> None:
    # The province before the name (浙江余姚市), one of them ambiguous alone (河南); the second
    # half of the last row lost its name, so its rank is no one's.
    body = (
        "全国县域创新能力排名公布，名单如下。\n排名 | 名单 | 排名 | 名单 |\n"
        "1 | 浙江余姚市 | 3 | 河南巩义市 |\n2 | 江苏海安市 | 4 | 某某?? |\n"
    )
    found = {(r, v) for r, v, u, k in facts_of(body)}
    assert found == {("余姚市", 1.0), ("巩义市", 3.0), ("海安市", 2.0)}


def test_a_menu_with_bars_is_not_a_table() -> None:
    assert tables.table_rows("首页 | 新闻中心 | 政务公开\n招商引资 | 园区概况 | 联系我们\n") == []


def test_a_ranking_row_whose_region_is_not_known_is_left_out() -> None:
    body = "全市各区经济总量排名如下，各地要对标先进、比学赶超。\n排名 | 地区 | 生产总值(亿元) |\n1 | 昆山市 | 5000 |\n2 | 某某新区 | 4800 |\n"
    assert {r for r, *_ in facts_of(body)} == {"昆山市"}


def test_a_header_printed_twice_side_by_side_in_a_cell_a_line_table() -> None:
    # 排名|县|省 twice, then rows of two places each: the rows start at the first figure, and a
    # place the division list lacks (某某市) gives its rank to no one, not to its province.
    cells = ["排名", "县(市)", "所在省", "排名", "县(市)", "所在省"]
    cells += ["1", "昆山市", "江苏省", "3", "某某市", "山东省", "2", "江阴市", "江苏省", "4", "慈溪市", "浙江省"]
    body = "全国县域经济百强名单如下。\n" + "\n|\n".join(cells)
    assert [r.cells for r in tables.table_rows(body)][:2] == [("1", "昆山市", "江苏省"), ("3", "某某市", "山东省")]
    found = {(r, v) for r, v, u, k in facts_of(body)}
    assert found == {("昆山市", 1.0), ("江阴市", 2.0), ("慈溪市", 4.0)}


def test_districts_missing_from_the_packaged_gazetteer_are_known() -> None:
    from reporter import gazetteer

    names = gazetteer.load().names
    assert names.get("渝北区") == ["500112"] and "500105" in names.get("江北区", [])


def test_rank_and_growth_columns_take_the_indicator_of_the_row_s_figure() -> None:
    body = "全市各县区经济总量排名如下，各地要对标先进、比学赶超。\n排名 | 地区 | 地区生产总值(亿元) | 增速(%) |\n1 | 昆山市 | 5000 | 6.1 |\n2 | 江阴市 | 4800 | 5.9 |\n"
    facts = [f for f in extract_document(make_doc(body)).facts if f.region == "昆山市"]
    assert {(f.kind, f.indicator) for f in facts} == {("rank", "gdp"), ("level", "gdp"), ("growth", "gdp")}


def test_a_ranking_printed_as_a_numbered_list_gives_each_place_its_rank() -> None:
    from test_extract import make_doc

    from reporter.extract import extract_document

    body = (
        "全国产业园区综合排名发布。\n附：综合排名前五名\n1、苏州工业园区\n2、青岛经济技术开发区\n"
        "3、青岛高新技术产业开发区\n4、大连经济技术开发区\n5、昆山经济技术开发区\n"
        "一、加快产业升级\n二、优化营商环境\n"
    )
    facts = extract_document(make_doc(body)).facts
    ranks = sorted((f.value, f.region) for f in facts if f.unit == "位")
    assert [r for _, r in ranks] == [
        "苏州工业园区",
        "青岛经济技术开发区",
        "青岛高新技术产业开发区",
        "大连经济技术开发区",
        "昆山经济技术开发区",
    ]
    assert [v for v, _ in ranks] == [1.0, 2.0, 3.0, 4.0, 5.0]


def test_numbered_tasks_that_name_no_place_give_no_fact() -> None:
    from test_extract import make_doc

    from reporter.extract import extract_document

    body = "今年重点抓好三项工作：\n1、加快产业升级\n2、优化营商环境\n3、推进城乡融合\n"
    assert extract_document(make_doc(body)).facts == ()


def ranks_in(body: str) -> list[tuple[str, float]]:
    """(region, rank) of every rank found, in the text's order."""
    return [(f.region, f.value) for f in extract_document(make_doc(body)).facts if f.kind == "rank"]


def test_positions_before_names_give_ranks_even_when_positions_skip() -> None:
    body = "全国县域排名揭晓，本省入选县市及其名次如下。\n12 浙江瑞安市\n40 浙江温岭市\n77 浙江乐清市\n"
    assert ranks_in(body) == [("瑞安市", 12.0), ("温岭市", 40.0), ("乐清市", 77.0)]


def test_a_row_with_the_province_and_a_score_after_the_name_is_the_county_s() -> None:
    body = "县域经济排行榜发布，详细榜单如下。\n排序县域名称所属省份综合分数\n1义乌市浙江省95.20\n2慈溪市浙江省94.10\n3余姚市浙江省93.05\n"
    assert ranks_in(body) == [("义乌市", 1.0), ("慈溪市", 2.0), ("余姚市", 3.0)]


def test_a_row_whose_name_is_misprinted_gives_no_rank_to_anyone() -> None:
    body = "县域经济排行榜发布，详细榜单如下。\n1义乌市浙江省95.20\n2某溪市浙江省94.10\n3余姚市浙江省93.05\n"
    assert ranks_in(body) == [("义乌市", 1.0), ("余姚市", 3.0)]


def test_the_top_rows_printed_again_in_the_full_list_give_each_rank_once() -> None:
    top = "1义乌市浙江省95.20\n2慈溪市浙江省94.10\n3余姚市浙江省93.05\n"
    body = f"县域经济排行榜发布。\n前三名\n{top}其中浙江表现突出，发展势头良好。\n完整榜单\n{top}4温岭市浙江省92.00\n"
    assert ranks_in(body) == [("义乌市", 1.0), ("慈溪市", 2.0), ("余姚市", 3.0), ("温岭市", 4.0)]


def test_years_opening_lines_are_no_positions() -> None:
    body = "历年情况如下。\n2021 瑞安市\n2022 瑞安市\n2023 瑞安市\n"
    assert ranks_in(body) == []


def test_a_table_under_a_dated_heading_takes_the_heading_s_period() -> None:
    body = (
        "2022年全市各县经济总量排行\n各县经济稳中有进，总量排名变化不大。\n详细榜单\n"
        "排名 | 地区 | 生产总值(亿元) |\n1 | 瑞安市 | 1200 |\n2 | 乐清市 | 1100 |\n"
    )
    periods = {f.period for f in extract_document(make_doc(body, date="")).facts if "|" in f.evidence}
    assert periods == {"2022"}


def test_ranks_in_a_county_economy_top_n_list_are_county_ranks() -> None:
    body = "全国县域经济30强排行榜发布，详细榜单如下。\n1义乌市浙江省95.20\n2慈溪市浙江省94.10\n3余姚市浙江省93.05\n"
    facts = [f for f in extract_document(make_doc(body)).facts if f.kind == "rank"]
    assert {f.indicator for f in facts} == {"county_rank"}


def test_a_whole_ranking_flattened_onto_the_lead_s_line() -> None:
    # The page lost its line breaks: lead, header and rows on one line between '|'.
    body = "全国县域经济前十名发布，名单如下。 排名 | 县市 | 省份 | 1 | 昆山市 | 江苏 | 2 | 江阴市 | 江苏 | 3 | 慈溪市 | 浙江 |\n"
    rows = tables.table_rows(body)
    assert [r.cells for r in rows][0] == ("1", "昆山市", "江苏") and rows[0].header == ("排名", "县市", "省份")
    assert {("昆山市", 1.0), ("江阴市", 2.0), ("慈溪市", 3.0)} == {(r, v) for r, v, u, k in facts_of(body)}


def test_a_flattened_ranking_in_two_halves_and_a_flattened_menu() -> None:
    body = "名单如下。 序号 | 县市 | 序号 | 县市 | 1 | 昆山市 | 3 | 张家港市 | 2 | 江阴市 | 4 | 常熟市 |\n"
    assert {("昆山市", 1.0), ("张家港市", 3.0), ("江阴市", 2.0), ("常熟市", 4.0)} == {
        (r, v) for r, v, u, k in facts_of(body)
    }
    # A wide row of figures only, or a menu of words, is no flattened table.
    assert tables.table_rows("指标 | 2019 | 2020 | 2021 | 2022 | 2023 | 2024 | 2025 | 2026 |\n") == []
    assert tables.table_rows("首页 | 新闻 | 政务 | 服务 | 互动 | 专题 | 视频 | 图片 | 关于 |\n") == []


def test_a_cell_a_line_without_bars_and_a_row_naming_the_whole_place() -> None:
    cells = ["指标", "年末数(万人)", "比重(%)", "全市常住人口", "50.2", "100.0", "城镇人口", "30.1", "60.0"]
    body = "2021年末，太仓市常住人口稳定增长。\n\n" + "\n\n".join(cells) + "\n\n全市人口结构继续优化。"
    rows = tables.table_rows(body)
    assert [r.cells for r in rows] == [("全市常住人口", "50.2", "100.0"), ("城镇人口", "30.1", "60.0")]
    assert rows[0].header == ("指标", "年末数(万人)", "比重(%)")
    found = {(f.value, f.unit) for f in extract_document(make_doc(body)).facts if f.region == "太仓市"}
    assert {(50.2, "万人"), (30.1, "万人"), (60.0, "%")} <= found


def test_a_ranking_a_cell_a_line_without_bars() -> None:
    # The list's name above the header is a caption, not a header cell.
    cells = [
        "全国百强县(市)榜单",
        "县(市)",
        "所属地区",
        "排名",
        "指数",
        "昆山市",
        "苏州",
        "1",
        "0.",
        "江阴市",
        "无锡",
        "2",
        "0.",
    ]
    body = "全国百强县名单发布，江苏多地上榜。\n" + "\n".join(cells) + "\n两地均位居前列，经济实力持续增强。"
    found = {(f.region, f.value, f.kind) for f in extract_document(make_doc(body)).facts}
    assert {("昆山市", 1.0, "rank"), ("江阴市", 2.0, "rank")} <= found


def test_short_lines_of_a_menu_with_years_are_no_table() -> None:
    assert tables.table_rows("首页\n新闻中心\n2021\n政务公开\n2022\n办事服务\n2023") == []


SECTIONS = (
    "{cue}\n"
    "TOP1 昆山市\n位于苏州市东部，地区生产总值5000亿元。\n"
    "TOP2 江阴市\n地处无锡市北部，地区生产总值4800亿元。\n"
    "TOP3 张家港市\n地区生产总值3300亿元，增长5%。\n"
    "以上各地发展势头良好，值得学习借鉴。"
)


def test_numbered_headings_under_a_ranking_s_words_are_its_places() -> None:
    facts = extract_document(make_doc(SECTIONS.format(cue="江苏县域经济十强榜单发布，前三名如下。"))).facts
    ranks = {(f.region, f.value) for f in facts if f.kind == "rank"}
    assert ranks == {("昆山市", 1.0), ("江阴市", 2.0), ("张家港市", 3.0)}
    # The paragraph under each heading stays prose, about the heading's place.
    levels = {(f.region, f.value) for f in facts if f.kind == "level"}
    assert levels == {("昆山市", 5000.0), ("江阴市", 4800.0), ("张家港市", 3300.0)}


def test_numbered_headings_without_a_ranking_are_no_ranks() -> None:
    facts = extract_document(make_doc(SECTIONS.format(cue="江苏三个县级市近况介绍如下。"))).facts
    assert not [f for f in facts if f.kind == "rank"]


def test_a_heading_s_position_the_prose_gives_again_is_one_rank() -> None:
    body = SECTIONS.format(cue="江苏县域经济十强榜单发布，前三名如下。").replace(
        "地区生产总值3300亿元", "张家港市排名第3，地区生产总值3300亿元"
    )
    ranks = [f for f in extract_document(make_doc(body)).facts if f.kind == "rank" and f.region == "张家港市"]
    assert len(ranks) == 1
