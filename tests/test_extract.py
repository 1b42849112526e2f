"""Facts from sentences written for these tests: periods, kinds (a goal is never a
level), indicators, lists and the evidence sentence."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reporter import attribution
from reporter.extract import extract_document
from reporter.models import Document


def make_doc(body: str, date: str = "2024-06-30", name: str = "t.txt") -> Document:
    return Document(id="t", name=name, path=name, title="", date=date, source="", body=body)


def facts_of(body: str, date: str = "2024-06-30"):
    return extract_document(make_doc(body, date)).facts


def fact(body: str, raw_value: float, date: str = "2024-06-30"):
    found = [f for f in facts_of(body, date) if f.value == raw_value]
    assert len(found) == 1, [(f.value, f.unit, f.region) for f in facts_of(body, date)]
    return found[0]


BASE = "昆山市坚持制造业立市。"


@pytest.mark.parametrize(
    ("sentence", "value", "period"),
    [
        ("2022年,昆山市规上工业产值达到9000亿元。", 9000, "2022"),
        ("“十三五”期间,昆山市工业投资年均增长8.5%。", 8.5, "十三五"),
        ("今年1-8月,昆山市规上工业增加值增长6.2%。", 6.2, "2024年1-8月"),
        ("今年1到5月,昆山市社会消费品零售总额增长3.1%。", 3.1, "2024年1-5月"),
        ("今年,昆山市新增高新技术企业420家。", 420, "2024"),
        ("去年,昆山市地方财政收入达到430亿元。", 430, "2023"),
        ("近三年,昆山市累计实施技改项目310个。", 310, "近三年"),
        ("昆山市共有上市企业62家。", 62, ""),
        ("今年一季度,昆山市工业投资增长9.1%。", 9.1, "2024年1-3月"),  # a part of a year as its months, like the labels
        ("2020年,昆山市集群产值1200亿元,年均增长8.4%。", 8.4, "十三五"),
        ("2020年,昆山市集群产值占比60%,较“十二五”末提高5.5个百分点。", 5.5, "十三五"),
        ("2020年,昆山市集群产值占比60%,较“十二五”末提高5.5个百分点。", 60, "2020"),
        ("昆山市建成区面积120平方公里,未来三年将新增产业用地5000亩。", 120, ""),
    ],
)
def test_periods(sentence, value, period):
    assert fact(BASE + "\n" + sentence, value).period == period


def test_relative_years_stay_empty_without_a_document_date():
    assert fact("昆山市今年新增高新技术企业420家。", 420, date="").period == ""


def test_a_rate_that_several_measures_share_is_growth():
    found = [f for f in facts_of("昆山市实现营业收入111亿元、税收9亿元,增幅均超过25%。") if f.value == 25]
    assert {(f.kind, f.indicator) for f in found} == {("growth", "operating_revenue"), ("growth", "tax_revenue")}


@pytest.mark.parametrize(
    ("sentence", "indicators"),
    [
        # a rate given with 均 to a run of amounts of one class, back to the last rate or ；
        (
            "2023年,全县工业投资12亿元,增长8%,城镇居民人均可支配收入4万元,农村居民人均可支配收入2万元,同比均增长6%。",
            {"urban_income", "rural_income"},
        ),
        (
            "新建厂房20万平方米;入园企业12家,营业收入36亿元、税收2亿元,增幅均达到15%。",
            {"operating_revenue", "tax_revenue"},
        ),
    ],
)
def test_a_rate_given_with_jun_is_each_amounts_before_it(sentence, indicators):
    rates = {f.indicator for f in facts_of(BASE + sentence) if f.unit == "%" and f.value in (6, 15)}
    assert rates == indicators


@pytest.mark.parametrize(
    "sentence",
    [
        "2023年,全县营业收入36亿元、税收2亿元,分别增长15%和9%。",  # 分别: one rate an amount, in order
        "2023年,全县营业收入36亿元、税收2亿元,工业投资均增长15%。",  # a measure of its own
        "2023年,全县营业收入36亿元、入园企业12家,增幅均达到15%。",  # no run of one class
    ],
)
def test_a_rate_naming_its_measure_or_given_in_order_is_not_shared(sentence):
    assert len([f for f in facts_of(BASE + sentence) if f.value == 15]) == 1


@pytest.mark.parametrize(
    ("sentence", "value", "kind"),
    [
        ("昆山市规上工业产值达到9000亿元。", 9000, "level"),
        ("昆山市规上工业产值增长5.1%。", 5.1, "growth"),
        ("昆山市战略性新兴产业产值占比达到54.3%。", 54.3, "share"),
        ("昆山市研发投入强度提高0.6个百分点。", 0.6, "change"),
        ("昆山市高新技术企业数量增长2.7倍。", 2.7, "growth"),
        ("昆山市规上工业产值排名全省第一。", 1, "rank"),
        ("到2027年,昆山市力争规上工业产值突破12000亿元。", 12000, "target"),
        ("昆山市计划到2026年新增上市企业15家。", 15, "target"),
        ("昆山市将力争实现数字经济核心产业年均增长15%。", 15, "target"),
        ("昆山市确保每年新开工亿元以上项目不少于80个。", 80, "target"),
        ("昆山市将打造千亿级新能源产业集群。", 1000, "target"),
        ("到2020年底,昆山市累计建成5G基站8600个。", 8600, "level"),
        ("围绕建设一流园区的目标,昆山市已建成园区平台23个。", 23, "level"),
        ("在全市发展规划中,昆山市盘活存量用地1200亩。", 1200, "level"),
        ("昆山市城镇和农村居民收入分别增长4%、6.5%。", 6.5, "growth"),  # the word reaches the whole list
        ("昆山市工业和服务业投资分别下降2%和3.5%。", -3.5, "growth"),
        # 分别 between the word and the list: still growth rates, not shares
        ("昆山市粮食、油料产量增速分别达6.3%、2.8%。", 2.8, "growth"),
        ("昆山市进口、出口增长分别为11.4%和7.9%。", 7.9, "growth"),
        ("昆山市人口出生率为7.2‰。", 7.2, "share"),  # a rate per mille, like a per cent
        ("昆山市居民消费价格比上年上涨1.9%。", 1.9, "growth"),
        ("昆山市综合排名较上年前移3位。", 3, "change"),  # a move in a ranking
        ("昆山市综合排名较上年后移2位。", -2, "change"),
        ("昆山市综合排名较上年前进4个位次。", 4, "change"),
        ("昆山市在百强县中排名17位。", 17, "rank"),  # a place written without 第
        ("昆山市综合排名较上年提升6位,位居全国9位。", 6, "change"),
        ("昆山市综合排名较上年提升6位,位居全国9位。", 9, "rank"),
        ("昆山市综合排名由2020年的15位前进到第9位。", 15, "rank"),  # where a move starts
        ("昆山市营商环境综合排名27,较上年进步了6位。", 6, "change"),  # 进步: a move up
        ("昆山市营商环境综合排名27,较上年进步了6位。", 27, "rank"),  # a bare place after 排名
        ("昆山市创新指数排名第5,较上年退步3位。", -3, "change"),  # 退步: a move down
        ("昆山市综合排名第8位,较上年再进3位。", 3, "change"),  # 进 alone moves too
        ("昆山市位居第9位,比上年迈进一位。", 1, "change"),  # … and counts a small numeral moved
        ("昆山市今年引进5位院士。", 5, "level"),  # 引进: people counted in 位, not a move
        ("昆山市粮食总产量21万吨,增产3.4%。", 3.4, "growth"),  # 增产: a word of growth
        ("昆山市税收收入8.2亿元,增收6000万元。", 6000, "growth"),  # … and 增收 an increase of money
        ("昆山市粮食产量52000吨,比上年增加800吨。", 800, "change"),  # an amount measured from last year
        ("昆山市耕地面积9000亩,减少120亩。", -120, "change"),  # … or from the level just stated
        ("昆山市城镇新增就业5200人,比上年多增300人。", 300, "change"),
        ("昆山市一般公共预算收入比上年增加12.5亿元。", 12.5, "growth"),  # money grows
        ("昆山市去年增加了12家上市企业。", 12, "level"),  # a count of what was added
        ("昆山市财政收入能达到邻县的2.4倍、3倍。", 3, "multiple"),
        ("昆山市财政收入是邻县的两倍。", 2, "multiple"),  # a multiple written in words
    ],
)
def test_kinds_and_goals_never_levels(sentence, value, kind):
    assert fact(sentence, value).kind == kind


@pytest.mark.parametrize(
    ("sentence", "value", "indicator"),
    [
        ("昆山市规上工业企业达到2900户。", 2900, "above_scale_industrial_firms"),
        ("昆山市规上工业产值达到9000亿元。", 9000, "industrial_output"),
        ("昆山市拥有国家高新技术企业2900家。", 2900, "high_tech_firms"),
        ("昆山市“专精特新”企业达到180家。", 180, "srdi_firms"),
        ("昆山市亩均税收达到46万元。", 46, "per_mu_tax"),
        ("昆山市产业集群规上企业达到610家。", 610, "cluster_firms"),
        ("昆山市新产品产值增长12.4%,增速全省第一。", 1, "new_product_output"),
        # a result verb between the sector and its value added (服务业实现增加值)
        ("上半年,昆山市服务业实现增加值1260亿元。", 1260, "services_value_added"),
        ("前三季度,昆山市第三产业完成增加值1880亿元。", 1880, "services_value_added"),
        # 城镇居民收入 without 人均可支配 is the same income, here its growth's place
        ("上半年,昆山市城镇居民收入同比增速居全省第4位。", 4, "urban_income"),
        # 城乡居民收入 names the income of both groups, split in order after 分别
        ("上半年,昆山市城乡居民收入分别增长5.7%和7.1%。", 7.1, "rural_income"),
        # 农民人均收入 without 纯 or 可支配 is the same income (dev h22, bc03)
        ("去年昆山市农民人均收入达到41000元。", 41000, "rural_income"),
    ],
)
def test_indicators(sentence, value, indicator):
    assert fact(sentence, value, date="2024-06-30").indicator == indicator


def test_a_word_inside_a_regions_name_names_no_measure():
    # the 园区 of 苏州工业园区 is no count of parks: the ranking is named by the words around it
    f = fact("苏州工业园区综合排名12位。", 12)
    assert f.kind == "rank" and f.indicator == "other:综合排名"


def test_a_city_ranked_among_parks_stands_for_its_park():
    # 株洲第28名 after 长沙高新区排名第16名: the city's park, which the text names later
    body = "在全国高新区评价中,长沙高新区排名第16名,株洲第28名。株洲高新区在专利产出方面表现良好。"
    assert {f.value: f.region for f in facts_of(body) if f.kind == "rank"} == {16: "长沙高新区", 28: "株洲高新区"}


def test_unknown_indicator_keeps_a_short_label():
    f = fact("昆山市建成智能工厂37个。", 37)
    assert f.indicator.startswith("other:") and "智能工厂" in f.label


def test_lists_give_one_fact_each_with_the_sentence_as_evidence():
    sentence = "2023年,昆山开发区产值、税收分别占全市比重的41%和52%。"
    found = facts_of(BASE + "\n" + sentence)
    shares = sorted((f.value, f.unit) for f in found if f.unit == "%")
    assert shares == [(41, "%"), (52, "%")]
    assert all(f.evidence == sentence for f in found if f.unit == "%")


@pytest.mark.parametrize(
    ("sentence", "value", "indicators"),
    [
        ("2023年,地区生产总值增长6%,规上工业增加值增长6%,固定资产投资增长9%。", 6, {"gdp", "industrial_value_added"}),
        (
            "今年目标是财政收入增长8%以上,社会消费品零售总额增长8%以上,固定资产投资增长9%。",
            8,
            {"fiscal_revenue", "retail_sales"},
        ),
        (
            "2023年,城镇居民人均可支配收入58000元,增长5%,农村居民人均可支配收入32000元,增长5%,均高于全省。",
            5,
            {"urban_income", "rural_income"},
        ),
    ],
)
def test_one_figure_of_two_measures_in_a_sentence_is_two_facts(sentence, value, indicators):
    """A figure that closes its clause twice in a sentence is two facts when the clauses
    measure two things."""
    found = [f.indicator for f in facts_of(BASE + sentence) if f.value == value]
    assert sorted(found) == sorted(indicators)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("2023年,规上工业增加值增长6%,其中规上工业增加值增长6%,投资增长9%。", 6),  # one measure said again
        ("辖12个镇,除去12个镇,还有4个街道。", 12),  # one count of the same things, whatever the words before it
    ],
)
def test_one_figure_said_twice_of_one_thing_in_a_sentence_is_one_fact(sentence, value):
    assert [f.value for f in facts_of(BASE + sentence)].count(value) == 1


def test_thresholds_and_visit_sizes_are_not_facts():
    body = "沭阳县代表团考察了苏南20多个参观点。\n沭阳县投资超过5亿元的在建项目有12个。"
    values = {f.value for f in facts_of(body)}
    assert 12 in values and 20 not in values and 5 not in values


def test_the_bar_a_list_sets_for_entry_is_not_a_fact():
    body = (
        "嘉善县入选百强县。本次评选设“单门槛”，即税收收入≥20亿元。"
        "嘉善县一般公共预算收入45亿元。嘉善县地区生产总值跨过800亿元门槛。"
    )
    values = {f.value for f in facts_of(body)}
    assert 45 in values and 800 in values and 20 not in values


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("2023年,甲省增速4.1%低于全国增速、福建省增速5.2%与全国持平。", {"福建省": 5.2}),  # the next item
        ("2023年,如皋市GDP增速分别低于全国、全省1.1和0.6个百分点。", {"如皋市": -0.6}),  # yardsticks listed
    ],
)
def test_a_word_of_falling_short_reaches_no_figure_of_the_next_place_listed(body, expected):
    assert {f.region: f.value for f in facts_of(body) if f.region in expected} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("泗洪县规上工业增加值增长12%,高于全国、全省5.7个和3.3个百分点。", [5.7, 3.3]),
        ("泗洪县农民收入增速分别比上半年和上年同期回落0.9个和0.4个百分点。", [-0.9, -0.4]),
        ("泗洪县财政收入增速落后于全市平均水平2.3个百分点。", [-2.3]),
        ("泗洪县规上工业增加值增速比一季度放缓1.4个百分点。", [-1.4]),
        ("泗洪县农民收入增幅落后1.6个百分点。", [-1.6]),
        ("泗洪县食品、纺织业分别拉动全县规上工业增长1.3个、0.9个、1.8个百分点。", [1.3, 0.9, 1.8]),
    ],
)
def test_figures_in_ge_listed_before_one_in_points_are_points(body, expected):
    points = [f.value for f in facts_of(body) if f.unit == "个百分点"]
    assert points == expected
    assert not [f for f in facts_of(body) if f.unit == "个"]


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("河南省百强县数量居第五,上榜县遍布在全国21个省市及自治区。", (5, "位")),
        ("河南省有4个县入选,百强县散布在全国21个省份。", (4, "个")),
        ("河南省有4个县入选,参评的25个省中,河南省排名第五。", (4, "个")),
    ],
)
def test_the_size_of_a_set_of_places_is_no_regions_fact(body, kept):
    values = {(f.value, f.unit) for f in facts_of(body)}
    assert kept in values
    assert not {v for v in values if v[0] in (18, 21, 25)}


@pytest.mark.parametrize(
    ("body", "kept", "bound"),
    [
        ("2023年,泗洪县财政收入达到31.2亿元,其余5个县的财政收入都在20亿元以下。", (31.2, "亿元"), (20, "亿元")),
        ("泗洪县城镇化率为48.5%,其他4县城镇化率均超过了50%。", (48.5, "%"), (50, "%")),
    ],
)
def test_a_bound_the_rest_of_a_set_of_places_share_is_no_fact(body, kept, bound):
    values = {(f.value, f.unit) for f in facts_of(body)}
    assert kept in values and bound not in values


def test_a_bound_the_other_things_of_one_region_share_stays_its_fact():
    values = {(f.value, f.unit) for f in facts_of("泗洪县石英砂储量在3亿吨以上,其它矿产均在1亿吨以上。")}
    assert (1, "亿吨") in values


@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("前三季度泗洪县工业用电量增幅为3.9%,塌目标2.6个百分点。", -2.6, "个百分点"),
        ("2019年泗洪县农民收入增长6.1%,比全市慢了1.4个百分点。", -1.4, "个百分点"),
        ("“十三五”期间泗洪县城乡居民恩格尔系数年均递减0.8个百分点。", -0.8, "个百分点"),
        ("受连续阴雨影响,泗洪县今年油菜减产23.5%。", -23.5, "%"),
        ("2023年上半年,泗洪县工业用电量降幅甚至达1.2%。", -1.2, "%"),  # a word of degree before 达
        # a goal of a fall is a fall too, whatever the link: 降幅达到
        ("到2025年,泗洪县单位地区生产总值能耗下降13.5%。", -13.5, "%"),
        ("泗洪县今后五年的主要目标是:单位地区生产总值能耗降幅达到5%以上,森林覆盖率达到30%。", -5, "%"),
    ],
)
def test_a_shortfall_a_slower_rate_and_a_fall_in_output_are_negative(body, value, unit):
    assert value in [f.value for f in facts_of(body) if f.unit == unit]


def test_goals_of_a_rise_or_a_floor_stay_positive():
    body = "泗洪县今年的目标是:研发投入占比至少达到5%,固定资产投资增长10%。"
    assert sorted(f.value for f in facts_of(body) if f.unit == "%") == [5, 10]


@pytest.mark.parametrize(
    ("body", "qualifier"),
    [
        ("睢县地区生产总值约为柘城县的3倍。", "约"),
        ("睢县财政收入超过柘城县的2.4倍。", "超过"),
        ("近五年睢县财政收入已是柘城县的2.6倍。", ""),
    ],
)
def test_a_bound_word_before_the_yardstick_bounds_the_multiple(body, qualifier):
    f = next(f for f in facts_of(body) if f.unit == "倍")
    assert (f.kind, f.qualifier) == ("multiple", qualifier)


def test_the_land_a_project_occupies_is_no_fact_of_the_region():
    body = "泗洪县新建生态农场一处,占地约120公顷;物流园占地面积达300亩。泗洪县耕地面积35万亩。"
    values = {(f.value, f.unit) for f in facts_of(body)}
    assert values == {(35, "万亩")}


def test_the_bound_of_a_band_of_firms_is_no_fact_but_its_count_is():
    body = "泗洪县产值超5亿元企业12户,新增产值超10亿元企业有6家;规上工业产值超500亿元。"
    values = {(f.value, f.unit) for f in facts_of(body)}
    assert (12, "户") in values and (6, "家") in values and (500, "亿元") in values
    assert (5, "亿元") not in values and (10, "亿元") not in values


@pytest.mark.parametrize(
    "sentence",
    ["宿迁市委党校青干班36名学员到昆山市进行了学习考察。", "常州市科技局局长带领12个科室负责人赴宁波市参观学习。"],
)
def test_the_size_of_a_delegation_is_no_fact(sentence):
    assert not facts_of(sentence)


def test_an_economic_areas_seats_are_no_regions_but_a_rank_within_it_is():
    body = "2024年百强镇榜单中,昆山市位列第1位。东部地区占70席,西部和东北地区分别占9席和4席。"
    body += "\n东部地区优势明显,占70席。\n昆山市营商环境在东部地区第3位。"
    assert [(f.region, f.value, f.unit) for f in facts_of(body)] == [("昆山市", 1, "位"), ("昆山市", 3, "位")]


def test_an_areas_count_written_without_地区_is_no_regions():
    # 东部42个, 东部共37家: the economic area right before its count, as 东部地区占70席.
    body = "2024年百强县榜单中,江苏省入选23个,其中东部42个,中部31个,西部27个。"
    body += "\n2024年,嘉善经开区在东部排名第9位(东部共37家开发区参评)。"
    found = [(f.region, f.value, f.unit) for f in facts_of(body)]
    assert found == [("江苏省", 23, "个"), ("嘉善经开区", 9, "位")], found


@pytest.mark.parametrize(
    "sentence",
    [
        "5月8日,中共溧阳市第十次代表大会开幕,应到会代表286名,实到会代表281名。",
        "溧阳市召开人代会,全市42名(共45名)人大代表出席会议。",
        "溧阳市召开调研会,县委书记等16名省、市人大代表参加调研。",
    ],
)
def test_the_members_of_a_congress_are_no_fact(sentence):
    assert not facts_of(sentence)


def test_a_total_of_places_listed_before_it_is_no_regions():
    # 合计 after the figures of listed places sums them: the group's total, no one's.
    body = "2024年千强镇中,江苏省150个、浙江省120个、山东省60个,合计330个。"
    body += "\n在前30强中,江苏省和浙江省分别占12席和9席,合计占比达到70%。"
    body += "\n2024年,昆山市规上工业企业合计3500家。"
    found = [(f.region, f.value) for f in facts_of(body)]
    assert found == [
        ("江苏省", 150),
        ("浙江省", 120),
        ("山东省", 60),
        ("江苏省", 12),
        ("浙江省", 9),
        ("昆山市", 3500),
    ], found


def test_the_countrys_count_of_its_towns_or_counties_is_no_regions_fact():
    # The field a list of towns is drawn from, and its change, are the country's: neither the
    # home's nor the region named before; a count of the region's own towns stays.
    body = "吴兴区3个镇入选全国千强镇。2022年底,我国建制镇数量达到21000个,比上年增加了150个。"
    body += "\n全国县级行政区共有2843个,吴兴区下辖9个镇,全国排名第5位。"
    found = [(f.region, f.value, f.unit) for f in facts_of(body)]
    assert found == [("吴兴区", 3, "个"), ("吴兴区", 9, "个"), ("吴兴区", 5, "位")]


def test_figures_of_an_area_inside_a_province_are_no_regions():
    body = "浙江省经济运行稳中有进,全省生产总值增长5.8%。"
    body += "2023年,浙西南地区生产总值为3600亿元,占全省比重为4.6%;浙东南地区增长6.3%。"
    body += "\n而浙西南地区生产总值增长7.2%,衢州市生产总值增长6.9%。"
    assert [(f.region, f.value) for f in facts_of(body)] == [("浙江省", 5.8), ("衢州市", 6.9)]


def test_rows_under_a_lead_line_take_the_measure_it_names():
    body = "2023年如皋市、海安市GDP数据如下:\n1.如皋市1300亿元\n2.海安市1200亿元\n"
    assert {(f.region, f.indicator) for f in facts_of(body)} == {("如皋市", "gdp"), ("海安市", "gdp")}
    body = "2023年前三季度各县GDP数据:\n如皋市(130亿元 同比增长6.3%)、海安市(120亿元)。\n"
    assert {(f.value, f.indicator) for f in facts_of(body)} == {(130, "gdp"), (6.3, "gdp"), (120, "gdp")}
    body = "2023年如皋市招商情况。\n1.如皋市1300亿元\n2.海安市1200亿元\n"  # no lead names a measure
    assert {f.indicator for f in facts_of(body)} == {"other:数值"}


def test_figures_of_an_area_named_by_its_city_are_not_the_city_s():
    body = "2024年,南京都市圈的生产总值合计2.1万亿元,增长5.2%。南京市生产总值增长4.8%。"
    assert [(f.region, f.value) for f in facts_of(body)] == [("南京市", 4.8)]


def test_figures_of_an_honour_lists_members_as_a_set_are_no_regions():
    body = "2023年,如皋市4个镇入选全国千强镇。2022年千强镇的面积合计达到11万平方公里,"
    body += "占全国的1.2%。如皋市生产总值增长5%。其中,千强镇的人口占全国的6%。"
    assert [(f.region, f.value) for f in facts_of(body)] == [("如皋市", 4), ("如皋市", 5)]
    body = "如皋市入选千强镇3个,千强镇中有2个在如皋市。江苏省百强县数量全国第一。"  # the field, the count
    assert [(f.region, f.value) for f in facts_of(body)] == [("如皋市", 3), ("如皋市", 2), ("江苏省", 1)]


def test_an_area_before_a_city_or_in_a_share_leaves_the_region_its_figures():
    body = "2023年,闽东宁德市规上工业增加值增长9.1%。\n2023年,浙江省生产总值8.2万亿元,占长三角总量的27.5%。"
    body += "\n苏北四小龙邳州市、沭阳县、东台市、如皋市包揽前四。"
    found = [(f.region, f.value) for f in facts_of(body)]
    assert ("宁德市", 9.1) in found and ("浙江省", 27.5) in found and ("邳州市", 1) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "2023年,青田县GDP高出紧随其后的缙云县12亿元。",  # the place a gap is measured to
        "2023年,青田县经济总量落后缙云县12亿元。",
        "2023年,青田县GDP被缙云县超出12亿元。",  # the agent of a passive
        "2023年,青田县全年反超缙云县,一季度则被缙云县超出12亿元。",  # the one overtaken
    ],
)
def test_a_gap_to_another_place_is_the_subjects(sentence):
    assert fact(sentence, 12).region == "青田县"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the place after 与/和 before 相差 is what the subject is measured against
        ("2023年,青田县常住人口52万人,和缙云县相差3万人。", 3),
        ("2023年,青田县增长1.5%,与增幅最高的缙云县相差8.2个百分点。", 8.2),
    ],
)
def test_a_place_after_与_before_相差_is_not_the_subject(sentence, value):
    assert fact(sentence, value).region == "青田县"


def test_a_place_with_its_own_figure_before_相差_keeps_it():
    body = "2023年,增幅最高的青田县9.2%与最低的缙云县2.6%相差6.6个百分点。"
    assert fact(body, 2.6).region == "缙云县"


@pytest.mark.parametrize(
    "sentence",
    [
        # the place passed, however it is described, hands its name to no later figure
        "今年安徽省有9个县入围,超越了兄弟省份江西省,比江西省多2个,入围数量居中部第3位。",
        "今年安徽省有9个县入围,力压江西省,比江西省多2个,入围数量居中部第3位。",
        # every place of a list the verb governs
        "今年安徽省有9个县入围,先后超过江西省、湖南省、湖北省;入围数量居中部第3位。",
        # the places a subject stands behind are ahead of it
        "2023年嘉兴市县域经济总量为5200亿元,居杭州、宁波、温州后为第3位。",
        "2023年嘉兴市县域经济总量为5200亿元,排在杭州、宁波和温州之后,居全省第3位。",
    ],
)
def test_a_place_passed_or_ahead_is_not_whose_rank_it_is(sentence):
    assert fact(sentence, 3).region in ("安徽省", "嘉兴市")


@pytest.mark.parametrize(
    "body, value, region",
    [
        ("在全省各市里,乙市比排第三的汉中、第四的宝鸡、第五的渭南都快。", 4, "宝鸡市"),
        ("在全省各市里,乙市比排第三的汉中、第四的宝鸡、第五的渭南都快。", 5, "渭南市"),
        ("全区各盟市中,人口最多的是赤峰,第二的是通辽,呼伦贝尔只能排第三。", 2, "通辽市"),
        ("若按上半年增速看,第三是山西晋城,其次才是忻州。", 3, "晋城市"),
        ("以微弱优势占据第二的安溪县,前三季度增长较快。", 2, "安溪县"),
    ],
)
def test_an_ordinal_joined_by_de_to_the_name_after_it_is_that_places_rank(body, value, region):
    found = fact(body, value)
    assert (found.region, found.kind, found.unit) == (region, "rank", "位")


def test_the_place_that_follows_the_first_is_the_subject_of_its_figure():
    body = "百强镇榜单中,江苏省以40个镇居首,如甲镇、乙镇等。紧随其后的是广东省(29个)、浙江省(11个)。"
    assert fact(body, 29).region == "广东省"


def test_a_figure_repeated_later_is_one_fact():
    body = "昆山市培育了6大产业集群。\n昆山市的6大产业集群覆盖面广。"
    assert [f.value for f in facts_of(body)] == [6]


def test_the_same_rate_of_two_measures_is_two_facts():
    # Rates coincide often in a bulletin; a level restated in other words is a repeat, a rate is not.
    body = "昆山市蔬菜产量12万吨,增长3.4%。\n昆山市禽蛋产量1.6万吨,增长3.4%。"
    growth = [f for f in facts_of(body) if f.kind == "growth"]
    assert [f.value for f in growth] == [3.4, 3.4]


def test_a_name_at_another_place_of_another_list_is_another_rank():
    # An ordered list writes its ranks as names: the same name in a second list is no repeat.
    body = "苏州各县市综合实力前三名依次为:张家港市、昆山市、江阴市。\n发展速度前三名依次为:昆山市、常熟市、太仓市。"
    ranks = [(f.region, f.value) for f in facts_of(body) if f.region == "昆山市"]
    assert ranks == [("昆山市", 2), ("昆山市", 1)]


@pytest.mark.parametrize(
    "body",
    [
        "昆山市位列全国百强县第一。\n今年昆山市再次位列全国百强县第一。",
        "苏州各县市综合实力前三名依次为:张家港市、昆山市、江阴市。\n报告称,综合实力前三名依次为:张家港市、昆山市、江阴市。",
    ],
)
def test_a_rank_or_list_restated_is_one_fact_each(body):
    assert sorted(f.value for f in facts_of(body) if f.region == "昆山市") == [1 if "百强县第一" in body else 2]


def test_the_same_move_in_two_rankings_is_two_facts():
    body = "在全国百强县榜单中,昆山市较去年上升2位,居第3位。\n在全国综合竞争力榜单中,昆山市同样较去年上升2位,居第5位。"
    assert [f.value for f in facts_of(body) if f.kind == "change"] == [2, 2]


def test_a_move_printed_again_is_one_fact():
    line = "昆山市较去年上升2位,居第3位。"
    assert [f.value for f in facts_of(line + "\n网友回复:\n" + line) if f.kind == "change"] == [2]


def test_a_line_printed_again_is_one_fact():
    # A forum reply quoting the post, a table's repeated cell: the same words, a second time.
    line = "昆山市今年规上工业产值达到9000亿元,工业投资增长6%。"
    assert sorted(f.value for f in facts_of(line + "\n" + "网友回复:\n" + line)) == [6, 9000]


@pytest.mark.parametrize(
    "sentence",
    [
        "研究院对全国368个县级市的统计数据进行比较,昆山市位列第一。",
        "此次评比共有86家省级园区和12个国家级园区参加,昆山市位列第一。",
        "报告选取了全省95个县进行分析,昆山市位列第一。",
        "评价体系包含24个指标,其中二级指标共8个,昆山市位列第一。",
    ],
)
def test_the_field_and_scheme_of_an_evaluation_are_no_facts(sentence):
    assert [(f.value, f.unit) for f in facts_of(sentence)] == [(1, "位")]


def test_a_count_of_a_region_is_a_fact_beside_an_evaluation_word():
    found = facts_of("昆山市共有高新技术企业2100家,今年进行了全面评估。")
    assert [(f.value, f.unit) for f in found] == [(2100, "家")]


def test_a_figure_whose_clause_names_no_measure_takes_the_one_named_before_it():
    found = fact("以地方财政收入为例,昆山市已突破400亿。", 400)
    assert (found.indicator, found.unit) == ("fiscal_revenue", "亿元")


def test_figures_under_a_title_take_its_measure_and_a_province_is_no_label():
    doc = Document(id="t", name="t.txt", path="t.txt", title="长三角部分城市GDP对比", date="", source="", body="")
    body = "浙江 湖州 3850.6亿\n江苏 镇江 5017.0亿\n"
    found = extract_document(replace(doc, body=body)).facts
    assert [(f.region, f.indicator) for f in found] == [("湖州市", "gdp"), ("镇江市", "gdp")]


def test_practices_and_industries_with_their_sentence():
    sentence = "昆山市推行“链长制”和“亩均论英雄”改革,重点发展新一代信息技术和生物医药产业。"
    ex = extract_document(make_doc(sentence))
    practices = {p.term: p for p in ex.practices if p.kind == "practice"}
    industries = {p.term for p in ex.practices if p.kind == "industry"}
    assert {"链长制", "亩均论英雄"} <= set(practices)
    assert practices["链长制"].evidence == sentence and practices["链长制"].region == "昆山市"
    assert {"新一代信息技术", "生物医药"} <= industries


def test_industries_carry_their_strategic_emerging_category():
    ex = extract_document(make_doc("昆山市重点发展集成电路、生物医药和普洱茶加工。"))
    category = {p.term: p.category for p in ex.practices if p.kind == "industry"}
    assert category["集成电路"] == "新一代信息技术产业"
    assert category["生物医药"] == "生物产业"
    assert category["普洱茶"] == ""  # a traditional industry fits no category


def test_extract_json_holds_the_full_profile_per_region(tmp_path):
    import json

    from conftest import run_cli

    article = tmp_path / "article.txt"
    article.write_text(
        "昆山市推行“链长制”,重点发展集成电路产业。\n昆山市规上工业产值达到9000亿元,集成电路产值增长12%。\n",
        encoding="utf-8",
    )
    out = tmp_path / "profile.json"
    run_cli("extract", str(article), "--format", "json", "-o", str(out), check=True)
    profile = json.loads(out.read_text(encoding="utf-8"))["regions"]["昆山市"]
    assert profile["level"] == "county" and profile["parent"] == "苏州市"
    assert {f["value"] for f in profile["facts"]} == {9000, 12}
    assert [p["term"] for p in profile["practices"]] == ["链长制"]
    assert profile["industries"][0]["term"] == "集成电路"
    assert profile["industries"][0]["category"] == "新一代信息技术产业"
    assert "集成电路" in profile["keywords"] and "昆山市" not in profile["keywords"]
    assert profile["sources"] == ["article.txt"]


def test_falls_are_negative_growth_and_change():
    body = "昆山市一般公共预算收入430亿元,同比下降4.2%;研发投入强度比全省平均水平低1.1个百分点。"
    found = {f.value: f for f in facts_of(body)}
    assert found[-4.2].kind == "growth" and found[-4.2].indicator == "fiscal_revenue"
    assert found[-1.1].kind == "change"


def test_a_share_of_more_than_is_a_fact_not_a_threshold():
    f = fact("昆山市民营企业贡献了全市80%以上的税收。", 80)
    assert (f.unit, f.qualifier, f.kind) == ("%", "以上", "share")


def test_other_labels_name_the_measure_not_the_region_or_year():
    f = fact("昆山市2023年新建5G基站3200个。", 3200)
    assert f.indicator == "other:新建5G基站"


def test_dates_phone_numbers_and_model_names_are_not_facts():
    body = "10月9日—10月12日,记者走进昆山市,热线电话0512-57528888,G60科创走廊全长300公里。"
    assert facts_of(body) == ()


def test_a_sentence_without_a_period_has_none_in_any_of_its_clauses():
    """clause_period skips the clauses of a sentence with no period of its own: that
    holds only while sentence_period never finds a period in a part of a text
    that it does not find in the whole (no pattern may look ahead)."""
    from reporter.extract import sentence_period

    sentences = [
        "2022年,昆山市规上工业产值达到9000亿元,同比增长5%。",
        "今年1-8月,昆山市规上工业增加值增长6.2%;去年同期为4.1%。",
        "“十三五”期间,昆山市工业投资年均增长8.5%,较“十二五”末提高3个百分点。",
        "近三年,昆山市累计实施技改项目310个,未来五年还将新增200个。",
        "今年一季度、上半年和前三季度,昆山市工业投资分别增长9.1%、8%和7%。",
        "昆山市共有上市企业62家,其中科创板12家。",
    ]
    for sentence in sentences:
        for date in ("2024-06-30", ""):
            found = [bool(sentence_period(sentence[:end], date)) for end in range(len(sentence) + 1)]
            assert found == sorted(found), (sentence, date)  # once found in a start, found in every longer one


def test_estimates_are_never_actuals():
    body = "全县预计全年完成地区生产总值150亿元，增长6.5%。去年全县地区生产总值140亿元。"
    assert fact(body, 150).kind == "estimate"
    assert fact(body, 6.5).kind == "estimate"
    assert fact(body, 6.5).indicator == "gdp"  # classified as what it measures
    assert fact(body, 140).kind == "level"
    assert fact("全县力争到2030年地区生产总值达到200亿元。", 200).kind == "target"


def test_every_fact_records_how_its_region_was_decided():
    body = "西双版纳州发展工业。松江区规上工业企业1617户，规上工业产值4000亿元。\n我州规上工业企业126户。\n全年新增专精特新企业12家。"
    facts = {f.value: f for f in facts_of(body)}
    assert facts[1617].basis == "clause"
    assert facts[4000].basis == "carried"  # 松江区 is the subject of the clause before
    assert facts[126].basis == "clause"  # 我州 names the region, as a reference
    assert (facts[12].region, facts[12].basis) == ("西双版纳州", "home")


def test_rates_after_分别_follow_the_amounts_before_them_in_order():
    found = facts_of("嵊泗县全年实现地区生产总值85亿元,财政收入6.2亿元,同比分别增长7.5%和12.1%。")
    rates = {f.value: f.indicator for f in found if f.unit == "%"}
    assert rates == {7.5: "gdp", 12.1: "fiscal_revenue"}


def test_rates_after_分别_take_no_amount_when_the_counts_differ():
    found = facts_of("嵊泗县全年实现地区生产总值85亿元,财政收入6.2亿元,税收4.1亿元,分别增长7.5%和12.1%。")
    assert {f.value: f.indicator for f in found if f.unit == "%"} != {7.5: "gdp", 12.1: "fiscal_revenue"}


def test_one_count_for_two_regions_in_one_sentence_is_two_facts():
    found = facts_of("今年上榜的县中,浙江12个,江西5个,湖南12个,广西3个。")
    assert sorted((f.region, f.value) for f in found if f.value == 12) == [("浙江省", 12), ("湖南省", 12)]


def test_a_count_of_divisions_belongs_to_the_region_that_has_them():
    found = facts_of("盐城市辖响水、滨海和阜宁三县,阜宁县去年地区生产总值500亿元。")
    count = [f for f in found if f.value == 3]
    assert [(f.region, f.indicator) for f in count] == [("盐城市", "other:下辖县数")]
    assert [f.region for f in facts_of("衢州的2个县,常山、开化都在山区。") if f.value == 2] == ["衢州市"]


def test_a_count_of_members_and_the_places_after_it_are_each_their_own_regions():
    found = facts_of("本届浙江共有7县(市)进入全国百强,排名分别为慈溪市(第6位)、义乌市(第11位)、诸暨市(第14位)。")
    counts = [f for f in found if f.unit == "个"]
    assert [(f.region, f.value) for f in counts] == [("浙江省", 7)]
    ranks = [f for f in found if f.kind == "rank"]
    assert {f.region: f.value for f in ranks} == {"慈溪市": 6, "义乌市": 11, "诸暨市": 14}
    assert counts[0].indicator not in {f.indicator for f in ranks}  # the places are not the count's


def test_a_count_of_members_of_a_ranking_is_not_a_place_in_it():
    found = facts_of("今年嘉兴市新增全国百强镇2个,桐乡市居全国百强县第26位。")
    indicators = {f.value: (f.unit, f.indicator) for f in found}
    assert indicators[2][0] == "个" and indicators[2][1] != "county_rank"
    assert indicators[26] == ("位", "county_rank")


def test_a_name_before_a_year_and_de_is_the_subject_not_a_base() -> None:
    # 2020年的 dates the figure after it; the region before is whose place it is.
    body = "张家港市地区生产总值达到3300亿元。昆山市综合排名由2020年的15位前进到第9位。"
    assert fact(body, 15).region == "昆山市"
    assert fact("太仓市人均收入相当于昆山市的0.8倍。", 0.8).region == "太仓市"
    assert fact("太仓市人均收入相当于昆山市的两倍。", 2).region == "太仓市"


def test_a_larger_region_that_holds_places_is_the_subject_inside_a_clause() -> None:
    # After a county, a province named mid-clause qualifies a noun (江苏省的企业), but one
    # followed by a verb of having is who holds the places.
    assert fact("张家港市规上企业达到900家,在百强县前十名中江苏占了六席。", 6).region == "江苏省"
    assert fact("张家港市入选百强县,在全部百强县中江苏一共有25个。", 25).region == "江苏省"


def test_a_place_in_a_province_is_the_narrower_places_not_the_provinces() -> None:
    assert fact("江陵县熊河镇 湖北第8 全国第350", 8).region == "熊河镇"
    # Without the place, 湖北第2 is nobody's: a province is no place in its own field.
    assert not [f for f in facts_of("湖北第2,全国第216。") if f.value == 2]


def test_a_larger_place_named_as_the_field_of_a_rank_leaves_the_place_to_the_town() -> None:
    # 嘉兴排名第2 after the town's clause: the town's place among 嘉兴's towns.
    got = {f.value: f.region for f in facts_of("王江泾镇位于秀洲区北部,嘉兴排名第2,全国排名第119。")}
    assert got[2] == got[119] == "王江泾镇"


def test_a_line_that_names_a_town_alone_heads_the_places_under_it() -> None:
    body = "嘉兴市秀洲区王江泾镇\n嘉兴排名第2,全国排名第119\n2. 嘉兴市秀洲区洪合镇\n嘉兴排名第5,全国排名第402\n"
    got = {f.value: f.region for f in facts_of(body)}
    assert (got[2], got[119], got[5], got[402]) == ("王江泾镇", "王江泾镇", "洪合镇", "洪合镇")
    # every row of figures under the heading is its place's, up to a sentence of prose or the next heading
    body = (
        "江西各市经济排行\nNO.2 九江市\n\n2016年GDP总值2096亿元,排名第2\n人均GDP:43100元,排名第6\n"
        "九江历史悠久。\nNO.1 南昌市\n\n2016年GDP总值4354亿元,排名第1\n人均GDP:81300元,排名第3\n"
    )
    got = {f.value: f.region for f in facts_of(body)}
    assert (got[43100], got[6], got[81300], got[3]) == ("九江市", "九江市", "南昌市", "南昌市")


def test_figures_of_other_regions_in_brackets_are_theirs_and_leave_the_subject():
    body = (
        "昆山市城镇居民人均可支配收入52000元(苏州市为61000元、江苏省为49000元),增长5.1%(苏州市为4.8%),居苏州市第8位。"
    )
    found = {f.value: (f.region, f.indicator, f.kind) for f in facts_of(body)}
    assert found[61000] == ("苏州市", "urban_income", "level")
    assert found[49000] == ("江苏省", "urban_income", "level")
    assert found[4.8] == ("苏州市", "urban_income", "growth")
    assert found[5.1][0] == found[8][0] == "昆山市"


def test_figures_after_分别_go_to_regions_each_given_with_a_figure_of_its_own():
    # Each region comes with its own figure before 分别, not as one list (甲、乙分别…).
    found = facts_of("2023年,昆山市规上工业产值为9000亿元,常熟市为3100亿元,分别占苏州市的21.5%和7.4%。")
    assert (found_at(found, 21.5), found_at(found, 7.4)) == ("昆山市", "常熟市")
    shares = facts_of("昆山市(15.2%)、常熟市(8.1%)和太仓市(4.6%)增速领先,拉动苏州市增长分别为1.9、0.7和0.3个百分点。")
    assert [found_at(shares, v) for v in (1.9, 0.7, 0.3)] == ["昆山市", "常熟市", "太仓市"]


def test_one_multiple_of_measures_listed_before_its_verb_is_one_fact_each():
    found = facts_of("昆山市财政收入与进出口总额均是太仓市的3倍。")
    assert sorted(f.indicator for f in found if f.value == 3) == ["fiscal_revenue", "foreign_trade"]
    half = facts_of("太仓市的建成区面积、常住人口约为昆山市一半。")
    assert len([f for f in half if f.value == 0.5 and f.kind == "multiple"]) == 2
    # After 分别 each measure has its own multiple, and no measure takes the other's.
    each = facts_of("昆山市财政收入和进出口总额分别是太仓市的2.3倍和3.1倍。")
    assert sorted((f.value, f.indicator) for f in each) == [(2.3, "fiscal_revenue"), (3.1, "foreign_trade")]


def found_at(found, value: float) -> str:
    return next(f.region for f in found if f.value == value)


def test_a_scope_that_is_no_region_in_brackets_owns_no_figure():
    found = facts_of("昆山市城镇居民人均可支配收入52000元(全国为39000元),增长5.1%。")
    assert 39000 not in {f.value for f in found}
    assert fact("昆山市城镇居民人均可支配收入52000元(全国为39000元),增长5.1%。", 5.1).region == "昆山市"


def test_one_place_given_with_均_to_listed_measures_is_one_rank_each():
    found = facts_of("2023年,昆山市规上工业增加值和固定资产投资增速均居苏州市第一。")
    ranks = sorted(f.indicator for f in found if f.kind == "rank")
    assert ranks == ["fixed_asset_investment", "industrial_value_added"]
    pair = facts_of("2023年,昆山市城镇和农村居民人均可支配收入增速均居苏州市第二。")
    assert sorted(f.indicator for f in pair if f.kind == "rank") == ["rural_income", "urban_income"]


def test_scores_of_an_evaluation_are_levels_in_fen():
    found = facts_of("昆山开发区以总分512.36分位列全省开发区第一,发展质量和综合效益分别以88.5分和120.4分位居前列。")
    scores = sorted(f.value for f in found if f.unit == "分")
    assert scores == [88.5, 120.4, 512.36]
    assert all(f.kind == "level" for f in found if f.unit == "分")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "2023年,南通市综合排名居首位,其后依次为如皋市、海安市、启东市。",
            [("如皋市", 2), ("海安市", 3), ("启东市", 4)],
        ),
        (
            "2023年百强县中,昆山市、张家港市、江阴市位列前三,前三之后的县市依次为:常熟市、慈溪市、宜兴市。",
            [("常熟市", 4), ("慈溪市", 5), ("宜兴市", 6)],
        ),
        (
            "2023年县域排名依次为:如皋市、海安市、启东市。",
            [("如皋市", 1), ("海安市", 2), ("启东市", 3)],
        ),  # from the top
        (
            "2023年,甲市凭300亿元GDP位居首位,其后依次为如皋市、海安市和启东市。",
            [("如皋市", 2), ("海安市", 3), ("启东市", 4)],
        ),  # 首位 makes the order a ranking, with no 排名 in the sentence
    ],
)
def test_an_ordered_list_after_the_places_given_counts_on(body: str, expected: list) -> None:
    ranks = [(f.region, f.value) for f in facts_of(body) if f.kind == "rank" and f.region in dict(expected)]
    assert ranks == expected


def test_a_list_from_the_highest_to_the_lowest_is_a_ranking() -> None:
    # 从高到低 orders the list as 排名 does; 从低到高 starts from the last place and gives no rank.
    found = facts_of("2023年考核中,各县市得分从高到低依次为:如皋市、海安市、启东市。")
    assert [(f.region, f.value) for f in found if f.kind == "rank"] == [("如皋市", 1), ("海安市", 2), ("启东市", 3)]
    found = facts_of("2023年考核中,各县市得分从低到高依次为:如皋市、海安市、启东市。")
    assert not [f for f in found if f.kind == "rank"]


def test_a_list_set_out_on_the_line_after_its_opening_words_is_read_with_them() -> None:
    body = "2023年考核结果公布。\n全省县市考核得分从高到低依次为:\n\n如皋市、海安市、启东市。\n全年增长5%。"
    found = facts_of(body)
    assert [(f.region, f.value) for f in found if f.kind == "rank"] == [("如皋市", 1), ("海安市", 2), ("启东市", 3)]
    # A line that opens nothing keeps its own: the next line's names get no rank.
    found = facts_of("2023年考核结果公布。\n全省县市考核得分有所提高\n如皋市、海安市、启东市。")
    assert not [f for f in found if f.kind == "rank"]


def test_a_list_s_ranks_take_the_name_of_the_evaluation_its_opening_words_give() -> None:
    found = facts_of("2023年考核结果公布。全省3个重点开发县域考核评价结果从高到低依次为:如皋市、海安市、启东市。")
    assert {f.label for f in found if f.kind == "rank"} == {"重点开发县域考核评价排名"}
    # Words that name no evaluation leave the rank in an unnamed ranking.
    found = facts_of("2023年考核结果公布。得分从高到低依次为:如皋市、海安市、启东市。")
    assert {f.label for f in found if f.kind == "rank"} == {"排名"}


def test_the_size_of_the_field_before_the_words_that_open_a_list_is_no_figure() -> None:
    found = facts_of("2023年考核结果公布。江苏3个县市考核得分从高到低依次为如皋市、海安市、启东市。")
    assert sorted((f.region, f.value, f.unit) for f in found) == [
        ("启东市", 3, "位"),
        ("如皋市", 1, "位"),
        ("海安市", 2, "位"),
    ]


def test_an_ordered_list_after_a_top_band_written_with_ten_or_digits() -> None:
    # 前三位 was read already; 前十位 and 前10位 left a figure that kept the list from being read.
    for band in ("前十位", "前10位"):
        found = facts_of(f"苏州市经济总量排在{band}的县市分别是昆山市、江阴市、张家港市。")
        assert [(f.region, f.value) for f in found if f.kind == "rank"] == [
            ("昆山市", 1.0),
            ("江阴市", 2.0),
            ("张家港市", 3.0),
        ]


def test_比增_before_a_rate_is_growth():
    facts = extract_document(make_doc("今年1-5月,晋江市规上工业实现产值1240亿元,比增9.35%。")).facts
    assert [(f.value, f.kind) for f in facts if f.unit == "%"] == [(9.35, "growth")]


def test_a_list_of_the_top_places_after_前N位的是_is_in_order() -> None:
    found = facts_of("在今年的县域经济排名中,名列前三位的是昆山市、江阴市、张家港市。")
    assert [(f.region, f.value) for f in found if f.kind == "rank"] == [
        ("昆山市", 1.0),
        ("江阴市", 2.0),
        ("张家港市", 3.0),
    ]


def test_a_list_after_前N名的_and_what_is_ranked_is_in_order() -> None:
    # 前十名的…是 with words between 的 and 是 and no colon: the names after it are the top places.
    found = facts_of("本届工业强县榜单中,排名前10名的工业强县(市)是江苏苏州昆山市、江苏无锡江阴市、福建泉州晋江市。")
    assert [(f.region, f.value) for f in found if f.kind == "rank"] == [
        ("昆山市", 1.0),
        ("江阴市", 2.0),
        ("晋江市", 3.0),
    ]


def test_a_top_list_whose_opening_words_name_the_measure_takes_it() -> None:
    # GDP排名前三的…是A、B、C: the places are in GDP, not in an unnamed ranking.
    found = facts_of("今年上半年全省各市中,GDP排名前三的仍然是南京、无锡、常州。")
    ranks = [(f.region, f.value, f.indicator) for f in found if f.kind == "rank"]
    assert ranks == [("南京市", 1.0, "gdp"), ("无锡市", 2.0, "gdp"), ("常州市", 3.0, "gdp")]


def test_榜首_after_a_verb_of_ranking_is_the_first_place() -> None:
    # 位居榜首 / 荣登榜首 write rank 1 without a number, as 居首位 does.
    found = facts_of("在今年发布的强县榜单中,甲省昆山市继续位居榜首。")
    assert [(f.region, f.value, f.unit) for f in found if f.kind == "rank"] == [("昆山市", 1.0, "位")]
    found = facts_of("新一期强镇名单里,江苏以40个镇荣登榜首。")
    assert [(f.region, f.value) for f in found if f.kind == "rank"] == [("江苏省", 1.0)]


def test_a_place_after_a_score_that_names_no_measure_is_in_the_ranking_reported() -> None:
    # 以96.5分高居榜首 in a text about the 百强县: the score names no measure to lend the place.
    found = facts_of("全国百强县榜单日前发布,昆山市以96.5分高居榜首。")
    assert [(f.value, f.indicator) for f in found if f.kind == "rank"] == [(1.0, "county_rank")]


def test_the_place_of_a_count_after_its_members_listed_is_the_counts_owner() -> None:
    # 总数位居全国第三 is the province's place by its count, not the last city listed.
    found = facts_of("江苏省共有8个城市进入创新百强,分别是苏州市、无锡市、常州市,总数位居全国第三。")
    assert [(f.region, f.value) for f in found if f.kind == "rank"] == [("江苏省", 3.0)]


def test_a_town_after_a_province_ending_in_a_direction_is_no_neighbour() -> None:
    # 湖南临…, 山东临…: 南临/东临 here end the province's name; the town is whose place it is.
    found = facts_of("榜单中还有湖南临澧县新安镇(640位)。")
    assert [(f.region, f.value) for f in found] == [("新安镇", 640.0)]


def test_places_counted_then_listed_after_依次是_are_in_order() -> None:
    # The count is the list's size, not a figure of its own.
    found = facts_of("今年全市入围全省百强的4个乡镇依次是林州市姚村镇、林州市陵阳镇、汤阴县韩庄镇、内黄县后河镇。")
    assert [(f.region, f.value) for f in found] == [("姚村镇", 1.0), ("陵阳镇", 2.0), ("韩庄镇", 3.0), ("后河镇", 4.0)]


def test_an_item_of_an_ordered_list_that_names_an_unknown_place_keeps_its_place() -> None:
    # 港城区 is no division: the item's place is not known, the later items keep theirs.
    found = facts_of("全省综合实力十强镇依次为江苏昆山市玉山镇、江苏太仓市港城区、广东东莞市长安镇。")
    assert [(f.region, f.value) for f in found if f.kind == "rank"] == [("玉山镇", 1.0), ("长安镇", 3.0)]


def test_a_set_named_by_its_size_listed_with_依次_is_in_order() -> None:
    # 十强/十佳 name a top set without 前 or 排名; 依次 says the list is in its order.
    found = facts_of("本年度全市县域经济“十强”县(市)依次为:昆山市、江阴市、张家港市。其余县市位次略有调整。")
    assert [(f.region, f.value) for f in found if f.kind == "rank"] == [
        ("昆山市", 1.0),
        ("江阴市", 2.0),
        ("张家港市", 3.0),
    ]
    # 十大强镇: 大 between the size and the set's word.
    found = facts_of("据最新榜单,江苏十大强镇依次是昆山玉山镇、张家港杨舍镇、吴江盛泽镇。")
    assert [(f.region, f.value) for f in found if f.kind == "rank"] == [
        ("玉山镇", 1.0),
        ("杨舍镇", 2.0),
        ("盛泽镇", 3.0),
    ]
    # Members of a set listed after 分别 may be in any order: no ranks.
    assert not [f for f in facts_of("入围全国百强的县分别是昆山市、江阴市、张家港市。") if f.kind == "rank"]


def test_an_amount_after_比_another_region_and_a_gap_word_is_the_gap_not_a_level():
    body = "泾县城镇居民人均可支配收入比全市低1860元(全市为30120元),比全省高540元。泾县综合排名比旌德县低4位。"
    found = {f.value: (f.kind, f.label) for f in facts_of(body)}
    assert found == {
        -1860.0: ("change", "城镇居民人均可支配收入与全市差距"),
        30120.0: ("level", "城镇居民人均可支配收入"),  # the other region's own level
        540.0: ("change", "城镇居民人均可支配收入与全省差距"),
        -4.0: ("change", "排名与旌德县差距"),
    }
    # 比上年 dates the gap: money grows, as after 比上年增加
    assert fact("全县财政收入2.1亿元,比上年多0.3亿元。", 0.3).kind == "growth"


@pytest.mark.parametrize(
    ("body", "value", "label"),
    [
        ("泾县农民人均可支配收入9800元,高于宣城市平均水平230元。", 230.0, "农村居民人均可支配收入与宣城市平均水平差距"),
        ("宁国市人均GDP为4.6万元,低于全市平均水平0.8万元。", -0.8, "人均地区生产总值与全市平均水平差距"),
        ("一季度宁国市乡镇企业的各项指标都超过全市平均水平12个点。", 12.0, "与全市平均水平差距"),
        # an average is no region: the gap to it is a change, not a gap between two regions (a level)
        (
            "2023年常州市城镇居民人均可支配收入高出全省平均水平5000元。",
            5000.0,
            "城镇居民人均可支配收入与全省平均水平差距",
        ),
    ],
)
def test_an_amount_after_an_average_set_against_is_the_gap_to_it(body: str, value: float, label: str) -> None:
    # 高于/低于 an average and the amount after it: the gap, of the measure named before (none: the
    # average alone names nothing), below the average a fall
    found = fact(body, value)
    assert (found.kind, found.label) == ("change", label)


def test_a_rate_named_by_a_growth_noun_across_a_region_s_name_is_growth():
    body = "各县中,工业增加值增速最高的泾县为9.4%,增幅最低的旌德县3.1%。全市GDP增速(6.2%)。"
    found = facts_of(body)
    assert {f.value: f.kind for f in found if f.value != 1} == {9.4: "growth", 3.1: "growth", 6.2: "growth"}
    # 增速最高的泾县 is also 泾县's first place, as the labels read a superlative
    assert [(f.region, f.kind) for f in found if f.value == 1] == [("泾县", "rank")]
    # a share after a growth noun stays a share; a birth rate in ‰ is not a growth rate
    assert fact("全县增速最快的第三产业占比为48.5%。", 48.5).kind == "share"
    assert fact("全县人口自然增长率为2.1‰。", 2.1).kind == "share"


def test_a_rate_followed_by_的_and_a_growth_noun_is_growth():
    body = "昆山市一季度GDP实现5.3%的增速,太仓市以6.1%的增幅位居全市第一,常熟市以4.2%的同比增长紧随其后。"
    assert {f.value: f.kind for f in facts_of(body) if f.unit == "%"} == {5.3: "growth", 6.1: "growth", 4.2: "growth"}
    assert fact("如东县以8.4%的名义增长率位居全省前列。", 8.4).kind == "growth"
    # a part of the whole's growth, or a noun that is no rate after 增长, stays a share
    assert fact("昆山市的工业贡献了全市30%的增长点。", 30).kind == "share"
    assert fact("昆山市工业增加值占全市20%的增长。", 20).kind == "share"


def test_a_bare_rate_in_a_sentence_about_growth_is_a_growth_rate() -> None:
    # the rates listed after a growth noun in an earlier clause, after a growth noun of an earlier
    # clause naming a place, before a growth noun that compares it, and after the arrow of a change
    body = "今年上半年各县市地区生产总值增速分别为:昆山市6.1%,太仓市5.3%,常熟市4.8%。"
    assert {f.value: f.kind for f in facts_of(body) if f.unit == "%"} == {6.1: "growth", 5.3: "growth", 4.8: "growth"}
    assert fact("今年一季度,四个县市中以张家港市的增速最高,为7.3%。", 7.3).kind == "growth"
    assert fact("今年一季度,常熟市3.2%低于全省增速。", 3.2).kind == "growth"
    assert fact("与一季度相比,增幅最大的是太仓市(3.1%→4.6%)。", 4.6).kind == "growth"
    # rows under a first row that says its rate is a growth rate (下同)
    body = "今年上半年,昆山市(2600亿元同比增长6.2%下同)、太仓市(900亿元5.7%)。"
    assert fact(body, 5.7).kind == "growth"


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ("2023年,太仓市地区生产总值突破1800亿元大关,达到1863.5亿元。", [1863.5]),
        ("2023年,太仓市地区生产总值迈上1800亿元台阶,达1863.5亿元。", [1863.5]),
        ("2023年,太仓市、常熟市地区生产总值均突破1800亿元,分别实现1863.5亿元和2012.4亿元。", [1863.5, 2012.4]),
        # no exact figure after it: the bound is the level
        ("2023年,太仓市地区生产总值突破1800亿元。", [1800.0]),
        ("2023年,太仓市地区生产总值突破1800亿元,增长5.1%。", [1800.0, 5.1]),
    ],
)
def test_a_milestone_passed_on_the_way_to_the_exact_figure_is_no_fact(body: str, values: list[float]) -> None:
    assert [f.value for f in facts_of(body)] == values


def test_a_place_after_the_years_listed_before_it_is_each_year_s() -> None:
    body = "太仓市2019年、2020年和2021年地区生产总值增速连续三年居苏州第一位。"
    assert sorted((f.period, f.value) for f in facts_of(body)) == [("2019", 1.0), ("2020", 1.0), ("2021", 1.0)]
    # another figure between the years and the place: the years date that figure, not the place
    body = "太仓市2019年、2020年GDP分别增长6.1%和3.2%,增速居苏州第一位。"
    assert len([f for f in facts_of(body) if f.kind == "rank"]) == 1


def test_a_figure_of_a_ranked_group_is_no_one_place_s() -> None:
    # 十强县 opening its clause: its figures, and those after it in the sentence, are the group's
    body = "昆山市位居第一。2023年,“十强县”共实现地区生产总值3.2万亿元,占全省比重达25.1%。"
    assert [(f.region, f.value) for f in facts_of(body)] == [("昆山市", 1.0)]
    # a count of the members a place has, and a place in the group, are the place's
    body = "江苏省百强县数量最多,达到23个。昆山市位列百强县第1位。"
    assert {(f.region, f.value) for f in facts_of(body)} >= {("江苏省", 23.0), ("昆山市", 1.0)}


def test_places_listed_after_as_many_regions_are_theirs_in_order() -> None:
    body = "紧随其后的是常熟市和张家港市,分居第4、第5的位置。"
    assert {f.region: f.value for f in facts_of(body)} == {"常熟市": 4.0, "张家港市": 5.0}
    body = "常熟市、张家港市、太仓市3市,排名从上年的第4名、第5名、第7名升至第3名、第4名、第6名。"
    got = sorted((f.region, f.value) for f in facts_of(body))
    assert got == sorted(
        [("常熟市", 4.0), ("张家港市", 5.0), ("太仓市", 7.0), ("常熟市", 3.0), ("张家港市", 4.0), ("太仓市", 6.0)]
    )
    # the ranks of places named after them are theirs, whatever list came before the semicolon
    body = "常熟市和张家港市互换位置;上年第九、第十的太仓市和昆山市也互换位置。"
    assert not {f.region for f in facts_of(body)} & {"常熟市", "张家港市"}


def test_one_figure_given_to_each_place_of_a_list_has_one_kind() -> None:
    # the figure is each place's once: the first place's copy is no level stated before the second's
    body = "今年上半年,太仓市、常熟市和张家港市各减少3个工业集中区。"
    assert [(f.region, f.kind) for f in facts_of(body)] == [
        ("太仓市", "level"),
        ("常熟市", "level"),
        ("张家港市", "level"),
    ]


def test_a_share_in_a_sentence_about_growth_stays_a_share() -> None:
    assert fact("昆山市地区生产总值增速为7.9%,第三产业占比52.3%。", 52.3).kind == "share"
    assert fact("昆山市地区生产总值增速为7.9%,城镇化率达到78.5%。", 78.5).kind == "share"
    assert fact("昆山市地区生产总值增速为7.9%,占苏州市的比重为26.4%。", 26.4).kind == "share"
    assert fact("昆山市地区生产总值增速为7.9%,三次产业比例为0.8%、47.1%、52.1%。", 47.1).kind == "share"
    # another rate named between the word of growth and the figure, or a share of the parts that grew
    body = "今年上半年,各县市对全市增长的贡献率依次为:昆山市31.2%,太仓市8.4%。"
    assert {f.value: f.kind for f in facts_of(body) if f.unit == "%"} == {31.2: "share", 8.4: "share"}
    assert fact("今年上半年,昆山市有120户工业企业产值同比增长,增长面为65.2%。", 65.2).kind == "share"
    assert fact("今年上半年,昆山市规上工业企业增长面达65.2%,较上年同期(58.1%)提高7.1个百分点。", 58.1).kind == "share"
    assert fact("今年,昆山市人口自然增长率为3.2%,太仓市为2.1%。", 2.1).kind == "share"


def test_a_figure_right_after_a_yardstick_is_the_yardsticks_own() -> None:
    # 高于太仓市的4.1%: 太仓市's growth rate, beside 昆山市's; the subject stays 昆山市 after it.
    body = "昆山市地区生产总值增速为6.3%,高于太仓市的4.1%,财政收入增长8.2%。"
    assert (fact(body, 4.1).region, fact(body, 4.1).kind) == ("太仓市", "growth")
    assert fact(body, 8.2).region == "昆山市"
    assert fact("昆山市一季度产值为950亿元,领先于太仓市的610亿元。", 610).region == "太仓市"
    # a multiple after the yardstick stays the subject's
    assert fact("昆山市财政收入高于太仓市的2.4倍。", 2.4).region == "昆山市"


def test_a_figure_alone_in_brackets_after_a_compared_region_is_that_regions_own() -> None:
    # 分别高于苏州市(5.1%)、江苏省(4.8%): each bracket holds its region's rate; the gaps after
    # them are the subject's; 全国 is no region, so its rate is no fact.
    body = "昆山市地区生产总值增长6.3%,分别高于全国(5.2%)、苏州市(5.1%)、江苏省(4.8%)1.1、1.2、1.5个百分点。"
    found = {f.value: (f.region, f.kind) for f in facts_of(body)}
    assert found == {
        6.3: ("昆山市", "growth"),
        5.1: ("苏州市", "growth"),
        4.8: ("江苏省", "growth"),
        1.1: ("昆山市", "change"),
        1.2: ("昆山市", "change"),
        1.5: ("昆山市", "change"),
    }
    # an average named between the region and its bracket; a place before it is no measure
    body = "昆山市用电量增长9.1%,增速排名第二,比苏州市平均水平(7.2%)高1.9个百分点。"
    assert (fact(body, 7.2).region, fact(body, 7.2).kind) == ("苏州市", "growth")


def test_a_count_of_firms_before_规模以上_is_the_count_not_a_bound() -> None:
    # 2000万元规模以上: a money bound of the class; 148家规模以上: the firms of the class, counted.
    assert (fact("昆山市现有148家规模以上企业。", 148).indicator) == "above_scale_industrial_firms"
    assert fact("昆山市56家规模以上工业产值增长6.1%。", 56).indicator == "above_scale_industrial_firms"
    assert [f.value for f in facts_of("昆山市2000万元规模以上工业企业产值增长4.2%。")] == [4.2]


def test_a_figure_inside_a_quoted_name_is_part_of_the_name():
    body = "全县大力实施“八项重点工程”,两县都在“500亿元俱乐部”。全县实现地区生产总值520亿元。"
    assert [(f.value, f.unit) for f in facts_of(body)] == [(520.0, "亿元")]


@pytest.mark.parametrize(
    ("body", "value", "label"),
    [
        ("2023年常州市地区生产总值9800亿元,落后无锡市5700亿元。", 5700, "与无锡市差距"),
        # 两者差距 is the first-named place's (the labelling guide): the page is written from 常州市
        ("常州市地区生产总值9800亿元。无锡市高达15500亿元,两者差距为5700亿元。", 5700, "与无锡市差距"),
        ("2023年常州市被无锡市超出5700亿元。", 5700, "与无锡市差距"),
    ],
)
def test_a_gap_between_two_regions_is_a_gap_never_the_measure(body: str, value: float, label: str) -> None:
    found = fact(body, value)
    assert (found.indicator, found.label, found.kind) == (f"other:{label}", label, "level")


@pytest.mark.parametrize(
    "body",
    ["2023年无锡市地区生产总值领先于常州市的9800亿元。"],  # 常州市's own figure
)
def test_a_figure_beside_a_gap_word_is_no_gap_when_it_is_a_level_or_an_average(body: str) -> None:
    assert not any("差距" in f.label for f in facts_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "2023年全省地区生产总值在1000至2000亿元的有5座城市。",
        "2023年昆山市产值1亿元到5亿元之间的企业12家。",
        "2023年昆山市新开工3亿元至5亿元项目4个。",  # the band right before the noun it bounds
        "2023年昆山市实施5亿元投资建设项目12个,新增10亿元企业3家。",
    ],
)
def test_the_bounds_of_a_band_of_things_are_no_facts(body: str) -> None:
    assert {f.value for f in facts_of(body) if f.unit == "亿元"} == set()


def test_a_range_that_is_a_figure_stays() -> None:
    assert 10 in {f.value for f in facts_of("2023年昆山市计划投资5至10亿元。")}


@pytest.mark.parametrize(
    ("body", "value", "qualifier", "indicator"),
    [
        ("2023年泗阳县经济总量只有沭阳县的一半左右。", 0.5, "左右", "gdp"),
        # no measure beside the half: it is the one stated just before it
        ("2023年泗洪县地区生产总值约400亿元,规模不及沭阳县的一半。", 0.5, "不及", "gdp"),
    ],
)
def test_half_of_another_region_after_only_or_short_of(body: str, value: float, qualifier: str, indicator: str) -> None:
    found = next(f for f in facts_of(body) if f.unit == "倍")
    assert (found.region, found.value, found.kind, found.qualifier, found.indicator) == (
        "泗阳县" if "泗阳县" in body else "泗洪县",
        value,
        "multiple",
        qualifier,
        indicator,
    )


@pytest.mark.parametrize(
    ("body", "value", "label"),
    [
        ("去年上半年,泗阳县以12亿元的优势反超泗洪县。", 12, "与泗洪县差距"),  # the other region after the amount
        ("2022年,泗阳县财政收入对泗洪县的优势已不足20亿元。", 20, "与泗洪县地方财政收入差距"),
    ],
)
def test_a_lead_written_as_an_advantage_is_a_gap(body: str, value: float, label: str) -> None:
    found = fact(body, value)
    assert (found.region, found.indicator, found.kind) == ("泗阳县", f"other:{label}", "level")


def test_a_yardsticks_own_figure_inside_a_multiple_is_the_yardsticks() -> None:
    body = "2023年昆山市财政收入为500亿元,是太仓市250亿元的2倍。"
    assert (fact(body, 250).region, fact(body, 2).region) == ("太仓市", "昆山市")
    # in brackets, and the subject stays after a clause that ends on the multiple
    body = "昆山市财政收入500亿元,是第三名太仓市(250亿元)的两倍,更是其他县市的四倍多。"
    assert (fact(body, 250).region, fact(body, 2).region, fact(body, 4).region) == ("太仓市", "昆山市", "昆山市")


def test_a_place_with_no_measure_is_in_the_ranked_list_opened_before_it() -> None:
    body = "有媒体梳理了各县财政收入排名前10位的县市。江阴市排名第三,常熟市排名第五。"
    assert {f.indicator for f in facts_of(body) if f.kind == "rank"} == {"fiscal_revenue"}


@pytest.mark.parametrize(
    "body",
    [
        # the other place made the subject: the gap is still the home's (the labelling guide)
        "泗阳县2023年经济运行分析\n全县地区生产总值达到800亿元。泗洪县GDP对泗阳县的优势已扩大到60亿元。",
        "泗阳县2023年经济运行分析\n全县地区生产总值达到800亿元。泗洪县与泗阳县的差距从2020年的40亿元扩大到60亿元。",
        # the other place's figure, then its gap over the home: the gap is the home's (the guide)
        "泗阳县对标报告\n全县地区生产总值达到800亿元。泗洪县为860亿元,经济总量比泗阳县高出60亿元。",
        "泗阳县对标报告\n全县地区生产总值达到800亿元。泗洪县地区生产总值为860亿元,高于泗阳县60亿元。",
    ],
)
def test_a_gap_between_the_home_and_another_place_is_the_homes(body: str) -> None:
    found = fact(body, 60)
    assert (found.region, found.kind, found.indicator.startswith("other:与泗洪县")) == ("泗阳县", "level", True)


def test_the_homes_own_gap_written_with_bi_stays_its_change() -> None:
    body = "泗阳县对标报告\n全县地区生产总值达到800亿元,比泗洪县少60亿元。"
    found = fact(body, -60)
    assert (found.region, found.kind) == ("泗阳县", "change")


@pytest.mark.parametrize(
    ("body", "value", "qualifier"),
    [
        ("2023年泗阳县常住人口105万,还不到沭阳县的1/3。", 0.3333, "不到"),
        ("2023年泗洪县地区生产总值约400亿元,规模不及苏州市的六分之一。", 0.1667, "不及"),
    ],
)
def test_a_fraction_of_another_regions_figure_is_the_subjects_multiple(body: str, value: float, qualifier: str) -> None:
    found = next(f for f in facts_of(body) if f.unit == "倍")
    assert (found.region, found.value, found.kind, found.qualifier) == (
        "泗阳县" if "泗阳县" in body else "泗洪县",
        value,
        "multiple",
        qualifier,
    )


def test_a_gap_after_the_agent_of_a_passive_stays_the_subjects() -> None:
    body = "泗阳县2023年经济运行分析\n全县地区生产总值达到800亿元。泗洪县今年又被泗阳县超出12亿元。"
    assert fact(body, 12).region == "泗洪县"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("2023年,泗阳县经济总量只有泗洪县的80.5%。", "multiple"),  # a part of another place's figure
        ("2023年,泗阳县外贸总额仅相当于泗洪县的3.5%。", "multiple"),
        ("2023年,泗阳县经济总量占宿迁市的20.5%。", "share"),  # a part of a whole
    ],
)
def test_a_percent_of_another_places_figure_is_a_multiple(sentence: str, kind: str) -> None:
    value = float(sentence.split("的")[-1].rstrip("%。"))
    assert fact(sentence, value).kind == kind


def test_a_count_of_places_of_a_size_class_is_their_provinces() -> None:
    body = "2023年,浙江省经济稳步增长,杭州、宁波两座“万亿城市”领跑全省。"
    found = fact(body, 2)
    assert (found.region, found.unit) == ("浙江省", "座")
    assert fact("2023年,江苏省共有五个万亿城市。", 5).region == "江苏省"  # a small numeral counts them


def test_a_bare_yi_after_the_size_of_an_economy_is_money() -> None:
    found = fact("2023年上半年全省实现经济总量为1.28万亿。\n陕西省经济运行情况", 1.28)
    assert found.unit == "万亿元"


@pytest.mark.parametrize(
    ("sentence", "value", "period"),
    [
        ("2023年昆山市三次产业结构由上年的4.0:50.0:46.0调整为3.5:47.5:49.0。", 4.0, "2022"),
        ("2023年昆山市三次产业结构由上年的4.0:50.0:46.0调整为3.5:47.5:49.0。", 3.5, "2023"),
        ("2023年昆山市三次产业占比由2020年的4.0:50.0:46.0优化为3.5:47.5:49.0。", 50.0, "2020"),
        ("2023年,昆山市三次产业结构为3.5:47.5:49.0;2018年的三产结构为4.0:50.0:46.0。", 46.0, "2018"),
    ],
)
def test_a_ratio_dated_in_its_own_words_is_that_years(sentence, value, period):
    # Without ratio_period every ratio of the sentence takes the sentence's year.
    assert fact(sentence, value).period == period


def test_a_part_of_a_ratio_repeated_in_the_next_years_ratio_is_kept_for_both_years() -> None:
    found = facts_of("2023年昆山市三次产业结构从去年的0.6:48.1:51.3变为0.6:48.3:51.1。")
    assert sorted((f.value, f.period) for f in found if f.value == 0.6) == [(0.6, "2022"), (0.6, "2023")]


@pytest.mark.parametrize(
    "sentence",
    [
        "2023年昆山市三次产业结构为3.5: 47.5: 49.0。",  # a space after each colon
        "2023年昆山市三次产业结构为3.5 : 47.5 : 49.0。",
    ],
)
def test_a_ratio_with_spaced_colons_is_not_cut_into_clauses(sentence):
    assert {f.value for f in facts_of(sentence) if f.kind == "share"} == {3.5, 47.5, 49.0}


@pytest.mark.parametrize(
    ("body", "value", "share"),
    [
        ("2023年,昆山市第二产业实现增加值2400亿元,占GDP比重50.2%,增加值增长4.5%。", 50.2, "第二产业占比"),
        ("2023年,昆山市第一产业增加值38.5亿元,增长2.1%,占地区生产总值的比重为0.8%。", 0.8, "第一产业占比"),
        ("2023年,昆山市第三产业增加值2350亿元,占生产总值比重达49.0%。", 49.0, "第三产业占比"),
    ],
)
def test_a_share_of_gdp_after_an_industry_s_value_is_that_industry_s_share(body, value, share):
    # The words before the share name only the whole (占GDP比重): the industry is the one whose
    # figure the sentence has just given.
    assert fact(body, value).indicator == f"other:{share}"


def test_a_growth_after_an_industry_s_share_of_gdp_is_the_industry_s_value_s() -> None:
    body = (
        "2023年,昆山市第一产业增加值38.5亿元,占GDP比重0.8%,增加值增长2.1%,比全省高0.3个百分点。"
        "第三产业增加值2350亿元,占GDP比重49.0%,增加值增长5.6%,比全省高0.3个百分点。"
    )
    assert fact(body, 5.6).indicator == "services_value_added"
    # two industries' gaps of one size are two figures, not a repeat of one
    assert sorted(f.indicator for f in facts_of(body) if f.value == 0.3) == [
        "other:第一产业增加值",
        "services_value_added",
    ]


def test_a_share_of_gdp_after_another_measure_is_not_the_industry_s() -> None:
    # 工业 is no industry of the ratio, and a ；closes the first industry's clause.
    body = "2023年,昆山市第一产业增加值38.5亿元;工业增加值2100亿元,占GDP比重44.0%。"
    assert not fact(body, 44.0).indicator.startswith("other:第一产业")


def test_a_figure_with_thousands_separators_is_read_whole() -> None:
    body = "2023年,昆山市实现地区生产总值1,296.2亿元,其中第二产业增加值1,018.5亿元,增长4.1%。"
    values = {f.value for f in facts_of(body)}
    assert {1296.2, 1018.5, 4.1} <= values
    assert not values & {296.2, 18.5}  # not the digits after the comma


def test_a_count_closing_a_list_of_towns_is_the_region_that_has_them() -> None:
    body = "2023年,扬州市仪征市真州镇、高邮市高邮镇等6个镇入选全国千强镇名单。"
    assert fact(body, 6).region == "扬州市"  # not 高邮镇, the last town listed


def test_a_place_in_名_bracketed_after_a_towns_name_is_a_rank() -> None:
    body = "2023年全国千强镇名单中,嘉兴市上榜的镇分别是:桐乡市濮院镇(56名)、海宁市许村镇(88名)。"
    found = fact(body, 56)
    assert (found.region, found.kind, found.unit) == ("濮院镇", "rank", "位")
    people = facts_of("2023年,桐乡市招聘教师(20名)。")  # people, not a place
    assert [f.kind for f in people if f.value == 20] in ([], ["level"])


def test_towns_counted_then_given_by_their_order_are_ranked() -> None:
    body = "2023年,嘉兴市有3个镇入选千强镇。嘉兴市入选的3个镇按排序分别是桐乡市濮院镇、海宁市许村镇、嘉善县姚庄镇。"
    ranks = {f.region: f.value for f in facts_of(body) if f.kind == "rank"}
    assert ranks == {"濮院镇": 1, "许村镇": 2, "姚庄镇": 3}
    unordered = "2023年,嘉兴市入选的3个镇分别是桐乡市濮院镇、海宁市许村镇、嘉善县姚庄镇。"
    assert not [f for f in facts_of(unordered) if f.kind == "rank"]  # 分别 alone gives no order


def test_a_count_of_towns_right_after_a_larger_region_is_that_regions() -> None:
    body = "2023年,仪征市真州镇首次入选,使扬州市6个镇入选全国千强镇,比上年增加2个镇。"
    assert (fact(body, 6).region, fact(body, 2).region) == ("扬州市", "扬州市")  # not 真州镇


def test_cities_listed_before_a_shared_park_suffix_stand_for_their_zones():
    # 甲、乙3家国家高新区…分别列第N位: the cities' zones hold the places, and their moves.
    body = (
        "在全国高新区评价中,我省成绩较好。宜昌、襄阳、荆州3家国家高新区分别列第21位、第45位和第73位,"
        "位次分别提升了6位、2位和9位。"
    )
    found = {(f.value, f.kind): f.region for f in facts_of(body) if f.unit == "位"}
    assert found[(21, "rank")] == "宜昌高新区" and found[(45, "rank")] == "襄阳高新区"
    assert found[(73, "rank")] == "荆州高新区"
    assert found[(6, "change")] == "宜昌高新区" and found[(9, "change")] == "荆州高新区"


def test_a_city_listed_before_a_park_named_by_its_city_is_that_citys_zone():
    # 甲、乙经开区分别列…: 乙经开区 is a park's name; 甲 before it names 甲经开区.
    body = "在国家级经开区考核中,绍兴、嘉兴经开区分别列第31位和第52位。"
    found = {f.value: f.region for f in facts_of(body) if f.kind == "rank"}
    assert found == {31: "绍兴经开区", 52: "嘉兴经开区"}


def test_one_city_before_a_class_of_zones_stays_the_city():
    # 甲市国家级经开区…: one place and a class word is the class of its zones, not one zone.
    body = "宜昌市国家级经开区数量位居全省第2位。"
    assert {f.region for f in facts_of(body) if f.kind == "rank"} == {"宜昌市"}


def ranks_of(body: str) -> dict:
    return {f.value: f.region for f in facts_of(body) if f.kind == "rank"}


def test_cities_listed_in_order_where_zones_are_ranked_stand_for_their_zones():
    # 前五的国家级经开区依次是甲、乙…: the list's field is zones, so each city is its zone.
    body = "在今年的考核中,综合排名前三的国家级经开区依次是宁波、嘉兴、绍兴。"
    assert ranks_of(body) == {1: "宁波经开区", 2: "嘉兴经开区", 3: "绍兴经开区"}


def test_a_zone_list_of_no_kind_takes_the_kind_the_text_named_before():
    # 开发区 says no kind; the 经济技术开发区 of the report's first sentence does.
    body = "商务部发布了国家级经济技术开发区评价结果。排名前三的国家级开发区依次是芜湖、马鞍山、滁州。"
    assert ranks_of(body) == {1: "芜湖经济技术开发区", 2: "马鞍山经济技术开发区", 3: "滁州经济技术开发区"}


def test_a_zone_list_among_the_zones_of_a_scope_stands_for_the_zones():
    # 在甲地区12家国家级高新区中,…依次是: the set named in the clause before the list's own.
    body = "在西部12家国家级高新区中,综合排名前三的依次是绵阳、宝鸡、桂林。"
    assert ranks_of(body) == {1: "绵阳高新区", 2: "宝鸡高新区", 3: "桂林高新区"}


def test_a_name_several_divisions_share_keeps_its_place_in_a_zone_list():
    # 长沙 and 南昌 are a city's and a county's names: in a list of zones, either way the zone.
    body = "在中部8家国家级经开区中,排名前四的依次是合肥、长沙、南昌、武汉。"
    assert ranks_of(body) == {1: "合肥经开区", 2: "长沙经开区", 3: "南昌经开区", 4: "武汉经开区"}


def test_a_zone_named_with_words_after_its_place_keeps_them():
    # 上海金桥, 陕西航空: the place's name and the zone's own words make the zone's name.
    body = "在今年的考核中,排名前三的国家级经开区依次是上海金桥、陕西航空、昆明。"
    assert ranks_of(body) == {1: "上海金桥经开区", 2: "陕西航空经开区", 3: "昆明经开区"}


def test_a_name_that_holds_a_joining_word_is_one_item_of_a_list():
    # 呼和浩特 holds 和: the list goes on after it, each place keeping its own.
    body = "2023年GDP排名前四的城市依次是包头、呼和浩特、鄂尔多斯、赤峰。"
    assert ranks_of(body) == {1: "包头市", 2: "呼和浩特市", 3: "鄂尔多斯市", 4: "赤峰市"}


@pytest.mark.parametrize(
    "body",
    [
        "2023年GDP排名前三的城市依次是芜湖、马鞍山、滁州。",  # no zone in the sentence
        "国家级经开区数量排名前三的城市依次是芜湖、马鞍山、滁州。",  # the zones counted, the cities ranked
        "我市开发区建设成效明显。2023年GDP排名前三的城市依次是芜湖、马鞍山、滁州。",  # zones a sentence before
        "在全省国家级开发区考评中,排名前三的依次是芜湖市、马鞍山市、滁州市。",  # written as the cities
    ],
)
def test_cities_ranked_by_their_own_measures_stay_the_cities(body):
    assert ranks_of(body) == {1: "芜湖市", 2: "马鞍山市", 3: "滁州市"}


def test_places_after_respectively_listed_without_a_verb_each_are_ranks():
    body = "在全国经开区考核中,绍兴经开区、嘉兴经开区进步明显,分别列31位和52位。"
    assert {f.value: f.kind for f in facts_of(body) if f.unit == "位"} == {31: "rank", 52: "rank"}


def test_a_plant_s_capacity_is_not_the_region_s() -> None:
    body = "今年,昆山市工业总产值增长9%,年产5万吨新型材料生产线、3000吨涂料项目已开工建设。"
    assert sorted(f.value for f in facts_of(body)) == [9]


def test_one_project_s_investment_is_not_the_region_s() -> None:
    body = "昆山市今年新引进项目20个。甲乙新材料项目总投资12亿元,占地200亩。该项目由两家企业共同投资,一期投资9亿元。"
    assert sorted(f.value for f in facts_of(body)) == [20]


def test_the_total_of_a_set_of_projects_stays_the_region_s() -> None:
    body = "昆山市18个重点项目相继开工,总投资达56亿元。昆山市重点项目总投资120亿元。"
    assert sorted(f.value for f in facts_of(body)) == [18, 56, 120]


def test_a_place_viewed_from_takes_back_the_figures_after_a_smaller_one(monkeypatch) -> None:
    # 从该区…来看: the district is the topic again after its towns, whose figures came before;
    # by the rules alone (the attribution model may reach it by other cues).
    monkeypatch.setattr(attribution, "active", lambda: None)
    body = (
        "溧水区统计局日前发布数据,溧水区一季度实现工业产值300亿元。从各镇街来看,洪蓝街道实现产值30亿元;"
        "晶桥镇实现产值20亿元。从该区主导产业来看:电子行业实现产值88亿元,增长6.3%。"
    )
    found = {f.value: f.region for f in facts_of(body)}
    assert (found[88], found[6.3], found[20]) == ("溧水区", "溧水区", "晶桥镇")


def test_a_province_viewed_from_owns_the_count_after_it() -> None:
    # 从某省…情况看: the province is the topic even beside a county the text is about.
    body = "如东县连续五年入选百强县。从江苏省上榜情况看,本届共有9个县进入全国百强,如东县居第40位。"
    found = {f.value: f.region for f in facts_of(body)}
    assert (found[9], found[40]) == ("江苏省", "如东县")


def test_a_run_after_a_respective_clause_goes_to_the_same_list() -> None:
    # 甲、乙、丙分别提升了…,列第…: the next clause names no one; its run of three ranks is the list's.
    body = "在本次开发区考核中,绍兴经开区、嘉兴经开区、湖州经开区位次分别提升了5位、2位和9位,列第41位、第63位和第97位。"
    found = {f.value: f.region for f in facts_of(body) if f.kind == "rank"}
    assert found == {41: "绍兴经开区", 63: "嘉兴经开区", 97: "湖州经开区"}


@pytest.mark.parametrize(
    ("body", "owners"),
    [
        # A count of parks is not one park's: a province named before it holds it.
        ("湖北省内,武汉东湖高新区排名第2位,共有5家高新区进入前50名。", {2: "武汉东湖高新区", 5: "湖北省"}),
        # … or one named after it in its clause, with the places counted after its 的.
        ("本次榜单中,江阴市排名第2位,另有4个来自江苏的百强县进入前十。", {2: "江阴市", 4: "江苏省"}),
        # No region above the parks is named, and the text has no home: the count is no one's.
        ("今年的考核结果显示,郑州高新区排名第12位,共有3家高新区进入前50名。", {12: "郑州高新区"}),
        # A county's towns and a county's projects stay the county's.
        ("如东县共有14个镇,今年开工25个县重点项目。", {14: "如东县", 25: "如东县"}),
    ],
)
def test_a_count_of_places_belongs_to_a_region_above_them(body, owners) -> None:
    assert {f.value: f.region for f in facts_of(body)} == owners


def test_a_yardstick_between_a_list_and_respectively_is_passed_over() -> None:
    # 甲、乙、丙位列丁之前,分别为…: 丁 is what they rank ahead of, the figures are the list's.
    body = "在本次开发区考核中,绍兴经开区、嘉兴经开区、湖州经开区位列宁波经开区之前,分别为12位、25位和31位。"
    found = {f.value: f.region for f in facts_of(body) if f.kind == "rank"}
    assert found == {12: "绍兴经开区", 25: "嘉兴经开区", 31: "湖州经开区"}


def test_a_rank_with_no_measure_takes_the_quoted_name_of_the_list_it_is_in() -> None:
    body = "日前,某研究院发布“中国开发区200强”,嘉善经济技术开发区排列第九,平湖经济技术开发区排列第十五。"
    ranks = {f.value: f.label for f in facts_of(body) if f.kind == "rank"}
    assert ranks == {9: "中国开发区200强排名", 15: "中国开发区200强排名"}


def test_a_ranked_list_named_only_in_the_title_names_the_rank_without_its_year_or_announcement() -> None:
    body = "1、嘉善经济技术开发区\n2、平湖经济技术开发区\n3、海宁经济开发区"
    doc = Document(
        id="t", name="t.txt", path="t.txt", title="2024开发区综合发展水平排名名单发布", date="", source="", body=body
    )
    labels = {f.label for f in extract_document(doc).facts if f.kind == "rank"}
    assert labels == {"开发区综合发展水平排名"}


def test_a_quoted_name_that_is_a_cut_of_a_list_or_no_ranking_is_no_ranking_name() -> None:
    body = "某榜单“综合排名前20名”出炉,嘉善经济技术开发区排列第九。又据“一带一路”报道,平湖经济技术开发区排列第十五。"
    labels = {f.label for f in facts_of(body) if f.kind == "rank"}
    assert labels == {"排名"}


@pytest.mark.parametrize(
    "sentence",
    [
        "本年度综合实力前五位依次为:浙江义乌市和浙江慈溪市(并列)、江苏宜兴市、福建南安市、湖南浏阳市。",
        "本年度综合实力前五位依次为:[浙江义乌市、浙江慈溪市]、江苏宜兴市、福建南安市、湖南浏阳市。",
        "本年度综合实力前五位依次为:浙江义乌市与浙江慈溪市（並列）、江苏宜兴市、福建南安市、湖南浏阳市。",
    ],
)
def test_places_tied_in_an_ordered_list_share_the_first_ones_place(sentence) -> None:
    # A tie in brackets ([A、B]) or marked (并列) after the second name: both hold the first place;
    # the names after them keep their own count (the third name is third).
    found = facts_of(sentence)
    assert [(f.region, f.value) for f in found if f.kind == "rank"] == [
        ("义乌市", 1.0),
        ("慈溪市", 1.0),
        ("宜兴市", 3.0),
        ("南安市", 4.0),
        ("浏阳市", 5.0),
    ]


@pytest.mark.parametrize(
    ("body", "values"),
    [
        # all of a province's counties: their output is the province's county economy
        ("湖南省统计局发布,前三季度全省86个县(市)实现生产总值5120.3亿元,增长4.7%。", {86, 5120.3, 4.7}),
        # restated later without 全省: the same whole set
        (
            "湖南省统计局发布,前三季度全省86个县(市)实现生产总值5120.3亿元。86个县(市)三次产业结构为12.1:40.2:47.7。",
            {86, 5120.3, 12.1, 40.2, 47.7},
        ),
        # a city's name right before the count of its divisions
        ("常德市9个县市区共有12个乡、71个镇。", {9, 12, 71}),
    ],
)
def test_a_count_of_all_a_regions_divisions_opens_the_regions_own_figures(body, values) -> None:
    assert {f.value for f in facts_of(body)} == values


def test_the_output_of_all_a_regions_counties_is_its_county_economy_not_its_gdp() -> None:
    found = facts_of("湖南省统计局发布,前三季度全省86个县(市)实现生产总值5120.3亿元,增长4.7%。")
    output = next(f for f in found if f.value == 5120.3)
    assert (output.region, output.indicator) == ("湖南省", "other:县域地区生产总值")
    assert all(f.indicator != "gdp" for f in found)


@pytest.mark.parametrize(
    "body",
    [
        "湖南省统计局发布,前三季度4个县(市)实现生产总值820.5亿元,增长4.7%。",  # some counties: a group
        "湖南省统计局发布,全省86个县(市)中,有12个县市生产总值超过200亿元。",  # the whole set as a field
    ],
)
def test_a_group_or_a_field_of_counties_keeps_its_figures_from_the_region(body) -> None:
    assert not [f for f in facts_of(body) if f.unit in ("亿元", "%")]


def test_a_place_excepted_is_not_the_subject_of_what_follows():
    # 除X外 / 除了X…,其余…: the place left out of what is said of the rest is not its subject.
    closed = facts_of("宜昌市工业基础较好,除枝江市外,其余县市都在追赶,规上工业企业达到800家。")
    assert found_at(closed, 800) == "宜昌市"
    opened = facts_of("宜昌市工业基础较好。除了枝江市一家独大,其余县市都在追赶,规上工业企业达到800家。")
    assert found_at(opened, 800) == "宜昌市"
    # A figure inside the exception is still the place's; the figures after it are not.
    inside = facts_of("宜昌市工业基础较好,除枝江市突破20亿外,其余县市发展较慢,规上工业企业只有300家。")
    assert (found_at(inside, 20), found_at(inside, 300)) == ("枝江市", "宜昌市")
    # A count of places carried past the exception goes to the region its own clause names.
    counted = facts_of("安徽表现一般。除肥西排名第1外,另有5个来自江苏的强县进入了榜单前列。")
    assert (found_at(counted, 1), found_at(counted, 5)) == ("肥西县", "江苏省")


def test_a_topic_or_the_holder_of_the_top_figure_is_a_subject_after_a_blocking_word():
    # 至于X, and 以X的…最快: the words end like a preposition (于, 以) but name the subject.
    topic = facts_of("徐州市排名第六,常州市排名第五。至于南通市,虽然目前排名第四,但总量高出很多。")
    assert found_at(topic, 4) == "南通市"
    top = facts_of("合肥市、芜湖市、滁州市居前三位。上半年以芜湖市的增速最快,为6.7%。")
    assert found_at(top, 6.7) == "芜湖市"


@pytest.mark.parametrize(
    ("sentence", "region", "value"),
    [
        ("论经济规模,湖北第三城宜昌已稳稳站上5000亿元。", "宜昌市", 3.0),  # the name right after
        ("多年来,蝉联河南第二强市的洛阳仍在追赶。", "洛阳市", 2.0),  # after 的
        ("作为我国经济第二大省的江苏,2023年GDP增长5.8%。", "江苏省", 2.0),
        ("岳阳位于湘北,一直是湖南的第二大城市。", "岳阳市", 2.0),  # the province before is the field
    ],
)
def test_a_place_named_by_a_noun_after_its_ordinal_is_a_gdp_rank(sentence, region, value) -> None:
    # 第三城, 第二强市, 第二大省: the noun says the place is by the size of the economy.
    found = [f for f in facts_of(sentence) if f.kind == "rank"]
    assert [(f.region, f.value, f.indicator) for f in found] == [(region, value, "gdp")]


def test_a_place_named_by_a_noun_with_no_region_beside_it_is_no_ones() -> None:
    assert [f for f in facts_of("那么湖北的第二城和武汉差多少?") if f.kind == "rank"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2023年三市中,增速最高的襄阳达到6.8%。", [("襄阳市", 1.0)]),  # the name after 的
        ("2023年各县中,增幅最大的是长兴县,达12%。", [("长兴县", 1.0)]),  # the name after 的是
        ("2023年,人均收入湖州最高,嘉兴次之。", [("湖州市", 1.0), ("嘉兴市", 2.0)]),  # 次之 after it
        ("2023年,增幅最高的长兴县达12%,其次是安吉县,达10%。", [("长兴县", 1.0), ("安吉县", 2.0)]),  # 其次是
    ],
)
def test_a_superlative_puts_the_region_first_and_the_next_one_second(sentence, expected) -> None:
    found = [f for f in facts_of(sentence) if f.kind == "rank"]
    assert [(f.region, f.value) for f in found] == expected


def test_a_superlative_of_a_named_measure_takes_that_measure() -> None:
    found = [f for f in facts_of("湖州是浙北土地最广、人口最多的城市。") if f.kind == "rank"]
    assert [(f.region, f.value, f.indicator) for f in found] == [("湖州市", 1.0, "population")]


@pytest.mark.parametrize(
    "sentence",
    [
        "全省最大的深圳港年吞吐量创新高。",  # no measure: what is first is not said
        "各项指标均为全市最高。",  # 全市 is where, not whose
        "首先是湖州市加大投入,其次是嘉兴市跟进。",  # 其次 with no superlative before it
    ],
)
def test_superlatives_without_a_measure_or_a_region_are_no_ranks(sentence) -> None:
    assert [f for f in facts_of(sentence) if f.kind == "rank"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 以 before the holder of the measure: the clause picks it out of the set before it
        ("五市中以绍兴增幅最大,达6.1%。", [("绍兴市", 1.0)]),
        # a second place after it: the superlative is a place among the regions named
        ("说到示范乡镇,四川示范乡镇数量最多,湖北其次。", [("四川省", 1.0), ("湖北省", 2.0)]),
    ],
)
def test_a_superlative_after_the_measure_a_region_holds_puts_it_first(sentence, expected) -> None:
    found = [f for f in facts_of(sentence) if f.kind == "rank"]
    assert [(f.region, f.value) for f in found] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the set before the measure (…中), the subject carried by 是; the second place shares the set
        (
            "湘潭县地处湘中,是全市县区中面积第一、人口第三的县。",
            [("湘潭县", 1.0, "land_area"), ("湘潭县", 3.0, "population")],
        ),
        ("湘潭县高新产业增幅七县区首位。", [("湘潭县", 1.0, "")]),  # the set between measure and place
    ],
)
def test_a_place_written_after_a_measure_in_a_set_of_places_is_a_rank(sentence, expected) -> None:
    found = [f for f in facts_of(sentence) if f.kind == "rank"]
    assert [
        (f.region, f.value, f.indicator if f.indicator in ("population", "land_area") else "") for f in found
    ] == expected


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("湖州是浙江面积最大,温州其次。", "浙江省"),  # the region after 是 is the field, not the holder
        ("浙江省各县中增速最高,江苏其次。", "浙江省"),  # 各县中: the province is the field
        ("湖州市增速最快,达9%。", "湖州市"),  # no set, no 以, no second place: a description
        ("湖州市人口第一季度增长2%。", "湖州市"),  # 第一季度 is a period
        ("湖州市经济总量成为全省第四个跨过2000亿元的城市。", "湖州市"),  # 第四个: a count
        ("湖州市地处浙北,人口第一。", "湖州市"),  # first among what is not said
    ],
)
def test_superlatives_and_places_after_a_measure_that_give_a_region_no_rank(sentence, region) -> None:
    assert [f.value for f in facts_of(sentence) if f.kind == "rank" and f.region == region] == []


TIED_TOP_TEN = (
    "本年度综合实力十强依次是:浙江义乌市和浙江慈溪市(并列)、江苏宜兴市、福建南安市、湖南浏阳市、山东龙口市、"
    "江苏海安市、浙江乐清市、福建石狮市、江苏邳州市、湖南宁乡市。"
)


def test_a_top_ten_of_eleven_names_opened_by_a_tie_counts_on_from_two() -> None:
    # The heading counts ten places over eleven names: the pair shares the first, the rest follow it.
    ranks = {f.region: f.value for f in facts_of(TIED_TOP_TEN) if f.kind == "rank"}
    assert (ranks["义乌市"], ranks["慈溪市"], ranks["宜兴市"], ranks["宁乡市"]) == (1.0, 1.0, 2.0, 10.0)


def test_a_place_the_page_states_for_a_listed_name_fixes_the_count_after_a_tie() -> None:
    # 南安市 is the list's fourth name and the page says it is fourth: the list counts on from 3.
    body = TIED_TOP_TEN + "\n其中福建有2县入围,南安市(第4位)、石狮市(第10位)。"
    ranks = [(f.region, f.value) for f in facts_of(body) if f.kind == "rank"]
    assert ("宜兴市", 3.0) in ranks and ("宁乡市", 11.0) in ranks


def test_one_place_given_without_均_to_measures_listed_before_it_is_one_rank_each() -> None:
    # A与B居全省第一名, A、B增速全市排名第2: the list ends where the words ranking the place start.
    found = facts_of("2023年,太仓市营业收入与税收收入居苏州市第一名。")
    assert sorted(f.indicator for f in found if f.kind == "rank") == ["operating_revenue", "tax_revenue"]
    found = facts_of("2023年,太仓市进出口总额、实际利用外资总额全市排名第2。")
    assert sorted(f.indicator for f in found if f.kind == "rank") == ["fdi", "foreign_trade"]


@pytest.mark.parametrize(
    "sentence",
    [
        "2023年,太仓市科技创新和成果转化能力排名第29。",  # one name joined inside: not items of one kind
        "2023年,太仓市总量和增速分别居全省第3和第1。",  # 分别 hands out the places in order
    ],
)
def test_a_place_after_no_list_of_measures_of_one_kind_is_one_rank(sentence) -> None:
    found = facts_of(sentence)
    assert len([f for f in found if f.kind == "rank" and f.value in (29, 3)]) == 1


def test_a_side_of_a_measure_written_alone_in_a_shared_place_is_that_measures() -> None:
    # GDP总量和增速: the growth item is the GDP's, a place of its own; 都 before the words ranking it
    # shares it as 均 does.
    found = facts_of("2023年,太仓市GDP总量和增速均居苏州市第一。")
    assert [f.indicator for f in found if f.kind == "rank"] == ["gdp", "gdp"]
    found = facts_of("2023年,太仓市GDP总量和增量都稳居苏州市第一。")
    assert [f.indicator for f in found if f.kind == "rank"] == ["gdp", "gdp"]


def test_quoted_names_joined_inside_are_one_measure_each_in_a_shared_place() -> None:
    found = facts_of("2023年,太仓市“知识和创新能力”及“产业升级和优化能力”均居苏州市第三。")
    assert sorted(f.label for f in found if f.kind == "rank") == ["产业升级和优化能力", "知识和创新能力"]


def test_a_word_a_place_ranks_by_names_its_measure_in_a_shared_place() -> None:
    found = facts_of("太仓市人口和经济总量都排在苏州市第二位。")
    assert sorted(f.indicator for f in found if f.kind == "rank") == ["gdp", "population"]


def test_a_superlative_over_places_after_是_is_the_carried_subjects_place() -> None:
    # …,是新增数量最多的省份: the clause names no region; the sentence's subject is the first.
    found = facts_of("百强县中江西省有9个,比上年增加了3个,是新增数量最多的省份。")
    assert [(f.region, f.value) for f in found if f.kind == "rank"] == [("江西省", 1.0)]
    found = facts_of("太仓市去年GDP达1800亿元,排在全国百强县第八位,是华东地区综合实力最强的县。")
    assert sorted(f.value for f in found if f.kind == "rank" and f.region == "太仓市") == [1.0, 8.0]


def test_a_second_place_in_a_field_named_after_a_list_mark_is_a_rank_too() -> None:
    # 名列全国第四、西部第一: the second field has no verb of ranking and no scope word of its own.
    found = facts_of("2023年,太仓市GDP增长6%,增速列全省第5、苏南第2。")
    assert sorted(f.value for f in found if f.kind == "rank") == [2.0, 5.0]
    found = facts_of("太仓高新区名列全国第四、华东第一。")
    assert sorted(f.value for f in found if f.kind == "rank") == [1.0, 4.0]
    # 第三产业 after the mark is no place
    found = facts_of("2023年,太仓市GDP居全省第5、第三产业增加值增长6%。")
    assert sorted(f.value for f in found if f.kind == "rank") == [5.0]


def test_the_figures_of_a_set_of_chosen_firms_are_not_the_region_s() -> None:
    # 前N名企业, N家重点企业…, 百强企业: the set's output, its share of the region's and its growth
    # are the firms'; the region's own figures around them stay.
    body = (
        "上半年,昆山市规上工业总产值增长8.2%。甲乙、丙丁等产值前20名企业共完成产值310.6亿元,"
        "占全市规上工业总产值的55.3%,同比增长6.1%。昆山市25家重点企业集团实现营业收入420.7亿元,增长9.4%,"
        "工业百强企业实现利润36.2亿元,增长4.8%。全市骨干企业新增就业1200人。"
    )
    assert sorted(f.value for f in facts_of(body)) == [8.2]


def test_a_count_of_key_firms_and_a_clause_of_its_own_stay_the_region_s() -> None:
    body = "昆山市重点企业达到58家,今年引进世界500强企业3个。重点企业实现产值200亿元,规上工业增加值增长7.3%。"
    assert sorted(f.value for f in facts_of(body)) == [3, 7.3, 58]


def test_what_projects_will_yield_once_built_is_not_the_region_s() -> None:
    body = (
        "昆山市今年固定资产投资增长6.5%,年产3万吨新型膜材料生产线已开工,建成后可实现年产值25亿元。"
        "昆山市6个项目投产后年纳税将达2亿元。"
    )
    assert sorted(f.value for f in facts_of(body)) == [6, 6.5]


def test_a_region_named_after_the_project_keeps_its_figure_once_built() -> None:
    body = "甲乙新材料项目今年开工,昆山市建成后的城区面积将达到120平方公里。"
    assert [f.value for f in facts_of(body) if f.unit == "平方公里"] == [120]


def test_the_figures_of_a_scenic_spot_or_an_event_are_not_the_region_s() -> None:
    # a spot named at the head of its clause, even one that bears a city's name (昆山…主题公园).
    body = (
        "国庆期间,昆山市共接待游客85.2万人次,同比增长9.1%。其中,锦溪湖风景区接待游客12.6万人次,"
        "门票收入560万元,同比分别增长8.3%和7.7%;昆山欢乐谷主题公园接待游客2.9万人次,同比下降4.5%。"
        "5日,云梯山景区、苏州市吴江区某古镇旅游景区接待量大增,接待游客增长120.5%。"
    )
    assert sorted(f.value for f in facts_of(body)) == [9.1, 85.2]


def test_a_class_of_spots_and_a_region_s_spots_stay_the_region_s() -> None:
    body = "昆山市A级景区共接待游客40.5万人次。乡村旅游景区共计接待游客6.3万人次,实现景区综合收入1.2亿元。"
    assert sorted(f.value for f in facts_of(body)) == [1.2, 6.3, 40.5]


def test_the_figures_of_a_firm_referred_back_to_are_not_the_region_s() -> None:
    body = (
        "昆山市今年新引进甲乙纺织有限公司。该公司负责人介绍,公司年可生产针织内衣3000万套,年可实现销售收入4亿元。"
        "至此,这家纺织企业每年可上缴税金900万元。该县规上工业企业实现产值210亿元,增长6.4%。"
    )
    assert sorted(f.value for f in facts_of(body)) == [6.4, 210]


def test_a_top_ten_whose_list_holds_a_name_the_gazetteer_misses_still_counts_on_from_two() -> None:
    # 浙江乐清市市 names no place the gazetteer knows, but it is still one of the eleven items.
    body = TIED_TOP_TEN.replace("浙江乐清市", "浙江乐清市市")
    ranks = {f.region: f.value for f in facts_of(body) if f.kind == "rank"}
    assert (ranks["义乌市"], ranks["慈溪市"], ranks["宜兴市"], ranks["宁乡市"]) == (1.0, 1.0, 2.0, 10.0)


def test_a_top_set_listed_after_先后是_is_in_order() -> None:
    # 先后 says the order as 依次 does.
    found = facts_of("本年度全省工业十强县先后是:如皋市、海安市、启东市。其余县市位次略有调整。")
    assert [(f.region, f.value) for f in found if f.kind == "rank"] == [
        ("如皋市", 1.0),
        ("海安市", 2.0),
        ("启东市", 3.0),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "据本次评价,排名前三的有如皋市、海安市、启东市,均位于南通。",
        "从入选数量看,排名前三的如皋市、海安市、启东市,位次均有上升。",
    ],
)
def test_a_top_n_listed_right_after_前n的_or_前n的有_gives_ranks(sentence) -> None:
    found = facts_of(sentence)
    assert [(f.region, f.value) for f in found if f.kind == "rank"] == [
        ("如皋市", 1.0),
        ("海安市", 2.0),
        ("启东市", 3.0),
    ]


def test_counts_in_brackets_after_a_top_n_list_keep_their_figures() -> None:
    found = facts_of("比较省级园区数量前3的浙江(18个)、广东(12个)、湖南(9个)。")
    assert sorted((f.region, f.value, f.kind) for f in found) == [
        ("广东省", 2.0, "rank"),
        ("广东省", 12.0, "level"),
        ("浙江省", 1.0, "rank"),
        ("浙江省", 18.0, "level"),
        ("湖南省", 3.0, "rank"),
        ("湖南省", 9.0, "level"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "排名前五的有如皋市、海安市、启东市,均位于南通。",  # three names under 前五: no order said
        "与前三的如皋市、海安市差距较大。",  # two names under 前三
        "入选的有如皋市、海安市、启东市。",  # no 前N
        "如皋市、海安市、启东市先后获得表彰。",  # 先后 without 是/为
        "省级园区较多的浙江(18个)、广东(12个)、湖南(9个)。",  # counts listed without order
    ],
)
def test_places_merely_listed_get_no_rank(sentence) -> None:
    assert [f for f in facts_of(sentence) if f.kind == "rank"] == []


@pytest.mark.parametrize(
    "body",
    [
        # the top N named in the sentence before; the list opens its own sentence
        "今年全省工业前三名均出自南通一市。分别是如皋市、海安市、启东市。",
        # the top N named before 分别 in the same sentence
        "评价显示,全省工业三强县分别是:如皋市、海安市、启东市。",
        "据测算,工业前三强的县市都在南通。分别为如皋市、海安市和启东市。",
    ],
)
def test_a_list_after_分别_of_exactly_the_top_ns_size_gives_ranks_in_order(body) -> None:
    found = facts_of(body)
    assert [(f.region, f.value) for f in found if f.kind == "rank"] == [
        ("如皋市", 1.0),
        ("海安市", 2.0),
        ("启东市", 3.0),
    ]


def test_a_top_ns_list_after_分别_that_opens_with_a_tie_counts_it() -> None:
    # Five names under 四强, the first two tied: the names after the pair count on from 2.
    found = facts_of("评价显示,全省工业四强县分别是:如皋市和海安市(并列)、启东市、通州区、海门区。")
    assert [(f.region, f.value) for f in found if f.kind == "rank"] == [
        ("如皋市", 1.0),
        ("海安市", 1.0),
        ("启东市", 2.0),
        ("通州区", 3.0),
        ("海门区", 4.0),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # members of a top 100: three names are not its first three places
        "全省有三个县入围全国五十强,分别是如皋市、海安市、启东市。",
        "今年全省工业前十名均出自南通一市。分别是如皋市、海安市、启东市。",
        # no top N named: 分别 alone gives no order
        "今年获得表彰的县分别是如皋市、海安市、启东市。",
        "今年全省共有三个县获得表彰。分别是如皋市、海安市、启东市。",
    ],
)
def test_a_list_after_分别_gets_no_rank_unless_it_holds_exactly_the_top_n(body) -> None:
    assert [f for f in facts_of(body) if f.kind == "rank"] == []


@pytest.mark.parametrize(
    "sentence, region, value",
    [
        ("在全国17个新一线城市中,宁波市排名最后一位。", "宁波市", 17.0),
        ("海安市在10个县区中排名末位。", "海安市", 10.0),
        ("全市10个县区中,启东市排名倒数第二。", "启东市", 9.0),
        ("如皋市以35.1%的自给率在全省61个县区中排名倒数第三。", "如皋市", 59.0),
    ],
)
def test_a_place_counted_from_the_bottom_of_a_set_of_stated_size_is_the_size_less_the_places_below(
    sentence, region, value
) -> None:
    assert [(f.region, f.value) for f in facts_of(sentence) if f.kind == "rank"] == [(region, value)]


def test_a_place_after_a_set_of_counted_regions_with_中_is_the_subjects() -> None:
    # 59个县市区中 is the field of the ranking, not a group the place belongs to.
    assert [(f.region, f.value) for f in facts_of("如皋市在61个县市区中排名第三。") if f.kind == "rank"] == [
        ("如皋市", 3.0)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "2022年,海门区地区生产总值1500亿元,在全市仅次于如皋市、启东市,位居第三。",
        "2022年,海门区地区生产总值居全市第三位,仅次于如皋市、启东市。",
    ],
)
def test_the_places_after_仅次于_fill_those_above_the_subjects_stated_place(sentence) -> None:
    ranks = {(f.region, f.value, f.indicator) for f in facts_of(sentence) if f.kind == "rank"}
    assert ranks == {("如皋市", 1.0, "gdp"), ("启东市", 2.0, "gdp"), ("海门区", 3.0, "gdp")}


def test_仅次于_without_a_place_of_the_subjects_gives_no_places() -> None:
    # Two counts and no stated place: whose places the names hold is not written.
    found = facts_of("2022年,海门区有3个镇入选百强镇,仅次于如皋市、启东市。")
    assert [f for f in found if f.kind == "rank"] == []


@pytest.mark.parametrize("verb", ["排名", "名列"])
def test_a_place_after_a_set_of_counties_written_with_a_bracket_is_the_subjects(verb) -> None:
    # 县(市) is a group noun, and 名列 as much a verb of ranking as 排名: the group is the field.
    found = facts_of(f"2022年,海安市在中部六省480个县(市)中{verb}第41位。")
    assert [(f.region, f.value) for f in found if f.kind == "rank"] == [("海安市", 41.0)]


@pytest.mark.parametrize("sentence", ["启东市排名倒数第二。", "启东市在全市排名末位。"])
def test_a_place_from_the_bottom_without_the_sets_size_is_no_rank(sentence) -> None:
    assert [f for f in facts_of(sentence) if f.kind == "rank"] == []


def test_a_shared_place_goes_to_each_of_a_list_of_measures_of_one_kind_the_taxonomy_lacks() -> None:
    # 城镇化率 is a known measure, 绿化覆盖率 is not: items of one kind (…率和…率) are each ranked.
    found = facts_of("2023年,太仓市城镇化率和森林覆盖率均排在全省第3位。")
    assert sorted(f.indicator for f in found if f.kind == "rank") == ["other:森林覆盖率", "urbanization_rate"]


def test_a_shared_place_skips_an_unknown_item_of_another_kind() -> None:
    # 地区生产总值 and 营商环境满意度 are no list of one kind: the unknown item may be no measure.
    found = facts_of("2023年,太仓市地区生产总值和营商环境满意度均居苏州市第一。")
    assert [f.indicator for f in found if f.kind == "rank"] == ["gdp"]


def test_a_list_after_a_clause_that_shares_its_figure_with_均_shares_its_own_too() -> None:
    # The second list is written as the first was, without repeating 均 (…;C和D下降3个位次, C、D也…).
    found = facts_of("2023年,湖州市、嘉兴市均下降1个位次;绍兴市和金华市下降3个位次。")
    assert sorted(f.region for f in found if f.value == -3) == ["绍兴市", "金华市"]
    found = facts_of("前三季度,江苏、山东均超过了5.5%,浙江、福建也达到了5.4%。")
    assert sorted(f.region for f in found if f.value == 5.4) == ["浙江省", "福建省"]


@pytest.mark.parametrize(
    "sentence",
    [
        "2023年,湖州市和嘉兴市地区生产总值突破4000亿元。",  # no clause before shares a figure
        "2023年,湖州市、嘉兴市均增长6%,绍兴市和金华市合计增长4%。",  # a total of the pair
    ],
)
def test_a_list_opening_a_clause_without_a_shared_figure_before_it_is_not_each_ones(sentence) -> None:
    assert len([f for f in facts_of(sentence) if f.value in (4000, 4)]) <= 1


def test_a_rate_given_with_均_to_a_list_of_measures_is_each_measures() -> None:
    found = facts_of("2023年,太仓市进出口总额和实际利用外资均增长12%。")
    assert sorted(f.indicator for f in found if f.value == 12) == ["fdi", "foreign_trade"]
    found = facts_of("2023年1-2月,太仓市批发零售、交通运输指标均实现了12%以上的增长。")
    assert len([f for f in found if f.value == 12 and f.kind == "growth"]) == 2
    # A digit before a Latin letter is part of an item's name (5G通信), not a figure.
    found = facts_of("2013年,太仓市北斗导航、5G通信等产业增速均超过30%。")
    assert len([f for f in found if f.value == 30 and f.kind == "growth"]) == 2


def test_a_change_shared_by_measures_leaves_the_next_clauses_measure_as_it_was() -> None:
    # The figure keeps its own measure and comes last: the clause after it goes on as before.
    found = facts_of("2023年,太仓市一产、三产占比均提高0.6个百分点,二产占比下降1.2个百分点。")
    assert len([f for f in found if f.value == 0.6]) == 2
    shared = [f for f in found if f.value == 0.6]
    assert [f.indicator for f in found if f.value == -1.2] == [shared[-1].indicator]


@pytest.mark.parametrize("places", ["太仓、昆山和常熟", "太仓市、昆山市和常熟市"])
def test_a_gap_within_a_list_of_places_is_no_measures_rate(places) -> None:
    # Neither a rate of measures named 太仓/昆山 nor any one place's figure: the spread among them.
    assert list(facts_of(f"2023年,{places}相差都在10%以内。")) == []


@pytest.mark.parametrize(
    "body, region, label",
    [
        # A town's place in the town list keeps the ranking's id and is labelled by that list.
        ("2023年全国千强镇榜单发布，昆山市周庄镇排名第88位。", "周庄镇", "千强镇排名"),
        # A qualifier before the county list makes it another list.
        ("中国工业百强县名单公布，如东县排名第30位。", "如东县", "工业百强县排名"),
        ("2022年西部百强县发布，仁怀市排名第1位。", "仁怀市", "西部百强县排名"),
        # The county ranking itself.
        ("2023年全国综合实力百强县发布，如东县排名第30位。", "如东县", "县域经济综合排名"),
        # A county-level city is in no district list: the county list named before it counts.
        (
            "科技创新百强县市名单中，如东县排名第12位。另有科技创新百强区名单。\n如东县排名第12位。",
            "如东县",
            "科技创新百强县市排名",
        ),
        # A zone is in no county list: the ranking's words give it no county ranking's label.
        ("国家级经开区综合实力排名中，昆山经济技术开发区排名第5位。", "昆山经济技术开发区", "排名"),
        # A town list, then the county ranking's words: the county ranking.
        ("周庄镇入选千强镇。如东县在综合竞争力百强县中排名第30位。", "如东县", "县域经济综合排名"),
    ],
)
def test_a_place_in_another_list_than_the_county_ranking_is_labelled_by_that_list(body, region, label):
    ranks = [f for f in facts_of(body) if f.kind == "rank" and f.region == region]
    assert ranks and {(f.indicator, f.label) for f in ranks} == {("county_rank", label)}


@pytest.mark.parametrize("body", ["如东县今年竣工15个。", "如东县去年累计接待120万人次。"])
def test_a_figure_whose_words_are_only_verbs_gets_no_verb_for_its_label(body):
    # No noun before or after the figure names what it counts: it names no measure, rather
    # than the verb (竣工, 累计接待) shown as one.
    (found,) = facts_of(body)
    assert (found.indicator, found.label) == ("other:数值", "数值")


def test_a_label_of_verbs_and_a_measure_keeps_the_measure_after_the_verbs():
    # 出口贸易 is what is measured; 实现 and the year before it are the sentence's.
    (found,) = facts_of("如东县今年实现出口贸易12亿美元。")
    assert (found.indicator, found.label) == ("other:出口贸易", "出口贸易")


def test_a_city_ranked_beside_its_peers_is_ranked_itself_not_the_field_of_its_county():
    # 宁波 holds 慈溪市, the page's county, but the sentence ranks 厦门 and 青岛 beside it: 宁波 is
    # one of a list of cities, not the field 慈溪市 is ranked in (as in 宁波排名第5 alone).
    body = (
        "慈溪市今年地区生产总值增长6%。慈溪市营商环境持续优化。"
        "在全国城市营商环境榜单中,宁波排名第五,厦门、青岛分别居第一、二位。"
    )
    ranks = {f.region: f.value for f in facts_of(body) if f.kind == "rank"}
    assert ranks == {"宁波市": 5.0, "厦门市": 1.0, "青岛市": 2.0}


def test_a_larger_region_whose_measure_de_makes_its_own_owns_the_figure():
    # 宁波 holds the page's 慈溪市 and stands inside the clause; 的 makes the measure 宁波's own.
    body = "慈溪市今年地区生产总值增长6%。慈溪市营商环境持续优化。要知道宁波的人均地区生产总值为15万元,慈溪市为14万元。"
    owners = {f.value: f.region for f in facts_of(body) if f.indicator == "per_capita_gdp"}
    assert owners == {15.0: "宁波市", 14.0: "慈溪市"}


def test_a_yardsticks_own_figure_before_the_share_it_is_measured_by_is_the_yardsticks():
    # 宁波市16000亿元 is 宁波's total, as 是宁波市16000亿元的0.1倍 would make it.
    body = "慈溪市今年地区生产总值为2000亿元,占宁波市16000亿元的12.5%。"
    owners = {f.value: f.region for f in facts_of(body) if f.unit == "亿元"}
    assert owners == {2000.0: "慈溪市", 16000.0: "宁波市"}


@pytest.mark.parametrize(
    ("sentence", "indicators"),
    [
        # A goal of one rate for two measures of one kind, written without 均 (力争, 确保).
        ("太仓市力争到2027年,全市财政总收入和一般公共预算收入年均增长8%。", ["fiscal_revenue", "other:财政总收入"]),
        (
            "太仓市将确保全市城镇居民人均可支配收入和农村居民人均纯收入年均增速达到6.5%。",
            ["rural_income", "urban_income"],
        ),
        # A rate of two measures so written; 全市 before them says whose they are.
        ("2023年,太仓市全市一般公共预算收入和税收收入增长11%。", ["fiscal_revenue", "tax_revenue"]),
    ],
)
def test_a_rate_right_after_a_list_of_measures_of_one_kind_is_each_measures(sentence, indicators) -> None:
    found = [f for f in facts_of(sentence) if f.unit == "%"]
    assert sorted(f.indicator for f in found) == indicators


@pytest.mark.parametrize(
    "sentence",
    [
        "2023年,太仓市住宿和餐饮业增加值增长12.3%。",  # one industry's name holds 和
        "2023年,太仓市糕点和饼干类食品产量增长20.5%。",  # nor does the taxonomy know either item
        "2023年,太仓市进出口总额和实际利用外资分别增长11%和9%。",  # one rate each, in order
    ],
)
def test_a_list_of_measures_without_均_that_names_one_measure_keeps_one_rate(sentence) -> None:
    found = [f for f in facts_of(sentence) if f.unit == "%"]
    assert len({f.value for f in found}) == len(found)
    assert len(found) <= 2


def test_rural_net_income_per_person_is_rural_income() -> None:
    # 农村居民人均纯收入, the name before 2013 of what is now 农村居民人均可支配收入.
    assert fact("2012年,太仓市农村居民人均纯收入达到1.8万元。", 1.8).indicator == "rural_income"
    found = facts_of("2012年,太仓市城镇居民人均可支配收入和农村居民人均纯收入分别达到4.1万元和1.8万元。")
    assert [(f.value, f.indicator) for f in found] == [(4.1, "urban_income"), (1.8, "rural_income")]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # Counts of the members of a region's divisions that meet a bar, after the field is named.
        ("2023年,苏州市10个县(市、区)中,有6个县市增幅超过8%,4个县市增幅超过12%。", [4, 6]),
        ("2023年苏州市地区生产总值为24653亿元,在十个县区中,有3个县区的生产总值超过了3000亿元。", [3]),
    ],
)
def test_counts_of_members_meeting_a_bar_are_the_regions_whose_divisions_they_are(sentence, counts) -> None:
    found = [f for f in facts_of(sentence) if f.unit == "个"]
    assert sorted(f.value for f in found) == counts
    assert {f.region for f in found} == {"苏州市"}
    # The bar the members meet is no figure of the region's.
    assert not [f for f in facts_of(sentence) if f.value in (8, 3000)]


def test_a_date_a_figure_is_counted_at_is_no_year_aimed_at():
    # 截止到2020年…: the census date, in a page with no date of its own; 到2030年 is a goal.
    assert fact("截止到2020年11月1日零时,如东县常住人口为98万人。", 98, date="").kind == "level"
    assert fact("到2030年,如东县常住人口达到120万人。", 120, date="").kind == "target"
