"""The local store's schema: its Alembic migrations, run from code (at start and by
`db upgrade`) through the one migration runner.

At start the store is almost always at the latest revision already: one cheap query reads its
revision, and Alembic (≈ 0.2 s of imports, plus reading every migration script) is loaded and
run only when the store is behind, new, or asks for something else than the latest. The
revisions this version knows are read from the scripts' text, so neither check imports Alembic.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from receiving_desk.adapters.migration_runner import MigrationRunner

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# SQLite cannot ALTER most things: batch mode rebuilds tables.
RUNNER = MigrationRunner(MIGRATIONS_DIR, render_as_batch=True)

_REVISION = re.compile(r"""^revision(?:: str)? = ["']([^"']+)["']""", re.M)
_DOWN = re.compile(r"""^down_revision(?:: [^=]+)? = (?:["']([^"']+)["']|None)""", re.M)


def _script_revisions() -> dict[str, str | None]:
    """Each migration script's revision and the one it follows, from the scripts' text."""
    found: dict[str, str | None] = {}
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision:
            found[revision.group(1)] = down.group(1) if down else None
    return found


def known_revisions() -> set[str]:
    """Every revision this version's migrations contain."""
    return set(_script_revisions())


def _script_heads() -> tuple[str, ...]:
    scripts = _script_revisions()
    followed = {down for down in scripts.values() if down}
    return tuple(sorted(set(scripts) - followed))


# The revision the code expects (a test checks it against Alembic's own reading of the heads).
HEAD_REVISIONS: tuple[str, ...] = _script_heads()


def stored_revisions(engine: Engine) -> tuple[str, ...]:
    """The store's revisions by one read (no write lock, no Alembic); () for a new store."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            cursor.execute("SELECT version_num FROM alembic_version")
            return tuple(sorted(str(row[0]) for row in cursor.fetchall()))
        except sqlite3.OperationalError:  # no such table: nothing migrated yet
            return ()
        finally:
            cursor.close()
    finally:
        raw.close()


def upgrade(engine: Engine, revision: str = "heads") -> None:
    if revision == "heads" and stored_revisions(engine) == HEAD_REVISIONS:
        return
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


def unknown_revisions(revisions: list[str] | tuple[str, ...]) -> list[str]:
    """Revisions this version's migrations do not contain (a newer release made them)."""
    known = known_revisions()
    return [r for r in revisions if r not in known]


def file_revisions(database: Path) -> list[str]:
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
    unknown = unknown_revisions(file_revisions(database))
    if unknown:
        raise StoreTooNewError(database, unknown)
