"""Shared fixtures: the seed corpus extracted once, the default brief rendered once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path

import pytest

# The CLI caches extractions on disk; the tests use a cache of their own, fresh each run.
os.environ["REPORTER_CACHE_DIR"] = tempfile.mkdtemp(prefix="reporter-test-cache-")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "gold"


def a_fact(**fields):
    """A Fact written for a test: the fields it names, and a level count of 1家 of 某县 otherwise."""
    from reporter.models import Fact

    defaults = dict(
        id="f1", doc="x.txt", doc_id="x", region="某县", full_name="某县", region_id="r1", level="county",
        indicator="other:企业", label="企业", value=1.0, unit="家", period="", qualifier="", kind="level",
        evidence="某县有企业1家。", raw="1家",
    )  # fmt: skip
    return Fact(**{**defaults, **fields})


@dataclass(frozen=True)
class CliResult:
    """What a user would see: exit code, standard output, standard error."""

    returncode: int
    stdout: str
    stderr: str


def run_cli(*args: str, cwd: Path | None = None, check: bool = False) -> CliResult:
    """Run the `reporter` command in this process with click's CliRunner (fast; no new Python).

    An exception that escapes the command is shown on stderr with its traceback, as the real
    command would show it, so "no traceback" assertions can fail.
    """
    from click.testing import CliRunner

    from reporter.cli import main

    previous = Path.cwd()
    os.chdir(cwd or ROOT)
    try:
        result = CliRunner().invoke(main, list(args), prog_name="reporter")
    finally:
        os.chdir(previous)
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += "Traceback (most recent call last):\n" + "".join(traceback.format_exception(result.exception))
    proc = CliResult(result.exit_code, result.stdout, stderr)
    if check and proc.returncode != 0:
        raise AssertionError(f"reporter {' '.join(args)} failed: {proc.stderr}")
    return proc


def run_process(*args: str, cwd: Path | None = None, check: bool = False) -> subprocess.CompletedProcess:
    """Run `python -m reporter` as a user would, in a fresh process: for the end-to-end tests."""
    proc = subprocess.run([sys.executable, "-m", "reporter", *args], cwd=cwd or ROOT, capture_output=True, text=True)
    if check and proc.returncode != 0:
        raise AssertionError(f"reporter {' '.join(args)} failed: {proc.stderr}")
    return proc


def messages(stderr: str) -> list[str]:
    """The lines of stderr that are not warnings about the corpus (a seed names an ambiguous
    南山区, which every command reports): the errors and notes a test is about."""
    return [line for line in stderr.strip().splitlines() if line and not line.startswith("警告: ")]


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
    proc = run_process("brief", "--target", "西双版纳州", "--benchmark", "松江区", "-o", str(out), check=True)
    paths = [Path(p) for p in proc.stdout.split()]
    return {p.suffix[1:]: p for p in paths}


# The fast subset (`make test-fast`, under a minute): unit tests on text written for them, no
# PDF rendering and no corpus-wide runs. The whole suite stays the reference (`make test`).
FAST_MODULES = {
    "test_numbers",
    "test_extract",
    "test_regions",
    "test_saved_text",
    "test_lexicon",
    "test_ingest",
    "test_segment",
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.module.__name__.rsplit(".", 1)[-1] in FAST_MODULES:
            item.add_marker(pytest.mark.fast)
