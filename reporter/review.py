"""Review: profiles exported for a person to check, their corrections applied back,
and official statistics merged in, each number keeping its origin.

Order on every run: extraction -> statistics (`--data`) -> corrections
(`--overrides`), so re-running extraction never loses a correction. Facts are
matched by their stable id (see `extract.make_fact`). A changed fact gets
origin "corrected"; an added one too, with its source as document and
evidence; an imported statistic gets origin "statistics".

An exported review sheet is itself an overrides file: a row whose `action` is
empty and whose values equal the extracted fact changes nothing, a row whose
values were edited counts as a change even with `action` left empty.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from reporter import lexicon, taxonomy
from reporter.compare import resolve_region
from reporter.corpus import FACT_COLUMNS, Corpus, record, regions_table
from reporter.errors import RegionError, ReporterError
from reporter.models import KIND_NAMES, Fact, Region, fmt

REVIEW_COLUMNS = [
    "id",
    "region",
    "full_name",
    "indicator",
    "label",
    "value",
    "unit",
    "period",
    "qualifier",
    "kind",
    "doc",
    "title",
    "evidence",
    "origin",
    "action",
    "note",
]
COLUMN_NAMES = {
    "id": "编号",
    "region": "地区",
    "full_name": "全称",
    "indicator": "指标",
    "label": "指标名称",
    "value": "数值",
    "unit": "单位",
    "period": "期间",
    "qualifier": "限定词",
    "kind": "类型",
    "doc": "文档",
    "title": "文档标题",
    "evidence": "原句",
    "origin": "来源类型",
    "action": "操作",
    "note": "备注",
    "source": "来源",
}
# Headers of the 地区 and 指标 sheets, for display only (not read back).
OTHER_HEADERS = {
    "level": "层级",
    "parent": "上级",
    "roles": "角色",
    "mentions": "提及次数",
    "facts": "数字个数",
    "industries": "产业",
    "practices": "做法",
    "dimension": "维度",
    "regions": "有数据的地区",
    "kinds": "数字类型",
    "synonyms": "同义词",
}
ALIASES = {zh: en for en, zh in COLUMN_NAMES.items()} | {"年份": "period", "指标名": "label", "出处": "source"}
SHEETS = {"facts": "事实 facts", "regions": "地区 regions", "indicators": "指标 indicators"}
ACTIONS = {
    "": "",
    "keep": "keep",
    "保留": "keep",
    "确认": "keep",
    "ok": "keep",
    "change": "change",
    "修改": "change",
    "改": "change",
    "delete": "delete",
    "删除": "delete",
    "删": "delete",
    "add": "add",
    "新增": "add",
    "增加": "add",
}
KINDS = set(lexicon.kind_labels())
EDITABLE = ("region", "indicator", "label", "value", "unit", "period", "qualifier", "kind")
FORMATS = (".xlsx", ".csv", ".json", ".parquet")

Warn = Callable[[str], None]


@dataclass(frozen=True)
class Applied:
    """One correction as applied: the fact before and after (None when absent)."""

    action: str  # change | delete | add
    before: Fact | None
    after: Fact | None
    note: str

    @property
    def fact_id(self) -> str:
        fact = self.after or self.before
        assert fact is not None, "a correction has a fact before or after it"
        return fact.id


@dataclass(frozen=True)
class Entry:
    """One row of a corrections or statistics file, cells as text."""

    file: str
    line: int  # row number as the person sees it (header is row 1)
    cells: dict[str, str]

    def get(self, column: str) -> str:
        return self.cells.get(column, "")

    def where(self) -> str:
        rid = f" (id={self.get('id')})" if self.get("id") else ""
        return f"{self.file} 第{self.line}行{rid}"


# ---------------------------------------------------------------- export


def review_table(corpus: Corpus, applied: list[Applied] | None = None) -> pd.DataFrame:
    """Every fact one row, with its document title and empty action/note columns.

    With the corrections `applied` to `corpus`, their notes are kept, added
    facts say 新增 and deleted ones come back as 删除 rows: the table is then a
    complete corrections file for the next round of review.
    """
    applied = applied or []
    deleted = [record(a.before, FACT_COLUMNS) for a in applied if a.before is not None and a.action == "delete"]
    facts = corpus.facts.copy()
    if deleted:
        facts = pd.concat([facts, pd.DataFrame(deleted, columns=facts.columns)], ignore_index=True)
    titles = {name: doc.title for name, doc in corpus.documents.items()}
    facts["title"] = facts["doc"].map(lambda d: titles.get(d, d))
    labels = {"add": "新增", "delete": "删除"}
    actions = {a.fact_id: labels.get(a.action, "") for a in applied}
    notes = {a.fact_id: a.note for a in applied}
    facts["action"] = facts["id"].map(lambda i: actions.get(i, ""))
    facts["note"] = facts["id"].map(lambda i: notes.get(i, ""))
    return facts[REVIEW_COLUMNS].sort_values(["region", "indicator", "period"], kind="stable").reset_index(drop=True)


def regions_sheet(corpus: Corpus) -> pd.DataFrame:
    table = regions_table(corpus)
    practices = corpus.practices
    table["industries"] = table["id"].map(
        lambda rid: "、".join(
            dict.fromkeys(practices[(practices["region_id"] == rid) & (practices["kind"] == "industry")]["term"])
        )
    )
    table["practices"] = table["id"].map(
        lambda rid: "、".join(
            dict.fromkeys(practices[(practices["region_id"] == rid) & (practices["kind"] == "practice")]["term"])
        )
    )
    return table


def indicators_sheet(corpus: Corpus) -> pd.DataFrame:
    """The taxonomy (ids a reviewer may type), plus the free indicators found, with counts."""
    facts = corpus.facts
    rows = []
    known = corpus.indicators or taxonomy.load()
    free = sorted(set(facts["indicator"]) - {i.id for i in known})
    entries = [(i.id, i.name, i.unit, i.dimension, "|".join(i.synonyms[1:])) for i in known]
    entries += [(ind, ind.split(":", 1)[-1], "", "其他指标", "") for ind in free]
    for ind, name, unit, dimension, synonyms in entries:
        sel = facts[facts["indicator"] == ind]
        rows.append(
            {
                "indicator": ind,
                "label": name,
                "unit": unit,
                "dimension": dimension,
                "facts": len(sel),
                "regions": "、".join(dict.fromkeys(sel["region"])),
                "kinds": "、".join(dict.fromkeys(sel["kind"])),
                "synonyms": synonyms,
            }
        )
    return pd.DataFrame(rows)


def export(corpus: Corpus, path: str | Path, table: str = "facts", applied: list[Applied] | None = None) -> Path:
    """Write the review tables to `path`; the format follows the suffix.

    XLSX and JSON hold all three tables; CSV and Parquet hold one (`table`).
    """
    from reporter.files import atomic_write, write_text
    from reporter.safety import neutralised

    path = Path(path)
    suffix = export_format(path)
    tables = {
        "facts": review_table(corpus, applied),
        "regions": regions_sheet(corpus),
        "indicators": indicators_sheet(corpus),
    }
    if suffix == ".xlsx":
        atomic_write(path, lambda tmp: write_xlsx(tables, tmp))
    elif suffix == ".json":
        write_text(path, json.dumps(json_document(tables), ensure_ascii=False, indent=1))
    elif suffix == ".csv":
        atomic_write(path, lambda tmp: neutralised(tables[table]).to_csv(tmp, index=False, encoding="utf-8-sig"))
    else:
        atomic_write(path, lambda tmp: write_parquet(tables[table], tmp))
    return path


def export_format(path: str | Path) -> str:
    """The export format a file name asks for; an error before any work if unsupported."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ReporterError(f"不支持的导出格式 '{Path(path).name}' (use {', '.join(FORMATS)})。")
    return suffix


