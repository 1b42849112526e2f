"""`reporter batch`: validation, isolation, incremental runs, interruption, Dask.

One batch of 30 rows over the seed corpus is rendered once (module fixture)
and then run again, edited and re-run; assertions share those runs.
"""

from __future__ import annotations

import csv
import io
import itertools
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import ROOT, SEEDS, pdf_text, run_cli
from pypdf import PdfReader

from reporter import batch, cache, pairs
from reporter.ingest import load_documents

REGIONS = ["西双版纳州", "松江区", "泗泾镇", "金山区", "如东县", "上虞区", "杭州湾上虞经济技术开发区", "海宁市"]
BROKEN_TEMPLATE = "{{ 不存在的变量 }}\n"  # valid syntax, fails only while rendering
# A one-page brief (title, 核心结论, footer) built from the built-in parts: keeps 3 runs of 30 briefs quick.
SHORT_TEMPLATE = '{% extends "base.html" %}{% block content %}{% include "partials/summary.html" %}{% endblock %}\n'


def good_rows() -> list[dict[str, str]]:
    """28 rows: 25 ordered pairs, 2 multi-benchmark rows, and one pair twice (a name collision)."""
    ordered = [(t, b) for t, b in itertools.permutations(REGIONS, 2)][:25]
    rows = [{"target": t, "benchmarks": b} for t, b in ordered]
    rows.append({"target": "如东县", "benchmarks": "上虞区、海宁市"})
    rows.append({"target": "泗泾镇", "benchmarks": "松江区; 金山区 | 上虞区"})
    rows.append({"target": "西双版纳", "benchmarks": "松江", "标题": "西双版纳州批量测试标题", "编号": "第2号"})
    return rows


def write_pairs(path: Path, rows: list[dict[str, str]]) -> Path:
    columns = list(dict.fromkeys(k for r in rows for k in r))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def read_manifest(out: Path) -> list[dict[str, str]]:
    with (out / "manifest.csv").open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def pdf_times(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in out.glob("*.pdf")}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> dict[str, Path]:
    """A user templates folder (copy of the built-in one, a short and a broken template) and a 30-row pairs file."""
    root = tmp_path_factory.mktemp("batch")
    templates = root / "templates"
    shutil.copytree(ROOT / "templates", templates)
    (templates / "broken.html").write_text(BROKEN_TEMPLATE, encoding="utf-8")
    (templates / "short.html").write_text(SHORT_TEMPLATE, encoding="utf-8")
    rows = good_rows()
    rows.insert(5, {"target": "火星市", "benchmarks": "松江区"})  # unknown region: invalid
    rows.insert(17, {"target": "金山区", "benchmarks": "松江区", "template": "broken.html"})  # fails in rendering
    pairs_csv = write_pairs(root / "pairs.csv", rows)
    return {"root": root, "templates": templates, "pairs": pairs_csv, "cache": root / "cache", "out": root / "out"}


def batch_args(ws: dict[str, Path], out: Path, *extra: str) -> list[str]:
    return [
        "batch",
        str(ws["pairs"]),
        "-o",
        str(out),
        "-j",
        "2",
        "--templates",
        str(ws["templates"]),
        "--cache-dir",
        str(ws["cache"]),
        "--format",
        "pdf",
        *extra,
    ]


@pytest.fixture(scope="module")
def runs(workspace) -> dict:
    """First run, second run, then a run after editing one template; each with its manifest and PDF times."""
    ws, out = workspace, workspace["out"]
    result = {}
    for name in ("first", "second"):
        proc = run_cli(*batch_args(ws, out, "--keep-going", "--template", "short.html"))
        result[name] = {"proc": proc, "manifest": read_manifest(out), "times": pdf_times(out)}
    footer = ws["templates"] / "partials" / "footer.html"
    footer.write_text(footer.read_text(encoding="utf-8") + "{# 修改 #}\n", encoding="utf-8")
    proc = run_cli(*batch_args(ws, out, "--keep-going", "--template", "short.html"))
    result["edited"] = {"proc": proc, "manifest": read_manifest(out), "times": pdf_times(out)}
    return result


def test_first_run_renders_28_pdfs_and_records_2_errors(runs, workspace):
    first = runs["first"]
    assert first["proc"].returncode == 1, first["proc"].stderr
    assert len(first["times"]) == 28
    manifest = first["manifest"]
    assert len(manifest) == 30
    bad = {r["target"]: r for r in manifest if r["status"] not in ("ok",)}
    assert set(bad) == {"火星市", "金山区"}
    assert bad["火星市"]["status"] == "invalid" and "火星市" in bad["火星市"]["error"]
    assert bad["金山区"]["status"] == "failed" and "不存在的变量" in bad["金山区"]["error"]
    for row in manifest:
        if row["status"] == "ok":
            pdf = workspace["out"] / row["outputs"]
            assert int(row["pages"]) == len(PdfReader(pdf).pages) >= 1
            assert int(row["bytes"]) == pdf.stat().st_size
    assert "Traceback" not in first["proc"].stderr


