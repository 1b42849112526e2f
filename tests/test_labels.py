"""Labels of numbers without a known indicator, on sentences written for these tests: a noun
phrase naming the measure, never a piece of the sentence."""

from __future__ import annotations

import pytest
from test_extract import make_doc

from reporter.extract import extract_document, industry_items
from reporter.labels import is_fragment, whole_part

pytestmark = pytest.mark.fast
INDUSTRIES = ("第一产业", "第二产业", "第三产业")


def labels_of(body: str) -> dict[float, str]:
    return {f.value: f.label for f in extract_document(make_doc(body)).facts if f.indicator.startswith("other:")}


@pytest.mark.parametrize(
    ("body", "value", "label"),
    [
        ("昆山市选择8条产业链推行链长制。", 8, "产业链"),
        ("昆山市2019年我们就启动了6大产业集群培育。", 6, "产业集群"),
        ("昆山市的目标是到2030年形成一条500亿级产业链。", 500, "产业链"),
        ("昆山市打造千亿级能源岛和百亿级产业港。", 100, "产业港"),
        ("昆山市成功项目年利润达6亿元。", 6, "成功项目年利润"),
        ("昆山市亏损企业数较上年同期减少4户。", -4, "亏损企业数"),
        # A result verb between whose measure it is and the measure joins them.
        ("上半年昆山市第一产业实现增加值9.37亿元。", 9.37, "第一产业增加值"),
        ("昆山市实现第一产业增加值6.2亿元。", 6.2, "第一产业增加值"),
        ("昆山市纺织行业完成行业产值58亿元。", 58, "纺织行业产值"),
    ],
)
def test_a_number_is_labelled_by_the_nouns_of_its_measure(body: str, value: float, label: str) -> None:
    assert labels_of(body)[value] == label


def test_a_part_s_push_on_a_whole_s_growth_is_labelled_as_such() -> None:
    body = (
        "上半年，昆山市建筑业拉动本市GDP增长2.17个百分点。金融业增加值96亿元，"
        "拉动经济增长1.63个百分点，比上季度多出0.41个百分点；农业产值增长5.3%。"
    )
    facts = {f.value: f.label for f in extract_document(make_doc(body)).facts}
    assert facts[2.17] == "建筑业对GDP增长的拉动"
    assert facts[1.63] == facts[0.41] == "金融业对GDP增长的拉动"
    assert facts[5.3] == "农业产值"
    # 拉动力 is the name of the push, no verb of it.
    facts = {f.value: f.label for f in extract_document(make_doc("昆山市对全市GDP拉动力为1.5个百分点。")).facts}
    assert "增长的拉动" not in facts[1.5]


def test_a_part_s_share_of_a_whole_s_growth_is_labelled_as_such() -> None:
    body = "上半年，昆山市工业增加值88.3亿元，对GDP的贡献约为31.7%。金融业对本市经济的贡献率约52.1%。"
    facts = {f.value: f.label for f in extract_document(make_doc(body)).facts}
    # The part is the measure of the figure before it as the indicator list names it (规上工业增加值).
    assert facts[31.7].endswith("工业对GDP增长的贡献率") and facts[52.1] == "金融业对GDP增长的贡献率"
    # After a part's push, its share is the same part's.
    body = "上半年，昆山市建筑业拉动本市GDP增长2.17个百分点，贡献度约为19.6%。"
    facts = {f.value: f.label for f in extract_document(make_doc(body)).facts}
    assert facts[19.6] == "建筑业对GDP增长的贡献率"


def test_a_run_after_分别_of_the_industries_named_in_the_clause_before_is_theirs_in_order() -> None:
    body = "上半年，昆山市三次产业结构是8.8:39.9:51.3，对GDP的贡献分别是4.1%、60.2%和35.7%。"
    facts = {f.value: f.label for f in extract_document(make_doc(body)).facts}
    assert [facts[4.1], facts[60.2], facts[35.7]] == [f"{i}对GDP增长的贡献率" for i in INDUSTRIES]
    # Measures with a subject of their own are theirs, not the industries'.
    body = "上半年，昆山市三次产业结构是8.8:39.9:51.3，GDP和财政收入分别增长8.2%和9.1%。"
    facts = {f.value: f.label for f in extract_document(make_doc(body)).facts}
    assert facts[8.2] == "地区生产总值"


def test_a_part_s_share_of_growth_has_one_name_whatever_words_name_the_whole() -> None:
    # As a list names them, each industry's share of the economy's growth is named as the other
    # rules name it, so two places' figures stand in one row of a brief.
    body = "上半年，昆山市第一、二、三产业对本市生产总值的贡献率分别为4.1%、60.2%和35.7%。"
    facts = {f.value: f.label for f in extract_document(make_doc(body)).facts}
    assert facts[4.1] == "第一产业对GDP增长的贡献率"
    body = "上半年，昆山市三次产业对经济的拉动力分别为0.3、4.4和3.2个百分点。"
    facts = {f.value: f.label for f in extract_document(make_doc(body)).facts}
    assert facts[3.2] == "第三产业对GDP增长的拉动"