def json_document(tables: dict[str, pd.DataFrame]) -> dict:
    return {name: json.loads(df.to_json(orient="records", force_ascii=False)) for name, df in tables.items()}


def write_parquet(df: pd.DataFrame, target: str) -> None:
    """fastparquet, imported here: pandas' own Parquet path wants pyarrow (see README)."""
    import fastparquet

    fastparquet.write(target, df.reset_index(drop=True), compression="ZSTD", stats=False)


def write_xlsx(tables: dict[str, pd.DataFrame], target: str) -> None:
    """One sheet a table: bilingual bold header, frozen, filtered, readable widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    for name, df in tables.items():
        ws = wb.create_sheet(SHEETS[name])
        names = COLUMN_NAMES | OTHER_HEADERS
        headers = [f"{col} {names[col]}" if col in names else col for col in df.columns]
        ws.append(headers)
        for values in df.itertuples(index=False):
            ws.append([cell_value(v) for v in values])
            for cell in ws[ws.max_row]:
                if cell.data_type == "f":  # text starting with = is kept as text, never run as a formula
                    cell.data_type = "s"
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDE6F0")
            cell.alignment = Alignment(vertical="center")
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
        for i, col in enumerate(df.columns, start=1):
            width = max([display_width(headers[i - 1])] + [display_width(str(v)) for v in df[col].head(500)])
            ws.column_dimensions[get_column_letter(i)].width = min(max(width + 2, 8), 60)
    wb.save(target)


def cell_value(v):
    """A value openpyxl can store: no NaN, and control characters (which XLSX cannot hold) written as \\xNN."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, str):
        return ILLEGAL_CHARACTERS_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", v)
    return v


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: a CJK character counts as two."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


