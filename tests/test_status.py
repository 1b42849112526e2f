"""Estimates and goals: how far 预计 and 力争 reach (reporter/status.py), and the kinds of
figures next to them. Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

from test_extract import facts_of, make_doc

from reporter.extract import extract_document
from reporter.models import Document


def kinds(body: str, date: str = "2024-01-20") -> dict[float, str]:
    """The kind of each figure of `body`, in a document of 昆山市's (declared as with --home:
    the body names no region)."""
    doc = replace(make_doc("昆山市坚持制造业立市。" + body, date), home="320583")
    return {f.value: f.kind for f in extract_document(doc).facts}


def test_an_opening_estimate_holds_over_its_list_and_paragraph():
    body = (
        "全县经济稳中有进。预计全年完成地区生产总值210亿元，增长5.5%；农业总产值40亿元。"
        "规上工业增加值增长6.1%，社会消费品零售总额88亿元。\n"
        "全县一般公共预算收入12亿元。"
    )
    found = kinds(body)
    assert [found[v] for v in (210, 5.5, 40, 6.1, 88)] == ["estimate"] * 5
    assert found[12] == "level"  # a new paragraph


def test_an_estimate_after_a_clause_about_something_else_stays_in_its_sentence():
    # 预计 after a clause about some projects speaks of them; the paragraph goes on counted.
    body = (
        "几个新材料项目推进顺利，预计明年形成20亿元产值。全县规上工业企业达到64家。"
        "三条生产线仍在调试，预计年底投产。与此同时，全县新建冷库7座。\n"
        "2023年，全县预计完成地区生产总值210亿元。规上工业增加值增长6.1%。"
    )
    found = kinds(body)
    assert (found[64], found[7]) == ("level", "level")
    assert (found[210], found[6.1]) == ("estimate", "estimate")  # 预计 after a time and a place still opens


def test_an_estimate_after_its_measure_speaks_of_that_measure_only():
    body = "全县地区生产总值预计完成210亿元，增长5.5%，低于计划目标1.5个百分点。一般公共预算收入完成12亿元，增长3.2%。"
    found = kinds(body)
    assert [found[v] for v in (210, 5.5, -1.5)] == ["estimate"] * 3
    assert (found[12], found[3.2]) == ("level", "growth")


def test_an_opening_estimate_covers_the_whole_list_whatever_its_verbs():
    # tests/corpus/LABELING.md: 预计 before the first item reaches every item to the sentence's end.
    body = "预计完成地区生产总值210亿元、增长5.5%，实现一般公共预算收入12亿元、增长3.2%，固定资产投资增长7.7%。"
    found = kinds(body)
    assert [found[v] for v in (210, 5.5, 12, 3.2, 7.7)] == ["estimate"] * 5


def test_after_one_measure_a_result_reported_with_another_verb_is_counted():
    body = "地区生产总值预计完成210亿元、增长5.5%，实现一般公共预算收入12亿元、增长3.2%。"
    found = kinds(body)
    assert (found[210], found[5.5], found[12], found[3.2]) == ("estimate", "estimate", "level", "growth")
    mid_list = "其中，进出口总额完成31亿元；服务业营业收入预计18亿元，增长9%；实际利用外资完成2.6亿美元。"
    found = kinds(mid_list)
    assert (found[31], found[18], found[9], found[2.6]) == ("level", "estimate", "estimate", "level")


def test_the_verb_an_estimate_governs_may_recur():
    found = kinds("居民人均可支配收入预计城镇完成41000元，增长6%；农村完成19000元，增长7%。")
    assert [found[v] for v in (41000, 6, 19000, 7)] == ["estimate"] * 4


def test_a_sentence_with_a_period_of_its_own_ends_an_estimate():
    found = kinds("预计全年完成地区生产总值210亿元。2022年全县地区生产总值198亿元。")
    assert (found[210], found[198]) == ("estimate", "level")


def test_the_future_tense_after_an_estimate_is_still_an_estimate():
    body = "2023年全镇工业产值180亿元，预计今年全镇工业产值将达到200亿元，2030年达到500亿元。"
    found = kinds(body)
    assert (found[180], found[200], found[500]) == ("level", "estimate", "target")
    assert kinds("全镇工业产值将达到200亿元。")[200] == "target"  # alone, the future tense is a goal
    assert kinds("全镇工业产值有望突破200亿元。")[200] == "target"


def test_a_goal_holds_to_the_end_of_its_sentence():
    body = "今年全区发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入达到15亿元，新增规上企业20家。"
    found = kinds(body)
    assert [found[v] for v in (6, 15, 20)] == ["target"] * 3
    assert kinds("主要目标完成情况如下。全区地区生产总值增长4%，低于目标2个百分点。")[4] == "growth"


def test_goals_after_a_colon_inside_a_sentence():
    # tests/corpus/LABELING.md (bf01, r03): 目标 with a colon inside a sentence names what follows.
    body = "会上还部署了明年全县发展的主要目标:地区生产总值达到260亿元，增长6.5%；税收收入达到18亿元。"
    found = kinds(body)
    assert [found[v] for v in (260, 6.5, 18)] == ["target"] * 3
    assert kinds("今年全县完成了年初提出的目标。地区生产总值达到240亿元。")[240] == "level"


def test_a_heading_that_names_goals_makes_its_section_goals():
    body = (
        "\n2024年主要目标任务\n"
        "规上工业企业达到420家，实际利用外资增长9%。\n"
        "（一）做强制造业\n"
        "新增高新技术企业35家。\n"
        "三、加强政府自身建设\n"
        "全年办结人大代表建议118件。"
    )
    found = kinds(body)
    assert [found[v] for v in (420, 9, 35)] == ["target"] * 3  # a sub-heading stays inside
    assert found[118] == "level"  # the next heading of its rank ends the goals


def test_a_colon_line_that_names_goals_makes_its_list_goals():
    body = "\n今年全市经济社会发展的主要预期目标是：\n——地区生产总值增长6%左右；\n——城镇新增就业1.3万人；\n——粮食产量稳定在52万吨。"
    found = kinds(body)
    assert [found[v] for v in (6, 1.3, 52)] == ["target"] * 3


def test_a_heading_that_reviews_or_an_earlier_year_announces_no_goals():
    body = "\n一、2023年目标任务完成情况\n规上工业企业达到400家。\n2023年重点工作\n新增高新技术企业30家。"
    found = kinds(body, "2024-01-20")
    assert (found[400], found[30]) == ("level", "level")


def test_a_name_that_only_contains_a_goal_word_is_no_lead():
    found = kinds("\n锚定目标谋发展——记开发区的一年\n规上工业企业达到400家。")
    assert found[400] == "level"


def test_a_sentence_that_says_what_a_place_will_do_makes_its_paragraph_planned():
    body = (
        "\n2023年，昆山市获评全省营商环境标杆城市。昆山市将重点做好五个方面工作。"
        "一是壮大先进制造业，推动工业产值超过1.2万亿元。全年新增专精特新企业80家。\n"
        "全市常住人口211万人。"
    )
    found = kinds(body)
    assert (found[1.2], found[80]) == ("target", "target")
    assert found[211] == "level"  # a new paragraph


def test_a_plan_ends_at_a_figure_dated_before_it():
    body = "\n我们将着力培育龙头企业。“十三五”期间，全市增加了18家百强企业，全市建成5G基站900个。"
    found = kinds(body, "2021-03-01")
    assert (found[18], found[900]) == ("level", "level")


def test_a_preposition_or_a_pronoun_before_jiang_announces_no_plan():
    body = "\n研究将全市分为三个片区。这将为发展奠定基础。全市建成5G基站900个。"
    assert kinds(body)[900] == "level"


def test_a_measure_written_once_for_town_and_country_splits_in_two():
    body = "全市城乡居民人均可支配收入分别达52000元、31000元，分别增长5.1%、6.8%。全市城乡差距缩小，农村居民人均可支配收入增长7.2%。"
    found = {f.value: f.indicator for f in facts_of("昆山市坚持制造业立市。" + body, "2024-01-20")}
    assert [found[v] for v in (52000, 5.1)] == ["urban_income"] * 2
    assert [found[v] for v in (31000, 6.8, 7.2)] == ["rural_income"] * 3


def test_a_plan_ending_in_a_colon_makes_its_list_goals():
    body = (
        "\n三、2024年主要工作安排\n围绕上述目标，重点抓好以下五个方面工作：\n"
        "（一）壮大实体经济。新增规上工业企业30家，建成标准厂房20万平方米。\n"
        "今年，我们将重点做好以下工作：\n1、新建5G基站400个；\n2、新增城镇就业5200人。"
    )
    found = kinds(body)
    assert [found[v] for v in (30, 20, 400, 5200)] == ["target"] * 4


def test_a_title_that_names_a_plan_makes_the_whole_text_goals():
    body = "昆山市重点做好八方面工作。\n全年安排亿元以上项目180个，实际利用外资12亿美元以上。"
    doc = Document(id="p", name="p.txt", path="p.txt", title="昆山市2024年工作计划", date="", source="", body=body)
    assert {f.value: f.kind for f in extract_document(doc).facts} == {180: "target", 12: "target"}
    reviewed = Document(
        id="r", name="r.txt", path="r.txt", title="昆山市2023年工作总结和2024年工作计划", date="", source="", body=body
    )
    assert {f.value: f.kind for f in extract_document(reviewed).facts} == {180: "level", 12: "level"}


def test_an_estimate_to_the_end_of_the_year_is_no_goal():
    # 预计到年末 names no year to come: the year's figures are estimated, not planned.
    found = kinds("预计到年底，全县地区生产总值完成215亿元，增长5.8%；一般公共预算收入完成13亿元。")
    assert [found[v] for v in (215, 5.8, 13)] == ["estimate"] * 3


def test_an_estimate_to_a_year_to_come_stays_a_goal():
    found = kinds("预计到2027年，全县地区生产总值达到300亿元。", date="2024-01-20")
    assert found[300] == "target"


def test_a_doubling_still_to_come_makes_the_figures_after_it_goals():
    # tests/corpus/LABELING.md: 翻一番/翻两番 before a figure, not reported as done, announces a goal.
    found = kinds("全市城镇居民人均可支配收入比2015年翻两番，达到52000元，年均增长11%。")
    assert (found[52000], found[11]) == ("target", "target")
    found = kinds("下半年要实现税收收入翻一番，完成3600万元。")
    assert found[3600] == "target"


def test_a_plan_word_after_the_place_makes_the_figures_after_it_goals():
    # tests/corpus/LABELING.md (ax01-ax04): 将/计划 right after the place, in a sentence with figures.
    found = kinds("今后三年，昆山市将重点培育2个千亿级产业集群，新建标准厂房60万平方米。")
    assert (found[2], found[60]) == ("target", "target")
    found = kinds("明年，昆山市计划新建保障性住房3000套，新增城区绿地12万平方米。")
    assert (found[3000], found[12]) == ("target", "target")


def test_a_plan_word_that_names_no_plan_is_counted():
    # 计划生育 is a name; 将 before a figure, not after the place, is no plan of the place's.
    assert kinds("全市计划生育率达到96%。")[96] == "share"
    assert kinds("全市完成造林3.2万亩，将林地保有量提高到45万亩。")[3.2] == "level"


def test_a_doubling_reported_as_done_is_counted():
    assert kinds("五年来全市生产总值已翻一番，达到680亿元。")[680] == "level"
    assert kinds("全县财政总收入实现了翻一番，达到36亿元。")[36] == "level"
    assert kinds("全县规上工业产值翻了一番，达到420亿元。")[420] == "level"
    assert kinds("预计全年税收收入翻一番，达到18亿元。")[18] == "estimate"


def test_a_year_already_reached_after_到_is_no_goal():
    # 到2019年…已经: the year has come, so the figure is counted, whatever the page's date.
    doc = make_doc(
        "昆山市与太仓市的经济总量差距不断拉大,到2019年差距已经扩大到85亿元。到2030年昆山市地区生产总值达到9000亿元。"
    )
    found = {f.value: f.kind for f in extract_document(replace(doc, date="")).facts}
    assert found[85] == "level"
    assert found[9000] == "target"


def test_the_end_of_a_move_from_an_earlier_year_is_no_goal():
    # 由2019年的…扩大到2022年的…: a move already made; with no page date, and when the page is
    # dated to that year or later, both ends are counted figures.
    body = "昆山市与太仓市的经济总量差距由2019年的60亿元扩大到2022年的85亿元，年均增长12%。"
    for date in ("", "2023-02-10"):
        found = {f.value: f.kind for f in extract_document(make_doc(body, date)).facts}
        assert (found[60], found[85], found[12]) == ("level", "level", "growth")
    # A later clause of the sentence, whose move names no year of its own, is reported too.
    listed = kinds("全县地区生产总值从2018年的150亿元增加到2023年的210亿元，一般公共预算收入从9亿元增加到13亿元。")
    assert [listed[v] for v in (150, 210, 9, 13)] == ["level"] * 4
    # a span written with both ends, longer than any plan, is past though the page gives no date;
    # a plan's span in such a page is still ahead
    body = "1978年(有资料可查)到2023年,全县地区生产总值从0.5亿元增长到210亿元,人均生产总值从90元增长到5万元。"
    assert {f.kind for f in extract_document(make_doc(body, "")).facts} == {"level"}
    body = "2021年到2025年,全县地区生产总值年均增长7%。"
    assert [f.kind for f in extract_document(make_doc(body, "")).facts] == ["target"]


def test_gaps_to_two_peers_that_widened_are_the_home_s_figures_under_each_peer():
    # A page with no date: the later end of each gap is counted, and is the home's gap to that peer.
    doc = replace(
        make_doc(
            "昆山市全市地区生产总值4800亿元。与常熟的差距从2020年的600亿元扩大到2023年的850亿元，与太仓的差距从300亿元扩大到420亿元。",
            "",
        ),
        home="320583",
    )
    found = {f.value: (f.region, f.indicator, f.kind) for f in extract_document(doc).facts}
    assert found[850] == ("昆山市", "other:与常熟市差距", "level")
    assert found[420] == ("昆山市", "other:与太仓市差距", "level")


def test_a_move_to_a_year_still_ahead_stays_a_goal():
    found = kinds("全县地区生产总值将从2023年的210亿元增加到2027年的300亿元。", date="2024-01-20")
    assert found[300] == "target"
    found = kinds("全县地区生产总值从2023年的210亿元增加到2027年的300亿元。", date="2024-01-20")
    assert found[300] == "target"


# Notes that mark figures as not final (tests/corpus/LABELING.md, "How far a note reaches").


def test_a_note_in_brackets_after_a_figure_makes_that_figure_an_estimate():
    found = kinds("全县规上工业总产值500亿元（预计），增长9%；实现税收收入31亿元，增长4%。")
    assert (found[500], found[9]) == ("estimate", "estimate")  # the noted measure, its growth too
    assert (found[31], found[4]) == ("level", "growth")  # a result reported with its own verb
    found = kinds("全县地区生产总值236亿元(预估)，一般公共预算收入14亿元。")
    assert (found[236], found[14]) == ("estimate", "level")


def test_a_note_that_says_the_same_below_covers_what_follows():
    body = (
        "全年外贸进出口总额42亿元（预计数，下同），增长11%。\n实际利用外资完成3.6亿美元。\n全县规上工业增加值增长8.8%。"
    )
    found = kinds(body)
    assert [found[v] for v in (42, 11, 3.6, 8.8)] == ["estimate"] * 4
    before = kinds("全县粮食产量41万吨。全年外贸进出口总额42亿元（预计数，下同）。")
    assert (before[41], before[42]) == ("level", "estimate")


def test_a_heading_with_a_note_makes_its_section_estimates():
    body = (
        "一、主要经济指标完成情况（预计数）\n"
        "全县地区生产总值完成236亿元，增长6.5%。\n"
        "（一）工业\n"
        "规上工业增加值增长8.2%。\n"
        "二、存在的问题\n"
        "全县一般公共预算收入下降3.1%。"
    )
    found = kinds(body)
    assert [found[v] for v in (236, 6.5, 8.2)] == ["estimate"] * 3
    assert found[-3.1] == "growth"  # the next heading of its rank ends the section


def test_a_footnote_that_calls_the_figures_above_estimates_reaches_back():
    body = "全县地区生产总值完成236亿元，增长6.5%。\n全社会固定资产投资增长9.1%。\n注：以上数据均为预计数。"
    found = kinds(body)
    assert [found[v] for v in (236, 6.5, 9.1)] == ["estimate"] * 3
    quick = kinds("全县地区生产总值完成236亿元，增长6.5%。\n以上为快报数。")
    assert (quick[236], quick[6.5]) == ("estimate", "estimate")


def test_a_footnote_on_starred_figures_marks_those_only():
    body = "全县地区生产总值236亿元*，一般公共预算收入14亿元，外贸进出口总额42亿元*。\n注：带*号的为预计数。"
    found = kinds(body)
    assert (found[236], found[14], found[42]) == ("estimate", "level", "estimate")


def test_a_sentence_without_a_note_keeps_its_actuals():
    # 预计 in words of their own still reads as before; a bracket that says something else is no note.
    found = kinds("全县地区生产总值236亿元（现价），增长6.5%（可比价）。")
    assert (found[236], found[6.5]) == ("level", "growth")


def test_a_note_after_a_measures_growth_rate_covers_its_value_too():
    found = kinds("全县规上工业总产值达到480亿元,增长7.5%(预计数)。一般公共预算收入21亿元。")
    assert (found[480], found[7.5], found[21]) == ("estimate", "estimate", "level")


def test_a_baseline_before_the_growth_word_keeps_the_note_on_the_value():
    # The growth rate may name its baseline (同比, 比上年) and still be the measure's.
    found = kinds("全区社会消费品零售总额96亿元，比上年增长6.2%（预计数）；实际利用外资3亿美元。")
    assert (found[96], found[6.2], found[3]) == ("estimate", "estimate", "level")


def test_an_effort_with_its_verb_makes_the_list_after_it_goals():
    # tests/corpus/LABELING.md (bc01-bc03): 努力 with the verb of what it aims at is a goal word,
    # over the list after it and the clauses to the sentence's end.
    found = kinds("全市继续壮大先进制造业，努力培植百亿级企业3家，亿元企业15家，规上企业600家。")
    assert [found[v] for v in (3, 15, 600)] == ["target"] * 3
    found = kinds("努力培育区域科创高地，城市功能持续完善，户籍人口城镇化率提高到71%以上。")
    assert found[71] == "target"


def test_an_effort_reported_as_made_is_no_goal():
    # 经过努力 / 努力克服 tell what was done: the figures after them are counted.
    found = kinds("经过全市上下共同努力，全年实现地区生产总值5200亿元。")
    assert found[5200] == "level"
    found = kinds("去年全市努力克服疫情影响，规上工业产值达到1.2万亿元。")
    assert found[1.2] == "level"


def test_what_a_period_can_give_is_an_estimate():
    # 可实现 / 可以达到 for a year not yet counted, as 预计 (tests/corpus/LABELING.md, bc02 and p04).
    found = kinds("今年全市电子信息产业可实现产值3600亿元，增长8%。")
    assert (found[3600], found[8]) == ("estimate", "estimate")
    found = kinds("全市地区生产总值今年大概可以达到5300亿元。")
    assert found[5300] == "estimate"


def test_a_goal_word_reaches_past_a_hard_line_break():
    # tests/corpus/LABELING.md (av06, bc04): a long line that stops inside its sentence, as printed
    # pages and gazetteers break them, goes on in the next line; 力争 and 预计 still reach there.
    body = (
        "今后五年全市力争到2030年，地区生产总值和人均地区生产总值比2020年翻一番，规上工业增加值年均增长8%，\n"
        "人均地区生产总值超过25万元；全市一般公共预算收入年均增长7%，全市社会消费品零售总额\n"
        "年均增长6%。\n"
        "去年全市一般公共预算收入完成430亿元。"
    )
    found = kinds(body)
    assert [found[v] for v in (8, 25, 7, 6)] == ["target"] * 4
    assert found[430] == "level"  # a line after a sentence's end
    body = "提交大会的报告显示全市去年完成地区生产总值5000亿元；预计在未来五年内全市地区生产总值年均\n增长6.5%。"
    assert kinds(body)[6.5] == "estimate"


def test_a_short_line_without_a_sentence_end_is_a_heading_not_a_break():
    found = kinds("\n力争三年再造一个新昆山\n去年全市地区生产总值达到5200亿元。")
    assert found[5200] == "level"


def test_a_goal_list_goes_on_in_the_later_sentences_of_its_paragraph():
    # tests/corpus/LABELING.md (bo04, bo05): the sentences after an opening goal word's 。 go on
    # with its list until one states a period of its own or turns to another place.
    body = (
        "今后五年全市发展的主要目标是：到2028年，地区生产总值达到900亿元，年均增长6%。"
        "城镇化率达到72%以上，研发投入强度达到3%。"
        "2023年，全市城镇化率为66%。\n"
        "常住人口230万人。"
    )
    found = kinds(body)
    assert [found[v] for v in (900, 6, 72, 3)] == ["target"] * 4
    assert (found[66], found[230]) == ("share", "level")  # a counted year, a new paragraph
    other = kinds("力争全年新增规上企业40家。城镇化率达到71%。另外，太仓市新增规上企业25家。")
    assert (other[40], other[71], other[25]) == ("target", "target", "level")


def test_a_goal_list_needs_its_goal_word_before_its_first_figure():
    found = kinds("全市新增规上企业38家，力争明年再增40家。城镇化率达到70%。")
    assert (found[38], found[40], found[70]) == ("level", "target", "share")
    estimated = kinds("预计全年新增规上企业38家，力争明年再增40家。城镇化率达到70%。")
    assert estimated[70] != "target"


def test_a_plan_s_end_ahead_of_the_report_dates_a_goal():
    # tests/corpus/LABELING.md (bo02, bf02): 到“十四五”末 looks ahead in a report of 2022.
    ahead = kinds("到“十四五”末，全市地区生产总值达到1100亿元，城镇化率达到70%。", "2022-01-20")
    assert (ahead[1100], ahead[70]) == ("target", "target")
    past = kinds("到“十三五”末，全市地区生产总值达到900亿元。", "2022-01-20")
    assert past[900] == "level"
