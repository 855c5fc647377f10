"""Dependencies point one way: gui -> services -> domain; adapters implement domain ports.

Only gui/ may import PySide6; domain/ imports no SQLAlchemy, Qt, pyserial, psycopg or
reportlab. Checked on the source (every import statement), not by convention.
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


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


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
