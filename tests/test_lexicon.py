"""The domain vocabulary kept as data files: each file consistent with the others."""

from __future__ import annotations

from reporter import taxonomy
from reporter.compare import OTHER_DIMENSION, dimension_order
from reporter.lexicon import words


def test_every_indicator_dimension_has_a_place_in_the_order() -> None:
    order = words("dimensions.txt")
    missing = {i.dimension for i in taxonomy.load()} - set(order)
    assert missing == set()
    assert order[-1] == OTHER_DIMENSION


def test_a_dimension_missing_from_the_order_still_shows() -> None:
    class Row:
        dimension = "新维度"

    order = dimension_order([Row()])
    assert order.index("新维度") == len(order) - 2  # just before 其他指标


def test_indicator_ids_are_unique_and_have_a_name_and_unit() -> None:
    rows = taxonomy.load()
    assert len({i.id for i in rows}) == len(rows)
    assert all(i.name and i.unit for i in rows)


def test_every_unit_of_the_data_is_read_after_a_number() -> None:
    from reporter import numbers

    for unit in numbers.UNIT_CLASSES:
        found = numbers.find_quantities(f"全县共有25{unit}。")
        assert [(q.value, q.unit) for q in found] == [(25.0, unit)], unit


def test_a_multiplier_stays_with_its_unit_as_written() -> None:
    from reporter import numbers

    found = numbers.find_quantities("全县常住人口38.12万人，新增厂房8.8万平方米，增长5万%")
    assert [(q.value, q.unit) for q in found][:2] == [(38.12, "万人"), (8.8, "万平方米")]
    assert numbers.unit_class("万人") == numbers.unit_class("人") == "count"


def test_every_benchmark_cue_makes_the_region_named_with_it_a_benchmark() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_regions import regions_of

    for word in words("benchmark_cues.txt"):
        r = regions_of(f"我县干部{word}昆山市。全县地区生产总值120亿元。")
        roles = {r.regions[k].name: v for k, v in r.roles.items()}
        assert roles.get("昆山市") == "benchmark", word


def test_every_data_file_is_read_by_the_code() -> None:
    from importlib import resources
    from pathlib import Path

    code = "".join(
        p.read_text(encoding="utf-8") for p in Path(__file__).parent.parent.joinpath("reporter").glob("*.py")
    )
    names = [f.name for f in resources.files("reporter.data").iterdir() if f.name.endswith((".txt", ".csv"))]
    assert [n for n in names if n not in code] == []


def test_only_the_lexicon_opens_a_data_file() -> None:
    import ast
    from pathlib import Path

    readers = {"data_file", "data_lines"}  # reporter.resources' readers of reporter/data
    found = []
    for path in Path(__file__).parent.parent.joinpath("reporter").glob("*.py"):
        if path.name in ("lexicon.py", "resources.py"):
            continue
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
            if name in readers or (isinstance(node, ast.Constant) and node.value == "reporter.data"):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []


def test_the_kinds_of_facts_are_one_list() -> None:
    from reporter import lexicon, review
    from reporter.extract import NOT_ACTUAL
    from reporter.models import KIND_NAMES

    kinds = set(lexicon.kind_labels())
    assert set(KIND_NAMES) == review.KINDS == kinds
    assert NOT_ACTUAL == {"target", "estimate"} and NOT_ACTUAL < kinds


