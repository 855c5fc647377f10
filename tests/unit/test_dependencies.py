"""Every library the desk imports at run time is a declared runtime dependency.

A wheel installed on a site's machine gets `[project] dependencies` and nothing else: an
import satisfied only by the test extra works in the checkout and fails at the dock (as
pypdfium2 did). Checked on the source: every import statement under src/, mapped to the
distribution that provides it in this environment.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "receiving_desk"


def _name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group(0)).lower()


def declared() -> tuple[set[str], set[str]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = {_name(r) for r in project["dependencies"]}
    test = {_name(r) for r in project["optional-dependencies"]["test"]}
    return runtime, test


def imported_modules() -> dict[str, set[str]]:
    """Top-level module -> the source files that import it (third-party modules only)."""
    found: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top != "receiving_desk":
                    found.setdefault(top, set()).add(str(path.relative_to(SRC)))
    return found


def test_every_runtime_import_is_a_declared_dependency() -> None:
    runtime, _test = declared()
    providers = packages_distributions()
    undeclared = {}
    for module, files in imported_modules().items():
        dists = {_name(d) for d in providers.get(module, [])}
        assert dists, f"{module} (imported by {sorted(files)}) is not installed here"
        if not dists & runtime:
            undeclared[module] = (sorted(dists), sorted(files))
    assert undeclared == {}, f"imported at run time but not in [project] dependencies: {undeclared}"


def test_test_tools_stay_out_of_the_runtime_dependencies() -> None:
    runtime, test = declared()
    assert runtime & test == set()
    assert {"pytest", "zxing-cpp", "mypy", "ruff"} <= test


def test_the_scan_sees_the_imports() -> None:
    # Guard against a check that passes because it reads nothing.
    modules = imported_modules()
    assert {"PySide6", "sqlalchemy", "reportlab", "pypdfium2", "PIL"} <= set(modules)
    assert "adapters/printing/png.py" in modules["pypdfium2"]
