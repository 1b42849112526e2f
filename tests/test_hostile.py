"""Hostile and oversized input: the cache holds data, not code; expanding input is bounded;
user templates run on a budget; nothing crashes with a traceback or stays locked.

Every hostile file is made here, small, by the test that uses it."""

from __future__ import annotations

import errno
import json
import logging
import os
import pickle
from pathlib import Path

import pytest

from reporter import cache, charts, render
from reporter.ingest import read_document

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
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
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
    context = render.build_context(corpus, comparison)
    first = render.render_html(context)
    entries = list((cache_home / "templates").iterdir())
    assert entries
    for entry in entries:
        entry.write_bytes(entry.read_bytes()[: len(bc_magic) + 1])  # the magic header, then a cut pickle
    assert render.render_html(context) == first


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