def test_rows_are_numbered_as_in_the_spreadsheet(runs):
    manifest = runs["first"]["manifest"]
    assert [int(r["row"]) for r in manifest] == list(range(2, 32))
    assert next(r for r in manifest if r["target"] == "火星市")["row"] == "7"


def test_colliding_names_get_row_numbers_and_variables_reach_the_pdf(runs, workspace):
    manifest = runs["first"]["manifest"]
    twins = [r for r in manifest if r["target"] in ("西双版纳州", "西双版纳") and r["benchmarks"] in ("松江区", "松江")]
    assert len(twins) == 2
    names = [r["outputs"] for r in twins]
    assert names == [f"西双版纳州-对标-松江区-r{r['row']}.pdf" for r in twins]
    text = pdf_text(workspace["out"] / names[1]).replace(" ", "")
    assert "西双版纳州批量测试标题" in text
    assert "西双版纳州批量测试标题" not in pdf_text(workspace["out"] / names[0]).replace(" ", "")


def test_multiple_benchmarks_in_one_cell(runs):
    manifest = runs["first"]["manifest"]
    row = next(
        r for r in manifest if r["target"] == "泗泾镇" and "金山区" in r["benchmarks"] and "上虞区" in r["benchmarks"]
    )
    assert row["outputs"] == "泗泾镇-对标-松江区-金山区-上虞区.pdf"


def test_second_run_renders_nothing(runs):
    second = runs["second"]
    assert second["proc"].returncode == 1  # the two bad rows are still bad
    assert second["times"] == runs["first"]["times"]
    statuses = [r["status"] for r in second["manifest"]]
    assert statuses.count("unchanged") == 28 and statuses.count("ok") == 0


def test_editing_one_template_renders_all_again(runs):
    edited = runs["edited"]
    assert edited["proc"].returncode == 1
    assert set(edited["times"]) == set(runs["first"]["times"])
    assert all(edited["times"][n] != runs["first"]["times"][n] for n in edited["times"])
    assert [r["status"] for r in edited["manifest"]].count("ok") == 28


def test_index_links_every_brief(runs, workspace):
    page = (workspace["out"] / "index.html").read_text(encoding="utf-8")
    for row in runs["edited"]["manifest"]:
        if row["outputs"]:
            assert f'href="{quote(row["outputs"])}"' in page
    assert "火星市" in page


def test_invalid_rows_are_all_listed_and_nothing_is_rendered(workspace, tmp_path):
    rows = [
        {"target": "西双版纳州", "benchmarks": "松江区", "模板": "", "颜色": ""},
        {"target": "西双版纳洲", "benchmarks": "松江区", "模板": "", "颜色": ""},
        {"target": "如东县", "benchmarks": "海宁市", "模板": "没有这个模板.html", "颜色": ""},
        {"target": "如东县", "benchmarks": "", "模板": "", "颜色": "红"},
    ]
    pairs_csv = write_pairs(tmp_path / "bad.csv", rows)
    out = tmp_path / "out"
    proc = run_cli("batch", str(pairs_csv), "-o", str(out), "--cache-dir", str(workspace["cache"]))
    assert proc.returncode == 2, proc.stderr
    for expected in ("第 3 行", "西双版纳洲", "第 4 行", "没有这个模板.html", "第 5 行", "颜色", "缺少对标地区"):
        assert expected in proc.stderr
    assert "第 2 行" not in proc.stderr and "Traceback" not in proc.stderr
    assert not list(out.glob("*.pdf")) and not list(out.glob("*.html"))


