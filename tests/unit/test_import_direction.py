"""Dependencies point one way: gui -> services -> domain; adapters implement domain ports.

Only gui/ may import PySide6; domain/ imports no SQLAlchemy, Qt, pyserial, psycopg or
reportlab. Only the composition root (bootstrap, the command line, and the station file's
reader that builds the adapters' settings) names adapters: the GUI sees use cases and
read-only ports. Checked on the source (every import statement, relative ones resolved,
imports inside functions included), not by convention.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "receiving_desk"
QT = ("PySide6", "shiboken6")
DOMAIN_FORBIDDEN = (
    *QT,
    "sqlalchemy",
    "alembic",
    "serial",
    "psycopg",
    "reportlab",
    "barcode",
    "msgspec",  # events are plain dataclasses; their serialiser is an adapter
    "receiving_desk.adapters",
    "receiving_desk.services",
    "receiving_desk.gui",
)
SERVICES_FORBIDDEN = (
    *QT,
    "sqlalchemy",
    "msgspec",
    "serial",
    "psycopg",
    "receiving_desk.adapters",
    "receiving_desk.gui",
)


COMPOSITION_ROOT = {"bootstrap.py", "cli.py", "config.py", "self_check.py"}
GUI_FORBIDDEN = ("receiving_desk.adapters", "receiving_desk.bootstrap", "receiving_desk.cli")


def _package_of(path: Path) -> list[str]:
    """The dotted package a file's relative imports start from."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return parts[:-1]  # a module's package; for __init__ that is its own folder


def imports_in(source: str, path: Path) -> set[str]:
    tree = ast.parse(source)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                found.add(node.module or "")
                continue
            package = _package_of(path)
            base = package[: len(package) - (node.level - 1)]
            if node.module:
                found.add(".".join([*base, node.module]))
            else:  # from .. import adapters
                found.update(".".join([*base, alias.name]) for alias in node.names)
    return found


def imports(path: Path) -> set[str]:
    return imports_in(path.read_text(encoding="utf-8"), path)


def offenders(folder: str, forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    bad: dict[str, list[str]] = {}
    for path in (PACKAGE / folder).rglob("*.py") if folder else PACKAGE.rglob("*.py"):
        hits = [
            m
            for m in imports(path)
            if m.split(".")[0] in forbidden
            or m.startswith(tuple(f + "." for f in forbidden))
            or m in forbidden
        ]
        if hits:
            bad[str(path.relative_to(PACKAGE))] = sorted(hits)
    return bad


def test_only_gui_imports_qt() -> None:
    bad = {path: mods for path, mods in offenders("", QT).items() if not path.startswith("gui/")}
    assert bad == {}


def test_domain_imports_no_adapter_library() -> None:
    assert offenders("domain", DOMAIN_FORBIDDEN) == {}


def test_services_import_no_adapter() -> None:
    assert offenders("services", SERVICES_FORBIDDEN) == {}


def test_the_check_sees_imports() -> None:
    # Guard against a check that passes because it reads nothing.
    assert "PySide6.QtWidgets" in imports(PACKAGE / "gui" / "receiving_view.py")
    assert offenders("gui", QT)


def test_gui_imports_no_adapter_and_not_the_composition_root() -> None:
    assert offenders("gui", GUI_FORBIDDEN) == {}


def test_only_the_composition_root_names_adapters() -> None:
    outside = {
        path: mods
        for path, mods in offenders("", ("receiving_desk.adapters",)).items()
        if not path.startswith("adapters/") and path not in COMPOSITION_ROOT
    }
    assert outside == {}


def test_relative_imports_are_resolved() -> None:
    # A relative import must not slip past the checks above.
    gui_file = PACKAGE / "gui" / "example.py"
    found = imports_in(
        "from ..adapters.store import journal\n"
        "from .. import adapters\n"
        "from .tasks import TaskManager\n"
        "def later() -> None:\n"
        "    from ..bootstrap import bootstrap\n",
        gui_file,
    )
    assert found == {
        "receiving_desk.adapters.store",
        "receiving_desk.adapters",
        "receiving_desk.gui.tasks",
        "receiving_desk.bootstrap",
    }
    init_file = PACKAGE / "adapters" / "scanners" / "__init__.py"
    assert imports_in("from .config import X\n", init_file) == {
        "receiving_desk.adapters.scanners.config"
    }
