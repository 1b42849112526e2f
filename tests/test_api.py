"""The Python API a notebook user meets: load_corpus, profiles, brief -> Brief."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, pdf_text

import reporter

API = {"load_corpus", "brief", "Brief", "profiles"}


def readme_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## 在 Python 中使用")[1].split("\n## ")[0]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_dir_lists_the_api_and_every_name_resolves():
    assert API <= set(dir(reporter)) and API <= set(reporter.__all__)
    for name in reporter.__all__:
        assert getattr(reporter, name) is not None, name
        assert getattr(reporter, name).__doc__, f"{name} has no docstring"


def test_profiles_stays_the_function_after_every_module_is_imported():
    """A module named reporter.profiles would replace the function on import."""
    import pkgutil
    from importlib import import_module

    for module in pkgutil.iter_modules(reporter.__path__):
        if module.name != "__main__":  # that one runs the command
            import_module(f"reporter.{module.name}")
    assert callable(reporter.profiles) and callable(reporter.brief)


def test_the_readme_python_example_runs(tmp_path, capsys):
    previous = Path.cwd()
    os.chdir(tmp_path)
    try:
        exec(compile(readme_example(), "README.md", "exec"), {})
    finally:
        os.chdir(previous)
    printed = capsys.readouterr().out
    assert "西双版纳州对标松江区找差距分析简报" in printed and "个数字带出处" in printed
    html = (tmp_path / "简报.html").read_text(encoding="utf-8")
    assert "某某州发展和改革委员会" in html and "126" in html
    assert "西双版纳州对标松江区" in "".join(pdf_text(tmp_path / "简报.pdf").split())


def test_brief_returns_html_and_context_without_writing(corpus, tmp_path):
    before = set(tmp_path.iterdir())
    b = reporter.brief(corpus, "西双版纳", "松江", template="summary.html", prefer="text")
    assert set(tmp_path.iterdir()) == before
    assert b.name == "西双版纳州-对标-松江区-summary"
    assert b.context.target.name == "西双版纳州" and [r.name for r in b.context.benchmarks] == ["松江区"]
    assert b.html.startswith("<!DOCTYPE html>") and b.context.title in b.html
    assert "人工校正 > 原文摘录 > 统计数据" in b.context.precedence
    assert b._repr_html_() == b.html
    assert b.write_html(tmp_path / "x.html").read_text(encoding="utf-8") == b.html


def test_brief_errors_are_reporter_errors_with_the_cli_message(corpus):
    with pytest.raises(reporter.ReporterError, match="火星市"):
        reporter.brief(corpus, "火星市", ["松江区"])
    with pytest.raises(reporter.ReporterError, match="签发人"):
        reporter.brief(corpus, "西双版纳州", ["松江区"], variables={"签发人": "某人"})


def test_profiles_is_one_row_per_fact(corpus):
    table = reporter.profiles(corpus)
    assert len(table) == len(corpus.facts)
    assert {"region", "indicator", "value", "unit", "period", "evidence", "doc", "origin"} <= set(table.columns)


def test_load_corpus_takes_one_path_or_several(tmp_path):
    doc = sorted(SEEDS.glob("*.txt"))[0]
    (tmp_path / doc.name).write_bytes(doc.read_bytes())
    for paths in (tmp_path, str(tmp_path), [tmp_path], [str(tmp_path / doc.name)]):
        assert list(reporter.load_corpus(paths).documents) == [doc.name]
