"""The document's own region on texts written for these tests: a delegation that comes to
我县, a province's own story, 我省 beside a place, a city's short form shared with its
district, words in quotes, and a zone its headline names."""

from __future__ import annotations

from test_regions import by_value, home_of, regions_of


def test_a_visiting_delegation_is_never_我县() -> None:
    body = (
        "5月8日,聊城市莘县县委书记带领党政考察团来我县考察,县领导陪同。"
        "考察团参观了我县工业园。今年以来,阳谷县坚持工业强县,全县规上工业增加值增长9%。"
    )
    home, _ = home_of(body)
    assert home is not None and home.name == "阳谷县"
    assert by_value(body)[9.0] == "阳谷县"


def test_visitors_who_learn_from_the_host_leave_the_host_its_我县() -> None:
    body = "武城县考察团来我县参观。考察团表示,将学习借鉴夏津县的经验。我县规上企业达到120家。"
    home, _ = home_of(body)
    assert home is not None and home.name == "夏津县"


def test_来_inside_another_word_brings_no_visitor() -> None:
    # 近年来/以来: no delegation comes anywhere, so 我县 is the county named before it.
    body = "近年来我县发展较快。高唐县今年以来我县工业增长10%,全县财政收入12亿元。"
    home, _ = home_of(body)
    assert home is not None and home.name == "高唐县"


def test_a_province_s_own_story_is_the_province_s() -> None:
    body = (
        "江西省十四届人大二次会议在南昌开幕,省长作政府工作报告。2023年江西地区生产总值增长4.1%;"
        "江西规上工业增加值增长5%;赣州成为江西第二个五千亿元城市;江西粮食产量430亿斤。"
    )
    home, _ = home_of(body)
    assert home is not None and home.name == "江西省"
    # The same story without a word that speaks of the province from inside: no province home.
    home, _ = home_of(body.replace("省长作政府工作报告", "会议听取报告"))
    assert home is None or home.level != "province"


def test_a_page_comparing_provinces_or_ranking_one_has_no_province_home() -> None:
    body = (
        "百强县榜单中,江苏省入围23个,江苏昆山市居首,江苏江阴市第二,江苏张家港市第三;"
        "浙江省入围18个,浙江慈溪市第六,浙江义乌市第七。"
    )
    home, _ = home_of(body)
    assert home is None or home.level != "province"
    # Named most, and alone, but never spoken of from inside (省内, 省长): a page about it.
    body = "江苏省有26个百强县,江苏的百强县数量居首。江苏昆山市居第1位,江苏江阴市居第2位。"
    home, _ = home_of(body)
    assert home is None or home.level != "province"


def test_a_city_that_lists_its_own_towns_in_a_province_s_list_is_the_home() -> None:
    body = (
        "湖北省共有30个镇入选千强镇,省内排名公布。来看看宜昌市有哪些镇入选:"
        "宜都市枝城镇 湖北第3;宜都市红花套镇 湖北第12;枝江市董市镇 湖北第20。"
        "湖北各地入选情况不一,湖北其余镇排名靠后。"
    )
    home, _ = home_of(body)
    assert home is not None and home.name == "宜昌市"


def test_我省_yields_to_a_place_only_named_as_often() -> None:
    body = (
        "我省有12个县入选中部百强县,我省入选数量居中部第四。其中长丰县名列第30位,"
        "长丰县也是我省排名最靠前的县。我省入选县大多集中在沿江地区。"
    )
    home, _ = home_of(body)
    assert home is not None and home.level == "province"
    # A zone's story that says 我省 once: the zone's.
    body = "辽源经济开发区全年营业收入120亿元。辽源经济开发区新增企业30家,辽源经济开发区位居我省前列。"
    home, _ = home_of(body)
    assert home is not None and home.name == "辽源经济开发区"


