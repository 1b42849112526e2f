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
