"""The quantity grammar on sentences written for these tests: every number form
the issue names, with unit, value, qualifier and the rank/scale flags."""

from __future__ import annotations

import pytest

from reporter.numbers import find_quantities


def only(clause: str):
    found = find_quantities(clause)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("clause", "value", "unit", "qualifier"),
    [
        ("全市地区生产总值达到4000亿元", 4000, "亿元", ""),
        ("新建厂房总投资1.5亿元", 1.5, "亿元", ""),
        ("园区去年纳税3500万元", 3500, "万元", ""),
        ("全县共有三千家个体工商户", 3000, "家", ""),
        ("已引进十余家配套企业", 10, "家", "余"),
        ("集聚上下游企业50余家", 50, "家", "余"),
        ("累计服务超过200家企业", 200, "家", "超过"),
        ("物流园区营业收入近200亿元", 200, "亿元", "近"),
        ("研发投入约12.5亿元", 12.5, "亿元", "约"),
        ("新增就业岗位逾8000个", 8000, "个", "逾"),
        ("单体投资在10亿元左右", 10, "亿元", "左右"),
        ("数字经济占比63.1%", 63.1, "%", ""),
        ("研发投入强度达到百分之四点五", 4.5, "%", ""),
        ("规划面积12.6平方公里", 12.6, "平方公里", ""),
        ("腾退低效用地800亩", 800, "亩", ""),
        ("年产疫苗2000万人份", 2000, "万人份", ""),
        ("实际利用外资4500万美元", 4500, "万美元", ""),
        ("亩均税收100万元", 100, "万元", ""),
        ("培育6大产业集群", 6, "个", ""),
        ("全年家禽出栏38.6万只", 38.6, "万只", ""),  # poultry and sheep are counted in 只
        ("年末山羊存栏9200只", 9200, "只", ""),
    ],
)
def test_amounts_units_and_qualifiers(clause, value, unit, qualifier):
    q = only(clause)
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)


def test_bare_yi_in_a_money_clause_is_yuan():
    q = only("项目总投资1.5亿,明年投产")
    assert (q.value, q.unit) == (1.5, "亿元")


@pytest.mark.parametrize(
    ("clause", "value"),
    [
        ("临海市 812.6亿", 812.6),
        ("除高新区突破30亿外", 30),
        ("gdp有望达到接近600亿的水平", 600),
        ("营收在900亿左右", 900),
    ],
)
def test_a_bare_yi_that_ends_its_phrase_is_yuan(clause, value):
    assert [(q.value, q.unit) for q in find_quantities(clause)] == [(value, "亿元")]


@pytest.mark.parametrize("clause", ["两市相差几十亿", "全县有3万", "估计今年能到3000亿的水平", "三年总量过千亿"])
def test_a_bare_yi_before_another_word_or_a_bare_wan_alone_is_not_money(clause):
    assert [q.unit for q in find_quantities(clause)] == []


def test_a_guess_at_a_size_in_words_is_no_figure_but_a_count_after_数_is():
    assert find_quantities("引进数十家企业，建成数百个项目") == []
    assert [(q.value, q.unit) for q in find_quantities("从业人数120人")] == [(120, "人")]
    assert [(q.value, q.unit) for q in find_quantities("已发现45种矿产资源，在建项目83宗")] == [(45, "种"), (83, "宗")]


def test_a_yi_before_a_unit_of_weight_is_no_money():
    assert [q.unit for q in find_quantities("小麦产量12亿斤")] == ["亿斤"]


@pytest.mark.parametrize(
    ("clause", "value", "unit"),
    [
        ("全县自来水供水量2.3万立方米", 2.3, "万立方米"),
        ("全市综合能耗总量达到61.5万吨标准煤", 61.5, "万吨标准煤"),
        ("城区PM10年均浓度为58微克/立方米", 58, "微克/立方米"),
        ("镇内最高的山海拔716米", 716, "米"),
        ("全年降水量为812.4毫米", 812.4, "毫米"),
        ("年平均气温15.6℃", 15.6, "℃"),
    ],
)
def test_measures_of_volume_energy_air_height_and_weather(clause, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(clause)] == [(value, unit)]