def test_a_city_s_short_form_beside_its_full_name_is_the_city_not_its_district() -> None:
    r = regions_of("荆州市发布榜单。荆州有7个镇入选,松滋市最多。")
    assert not any(x.full_name.endswith("荆州区") for x in r.regions.values())
    city = next(rid for rid, x in r.regions.items() if x.full_name == "湖北省荆州市")
    assert [m.text for m in r.mentions if m.region_id == city] == ["荆州市", "荆州"]
    # Without the city written out, the short form stays ambiguous and is left out.
    r = regions_of("荆州有7个镇入选。")
    assert not any(x.full_name.startswith("湖北省荆州市") for x in r.regions.values())


def test_a_cue_word_or_a_place_inside_quotes_is_a_title() -> None:
    body = (
        "湖北省内千强镇排名公布。来看看宜昌市有哪些镇入选:宜都市枝城镇 湖北第3,获“省级先进乡镇”称号,"
        "素有“小上海”之称;宜都市红花套镇 湖北第12;枝江市董市镇 湖北第20。湖北其余镇排名靠后。"
    )
    home, ex = home_of(body)
    roles = {r.name: role for r, role in _roles(ex)}
    assert roles.get("枝城镇") != "benchmark"  # 先进 names an honour here, not a place to learn from
    assert home is not None and home.name == "宜昌市"  # 上海 in quotes is no place outside the city


def test_the_place_a_delegation_sets_off_from_is_the_home_that_全区_stands_for() -> None:
    body = (
        "为加快建设沙坪坝,结合全区开展的解放思想大讨论,区委考察团一行20人赴江苏省昆山、苏州考察学习先进经验。"
        "昆山市工业园区发展迅速。苏州市开放型经济领先。"
    )
    home, ex = home_of(body)
    assert home is not None and home.name == "沙坪坝区"
    roles = {r.name: role for r, role in _roles(ex)}
    assert roles.get("昆山市") == "benchmark"
    # Named after the delegation sets off, the place is visited, not the delegation's own.
    home, _ = home_of("区委考察团赴沙坪坝考察学习,结合全区实际推进发展。沙坪坝工业园区发展迅速。")
    assert home is None or home.name != "沙坪坝区"


def test_a_page_describing_towns_in_turn_is_none_s_own() -> None:
    body = (
        "强镇简介\n1、柳市镇\n柳市镇位于乐清市中部。全镇面积92平方公里,全镇人口21万。\n"
        "2、北白象镇\n北白象镇位于乐清市南部。全镇面积68平方公里,全镇人口13万。"
    )
    home, _ = home_of(body)
    assert home is None or home.level != "town"
    # One town's own entry, another town named once after it: its 全镇 makes it the home.
    home, _ = home_of("柳市镇位于乐清市中部。全镇面积92平方公里,全镇人口21万。柳市镇东接北白象镇。")
    assert home is not None and home.name == "柳市镇"


def _roles(ex):
    regions = ex.regions
    return [(regions.regions[rid], role) for rid, role in regions.roles.items()]


def test_a_county_the_author_measures_itself_against_is_never_我县() -> None:
    # The county is never named; its neighbour is the yardstick, then a subject of its own.
    body = (
        "今年我县地区生产总值76.4亿元。\n"
        "与周边的长阳县相比差距明显,长阳县地区生产总值118亿元。\n"
        "我县一般公共预算收入4.6亿元。"
    )
    got = by_value(body)
    assert got[118] == "长阳土家族自治县"
    assert got[76.4] != "长阳土家族自治县" and got[4.6] != "长阳土家族自治县"


def test_a_county_named_as_the_object_of_a_contest_is_never_我县() -> None:
    # The county is never named; its contest partner is named once, before the county's own figures.
    body = (
        "上半年全县主要指标与比拼对象竹山县比,增速全面领先。\n"
        "全县完成地区生产总值43.2亿元,增长8.1%;我县在全市排名由第9位上升到第5位。"
    )
    got = by_value(body)
    assert "竹山县" not in {got[43.2], got[8.1], got[5.0]}


def test_a_town_taken_as_the_one_to_catch_up_with_is_never_我镇() -> None:
    body = "我镇把周边的新塍镇作为赶超对象,今年我镇工业产值达到36.5亿元,全镇财政收入2.4亿元。"
    got = by_value(body)
    assert got[36.5] != "新塍镇" and got[2.4] != "新塍镇"