def test_fragments_are_told_from_names() -> None:
    assert is_fragment("我们就启动") and is_fragment("选择") and is_fragment("是到形成一条")
    assert not is_fragment("产业集群") and not is_fragment("高标准农田")


def test_a_label_holds_no_other_figure_and_no_month() -> None:
    from reporter.extract import clean_label
    from reporter.models import Region

    county = Region(id="x", name="某县", full_name="某县", level="county")
    assert clean_label("1~8月手机出货量", county) == "手机出货量"
    assert clean_label("辖区内1个居民委员会", county) == "居民委员会"
    assert clean_label("新建5G基站", county) == "新建5G基站"  # 5G is a word, not a figure
    assert clean_label("位、7位、6位", county) == "数值"  # nothing but other figures: no label


@pytest.mark.parametrize(
    ("label", "kept"),
    [
        ("为亿元", None),  # a preposition and the unit of a figure cut out
        ("我们拥有", None),
        ("分别以", None),
        ("突破万美元", None),
        ("第二产业比上年", "第二产业"),  # the measure before the comparison
        ("高标准农田", "高标准农田"),
        ("收入", "收入"),  # no word a name never holds: kept as it is
    ],
)
def test_a_label_keeps_only_words_that_name_a_measure(label: str, kept: str | None) -> None:
    assert whole_part(label) == kept


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("嵊泗县去年其余均在12.5亿元左右。", 12.5),
        ("嵊泗县全年为36.5亿元，分别以8个为主。", 8),
    ],
)
def test_a_number_whose_words_name_no_measure_is_labelled_as_a_bare_figure(body: str, value: float) -> None:
    assert labels_of(body)[value] == "数值"


def test_a_rank_that_names_no_measure_takes_the_one_named_before_it_in_its_sentence() -> None:
    # No figure stands before the rank to lend it a label: the words before it name the measure.
    found = extract_document(make_doc("嵊泗县进出口总额保持全国前列，2023年位列第9。")).facts
    assert [(f.value, f.indicator) for f in found] == [(9.0, "foreign_trade")]


def test_a_ratio_of_the_three_industries_names_each_industry() -> None:
    # Without industry_parts.csv the parts are 产业结构(第一项)… and the changes after them
    # all take the ratio's last part.
    found = labels_of(
        "昆山市三次产业结构调整为3.5:47.5:49.0,与上年相比,第一产业下降0.3个百分点,"
        "第二产业、第三产业比重分别提高了0.6、0.9个百分点。"
    )
    assert [found[v] for v in (3.5, 47.5, 49.0)] == ["第一产业占比", "第二产业占比", "第三产业占比"]
    assert [found[v] for v in (-0.3, 0.6, 0.9)] == ["第一产业占比", "第二产业占比", "第三产业占比"]


def test_a_growth_rate_after_a_ratio_is_no_share() -> None:
    found = labels_of("昆山市三次产业结构为3.5:47.5:49.0,第三产业增速比上年同期提高0.7个百分点。")
    assert found[0.7].startswith("第三产业") and "占比" not in found[0.7]


def test_a_ratio_of_the_industries_named_by_their_short_forms_names_each_industry() -> None:
    found = labels_of("昆山市一产、二产、三产的比例为3.5:47.5:49.0。")
    assert [found[v] for v in (3.5, 47.5, 49.0)] == ["第一产业占比", "第二产业占比", "第三产业占比"]


def test_a_ratio_of_other_parts_keeps_its_numbered_parts() -> None:
    found = labels_of("昆山市城乡人口结构为20.5:30.5:49.0。")
    assert found[20.5].endswith("(第一项)")


def test_a_ratio_after_a_comma_is_named_by_its_sentence() -> None:
    found = labels_of("昆山市三次产业结构由4.0:50.0:46.0,进一步调整为3.5:47.5:49.0。")
    assert [found[v] for v in (3.5, 47.5, 49.0)] == ["第一产业占比", "第二产业占比", "第三产业占比"]


def indicators_of(body: str) -> dict[float, str]:
    return {f.value: f.indicator for f in extract_document(make_doc(body)).facts}


def test_a_list_of_measures_then_respective_figures_gives_each_its_own() -> None:
    found = indicators_of("2023年昆山市地区生产总值、一般公共预算收入和固定资产投资分别增长8.1%、9.2%和5.3%。")
    assert [found[v] for v in (8.1, 9.2, 5.3)] == ["gdp", "fiscal_revenue", "fixed_asset_investment"]
    pair = indicators_of("2023年昆山市城镇、农村居民人均可支配收入分别增长5.1%和7.2%。")
    assert [pair[v] for v in (5.1, 7.2)] == ["urban_income", "rural_income"]