@pytest.mark.parametrize(
    ("clause", "value", "unit"),
    [
        ("园区规上企业用电量3.85亿千瓦时", 3.85, "亿千瓦时"),
        ("全区居民用电1260.4万千瓦时", 1260.4, "万千瓦时"),
        ("该县工业用电4.02亿千瓦小时", 4.02, "亿千瓦小时"),
        ("一季度全镇用电量达到2.7亿度", 2.7, "亿度"),
        ("电站装机容量12万千瓦", 12, "万千瓦"),
    ],
)
def test_electricity_used_is_not_a_plants_capacity(clause, value, unit):
    # 亿千瓦时 is energy used; read as 千瓦, the capacity unit it starts with, it matched nothing.
    assert [(q.value, q.unit) for q in find_quantities(clause)] == [(value, unit)]


def test_percentage_points_and_multiples():
    assert (only("比重提高9.3个百分点").unit, only("比重提高9.3个百分点").value) == ("个百分点", 9.3)
    q = only("高新技术企业数量增长2.7倍")
    assert (q.value, q.unit) == (2.7, "倍")
    q = only("人均产值是我区的2.6倍")
    assert (q.value, q.unit) == (2.6, "倍")


@pytest.mark.parametrize(
    ("clause", "value"),
    [
        ("工业产值排名全省第二", 2),
        ("新产品产值增速全国第一", 1),
        ("位列全国百强县第18位", 18),
        ("在全省考核评议中荣获第三名", 3),
        ("粮食产量连续五年居全省首位", 1),
    ],
)
def test_ranks(clause, value):
    q = only(clause)
    assert q.is_rank and q.value == value and q.unit == "位"


def test_the_place_a_move_ends_at_is_a_rank():
    found = find_quantities("综合排名从第41位升至37位")
    assert [(q.value, q.is_rank) for q in found] == [(41.0, True), (37.0, True)]


def test_the_nth_one_of_its_kind_is_no_rank():
    # 全市第二个院士工作站: the second such station to be set up, not a place in a ranking.
    assert not [q for q in find_quantities("全市第二个院士工作站全面建成") if q.is_rank]
    assert not [q for q in find_quantities("成为全省第4个国家级园区") if q.is_rank]
    assert [q.value for q in find_quantities("工业产值居全市第二") if q.is_rank] == [2]


def test_one_of_the_top_n_is_no_rank_and_no_count():
    # 30强 names a band of the ranking, not a place in it; nor is the 30 a count of anything.
    assert find_quantities("入围中国化工园区30强") == []
    assert find_quantities("该区跻身全国十强") == []


def test_a_thousand_yi_is_a_number_though_qian_alone_is_not():
    assert [(q.value, q.unit) for q in find_quantities("产业规模突破千亿元")] == [(1000.0, "亿元")]
    assert find_quantities("走进千家万户") == []


def test_a_bare_wan_after_population_is_people():
    assert [(q.value, q.unit) for q in find_quantities("户籍人口7.1万")] == [(7.1, "万人")]
    assert [(q.value, q.unit) for q in find_quantities("人口增加后总投资1.5亿")] == [(1.5, "亿元")]


def test_fractions_are_shares_in_per_cent():
    q = only("小商品销量约占全国市场的三分之一")
    assert (q.value, q.unit) == (33.3, "%")
    assert only("研发人员占职工总数的百分之四点五").value == 4.5  # not a fraction of 百


def test_a_ratio_of_parts_of_a_whole_is_one_share_each():
    found = find_quantities("全县三次产业结构调整为12.4:40.1:47.5")
    assert [(q.value, q.unit, q.part) for q in found] == [(12.4, "%", 1), (40.1, "%", 2), (47.5, "%", 3)]
    assert find_quantities("会议于14:30:15开始") == []  # a time is not a ratio


def test_a_ratio_ending_a_sentence_with_a_half_width_full_stop_keeps_its_last_part():
    found = find_quantities("全县三次产业结构由去年调整为12.4:40.1:47.5.")
    assert [(q.value, q.part) for q in found] == [(12.4, 1), (40.1, 2), (47.5, 3)]
    assert find_quantities("全县四类村庄的比例为1:25:11:63") == []  # three parts of a longer ratio


