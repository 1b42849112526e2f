"""Regions and attribution on texts written for these tests: short forms, towns,
parks and their abbreviations, ambiguous names, roles, and whose number each is."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_extract import make_doc

from reporter import gazetteer
from reporter.extract import extract_document
from reporter.regions import analyse, coded_spans


def regions_of(body: str):
    doc_regions, _ = analyse(make_doc(body))
    return doc_regions


def by_value(body: str) -> dict[float, str]:
    return {f.value: f.region for f in extract_document(make_doc(body)).facts}


def test_short_forms_and_autonomous_prefectures_resolve_to_one_identity():
    r = regions_of("德宏州和德宏傣族景颇族自治州是同一个地方,松江和上海市松江区也是。")
    names = {x.full_name for x in r.regions.values()}
    assert "云南省德宏傣族景颇族自治州" in names and "上海市松江区" in names
    assert len(r.regions) == 2  # 上海市松江区 is one name: the district


def test_a_division_named_inside_an_economic_area_is_no_mention_of_it():
    r = regions_of("成渝地区双城经济圈建设提速,四川省与重庆市共建双城经济圈,双城经济圈产业协同。")
    assert {x.name for x in r.regions.values()} == {"四川省", "重庆市"}  # no 双城区 of 哈尔滨
    r = regions_of("川南经济区加快发展,四川南充市与江苏南京市签约。")  # 川南 and 苏南 cross names: no areas
    assert {x.name for x in r.regions.values()} >= {"南充市", "南京市"}


def test_a_division_named_in_an_area_word_is_no_mention_of_it():
    r = regions_of("合肥城市圈扩容,蚌埠市发展加快;武汉城市圈与长株潭都市圈各有优势。")
    assert {x.name for x in r.regions.values()} == {"蚌埠市"}


def test_common_words_organisations_and_word_parts_are_not_places():
    body = "比如资源合作,北京大学的专家和上海某某生物科技有限公司来到园区,两大新兴产业发展迅速。"
    assert regions_of(body).regions == {}
    body = "黑龙江省各县一个实现富裕,多数进入小康。"  # 富裕县 is in 黑龙江省, 富裕 is still a word
    assert [r.name for r in regions_of(body).regions.values()] == ["黑龙江省"]


def test_a_county_s_short_name_used_as_a_common_word_is_no_place():
    # 振兴 (振兴区), 通道 (通道县), 惠民 (惠民县): verbs and nouns of any report, even where the
    # province or city of the county is named.
    r = regions_of("辽宁省各地谋发展、促振兴,丹东市加快完善开放通道。")
    assert {x.name for x in r.regions.values()} == {"辽宁省", "丹东市"}
    r = regions_of("山东省滨州市推进乡村振兴,落实惠民政策,稳增长、惠民生。")
    assert {x.name for x in r.regions.values()} == {"滨州市"}
    r = regions_of("滨州市惠民县经济平稳。")  # the full name still names the county
    assert "惠民县" in {x.name for x in r.regions.values()}


def test_a_city_s_name_inside_a_word_for_sunshine_or_a_waterway_is_no_place():
    # 日照 (日照市) in 日照时间, 太仓 (太仓市) in the canal 太仓塘: the figures after them are
    # the place the text speaks of.
    body = "延安被称为红色圣地,每年日照小时数达到2600,今年一季度经济总量达到520亿元。"
    assert by_value(body)[520] == "延安市"
    body = "陆家镇位于昆山市东部,太仓塘以南,面积46.2平方公里。"
    assert by_value(body)[46.2] == "陆家镇"


def test_a_lead_word_at_the_end_of_a_headline_does_not_reach_the_next_line():
    # 超过岱山 ends the headline: the 嵊泗县 that opens the next line is no place passed.
    body = "嵊泗县经济运行情况,增速超过岱山\n嵊泗县实现地区生产总值120亿元。"
    assert by_value(body)[120.0] == "嵊泗县"
    body = "甲市上半年经济抢眼,有望超越榆林\n陕西省位于西北内陆,常住人口超过3800万。"
    assert by_value(body)[3800.0] == "陕西省"


def test_town_needs_its_county_in_the_document():
    assert not any(r.level == "town" for r in regions_of("朱家角的古镇很有名。").regions.values())
    r = regions_of("青浦区朱家角镇发展旅游,朱家角的古镇很有名。")
    town = next(x for x in r.regions.values() if x.level == "town")
    assert (town.name, town.parent) == ("朱家角镇", "青浦区")


def test_a_shared_town_name_is_settled_by_the_county_of_the_towns_named_beside_it():
    # 斜桥镇 is a town of two counties; 袁花镇 and 周王庙镇 only of 海宁市, so the list is 海宁市's.
    r = regions_of("袁花镇和周王庙镇发展迅速,斜桥镇去年工业产值120亿元。")
    town = next(x for x in r.regions.values() if x.name == "斜桥镇")
    assert town.parent == "海宁市"
    assert not r.warnings


def test_ambiguous_district_resolved_by_parent_or_left_out_with_warning():
    r = regions_of("南京市鼓楼区科技企业集聚。")
    assert [x.full_name for x in r.regions.values() if x.name == "鼓楼区"] == ["江苏省南京市鼓楼区"]
    r = regions_of("鼓楼区的科技企业不断集聚。")
    assert not any(x.name == "鼓楼区" for x in r.regions.values())
    assert any("鼓楼区" in w for w in r.warnings)


def test_park_abbreviation_merges_and_parent_comes_from_its_name():
    body = "滨江新材料经济技术开发区(下简称滨江经开区)位于昆山市。\n滨江经开区的企业不断增加。"
    r = regions_of(body)
    parks = [x for x in r.regions.values() if x.level == "park"]
    assert len(parks) == 1
    assert parks[0].full_name == "滨江新材料经济技术开发区" and parks[0].name == "滨江经开区"
    assert parks[0].parent == "昆山市"


def test_全区_measured_against_in_a_sentence_of_全市_is_above_the_city_not_its_district() -> None:
    # 全区 after 全市 in one sentence: 广西 (the autonomous region), not the district named before.
    body = (
        "南宁市经济运行简况(上半年)\n上半年,青秀区地区生产总值增长8.0%,增速居各城区首位。\n"
        "全市上半年地区生产总值达2600亿元,增长6.0%,高于全区(5.0%)1.0个百分点。"
    )
    found = by_value(body)
    assert (found[5.0], found[1.0], found[8.0]) == ("广西壮族自治区", "南宁市", "青秀区")


def test_short_county_names_listed_together_are_places_without_their_parents() -> None:
    # No province or city of theirs is named: three or more in a list vouch for each other.
    names = {r.name for r in regions_of("2023年经济十强县是:晋江、慈溪、神木、义乌。").regions.values()}
    assert {"晋江市", "慈溪市", "神木市", "义乌市"} <= names
    # One of them alone still needs its parent, and a name qualified by another is no item.
    assert regions_of("义乌经济发展较快。").regions == {}
    names = {r.name for r in regions_of("其他高新区分别为武汉东湖、襄阳、宜昌。").regions.values()}
    assert "东湖区" not in names


def test_a_province_and_a_zone_word_name_the_provinces_zones_not_one_zone() -> None:
    # 某省开发区 is the class of the province's zones; a city that is a province has a zone of its name.
    parks = {
        x.name
        for x in regions_of("日前,湖南省开发区联席会议公布了评价结果,长沙经开区第一。").regions.values()
        if x.level == "park"
    }
    assert parks == {"长沙经开区"}
    parks = {
        x.name for x in regions_of("北京经济技术开发区与天津开发区日前签约。").regions.values() if x.level == "park"
    }
    assert parks == {"天津开发区", "北京经济技术开发区"}


def test_a_park_named_in_full_is_its_place_and_园区_later() -> None:
    # 白鹭湾园区 after 白鹭湾工业园区: the same park, whose figures are not the place's.
    body = "白鹭湾工业园区位于昆山市。2023年,白鹭湾园区实现产值120亿元,增长8%。"
    assert by_value(body)[120] == "白鹭湾园区"
    parks = [x for x in regions_of(body).regions.values() if x.level == "park"]
    assert [p.full_name for p in parks] == ["白鹭湾工业园区"]


def test_a_park_one_city_builds_on_anothers_land_is_the_hosts_in_brackets() -> None:
    body = "苏州(宿迁)工业园区2022年实现工业总产值150亿元,增长12%。苏州市和宿迁市将继续深化合作。"
    assert by_value(body)[150] == "苏州(宿迁)工业园区"
    parks = [x for x in regions_of(body).regions.values() if x.level == "park"]
    assert [(p.full_name, p.parent) for p in parks] == [("苏州(宿迁)工业园区", "宿迁市")]


def test_a_national_new_area_is_a_zone_of_its_city_under_any_of_its_names() -> None:
    body = "天府新区的地区生产总值去年达4000亿元,增长8%。成都市增长4%。新区固定资产投资900亿元。"
    found = by_value(body)
    assert (found[4000], found[8], found[4], found[900]) == ("天府新区", "天府新区", "成都市", "天府新区")
    parks = [
        x for x in regions_of("四川天府新区经济持续增长,天府新区投资900亿元。").regions.values() if x.level == "park"
    ]
    assert [(p.name, p.parent) for p in parks] == [("天府新区", "成都市")]


def test_全市_in_a_new_area_s_report_is_the_city_that_runs_it() -> None:
    body = "去年长春新区的地区生产总值达1000亿元,增长7%;全市地区生产总值7000亿元,增长5%。"
    found = by_value(body)
    assert (found[1000], found[7000], found[5]) == ("长春新区", "长春市", "长春市")


def test_a_park_after_对标_is_named_without_it() -> None:
    parks = {x.name for x in regions_of("园区对标苏州工业园区推进改革。").regions.values() if x.level == "park"}
    assert parks == {"苏州工业园区"}


def test_a_place_and_园区_alone_is_no_park() -> None:
    assert [
        x for x in regions_of("2023年,昆山园区建设加快,昆山市实现产值120亿元。").regions.values() if x.level == "park"
    ] == []


def test_a_district_zone_is_not_merged_with_its_citys_zone():
    body = "苏州经济技术开发区排名第7位，苏州吴中经济技术开发区排名第30位，吴中经开区进步明显。"
    parks = {x.full_name: x for x in regions_of(body).regions.values() if x.level == "park"}
    assert set(parks) == {"苏州经济技术开发区", "苏州吴中经济技术开发区"}
    assert "吴中经开区" in parks["苏州吴中经济技术开发区"].aliases


def test_descriptions_are_not_parks():
    body = "昆山市打造一批特色产业园区,发展外向型物流产业园区和现代汽车科创园。"
    assert not any(x.level == "park" for x in regions_of(body).regions.values())


def test_a_level_word_and_high_tech_name_the_class_of_zones():
    # tests/corpus/LABELING.md (bo03; p01, r32, z01, z03): 高新技术 alone before a park suffix,
    # after a level word, is the class (省级高新技术产业园区), not one zone.
    body = "昆山市去年成功创建省级高新技术产业园区,全年新增高新技术企业120家。"
    assert not any(x.level == "park" for x in regions_of(body).regions.values())
    named = "昆山市去年成功创建青阳高新技术产业园区。"
    assert any(x.level == "park" for x in regions_of(named).regions.values())


def test_home_and_benchmark_roles():
    body = (
        "沭阳县代表团赴昆山市考察学习。\n"
        "昆山市规上工业产值达到9000亿元。\n"
        "我县规上工业产值只有800亿元,我们要对标先进找差距。"
    )
    r = regions_of(body)
    roles = {r.regions[rid].name: role for rid, role in r.roles.items()}
    assert roles["沭阳县"] == "home" and roles["昆山市"] == "benchmark"


def test_subject_switches_mid_paragraph():
    body = "昆山市规上工业企业达到3000户,而太仓市只有900户;昆山市上市企业62家,太仓市上市企业18家。"
    got = by_value(body)
    assert got[3000] == "昆山市" and got[900] == "太仓市" and got[62] == "昆山市" and got[18] == "太仓市"


def test_self_references_wo_xian_gai_qu_quan_zhen():
    body = (
        "沭阳县代表团赴江宁区考察。\n"
        "江宁区近年来发展迅速,该区高新技术企业达到1200家。\n"
        "我县高新技术企业只有150家。\n"
        "沭阳县韩山镇是工业重镇,全镇规上企业85家。"
    )
    got = by_value(body)
    assert got[1200] == "江宁区" and got[150] == "沭阳县" and got[85] == "韩山镇"


def test_the_base_of_a_multiple_is_not_the_subject():
    body = "沭阳县代表团赴昆山市考察。\n昆山市人均工业产值是我县的9.5倍,占全省的比重为8%。"
    facts = extract_document(make_doc(body)).facts
    multiple = next(f for f in facts if f.value == 9.5)
    assert multiple.region == "昆山市" and multiple.kind == "multiple"
    assert next(f for f in facts if f.value == 8).region == "昆山市"


def test_a_larger_region_inside_a_list_does_not_take_over():
    body = "青浦区朱家角镇是旅游名镇。\n全镇已培育高新技术企业42家、上海市专精特新企业7家、上海市院士工作站2家。"
    got = by_value(body)
    assert got[42] == got[7] == got[2] == "朱家角镇"


def test_park_reference_takes_the_numbers_of_its_sentence():
    body = "昆山市打造了一站式科创园——锦溪智能制造产业园。\n园区年纳税3500万元,带动全市税收增长2个百分点。"
    got = by_value(body)
    assert got[3500] == "锦溪智能制造产业园" and got[2] == "昆山市"


def test_gazetteer_builds_regions_on_demand():
    """Regions are built when asked for, not at load (its speed is in bench/run.py)."""
    gazetteer.load.cache_clear()
    gaz = gazetteer.load()
    assert not gaz.regions._built  # nothing built up front: that took 1.2 s
    assert gaz.lookup("西双版纳州")[0].full_name == "云南省西双版纳傣族自治州"
    assert len(gaz.regions._built) == 1


def test_an_unnamed_home_is_not_the_visited_city():
    body = (
        "近日,我市代表团赴江苏省苏州市考察学习。\n"
        "苏州工业园区去年实现地区生产总值3686亿元,排名全国经开区第一。\n"
        "去年全市规上工业产值只有1280亿元,我市规上工业企业仅有310户。"
    )
    r = regions_of(body)
    home = r.home
    assert home is not None and home.name == "我市" and home.id.startswith("self:")
    roles = {r.regions[rid].name: role for rid, role in r.roles.items()}
    assert roles["苏州市"] == "benchmark"
    got = by_value(body)
    assert got[3686] == got[1] == "苏州工业园区"
    assert got[1280] == got[310] == "我市"


def test_numbers_after_an_ambiguous_name_are_left_out():
    body = "江苏省苏州市经济总量达到2.4万亿元。\n鼓楼区上半年社会消费品零售总额增长4.6%。"
    got = by_value(body)
    assert 4.6 not in got and got[2.4] == "苏州市"


def test_park_parent_named_only_inside_the_park_name():
    body = "我县代表团赴合肥高新区考察。\n合肥高新区近三年引进重大项目120余个。"
    r = regions_of(body)
    park = next(x for x in r.regions.values() if x.level == "park")
    assert (park.name, park.parent) == ("合肥高新区", "合肥市")


def test_the_region_learnt_from_is_not_the_subject_of_the_plan():
    body = "沭阳县代表团赴晋江市考察。\n下一步,全县将深入学习晋江经验,力争到2026年规上工业企业突破500户。"
    facts = extract_document(make_doc(body)).facts
    target = next(f for f in facts if f.value == 500)
    assert (target.region, target.kind) == ("沭阳县", "target")


def test_a_region_before_a_verb_and_company_is_still_the_subject():
    got = by_value("浙江省新增上市公司12家,北京大学专家来到昆山市。\n深圳市上市公司数量达到420家。")
    assert got[12] == "浙江省" and got[420] == "深圳市"
    assert regions_of("金山软件公司的总部在珠海。").regions.keys() == {"440400"}  # 珠海市, not 金山区


def test_jieba_keeps_domain_terms_and_document_regions_whole_without_the_gazetteer():
    from reporter import segment

    with segment.Segmenter().active():
        segment.add_places(["上虞经开区"])
        tokens = segment.cut("上虞经开区规上工业和专精特新企业,上海市的战略性新兴产业,两大新兴产业")
    for word in ("上虞经开区", "规上工业", "战略性新兴产业", "上海市"):
        assert word in tokens, tokens
    assert "大新" not in tokens  # 大新镇 exists, but no town names are loaded
    assert segment.tokenizer().FREQ.get("泗泾镇", 0) == 0


def test_street_references_and_the_region_compared_with():
    body = (
        "海盐县武原街道位于县城核心区。\n"
        "今年1-6月,全街道实现规上工业产值186.3亿元。\n"
        "与邻近的平湖市相比,该街道的数字经济核心产业增加值占比仍低6.2个百分点。"
    )
    got = by_value(body)
    assert got[186.3] == got[-6.2] == "武原街道"


def test_the_lazy_dictionary_cuts_like_the_whole_jieba_dictionary():
    import jieba

    from reporter import segment

    text = (
        "曹娥江穿城而过,两大新兴产业加快崛起;我们在全镇发展规划中盘活存量用地,"
        "打造外向型物流产业园区,感到与先进地区的差距在于工业园区的亩均效益。"
    )
    full = jieba.Tokenizer()
    full.initialize()
    for term in segment.domain_terms():
        full.add_word(term, freq=segment.DOMAIN_FREQ, tag="nz")
    assert segment.cut(text) == full.lcut(text, HMM=False)


def test_quan_qu_in_the_benchmarks_paragraph_is_the_benchmark():
    body = (
        "我区考察组赴宁波市北仑区学习考察。\n"
        "北仑区地区生产总值2815亿元,是我区的2.6倍;全区拥有小巨人企业63家。\n"
        "反观我区,全区规上工业企业632户。"
    )
    got = by_value(body)
    assert got[2815] == got[2.6] == got[63] == "北仑区"
    assert got[632] == "我区"


def test_plus_structures_in_quotes_are_practices():
    ex = extract_document(make_doc("昆山市推行“链长+链主”协同机制,构建“1+4+X”产业体系。"))
    assert {"链长+链主", "1+4+X"} <= {p.term for p in ex.practices if p.kind == "practice"}


def test_known_jieba_dictionary_total_matches_the_dictionary():
    import jieba

    from reporter import segment

    assert segment.KNOWN_TOTALS[jieba.__version__] == segment.count_total()


def test_word_checks_segment_only_the_run_around_an_offset_and_agree_with_a_full_cut():
    from reporter import segment

    text = (
        "曹娥江穿城而过,两大新兴产业加快崛起。我们在全镇发展规划中盘活存量用地,打造外向型物流产业园区;"
        "G60科创走廊上的5G基站2023年新增120个\r\n上虞经开区 规上工业产值4000亿元(同比增长8.5%)"
    )
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 6) + 1):
            left = max(0, start - 12)
            bounds = segment.boundaries(text[left : end + 12])
            assert segment.is_word(text, start, end) == (start - left in bounds and end - left in bounds)
        piece = text[max(0, start - 8) : start + 10]
        bounds = segment.boundaries(piece)
        for pos in range(len(piece) + 1):
            assert segment.next_boundary(piece, pos) == min(b for b in bounds if b >= pos)


def test_park_names_are_searched_near_suffixes_only_with_the_same_matches():
    from reporter import parks

    text = (
        "杭州湾上虞经济技术开发区和上虞经开区、曹娥江经济开发区高新区产业园工业园区,"
        "外向型物流产业园区。A1科技城B2科创园区开发区;这是一个特别特别特别特别长的名字的医药港汽车港保税区\n"
        "开发区产业基地综合保税区"
    )
    for start in range(len(text)):
        piece = text[start:]
        want = [m.span(0) + m.span(1) for m in parks.PARK_NAME_RE.finditer(piece)]
        assert [m.span(0) + m.span(1) for m in parks.park_name_matches(piece)] == want


# The document's own region when sentences only say 全县/我县 (sentences written for these tests).


def home_of(body: str, title: str = "", metadata: tuple[str, ...] = ()):
    from dataclasses import replace

    doc = replace(make_doc(body), title=title, metadata=metadata)
    ex = extract_document(doc)
    return ex.regions.home, ex


def test_issuing_body_in_the_byline_names_the_home_that_全县_stands_for():
    body = "1-6月全县经济运行情况\n全县实现地区生产总值120亿元，增长5.1%。全县规上工业企业86户。"
    home, ex = home_of(body, metadata=("来源：嵊泗县统计局 2023-07-20",))
    assert home is not None and home.name == "嵊泗县"
    assert {f.region for f in ex.facts} == {"嵊泗县"}


def test_a_disclosure_table_s_issuer_field_names_the_town_of_its_county(tmp_path) -> None:
    # 发布机构 in a row of cells above a spaced heading: the town of the county written before it,
    # though other counties have a town of that name
    from reporter.ingest import read_document

    page = "\n".join(
        [
            "新市镇2023年工作总结",
            "索 引 号: | 11330000/2023-07 | 主题分类: | 综合政务 |",
            "发布机构: | 德清县新市镇 | 文 号: | | 发布日期: | 2023-12-20 |",
            "工 作 总 结",
            "2023年,全镇上下团结一心,各项工作稳步推进,经济社会发展取得新成效,民生持续改善。",
            "全年完成一般公共预算收入3100万元,增长9.5%;完成固定资产投资4.2亿元,增长7.9%。",
        ]
    )
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    ex = extract_document(read_document(path))
    assert ex.regions.home is not None and ex.regions.home.full_name == "浙江省湖州市德清县新市镇"
    assert {f.region for f in ex.facts} == {"新市镇"}


def test_a_district_named_only_in_a_byline_or_photo_credit_is_what_全区_stands_for():
    body = "本报讯 前两个月,全区实现工业增加值80亿元,增长6%。全区固定资产投资增长9%。"
    home, ex = home_of(body, metadata=("美丽的江津 记者 张三 摄",))
    assert home is not None and home.name == "江津区"
    assert {f.region for f in ex.facts} == {"江津区"}
    home, _ = home_of(body, metadata=("来源:今日萧山 2021-05-06",))
    assert home is not None and home.name == "萧山区"
    # 全县 does not fit a district; a body naming a county of its own is that county's.
    home, _ = home_of(body.replace("全区", "全县"), metadata=("美丽的江津 记者 张三 摄",))
    assert home is None or home.name != "江津区"
    home, _ = home_of("柯桥区" + body, metadata=("来源:今日萧山",))
    assert home is None or home.name != "萧山区"


def test_a_county_report_saying_我省_is_still_the_county_s():
    body = "荣县人民政府工作报告\n我省经济总量稳步提升。全县实现地区生产总值300亿元，增长6%。"
    home, ex = home_of(body)
    assert home.name == "荣县"
    assert [f.region for f in ex.facts if f.unit == "亿元"] == ["荣县"]


def test_a_county_never_named_is_kept_unnamed_with_a_warning():
    home, ex = home_of("全县实现地区生产总值120亿元，增长5.1%。全县新增规上工业企业12户。")
    assert home is not None and home.full_name.startswith("我县(文中未写明名称, 见")
    assert any("未写明" in w for w in ex.regions.warnings)


def test_a_short_county_name_written_again_and_again_counts():
    body = "魏县持续发力。魏县地区生产总值200亿元。魏县规上工业企业120户。"
    r = regions_of(body)
    assert [x.full_name for x in r.regions.values()] == ["河北省邯郸市魏县"]


def test_全市_after_a_named_district_is_the_city_above_it():
    facts = by_value("上虞区规上产值1044亿元，占全市比重达到30%。全市规上工业企业2100户。")
    assert facts[2100] == "绍兴市"


def test_phrases_before_a_park_suffix_are_not_park_names():
    body = "今年来经开区营业收入增长10%。全县三个工业园区新增企业20家。作好2019年开发区工作。"
    assert not any(x.level == "park" for x in regions_of(body).regions.values())
    r = regions_of("江宁区除东山产业园外，其余园区均完成目标。")
    assert [x.name for x in r.regions.values() if x.level == "park"] == ["东山产业园"]


def test_parks_sharing_a_city_word_stay_apart():
    body = "杭州经开区位列全国第9位。宁波杭州湾经开区位列第12位。"
    parks = {x.name for x in regions_of(body).regions.values() if x.level == "park"}
    assert parks == {"杭州经开区", "宁波杭州湾经开区"}


def test_a_bonded_zone_and_a_comprehensive_bonded_zone_of_one_city_stay_apart():
    body = "宁波梅山保税区进出口增长12%。宁波梅山综合保税区进出口增长9%。"
    parks = {x.name: x for x in regions_of(body).regions.values() if x.level == "park"}
    assert set(parks) == {"宁波梅山保税区", "宁波梅山综合保税区"}
    assert by_value(body) == {12: "宁波梅山保税区", 9: "宁波梅山综合保税区"}


def test_places_a_subject_stands_right_behind_own_only_their_bracketed_figures_and_places():
    # Their places are those above the subject's (1, 2 in the order written); no other figure is theirs.
    body = "2023年，宜兴市地区生产总值2300亿元，在省内仅次于昆山市、江阴市(2500亿元)，位居第三。"
    facts = {(f.region, f.value, f.kind) for f in extract_document(make_doc(body)).facts}
    assert facts == {
        ("宜兴市", 2300, "level"),
        ("江阴市", 2500, "level"),
        ("宜兴市", 3, "rank"),
        ("昆山市", 1, "rank"),
        ("江阴市", 2, "rank"),
    }


def test_a_rank_heading_its_item_before_a_colon_is_the_named_places() -> None:
    body = "全市各县排名如下。\n第一名：宜兴市，作为全市最强县，地区生产总值2300亿元。\n第二名：溧阳市，地区生产总值1400亿元。"
    assert ranks_of(body) == [("宜兴市", 1), ("溧阳市", 2)]


def test_a_question_headline_names_the_home() -> None:
    body = "常州各县经济大比拼，你家排第几?\n溧阳市地区生产总值1400亿元，比邻近的宜兴市少900亿元。"
    assert regions_of(body).home.name == "常州市"


def test_a_document_is_read_the_same_whatever_was_read_before():
    from reporter import segment

    body = "魏县持续发力，魏县地区生产总值200亿元，魏县规上工业企业120户。"
    alone = extract_document(make_doc(body))
    before = segment.cut("大新兴起")
    extract_document(make_doc("崇左市大新发展很快，大新的企业不断增加。"))
    again = extract_document(make_doc(body))
    assert [(f.region, f.value, f.label) for f in alone.facts] == [(f.region, f.value, f.label) for f in again.facts]
    assert segment.cut("大新兴起") == before == ["大", "新", "兴起"]


def test_a_town_written_in_full_is_found_without_its_county():
    r = regions_of("常平镇全镇生产总值144亿元，各项税收总额17亿元。")
    town = next(x for x in r.regions.values() if x.level == "town")
    assert (town.name, town.parent) == ("常平镇", "东莞市")
    assert by_value("常平镇全镇生产总值144亿元。")[144] == "常平镇"


def test_a_town_named_like_a_county_is_the_town():
    names = {x.full_name for x in regions_of("眉山市东坡区修文镇发展迅速，修文镇排名全国第223位。").regions.values()}
    assert "四川省眉山市东坡区修文镇" in names
    assert not any(n.endswith("修文县") for n in names)


def test_a_local_story_s_place_is_its_home():
    body = (
        "近日，城厢镇召开经济工作会议。去年城厢镇完成工业总产值85亿元，增长9%。"
        "城厢镇新增规上企业12家，城厢镇财政收入突破5亿元。晋江市有关领导出席会议。"
    )
    home, _ = home_of(body)
    assert home is not None and home.name == "城厢镇"


def test_a_story_that_learns_from_a_place_has_no_home_there():
    body = "太仓市代表团赴昆山市学习考察。昆山市地区生产总值5000亿元。昆山市规上工业企业2800家。昆山市开放型经济领先。"
    home, _ = home_of(body)
    assert home is None


def test_全省_as_a_ranking_scope_is_not_the_home():
    body = "全省县域经济排名公布。全省前十位中，永康市列第3位，义乌市列第1位。全省共有县（市）53个。"
    home, _ = home_of(body)
    assert home is None or home.level != "province"


def test_a_zone_story_saying_全省_is_the_zone_s():
    body = "辽源经济开发区召开年度总结大会。开发区全年实现营业收入120亿元，增长8%，开发区在全省开发区考核中进位明显。"
    home, _ = home_of(body)
    assert home is not None and home.level == "park"


def test_a_verb_phrase_or_a_reference_is_not_part_of_a_park_name() -> None:
    from reporter.parks import find_parks

    names = [
        name for _, _, name in find_parks("开展活动，大力宣传高新区特色。依托我县金港工业园区，滨海经开区增长较快。")
    ]
    assert names == ["金港工业园区", "滨海经开区"]


def test_a_list_of_regions_shares_out_the_figures_after_分别() -> None:
    facts = extract_document(
        make_doc("平原县考察报告\n昆山市、常熟市和太仓市财政收入分别是我县的3.1倍、2.2倍和1.4倍。")
    ).facts
    got = {(f.region, f.value, f.kind, f.basis) for f in facts}
    assert got == {
        ("昆山市", 3.1, "multiple", "list"),
        ("常熟市", 2.2, "multiple", "list"),
        ("太仓市", 1.4, "multiple", "list"),
    }


def test_a_figure_after_均_or_各_is_each_listed_region_s() -> None:
    body = "平原县考察报告\n在全省县域排名中，嘉善县、海盐县均前移3位，其人均收入均超过5万元；平湖市和桐乡市各占两席。"
    got = {(f.region, f.value, f.unit, f.kind, f.basis) for f in extract_document(make_doc(body)).facts}
    assert {
        ("嘉善县", 3.0, "位", "change", "list"),
        ("海盐县", 3.0, "位", "change", "list"),
        ("嘉善县", 5.0, "万元", "level", "list"),
        ("海盐县", 5.0, "万元", "level", "list"),
        ("平湖市", 2.0, "席", "level", "list"),
        ("桐乡市", 2.0, "席", "level", "list"),
    } == got


def test_words_holding_均_or_各_do_not_share_out_a_figure() -> None:
    body = "平原县考察报告\n嘉善县、海盐县的发展各项指标中，人均收入达到5万元。"
    assert {f.basis for f in extract_document(make_doc(body)).facts} != {"list"}


def facts_of(body: str) -> set[tuple]:
    return {(f.region, f.value, f.unit, f.kind, f.basis) for f in extract_document(make_doc(body)).facts}


def test_a_figure_after_都_is_each_listed_region_s_as_after_均() -> None:
    # 甲市和乙市…，两市的…都超过了N: one bound for each of the two; a superlative after 都 too.
    body = "平原县考察报告\n嘉兴市和湖州市都是浙江的大城市，两市的常住人口都超过了300万人。"
    assert {("嘉兴市", 300.0), ("湖州市", 300.0)} <= {(r, v) for r, v, _, _, b in facts_of(body) if b == "list"}
    body = "平原县考察报告\n苏州市和宁波市都是各自省份中经济总量最大的城市。"
    assert {(r, v, k) for r, v, _, k, _ in facts_of(body)} == {("苏州市", 1.0, "rank"), ("宁波市", 1.0, "rank")}


def test_a_figure_after_都_does_not_spread_to_places_it_is_compared_with() -> None:
    # 相对于A、B，C的…都…: A and B are the yardstick, the figure is C's alone.
    body = "平原县考察报告\n相对于嘉兴市、湖州市，绍兴市的常住人口都超过了500万人。"
    assert {(r, v) for r, v, *_ in facts_of(body)} == {("绍兴市", 500.0)}


def test_a_set_of_places_not_named_in_the_sentence_gives_its_figure_to_no_earlier_list() -> None:
    # 两市 whose names the sentence does not give: the list of an earlier sentence takes nothing.
    body = "平原县考察报告\n嘉兴市、湖州市和绍兴市位于浙江北部。两市的市区人口都已超过100万人。"
    got = facts_of(body)
    assert all(b != "list" for *_, b in got)
    assert not {r for r, v, *_ in got if v == 100.0} & {"嘉兴市", "湖州市"}


def test_都_inside_a_place_name_shares_out_nothing() -> None:
    # 成都 is a name, not the word 都: the figure after it is no list's.
    body = "平原县考察报告\n南京市和杭州市的GDP低于成都的2.2万亿元。"
    assert not {r for r, v, *_ in facts_of(body) if v == 2.2} & {"南京市", "杭州市"}


def test_a_part_of_a_whole_after_a_count_is_the_count_owner_s_share() -> None:
    # 甲省拥有A、B、C、D四座…，占到全国总量的1/6: the share is of the province's count, not D's.
    body = "平原县考察报告\n广东省拥有深圳市、广州市、佛山市、东莞市四座万亿城市，占到全国总量的1/6。"
    assert ("广东省", 16.7, "%", "share") in {(r, v, u, k) for r, v, u, k, _ in facts_of(body)}


def test_a_part_of_a_whole_a_set_of_places_holds_is_no_region_s() -> None:
    # 甲、乙、丙三省的…占全国2/3以上: the three provinces' part, no single one's.
    body = "平原县考察报告\n浙江省、山东省、江苏省三省的百强县个数占全国2/3以上。"
    assert all(u != "%" for _, _, u, _, _ in facts_of(body))


def test_a_small_count_of_a_region_s_members_in_a_list_is_its_fact() -> None:
    body = "平原县考察报告\n在全国百强镇榜单中，南通市四个镇上榜，温州市两个镇上榜。"
    got = {(r, v, u) for r, v, u, *_ in facts_of(body)}
    assert {("南通市", 4.0, "个"), ("温州市", 2.0, "个")} <= got


def test_an_ordered_list_of_regions_is_a_ranking() -> None:
    facts = extract_document(make_doc("全省县域经济综合排名前三位的分别是江阴市、张家港市、昆山市。")).facts
    assert [(f.region, f.value, f.unit) for f in facts] == [
        ("江阴市", 1, "位"),
        ("张家港市", 2, "位"),
        ("昆山市", 3, "位"),
    ]


def test_an_ordered_list_after_a_colon_or_in_the_next_clause_is_a_ranking() -> None:
    body = "全省县域经济综合排名前四的县市依次为：浙江义乌市、余姚市、海宁市、桐乡市。"
    facts = extract_document(make_doc(body)).facts
    assert [(f.region, f.value) for f in facts] == [("义乌市", 1), ("余姚市", 2), ("海宁市", 3), ("桐乡市", 4)]
    assert {f.label for f in facts} == {"县域经济综合排名"}  # named by the words before the colon
    body = "嘉兴市包揽了前三席，分别是嘉善县、平湖市和海盐县，与上年相同。"
    assert [(f.region, f.value) for f in extract_document(make_doc(body)).facts] == [
        ("嘉善县", 1),
        ("平湖市", 2),
        ("海盐县", 3),
    ]


def test_an_ordered_list_counts_an_unknown_place_and_stops_at_an_item_that_is_no_place() -> None:
    # 某某新区 reads as a place the division list lacks: it keeps its place, so 桐乡市 is fourth.
    body = "全省县域经济综合排名前四的县市依次为：义乌市、余姚市、某某新区、桐乡市。"
    assert ranks_of(body) == [("义乌市", 1), ("余姚市", 2), ("桐乡市", 4)]
    body = "全省县域经济综合排名前四的县市依次为：义乌市、余姚市、工业发达、桐乡市。"
    assert ranks_of(body) == [("义乌市", 1), ("余姚市", 2)]


def test_a_rank_written_before_the_name_is_that_region_s() -> None:
    body = "嘉兴市有两县上榜，分别是排名第12的嘉善县和排名第30位的海盐县。排在第一名的镇是浙江桐乡市乌镇镇。"
    got = {(f.region, f.value) for f in extract_document(make_doc(body)).facts if f.unit == "位"}
    assert got == {("嘉善县", 12.0), ("海盐县", 30.0), ("乌镇镇", 1.0)}


def test_a_rank_that_names_no_measure_is_in_the_ranking_the_text_reports() -> None:
    body = "某机构发布了今年的全国百强县榜单。嘉善县居第12位，海盐县居第30位。"
    facts = extract_document(make_doc(body)).facts
    assert {(f.region, f.indicator) for f in facts} == {("嘉善县", "county_rank"), ("海盐县", "county_rank")}
    facts = extract_document(make_doc("嘉善县居第12位，海盐县居第30位。")).facts
    assert {f.indicator for f in facts} == {"other:排名"}  # no ranking named: none guessed


def test_a_company_s_rank_and_the_size_of_a_field_are_not_the_region_s() -> None:
    body = "昆山市地区生产总值5000亿元。某汽车集团连续十年位居全国第一。在全国230家国家级开发区中，昆山经济技术开发区位列第5位。"
    facts = {(f.region, f.value, f.unit) for f in extract_document(make_doc(body)).facts}
    assert ("昆山市", 1.0, "位") not in facts and not any(v == 230 for _, v, _ in facts)
    assert any(v == 5 and u == "位" for _, v, u in facts)


@pytest.mark.parametrize("field", ["在全省80个县市中", "在全省80个涉农县市"])
def test_a_ranking_s_field_is_no_fact_and_names_no_measure(field: str) -> None:
    # the field before the verb, with or without 中: its size is not a fact, its places (县市)
    # are not what is ranked; the words before it are
    body = f"如皋市农民收入增幅{field}排名第12位。"
    facts = extract_document(make_doc(body)).facts
    assert [(f.region, f.value, f.label) for f in facts] == [("如皋市", 12.0, "农民收入增幅")]


def test_a_number_no_region_claims_is_left_out_with_a_warning_when_the_home_is_unknown() -> None:
    body = "学习昆山市和太仓市经验。昆山市地区生产总值5000亿元。太仓市地区生产总值1800亿元。\n全年规上工业企业2800家。"
    ex = extract_document(make_doc(body))
    assert {f.value for f in ex.facts} == {5000.0, 1800.0}
    assert any("1 个数字" in w and "未予记录" in w and "--home t.txt=" in w for w in ex.regions.warnings)


def test_a_story_about_one_region_keeps_its_unclaimed_numbers_with_a_warning() -> None:
    body = "学习嵊泗县经验。嵊泗县地区生产总值200亿元，比舟山市其他县高。嵊泗县旅游业发达。\n全年规上工业企业80家。"
    ex = extract_document(replace(make_doc(body), title="嵊泗县的发展经验"))
    assert [(f.region, f.basis) for f in ex.facts if f.value == 80] == [("嵊泗县", "main")]
    assert any("按文中主要介绍的地区“嵊泗县”记录" in w for w in ex.regions.warnings)
    # Without the title the same text does not plainly speak of one region.
    assert not [f for f in extract_document(make_doc(body)).facts if f.value == 80]


def test_the_field_of_a_ranking_is_not_whose_rank_it_is() -> None:
    facts = by_value("邯郸市魏县工业投资增长2.7%，全市排名第5。全市规上工业企业500家。")
    assert facts[5.0] == "魏县" and facts[500.0] == "邯郸市"


def test_a_zone_named_after_its_county_is_the_county_s_though_it_lies_in_a_town() -> None:
    body = (
        "安徽省来安县经济开发区由汊河镇和县城两大工业片区组成。全区实现工业产值85亿元，增长12%。安徽省开发区建设加快。"
    )
    _, ex = home_of(body)
    assert [r.parent for r in ex.regions.regions.values() if r.level == "park"] == ["来安县"]


def test_an_industry_named_by_its_ordinal_is_no_field_of_a_ranking() -> None:
    # 全县第一产业…: 全县 is whose figure it is, not the field of a first place (全县第一).
    facts = extract_document(make_doc("上半年全县第一产业增加值9.37亿元，增长4.1%。")).facts
    assert [(f.region, f.basis, f.value) for f in facts] == [("我县", "clause", 9.37), ("我县", "carried", 4.1)]
    facts = extract_document(make_doc("邯郸市魏县工业投资增长3.9%，全市第一。")).facts
    assert [(f.region, f.value, f.unit) for f in facts] == [("魏县", 3.9, "%"), ("魏县", 1.0, "位")]


def test_a_class_of_parks_or_an_industry_alone_is_no_park_name() -> None:
    from reporter.parks import find_parks

    text = (
        "全省国家级经开区（以下简称国家级经开区）共21家，其中苏北均有经开区。依托我县食品工业园，白鹭湾经开区增长较快。"
    )
    assert [name for _, _, name in find_parks(text)] == ["白鹭湾经开区"]
    # 国家高新区 alone is the class of national zones; with a city before it, one zone
    text = "根据2023年度国家高新区评价结果，甲州国家高新区综合排名上升。全市共有国家高新区2家。"
    assert [name for _, _, name in find_parks(text)] == ["甲州国家高新区"]


def test_the_whole_of_a_zone_is_no_zone_s_name() -> None:
    from reporter.parks import find_parks

    assert find_parks("一批项目投产，带动整个高新区发展。") == []


def test_words_that_rate_parks_make_a_class_not_a_park() -> None:
    from reporter.parks import find_parks

    text = (
        "甲江白鹭湾经济开发区已建成为乙省一流开发区，荣获“乙省营商最佳开发区”称号，"
        "各项指标居乙省同类开发区前列，优秀经开区名单同时公布。"
    )
    assert [name for _, _, name in find_parks(text)] == ["甲江白鹭湾经济开发区"]
    body = "乙省白鹭湾经济开发区经过十年建设，已成为乙省一流开发区。2023年全区实现地区生产总值85.4亿元，同比增长5.2%。"
    facts = extract_document(make_doc(body)).facts
    assert {f.region for f in facts if f.value in (85.4, 5.2)} == {"乙省白鹭湾经济开发区"}


def test_places_listed_after_a_visiting_verb_are_all_visited() -> None:
    body = (
        "嵊泗县党政代表团先后赴海宁市、德清县、白云山县、长兴县等地考察。"
        "长兴县全年实现地区生产总值300亿元。我县地区生产总值仅为120亿元。"
    )
    home, ex = home_of(body)
    assert home is not None and home.name == "嵊泗县"
    assert {(f.region, f.value) for f in ex.facts} == {("长兴县", 300.0), ("嵊泗县", 120.0)}


def test_the_field_of_a_ranking_is_no_vote_for_the_home() -> None:
    body = "全国百强县榜单发布。江阴市位列第一，昆山市排名第二。新郑市居全省第3，巩义市全省第5。"
    home, ex = home_of(body)
    assert home is None
    assert not any("文中未写明" in w for w in ex.regions.warnings)


def test_a_rank_without_a_named_measure_is_labelled_as_a_rank() -> None:
    # Not a piece of the sentence: the ranking the text reports (百强县), else 排名.
    _, ex = home_of("全国百强县榜单发布。江阴市位列第一，昆山市排名第二。")
    assert {(f.region, f.value, f.label) for f in ex.facts} == {
        ("江阴市", 1.0, "县域经济综合排名"),
        ("昆山市", 2.0, "县域经济综合排名"),
    }
    _, ex = home_of("今年的榜单发布。江阴市位列第一，昆山市排名第二。")
    assert {f.label for f in ex.facts} == {"排名"}


def test_the_top_of_a_ranking_is_no_count() -> None:
    body = "嵊泗县入选全国县域旅游强县前100名。全省增速前9位中，嵊泗县位列第4位，全县接待游客1200万人次。"
    _, ex = home_of(body)
    assert sorted((f.value, f.unit) for f in ex.facts) == [(4.0, "位"), (1200.0, "万人次")]


def test_figures_of_a_group_of_regions_are_no_region_s() -> None:
    body = (
        "嵊泗县地区生产总值120亿元。这3县市地区生产总值462亿元，占全市的45%。"
        "3县市中除嵊泗县一产比重为10.2%外，其余都较高。全县辖7个乡镇、40个村。"
    )
    _, ex = home_of(body)
    assert sorted((f.region, f.value) for f in ex.facts) == [
        ("嵊泗县", 7.0),
        ("嵊泗县", 10.2),
        ("嵊泗县", 40.0),
        ("嵊泗县", 120.0),
    ]


def test_a_group_of_regions_before_a_place_is_the_field_of_the_ranking() -> None:
    body = (
        "嵊泗县一季度地区生产总值增长5.1%，八县区排名第二；分产业看，第三产业增长6.3%。"
        "工业投资增长9%，增速位居全市七个县区第四位。"
    )
    _, ex = home_of(body)
    assert sorted((f.region, f.value, f.unit) for f in ex.facts) == [
        ("嵊泗县", 2.0, "位"),
        ("嵊泗县", 4.0, "位"),
        ("嵊泗县", 5.1, "%"),
        ("嵊泗县", 6.3, "%"),
        ("嵊泗县", 9.0, "%"),
    ]


def test_a_group_of_regions_before_居第_is_the_field_of_the_ranking_too() -> None:
    # 五县区居第2位: the group is where the county is ranked, whatever word leads to 第.
    assert by_value("沭阳县地区生产总值增长8%,增速五县区居第2位。") == {8.0: "沭阳县", 2.0: "沭阳县"}


def test_moves_in_a_ranking_are_changes_of_rank() -> None:
    _, ex = home_of("城市科技创新排名发布。海宁市排名较上年下滑3位。桐乡市跃升4位。嘉善县下降1个位次。")
    moves = {(f.region, f.value, f.unit, f.kind, f.label) for f in ex.facts}
    assert moves == {
        ("海宁市", -3.0, "位", "change", "排名"),
        ("桐乡市", 4.0, "位", "change", "排名"),
        ("嘉善县", -1.0, "位", "change", "排名"),
    }


def test_a_town_the_division_list_no_longer_has_is_still_a_town() -> None:
    body = (
        "东坝圩镇召开年度经济工作会议。今年上半年，东坝圩镇实现财政收入5680万元，增长40%。"
        "东坝圩镇工业开票销售接近20亿元。据了解，该镇新开工项目21个。"
    )
    home, ex = home_of(body)
    assert home is not None and (home.name, home.level) == ("东坝圩镇", "town")
    assert {f.region for f in ex.facts} == {"东坝圩镇"}


def test_an_unknown_town_whose_name_the_segmenter_cuts_into_characters_is_still_a_town() -> None:
    # 丁孟镇 is cut 丁/孟/镇: its name has word boundaries around it, yet 丁孟 is no word of the
    # language, as 城 of 城镇 or 文明 of 文明镇 are.
    body = (
        "中共丁孟镇第五次党员代表大会开幕。丁孟镇党委书记代表丁孟镇第三届委员会作报告。"
        "到2026年全镇生产总值每年递增14%,财政收入每年递增18%。"
    )
    home, ex = home_of(body)
    assert home is not None and (home.name, home.level) == ("丁孟镇", "town")
    assert {f.region for f in ex.facts} == {"丁孟镇"}


def test_a_word_before_镇_is_no_unknown_town() -> None:
    body = "全县小城镇建设加快。小城镇人口增加3万人，特色小镇3个，新建特色小镇2个，特色小镇投资5亿元。"
    _, ex = home_of(body)
    assert [r.level for r in ex.regions.regions.values()] == ["county"]  # only 我县


def test_the_bound_of_a_class_of_things_is_no_fact() -> None:
    body = (
        "嵊泗县年收入10万元以上家庭达到70%。2000万元规模以上工业企业产值达99.6亿元。"
        "营业面积50平方米及以上超市12个。全县实现销售收入10亿元以上，增长10%以上。"
    )
    _, ex = home_of(body)
    assert sorted((f.value, f.unit) for f in ex.facts) == [
        (10.0, "%"),
        (10.0, "亿元"),
        (12.0, "个"),
        (70.0, "%"),
        (99.6, "亿元"),
    ]


def test_the_neighbours_of_a_place_described_are_not_its_subject() -> None:
    body = (
        "嵊泗县菜园镇概况。菜园镇位于嵊泗县中部，东邻五龙乡，北靠黄龙乡。"
        "总面积12.5平方公里，辖9个社区，户籍人口3.2万人。"
    )
    _, ex = home_of(body)
    assert {f.region for f in ex.facts} == {"菜园镇"}


def test_a_story_that_names_its_place_once_and_then_says_该县_is_that_place_s() -> None:
    body = (
        "岱山县、定海区近年各有发展,岱山县发展旅游,岱山县也在招商。记者近日走访了嵊泗县。"
        "今年以来该县经济平稳向好,该县规上工业产值增长8%。全年新增企业12家。"
    )
    home, ex = home_of(body)
    assert home is not None and home.name == "嵊泗县"
    assert ("12家", "嵊泗县") in {(f.raw, f.region) for f in ex.facts}


def test_the_places_that_say_where_a_region_lies_are_not_its_subject() -> None:
    body = "嵊泗县经济稳步发展。菜园镇地处舟山市东部、嵊泗县中部,呈带状分布。现辖9个社区,总面积12.5平方公里。"
    _, ex = home_of(body)
    assert {f.region for f in ex.facts} == {"菜园镇"}
    # After 的 the place is the one described, and the subject of what follows.
    _, ex = home_of("舟山市概况。位于舟山市东部的菜园镇,现辖9个社区。")
    assert {f.region for f in ex.facts} == {"菜园镇"}


def test_the_one_place_a_title_is_about_is_the_home_when_nothing_else_names_one() -> None:
    home, _ = home_of(
        "嵊泗县菜园镇入选全国千强镇\n菜园镇排名第223位。附近的五龙乡与黄龙乡也有进步，五龙乡排名第500位。"
    )
    assert home is not None and home.name == "菜园镇"
    home, _ = home_of("赴嵊泗县学习考察报告\n嵊泗县地区生产总值120亿元。岱山县地区生产总值200亿元。")
    assert home is None or home.name != "嵊泗县"  # a place visited is not the author's


def test_a_ranked_set_of_parks_is_no_park() -> None:
    from reporter.parks import find_parks

    text = "中国100强产业园区榜单发布，苏州工业园区居首。百强产业园区名单公布。"
    assert [name for _, _, name in find_parks(text)] == ["苏州工业园区"]


def test_a_count_of_members_of_a_list_is_the_region_s_and_keeps_the_subject() -> None:
    # 入围/上榜 after 12个县市: the province's members of a list, not a group whose figures follow.
    body = "湖北省有12个县市入围，比上届增加2个，数量居全国第五。"
    got = {(f.region, f.value, f.unit) for f in extract_document(make_doc(body)).facts}
    assert got == {("湖北省", 12.0, "个"), ("湖北省", 2.0, "个"), ("湖北省", 5.0, "位")}
    # Without such a verb the count is still a group, and what follows is no region's.
    body = "湖北省地区生产总值5万亿元。其中12个县市生产总值8000亿元，数量居全国第五。"
    assert all(f.value != 5 or f.unit != "位" for f in extract_document(make_doc(body)).facts)


def test_a_rank_that_opens_a_clause_is_the_region_s_named_after_it() -> None:
    body = (
        "海宁市排名第三，打破了嘉兴市的纪录，第四名则由湖州市的德清县获得，第五名是海盐县。"
        "全国百强榜单中，第一位浙江上榜30个，第二位湖北上榜12个。"
    )
    got = {(f.region, f.value) for f in extract_document(make_doc(body)).facts if f.unit == "位"}
    assert got == {("海宁市", 3.0), ("德清县", 4.0), ("海盐县", 5.0), ("浙江省", 1.0), ("湖北省", 2.0)}
    # The name after the rank is in a later item of the list: not this rank's region.
    body = "嘉兴市有两县上榜，排名第15的某某新市、排名第30的海盐县。"
    assert ("海盐县", 15.0) not in {(f.region, f.value) for f in extract_document(make_doc(body)).facts}


def test_an_average_over_a_ranked_set_is_no_region_s() -> None:
    body = "某报告显示，全国五十强乡镇常住人口平均为15.5万人，财政收入平均达9.8亿元。嘉善县财政收入平均每年增长8%。"
    got = {(f.value, f.unit) for f in extract_document(make_doc(body)).facts}
    assert (15.5, "万人") not in got and (9.8, "亿元") not in got
    assert (8.0, "%") in got  # no ranked set named: an average is the region's own


def test_a_name_the_words_cut_through_gives_way_to_a_crossing_name_that_is_a_word() -> None:
    _, ex = home_of("全国百强县榜单发布。前十名中江苏占了六席，浙江占了两席。")
    names = {r.name for r in ex.regions.regions.values()}
    assert "江苏省" in names and "中江县" not in names
    _, ex = home_of("台州市委召开全会。玉环市地区生产总值700亿元。")
    assert "台州市" not in {r.name for r in ex.regions.regions.values()}  # 台州 inside 台州市委 is no rival


def ranks_of(body: str) -> list[tuple[str, float]]:
    return [(f.region, f.value) for f in extract_document(make_doc(body)).facts if f.kind == "rank"]


def test_positions_after_fen_lie_go_one_to_each_listed_region() -> None:
    body = "在今年的全国百强县榜单中，嘉善县、平湖市、海盐县、桐乡市分列第21、33、40和第52位。"
    assert ranks_of(body) == [("嘉善县", 21), ("平湖市", 33), ("海盐县", 40), ("桐乡市", 52)]
    body = "在今年的全国百强县榜单中，嘉兴市嘉善县、嘉兴市平湖市、嘉兴市海盐县分列8—10位。"
    assert ranks_of(body) == [("嘉善县", 8), ("平湖市", 9), ("海盐县", 10)]


def test_a_range_of_places_goes_to_as_many_listed_regions_however_long() -> None:
    body = "今年全省工业产值排名中，嘉善县、平湖市、海盐县、桐乡市、海宁市分列三到七位。"
    assert ranks_of(body) == [("嘉善县", 3), ("平湖市", 4), ("海盐县", 5), ("桐乡市", 6), ("海宁市", 7)]
    body = "在今年的全省开发区考评中，4-7位分别是嘉善县、平湖市、海盐县和桐乡市。"
    assert ranks_of(body) == [("嘉善县", 4), ("平湖市", 5), ("海盐县", 6), ("桐乡市", 7)]
    body = "在今年的全省开发区考评中，排在第4名至第7名的依次是嘉善县、平湖市、海盐县和桐乡市。"
    assert ranks_of(body) == [("嘉善县", 4), ("平湖市", 5), ("海盐县", 6), ("桐乡市", 7)]
    body = "今年全省工业产值排名中，嘉善县、平湖市分列三到七位。"  # two names, five places: no order
    assert ranks_of(body) == []


def test_regions_that_follow_a_stated_place_take_the_next_places() -> None:
    body = "从财政收入看，嘉善县位居全市第一，平湖市和海盐县紧随其后。"
    assert ranks_of(body) == [("嘉善县", 1), ("平湖市", 2), ("海盐县", 3)]
    body = "从财政收入看，嘉善县位居全市第三。\n紧随其后的是平湖市和海盐县，均超过50亿元。"
    assert ranks_of(body) == [("嘉善县", 3), ("平湖市", 4), ("海盐县", 5)]
    body = "从入围数量看，浙江省位居全国第一。紧随其后的是江苏省12个、山东省6个。"
    assert ranks_of(body) == [("浙江省", 1), ("江苏省", 2)]  # a count list: only its first item
    body = "从财政收入看，平湖市和海盐县紧随其后。"  # no place stated before: none to follow
    assert ranks_of(body) == []


def test_idioms_of_first_place_are_rank_one() -> None:
    assert ranks_of("全市工业增速排名中，嘉善县稳坐头把交椅。") == [("嘉善县", 1)]
    assert ranks_of("全市工业增速排名中，嘉善县勇夺第一。") == [("嘉善县", 1)]
    assert ranks_of("从工业增速看，嘉善县以12.5%的增速领跑全市。") == [("嘉善县", 1)]
    assert ranks_of("从工业总量看，嘉善县继续领跑，平湖市紧随其后。") == [("嘉善县", 1), ("平湖市", 2)]
    assert ranks_of("从工业总量看，嘉善县、平湖市和海盐县继续领跑。") == []  # a group leads, none first


def test_a_list_that_takes_the_top_places_ranks_its_regions_in_order() -> None:
    body = "今年全省县域经济排名中，嘉善县、平湖市、海盐县包揽前3位。"
    assert ranks_of(body) == [("嘉善县", 1), ("平湖市", 2), ("海盐县", 3)]
    body = "今年全省县域经济排名中，嘉善县、平湖市包揽前三位。"  # two names, three places: no order
    assert ranks_of(body) == []


def test_an_ordered_list_goes_on_past_a_city_the_division_list_lacks() -> None:
    # 云峰市 is no division (a city since made a district reads the same): it keeps its place.
    body = "全省县域经济十强县依次为：晋江市、石狮市、云峰市、南安市。"
    assert ranks_of(body) == [("晋江市", 1), ("石狮市", 2), ("南安市", 4)]


def test_names_before_居前n_or_占据前n_take_the_top_places_in_order() -> None:
    body = "从工业产值来看，嘉善县、平湖市以及海盐县居前三名。"
    assert ranks_of(body) == [("嘉善县", 1), ("平湖市", 2), ("海盐县", 3)]
    body = "全省开发区考评中，嘉善县、平湖市、海盐县占据前三。"
    assert ranks_of(body) == [("嘉善县", 1), ("平湖市", 2), ("海盐县", 3)]
    body = "从工业产值来看，嘉善县和平湖市位居前五。"  # fewer names than places: no order
    assert ranks_of(body) == []


def test_a_list_holds_the_top_places_with_the_rankings_field_between() -> None:
    body = "嘉善县、平湖市在全市开发区考评中分列前两位。"  # 在…中 is the field, not a third item
    assert ranks_of(body) == [("嘉善县", 1), ("平湖市", 2)]
    body = "去年的榜单上，嘉善县、平湖市、海盐县位列这份榜单的前三名。"
    assert ranks_of(body) == [("嘉善县", 1), ("平湖市", 2), ("海盐县", 3)]
    body = "论出口，浙江、福建两省多年霸占沿海省份前两名。"
    assert ranks_of(body) == [("浙江省", 1), ("福建省", 2)]
    body = "去年的榜单上，嘉善县、平湖市位列这份榜单的前十名。"  # fewer names than places: no order
    assert ranks_of(body) == []


def test_positions_handed_out_after_the_field_or_after_位列() -> None:
    assert ranks_of("嘉善县、平湖市工业增速分列全市一、二位。") == [("嘉善县", 1), ("平湖市", 2)]
    body = "嘉善县和平湖市入选百佳县市榜，位列十四和二十位。"
    assert ranks_of(body) == [("嘉善县", 14), ("平湖市", 20)]


def test_names_before_排名前n_take_the_top_places_in_order() -> None:
    body = "从利润总额来看，嘉善县、平湖市及海盐县排名前三。"
    assert ranks_of(body) == [("嘉善县", 1), ("平湖市", 2), ("海盐县", 3)]
    body = "从利润总额来看，嘉善县、平湖市排名前五。"  # fewer names than places: no order
    assert ranks_of(body) == []


def test_a_list_of_the_top_places_after_a_colon_is_a_ranking_without_fen_bie() -> None:
    body = "今年全国县域经济百强县榜单前五名是：嘉善县、平湖市、海盐县、桐乡市、海宁市。"
    assert ranks_of(body) == [("嘉善县", 1), ("平湖市", 2), ("海盐县", 3), ("桐乡市", 4), ("海宁市", 5)]
    body = "今年全省的百强县中，排名在60名以后的县市分别为：嘉善县、平湖市。"
    assert ranks_of(body) == []  # a band below the top, not its first places


def test_a_tie_after_a_list_is_every_listed_region_s_rank() -> None:
    body = "今年的百强县榜单中，嘉兴、湖州上榜数量并列第一。"
    assert sorted(ranks_of(body)) == [("嘉兴市", 1), ("湖州市", 1)]


def test_every_move_of_a_list_after_one_word_of_moving_is_a_change() -> None:
    body = "与上年相比，嘉善县、平湖市、海盐县分别跃升9位、4位、2位。"
    facts = extract_document(make_doc(body)).facts
    assert [(f.region, f.value, f.kind) for f in facts] == [
        ("嘉善县", 9, "change"),
        ("平湖市", 4, "change"),
        ("海盐县", 2, "change"),
    ]


def test_names_each_followed_by_a_rising_position_are_a_ranking() -> None:
    body = "嘉兴市各县市均入围今年的全国百强县（嘉善县第12、平湖市第30、海盐县第47）。"
    assert ranks_of(body) == [("嘉善县", 12), ("平湖市", 30), ("海盐县", 47)]
    body = "嘉兴市上榜的县市如下：嘉兴市嘉善县12嘉兴市平湖市30嘉兴市海盐县47。"
    assert ranks_of(body) == [("嘉善县", 12), ("平湖市", 30), ("海盐县", 47)]
    body = "嘉兴市上榜的县市如下：嘉善县12、平湖市30。"  # two items: too few to be a ranking
    assert ranks_of(body) == []
    body = "嘉兴市上榜的县市如下：嘉善县47、平湖市30、海盐县12。"  # falling: not in the list's order
    assert ranks_of(body) == []


def test_the_most_members_of_a_ranked_set_is_rank_one() -> None:
    body = "今年的百强县榜单中，浙江省有25个县市上榜，为全国最多。"
    assert ranks_of(body) == [("浙江省", 1)]
    # no ranked set: a superlative of a measure, rank 1 in that measure as the labels read it
    # (v01 人口最多的城市, al02 面积最大的县(市)), not a place in a list of members
    body = "嘉善县是嘉兴市人口最多的县。"
    assert ranks_of(body) == [("嘉善县", 1)]
    body = "浙江省有全国最多的25个百强县。"  # the figure itself follows: not a second fact
    assert ranks_of(body) == []


def test_a_place_after_我们_is_the_author_s_own() -> None:
    body = "长沙市地区生产总值13000亿元,长沙市增长4.8%,长沙市排名全省第一。{}岳阳4400亿元,居全省第二。"
    home, _ = home_of(body.format("我们"))
    assert home is not None and home.name == "岳阳市"
    home, _ = home_of(body.format(""))  # without 我们 the story is Changsha's, or nobody's
    assert home is None or home.name != "岳阳市"


def test_a_city_that_lists_its_own_counties_is_the_home() -> None:
    body = (
        "去年邯郸市地区生产总值4300亿元。其中武安市总量最高,为800亿元;涉县位居第二,为400亿元;"
        "磁县位居第三,为300亿元;魏县为200亿元。"
    )
    home, _ = home_of(body)
    assert home is not None and home.name == "邯郸市"
    # A province's counties listed: a page about several places, no home guessed.
    home, _ = home_of(body.replace("邯郸市", "河北省"))
    assert home is None
    # A county of another city among them: not one city's overview.
    home, _ = home_of(body.replace("魏县", "正定县"))
    assert home is None or home.name != "邯郸市"


def test_全市_over_a_list_of_a_city_s_units_is_that_city_though_it_is_never_named() -> None:
    body = (
        "市统计局消息,一季度全市规上工业增加值增长6.1%。分县市区看,增速居前的依次为武安市、涉县、"
        "磁县和魏县。武安市增长9.2%,快于全市3.1个百分点。全市固定资产投资增长4.0%。"
    )
    home, ex = home_of(body)
    assert home is not None and home.name == "邯郸市"
    assert {f.value: f.region for f in ex.facts if f.unit == "%"} == {6.1: "邯郸市", 9.2: "武安市", 4.0: "邯郸市"}
    # one other unit of the city named: 全市 is the county-level city's own
    home, _ = home_of(body.replace("、涉县、磁县和魏县", "和涉县"))
    assert home is not None and home.name == "武安市"


def test_a_title_that_names_the_province_alone_keeps_全省_the_province_s() -> None:
    body = (
        "江西省县域经济发展研究\n全省县域经济总量持续扩大,全省县域生产总值占比过半。"
        "南昌市南昌县总量居首,南昌市进贤县次之,南昌市新建区位列第三。"
    )
    home, _ = home_of(body)
    assert home is not None and home.name == "江西省"
    # The title names the city's town too: 全市 is the ranking's scope, the town is the story's.
    home, _ = home_of(
        "赣州市沙石镇上半年经济运行\n沙石镇生产总值12亿元,居全市乡镇前列。沙石镇规上企业12家。"
        "沙石镇财政收入1.2亿元。沙石镇新增市场主体300户。沙石镇在全市乡镇中位列第5。"
    )
    assert home is not None and home.name == "沙石镇"


def test_the_place_whose_rank_the_lead_reports_is_the_home() -> None:
    body = (
        "《2023年全国县域经济百强榜》发布,长兴县位列第42位。"
        "榜单前三位分别是昆山市、江阴市、张家港市,浙江省共有18个县入围。"
    )
    home, _ = home_of(body)
    assert home is not None and home.name == "长兴县"
    # The top of a list in the lead is everybody's news, not one place's.
    home, _ = home_of(body.replace("位列第42位", "位列第1位"))
    assert home is None or home.name != "长兴县"


def test_a_count_of_regions_the_sentence_speaks_of_as_a_set_is_no_fact() -> None:
    body = (
        "全省59个县市区的财政自给率排行榜出炉。舟山市其余3个县都相对较弱。"
        "在入围的41个镇中，舟山市定海区表现最好。舟山市下辖的6个建制镇均悉数入围。舟山市下辖4个县区，有2个县入围。"
    )
    got = sorted(f.value for f in extract_document(make_doc(body)).facts if f.unit == "个")
    assert got == [2.0, 4.0, 6.0]


def test_a_province_short_name_shared_with_a_district_is_the_province_among_provinces():
    r = regions_of("今年上榜的镇中,广东5个、河北2个、浙江4个。")
    assert "河北省" in {x.name for x in r.regions.values()}
    alone = regions_of("河北2个项目今年开工。")
    assert "河北省" not in {x.name for x in alone.regions.values()}


def test_a_position_glued_before_a_park_name_is_not_part_of_it():
    from reporter import parks

    names = [n for _, _, n in parks.find_parks("排名经开区省份\n12合肥经济技术开发区安徽\n")]
    assert names == ["合肥经济技术开发区"]
    assert [n for _, _, n in parks.find_parks("2023年全国经开区考核结果公布。")] == []


def test_a_county_made_a_city_or_district_is_known_by_its_former_name():
    gaz = gazetteer.load()
    assert [gaz.regions[c].name for c in gaz.names["宁乡县"]] == ["宁乡市"]
    assert [gaz.regions[c].name for c in gaz.names["凤翔县"]] == ["凤翔区"]
    # A former name that another division still bears names that one only.
    assert [gaz.regions[c].full_name for c in gaz.names["朝阳县"]] == ["辽宁省朝阳市朝阳县"]
    body = "宁乡县居全国百强县第10位。"
    assert [(f.region, f.value) for f in extract_document(make_doc(body)).facts] == [("宁乡市", 10.0)]


def test_a_place_name_read_as_a_verb_still_names_a_park():
    from reporter import parks

    names = [n for _, _, n in parks.find_parks("此外，甲经开区和增城经开区在本轮考核中进位明显。")]
    assert "增城经开区" in names
    assert parks.find_parks("会议要求全力推介经开区，加快建设工业园。") == []  # a verb and its object


def test_a_town_with_its_county_short_name_does_not_take_the_county_mentions():
    # 丰台 names 丰台区 at 10 and 20; a town under it written 丰台 at 30 is its own.
    spans = [(10, 12, "丰台"), (20, 23, "丰台区")]
    coded = coded_spans(spans, {"丰台": "110106", "丰台区": "110106"}, [(30, 32, "丰台", "town:1")])
    assert [(s, code) for s, _, _, code in coded] == [(10, "110106"), (20, "110106"), (30, "town:1")]


def test_a_neighbour_is_not_what_a_later_全镇_stands_for() -> None:
    body = "青浦区朱家角镇位于区西南部。东接练塘镇,北依白鹤镇,西与金泽镇接壤。全镇面积138平方公里,下辖28个行政村。"
    got = by_value(body)
    assert got[138] == got[28] == "朱家角镇"


def test_a_short_county_name_before_its_全县_is_that_county():
    # 嵊泗 written once, in 嵊泗全县上下: the county is named, not an unnamed 我县.
    body = "上半年,嵊泗全县上下真抓实干。全县实现地区生产总值150亿元,增长5%。"
    home, ex = home_of(body)
    assert home is not None and home.name == "嵊泗县"
    assert {f.region for f in ex.facts} == {"嵊泗县"}
    # 全市 does not fit a county: 嵊泗全市 names no place.
    home, _ = home_of(body.replace("嵊泗全县", "嵊泗全市"))
    assert home is None or home.name != "嵊泗县"


def test_a_district_named_once_by_its_short_name_is_the_home_of_its_全区():
    # 萧山 written once, in a headline, then only 全区: the district, not an unnamed 我区.
    body = "前十个月萧山工业稳步回升\n1-10月,全区规上工业增加值增长6.5%,全区固定资产投资300亿元。"
    home, ex = home_of(body)
    assert home is not None and home.name == "萧山区"
    assert {f.region for f in ex.facts} == {"萧山区"}
    # In a photo caption above a county paper's 全区 figures, the same.
    body = "美丽的江津 摄影 张三\n本报讯 前两个月,全区实现工业增加值80亿元,比全市高2个百分点。"
    home, _ = home_of(body)
    assert home is not None and home.name == "江津区"
    # 全县 does not fit a district: the short name names no home then.
    home, _ = home_of("前十个月萧山工业稳步回升\n1-10月,全县规上工业增加值增长6.5%。")
    assert home is None or home.name != "萧山区"
    # Beside another county, a short name is one place among several, not vouched alone.
    home, _ = home_of("萧山和柯桥企业交流\n1-10月,全区规上工业增加值增长6.5%。")
    assert home is None or home.name not in ("萧山区", "柯桥区")


def test_the_first_of_two_regions_in_a_gap_is_its_subject():
    # 甲和乙的差距…: the gap is the first region's; the second is what it is measured against.
    facts = extract_document(make_doc("昆山市和太仓市的GDP差距不小,约3900亿元。")).facts
    assert [f.region for f in facts if f.value == 3900] == ["昆山市"]


def test_the_place_named_after_最高的是_is_the_subject_of_the_next_figure() -> None:
    body = "苏州市各县市中,增速最高的是太仓市,同比增长9.5%;其次是昆山市,增长8.1%。"
    got = by_value(body)
    assert (got[9.5], got[8.1]) == ("太仓市", "昆山市")
    assert by_value("太仓市地区生产总值是苏州市的0.1倍。")[0.1] == "太仓市"  # 是 before a base
    # 为 after a noun of places: the place the superlative or the lead picks out
    body = "苏州市地区生产总值2.4万亿元,各县市中总量最高的县市为昆山市,达到5000亿元。"
    assert by_value(body)[5000] == "昆山市"
    body = "苏州市地区生产总值2.4万亿元,各县市中增速领跑的城市为太仓市,同比增长9.5%。"
    assert by_value(body)[9.5] == "太仓市"


def test_a_town_listed_after_分别是_with_its_own_rank_is_its_subject() -> None:
    body = "在全省百强镇榜单中,江阴市占据3席,分别是周庄镇排第9位、新桥镇排第21位、华士镇排第40位。"
    got = by_value(body)
    assert (got[9], got[21], got[40]) == ("周庄镇", "新桥镇", "华士镇")
    # Listed without a figure of its own, a place after 分别是 is still no subject.
    body = "江阴市入围的三个镇分别是周庄镇、新桥镇和华士镇,全市地区生产总值达到4000亿元。"
    assert by_value(body)[4000] == "江阴市"


def test_a_zone_counted_among_projects_or_zones_passes_no_figure_on() -> None:
    body = (
        "昆山经济技术开发区今年加快项目建设。从项目看,锦溪数字产业园、华光总部基地等12个重点项目"
        "相继开工,总投资达56亿元。"
    )
    assert by_value(body)[56] == "昆山经济技术开发区"
    body = "昆山市千灯镇辖区内有锦溪产业园北区和淀山湖产业园两个工业园区,聚集规上企业达120家。"
    assert by_value(body)[120] == "千灯镇"


def test_a_province_listed_after_分别为_with_its_own_count_is_its_subject() -> None:
    body = "全国百强县中山东省最多、达到23个,其次分别为河南省17个、湖北省8个、湖南省5个。"
    got = by_value(body)
    assert (got[23], got[17], got[8], got[5]) == ("山东省", "河南省", "湖北省", "湖南省")


def test_a_town_written_by_its_name_before_it_became_a_street_is_the_street() -> None:
    # 莫城镇 of 常熟市 is 莫城街道 today: beside its county the former name is the street.
    facts = extract_document(make_doc("常熟市莫城镇2006年财政总收入达到5.2亿元。")).facts
    assert [f.full_name for f in facts if f.value == 5.2] == ["江苏省苏州市常熟市莫城街道"]


def test_peers_counted_as_a_group_are_not_what_我县_stands_for():
    body = "湘潭县再次入选全国百强县。全省共有茶陵县、炎陵县、安仁县等8个县入选,我县地区生产总值达到320亿元。"
    assert by_value(body)[320] == "湘潭县"


def test_a_county_written_by_its_former_name_is_what_我县_stands_for():
    body = "富阳县再次入选全国百强县。我县财政收入增长15.5%。"
    assert by_value(body)[15.5] == "富阳区"


def test_a_two_character_county_named_once_is_the_home_of_its_全县():
    body = "今年以来,该县以建设“五个勉县”为目标,全县地区生产总值达到150亿元,同比增长6.5%。"
    assert by_value(body)[150] == "勉县"
    # Beside another county, a slogan's 兴县 is a word, not a second place.
    body = "竹山县坚持工业强县、文旅兴县,全县地区生产总值达到300亿元。"
    assert by_value(body)[300] == "竹山县"
    assert "兴县" not in {r.name for r in regions_of(body).regions.values()}


def test_a_yardstick_or_a_ranking_s_field_named_often_is_not_the_story_s_place():
    # 休宁县 is the story's; 全市 stands only as what it is compared with and where it is ranked.
    body = (
        "上半年休宁县居民收入稳步增长\n"
        "上半年休宁县城镇居民人均可支配收入20100元,比全市低1500元(全市为21600元),在全市排第5位。"
        "上半年休宁县农村居民人均可支配收入12500元,比全市低400元(全市为12900元),在全市排第4位;"
        "增幅比全市高0.3个百分点(全市为6.1%)。"
    )
    home, ex = home_of(body)
    assert home is not None and home.name == "休宁县"
    assert {f.region for f in ex.facts if f.value in (20100.0, 12500.0)} == {"休宁县"}


def test_a_title_about_catching_up_is_the_chasers_story():
    body = "江苏:泗阳县对泗洪县的追赶已不止于工业\n泗洪县和泗阳县的经济规模排在全市后两位。泗洪县GDP对泗阳县的优势已不足20亿元。"
    r = regions_of(body)
    assert [r.regions[rid].name for rid, role in r.roles.items() if role == "home"] == ["泗阳县"]


def test_an_opening_question_about_a_race_is_the_first_named_places_story():
    # Two cities named about as often: the one the opening question is about is the page's own.
    body = (
        "网友提问\n"
        "九江与赣州的差距还会继续拉大吗?\n"
        "2022年赣州GDP为4500亿元,九江为3700亿元。九江的增速为4.5%,赣州为4.8%。"
        "九江港口优势明显,赣州腹地更广。"
    )
    r = regions_of(body)
    assert [r.regions[rid].name for rid, role in r.roles.items() if role == "home"] == ["九江市"]
    # The first named is the one asked about, whichever of the two leads.
    swapped = regions_of(body.replace("九江与赣州", "赣州与九江"))
    assert [swapped.regions[rid].name for rid, role in swapped.roles.items() if role == "home"] == ["赣州市"]


def test_an_opening_question_without_a_race_or_further_down_names_no_home():
    facts = "2022年赣州GDP为4500亿元,九江为3700亿元。九江的增速为4.5%,赣州为4.8%。九江港口优势明显,赣州腹地更广。"
    for body in (
        "网友提问\n九江与赣州哪个更适合居住?\n" + facts,  # no race: a choice between the two
        "网友提问\n两市简介\n" + facts + "\n九江与赣州的差距还会继续拉大吗?",  # not the page's opening
    ):
        r = regions_of(body)
        assert "home" not in r.roles.values(), body


def test_a_short_title_in_book_title_marks_is_no_park() -> None:
    from reporter.parks import find_parks

    text = "某研究院发布了《县域发展指数报告2022》(简称《报告》),《报告》显示,白鹭湾经开区增长较快。"
    assert [name for _, _, name in find_parks(text)] == ["白鹭湾经开区"]


def test_china_before_a_park_suffix_names_the_class_of_zones():
    # 中国高新技术产业开发区,简称国家高新区: the class, not a park of its own.
    doc = make_doc("中国高新技术产业开发区是国务院批准设立的园区。宜昌高新区的营业收入增长12%。")
    doc_regions, _ = analyse(doc)
    assert {r.name for r in doc_regions.regions.values() if r.level == "park"} == {"宜昌高新区"}


def test_an_event_an_occasion_or_a_body_before_a_park_suffix_names_no_park() -> None:
    # A lost line break glues an event to the suffix (…发布会高新区管委会…): no park of that name.
    from reporter.parks import find_parks

    text = (
        "昨日召开新闻发布会高新区管委会主任介绍了情况。此次高新区排名中,白鹭湾高新区位居前列。"
        "会前举行项目推介会经开区负责人致辞,全市项目建设主战场经开区迎来集中开工。"
    )
    assert [name for _, _, name in find_parks(text)] == ["白鹭湾高新区"]


def test_a_short_form_without_a_park_suffix_is_no_park() -> None:
    # (简称“侨交会”) names a forum, (简称为“老大”) a city: only a short form keeping a suffix is a park.
    from reporter.parks import find_parks

    text = "第五届侨商合作交流会(简称“侨交会”)召开,省会城市(简称为“老大”)与白鹭湾经开区(简称白鹭经开区)参加。"
    assert [name for _, _, name in find_parks(text)] == ["白鹭湾经开区", "白鹭经开区"]


def test_a_bonded_zone_is_named_by_its_short_suffix_too() -> None:
    # 综保区 is how 综合保税区 is mostly written; a count or the country's class of them is no zone
    text = "记者从白鹭湾综保区获悉,在全国150个综保区中,白鹭湾综保区综合排名第三。白鹭湾综保区进出口额200亿元。"
    ex = extract_document(make_doc(text))
    assert ex.regions.home is not None and ex.regions.home.name == "白鹭湾综保区"
    assert {(f.value, f.unit) for f in ex.facts} == {(3.0, "位"), (200.0, "亿元")}


def test_a_zone_named_only_by_its_side_of_the_county_is_a_description() -> None:
    from reporter.parks import find_parks

    assert find_parks("全县打造了西部经济开发区、东部高新区两大增长极。") == []


def test_a_zone_s_report_that_says_only_经开区_is_the_zone_its_source_line_names() -> None:
    doc = replace(
        make_doc("今年以来,经开区共签约项目30个,合同投资额120亿元。"),
        metadata=("来源:白鹭湾经济技术开发区 发布时间:2024-03-01",),
    )
    assert {f.region for f in extract_document(doc).facts} == {"白鹭湾经济技术开发区"}
    doc_regions, _ = analyse(doc)
    assert [doc_regions.regions[rid].name for rid, role in doc_regions.roles.items() if role == "home"] == [
        "白鹭湾经济技术开发区"
    ]


def test_a_city_papers_report_headed_开发区_is_that_citys_zone() -> None:
    # The masthead names the city; the headline and the text speak of 开发区: the zone is the
    # home (inferred, with a warning), and 全市 is still the city.
    body = (
        "义乌日报 电子版\n开发区一季度工业经济开局良好\n一季度，开发区完成规上工业产值88.6亿元，增长9.1%。"
        "开发区新增规上企业12家，占全市的三成。"
    )
    doc_regions, _ = analyse(replace(make_doc(body), title="义乌日报 电子版"))
    home = [doc_regions.regions[rid] for rid, role in doc_regions.roles.items() if role == "home"]
    assert [(r.name, r.level) for r in home] == [("义乌开发区", "park")]
    assert any("义乌开发区" in w and "推断" in w for w in doc_regions.warnings)
    # A district's own report of 全区 that names its zones on the way stays the district's.
    body = "江干区日报\n全区经济运行平稳\n全区生产总值增长6%。开发区产值增长8%，高新区产值增长9%，全区投资增长5%。"
    doc_regions, _ = analyse(replace(make_doc(body), title="江干区日报"))
    assert all(doc_regions.regions[rid].level != "park" for rid, role in doc_regions.roles.items() if role == "home")


def test_全区_of_a_zones_report_is_the_zone_not_an_industrial_park_inside_it() -> None:
    body = (
        "1-5月，白鹭湾开发区经济运行平稳，全区工业产值增长12%。\n"
        "滨海产业园区产值增长9%。\n全区固定资产投资增长6%，全区外贸进出口增长15%。"
    )
    assert by_value(body) == {12: "白鹭湾开发区", 9: "滨海产业园区", 6: "白鹭湾开发区", 15: "白鹭湾开发区"}


def test_the_county_a_local_report_names_once_in_its_lead_is_what_全县_stands_for() -> None:
    # Named once by its short name, with no city or province to settle it, then 全县 and 我县.
    body = (
        "经济运行稳中向好\n近日，沈丘召开经济运行分析会，总结前三季度工作。前三季度，全县实现"
        "地区生产总值185亿元，同比增长6.1%。全县规上工业增加值增长8.3%，我县投资增长9.2%。"
    )
    home, ex = home_of(body)
    assert home is not None and home.name == "沈丘县"
    assert {f.region for f in ex.facts} == {"沈丘县"}
    # 平山 is a county and a district: 全县 says which.
    home, _ = home_of("近日，平山召开县委常委会议。全县实现地区生产总值90亿元。全县财政收入增长5%。")
    assert home is not None and home.full_name.endswith("平山县")
    # A county the lead goes to, or one whose delegation comes to 我县, is not the author's.
    home, _ = home_of("近日，县领导带队赴沈丘学习考察。全县实现地区生产总值90亿元。全县财政收入增长5%。")
    assert home is None or home.name != "沈丘县"
    home, _ = home_of("近日，沈丘党政考察团来我县考察。全县实现地区生产总值90亿元。全县财政收入增长5%。")
    assert home is None or home.name != "沈丘县"
    # A county site's byline is the lead's only name of it (某某网讯): the same.
    home, ex = home_of("沭阳网讯（记者 张三）上半年，全县规上工业增加值增长8.1%。我县外贸进出口总额增长12%。")
    assert home is not None and home.name == "沭阳县"
    assert {f.region for f in ex.facts} == {"沭阳县"}


def test_a_shared_town_name_is_settled_by_the_county_written_right_before_it():
    # Two 城关镇 in one list, each written after its own county: each is that county's town, and
    # two towns of one name in one text are named with their counties so the two stay apart.
    body = "河南嵩县城关镇位列第120位,河南封丘县城关镇位列第260位。"
    got = {f.value: f.full_name for f in extract_document(make_doc(body)).facts}
    assert got == {120.0: "河南省洛阳市嵩县城关镇", 260.0: "河南省新乡市封丘县城关镇"}
    r = regions_of(body)
    assert {x.name for x in r.regions.values() if x.level == "town"} == {"嵩县城关镇", "封丘县城关镇"}
    assert not any("城关镇" in w for w in r.warnings)


def test_a_town_written_after_a_county_is_no_other_countys_town_of_that_name():
    # 新郑市龙湖镇 is today's 龙湖街道 of 新郑市, not a 龙湖镇 of another county; 内黄县 has no
    # 城关镇 today, so its 城关镇 is not 汤阴县's, though 汤阴县 is named beside it.
    got = {f.value: f.full_name for f in extract_document(make_doc("河南新郑市龙湖镇综合实力位列全省第3位。")).facts}
    assert got == {3.0: "河南省郑州市新郑市龙湖街道"}
    body = "汤阴县韩庄镇工业产值30亿元,内黄县城关镇工业产值50亿元。"
    owners = {f.value: f.full_name for f in extract_document(make_doc(body)).facts}
    assert owners[30.0] == "河南省安阳市汤阴县韩庄镇"
    assert owners.get(50.0) != "河南省安阳市汤阴县城关镇"


def homes_of(body: str) -> list[str]:
    r = regions_of(body)
    return [r.regions[rid].name for rid, role in r.roles.items() if role == "home"]


def test_the_place_set_against_the_others_in_a_comparison_is_the_documents_own():
    # A city's study of its peers in the third person: the one place compared with "the others".
    body = (
        "主要指标横向对照\n"
        "为看清方位,课题组把九江与其他8个设区市的主要指标进行了比较。"
        "2022年赣州GDP为4500亿元,上饶为3300亿元,九江为3700亿元。赣州的增速为4.8%,上饶为4.1%,宜春为4.6%。"
    )
    assert homes_of(body) == ["九江市"]
    # Without a comparison the author makes, 与其他 names no home (九江与其他城市一样…).
    assert homes_of(body.replace("进行了比较", "一样受到了影响")) != ["九江市"]


def test_a_short_name_set_against_a_set_of_cities_is_the_city():
    # 西安 is also a district of 辽源 and of 牡丹江; set against other cities it is the city.
    body = (
        "副省级城市横向观察\n"
        "课题组将西安与其他几个副省级城市作了对比分析。西安的GDP为11000亿元,长春为7000亿元,哈尔滨为5000亿元。"
        "西安的增速为5.2%,长春为6.0%。"
    )
    r = regions_of(body)
    assert "西安市" in {reg.name for reg in r.regions.values()}
    assert homes_of(body) == ["西安市"]


def test_a_place_a_title_describes_after_its_province_is_the_home():
    # The title names the province and describes one of its counties; the body names it.
    body = (
        "江西最会招商的县,产值让赣州南昌都坐不住\n"
        "江西最会招商的县就是南康,2022年南康规上工业产值达到900亿元。"
        "南康的家具产业增长12%,南康的财政收入增长8%。江西全省经济增长4.7%。赣州增长5.1%,南昌增长4.1%。"
    )
    assert homes_of(body) == ["南康区"]


def test_a_title_naming_a_province_without_describing_one_of_its_places_keeps_the_province():
    body = (
        "江西经济半年报:赣州南昌领跑\n"
        "上半年江西全省经济增长4.7%。南康规上工业产值增长9%,南康的家具产业增长12%,南康的财政收入增长8%。"
        "江西的出口增长3%,江西的投资增长2%。"
    )
    assert homes_of(body) != ["南康区"]


def test_a_city_papers_source_line_names_the_city_a_report_of_its_whole_speaks_for():
    # Only 全市 in the body; the source line names the city's own paper.
    body = (
        "全市外贸稳中有进\n"
        "一季度全市完成进出口总额88.6亿元,同比增长7.3%;全市实际利用外资2.1亿美元,增长4.5%。"
        "(来源:安顺日报)"
    )
    assert homes_of(body) == ["安顺市"]


def test_a_city_papers_dateline_over_its_counties_names_the_city():
    body = (
        "三县市同登榜单\n"
        "株洲晚报3月2日讯 日前发布的县域经济榜单中,株洲市的醴陵市、攸县、炎陵县均有进步。"
        "醴陵市居第41位,攸县居第77位,浏阳市居第5位,宁乡市居第11位。"
    )
    assert homes_of(body) == ["株洲市"]


def test_a_city_papers_source_line_over_a_named_county_keeps_the_county():
    body = "醴陵瓷业提速\n醴陵市一季度陶瓷产业产值增长11%,醴陵的出口增长9%,醴陵规上企业新增12家。(来源:株洲日报)"
    assert homes_of(body) == ["醴陵市"]


def test_a_city_papers_dateline_under_a_headline_naming_its_province_names_no_city_home():
    # The paper's city is not the home of its story on the province's places.
    body = (
        "湖南这5个县入选榜单,你的家乡上榜了吗?\n"
        "株洲晚报3月2日讯 日前发布的县域经济榜单中,湖南有5个县入选:湖南醴陵市(38位)、湖南宁乡市(20位)、"
        "湖南浏阳市(9位)、湖南长沙县(4位)、湖南韶山市(80位)。株洲市的醴陵市进步明显,湖南的长沙县稳居前列。"
    )
    assert "株洲市" not in homes_of(body)
    # Under a headline that names no place above it, the dateline's city is the story's.
    assert homes_of(body.replace("湖南这5个县入选榜单,你的家乡上榜了吗?", "县域榜单出炉")) == ["株洲市"]


def test_a_verb_of_having_is_no_part_of_a_zone_name():
    from reporter import parks

    assert parks.find_parks("河南省共有高新区40家，其中国家级8家。") == []
    assert [n for _, _, n in parks.find_parks("该市拥有滨江经开区等3家开发区。")] == ["滨江经开区"]


def test_a_pair_joined_by_与_before_各_shares_the_figure() -> None:
    # 甲与乙各N个: the name after 与 is one of the pair the figure goes to, not a yardstick.
    body = "平原县考察报告\n入选的县市中，嘉兴市与湖州市各3个。"
    assert {(r, v) for r, v, _, _, b in facts_of(body) if b == "list"} == {("嘉兴市", 3.0), ("湖州市", 3.0)}
    # 与…相比 still names the place compared with.
    body = "平原县考察报告\n嘉兴市与湖州市相比，常住人口多出20万人。"
    assert "湖州市" not in {r for r, *_ in facts_of(body)}


def test_各_inside_a_list_of_counts_reaches_only_the_figure_of_its_pair() -> None:
    # 甲5个、乙和丙各4个、丁3个: 丁's 3个 is its own, not the pair's; a second pair too.
    body = "平原县考察报告\n从城市看，绍兴市有12个镇入选，嘉兴市和湖州市各9个、台州市7个、金华市与衢州市各2个。"
    got = {(r, v) for r, v, *_ in facts_of(body)}
    assert {("嘉兴市", 9.0), ("湖州市", 9.0), ("台州市", 7.0), ("金华市", 2.0), ("衢州市", 2.0)} <= got
    assert not {("嘉兴市", 7.0), ("湖州市", 7.0), ("嘉兴市", 2.0), ("湖州市", 2.0)} & got


def test_a_period_an_anniversary_or_a_word_of_praise_before_a_zone_is_no_part_of_its_name() -> None:
    # 今年前三季度高新区累计…, 设区五周年 白鹭湾高新区 (its space lost), 书记充分肯定开发区…:
    # the name, if any, starts after the period, the anniversary or the verb.
    from reporter.parks import find_parks

    text = (
        "今年前三季度高新区累计完成工业总产值200亿元。\n设区五周年白鹭湾高新区晒出成绩单\n"
        "会上,王主任充分肯定开发区今年以来的发展成绩。"
    )
    assert [name for _, _, name in find_parks(text)] == ["白鹭湾高新区"]


def test_places_of_a_band_are_ranked_by_the_measure_an_earlier_clause_names() -> None:
    body = "今年浙江各县财政收入排序公布，排在第4名至第6名的依次是嘉善县、平湖市和海盐县。"
    indicators = {f.indicator for f in extract_document(make_doc(body)).facts if f.kind == "rank"}
    assert indicators == {"fiscal_revenue"}


def test_a_quality_an_assessment_scores_names_no_measure_of_its_places() -> None:
    body = "省商务厅公布园区投资环境评估结果，排在第4名至第6名的依次是嘉善县、平湖市和海盐县。"
    indicators = {f.indicator for f in extract_document(make_doc(body)).facts if f.kind == "rank"}
    assert indicators and "project_investment" not in indicators


def test_the_place_a_rank_is_said_of_after_的是_is_the_subject_of_its_figures() -> None:
    body = "嘉善县GDP为800亿元，排名第五。排第6的是平湖市，经济总量达到780亿元。"
    assert by_value(body)[780] == "平湖市"


def test_the_agent_after_由_is_no_subject_of_the_figures_after_it() -> None:
    body = "苏州(宿迁)工业园区由苏州工业园区主导开发。园区累计签约项目80个,计划总投资约300亿元。"
    assert by_value(body)[80] == "苏州(宿迁)工业园区"


def test_the_place_a_thing_comes_from_is_no_subject_of_the_figures_after_it() -> None:
    body = "2022年,苏州(宿迁)工业园区新签项目50个,其中六成项目来自苏州市;累计投产项目60个。"
    assert by_value(body)[60] == "苏州(宿迁)工业园区"