def test_全市_after_a_county_tied_with_this_one_is_the_city_above() -> None:
    body = (
        "旬阳县委书记到汉阴县调研。\n一季度全县规上工业增加值增长12.3%,与旬阳县并列第一,高于全市平均水平4.2个百分点。"
    )
    r = regions_of(body)
    whole = [m for m in r.mentions if m.text == "全市"]
    assert [r.regions[m.region_id].name for m in whole] == ["安康市"]


def test_我市_in_a_city_s_report_on_its_own_units_is_the_city() -> None:
    body = (
        "德州市有4个县(市)与外省相邻,分别是乐陵市、宁津县、庆云县和禹城市。\n"
        "我市这4个县(市)耕地面积共21.3万公顷,除禹城市外均低于全市平均水平。\n"
        "我市将加大对这些县的支持力度。"
    )
    r = regions_of(body)
    mine = {r.regions[m.region_id].name for m in r.mentions if m.text in ("我市", "全市")}
    assert mine == {"德州市"}


def test_the_issuing_body_in_a_disclosure_table_names_the_home(tmp_path) -> None:
    from reporter.extract import extract_document
    from reporter.ingest import ingest_paths

    page = tmp_path / "note.txt"
    page.write_text(
        "镇巴县农业生产稳中有进\n"
        "索引号 | zbx/2020-0012 | 公开目录: | 统计信息 |\n"
        "公开责任部门 | 镇巴县统计局 | 公开形式: | 主动公开 |\n"
        "文号 | 无 | 成文日期: | 2020年05月10日 |\n"
        "今年以来,全县农业生产总体平稳,一季度全县农林牧渔业总产值3.6亿元,同比增长4.2%。\n"
        "全县生猪出栏8.1万头,同比增长2.7%,蔬菜产量2.3万吨。\n",
        encoding="utf-8",
    )
    doc = ingest_paths([page]).documents[0]
    ex = extract_document(doc)
    assert ex.regions.home.name == "镇巴县"


def test_the_issuing_body_in_a_bracketed_field_of_a_table_names_the_home(tmp_path) -> None:
    # A government page whose field names sit in brackets (| [ 发布机构 ] | 某某区统计局 |) and whose
    # text then says only 全区: the issuing body is the page's own district.
    from reporter.extract import extract_document
    from reporter.ingest import ingest_paths

    page = tmp_path / "note.txt"
    page.write_text(
        "| [ 索引号 ] | 11500110/2022-00031 | [ 发文字号 ] | 无 |\n"
        "| [ 发布机构 ] | 綦江区统计局 | [ 有效性 ] | |\n"
        "| [ 成文日期 ] | 2022-10-26 | [ 发布日期 ] | 2022-10-26 |\n"
        "2022年前三季度经济运行情况\n"
        "前三季度,全区实现地区生产总值512.6亿元,同比增长3.9%。全区第二产业增加值238.4亿元,占GDP比重46.5%。\n",
        encoding="utf-8",
    )
    doc = ingest_paths([page]).documents[0]
    assert doc.source == "綦江区统计局"
    ex = extract_document(doc)
    assert ex.regions.home.name == "綦江区"


def test_全镇_that_stands_for_several_towns_makes_none_of_them_the_home() -> None:
    # Each town's entry calls it 全镇; the first town is named most, yet the page is about both.
    body = (
        "秀洲两镇入选全国千强镇\n嘉兴市秀洲区王江泾镇\n"
        "王江泾镇是纺织重镇。去年全镇工业总产值310亿元,全镇规上工业企业达到210家。王江泾镇被评为省级中心镇。\n"
        "嘉兴市秀洲区洪合镇\n洪合镇以毛衫闻名,全镇面积50平方公里。"
    )
    home, _ = home_of(body)
    assert home is None or home.level != "town"
    assert by_value(body)[50] == "洪合镇"