def test_scale_classes_are_goals_and_counts_before_them_are_facts():
    q = only("打造百亿级新材料产业集群")
    assert q.is_scale and (q.value, q.unit) == (100, "亿元")
    q = only("落地3个千亿级项目")
    assert (q.value, q.unit, q.is_scale) == (3, "个", False)


def test_lists_give_one_quantity_each():
    found = find_quantities("产值、税收分别占全市比重的41%和52%")
    assert [(q.value, q.unit) for q in found] == [(41, "%"), (52, "%")]


@pytest.mark.parametrize(
    "clause",
    [
        "第一批试点单位",
        "建成5G基站",
        "一个中心两个基地",
        "用时3个月",
        "G60科创走廊",
        "列入第二批名单",
        "24小时服务",
        "进入TOP100榜单",
        "MGDP3型号",
    ],
)
def test_prose_numbers_are_not_quantities(clause):
    assert find_quantities(clause) == []


@pytest.mark.parametrize(
    ("clause", "value", "unit"), [("人均GDP9.8万元", 9.8, "万元"), ("全县完成GDP356亿元", 356, "亿元")]
)
def test_a_figure_right_after_a_measure_s_acronym_is_read(clause, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(clause)] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三千", 3000),
        ("十", 10),
        ("二十三", 23),
        ("一百零五", 105),
        ("一千五百", 1500),
        ("四点五九", 4.59),
        ("五万", 50000),
    ],
)
def test_chinese_numerals(text, value):
    from reporter.numbers import parse_number

    assert parse_number(text) == pytest.approx(value)


def test_signs_and_spoken_hundred_millions():
    from reporter.numbers import find_quantities

    assert [(q.value, q.unit) for q in find_quantities("工业增加值同比增长-6%")] == [(-6.0, "%")]
    assert [(q.value, q.unit) for q in find_quantities("财政收入突破50个亿")] == [(50.0, "亿元")]
    assert [(q.value, q.unit) for q in find_quantities("1-7月份增长5%")] == [(5.0, "%")]


def test_below_a_goal_or_an_average_is_negative():
    from test_extract import fact

    assert fact("全县社会消费品零售总额增长6.5%，低于计划目标3个百分点。", -3).kind == "change"
    assert fact("全县城镇化率低于全省平均水平4.2个百分点。", -4.2).unit == "个百分点"


def test_numbers_listed_before_a_unit_share_it():
    found = find_quantities("三大产业增速分别下降4.6、0.2和5.0个百分点")
    assert [(q.value, q.unit) for q in found] == [(4.6, "个百分点"), (0.2, "个百分点"), (5.0, "个百分点")]
    assert [(q.value, q.unit) for q in find_quantities("2019、2020年分别增长5%")] == [(5.0, "%")]


def test_points_listed_with_a_word_of_change_each_share_the_last_unit():
    found = find_quantities("三项占比分别下降1.3个、提高0.7个和上升2.4个百分点")
    assert [(q.value, q.unit) for q in found] == [(1.3, "个百分点"), (0.7, "个百分点"), (2.4, "个百分点")]
    # A count of items before a change in points keeps its own unit.
    assert [q.unit for q in find_quantities("新增企业3个，提高2个百分点")] == ["个", "个百分点"]


def test_a_fall_applies_to_every_listed_number():
    from test_extract import facts_of

    values = sorted(f.value for f in facts_of("全县三大产业增速分别下降4.6、0.2、5.0个百分点。"))
    assert values == [-5.0, -4.6, -0.2]


def test_ordinals_are_not_counts_and_a_fall_by_an_amount_is_negative():
    from test_extract import facts_of

    assert find_quantities("区第十七届人大常委会第十五次会议") == []
    # a rank word (全县, 全市) before an ordinal: the numeral is read whole, not cut to 第十
    assert find_quantities("在全县第十七届运动会上") == find_quantities("全市第12届人才节") == []
    values = sorted(f.value for f in facts_of("全县稻谷种植面积93254亩，减少479亩。"))
    assert values == [-479.0, 93254.0]