def test_parts_of_one_measure_take_its_head_noun() -> None:
    found = labels_of("上半年昆山市汽车类、石油及制品类零售额同比分别增长16.6%、7.8%。")
    assert (found[16.6], found[7.8]) == ("汽车类零售额", "石油及制品类零售额")
    found = labels_of("上半年昆山市纺织、化纤等主导行业工业增加值分别增长12.5%、4.0%。")
    assert found[12.5] == "纺织工业增加值"


def test_a_list_of_periods_names_no_measures() -> None:
    found = indicators_of("昆山市规上工业增加值增速较一季度、上半年分别提高1.2个和0.8个百分点。")
    assert found[1.2] == found[0.8] == "industrial_value_added"  # one measure against two periods


@pytest.mark.parametrize(
    ("body", "value", "indicator"),
    [
        ("2023年昆山市粮食种植面积5.2万亩。", 5.2, "other:粮食种植面积"),
        ("2023年昆山市商品房销售面积86.5万平方米。", 86.5, "other:商品房销售面积"),
        ("昆山市总面积931平方公里。", 931, "land_area"),
    ],
)
def test_a_qualified_area_is_no_land_area(body: str, value: float, indicator: str) -> None:
    assert indicators_of(body)[value] == indicator


@pytest.mark.parametrize(
    ("body", "value", "indicator"),
    [
        ("2023年末昆山市人口212.4万人。", 212.4, "population"),
        ("昆山市人口是太仓市的2.4倍。", 2.4, "population"),
        ("2023年昆山市出生人口1.6万人。", 1.6, "other:出生人口"),
        ("2023年末昆山市城镇人口180.2万人。", 180.2, "other:城镇人口"),
        ("昆山市人口密度为2281人/平方公里。", 2281, "other:人口密度"),
        ("2023年昆山市人口自然增长率为3.1‰。", 3.1, "other:增长率"),
    ],
)
def test_人口_alone_is_the_population_but_not_when_qualified_or_headed(body: str, value: float, indicator: str) -> None:
    # 出生人口, 城镇人口 (words before it) and 人口密度, 人口自然增长率 (words after it) are other measures.
    assert indicators_of(body)[value] == indicator


@pytest.mark.parametrize(
    ("body", "value", "indicator"),
    [
        ("2023年昆山市进出口额1.2万亿元。", 1.2, "foreign_trade"),
        ("2023年昆山市进出口总值1.2万亿元。", 1.2, "foreign_trade"),
        ("2023年昆山市出口额7200亿元。", 7200, "exports"),
        ("2023年昆山市固定资产投资额增长5.2%。", 5.2, "fixed_asset_investment"),
        ("2023年昆山市固定投资总额增长5.2%。", 5.2, "fixed_asset_investment"),
        ("2023年,昆山市新开工项目投资额86亿元。", 86, "project_investment"),
    ],
)
def test_a_measure_ending_in_another_ones_synonym_is_itself(body: str, value: float, indicator: str) -> None:
    # 进出口额 ends in 出口额 and 固定资产投资额 in 投资额: the whole of it names the measure.
    assert indicators_of(body)[value] == indicator


def test_the_urban_rural_income_ratio_is_a_multiple_of_its_own() -> None:
    # Written as N:1 or alone after its name: one ratio, not a multiple of each income.
    for body in (
        "2023年昆山市城乡居民收入比从去年的1.95:1降到1.90:1。",
        "昆山市城乡收入比由2021年的1.95缩小到2023年的1.90。",
    ):
        found = {(f.value, f.unit, f.kind, f.indicator) for f in extract_document(make_doc(body)).facts}
        label = "other:城乡居民人均收入比"
        assert found == {(1.95, "倍", "multiple", label), (1.9, "倍", "multiple", label)}, body
    # 收入比上年: 比 compares with the year before, and names no ratio.
    assert [
        f for f in extract_document(make_doc("2023年昆山市城乡居民收入比去年提高5.2%。")).facts if f.unit == "倍"
    ] == []


def test_a_measure_split_by_its_subject_keeps_its_indicator() -> None:
    # 规模以上工业企业实现增加值: the measure's words stand apart, around 企业实现.
    found = indicators_of("昆山市规模以上工业企业实现增加值86.4亿元,规上工业企业完成产值310.2亿元。")
    assert found[86.4] == "industrial_value_added"
    assert found[310.2] == "industrial_output"


def test_公共财政预算收入_is_the_fiscal_revenue() -> None:
    found = indicators_of("昆山市公共财政预算收入达18.6亿元,增长9.2%。")
    assert found[18.6] == found[9.2] == "fiscal_revenue"


