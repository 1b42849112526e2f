"""The package's modules: no import cycle between them, and each imports on its own."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "reporter"


def imports_of(path: Path) -> set[str]:
    """The reporter modules a module imports, at its top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "reporter":
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("reporter."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("reporter.")}
    return found


def test_no_import_cycle() -> None:
    modules = {p.stem: p for p in PACKAGE.glob("*.py")}
    graph = {name: imports_of(path) & set(modules) - {name} for name, path in modules.items()}
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, " -> ".join((*path, name))
        if name in done:
            return
        for dep in sorted(graph[name]):
            visit(dep, (*path, name))
        done.add(name)

    for name in sorted(graph):
        visit(name, ())


def test_each_module_imports_on_its_own() -> None:
    names = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__main__")
    procs = {n: subprocess.Popen([sys.executable, "-c", f"import reporter.{n}"], stderr=subprocess.PIPE) for n in names}
    errors = {n: p.communicate()[1].decode()[-300:] for n, p in procs.items()}  # closes every pipe
    failed = {n: errors[n] for n, p in procs.items() if p.returncode != 0}
    assert failed == {}