# ---------------------------------------------------------------- reading files


def read_entries(path: str | Path, what: str) -> list[Entry]:
    """Rows of a CSV, XLSX (the 事实 sheet, else the first) or YAML file, cells as text."""
    from reporter.limits import file_problem

    path = Path(path)
    if not path.exists():
        raise ReporterError(f"{what}文件 '{path}' 不存在 (file not found)。")
    problem = file_problem(path)
    if problem:
        raise ReporterError(f"{what}文件 {problem}")
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            df = read_csv(path)
        elif suffix in (".xlsx", ".xlsm"):
            df = read_xlsx(path)
        elif suffix in (".yaml", ".yml"):
            df = read_yaml(path)
        else:
            raise ReporterError(f"{what}文件 '{path}' 格式不支持 (use .csv, .xlsx or .yaml)。")
    except ReporterError:
        raise
    except Exception as exc:  # a malformed file of any kind is the user's to fix
        raise ReporterError(f"无法读取{what}文件 '{path}': {exc}") from exc
    columns = [canonical_column(c) for c in df.columns]
    return [
        Entry(path.name, i + 2, {col: text(v) for col, v in zip(columns, row, strict=True) if col})
        for i, row in enumerate(df.itertuples(index=False))
    ]


def read_csv(path: Path) -> pd.DataFrame:
    """A CSV in any encoding the pairs files and documents may use (UTF-8, GB18030, BOMs)."""
    import io

    from reporter.ingest import decode
    from reporter.safety import from_spreadsheet_text

    text = decode(path.read_bytes(), path.name)[0].lstrip("\ufeff")
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False).map(from_spreadsheet_text)


def read_xlsx(path: Path) -> pd.DataFrame:
    from openpyxl import load_workbook

    from reporter.limits import zip_problem

    problem = zip_problem(path)
    if problem:
        raise ReporterError(problem)
    names = load_workbook(path, read_only=True).sheetnames
    sheet = next((n for n in names if "facts" in n or "事实" in n), names[0])
    return pd.read_excel(path, sheet_name=sheet, dtype=object, engine="openpyxl")


def read_yaml(path: Path) -> pd.DataFrame:
    from reporter.limits import safe_yaml

    data = safe_yaml(path.read_text(encoding="utf-8")) or []
    if isinstance(data, dict):
        data = next((v for v in data.values() if isinstance(v, list)), [])
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise ReporterError(f"YAML 文件 '{path}' 应为一个列表, 每项一个映射 (a list of mappings)。")
    return pd.DataFrame(data)


def canonical_column(header) -> str:
    """'value 数值', '数值', 'Value' -> 'value'; unknown headers -> ''."""
    known = set(COLUMN_NAMES)
    for token in re.split(r"[\s()（）/]+", str(header).strip()):
        if token.lower() in known:
            return token.lower()
        if token in ALIASES:
            return ALIASES[token]
    return ""


