"""Shared fixtures: the seed corpus extracted once, the default brief rendered once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

# The CLI caches extractions on disk; the tests use a cache of their own, fresh each run.
os.environ["REPORTER_CACHE_DIR"] = tempfile.mkdtemp(prefix="reporter-test-cache-")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "gold"


def run_cli(*args: str, cwd: Path | None = None, check: bool = False) -> subprocess.CompletedProcess:
    """Run `python -m reporter` as a user would, in a fresh process."""
    proc = subprocess.run(
        [sys.executable, "-m", "reporter", *args],
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"reporter {' '.join(args)} failed: {proc.stderr}")
    return proc


def pdf_text(path: Path) -> str:
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is required by the tests"
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


@pytest.fixture(scope="session")
def corpus():
    from reporter.pipeline import load_corpus

    return load_corpus([SEEDS])


@pytest.fixture(scope="session")
def default_brief(tmp_path_factory) -> dict[str, Path]:
    """The default brief (西双版纳州 vs 松江区) written by the CLI, HTML and PDF."""
    out = tmp_path_factory.mktemp("brief")
    proc = run_cli("brief", "--target", "西双版纳州", "--benchmark", "松江区", "-o", str(out), check=True)
    paths = [Path(p) for p in proc.stdout.split()]
    return {p.suffix[1:]: p for p in paths}


# The fast subset (`make test-fast`, under a minute): unit tests on text written for them, no
# PDF rendering and no corpus-wide runs. The whole suite stays the reference (`make test`).
FAST_MODULES = {"test_numbers", "test_extract", "test_regions", "test_saved_text", "test_lexicon", "test_ingest"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.module.__name__.rsplit(".", 1)[-1] in FAST_MODULES:
            item.add_marker(pytest.mark.fast)
