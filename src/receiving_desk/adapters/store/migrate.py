"""Run the local store's Alembic migrations from code (at start and `db upgrade`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "heads") -> None:
    command.upgrade(_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(_config(engine), revision)


def current_revisions(engine: Engine) -> tuple[str, ...]:
    with engine.connect() as conn:
        return tuple(sorted(MigrationContext.configure(conn).get_current_heads()))


def head_revisions() -> tuple[str, ...]:
    return tuple(sorted(ScriptDirectory(str(MIGRATIONS_DIR)).get_heads()))


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
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    known = {rev.revision for rev in script.walk_revisions()}
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
