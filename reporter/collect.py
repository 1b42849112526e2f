"""The 待补数据 list: the target's values a brief lacks, written as a `--data` file to fill in.

One row per indicator the benchmarks state and the target does not (in any kind), with the
region, indicator, kind, unit and the benchmark's period filled in and value and source
left empty. Filled in and passed back with `--data`, the numbers enter the tables as
statistics; rows still empty are skipped (reporter.review.apply_statistics).
Written with csv and openpyxl only: a brief from cached extractions does not load pandas.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from reporter.compare import period_key
from reporter.models import Region, Row, Value

# The columns of a --data file (reporter.review), with the Chinese name the reader also accepts.
COLUMNS = {
    "region": "地区",
    "indicator": "指标",
    "kind": "类型",
    "value": "数值",
    "unit": "单位",
    "period": "期间",
    "source": "来源",
}
SUFFIX = "-待补数据"


def benchmark_value(row: Row) -> Value:
    """The benchmark value whose period and unit the target's value should match: the most recent."""
    values = [c.benchmark for c in row.cells if c.benchmark is not None]
    return max(values, key=lambda v: period_key(v.period))


def collect_records(target: Region, missing: list[Row]) -> list[dict[str, str]]:
    records = []
    for row in missing:
        bench = benchmark_value(row)
        records.append(
            {
                "region": target.full_name,
                "indicator": row.indicator if row.indicator.startswith("other:") else row.label,
                "kind": row.kind_name,
                "value": "",
                "unit": bench.unit,
                "period": bench.period,
                "source": "",
            }
        )
    return records


def is_collect_file(path: Path) -> bool:
    return path.stem.endswith(SUFFIX)


def write_collect(target: Region, missing: list[Row], base: Path) -> list[Path]:
    """`base`-待补数据.xlsx and .csv beside the brief; nothing when the target lacks nothing."""
    from reporter.files import atomic_write

    records = collect_records(target, missing)
    if not records:
        return []
    xlsx = base.with_name(base.name + SUFFIX + ".xlsx")
    csv_path = base.with_name(base.name + SUFFIX + ".csv")
    atomic_write(xlsx, lambda tmp: write_xlsx(records, tmp))
    atomic_write(csv_path, lambda tmp: Path(tmp).write_text(csv_text(records), encoding="utf-8-sig"))
    return [xlsx, csv_path]


def csv_text(records: list[dict[str, str]]) -> str:
    """CSV that no spreadsheet runs as a formula (a region or label from a document may start with =)."""
    from reporter.safety import spreadsheet_text

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: spreadsheet_text(v) for k, v in r.items()} for r in records)
    return buffer.getvalue()


def write_xlsx(records: list[dict[str, str]], target: str) -> None:
    """One sheet, bilingual bold header ("value 数值"), frozen, readable widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "待补数据"
    ws.append([f"{column} {name}" for column, name in COLUMNS.items()])
    for record in records:
        ws.append([record[c] for c in COLUMNS])
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.data_type == "f":  # text starting with = is kept as text, never run as a formula
                cell.data_type = "s"
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FDE9D9")
    ws.freeze_panes = "A2"
    for letter, column in zip("ABCDEFG", COLUMNS, strict=True):
        ws.column_dimensions[letter].width = 30 if column in ("region", "indicator", "source") else 12
    wb.save(target)