def test_我市_of_a_report_on_one_county_level_city_s_towns_is_that_city() -> None:
    # The prefecture above it is named after the city and before 我市; the towns are the city's.
    body = (
        "如皋市地处南通市西北部,下辖14个镇。今年我市镇域经济稳步增长。\n"
        "全市实现地区生产总值1350亿元。其中,白蒲镇工业产值86亿元,搬经镇工业产值42亿元,我市财政收入增长8.5%。"
    )
    home, _ = home_of(body)
    assert home is not None and home.name == "如皋市"
    got = by_value(body)
    assert (got[1350], got[8.5], got[86]) == ("如皋市", "如皋市", "白蒲镇")


def test_a_zone_its_headline_names_is_the_home_of_its_report_against_全市() -> None:
    # A zone's report: titled with the zone, then 高新区 and its growth against 全市 (whose rank
    # word the page lost), the city named once in passing.
    body = (
        "锦州高新区前三季度成绩单\n"
        "驻锦州媒体记者参加发布会。今年以来,高新区实现营业收入320亿元,同比增长11%。"
        "高新区规上工业增加值增长9%,增速全市;高新区利润增长20%,增幅全市。"
    )
    home, _ = home_of(body)
    assert home is not None and home.name == "锦州高新区"
    assert by_value(body)[320.0] == "锦州高新区"


def test_a_zone_in_the_headline_beats_the_government_that_publishes_it() -> None:
    body = "锦州高新区5个项目集中开工\n今年以来,锦州高新区新签约项目12个。高新区固定资产投资增长15%。"
    home, _ = home_of(body, metadata=("来源:锦州市人民政府 2023-05-10",))
    assert home is not None and home.name == "锦州高新区"


def test_a_city_report_that_names_a_zone_once_in_its_headline_stays_the_city_s() -> None:
    # The zone is not spoken of again: the city's report only mentions it.
    body = "锦州高新区获评省级示范园区\n今年以来,全市规上工业增加值增长6%,全市固定资产投资增长8%。"
    home, _ = home_of(body, metadata=("来源:锦州市人民政府 2023-05-10",))
    assert home is not None and home.name == "锦州市"


def test_the_place_an_event_is_held_in_is_no_home() -> None:
    # The title's only place is where a report was released: the text is not about it.
    body = "日前《全国县域经济发展报告》在上海发布\n江苏、浙江两省入选县数居前两位,江苏入选25个,浙江入选18个。"
    home, _ = home_of(body)
    assert home is None or home.name != "上海市"
    # Named as the subject, not as a venue, the same place is the home.
    home, _ = home_of("上海发布县域经济发展报告\n上海市今年地区生产总值增长5%,上海市财政收入增长6%。")
    assert home is not None and home.name == "上海市"


def test_places_listed_as_peers_are_not_the_我市_named_after_them() -> None:
    # 我市 is ranked behind the three: none of them is 我市, which the text never names.
    body = "2022年我市经济总量为3100亿元，居苏州、无锡、南通后列第四位。我市人均GDP为12万元，而苏州、无锡分别为18万元、16万元。"
    got = by_value(body)
    assert got[3100.0] == got[12.0] == "我市"
    assert got[18.0] == "苏州市" and got[16.0] == "无锡市"


def test_我市_over_the_counties_of_one_city_is_that_city_with_a_warning() -> None:
    body = "我市县域经济总量为900亿元，居杭州、宁波后列第三位。六县市中乐清市增长9%，瑞安市增长8%。"
    home, ex = home_of(body)
    assert home is not None and home.name == "温州市"
    assert by_value(body)[900.0] == "温州市"
    assert any("温州市" in w and "推断" in w for w in ex.regions.warnings)


def test_the_place_whose_own_units_a_list_counts_is_the_home() -> None:
    body = (
        "全国千强镇榜单日前揭晓,江西有12个镇入围,比湖南多3个。"
        "其中南昌县向塘镇排名第150位,进贤县李渡镇排名第300位,两镇均为首次上榜。"
    )
    home, _ = home_of(body)
    assert home is not None and home.name == "江西省"
    # A city's showing, told in its headline: the city, not the first town the headline names.
    body = "赣州5镇入选千强镇,新增南康区唐江镇\n赣州5个镇入选千强镇榜单。唐江镇排名第700位,赣州上榜镇数创新高。"
    home, _ = home_of(body)
    assert home is not None and home.name == "赣州市"