def test_a_list_of_the_industries_then_respective_figures_gives_each_industry_its_own() -> None:
    # Without industry_items the list is one label, 一、二、三产业增加值, and the figures after the
    # first are 数值: the third industry's value added is never services_value_added.
    found = {
        f.value: (f.indicator, f.label)
        for f in extract_document(
            make_doc("昆山市2023年一、二、三产业增加值分别为12.5亿元、80.4亿元和61.2亿元,分别增长2.1%、6.3%和5.0%。")
        ).facts
    }
    assert [found[v][1] for v in (12.5, 80.4)] == ["第一产业增加值", "第二产业增加值"]
    assert found[61.2][0] == found[5.0][0] == "services_value_added"
    assert found[6.3][1] == "第二产业增加值"


@pytest.mark.parametrize(
    ("body", "values", "labels"),
    [
        (
            "昆山市三次产业对经济增长的贡献率分别为5.1%、60.3%和34.6%。",
            (5.1, 60.3, 34.6),
            [f"{i}对GDP增长的贡献率" for i in INDUSTRIES],  # 经济 named GDP, as every such share is
        ),
        (
            "昆山市一二三产业占比分别为6.5%、45.0%、48.5%。",
            (6.5, 45.0, 48.5),
            ["第一产业占比", "第二产业占比", "第三产业占比"],
        ),
        ("昆山市第二、三产业投资分别增长12.4%和3.3%。", (12.4, 3.3), ["第二产业投资", "第三产业投资"]),
        (
            "昆山市一产、二产、三产比重分别为6.5%、45.0%和48.5%。",
            (6.5, 45.0, 48.5),
            ["第一产业比重", "第二产业比重", "第三产业比重"],
        ),
    ],
)
def test_each_figure_after_a_list_of_industries_is_its_industrys(body: str, values: tuple, labels: list) -> None:
    found = labels_of(body)
    assert [found[v] for v in values] == labels


def test_industries_out_of_order_are_no_list_of_them() -> None:
    assert industry_items("三二一产业比重") == [] and industry_items("二三十个项目") == []


@pytest.mark.parametrize(
    ("body", "value", "label"),
    [
        # nothing stands before the count: the nouns it counts name it, not the end of its clause
        ("嵊泗县下辖5个镇,28个行政村。", 28, "行政村"),
        # the other members of a list of places name no measure
        ("嵊泗县的占比是9.4%,而舟山、台州、湖州依次为16.2%、14.3%、11.8%。", 16.2, "数值"),
        # a comparison after the measure, a time or a dash before it, are no part of its name
        ("嵊泗县客运量同比增长5.2%。", 5.2, "客运量"),
        ("嵊泗县年末生猪存栏12.4万头。", 12.4, "生猪存栏"),
        ("——嵊泗县渔业产值完成15亿元。", 15, "渔业产值"),
        # the field of a ranking is no measure: the rank is a rank
        ("嵊泗县在全国排名第23位。", 23, "排名"),
    ],
)
def test_a_label_holds_no_place_time_comparison_or_dash(body: str, value: float, label: str) -> None:
    assert labels_of(body)[value] == label


def test_a_label_of_places_alone_or_a_scope_is_a_bare_figure() -> None:
    from reporter.extract import clean_label
    from reporter.models import Region

    county = Region(id="x", name="某县", full_name="某县", level="county")
    assert clean_label("宁波、绍兴", county) == "数值"
    assert clean_label("徐州宿迁扬州盐城", county) == "数值"
    assert clean_label("银川、兰州、——", county) == "数值"
    assert clean_label("全国", county) == "数值"
    assert clean_label("◆城镇调查失业率", county) == "城镇调查失业率"
    assert clean_label("宁波港吞吐量", county) == "宁波港吞吐量"  # a place inside a name stays


def test_a_rate_after_the_levels_of_other_regions_set_beside_a_figure_is_that_figures() -> None:
    found = indicators_of("嵊泗县农村居民人均现金收入3105元(全省2874元、全市3321元),同比增长18.6%。")
    assert found[18.6] == found[3105] != "other:数值"


def test_a_rate_of_a_figure_that_names_no_measure_takes_none_named_before_it() -> None:
    # the revenue named before the semicolon is not what the visitors' rate measures
    found = indicators_of("嵊泗县全年旅游综合收入达6.4亿元,同比增长7.3%;全县共接待95万人,同比增长10.6%。")
    assert found[7.3] == "tourism_revenue"
    assert found[10.6] == "other:数值"


def test_places_figures_in_a_run_take_the_measure_the_first_names() -> None:
    facts = extract_document(make_doc("全国千强镇分别为江苏45个、浙江30个、广东22个。")).facts
    assert {(f.region, f.label) for f in facts} == {
        ("江苏省", "全国千强镇"),
        ("浙江省", "全国千强镇"),
        ("广东省", "全国千强镇"),
    }