def test_an_ordinal_place_is_a_rank():
    found = find_quantities("在全国百强县中名列第23名")
    assert [(q.value, q.unit, q.is_rank) for q in found] == [(23.0, "位", True)]


def test_ordinals_listed_after_a_rank_word_are_each_a_rank():
    found = find_quantities("三项指标增速分别列全市第二、第五和第一位")
    assert [(q.value, q.unit, q.is_rank) for q in found] == [(2.0, "位", True), (5.0, "位", True), (1.0, "位", True)]
    found = find_quantities("分别居全省第3位、第7位和第9位")
    assert [q.value for q in found] == [3.0, 7.0, 9.0]
    assert find_quantities("第二、第三产业比重上升") == []  # ordinals of sectors, no rank word
    # 第 written once, before the first: the later items are places too, when 位 or 名 ends the list
    found = find_quantities("四项分指标分别位居第12、7、105和30位")
    assert [(q.value, q.is_rank) for q in found] == [(12.0, True), (7.0, True), (105.0, True), (30.0, True)]


def test_seats_in_a_ranking_are_counted_even_in_one_numeral() -> None:
    assert [(q.value, q.unit) for q in find_quantities("前十名中江苏占6席，浙江各占一席，山东占了三席")] == [
        (10.0, "名"),
        (6.0, "席"),
        (1.0, "席"),
        (3.0, "席"),
    ]
    assert find_quantities("引进一家企业，建成两条产线") == []  # counting words of prose stay out


@pytest.mark.parametrize(
    ("clause", "value"),
    [
        ("该镇在千强镇榜单中排名317位", 317),
        ("东乡县居58位", 58),
        ("西城县位列全国41位", 41),
        ("南湖镇名列二十六名", 26),
        ("北塘县排名全省9位", 9),
        ("临江区高居12名", 12),
        ("西山县排在64位", 64),
    ],
)
def test_a_place_without_di_after_a_verb_of_ranking_is_a_rank(clause, value) -> None:
    q = only(clause)
    assert (q.value, q.unit, q.is_rank) == (value, "位", True)


@pytest.mark.parametrize(
    "clause",
    [
        "县里安排6名干部驻村",  # a word that only ends in 排: people counted
        "下列4位同志获评先进",
        "综合排名上升5位",  # a move, not a place
        "连续三年排名90名以后",  # a bound of the ranking
        "东乡县进入前20位",
    ],
)
def test_no_place_where_no_verb_of_ranking_stands_right_before(clause) -> None:
    assert not any(q.is_rank for q in find_quantities(clause))


def test_both_ends_of_a_move_in_a_ranking_are_places() -> None:
    found = find_quantities("东乡县综合排名由2020年的61位前进到第47位")
    assert [(q.value, q.is_rank) for q in found] == [(61.0, True), (47.0, True)]
    found = find_quantities("西城县由上届的第30位上升到22位")
    assert [(q.value, q.is_rank) for q in found] == [(30.0, True), (22.0, True)]
    # 由 without a move after it: a count of people, as before.
    assert [(q.value, q.unit, q.is_rank) for q in find_quantities("评审组由7名专家组成")] == [(7.0, "名", False)]


def test_a_band_of_positions_is_no_rank() -> None:
    assert find_quantities("第21至第30名中没有一个来自本省") == []
    assert find_quantities("排在第5~8位的都是中部城市") == []
    # Not a band: a rank, then a move written with a range-free number.
    assert [(q.value, q.unit) for q in find_quantities("居全省第4位，比上年前移3位")] == [(4.0, "位"), (3.0, "位")]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("该市辖2区5县", [(2, "个", "下辖区数"), (5, "个", "下辖县数")]),
        ("该市辖甲县、乙县和丙县三县", [(3, "个", "下辖县数")]),
        ("下辖3个县级市和2个县", [(3, "个", "下辖县级市数"), (2, "个", "下辖县数")]),
        ("全省共有5县(市)进入全国百强", [(5, "个", "")]),
        ("仅3地入围", [(3, "地", "")]),
        ("有两县上榜", [(2, "个", "")]),
        ("共6城进入前二十", [(6, "个", "")]),
    ],
)
def test_a_count_written_with_a_division_noun(clause, expected):
    assert [(q.value, q.unit, q.label) for q in find_quantities(clause)] == expected


