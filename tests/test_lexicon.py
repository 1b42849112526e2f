"""The domain vocabulary kept as data files: each file consistent with the others."""

from __future__ import annotations

from reporter import taxonomy
from reporter.compare import OTHER_DIMENSION, dimension_order
from reporter.gazetteer import data_lines


def test_every_indicator_dimension_has_a_place_in_the_order() -> None:
    order = data_lines("dimensions.txt")
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

    for word in data_lines("benchmark_cues.txt"):
        r = regions_of(f"我县干部{word}昆山市。全县地区生产总值120亿元。")
        roles = {r.regions[k].name: v for k, v in r.roles.items()}
        assert roles.get("昆山市") == "benchmark", word
