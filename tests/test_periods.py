"""Periods stated once: by the title, a heading or a sentence's opening, on texts written for
these tests; months and parts of a year take the year they are written under."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_extract import make_doc

from reporter.extract import extract_document

pytestmark = pytest.mark.fast


def periods(body: str, title: str = "", date: str = "") -> dict[float, str]:
    doc = replace(make_doc(body, date), title=title)
    return {f.value: f.period for f in extract_document(doc).facts}


def test_the_title_dates_figures_that_state_no_period() -> None:
    got = periods("昆山市地区生产总值5000亿元，增长6%。", title="昆山市2022年1-7月经济运行情况")
    assert got == {5000.0: "2022年1-7月", 6.0: "2022年1-7月"}


def test_months_and_half_years_take_the_year_above_them() -> None:
    got = periods(
        "1-7月，昆山市规上工业增加值增长5%。\n上半年，昆山市进出口总额增长3%。", title="昆山市2022年经济运行情况"
    )
    assert got == {5.0: "2022年1-7月", 3.0: "2022年1-6月"}


def test_a_heading_dates_its_section_and_an_opening_its_paragraph() -> None:
    body = (
        "一、2023年主要指标\n昆山市地区生产总值5000亿元。\n"
        "2021年，昆山市规上工业企业2800家。昆山市高新技术企业900家。\n昆山市进出口总额3000亿元。"
    )
    got = periods(body)
    assert got == {5000.0: "2023", 2800.0: "2021", 900.0: "2021", 3000.0: "2023"}


def test_a_plan_in_an_opening_dates_only_its_own_sentence() -> None:
    got = periods("十四五期间，昆山市新增上市企业20家。昆山市规上工业企业2800家。")
    assert got == {20.0: "十四五", 2800.0: ""}


def test_a_year_without_年_dates_a_list_or_headline_but_a_figure_is_no_year() -> None:
    assert periods("昆山市位列第1位。", title="2022赛迪百强县发布") == {1.0: "2022"}
    assert periods("在《2022赛迪百强县榜单》中，昆山市位列第1位。") == {1.0: "2022"}
    assert periods("昆山市新增企业2000家。", title="2000家企业落户昆山") == {2000.0: ""}


def test_a_year_without_年_anywhere_in_a_heading_dates_its_section_but_a_span_does_not() -> None:
    body = "长三角部分城市2022 GDP\n苏州市 23958亿\n无锡市 14850亿"
    assert periods(body) == {23958.0: "2022", 14850.0: "2022"}
    assert periods("图2:2016-2020全县规上工业产值\n昆山市规上工业企业2800家。") == {2800.0: ""}


def test_the_lead_dates_a_document_whose_title_states_no_period() -> None:
    body = "本报讯(记者 王明)2023年1~3季度，昆山市经济平稳增长。\n昆山市地区生产总值5000亿元。\n今年1-8月，昆山市进出口总额增长3%。"
    assert periods(body) == {5000.0: "2023年1-9月", 3.0: "2023年1-8月"}


def test_a_lead_without_a_year_or_with_a_posting_date_dates_nothing() -> None:
    assert periods("新年伊始，昆山市新开工项目20个。\n昆山市规上工业企业2800家。", date="2023-01-05") == {
        20.0: "2023",
        2800.0: "",
    }
    assert periods("作者于2023年3月2日发表\n昆山市规上工业企业2800家。") == {2800.0: ""}


def test_a_title_period_wins_over_the_lead() -> None:
    got = periods("2021年，昆山市规上工业企业2700家。\n昆山市地区生产总值5000亿元。", title="昆山市2022年经济运行情况")
    assert got == {2700.0: "2021", 5000.0: "2022"}


def test_a_lead_after_page_furniture_and_a_lead_of_a_months_report() -> None:
    body = "字号:大 中 小\n本报讯 记者从昆山市统计局获悉，今年1至5月昆山市经济稳中有升。\n昆山市进出口总额增长4%。"
    assert periods(body, date="2023-06-20") == {4.0: "2023年1-5月"}


def test_the_period_a_change_is_measured_from_dates_no_figure() -> None:
    got = periods("昆山市规上工业增加值增长5%，较1-6月份回落2个百分点。", title="昆山市2022年1-7月经济运行情况")
    assert got == {5.0: "2022年1-7月", -2.0: "2022年1-7月"}
    assert periods("昆山市地区生产总值增长6%，比上年同期提高1个百分点。", date="2023-03-01") == {6.0: "", 1.0: ""}
    assert periods("昆山市高新技术企业900家，与2020年相比增加300家。") == {900.0: "", 300.0: ""}
    # 由…的 names where a move starts: the year after 到 dates the sentence.
    got = periods("昆山市财政收入排名由2020年的全省12位前进到2021年的第5位，前进了7个位次。")
    assert got[5.0] == got[7.0] == "2021"


def test_a_year_without_年_before_the_end_of_a_list_name_dates_it() -> None:
    assert periods("在2021全国工业百强县名单中，昆山市位列第1位。") == {1.0: "2021"}
    assert periods("在全国工业百强区2021榜单中，昆山市位列第2位。") == {2.0: "2021"}
    assert periods("在“2021中国县域工业竞争力榜”中，昆山市位列第3位。") == {3.0: "2021"}
    assert periods("昆山市规上工业企业2021家，位列全省第1位。") == {2021.0: "", 1.0: ""}


def test_an_honour_list_dates_its_ranks_and_members_not_a_regions_own_measures() -> None:
    body = "昆山镇位列第8位。\n昆山镇面积120平方公里，常住人口9.5万人。\n江苏共有12个镇上榜。\n2020年，昆山镇工业产值500亿元。"
    got = periods(body, title="2022年全国千强镇名单揭晓")
    assert got == {8.0: "2022", 120.0: "", 9.5: "", 12.0: "2022", 500.0: "2020"}


def test_an_honour_list_dates_counts_of_its_members_left_unsaid_and_places_in_it() -> None:
    body = (
        "全部名单分布在12个省份。\n其中,江苏31个、浙江17个。\n山东省有9个,比上年减少了2个;\n"
        "湖北省3个镇列前50名,另有4个镇列201-300位。\n昆山镇下辖11个社区,大小湖泊8个。"
    )
    got = periods(body, title="2022年全国千强镇名单揭晓")
    want = {31.0: "2022", 17.0: "2022", 9.0: "2022", -2.0: "2022", 3.0: "2022", 4.0: "2022", 11.0: "", 8.0: ""}
    assert {value: got.get(value) for value in want} == want


def test_a_list_named_by_its_length_dates_its_ranks_as_an_honour_list_does() -> None:
    body = "近日,某研究机构发布“2022镇域经济500强”。\n江苏有36个镇上榜,昆山镇位列第8位。\n昆山镇面积120平方公里。"
    assert periods(body) == {36.0: "2022", 8.0: "2022", 120.0: ""}


def test_a_ranking_of_one_measure_dates_its_figures() -> None:
    got = periods("昆山市以86.5%的自给率位列第一。", title="2023年全省财政自给率排行榜")
    assert got == {86.5: "2023", 1.0: "2023"}


def test_the_period_of_the_data_a_text_uses_dates_it() -> None:
    body = "本报讯 专家对各县作了评价。\n评价采用2021年统计数据。\n昆山市地区生产总值5000亿元。"
    assert periods(body) == {5000.0: "2021"}
    assert periods("据2022上半年数据显示，昆山市进出口总额增长3%。\n昆山市规上工业企业2800家。") == {
        3.0: "2022年1-6月",
        2800.0: "2022年1-6月",
    }


def test_a_partial_period_with_no_year_is_written_as_the_text_has_it() -> None:
    assert periods("1-5月，昆山市规上工业增加值增长5%。") == {5.0: "1-5月"}
    assert periods("上半年，昆山市进出口总额增长3%。") == {3.0: "上半年"}
    assert periods("1~3季度，昆山市固定资产投资增长8%。") == {8.0: "1-9月"}


def test_the_past_year_is_the_year_before_the_documents_date() -> None:
    assert periods("过去的一年，昆山市规上工业企业达2800家。", date="2024-01-20") == {2800.0: "2023"}


def test_the_start_of_something_ongoing_dates_nothing() -> None:
    body = "自2019年起，研究院将每年发布园区排名。\n附：园区排名前三\n1、苏州工业园区\n2、昆山经济技术开发区\n3、无锡高新区"
    assert set(periods(body).values()) == {""}
    assert periods("从2019年开始，昆山开发区位列第1位。") == {1.0: ""}
    assert periods("2019年，昆山开发区位列第1位。") == {1.0: "2019"}


def test_a_year_that_names_a_class_dates_nothing() -> None:
    body = "近日，昆山市2023年青干班学员赴苏州考察。\n目前，苏州工业园区规上工业企业1600户。"
    assert periods(body) == {1600.0: ""}
    assert periods("近日，2023年昆山市经济运行平稳。\n昆山市规上工业企业1600户。") == {1600.0: "2023"}


def test_an_honour_list_named_once_with_its_year_dates_the_ranks() -> None:
    body = "最新一期的榜单在月初揭晓。\n昆山市位列第1位。\n据榜单，2021年全国工业百强县前十名中，江苏占6席。\n昆山市面积931平方公里。"
    assert periods(body) == {1.0: "2021", 6.0: "2021", 931.0: ""}


def test_a_work_report_named_for_its_year_reviews_the_year_before() -> None:
    body = "过去的工作中，全县上下团结奋进。\n全县地区生产总值达到200亿元，增长6%。"
    assert periods(body, title="嵊泗县2023年政府工作报告") == {200.0: "2022", 6.0: "2022"}


def test_a_report_heard_early_in_the_year_reviews_the_year_before_but_not_its_goals() -> None:
    body = (
        "——2024年1月10日在嵊泗县第十八届人民代表大会第三次会议上\n"
        "各位代表：现在，我代表县人民政府向大会报告工作，请予审议。\n"
        "全县地区生产总值达到200亿元。\n今年，全县力争地区生产总值增长6%。"
    )
    assert periods(body, title="政府工作报告", date="2024-01-12") == {200.0: "2023", 6.0: "2024"}


def test_a_report_heard_late_in_its_year_or_a_mention_of_one_shifts_nothing() -> None:
    late = "——2018年12月22日在嵊泗县第十八届人民代表大会第二次会议上\n我代表县人民政府向大会报告工作。\n全县地区生产总值达到200亿元。"
    assert periods(late, title="政府工作报告")[200.0] != "2017"
    mention = "翻着刚拿到的舟山市政府工作报告，感触很深。\n嵊泗县地区生产总值达到200亿元。"
    assert periods(mention, title="2023年学习考察报告")[200.0] == "2023"


def test_the_end_of_a_quarter_is_the_months_up_to_it() -> None:
    got = periods("2023年三季度末，昆山市金融机构存款余额5600亿元；前三季度新增贷款300亿元。")
    assert got == {5600.0: "2023年1-9月", 300.0: "2023年1-9月"}


def test_a_lead_or_opening_of_an_undated_part_of_a_year_dates_what_follows() -> None:
    # Without a year on the page, the part of the year stays as written (tests/corpus/LABELING.md).
    body = "本报讯 记者从统计局获悉，今年一季度，昆山市经济平稳增长。\n昆山市地区生产总值1200亿元。"
    assert periods(body) == {1200.0: "一季度"}
    assert periods("上半年，昆山市进出口总额增长4%，规上工业企业利润增长6%。") == {4.0: "上半年", 6.0: "上半年"}


def test_a_year_compared_with_after_he_is_no_period_of_the_figures() -> None:
    # 和2020年…相比: the baseline of the comparison; the places are of the year the text reports.
    body = "2021年全省开发区考核结果公布,宜昌经开区位列第3位。和2020年的考核结果相比,襄阳经开区进步明显,列第15位。"
    assert periods(body)[15] == "2021"
    # 2019年和2020年: two periods joined, not a baseline.
    assert periods("宜昌经开区2019年和2020年分别列第8位和第6位。")[6] != ""


def test_a_part_of_a_year_written_alone_takes_the_year_the_undated_text_gives_it_elsewhere() -> None:
    body = (
        "上半年，昆山市经济运行稳中有进。\n据初步核算，2023年上半年昆山市地区生产总值5000亿元。\n"
        "上半年，昆山市进出口总额增长3%。\n分行业看，昆山市规上工业增加值增长4%。"
    )
    assert periods(body) == {5000.0: "2023年1-6月", 3.0: "2023年1-6月", 4.0: "2023年1-6月"}
    # A year written only for a part compared with dates nothing; a dated page keeps its date.
    body = "上半年，昆山市进出口总额比2022年上半年增长3%。"
    assert periods(body) == {3.0: "上半年"}
    assert (
        periods("上半年，昆山市进出口总额增长3%。\n2023年上半年全省增长5%。", date="2024-08-01")[3.0] == "2024年1-6月"
    )


def test_the_first_months_of_a_year_written_as_a_count_are_a_range_of_months() -> None:
    got = periods("昆山市规上工业增加值增长5%。", title="今年前8个月昆山经济稳中有进", date="2021-09-22")
    assert got == {5.0: "2021年1-8月"}
    assert periods("前五个月，昆山市进出口总额增长3%。", title="昆山市2022年经济运行情况") == {3.0: "2022年1-5月"}


def test_the_year_of_a_rankings_published_results_dates_its_ranks_and_members() -> None:
    # The lead's first sentence states no year; the next paragraph names the results' year, and the
    # list's ranks come a paragraph later.
    body = (
        "首次采用新办法，全省开发区的成绩单出炉了。\n"
        "1月13日，省商务厅公布2021年度全省开发区综合考核评价结果。\n"
        "昆山经开区位列第2位，江宁经开区位列第5位。\n昆山经开区规划面积120平方公里。"
    )
    assert periods(body) == {2.0: "2021", 5.0: "2021", 120.0: ""}


def test_a_clause_that_opens_with_its_own_year_dates_what_follows_it() -> None:
    got = periods(
        "昆山市2012年财政收入仅80亿元，到2021年财政收入达到450亿元，增长9%，比2012年多370亿元。",
        date="2023-03-01",
    )
    assert got == {80.0: "2012", 450.0: "2021", 9.0: "2021", 370.0: "2021"}


def test_a_year_inside_a_clause_does_not_date_the_clauses_after_it() -> None:
    got = periods("2022年，昆山市地区生产总值5000亿元，是2012年的2倍，增长6%。", date="2023-03-01")
    assert got == {5000.0: "2022", 2.0: "2022", 6.0: "2022"}


def test_a_figure_right_after_a_year_and_的_is_that_years() -> None:
    got = periods("昆山市地区生产总值由2010年的1000亿元增加到2021年的4000亿元。")
    assert got == {1000.0: "2010", 4000.0: "2021"}
    got = periods("太仓市综合排名从2016年的全省第45位跃升至2021年的第8位。")
    assert got == {45.0: "2016", 8.0: "2021"}
    assert periods("2022年，昆山市由去年的第12位上升到第9位。") == {12.0: "2021", 9.0: "2022"}
    # 是2013年的1.6倍 measures against that year: the figure is the sentence's year's.
    assert periods("2018年，太仓市财政收入是2013年的1.6倍。") == {1.6: "2018"}


def test_a_figure_after_a_move_between_two_years_is_of_the_year_reached() -> None:
    got = periods("太仓市工业比重从2016年的48.2%下降为2021年的44.5%，其中制造业比重为39.1%。")
    assert got == {48.2: "2016", 44.5: "2021", 39.1: "2021"}
    got = periods("太仓市人均收入由2010年的2万元提高到2020年的5万元，增长1.5倍。")
    assert got == {2.0: "2010", 5.0: "2020", 1.5: "2020"}


def test_a_move_from_a_year_to_no_year_ends_in_the_time_of_its_page() -> None:
    body = "吴江开发区从2015年的第六名上升为全省第二名，常熟开发区继续位居第三。"
    got = periods(body, title="2016年全省开发区综合考评结果")
    assert got == {6.0: "2015", 2.0: "2016", 3.0: "2016"}


def test_the_year_a_figure_is_taken_a_multiple_of_dates_nothing() -> None:
    body = "一、2020年主要成就\n太仓市存款余额达900亿元，是2015年末的1.8倍。\n这是2012年以来太仓市最好的成绩，新增企业12家。"
    assert periods(body) == {900.0: "2020", 1.8: "2020", 12.0: "2020"}


def test_a_year_average_takes_the_span_its_sentence_writes() -> None:
    assert periods("2011年至2015年，太仓市财政收入年均增长9.5%。") == {9.5: "2011-2015"}
    got = periods("太仓市财政收入由2016年的80亿元增加到2021年的150亿元，年均增长13.4%。")
    assert got == {80.0: "2016", 150.0: "2021", 13.4: "2016-2021"}
    assert periods("2020年，太仓市财政收入年均增长7%。") == {7.0: "十三五"}  # a plan's last year


def test_a_level_aimed_at_a_plans_end_is_of_its_last_year_and_a_rate_over_it_of_the_plan() -> None:
    body = "到“十四五”末,昆山市地区生产总值达到1200亿元,年均增长6%;城镇化率达到75%,累计完成投资900亿元。"
    assert periods(body, date="2021-02-01") == {1200.0: "2025", 6.0: "十四五", 75.0: "2025", 900.0: "十四五"}


def test_a_sentence_going_on_with_a_goal_list_is_dated_as_its_opening() -> None:
    body = (
        "到“十四五”末,昆山市地区生产总值要达到1200亿元。"
        "其中,工业年均增速保持在7%以上、工业增加值冲刺500亿元,城镇常住人口达到90万人。"
    )
    assert periods(body, date="2021-02-01") == {1200.0: "2025", 7.0: "十四五", 500.0: "2025", 90.0: "2025"}


def test_preliminary_figures_heading_an_undated_text_take_the_period_it_states_next() -> None:
    body = (
        "初步核算,全年昆山市完成地区生产总值800亿元,比上年增长6%。\n2023年昆山市生产总值及其增长速度\n"
        "据统计,昆山市新增就业岗位5000个。"
    )
    assert periods(body) == {800.0: "2023", 6.0: "2023", 5000.0: "2023"}
    body = "初步核算,昆山市地区生产总值达90亿元。\n作为支柱,工业持续发力。一季度,昆山市工业增加值30亿元。"
    assert periods(body) == {90.0: "一季度", 30.0: "一季度"}
    assert periods("昆山市地区生产总值达90亿元。\n一季度,昆山市工业增加值30亿元。") == {90.0: "", 30.0: "一季度"}


def test_parts_of_a_year_listed_as_baselines_date_nothing() -> None:
    body = "前三季度,昆山市工业增加值增长8%,比一季度、上半年分别提高2个和1个百分点。"
    assert periods(body, date="2024-10-20") == {8.0: "2024年1-9月", 2.0: "2024年1-9月", 1.0: "2024年1-9月"}
    body = "2023年全年,昆山市工业增加值增长6%,较上半年加快1.5个百分点。"
    assert periods(body) == {6.0: "2023", 1.5: "2023"}


def test_a_chart_caption_over_years_does_not_date_its_section() -> None:
    body = "一、2023年经济运行\n昆山市地区生产总值5000亿元。\n图1 2019年—2023年地区生产总值及增速\n昆山市进出口总额3000亿元。"
    assert periods(body) == {5000.0: "2023", 3000.0: "2023"}


def test_months_from_january_written_from_元_or_to_a_months_end() -> None:
    assert periods("元至8月,昆山市财政总收入达到50亿元。") == {50.0: "1-8月"}
    assert periods("至9月底,昆山市完成固定资产投资300亿元。") == {300.0: "1-9月"}
    assert periods("截至5月底,昆山市有企业400家。") == {400.0: ""}


def test_last_year_counts_from_the_year_a_page_without_a_date_states() -> None:
    body = "嵊泗县去年位列第57位，今年升至第48位。\n去年，嵊泗县渔业产值达到88亿元。"
    got = periods(body, title="2023年全国海洋经济百强县榜单揭晓")
    assert got == {57.0: "2022", 48.0: "2023", 88.0: "2022"}
    # A year the page sets as a goal is not the year it speaks in: 去年 is not counted from it.
    got = periods("嵊泗县预计到2027年实现产值150亿元。\n嵊泗县去年渔业产值达到88亿元。")
    assert got[88.0] != "2026"


def test_a_place_held_for_years_uncounted_has_no_period() -> None:
    body = "2021年，嵊泗县渔业产值常年居全省第2位，海岛旅游收入位列全省第5位。"
    assert periods(body) == {2.0: "", 5.0: "2021"}
    assert periods("2021年，嵊泗县多年蝉联全市第一。") == {1.0: ""}


def test_one_months_figures_date_their_own_sentence() -> None:
    body = "1-5月，嵊泗县渔业产值增长6%。其中，5月份嵊泗县渔业产值9亿元。嵊泗县水产品产量12万吨。"
    assert periods(body, title="嵊泗县2023年1-5月经济运行情况") == {
        6.0: "2023年1-5月",
        9.0: "2023年5月",
        12.0: "2023年1-5月",
    }
    assert periods("5月当月，嵊泗县渔业产值增长4%。") == {4.0: "5月"}
    # 6月17日 is a date, 6月底 a month's end, 6月份以来 the start of a span: none is one month's figures.
    assert periods("6月17日，嵊泗县签约项目8个。") == {8.0: ""}
    assert periods("6月份以来，嵊泗县签约项目8个。") == {8.0: ""}
    # One month in a lead names an event, not the period of the text under it.
    assert periods("近日，嵊泗县举行6月份重点项目签约仪式。\n今年以来，嵊泗县签约项目35个。") == {35.0: ""}


def test_a_review_of_the_years_just_past_covers_the_years_before_the_page() -> None:
    assert periods("过去五年，嵊泗县渔业产值年均增长7%。", date="2023-02-10") == {7.0: "2018-2022"}
    assert periods("三年来，嵊泗县累计新增规上企业40家。", date="2023-02-10") == {40.0: "2020-2022"}
    # Without a date the years cannot be counted; 十五年来 is no review of three or five years.
    assert periods("过去五年，嵊泗县渔业产值年均增长7%。") == {7.0: ""}
    assert periods("十五年来，嵊泗县累计新增规上企业40家。", date="2023-02-10") == {40.0: ""}