@pytest.mark.parametrize(
    "clause",
    ["这4县市总人口", "三县一区的发展", "该市下辖的甲、乙和丙三市分列第2、5和第9位", "三县联动发展"],
)
def test_a_division_noun_after_a_number_is_no_count_elsewhere(clause):
    assert [q for q in find_quantities(clause) if not q.is_rank] == []


def test_an_industry_named_by_its_ordinal_is_no_rank():
    # 第三产业 is the tertiary sector: 全县第三产业 opens a figure, it places nothing.
    found = find_quantities("全县第三产业增加值增长6.5%")
    assert [(q.value, q.unit) for q in found] == [(6.5, "%")]
    assert not [q for q in find_quantities("全市第一产业增加值45亿元") if q.is_rank]


def test_a_province_is_the_field_of_a_place_in_a_list_of_places():
    found = find_quantities("江陵县熊河镇 湖北第8 全国第350")
    assert [(q.value, q.is_rank, q.field) for q in found] == [(8, True, "湖北"), (350, True, "")]
    assert [(q.value, q.field) for q in find_quantities("熊河镇湖北第8全国第350")] == [(8, "湖北"), (350, "")]
    assert find_quantities("打造湖北第一强镇") == []  # a slogan, no place in a list


def test_a_place_alone_in_brackets_is_a_rank():
    found = find_quantities("浙江诸暨市枫桥镇(415位)")
    assert [(q.value, q.unit, q.is_rank) for q in found] == [(415, "位", True)]
    assert [q.is_rank for q in find_quantities("比上届(27位)前进三位")][:1] == [True]
    assert not [q for q in find_quantities("全镇有高级技师12位") if q.is_rank]


def test_a_decimal_before_分_is_a_score_unless_another_word_follows():
    assert (only("以总分512.36分的成绩").value, only("以总分512.36分的成绩").unit) == (512.36, "分")
    assert all(q.unit != "分" for c in ("会议持续了3.5分钟", "约占2.5分之一的份额") for q in find_quantities(c))


def test_half_of_another_figure_is_a_multiple_of_one_half():
    # 不足乙县一半, 约为甲市的一半: 0.5 倍, with the bound word as its qualifier.
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities("财政收入不足乙县一半")] == [(0.5, "倍", "不足")]
    assert [(q.value, q.qualifier) for q in find_quantities("城区人口约为甲市的一半")] == [(0.5, "约")]
    assert find_quantities("一半以上的村通了公交") == []


def test_a_fraction_of_another_figure_is_a_multiple_and_of_a_whole_a_share():
    # 不及乙市的五分之一, 还不到甲县的1/4: a part of another region's figure, in 倍 to four places,
    # with the bound word as its qualifier; 占全省的三分之一 stays a share in per cent.
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities("经济总量不及乙市的五分之一")] == [
        (0.2, "倍", "不及")
    ]
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities("常住人口还不到甲县的1/4")] == [
        (0.25, "倍", "不到")
    ]
    assert [(q.value, q.unit) for q in find_quantities("工业产值仅为丙县的三分之二")] == [(0.6667, "倍")]
    assert [(q.value, q.unit) for q in find_quantities("粮食产量占全省的三分之一")] == [(33.3, "%")]
    assert [(q.value, q.unit) for q in find_quantities("约占全国的五分之一")] == [(20.0, "%")]


def test_a_multiple_written_in_words_is_a_figure():
    # 是乙市的两倍, 近三倍: a lone numeral before 倍 is the multiple, unlike 两家 or 三条 in prose.
    assert [(q.value, q.unit) for q in find_quantities("甲县税收是乙县的两倍")] == [(2, "倍")]
    assert [(q.value, q.qualifier) for q in find_quantities("工业产值达到丙镇的近三倍")] == [(3, "近")]
    assert find_quantities("两家企业签了约") == []