def test_killing_the_batch_leaves_no_partial_file(workspace, tmp_path):
    out = tmp_path / "killed"
    # The full brief template: slower briefs, so the signal surely comes midway.
    cmd = [sys.executable, "-m", "reporter", *batch_args(workspace, out, "--keep-going")]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not list(out.glob("*.pdf")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert not [p for p in out.iterdir() if p.name.startswith(".tmp-")]
    pdfs = list(out.glob("*.pdf"))
    assert 1 <= len(pdfs) < 28
    for pdf in pdfs:
        assert len(PdfReader(pdf, strict=True).pages) >= 1
    manifest = read_manifest(out)
    assert {r["status"] for r in manifest} >= {"ok", "interrupted"}
    assert {r["outputs"] for r in manifest if r["status"] == "ok"} == {p.name for p in pdfs}


def test_batch_runs_on_a_dask_cluster(workspace, tmp_path):
    from distributed import LocalCluster

    pairs_csv = write_pairs(tmp_path / "pairs.csv", [{"target": "如东县", "benchmarks": "海宁市"}] * 2)
    out = tmp_path / "dask"
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0"
    ) as cluster:
        proc = run_cli(
            "batch", str(pairs_csv), "-o", str(out), "--scheduler", cluster.scheduler_address,
            "--cache-dir", str(workspace["cache"]),
        )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    manifest = read_manifest(out)
    assert [r["status"] for r in manifest] == ["ok", "ok"]
    assert {r["outputs"] for r in manifest} == {
        "如东县-对标-海宁市-r2.html;如东县-对标-海宁市-r2.pdf",
        "如东县-对标-海宁市-r3.html;如东县-对标-海宁市-r3.pdf",
    }
    assert "海宁市" in pdf_text(out / "如东县-对标-海宁市-r3.pdf")


# ---------------------------------------------------------------- units: reading, naming, escaping, cache


def test_pairs_from_yaml_and_xlsx_read_alike(tmp_path):
    import openpyxl

    yaml_file = tmp_path / "pairs.yaml"
    yaml_file.write_text(
        "briefs:\n  - target: 甲县\n    benchmarks: [乙区, 丙市]\n    标题: 测试\n  - 目标地区: 丁县\n    对标: 戊区\n",
        encoding="utf-8",
    )
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["目标", "对标地区", "title", "编号"])
    sheet.append(["甲县", "乙区、丙市", "测试", None])
    sheet.append([None, None, None, None])
    sheet.append(["丁县", "戊区", None, 7.0])
    book.save(tmp_path / "pairs.xlsx")
    from_yaml = pairs.read_briefs(yaml_file, "brief.html")
    from_xlsx = pairs.read_briefs(tmp_path / "pairs.xlsx", "brief.html")
    for briefs in (from_yaml, from_xlsx):
        assert [(b.target, b.benchmarks) for b in briefs] == [("甲县", ["乙区", "丙市"]), ("丁县", ["戊区"])]
        assert briefs[0].variables == {"标题": "测试"} and not briefs[0].problems
    assert [b.row for b in from_xlsx] == [2, 4] and from_xlsx[1].variables == {"编号": "7"}


def test_unknown_column_is_a_problem_only_where_filled():
    known = {"标题"}
    filled = pairs.parse_record(2, {"target": "甲", "benchmarks": "乙", "颜色": "红"}, "brief.html", known)
    empty = pairs.parse_record(3, {"target": "甲", "benchmarks": "乙", "颜色": ""}, "brief.html", known)
    assert any("颜色" in p for p in filled.problems) and not empty.problems


def test_basenames_are_safe_and_unique():
    jobs = [
        batch.Job(2, "", [], "", {}, [], ["../甲/区", "乙 区"]),
        batch.Job(3, "", [], "", {}, [], ["A县", "B"]),
        batch.Job(4, "", [], "", {}, [], ["a县", "b"]),
        batch.Job(5, "", [], "", {}, [], ["长" * 90, "乙"]),
        batch.Job(6, "", [], "", {}, [], ["\U00020000" * 70, "乙"]),
        batch.Job(7, "", [], "", {}, [], ["\U00020000" * 70, "乙"]),
    ]
    batch.assign_basenames(jobs)
    names = [j.basename for j in jobs]
    assert names[0] == "甲_区-对标-乙_区"
    assert names[1:3] == ["A县-对标-B-r3", "a县-对标-b-r4"]
    assert all("/" not in n and ".." not in n and len(f"{n}.html".encode()) <= 255 for n in names)
    assert names[4] != names[5] and names[5].endswith("-r7")


def test_index_escapes_everything():
    outcome = batch.Outcome(2, "<script>x</script>", "乙&丙", "brief.html", "ok", outputs='a"b <c>.pdf')
    page = batch.index_html([outcome])
    assert "<script>x" not in page and "&lt;script&gt;" in page and "乙&amp;丙" in page
    assert 'href="a%22b%20%3Cc%3E.pdf"' in page


def test_extraction_cache_is_hit_on_the_second_load(tmp_path):
    docs = load_documents([SEEDS])
    fresh, hits = cache.extract_all(docs, tmp_path)
    assert hits == 0
    cached, hits = cache.extract_all(docs, tmp_path)
    assert hits == len(docs)
    assert [c.facts for c in cached] == [f.facts for f in fresh]
    assert [c.document for c in cached] == docs


