"""Hostile and oversized input: the cache holds data, not code; expanding input is bounded;
user templates run on a budget; nothing crashes with a traceback or stays locked.

Every hostile file is made here, small, by the test that uses it."""

from __future__ import annotations

import errno
import json
import logging
import os
import pickle
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from reporter import cache, charts, context, files, limits, render
from reporter.errors import IngestError
from reporter.ingest import ingest_paths, read_document

ARTICLE = (
    "锦溪县经济运行情况\n"
    "2023年锦溪县地区生产总值达到210.5亿元, 同比增长6.2%。\n"
    "全县规上工业企业达到85家, 新增高新技术企业12家。\n"
)


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def cache_home(tmp_path, monkeypatch) -> Path:
    """A fresh cache folder of this test's own (charts and compiled templates go there too)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(files.CACHE_ENV, str(folder))
    return folder


class Explode:
    """Unpickling this runs code: it creates the file named by `marker`."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


# ---------------------------------------------------------------- the cache holds data


def test_extraction_entries_are_json_data(article, tmp_path):
    doc = read_document(article)
    cache.extract_all([doc], tmp_path / "c")
    entry = cache.entry_path(tmp_path / "c", doc)
    data = json.loads(entry.read_bytes())
    assert {f["value"] for f in data["facts"]} >= {210.5, 85.0}


def test_a_planted_pickle_runs_no_code(article, tmp_path):
    doc = read_document(article)
    folder = tmp_path / "c"
    fresh, _ = cache.extract_all([doc], folder)
    marker = tmp_path / "pwned"
    cache.entry_path(folder, doc).write_bytes(pickle.dumps(Explode(marker)))
    again, hits = cache.extract_all([doc], folder)
    assert not marker.exists()
    assert hits == 0 and again[0].facts == fresh[0].facts


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # truncated
        lambda b: b"\x80\x05\x95" + b"\xff" * 8,  # a pickle frame longer than memory can hold
        lambda b: b"\xff\xfe\xfa" + b,  # not UTF-8
        lambda b: b.replace(b'"value": 210.5', b'"value": "210.5"'),  # a field of the wrong type
        lambda b: b.replace(b'"facts": [', b'"facts": [{"id": 1}, ', 1),  # a record with fields missing
        lambda b: b"[" * 100_000,  # nested past the parser's depth
        lambda b: b"null",
    ],
)
def test_a_malformed_entry_is_recomputed(article, tmp_path, damage):
    doc = read_document(article)
    folder = tmp_path / "c"
    fresh, _ = cache.extract_all([doc], folder)
    entry = cache.entry_path(folder, doc)
    entry.write_bytes(damage(entry.read_bytes()))
    again, hits = cache.extract_all([doc], folder)
    assert hits == 0
    assert again[0].facts == fresh[0].facts and again[0].regions == fresh[0].regions


def test_a_cached_extraction_equals_a_fresh_one(corpus, tmp_path):
    from conftest import SEEDS

    from reporter.ingest import load_documents

    docs = load_documents([SEEDS])
    fresh, _ = cache.extract_all(docs, tmp_path / "c")
    cached, hits = cache.extract_all(docs, tmp_path / "c")
    assert hits == len(docs) and cached == fresh


def test_cache_folders_are_700_and_files_600(article, cache_home, corpus):
    cache.extract_all([read_document(article)], cache_home)
    charts.ratio_bars(["地区生产总值"], {"松江区": [0.5]}, key="perm")
    paths = [cache_home, *cache_home.rglob("*")]
    assert any(p.suffix == ".svg" for p in paths) and any(p.suffix == ".json" for p in paths)
    for path in paths:
        mode = path.stat().st_mode & 0o777
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))


def test_a_cache_folder_others_can_write_is_not_used(article, cache_home, caplog):
    cache_home.mkdir(mode=0o700)
    cache_home.chmod(0o777)
    doc = read_document(article)
    with caplog.at_level(logging.WARNING, logger="reporter"):
        cache.extract_all([doc], cache_home)
        _, hits = cache.extract_all([doc], cache_home)
    assert hits == 0 and not list(cache_home.iterdir())
    assert render.bytecode_cache() is None  # no compiled templates from a folder others can write
    assert any("缓存目录" in r.getMessage() for r in caplog.records)


def test_an_old_cache_folder_of_ours_is_tightened_to_700(article, cache_home):
    cache_home.mkdir(mode=0o755)
    cache_home.chmod(0o755)
    cache.extract_all([read_document(article)], cache_home)
    assert cache_home.stat().st_mode & 0o777 == 0o700