def test_a_bare_yi_in_a_gap_is_money():
    # 落后乙市2000多亿, 以近两百亿的差距: the gap between two economies, without 元 or a money word.
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities("到去年已落后乙市2000多亿")] == [
        (2000, "亿元", "多")
    ]
    assert [(q.value, q.unit) for q in find_quantities("以近两百亿的微小差距")] == [(200, "亿元")]
    assert [q.unit for q in find_quantities("已落后乙市5亿斤粮食")] == ["亿斤"]  # weight, no money


def test_a_move_between_a_verb_of_ranking_and_the_place_is_kept():
    found = find_quantities("综合排名上升3位至第8位")
    assert [(q.value, q.is_rank) for q in found] == [(3, False), (8, True)]


def test_positions_run_together_after_分列_are_one_a_digit() -> None:
    # 四五位 is the 4th and the 5th, not the 45th; a run that does not rise by one is not read.
    assert [q.value for q in find_quantities("甲区和乙区分列四五位") if q.is_rank] == [4.0, 5.0]
    assert [q.value for q in find_quantities("甲区、乙区、丙区分列一二三名") if q.is_rank] == [1.0, 2.0, 3.0]
    assert [q.value for q in find_quantities("甲区和乙区分列三五位") if q.is_rank] != [3.0, 5.0]


def test_a_move_counted_in_名_is_a_move_in_places() -> None:
    moved = [q for q in find_quantities("较上年度上升3名") if q.value == 3.0]
    assert [(q.unit, q.is_rank) for q in moved] == [("位", False)]
    assert [q.unit for q in find_quantities("今年提升5名干部")] == ["名"]  # people, not places
    # a small numeral after a move counts places, not a counting word in prose
    assert [(q.value, q.unit) for q in find_quantities("比前年下降一名")] == [(1.0, "位")]
    assert [(q.value, q.unit) for q in find_quantities("较上届进步两名")] == [(2.0, "位")]
    assert find_quantities("今年提升两名干部") == []
    # 名次 counts places as 位次 does, in figures or in one numeral
    assert [(q.value, q.unit) for q in find_quantities("较上年上升一个名次")] == [(1.0, "位")]
    assert [(q.value, q.unit) for q in find_quantities("综合排名前进9个名次")] == [(9.0, "位")]


def test_places_each_in_位_after_分别为_are_ranks() -> None:
    found = find_quantities("两区质量效益排名分别为31位和58位,")
    assert [(q.value, q.unit, q.is_rank) for q in found] == [(31.0, "位", True), (58.0, "位", True)]
    assert not any(q.is_rank for q in find_quantities("两校分别为4位和6位教授"))  # people


def test_a_bare_place_after_the_name_of_a_ranking_is_a_rank() -> None:
    assert [(q.value, q.is_rank) for q in find_quantities("甲区质量效益排名41,")] == [(41.0, True)]
    assert [(q.value, q.is_rank) for q in find_quantities("乙镇(位次517)")] == [(517.0, True)]
    assert find_quantities("排名2022年度前列") == []  # a year after 排名, not a place


def test_the_一_of_唯一_starts_no_numeral():
    # 唯一一个 is not 11个: the numeral is the second 一, alone a counting word
    assert find_quantities("是全市唯一一个县") == find_quantities("也是唯一一家入选的园区") == []
    assert [(q.value, q.unit) for q in find_quantities("全县有工业园区一十二个")] == [(12.0, "个")]


def test_a_part_of_a_whole_after_a_word_of_parts_is_a_share_in_per_cent():
    # 约占总数1/3, 占据总量的四成以上, 独占一半: a slash fraction, tenths (成) or a half after 占 is a
    # share, as 占全省的三分之一 is, with the bound word before 占 or after the part.
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities("甲省约占总数2/5")] == [(40.0, "%", "约")]
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities("上榜县区占据总量的四成以上")] == [
        (40.0, "%", "以上")
    ]
    assert [(q.value, q.unit) for q in find_quantities("丙省独占一半")] == [(50.0, "%")]
    assert [(q.value, q.unit) for q in find_quantities("入围镇占乡镇(12个)总数3/4")] == [(12.0, "个"), (75.0, "%")]


