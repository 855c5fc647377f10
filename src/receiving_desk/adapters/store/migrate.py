"""The local store's schema: its Alembic migrations, run from code (at start and by
`db upgrade`) through the one migration runner."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from receiving_desk.adapters.migration_runner import MigrationRunner

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# SQLite cannot ALTER most things: batch mode rebuilds tables.
RUNNER = MigrationRunner(MIGRATIONS_DIR, render_as_batch=True)


def upgrade(engine: Engine, revision: str = "heads") -> None:
    RUNNER.upgrade(engine, revision)


def downgrade(engine: Engine, revision: str) -> None:
    RUNNER.downgrade(engine, revision)


def current_revisions(engine: Engine) -> tuple[str, ...]:
    return RUNNER.current_revisions(engine)


def head_revisions() -> tuple[str, ...]:
    return RUNNER.head_revisions()


class StoreTooNewError(Exception):
    """The store was migrated by a newer Receiving Desk: this one must not touch it."""

    def __init__(self, path: object, unknown: list[str]) -> None:
        super().__init__(
            f"{path}: the store was upgraded by a newer version of Receiving Desk "
            f"(schema revision {', '.join(unknown)} is unknown to this version); "
            "install that version or newer, or restore a backup made by this one"
        )
        self.path = path
        self.unknown = unknown


_REVISION = re.compile(r"""^revision(?:: str)? = ["']([^"']+)["']""", re.M)


def known_revisions() -> set[str]:
    """Every revision this version's migrations contain, read from the scripts' text (no
    Alembic import: the check runs at every start)."""
    return {
        found.group(1)
        for script in (MIGRATIONS_DIR / "versions").glob("*.py")
        if (found := _REVISION.search(script.read_text(encoding="utf-8")))
    }


def unknown_revisions(revisions: list[str] | tuple[str, ...]) -> list[str]:
    """Revisions this version's migrations do not contain (a newer release made them)."""
    known = known_revisions()
    return [r for r in revisions if r not in known]


def stored_revisions(database: Path) -> list[str]:
    """The revisions recorded in a store file, read without changing a byte of it (our
    engine would switch it to WAL first)."""
    if not database.is_file():
        return []
    conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
    except sqlite3.OperationalError:
        return []  # no alembic_version table: a new, empty store
    finally:
        conn.close()


def refuse_newer(database: Path) -> None:
    """Raise StoreTooNewError before anything (Alembic included) touches a newer store."""
    unknown = unknown_revisions(stored_revisions(database))
    if unknown:
        raise StoreTooNewError(database, unknown)