def test_a_page_that_tallies_several_places_on_a_list_has_no_home() -> None:
    body = (
        "全国千强镇榜单日前揭晓,江西有12个镇入围,数量比上届增加3个。"
        "分地区看,湖南15个、安徽20个。南昌县向塘镇排名第150位,进贤县李渡镇排名第300位。"
    )
    home, _ = home_of(body)
    assert home is None


def test_a_story_that_names_one_of_the_counted_units_most_is_that_unit_s() -> None:
    body = (
        "县级市现代化指数发布,苏州4个县级市全部进入前五。昆山位列榜首,昆山的指数达90分。"
        "昆山今年加快城市更新,昆山新建公园12个。"
    )
    home, _ = home_of(body)
    assert home is not None and home.name == "昆山市"


def test_the_one_place_a_counted_list_zooms_into_is_the_home() -> None:
    body = (
        "全国千强镇榜单揭晓,嘉兴市共有30个镇上榜,数量居全省前列。其中,桐乡占据6席,"
        "乌镇镇排第80位,濮院镇排第120位。乌镇镇新增规上企业20家,濮院镇工业产值增长9%。"
    )
    home, _ = home_of(body)
    assert home is not None and home.name == "桐乡市"


def test_a_page_comparing_provinces_is_not_the_story_of_a_city_it_names_twice() -> None:
    # 浙江 and 福建 are each named again, one as often as 宁波: the page compares provinces.
    body = (
        "浙江与福建的经济总量之争备受关注。2024年浙江地区生产总值8.2万亿元,增长5.5%,"
        "福建5.7万亿元,增长5.1%。浙江人均可支配收入6.4万元,福建4.6万元。"
        "宁波经济总量1.8万亿元,宁波外贸进出口1.4万亿元。浙江与福建的差距仍在扩大。"
    )
    home, _ = home_of(body)
    assert home is None


def test_a_city_named_more_often_than_the_provinces_it_compares_stays_the_story_s() -> None:
    # 宁波 is named more often than either province: the page is its story.
    body = (
        "宁波经济总量1.8万亿元,增长5.4%。宁波港货物吞吐量居前。宁波人均收入高于浙江平均。"
        "浙江与福建相比,宁波的外贸比重更高。宁波的工业增加值增长6%。"
    )
    home, _ = home_of(body)
    assert home is not None and home.name == "宁波市"


def test_a_province_a_zone_leads_is_no_home_of_its_report() -> None:
    # 领跑全省: 全省 is the field the zone leads, as in 居全省第一; the report's own place is 全区,
    # named less often.
    body = (
        "1-9月,园区规上工业增加值增长9.1%,增速继续领跑全省。\n一、工业经济继续领跑全省\n"
        "园区进出口总额增长12%,继续领跑全省。\n全区固定资产投资增长5.2%。"
    )
    home, _ = home_of(body)
    assert home is not None and home.name == "我区"


def test_a_place_listed_with_我市_is_its_peer_not_its_name() -> None:
    # 我市和甲市: a place beside 我市 in one list is another; the text never names its own.
    body = "今年以来,我市招商引资成效明显。吸引外资超过200亿元的省辖市是我市和洛阳。我市签约项目86个。"
    home, _ = home_of(body)
    assert home is not None and home.name == "我市"
    assert by_value(body)[86] == "我市"


def test_a_runner_up_our_score_is_compared_with_is_not_我市() -> None:
    # 较第二名的甲市多出: the place named with its rank after 较 is a yardstick.
    body = "我市在全省县域经济考评中排名第一。今年我市得分仅较第二名的延吉市多出0.5分。"
    home, _ = home_of(body)
    assert home is not None and home.name == "我市"
    assert by_value(body)[0.5] == "我市"  # the lead is ours, whatever its place
