"""reporter installed from its wheel works anywhere: templates and seeds inside, every import declared."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tomllib
import venv
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from conftest import ROOT

PACKAGE = ROOT / "reporter"


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def imported_modules() -> set[str]:
    """Top-level names of every module the package imports, at any depth of its code."""
    names = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"reporter"}


def test_every_imported_library_is_a_declared_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {normalise(re.split(r"[<>=!~\[; ]", d)[0]) for d in project["dependencies"]}
    distributions = packages_distributions()
    undeclared = {}
    for module in sorted(imported_modules()):
        owners = {normalise(d) for d in distributions.get(module, [module])}
        if not owners & declared:
            undeclared[module] = sorted(owners)
    assert not undeclared, f"imported but not in pyproject.toml dependencies: {undeclared}"
    assert {"lxml", "markupsafe"} <= declared


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [path] = out.glob("reporter-*.whl")
    return path


def files_under(folder: Path, prefix: str) -> set[str]:
    return {
        f"{prefix}/{p.relative_to(folder).as_posix()}"
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_the_wheel_holds_templates_seeds_and_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder, prefix in ((ROOT / "templates", "reporter/templates"), (ROOT / "seeds", "reporter/seeds")):
        expected = files_under(folder, prefix)
        assert expected and expected <= names, sorted(expected - names)
    assert files_under(PACKAGE / "data", "reporter/data") <= names
    assert not any(n.startswith(("tests/", "bench/")) or n.endswith(".pyc") for n in names)


@pytest.mark.slow
def test_the_wheel_installed_in_a_fresh_venv_renders_the_default_brief_from_an_empty_folder(wheel, tmp_path):
    """The venv sees the project's installed libraries (no network), but reporter only from the wheel."""
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    libraries = [p for p in sys.path if p.endswith("site-packages")]
    (Path(site) / "project-libraries.pth").write_text("\n".join(libraries) + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {**os.environ, "REPORTER_CACHE_DIR": str(tmp_path / "cache")}
    where = subprocess.run(
        [
            str(python),
            "-c",
            "import reporter.render as r, reporter.pipeline as p; print(r.BUILTIN_TEMPLATES, p.DEFAULT_CORPUS)",
        ],
        cwd=empty,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    assert all(Path(w).is_relative_to(env_dir) for w in where), where
    proc = subprocess.run(
        [str(env_dir / "bin" / "reporter"), "brief", "-t", "西双版纳州", "-b", "松江区"],
        cwd=empty,
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    out = empty / "output"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["西双版纳州-对标-松江区.html", "西双版纳州-对标-松江区.pdf"]
        + ["西双版纳州-对标-松江区-待补数据.csv", "西双版纳州-对标-松江区-待补数据.xlsx"]  # the to-collect list
    )
    html = (out / "西双版纳州-对标-松江区.html").read_text(encoding="utf-8")
    assert str(env_dir) in html.split("-->")[0] and str(ROOT / "templates") not in html  # the packaged templates
    assert (out / "西双版纳州-对标-松江区.pdf").stat().st_size > 10_000