def test_a_planted_chart_is_drawn_again(cache_home):
    labels, series = ["地区生产总值"], {"松江区": [0.5]}
    first = charts.ratio_bars(labels, series, key="plant")
    [path] = (cache_home / "charts").iterdir()
    for planted in (
        b'<svg xmlns="http://www.w3.org/2000/svg"><text>PLANTED</text><script>alert(1)</script></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>PLANTED</p></foreignObject></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="x()"><text>PLANTED</text></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/><text>PLANTED</text></svg>',
        b"<svg>PLANTED</svg></div><h1>PLANTED",
        b"\xff\xfePLANTED",  # not UTF-8
    ):
        path.write_bytes(planted)
        svg = charts.ratio_bars(labels, series, key="plant")
        assert "PLANTED" not in svg and svg == first


def test_a_damaged_compiled_template_is_compiled_again(corpus, cache_home):
    from jinja2.bccache import bc_magic

    from reporter import compare

    comparison = compare.compare(
        corpus, compare.resolve_region(corpus, "西双版纳州"), [compare.resolve_region(corpus, "松江区")]
    )
    brief_context = context.build_context(corpus, comparison)
    first = render.render_html(brief_context)
    entries = list((cache_home / "templates").iterdir())
    assert entries
    for entry in entries:
        entry.write_bytes(entry.read_bytes()[: len(bc_magic) + 1])  # the magic header, then a cut pickle
    assert render.render_html(brief_context) == first


def test_a_full_cache_disk_only_costs_time(corpus, cache_home, monkeypatch, article):
    """Writing to the cache fails with ENOSPC everywhere; the brief and the extraction still come out."""
    from jinja2.bccache import Bucket

    from reporter.pipeline import make_brief

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Bucket, "write_bytecode", full)
    monkeypatch.setattr(cache, "write_private", full, raising=False)
    monkeypatch.setattr(Path, "write_bytes", full)  # how an older cache wrote its entries
    extractions, _ = cache.extract_all([read_document(article)], cache_home)
    assert extractions[0].facts
    out = cache_home.parent / "out"
    paths = make_brief(corpus, "西双版纳州", ["松江区"], out, ("html",))
    assert paths[0].is_file()