def test_a_part_without_a_word_of_parts_is_no_share():
    # A half of another region's figure stays a multiple; a slash without 占 is no share; 一成
    # inside a word (这一成绩) is no part.
    assert [(q.value, q.unit) for q in find_quantities("税收收入只有乙县的一半")] == [(0.5, "倍")]
    assert all(q.unit != "%" for q in find_quantities("会议定于3/4召开"))
    assert find_quantities("这一成绩占据了头条") == []


def test_a_small_count_of_places_before_a_membership_verb_is_a_count():
    # 甲市三个镇上榜, 乙省两座城市入围: a small numeral with a measure word and a noun of places
    # before a membership verb is a count of members, in the measure word as written.
    assert [(q.value, q.unit) for q in find_quantities("今年甲市三个镇上榜")] == [(3.0, "个")]
    assert [(q.value, q.unit) for q in find_quantities("乙省也有两座城市入围")] == [(2.0, "座")]
    assert [(q.value, q.unit) for q in find_quantities("丙省还有五个市县入选")] == [(5.0, "个")]
    assert find_quantities("两座城市的干部交流经验") == []
    assert find_quantities("三个镇召开了动员会") == []


def test_a_count_of_members_may_name_them_in_brackets_or_drop_its_noun_after_有():
    # 甲市有五个县市(乙县、丙县…)入围: the members named in brackets before the verb; 丁省共有两个入选:
    # no noun of places after 有. Not a count pointed back at (这两个入选) or of other things.
    assert [(q.value, q.unit) for q in find_quantities("甲市有五个县市(乙县、丙县、丁县、戊县、己县)入围")] == [
        (5.0, "个")
    ]
    assert [(q.value, q.unit) for q in find_quantities("丁省共有两个入选")] == [(2.0, "个")]
    assert find_quantities("这两个入选的园区") == []
    assert find_quantities("全县有两个项目入选") == []


def test_units_of_weight_freight_power_and_permille_points_are_read_whole():
    # 亿吨公里 is no 亿吨, 千米 no thousand 米, 个千分点 no 个, 亿人民币 no 亿人.
    read = lambda text: [(q.value, q.unit) for q in find_quantities(text)]  # noqa: E731
    assert read("全县货运周转量为12.5亿吨公里") == [(12.5, "亿吨公里")]
    assert read("光缆产量3500千米") == [(3500.0, "千米")]
    assert read("装机容量800千瓦") == [(800.0, "千瓦")]
    assert read("变压器产量120.5万千伏安") == [(120.5, "万千伏安")]
    assert read("死亡率比上年下降0.12个千分点") == [(0.12, "个千分点")]
    assert read("实现生产总值1234.5亿人民币") == [(1234.5, "亿元")]
    assert read("稻谷产量8.6亿斤") == [(8.6, "亿斤")]
    assert read("白银产量2150公斤") == [(2150.0, "公斤")]


def test_days_of_a_year_are_a_figure_and_spans_of_time_are_not():
    # 无霜期210天, 优良天数达300天 are a region's figures; 连续5天, 前3天, 决战60天, 7天内, 为期2天,
    # 第4天 and a 天 that begins a word (5天然气站) are not.
    assert [(q.value, q.unit) for q in find_quantities("甲县全年无霜期为210天")] == [(210.0, "天")]
    assert [(q.value, q.unit) for q in find_quantities("乙市优良天数为300天,较前年多出12天")] == [
        (300.0, "天"),
        (12.0, "天"),
    ]
    for text in ("连续5天满员", "前3天共迎客", "决战60天攻坚", "7天内办结", "展会为期2天", "第4天", "新建5天然气站"):
        assert find_quantities(text) == [], text


def test_a_small_count_of_groups_named_by_size_is_a_count():
    # 七大千亿产业, 两大百亿级产业集群: a size after N大 makes the small numeral a figure (个), and
    # the 百亿级 describes the groups (no 100亿元 size class); 四大产业 alone stays a counting word.
    assert [(q.value, q.unit) for q in find_quantities("甲市力推七大千亿产业")] == [(7.0, "个")]
    assert [(q.value, q.unit, q.is_scale) for q in find_quantities("乙县壮大两大百亿级产业板块")] == [
        (2.0, "个", False)
    ]
    assert find_quantities("做强四大产业") == []
