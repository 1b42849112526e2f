"""Human in the loop: export profiles for review, feed corrections back, import statistics."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from conftest import SEEDS, messages, pdf_text, run_cli, run_process

from reporter import origins, review
from reporter.compare import pick_value, resolve_region
from reporter.errors import RegionError, ReporterError

STATS_SOURCE = "2023年西双版纳州统计公报"


def flat(text: str) -> str:
    return "".join(text.split())


def sheet_rows(ws) -> tuple[dict[str, int], list]:
    """Column index by field name (header 'value 数值' -> 'value'), and the data rows."""
    header = [c.value for c in ws[1]]
    return {h.split()[0]: i for i, h in enumerate(header)}, list(ws.iter_rows(min_row=2))


def find_row(rows, col, **match):
    found = [r for r in rows if all(r[col[k]].value == v for k, v in match.items())]
    assert len(found) == 1, f"expected one row for {match}, found {len(found)}"
    return found[0]


def write_csv(path: Path, rows: list[dict]) -> Path:
    fields = list(dict.fromkeys(k for row in rows for k in row))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return path


def collect():
    messages: list[str] = []
    return messages, messages.append


# ---------------------------------------------------------------- the two end-to-end checks


@pytest.fixture(scope="session")
def corrected_brief(tmp_path_factory) -> dict:
    """Seed profiles exported to XLSX, edited as a person would, fed back to `reporter brief`."""
    from openpyxl import load_workbook

    tmp = tmp_path_factory.mktemp("review")
    xlsx = tmp / "审核.xlsx"
    run_cli("profiles", "export", str(SEEDS), "-o", str(xlsx), check=True)
    wb = load_workbook(xlsx)
    ws = wb["事实 facts"]
    col, rows = sheet_rows(ws)
    edited = find_row(rows, col, region="西双版纳州", indicator="above_scale_industrial_firms", value=126)
    edited[col["value"]].value = 131
    edited[col["note"]].value = "据州统计局核实"
    deleted = find_row(rows, col, region="松江区", indicator="sei_output_share")
    deleted[col["action"]].value = "删除"
    wb.save(xlsx)
    out = tmp / "out"
    proc = run_cli(
        "brief", "-t", "西双版纳州", "-b", "松江区", "--overrides", str(xlsx), "-o", str(out), "--format", "pdf"
    )
    assert proc.returncode == 0, proc.stderr
    return {"pdf": Path(proc.stdout.split()[0]), "stderr": proc.stderr, "xlsx": xlsx}


def test_corrected_value_is_shown_as_hand_corrected(corrected_brief, default_brief):
    before = flat(pdf_text(default_brief["pdf"]))
    text = flat(pdf_text(corrected_brief["pdf"]))
    assert "西双版纳州·规上工业企业数·126户原文摘录" in before
    assert "西双版纳州·规上工业企业数·131户人工校正" in text
    assert "西双版纳州131户，松江区1617户" in text  # the key finding uses the corrected value
    assert "西双版纳州126户" not in text
    assert "原为西双版纳州规上工业企业数126户" in text and "据州统计局核实" in text  # the original stays traceable
    assert "经人工校正" in text
    assert messages(corrected_brief["stderr"]) == []


def test_deleted_fact_is_gone_from_the_brief(corrected_brief, default_brief):
    assert "战略性新兴产业产值占比" in pdf_text(default_brief["pdf"])
    assert "战略性新兴产业产值占比" not in pdf_text(corrected_brief["pdf"])


@pytest.fixture(scope="session")
def statistics_brief(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("stats")
    data = write_csv(
        tmp / "统计.csv",
        [
            {
                "region": "西双版纳",
                "indicator": "规上工业总产值",
                "value": "412.5",
                "unit": "亿元",
                "period": "2023年",
                "source": STATS_SOURCE,
            }
        ],
    )
    proc = run_cli("brief", "-t", "西双版纳州", "-b", "松江区", "--data", str(data), "-o", str(tmp / "out"))
    assert proc.returncode == 0, proc.stderr
    return {Path(p).suffix[1:]: Path(p) for p in proc.stdout.split()}


def test_statistics_fill_the_gap_table_with_their_source(statistics_brief, default_brief):
    from lxml import html

    def gap_row(path: Path, label: str, table: str = "gap") -> list[str]:
        tree = html.fromstring(path.read_text(encoding="utf-8"))
        rows = tree.xpath(f'//table[@class="{table}"]//tr[td[1][starts-with(normalize-space(.), "{label}")]]')
        assert rows, f"no {table}-table row {label}"
        return [flat(td.text_content()) for td in rows[0].xpath("td")]

    before = gap_row(default_brief["html"], "规上工业总产值", "missing")  # the 待补数据 list
    assert before[1].startswith("超过4000亿元")
    cells = gap_row(statistics_brief["html"], "规上工业总产值")
    assert cells[1].startswith("412.5亿元[") and "2023" in cells[1]
    assert cells[2].startswith("超过4000亿元")
    assert "期间不同" in cells[3]  # 2023 against a figure with no stated period: flagged, no ratio
    text = flat(pdf_text(statistics_brief["pdf"]))
    assert f"西双版纳州·规上工业总产值·412.5亿元统计数据《{STATS_SOURCE}》" in text
    assert f"统计数据（《{STATS_SOURCE}》）" in text  # named in the opening paragraph too
    assert "按“人工校正>统计数据>原文摘录”的次序采用" in text


# ---------------------------------------------------------------- export


def test_fact_ids_are_the_same_in_a_fresh_process(corpus, tmp_path):
    """Ids match across processes; a stale correction is warned about on stderr, naming its row."""
    stale = write_csv(tmp_path / "o.csv", [{"id": "0123456789ab", "action": "删除"}])
    out = tmp_path / "facts.csv"
    proc = run_process("profiles", "export", str(SEEDS), "--overrides", str(stale), "-o", str(out), check=True)
    assert "警告" in proc.stderr and "o.csv 第2行" in proc.stderr and "0123456789ab" in proc.stderr
    with out.open(encoding="utf-8-sig") as fh:
        ids = [row["id"] for row in csv.DictReader(fh)]
    assert sorted(ids) == sorted(corpus.facts["id"])
    assert len(set(ids)) == len(ids)


def test_xlsx_has_three_filtered_frozen_sheets(corrected_brief):
    from openpyxl import load_workbook

    wb = load_workbook(corrected_brief["xlsx"])
    assert wb.sheetnames == ["事实 facts", "地区 regions", "指标 indicators"]
    for ws in wb:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == ws.dimensions
    facts = wb["事实 facts"]
    col, rows = sheet_rows(facts)
    assert list(col) == review.REVIEW_COLUMNS
    evidence = facts.column_dimensions[chr(ord("A") + col["evidence"])].width
    assert evidence == 60 and facts.column_dimensions["A"].width >= 12  # ids fully visible, sentences capped
    _, indicators = sheet_rows(wb["指标 indicators"])
    assert any(r[0].value == "industrial_output" for r in indicators)


def read_parquet(path: Path):
    """A Parquet file as a DataFrame; the file opened here, as fastparquet leaves its own handle open."""
    import fastparquet

    with path.open("rb") as fh:
        return fastparquet.ParquetFile(fh).to_pandas()


def test_json_and_parquet_exports_hold_every_fact(corpus, tmp_path):

    review.export(corpus, tmp_path / "p.json")
    doc = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert set(doc) == {"facts", "regions", "indicators"}
    assert len(doc["facts"]) == len(corpus.facts)
    assert {r["region"] for r in doc["regions"]} >= {"西双版纳州", "松江区"}
    review.export(corpus, tmp_path / "p.parquet")
    df = read_parquet(tmp_path / "p.parquet")
    assert list(df.columns) == review.REVIEW_COLUMNS
    assert sorted(df["id"]) == sorted(corpus.facts["id"])
    assert "西双版纳州" in set(df["region"])
    review.export(corpus, tmp_path / "r.parquet", table="regions")
    assert "industries" in read_parquet(tmp_path / "r.parquet").columns


def test_unknown_export_format_is_one_line_and_writes_nothing(tmp_path):
    proc = run_cli("profiles", "export", str(SEEDS), "-o", str(tmp_path / "facts.ods"))
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and len(messages(proc.stderr)) == 1
    assert not list(tmp_path.iterdir())


# ---------------------------------------------------------------- overrides


def test_unedited_export_changes_nothing(corpus, tmp_path):
    review.export(corpus, tmp_path / "facts.csv")
    messages, warn = collect()
    out = review.apply_overrides(corpus, tmp_path / "facts.csv", warn)
    assert messages == []
    assert out.facts.equals(corpus.facts)


def test_edited_value_with_empty_action_counts_as_change(corpus, tmp_path):
    fact = corpus.facts.iloc[0]
    path = write_csv(tmp_path / "o.csv", [{"id": fact["id"], "value": str(fact["value"] + 1), "action": ""}])
    out = review.apply_overrides(corpus, path, collect()[1])
    row = out.facts.set_index("id").loc[fact["id"]]
    assert row["value"] == fact["value"] + 1 and row["origin"] == "corrected"
    assert row["evidence"].startswith(fact["evidence"]) and fact["raw"] in row["evidence"]
    assert len(out.facts) == len(corpus.facts)


def test_stale_correction_is_reported_with_its_row(corpus, tmp_path):
    path = write_csv(
        tmp_path / "o.csv",
        [
            {"id": corpus.facts.iloc[0]["id"], "action": "delete"},
            {"id": "0123456789ab", "action": "修改"},
        ],
    )
    messages, warn = collect()
    out = review.apply_overrides(corpus, path, warn)
    assert len(out.facts) == len(corpus.facts) - 1
    assert len(messages) == 1
    assert "o.csv 第3行" in messages[0] and "0123456789ab" in messages[0]


def test_yaml_correction_adds_a_fact_with_its_source(corpus, tmp_path):
    path = tmp_path / "o.yaml"
    path.write_text(
        "- action: 新增\n  region: 松江\n  indicator: gdp\n  value: 1999.5\n  unit: 亿元\n"
        "  period: 2023年\n  source: 2023年松江区统计公报\n",
        encoding="utf-8",
    )
    out = review.apply_overrides(corpus, path, collect()[1])
    added = out.facts[out.facts["doc"] == "2023年松江区统计公报"]
    assert len(added) == 1
    fact = added.iloc[0]
    assert (fact["region"], fact["indicator"], fact["value"], fact["period"], fact["origin"]) == (
        "松江区",
        "gdp",
        1999.5,
        "2023",
        "corrected",
    )
    again = review.apply_overrides(corpus, path, collect()[1])
    assert list(again.facts["id"]) == list(out.facts["id"])  # the added fact's id is stable too


def test_export_after_corrections_is_the_next_corrections_file(corpus, tmp_path):
    """Re-exported with its corrections, the sheet reproduces them on a fresh extraction."""
    first, second = corpus.facts.iloc[0], corpus.facts.iloc[1]
    rows = [
        {"id": first["id"], "action": "", "value": str(first["value"] * 2), "note": "核实"},
        {"id": second["id"], "action": "删除", "note": "重复"},
        {"action": "新增", "region": "松江区", "indicator": "gdp", "value": "1999.5", "unit": "亿元", "source": "公报"},
    ]
    applied: list[review.Applied] = []
    once = review.apply_overrides(corpus, write_csv(tmp_path / "o.csv", rows), collect()[1], applied)
    assert [a.action for a in applied] == ["change", "delete", "add"]
    review.export(once, tmp_path / "next.xlsx", applied=applied)
    messages, warn = collect()
    twice = review.apply_overrides(corpus, tmp_path / "next.xlsx", warn)
    assert messages == []
    key = ["id", "value", "evidence", "origin"]
    assert twice.facts[key].sort_values("id").values.tolist() == once.facts[key].sort_values("id").values.tolist()
    assert second["id"] not in set(twice.facts["id"])


def test_invalid_action_names_the_row(corpus, tmp_path):
    path = write_csv(tmp_path / "o.csv", [{"id": corpus.facts.iloc[0]["id"], "action": "改正吧"}])
    with pytest.raises(ReporterError, match="第2行.*改正吧"):
        review.apply_overrides(corpus, path, collect()[1])


# ---------------------------------------------------------------- statistics and precedence


def stats_rows(**changes) -> list[dict]:
    row = {
        "地区": "西双版纳州",
        "指标": "规上工业企业数",
        "数值": "140",
        "单位": "户",
        "期间": "",
        "来源": STATS_SOURCE,
    }
    return [row | changes]


def test_statistics_take_precedence_over_text_in_the_same_period(corpus, tmp_path):
    path = write_csv(tmp_path / "s.csv", stats_rows())
    merged = review.apply_statistics(corpus, path, collect()[1])
    region = resolve_region(merged, "西双版纳州")
    facts = merged.facts[
        (merged.facts["region_id"] == region.id) & (merged.facts["indicator"] == "above_scale_industrial_firms")
    ]
    assert set(facts["value"]) == {126.0, 140.0}
    chosen = pick_value(facts, region.name)
    assert (chosen.value, chosen.origin, chosen.doc) == (140.0, "statistics", STATS_SOURCE)
    assert pick_value(facts, region.name, precedence=origins.precedence_for("text")).value == 126.0


def test_statistics_from_a_spreadsheet_with_chinese_headers(corpus, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["地区", "指标", "数值", "单位", "期间", "来源"])
    wb.active.append(["西双版纳傣族自治州", "地区生产总值", 2018.5, "亿元", 2023, STATS_SOURCE])
    wb.active.append(["西双版纳傣族自治州", "地区生产总值", 2018.5, "亿元", 2023, STATS_SOURCE])
    wb.save(tmp_path / "s.xlsx")
    messages, warn = collect()
    merged = review.apply_statistics(corpus, tmp_path / "s.xlsx", warn)
    added = merged.facts[merged.facts["origin"] == "statistics"]
    assert len(added) == 1 and messages == ["s.xlsx 第3行: 与前面一行重复, 已忽略 (duplicate row)。"]
    fact = added.iloc[0]
    assert (fact["region"], fact["indicator"], fact["value"], fact["period"], fact["kind"]) == (
        "西双版纳州",
        "gdp",
        2018.5,
        "2023",
        "level",
    )
    assert fact["doc"] == STATS_SOURCE


def test_a_more_recent_period_still_wins_over_precedence(corpus, tmp_path):
    path = write_csv(tmp_path / "s.csv", stats_rows(期间="2019"))
    merged = review.apply_statistics(corpus, path, collect()[1])
    region = resolve_region(merged, "西双版纳州")
    facts = merged.facts[
        (merged.facts["region_id"] == region.id) & (merged.facts["indicator"] == "above_scale_industrial_firms")
    ]
    dated = facts.assign(period=facts["period"].where(facts["origin"] != "text", "2020"))  # text 2020, statistics 2019
    assert set(dated["period"]) == {"2020", "2019"}
    assert pick_value(dated, region.name).value == 126.0


def test_unknown_statistics_region_lists_nearest(corpus, tmp_path):
    path = write_csv(tmp_path / "s.csv", stats_rows(地区="西双版纳洲"))
    with pytest.raises(RegionError, match="s.csv 第2行.*西双版纳洲.*西双版纳"):
        review.apply_statistics(corpus, path, collect()[1])


def test_unknown_statistics_region_in_cli_exits_2_without_output(tmp_path):
    path = write_csv(tmp_path / "s.csv", stats_rows(地区="西双版纳洲"))
    out = tmp_path / "out"
    proc = run_cli("brief", "-t", "西双版纳州", "-b", "松江区", "--data", str(path), "-o", str(out))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and len(messages(proc.stderr)) == 1
    assert not out.exists()


def test_statistics_file_without_source_column_is_refused(corpus, tmp_path):
    rows = stats_rows()
    del rows[0]["来源"]
    with pytest.raises(ReporterError, match="source"):
        review.apply_statistics(corpus, write_csv(tmp_path / "s.csv", rows), collect()[1])


def test_statistics_value_must_be_a_number(corpus, tmp_path):
    path = write_csv(tmp_path / "s.csv", stats_rows(数值="一百四十"))
    with pytest.raises(ReporterError, match="第2行.*一百四十"):
        review.apply_statistics(corpus, path, collect()[1])


def test_the_stated_rule_follows_the_preference():
    assert "“人工校正 > 统计数据 > 原文摘录”" in origins.precedence_sentence(origins.precedence_for("statistics"))
    assert "“人工校正 > 原文摘录 > 统计数据”" in origins.precedence_sentence(origins.precedence_for("text"))


def test_opening_paragraph_names_statistics_and_corrections():
    assert origins.origin_statement(["text", "text"], ["a", "b"]) == "数据均摘自语料原文"
    statement = origins.origin_statement(["text", "statistics", "corrected"], ["a", STATS_SOURCE, "b"])
    assert statement == f"数据摘自语料原文及统计数据（《{STATS_SOURCE}》），其中1个数字经人工校正"


def test_corrections_make_a_new_corpus_and_leave_the_one_given_as_it_was(corpus, tmp_path):
    import dataclasses

    from reporter.models import Fact

    before = list(corpus.fact_records)
    first = before[0]
    rows = [
        {"id": first.id, "action": "", "value": str(first.value * 2)},
        {"id": before[1].id, "action": "删除"},
    ]
    out = review.apply_overrides(corpus, write_csv(tmp_path / "o.csv", rows), collect()[1])
    assert corpus.fact_records == before and corpus.facts["id"].tolist() == [f.id for f in before]
    assert [f.value for f in out.fact_records if f.id == first.id] == [first.value * 2]
    assert before[1].id not in {f.id for f in out.fact_records}
    assert all(isinstance(f, Fact) for f in out.fact_records)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.value = 0.0  # type: ignore[misc]