def test_every_level_of_the_gazetteer_has_an_order_and_a_tier() -> None:
    from reporter import gazetteer, lexicon

    gaz = gazetteer.load()
    levels = {gaz.level(code) for code in list(gaz.rows)[:: max(1, len(gaz.rows) // 500)]} | {"park"}
    assert levels <= set(lexicon.level_order()) == set(lexicon.level_tiers())


def test_every_qualifier_and_rank_word_is_read() -> None:
    from reporter import lexicon, numbers

    for row in lexicon.table("qualifiers.csv"):
        before, after_number, after_unit = (row["word"] if row["place"] == p else "" for p in lexicon.PLACES)
        found = numbers.find_quantities(f"全县共有{before}200{after_number}家{after_unit}企业")
        assert [(q.value, q.qualifier) for q in found] == [(200.0, row["qualifier"])], row
    for word in lexicon.words("rank_words.txt"):
        found = numbers.find_quantities(f"工业产值{word}全省第3位")
        assert [(q.value, q.is_rank) for q in found] == [(3.0, True)], word


def test_every_word_of_change_reads_as_it_says() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_extract import make_doc

    from reporter import lexicon
    from reporter.extract import extract_document

    for row in lexicon.table("change_words.csv"):
        if row["growth"] == "yes":
            facts = extract_document(make_doc(f"全县工业产值同比{row['word']}5.2%。")).facts
            assert [(f.kind, f.value < 0) for f in facts] == [("growth", row["decline"] == "yes")], row
        if row["fall_by"] == "yes":
            facts = extract_document(make_doc(f"全县耕地面积9000亩，比上年{row['word']}479亩。")).facts
            assert -479.0 in [f.value for f in facts], row


def test_every_word_of_periods_visits_and_practices_is_read() -> None:
    from reporter import extract, lexicon, numbers

    for word in lexicon.words("visit_size_words.txt"):
        clause = f"代表团{word}5个城市"
        assert all(extract.skip_quantity(clause, q) for q in numbers.find_quantities(clause)), word
    for row in lexicon.table("relative_years.csv"):
        assert extract.sentence_period(f"{row['word']}全县产值100亿元", "2023-05-01") == str(2023 + int(row["years"]))
    months = {row["word"]: row["months"] for row in lexicon.table("part_year_months.csv")}
    for word in lexicon.words("half_years.txt"):
        expected = f"2023年{months[word]}月" if word in months else f"2023年{word}"
        assert extract.sentence_period(f"2023年{word}全县产值100亿元", "") == expected, word
    for word in lexicon.words("span_words.txt"):
        assert extract.sentence_period(f"{word}三年全县产值增长10%", "") == f"{word}三年", word
    for word in lexicon.words("practice_endings.txt"):
        assert extract.PRACTICE_HINT.search(f"链式{word}"), word


def test_every_link_of_change_and_park_word_is_read() -> None:
    from reporter import extract, lexicon, parks
    from reporter.regions import PRODUCT_CHARS, is_product

    for row in lexicon.table("change_links.csv"):
        if row["growth"] == "yes":
            assert extract.GROWTH_RE.search(f"同比增长{row['word']}"), row
        if row["decline"] == "yes":
            assert extract.DECLINE_RE.search(f"同比下降{row['word']}"), row
    for word in lexicon.words("park_class_words.txt"):
        assert parks.find_parks(f"会议指出，{word}开发区建设加快。") == [], word
    for word in lexicon.words("abbreviation_words.txt"):
        found = [name for _, _, name in parks.find_parks(f"滨海新材料经济技术开发区({word}滨海经开区)增长较快。")]
        assert "滨海经开区" in found, word
    assert all(is_product(f"金华{c}", 2) for c in PRODUCT_CHARS)


def test_every_word_of_groups_scopes_comparisons_and_openers_is_read() -> None:
    from reporter import extract, lexicon, numbers, regions

    for word in lexicon.words("group_nouns.txt"):
        assert [(q.value, q.unit) for q in numbers.find_quantities(f"培育8大{word}")] == [(8.0, "个")], word
    for word in lexicon.words("rank_scopes.txt"):
        assert [q.value for q in numbers.find_quantities(f"产值居{word}第3位") if q.is_rank] == [3.0], word
    for word in lexicon.words("comparison_verbs.txt"):
        assert not extract.is_comparison_base(f"产值{word}我县的"), word
    for word in lexicon.words("clause_openers.txt"):
        assert extract.clause_initial(f"，{word}", len(f"，{word}")), word
    for word in lexicon.words("org_tail_breaks.txt"):
        assert not regions.in_org_name(f"浙江省{word}公司", 3), word


def test_every_part_of_a_year_becomes_its_months() -> None:
    from reporter import extract, lexicon

    for row in lexicon.table("part_year_months.csv"):
        assert extract.sentence_period(f"2023年{row['word']}全县产值100亿元", "") == f"2023年{row['months']}月", row


def test_every_byline_word_marks_a_line_as_the_file_says() -> None:
    from reporter import body, lexicon

    rows = lexicon.table("byline_words.csv")
    assert rows and all(set(row.values()) - {row["word"]} <= {"yes", "no"} for row in rows)
    for row in rows:
        word = row["word"]
        # Each test line can be metadata by one rule only: two labels, a date beside a word,
        # a name after the word, or a source after it.
        assert body.is_metadata(f"{word}：三日 {word}：四日") == (row["label"] == "yes" or row["author"] == "yes"), row
        assert body.is_metadata(f"{word} 2024-03-05") == (row["date_hint"] == "yes"), row
        assert bool(body.AUTHOR_RE.match(f"{word}：张三")) == (row["author"] == "yes"), row
        assert body.find_source([f"{word}：某某日报"]) == ("某某日报" if row["source"] == "yes" else ""), row
        if row["source"] == "yes":  # where the article comes from before the body that posted it
            expected = "某某日报" if row["issuer"] == "yes" else "某某局"
            assert body.find_source([f"{word}：某某局", "信息来源：某某日报"]) == expected, row
    for line in ("天气：三日 天气：四日", "天气 2024-03-05", "天气：张三"):  # a word of no list
        assert not body.is_metadata(line), line


def test_every_label_word_is_cut_from_a_free_label() -> None:
    from reporter import lexicon, taxonomy

    for word in lexicon.words("label_tail_words.txt"):
        assert taxonomy.short_label(f"新建厂房{word}") == "新建厂房", word
    for word in lexicon.words("label_lead_words.txt"):
        assert taxonomy.short_label(f"{word}新建厂房") == "新建厂房", word
    assert taxonomy.short_label("并且新建厂房面积") == "新建厂房面积"  # words of no list stay
    # A label cut right after a figure loses the figure's measure word (家).
    assert taxonomy.short_label("在全市30家市级工业园区考核中排名") == "市级工业园区考核中排名"


def test_every_word_of_amounts_moves_and_baselines_reads_as_it_says() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_extract import make_doc

    from reporter import lexicon
    from reporter.extract import extract_document

    def kind_of(body: str, value: float) -> str:
        facts = extract_document(make_doc(body)).facts
        return next(f.kind for f in facts if abs(f.value) == value)

    for row in lexicon.table("change_words.csv"):
        word = row["word"]
        if row["amount"] == "yes":
            assert kind_of(f"全县耕地面积比上年{word}479亩。", 479) == "change", row
            assert kind_of(f"全县财政收入比上年{word}2.5亿元。", 2.5) == "growth", row
        if row["move"] == "yes":
            assert kind_of(f"全县综合排名较上年{word}2位。", 2) == "change", row
    for word in lexicon.words("baseline_words.txt"):
        assert kind_of(f"全县耕地{word}增加479亩。", 479) == "change", word
    assert kind_of("全县新建厂房增加479亩。", 479) == "level"  # no baseline, no level before it
    for word in lexicon.words("gap_words.txt"):
        assert kind_of(f"全县户籍人口比邻县{word}3.5万人。", 3.5) == "change", word


def test_every_word_of_estimates_and_goals_reads_as_it_says() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_extract import make_doc

    from reporter import lexicon
    from reporter.extract import extract_document

    def kinds(body: str) -> list[str]:
        return [f.kind for f in extract_document(make_doc(body, date="2024-01-20")).facts]

    for word in lexicon.words("estimate_words.txt"):
        assert kinds(f"全县{word}完成地区生产总值210亿元。") == ["estimate"], word
    for word in lexicon.words("target_words.txt"):
        assert kinds(f"全县{word}2025年地区生产总值达到210亿元。") == ["target"], word
    for word in lexicon.words("future_words.txt"):
        assert kinds(f"全县地区生产总值{word}210亿元。") == ["target"], word
        assert kinds(f"全县预计地区生产总值{word}210亿元。") == ["estimate"], word
    for word in lexicon.words("estimate_leads.txt"):  # an opening 预计: it reaches the next sentence
        assert kinds(f"全县经济平稳。{word}预计地区生产总值210亿元。工业产值150亿元。") == ["estimate"] * 2, word
    for word in lexicon.words("result_verbs.txt"):
        other = next(w for w in lexicon.words("result_verbs.txt") if w != word)
        # 预计 before the first item covers the whole list, whatever verb each item has
        # (tests/corpus/LABELING.md); after one measure, a result of another verb is counted.
        assert kinds(f"全县预计{word}产值210亿元，{other}税收15亿元。") == ["estimate", "estimate"], word
        assert kinds(f"全县产值预计{word}210亿元，{other}税收15亿元。") == ["estimate", "level"], word
        assert kinds(f"全县产值预计{word}210亿元，税收{word}15亿元。") == ["estimate", "estimate"], word


def test_every_qualifier_is_shown_as_the_file_says() -> None:
    from reporter import lexicon
    from reporter.models import Value

    for row in lexicon.table("qualifiers.csv"):
        value = Value("滨海县", 200.0, "家", "200", "2023年", row["qualifier"], "level", "f1", "d1", "")
        assert value.approximate == (row["approximate"] == "yes"), row
        assert value.text.startswith(row["qualifier"]) == (row["place"] == "before"), row


def test_every_unit_is_spelled_and_multiplied_as_the_file_says() -> None:
    from reporter import lexicon, numbers

    for row in lexicon.table("units.csv"):
        for spelling in filter(None, row["spellings"].split("|")):
            found = numbers.find_quantities(f"全县共有25{spelling}。")
            assert [(q.value, q.unit) for q in found] == [(25.0, row["unit"])], spelling
        found = numbers.find_quantities(f"全县共有3万{row['unit']}。")
        expected = (3.0, "万" + row["unit"]) if row["multiplied"] == "yes" else (30000.0, row["unit"])
        assert [(q.value, q.unit) for q in found] == [expected], row


def test_every_unit_conversion_and_firm_unit_is_applied() -> None:
    from fractions import Fraction

    from conftest import a_fact

    from reporter import compare, lexicon

    for row in lexicon.table("unit_conversions.csv"):
        # under a measure whose unit is the one shown (an amount in 元 under no unit stays 元)
        value, unit = compare.display_value(a_fact(unit=row["unit"], value=3.0), row["shown_as"])
        assert (round(value, 12), unit) == (round(3 * float(Fraction(row["factor"])), 12), row["shown_as"]), row
    firms = {row["unit"] for row in lexicon.table("units.csv") if row["firms"] == "yes"}
    for unit in lexicon.table("units.csv"):
        shown = compare.display_value(a_fact(unit=unit["unit"], value=3.0), "家")[1]
        assert (shown == "家") == (unit["unit"] in firms), unit
    assert compare.display_value(a_fact(unit="美元", value=3.0)) == (3.0, "美元")  # not in the file


def test_every_plan_division_suffix_and_park_ending_is_read() -> None:
    from reporter import compare, gazetteer, lexicon, parks

    for row in lexicon.table("five_year_plans.csv"):
        assert compare.period_key(row["plan"]) == int(row["end_year"]), row
    for suffix in lexicon.words("division_suffixes.txt"):
        assert "滨海" in gazetteer.short_forms(f"滨海{suffix}", 3), suffix
    for row in lexicon.table("park_cores.csv"):
        assert parks.park_key(f"滨海{row['ending']}") == f"滨海{row['core']}", row
    for word in lexicon.words("park_class_words.txt"):
        if word.endswith("级"):
            assert parks.park_key(f"{word}滨海经开区") == "滨海开发区", word


def test_every_word_that_hands_out_or_takes_places_is_read() -> None:
    from reporter import extract, lexicon, numbers

    for word in lexicon.words("rank_list_words.txt"):
        found = numbers.find_quantities(f"三县{word}第5、9和第12位")
        assert [(q.value, q.is_rank) for q in found] == [(5.0, True), (9.0, True), (12.0, True)], word
        assert extract.RESPECTIVELY.search(f"三县{word}第5、9和第12位"), word
    for word in lexicon.words("top_taken_words.txt"):
        assert extract.TOP_TAKEN.search(f"三县{word}前3位"), word
    for word in lexicon.words("most_words.txt"):
        assert extract.MOST.search(f"上榜数量为全国{word}"), word
        assert not extract.MOST.search(f"{word}500家"), word


def test_every_word_of_zone_lists_is_read() -> None:
    from reporter import lexicon, parks

    def zones(body: str) -> list[str]:
        starts = [body.index(city) for city in ("宁波", "嘉兴")]
        places = [(start, start + 2, False) for start in starts]
        return [name for _, name in parks.zones_in_lists(body, places, parks.find_parks(body)).values()]

    for word in lexicon.words("zone_list_openers.txt"):
        assert zones(f"排名前二的国家级经开区{word}是宁波、嘉兴。") == ["宁波经开区", "嘉兴经开区"], word
    for word in lexicon.words("zone_list_breaks.txt"):
        assert zones(f"国家级经开区最多的{word}依次是宁波、嘉兴。") == [], word
    for row in lexicon.table("zone_kind_suffixes.csv"):
        word = next(r["word"] for r in lexicon.table("park_kinds.csv") if r["kind"] == row["kind"])
        body = f"甲{word}区公布结果。排名前二的国家级开发区依次是宁波、嘉兴。"
        assert zones(body) == [f"宁波{row['suffix']}", f"嘉兴{row['suffix']}"], row