def test_a_corrupt_cache_entry_is_a_miss(tmp_path):
    doc = load_documents([SEEDS])[0]
    cache.extract_all([doc], tmp_path)
    cache.entry_path(tmp_path, doc).write_bytes(b"not a pickle")
    _, hits = cache.extract_all([doc], tmp_path)
    assert hits == 0


def test_auto_pairs_each_home_region_with_the_benchmarks_its_articles_name(corpus):
    briefs = pairs.auto_briefs(corpus, "brief.html")
    assert ("云南省西双版纳傣族自治州", ["上海市松江区"]) in [(b.target, b.benchmarks) for b in briefs]
    roles = corpus.roles
    by_name = {r.full_name: rid for rid, r in corpus.regions.items()}
    for brief in briefs:
        home_docs = set(roles[(roles["region_id"] == by_name[brief.target]) & (roles["role"] == "home")]["doc"])
        for name in brief.benchmarks:
            bench = roles[(roles["region_id"] == by_name[name]) & (roles["role"] == "benchmark")]
            assert home_docs & set(bench["doc"]), (brief.target, name)


def test_pairs_file_and_auto_together_is_a_usage_error(workspace, tmp_path):
    proc = run_cli("batch", str(workspace["pairs"]), "--auto", "-o", str(tmp_path / "x"))
    assert proc.returncode == 2 and "--auto" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "x").exists()


def test_input_hash_follows_variables_documents_and_template_files(corpus, tmp_path):
    import dataclasses

    user = tmp_path / "tpl"
    user.mkdir()
    (user / "extra.css").write_text("p {}", encoding="utf-8")

    def input_hash(variables: dict, corpus=corpus, user_dir: Path | None = None) -> str:
        job = batch.Job(2, "甲", ["乙"], "brief.html", variables, ["a", "b"], ["甲", "乙"], basename="甲-对标-乙")
        settings = batch.RenderSettings(str(tmp_path), ("pdf",), str(user_dir) if user_dir else None)
        batch.assign_input_hashes([job], corpus, settings)
        return job.input_hash

    base = input_hash({})
    assert input_hash({}) == base
    assert input_hash({"标题": "新标题"}) != base
    first = next(iter(corpus.documents))
    documents = {**corpus.documents, first: dataclasses.replace(corpus.documents[first], id="0" * 16)}
    assert input_hash({}, corpus=dataclasses.replace(corpus, documents=documents)) != base
    with_user = input_hash({}, user_dir=user)
    (user / "extra.css").write_text("p { color: red }", encoding="utf-8")
    assert with_user != base and input_hash({}, user_dir=user) != with_user


def test_a_brief_from_cached_extractions_loads_neither_pandas_nor_jieba(tmp_path):
    """The cold `reporter brief` is kept fast by not importing what a cached corpus does not need."""
    args = ["brief", "-t", "西双版纳州", "-b", "松江区", "-o", str(tmp_path), "--format", "html"]
    run_cli(*args, check=True)  # fills the extraction and chart caches
    probe = (
        "import sys\n"
        "from reporter.cli import main\n"
        f"try:\n    main({args!r})\nexcept SystemExit as exit:\n    assert not exit.code, exit.code\n"
        "print(sorted(m for m in ('pandas', 'jieba', 'matplotlib') if m in sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("[]"), proc.stdout
    assert (tmp_path / "西双版纳州-对标-松江区.html").exists()


@pytest.mark.parametrize("name", [*cache.EXTRACTION_LIBRARIES, "matplotlib", "Jinja2", "no-such-library"])
def test_library_versions_agree_with_importlib_metadata(name):
    from importlib import metadata

    try:
        expected = metadata.version(name)
    except metadata.PackageNotFoundError:
        expected = "-"
    assert cache.library_version(name) == expected


def test_the_manifest_counts_documents_read_and_skipped(tmp_path):
    import csv
    from types import SimpleNamespace

    from reporter.batch import MANIFEST, Outcome, write_manifest
    from reporter.models import Skipped

    corpus = SimpleNamespace(documents={"a.txt": None, "b.txt": None}, skipped=(Skipped("c.txt", "'c.txt': 空文件"),))
    write_manifest(tmp_path, [Outcome(1, "如东县", "上虞区", "brief.html", "ok")], corpus)
    rows = list(csv.DictReader(io.StringIO((tmp_path / MANIFEST).read_text(encoding="utf-8-sig"))))
    assert (rows[0]["documents"], rows[0]["skipped_documents"]) == ("2", "1")
