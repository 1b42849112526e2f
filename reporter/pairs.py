"""The pairs file of a batch: one brief a row, read from CSV, XLSX or YAML, or
derived from the corpus (--auto).

Rows are read as written; problems (missing target, unknown variable column)
are collected on the row, not raised, so the batch can list them all at once.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from reporter.corpus import Corpus
from reporter.errors import BatchError

BENCHMARK_SPLIT = re.compile(r"[、;；|｜,，\n]+")
# Column headers (case-insensitive) and what they mean; other headers must be template variables.
COLUMNS = {
    "target": "target",
    "目标": "target",
    "目标地区": "target",
    "benchmark": "benchmarks",
    "benchmarks": "benchmarks",
    "对标": "benchmarks",
    "对标地区": "benchmarks",
    "template": "template",
    "模板": "template",
    "title": "标题",
    "subtitle": "副标题",
    "author": "作者",
    "date": "日期",
}


@dataclass
class Brief:
    """One row of the pairs file, as written."""

    row: int  # spreadsheet row (header = 1) or YAML item number
    target: str
    benchmarks: list[str]
    template: str
    variables: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def read_briefs(path: Path, default_template: str) -> list[Brief]:
    """Rows of a CSV, XLSX or YAML pairs file."""
    records = read_records(Path(path))
    known = set(variable_names())
    return [parse_record(row, record, default_template, known) for row, record in records]


def read_records(path: Path) -> list[tuple[int, dict]]:
    from reporter.limits import file_problem

    suffix = path.suffix.lower()
    problem = file_problem(path)
    if problem:
        raise BatchError(f"无法读取批处理文件 {problem}")
    try:
        if suffix in (".csv", ".tsv", ".txt"):
            return csv_records(path)
        if suffix in (".xlsx", ".xlsm"):
            return xlsx_records(path)
        if suffix in (".yaml", ".yml"):
            return yaml_records(path)
    except (ValueError, KeyError, OSError, csv.Error) as exc:
        raise BatchError(f"无法读取批处理文件 '{path.name}': {exc}") from exc
    raise BatchError(f"批处理文件 '{path.name}' 的格式不支持: 请用 .csv、.xlsx 或 .yaml (unsupported pairs file).")


def csv_records(path: Path) -> list[tuple[int, dict]]:
    from reporter.ingest import decode  # handles BOMs and GB18030 exports of Excel

    text = decode(path.read_bytes(), path.name)[0].lstrip("\ufeff")
    dialect = csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    return table_records(rows)


def xlsx_records(path: Path) -> list[tuple[int, dict]]:
    import openpyxl

    from reporter.limits import zip_problem

    problem = zip_problem(path)
    if problem:
        raise ValueError(problem)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile/KeyError/InvalidFileException alike
        raise ValueError(f"不是有效的 Excel 文件 ({exc})") from exc
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return table_records(rows)


def table_records(rows: list[list]) -> list[tuple[int, dict]]:
    """Header in the first row; row numbers as a spreadsheet shows them; blank rows skipped."""
    if not rows:
        raise ValueError("文件是空的 (empty file)")
    header = [cell_text(h) for h in rows[0]]
    out = []
    for number, values in enumerate(rows[1:], start=2):
        record = {h: v for h, v in zip(header, values, strict=False) if h}
        if any(cell_text(v) for v in record.values()):
            out.append((number, record))
    return out


def yaml_records(path: Path) -> list[tuple[int, dict]]:
    import yaml

    from reporter.limits import safe_yaml

    try:
        data = safe_yaml(path.read_text(encoding="utf-8-sig"))
    except yaml.YAMLError as exc:
        raise ValueError(f"YAML 语法错误: {str(exc).splitlines()[0]}") from exc
    except RecursionError as exc:
        raise ValueError("YAML 嵌套过深 (nested too deeply)") from exc
    if isinstance(data, dict):
        data = data.get("briefs", data.get("简报"))
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ValueError("YAML 应为一个列表 (或 briefs: 列表), 每项含 target 与 benchmarks")
    return [(number, item) for number, item in enumerate(data, start=1)]


def cell_text(value) -> str:
    """A cell as text: Excel numbers without '.0', dates as 2026年5月1日."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_record(row: int, record: dict, default_template: str, known: set[str]) -> Brief:
    brief = Brief(row=row, target="", benchmarks=[], template=default_template)
    for key, value in record.items():
        name = COLUMNS.get(str(key).strip().casefold(), str(key).strip())
        if name == "benchmarks":
            brief.benchmarks = split_benchmarks(value)
        elif not cell_text(value) and not isinstance(value, list):
            continue
        elif name == "target":
            brief.target = cell_text(value)
        elif name == "template":
            brief.template = cell_text(value)
        elif name in known:
            brief.variables[name] = cell_text(value)
        else:
            brief.problems.append(f"未知变量 '{key}' (unknown variable); 可用: {'、'.join(sorted(known))}")
    if not brief.target:
        brief.problems.append("缺少目标地区 (target)")
    if not brief.benchmarks:
        brief.problems.append("缺少对标地区 (benchmarks)")
    return brief


def split_benchmarks(value) -> list[str]:
    items = value if isinstance(value, list) else BENCHMARK_SPLIT.split(cell_text(value))
    return [cell_text(b) for b in items if cell_text(b)]


def variable_names() -> list[str]:
    from reporter import render

    return list(render.VARIABLES)


def auto_briefs(corpus: Corpus, template: str) -> list[Brief]:
    """Every home region with data against the benchmarks with data that its documents name."""
    with_facts = corpus.region_ids_with_facts()
    roles = corpus.role_records
    briefs: list[Brief] = []
    for rid in dict.fromkeys(r.region_id for r in roles if r.role == "home"):
        if rid not in with_facts:
            continue
        docs = {r.doc for r in roles if r.role == "home" and r.region_id == rid}
        named = [r.region_id for r in roles if r.doc in docs and r.role == "benchmark"]
        bench = [b for b in dict.fromkeys(named) if b in with_facts and b != rid]
        if bench:
            names = [corpus.regions[b].full_name for b in bench]
            briefs.append(Brief(len(briefs) + 1, corpus.regions[rid].full_name, names, template))
    return briefs