def test_a_file_name_that_is_not_utf8_has_a_cache_key(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    name = os.fsdecode(b"\xb9\xfa\xbc\xd2.txt")  # GBK bytes: not valid UTF-8
    (folder / name).write_text(ARTICLE, encoding="utf-8")
    doc = read_document(folder / name)
    extractions, _ = cache.extract_all([doc], tmp_path / "c")
    assert extractions[0].facts


# ---------------------------------------------------------------- limits where input expands


def run_cli_within(seconds: float, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """`reporter ARGS` in a fresh process that must end within `seconds` (a hang fails the test)."""
    return subprocess.run(
        [sys.executable, "-m", "reporter", *args], cwd=cwd or ROOT, capture_output=True, text=True, timeout=seconds
    )


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    """The error of a failed command: a message, not a traceback nor the catch-all for crashes."""
    assert proc.returncode != 0 and "Traceback" not in proc.stderr and "内部错误" not in proc.stderr, proc.stderr
    return proc.stderr


def zip_bomb(path: Path, part: str, megabytes: int) -> Path:
    """An Office-like zip whose one part unpacks to `megabytes` MB of spaces (~1 KB a MB packed)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open(part, "w") as fh:
            chunk = b" " * 2**20
            for _ in range(megabytes):
                fh.write(chunk)
    return path


def test_a_docx_that_unpacks_past_the_bound_is_refused(tmp_path):
    bomb = zip_bomb(tmp_path / "bomb.docx", "word/document.xml", limits.MAX_UNZIPPED_BYTES // 2**20 + 1)
    with pytest.raises(IngestError, match="解压后"):
        read_document(bomb)


def test_a_docx_of_too_many_parts_is_refused(tmp_path):
    path = tmp_path / "parts.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for k in range(limits.MAX_ZIP_PARTS + 1):
            archive.writestr(f"word/p{k}.xml", "")
    with pytest.raises(IngestError, match="部件"):
        read_document(path)


def test_a_folder_with_a_docx_bomb_skips_it_by_name(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    zip_bomb(folder / "bomb.docx", "word/document.xml", limits.MAX_UNZIPPED_BYTES // 2**20 + 1)
    result = ingest_paths([folder])
    assert [d.name for d in result.documents] == ["article.txt"]
    assert any("bomb.docx" in s.reason and "解压后" in s.reason for s in result.skipped)


@pytest.mark.parametrize("option", ["pairs", "--overrides"])
def test_an_xlsx_bomb_is_refused_in_one_line(tmp_path, option):
    bomb = zip_bomb(tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml", limits.MAX_UNZIPPED_BYTES // 2**20 + 1)
    if option == "pairs":
        proc = run_cli_within(60, "batch", str(bomb), "-o", str(tmp_path / "out"))
    else:
        proc = run_cli_within(60, "profiles", "export", "--overrides", str(bomb), "-o", str(tmp_path / "x.json"))
    assert "解压后" in one_line_error(proc)


def test_a_pdf_of_too_many_pages_is_refused(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(limits.MAX_PDF_PAGES + 1):
        writer.add_blank_page(10, 10)
    path = tmp_path / "pages.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(IngestError, match="页"):
        read_document(path)


LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{b}: &{b} [*{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}]\n"
    for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)


def test_yaml_anchors_that_expand_past_the_bound_are_refused(tmp_path):
    with pytest.raises(yaml.YAMLError, match="展开"):
        limits.safe_yaml(LAUGHS)
    assert limits.safe_yaml("a: &x [1, 2]\nb: *x\n") == {"a": [1, 2], "b": [1, 2]}  # a plain anchor is fine


@pytest.mark.parametrize("where", ["config", "vars", "pairs", "overrides"])
def test_a_billion_laughs_file_is_refused_in_one_line(tmp_path, where):
    path = tmp_path / ("reporter.yaml" if where == "config" else f"{where}.yaml")
    if where in ("pairs", "overrides"):
        path.write_text(LAUGHS.replace("i: &i", "briefs: &i"), encoding="utf-8")
    else:
        path.write_text(LAUGHS + "variables: *i\n", encoding="utf-8")
    args = {
        "config": ["brief", "-t", "西双版纳州", "-b", "松江区", "-o", str(tmp_path)],
        "vars": ["brief", "-t", "西双版纳州", "-b", "松江区", "--vars", str(path), "-o", str(tmp_path)],
        "pairs": ["batch", str(path), "-o", str(tmp_path / "out")],
        "overrides": ["profiles", "export", "--overrides", str(path), "-o", str(tmp_path / "x.json")],
    }[where]
    proc = run_cli_within(60, *args, cwd=tmp_path if where == "config" else None)
    assert "展开" in one_line_error(proc)


def test_a_fifo_named_as_a_document_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "FIFO" in one_line_error(run_cli_within(60, "extract", str(fifo)))


def test_dev_zero_named_as_a_document_is_refused_at_once():
    assert "设备" in one_line_error(run_cli_within(60, "extract", "/dev/zero"))


def test_special_files_in_a_corpus_folder_are_skipped_by_name(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "sub" / "back").symlink_to(folder)
    result = ingest_paths([folder])
    assert [d.name for d in result.documents] == ["article.txt"]
    reasons = " ".join(s.reason for s in result.skipped)
    assert "'pipe.txt'" in reasons and "FIFO" in reasons
    assert "'loop.txt'" in reasons and "符号链接循环" in reasons
    assert "'back'" in reasons


def test_a_csv_cell_past_the_csv_module_limit_is_one_line(tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text("target,benchmarks\n西双版纳州," + "松" * 200_000 + "\n", encoding="utf-8")
    proc = run_cli_within(120, "batch", str(path), "-o", str(tmp_path / "out"))
    assert "pairs.csv" in one_line_error(proc)


def test_overrides_csv_in_gb18030_is_read(corpus, tmp_path):
    from reporter.review import read_entries

    path = tmp_path / "校正.csv"
    path.write_text("id,action,note\nabc,删除,重复的数字\n", encoding="gb18030")
    [entry] = read_entries(path, "校正")
    assert entry.get("note") == "重复的数字"


# ---------------------------------------------------------------- user templates run on a budget

HOSTILE_TEMPLATES = {
    "power": ("{{ 9**(9**9) }}", "乘方"),
    "repeat": ('{{ "x" * 10**9 }}', "重复"),
    "list repeat": ("{{ [1, 2] * 10**9 }}", "重复"),
    "method count": ("{{ 'x'.ljust(10**9) }}", "参数过大"),
    "filter count": ("{{ 'x'|center(10**9) }}", "参数过大"),
    "format count": ("{{ '%0*d'|format(10**9, 1) }}", "参数过大"),
    "big range": ("{{ range(10**6)|list|length }}", "range"),
    "output": ("{% for i in range(99999) %}{% for j in range(999) %}xxxxxxxx{% endfor %}{% endfor %}", "输出超过"),
    "recursion": ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(1) }}", "递归"),
}


def budget_template(folder: Path, expression: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "brief.html").write_text(
        '{% extends "default:brief.html" %}\n{% block title_block %}\n' + expression + "\n{% endblock %}\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize("case", list(HOSTILE_TEMPLATES))
def test_a_template_past_its_budget_is_stopped_naming_file_and_line(tmp_path, case):
    expression, word = HOSTILE_TEMPLATES[case]
    folder = budget_template(tmp_path / "tpl", expression)
    proc = run_cli_within(
        60, "brief", "-t", "西双版纳州", "-b", "松江区", "--templates", str(folder), "-o", str(tmp_path)
    )
    error = one_line_error(proc)
    assert "brief.html:3" in error and word in error, error
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.html"))


def test_a_template_that_loops_without_output_is_stopped_by_the_clock(tmp_path):
    loops = "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
    folder = budget_template(tmp_path / "tpl", loops)
    proc = run_cli_within(
        60, "brief", "-t", "西双版纳州", "-b", "松江区", "--templates", str(folder), "-o", str(tmp_path)
    )
    error = one_line_error(proc)
    assert "brief.html" in error and "秒" in error


def test_batch_validation_of_a_hostile_template_ends(tmp_path):
    folder = budget_template(tmp_path / "tpl", "{{ 9**(9**9) }}")
    pairs_file = tmp_path / "pairs.csv"
    pairs_file.write_text("target,benchmarks\n西双版纳州,松江区\n", encoding="utf-8")
    proc = run_cli_within(
        60, "batch", str(pairs_file), "-o", str(tmp_path / "out"), "--templates", str(folder), "-j", "1"
    )
    assert "Traceback" not in proc.stderr and proc.returncode == 1
    assert "乘方" in (tmp_path / "out" / "manifest.csv").read_text(encoding="utf-8-sig")


def test_numbers_and_loops_within_the_budget_still_render(corpus, tmp_path):
    from reporter import compare

    folder = budget_template(tmp_path / "tpl", "{{ 2**10 }}-{{ 'ab' * 3 }}-{% for i in range(3) %}{{ i }}{% endfor %}")
    comparison = compare.compare(
        corpus, compare.resolve_region(corpus, "西双版纳州"), [compare.resolve_region(corpus, "松江区")]
    )
    html = render.render_html(context.build_context(corpus, comparison), "brief.html", folder)
    assert "1024-ababab-012" in html


def test_other_values_in_a_cell_are_capped_with_their_count():
    from conftest import a_fact

    from reporter.compare import MAX_OTHERS, pick_value

    facts = [
        a_fact(value=float(100 + k), period=f"{2000 + k}年", id=str(k), doc="x", evidence="甲。", raw=f"{100 + k}家")
        for k in range(40)
    ]
    value = pick_value(facts, "某县", "家")
    assert value.value == 139.0
    assert len(value.others) == MAX_OTHERS + 1 and value.others[-1] == "等39项"
    assert value.others[0] == "138家（2038年）"


# ---------------------------------------------------------------- template folders and config files

SECRET = "SECRET-OUTSIDE-b41c"


def leak_folder(tmp_path: Path, kind: str) -> Path:
    """A template folder where one name is a symlink to a file (or folder) outside it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    (outside / "brief.html").write_text(
        f'{{% extends "default:brief.html" %}}{{% block title_block %}}{SECRET}{{% endblock %}}'
    )
    folder = tmp_path / "tpl"
    folder.mkdir()
    including = '{% extends "default:brief.html" %}{% block title_block %}{% include "NAME" %}{% endblock %}'
    if kind == "file":
        (folder / "leak.txt").symlink_to(outside / "secret.txt")
        (folder / "brief.html").write_text(including.replace("NAME", "leak.txt"), encoding="utf-8")
    elif kind == "subfolder":
        (folder / "sub").symlink_to(outside)
        (folder / "brief.html").write_text(including.replace("NAME", "sub/secret.txt"), encoding="utf-8")
    else:
        (folder / "brief.html").symlink_to(outside / "brief.html")
    return folder


@pytest.mark.parametrize("kind", ["file", "subfolder", "entry"])
def test_a_template_symlink_out_of_the_folder_is_refused(tmp_path, kind):
    folder = leak_folder(tmp_path, kind)
    out = tmp_path / "out"
    proc = run_cli_within(60, "brief", "-t", "西双版纳州", "-b", "松江区", "--templates", str(folder), "-o", str(out))
    assert "模板目录之外" in one_line_error(proc)
    assert SECRET not in proc.stdout + proc.stderr
    assert not out.exists() or not any(SECRET in p.read_text(errors="ignore") for p in out.iterdir())


def test_a_symlink_inside_the_template_folder_is_served(corpus, tmp_path):
    from reporter import compare

    folder = tmp_path / "tpl"
    (folder / "parts").mkdir(parents=True)
    (folder / "parts" / "banner.txt").write_text("本单位横幅", encoding="utf-8")
    (folder / "banner.txt").symlink_to(folder / "parts" / "banner.txt")
    (folder / "brief.html").write_text(
        '{% extends "default:brief.html" %}{% block title_block %}{% include "banner.txt" %}{% endblock %}',
        encoding="utf-8",
    )
    comparison = compare.compare(
        corpus, compare.resolve_region(corpus, "西双版纳州"), [compare.resolve_region(corpus, "松江区")]
    )
    assert "本单位横幅" in render.render_html(context.build_context(corpus, comparison), "brief.html", folder)


def test_a_config_file_read_implicitly_is_named_on_stderr(tmp_path):
    (tmp_path / "reporter.yaml").write_text("template: summary.html\n", encoding="utf-8")
    proc = run_cli_within(
        120, "brief", "-t", "西双版纳州", "-b", "松江区", "-o", str(tmp_path / "out"), "--format", "html", cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    assert str(tmp_path / "reporter.yaml") in proc.stderr


def test_templates_init_does_not_write_through_a_dangling_symlink(tmp_path):
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "brief.html").symlink_to(tmp_path / "elsewhere.html")
    proc = run_cli_within(60, "templates", "init", str(folder))
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert not (tmp_path / "elsewhere.html").exists()


# ---------------------------------------------------------------- the batch lock and its workers

PAIRS = "target,benchmarks\n" + "".join(
    f"{t},{b}\n"
    for t, b in [
        ("西双版纳州", "松江区"),
        ("如东县", "上虞区"),
        ("泗泾镇", "松江区"),
        ("金山区", "松江区"),
        ("上虞区", "松江区"),
        ("如东县", "金山区"),
        ("西双版纳州", "金山区"),
        ("西双版纳州", "上虞区"),
    ]
)


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def alive(pid: int) -> bool:
    """Running (a zombie waiting for its reaper counts as ended)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (OSError, IndexError):
        return False


def test_a_symlink_named_as_the_lock_file_is_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / ".reporter-batch.lock").symlink_to(victim)
    pairs_file = tmp_path / "pairs.csv"
    pairs_file.write_text("target,benchmarks\n西双版纳州,松江区\n", encoding="utf-8")
    proc = run_cli_within(120, "batch", str(pairs_file), "-o", str(out), "--format", "html")
    assert "符号链接" in one_line_error(proc)
    assert victim.read_text(encoding="utf-8") == "keep me"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc to find the workers")
def test_kill_9_of_a_batch_then_the_same_command_completes(tmp_path):
    import signal
    import time

    pairs_file = tmp_path / "pairs.csv"
    pairs_file.write_text(PAIRS, encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "reporter", "batch", str(pairs_file), "-o", str(out), "-j", "2"]
    batch = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    workers: list[int] = []
    while time.monotonic() < deadline and batch.poll() is None:
        workers = children(batch.pid)
        if len(workers) >= 2 and list(out.glob("*.html")):  # workers are rendering
            break
        time.sleep(0.2)
    assert batch.poll() is None and workers, "the batch ended before it could be killed"
    batch.send_signal(signal.SIGKILL)
    batch.wait()
    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    manifest = (out / "manifest.csv").read_text(encoding="utf-8-sig")
    assert manifest.count(",ok,") + manifest.count(",unchanged,") == len(PAIRS.splitlines()) - 1
    assert not any(alive(pid) for pid in workers), "workers of the killed batch live on"
    assert not list(out.glob(".tmp-*"))


# ---------------------------------------------------------------- formulas in written tables


@pytest.fixture
def formula_corpus(tmp_path) -> Path:
    """A corpus whose file name is a formula and whose sentence holds a control character."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    text = ARTICLE.replace("同比增长6.2%。", "同比增长6.2%\x07。")
    (folder / "=HYPERLINK(1)+1.txt").write_text(text, encoding="utf-8")
    return folder


def test_extract_csv_neutralises_formulas(formula_corpus, tmp_path):
    out = tmp_path / "facts.csv"
    proc = run_cli_within(120, "extract", str(formula_corpus), "--format", "csv", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    cells = [c for line in out.read_text(encoding="utf-8").splitlines() for c in line.split(",")]
    assert "'=HYPERLINK(1)+1.txt" in cells
    assert not any(c.startswith(("=", "+", "@")) for c in cells)


def test_profiles_export_xlsx_writes_text_never_formulas(formula_corpus, tmp_path):
    import openpyxl

    out = tmp_path / "审核.xlsx"
    proc = run_cli_within(120, "profiles", "export", str(formula_corpus), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    book = openpyxl.load_workbook(out)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert "=HYPERLINK(1)+1.txt" in [c.value for c in cells]
    assert not [c.coordinate for c in cells if c.data_type == "f"]


def test_profiles_export_csv_round_trips_as_overrides(formula_corpus, tmp_path):
    from reporter.review import read_entries

    out = tmp_path / "审核.csv"
    proc = run_cli_within(120, "profiles", "export", str(formula_corpus), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "'=HYPERLINK" in out.read_text(encoding="utf-8-sig")
    assert {e.get("doc") for e in read_entries(out, "校正")} == {"=HYPERLINK(1)+1.txt"}


def test_manifest_neutralises_a_formula_target(tmp_path):
    pairs_file = tmp_path / "pairs.csv"
    pairs_file.write_text("target,benchmarks\n\"=cmd|' /C calc'!A0\",松江区\n", encoding="utf-8")
    proc = run_cli_within(120, "batch", str(pairs_file), "-o", str(tmp_path / "out"), "--keep-going")
    assert "Traceback" not in proc.stderr
    manifest = (tmp_path / "out" / "manifest.csv").read_text(encoding="utf-8-sig")
    assert "'=cmd" in manifest and ",=cmd" not in manifest


# ---------------------------------------------------------------- crashes become messages


def test_a_file_name_with_escapes_and_bad_utf8_is_shown_escaped_and_the_brief_is_written(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    name = os.fsdecode(b"\xb9\xfa\x1b[31m\xe2\x80\xaeevil.bin")  # not UTF-8, an escape sequence, a bidi override
    (folder / name).write_text("x", encoding="utf-8")
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    seeds = ROOT / "seeds"
    proc = run_cli_within(
        120,
        "brief",
        "-t",
        "西双版纳州",
        "-b",
        "松江区",
        "-c",
        str(seeds),
        "-c",
        str(folder),
        "-o",
        str(tmp_path / "out"),
    )
    assert proc.returncode == 0, proc.stderr
    assert "\x1b" not in proc.stderr and "\u202e" not in proc.stderr
    assert "\\xb9\\xfa\\x1b[31m\\u202eevil.bin" in proc.stderr


def test_errors_escape_control_characters():
    from reporter.errors import ReporterError

    assert ReporterError("文件 '\x1b]0;pwn\x07a.txt'").message == "文件 '\\x1b]0;pwn\\x07a.txt'"


def test_html_nested_past_the_parser_depth_is_reported(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 300 + ARTICLE + "</div>" * 300 + "</body></html>", encoding="utf-8")
    with pytest.raises(IngestError, match="嵌套过深"):
        read_document(path)


def test_a_dollar_sign_in_a_label_is_drawn_as_text(cache_home):
    svg = charts.ratio_bars(["收入$\\frac{$", "单价$5"], {"松江区": [0.5, 1.2]}, key="dollar")
    assert "收入$\\frac{$" in svg


def test_a_temporary_file_left_by_a_killed_process_is_removed_by_the_next_write(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    orphan = tmp_path / f".tmp-{dead.pid}-abc.pdf"
    orphan.write_bytes(b"half a pdf")
    live = tmp_path / f".tmp-{os.getpid()}-abc.pdf"
    live.write_bytes(b"being written")
    files.write_text(tmp_path / "brief.html", "<html></html>")
    assert not orphan.exists() and live.exists()