def text(v) -> str:
    """A cell as text: empty for blanks, '2023' for a year typed as a number."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def parse_value(entry: Entry) -> float:
    raw = entry.get("value").replace(",", "").replace("，", "")
    try:
        return float(raw)
    except ValueError:
        raise ReporterError(f"{entry.where()}: 数值“{entry.get('value')}”不是数字 (value is not a number)。") from None


def normalise_period(period: str) -> str:
    """'2023年' -> '2023', as extraction writes a bare year."""
    m = re.fullmatch(r"((?:19|20)\d\d)\s*年?", period.strip())
    return m.group(1) if m else period.strip()


# ---------------------------------------------------------------- resolving names


def resolve_indicator(name: str, indicators: tuple[taxonomy.Indicator, ...] = ()) -> tuple[str, str] | None:
    """(id, label) of an indicator named by id, name or synonym; None if unknown.

    `indicators`: the corpus's list (a user file's), else the built-in taxonomy.
    """
    name = name.strip()
    indicators = indicators or taxonomy.load()
    for ind in indicators:
        if name in (ind.id, ind.name):
            return ind.id, ind.name
    for ind in indicators:
        if name in ind.synonyms:
            return ind.id, ind.name
    return None


def indicator_of(corpus: Corpus, name: str, entry: Entry, warn: Warn) -> tuple[str, str]:
    found = resolve_indicator(name, corpus.indicators)
    if found:
        return found
    label = name.split(":", 1)[1] if name.startswith("other:") else name
    if not name.startswith("other:"):
        warn(f"{entry.where()}: 指标“{name}”不在指标表中, 记为其他指标 (not in the taxonomy)。")
    return f"other:{label}", label


def region_of(corpus: Corpus, name: str, entry: Entry) -> Region:
    try:
        return resolve_region(corpus, name)
    except RegionError as exc:
        raise RegionError(f"{entry.where()}: {exc.message}") from None


def default_kind(unit: str) -> str:
    return {"%": "share", "个百分点": "change"}.get(unit, "level")


def kind_of(entry: Entry, unit: str) -> str:
    """The kind as written (level, growth…) or as briefs name it (总量, 增长…); by the unit when empty."""
    kind = entry.get("kind") or default_kind(unit)
    kind = {name: k for k, name in KIND_NAMES.items()}.get(kind, kind)
    if kind not in KINDS:
        raise ReporterError(f"{entry.where()}: 类型“{kind}”无效, 应为 {'/'.join(sorted(KINDS))}。")
    return kind


# ---------------------------------------------------------------- new facts


def new_fact(corpus: Corpus, entry: Entry, origin: str, warn: Warn) -> Fact:
    """A fact stated by a row (statistics, or a correction that adds one) with its source."""
    fallback = {"indicator": "label", "source": "doc"}  # an exported sheet has these columns too
    for column in ("region", "indicator", "value", "source"):
        if not entry.get(column) and not entry.get(fallback.get(column, column)):
            raise ReporterError(f"{entry.where()}: 缺少“{column} {COLUMN_NAMES[column]}” (required)。")
    region = region_of(corpus, entry.get("region"), entry)
    indicator, label = indicator_of(corpus, entry.get("indicator") or entry.get("label"), entry, warn)
    value = parse_value(entry)
    unit = entry.get("unit")
    period = normalise_period(entry.get("period"))
    source = entry.get("source") or entry.get("doc")
    kind = kind_of(entry, unit)
    key = f"{origin}:{region.id}:{indicator}:{kind}:{period}:{value!r}:{unit}:{source}"
    period_text = f"（{period}{'年' if period.isdigit() else ''}）" if period else ""
    evidence = f"{region.name}{label}{fmt(value)}{unit}{period_text}"
    if entry.get("note"):
        evidence += f"；{entry.get('note')}"
    return Fact(
        id=hashlib.sha1(key.encode()).hexdigest()[:12],
        doc=source,
        doc_id="",
        region=region.name,
        full_name=region.full_name,
        region_id=region.id,
        level=region.level,
        indicator=indicator,
        label=label,
        value=value,
        unit=unit,
        period=period,
        qualifier=entry.get("qualifier"),
        kind=kind,
        evidence=evidence,
        raw=f"{fmt(value)}{unit}",
        origin=origin,
    )


def with_facts(corpus: Corpus, facts: list[Fact]) -> Corpus:
    return dataclasses.replace(corpus, fact_records=facts)


# ---------------------------------------------------------------- statistics


def apply_statistics(corpus: Corpus, path: str | Path, warn: Warn) -> Corpus:
    """Merge official figures (region, indicator, value, unit, period, source) as facts."""
    entries = read_entries(path, "统计数据")
    if entries:
        missing = [c for c in ("region", "indicator", "value", "unit", "source") if c not in entries[0].cells]
        if missing:
            names = ", ".join(f"{c} ({COLUMN_NAMES[c]})" for c in missing)
            raise ReporterError(f"统计数据文件 '{path}' 缺少列: {names}。")
    facts: dict[str, Fact] = {}
    unfilled = 0
    for entry in entries:
        if not any(entry.cells.values()):
            continue
        if not entry.get("value") and not entry.get("source"):
            unfilled += 1  # a 待补数据 row nobody has filled in yet
            continue
        fact = new_fact(corpus, entry, "statistics", warn)
        if fact.id in facts:
            warn(f"{entry.where()}: 与前面一行重复, 已忽略 (duplicate row)。")
        facts[fact.id] = fact
    if unfilled:
        warn(f"统计数据文件 '{path}' 有 {unfilled} 行未填数值和来源, 已跳过。")
    if not facts:
        warn(f"统计数据文件 '{path}' 没有数据行。")
        return corpus
    return with_facts(corpus, [*corpus.fact_records, *facts.values()])


# ---------------------------------------------------------------- overrides


def apply_overrides(corpus: Corpus, path: str | Path, warn: Warn, applied: list[Applied] | None = None) -> Corpus:
    """Change, delete or add facts as a corrections file says; stale rows are reported.

    Each correction made is appended to `applied` when given.
    """
    records: list[Fact | None] = list(corpus.fact_records)
    position = {r.id: i for i, r in enumerate(corpus.fact_records)}
    added: list[Fact] = []
    applied = [] if applied is None else applied
    for entry in read_entries(path, "校正"):
        if not any(entry.cells.values()):
            continue
        action = ACTIONS.get(entry.get("action").lower())
        if action is None:
            raise ReporterError(
                f"{entry.where()}: 操作“{entry.get('action')}”无效, 应为 空/修改/删除/新增 (change/delete/add)。"
            )
        if action == "add":
            added.append(new_fact(corpus, entry, "corrected", warn))
            applied.append(Applied("add", None, added[-1], entry.get("note")))
            continue
        i = position.get(entry.get("id"))
        fact = None if i is None else records[i]
        if i is None or fact is None:
            warn(f"{entry.where()}: 找不到该编号的事实, 已忽略 (no fact with this id; the document may have changed)。")
        elif action == "delete":
            applied.append(Applied("delete", fact, None, entry.get("note")))
            records[i] = None
        elif action != "keep":
            changed = corrected(corpus, fact, entry, warn)
            if changed is not None:
                applied.append(Applied("change", fact, changed, entry.get("note")))
                records[i] = changed
            elif action == "change":
                warn(f"{entry.where()}: 标记为修改, 但各项与原值相同, 未作改动。")
    kept = [r for r in records if r is not None] + added
    return with_facts(corpus, kept)


def corrected(corpus: Corpus, original: Fact, entry: Entry, warn: Warn) -> Fact | None:
    """The fact with the row's edits, origin "corrected"; None if the row changes nothing.

    Only columns present in the file count. An empty value, region, indicator,
    label or kind cell means "not given"; an empty unit, period or qualifier
    cell means empty (a person may clear a wrong qualifier).
    """
    fact = record(original, FACT_COLUMNS)
    new = dict(fact)
    given = {c: entry.get(c) for c in EDITABLE if c in entry.cells}
    if given.get("value") and not math.isclose(parse_value(entry), float(fact["value"]), rel_tol=1e-9):
        new["value"] = parse_value(entry)
    for column in ("unit", "qualifier"):
        if column in given and given[column] != (fact[column] or ""):
            new[column] = given[column]
    if "period" in given and normalise_period(given["period"]) != normalise_period(fact["period"] or ""):
        new["period"] = normalise_period(given["period"])
    if given.get("kind") and given["kind"] != fact["kind"]:
        new["kind"] = kind_of(entry, new["unit"])
    if given.get("indicator") and given["indicator"] not in (fact["indicator"], fact["label"]):
        new["indicator"], new["label"] = indicator_of(corpus, given["indicator"], entry, warn)
    elif given.get("label") and given["label"] != fact["label"]:
        new["indicator"], new["label"] = indicator_of(corpus, given["label"], entry, warn)
    if given.get("region") and given["region"] not in (fact["region"], fact["full_name"]):
        region = region_of(corpus, given["region"], entry)
        new.update(region=region.name, full_name=region.full_name, region_id=region.id, level=region.level)
    if new == fact:
        return None
    return Fact(**finish_correction(fact, new, entry))


def finish_correction(fact: dict, new: dict, entry: Entry) -> dict:
    """Origin "corrected", the number re-written, the original kept in the evidence."""
    new["origin"] = "corrected"
    new["raw"] = f"{fmt(new['value'])}{new['unit']}"
    was = f"{fact['region']}{fact['label']} {fact['raw']}"
    if fact["period"]:
        was += f"（{fact['period']}）"
    note = f"；{entry.get('note')}" if entry.get("note") else ""
    new["evidence"] = f"{fact['evidence']}（人工校正, 原为{was}{note}）"
    return new
