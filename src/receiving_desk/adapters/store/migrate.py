"""Run the local store's Alembic migrations from code (at start and `db upgrade`).

At start the store is almost always at the latest revision already: one cheap query reads its
revision, and Alembic (≈ 0.2 s of imports, plus reading every migration script) is loaded and
run only when the store is behind, new, or asks for something else than the latest.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The revision the code expects: update it with every new migration (a test compares it with
# the scripts' heads, so a forgotten update fails the suite, not a desk).
HEAD_REVISIONS: tuple[str, ...] = ("0006",)


def _config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


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
    from alembic import command

    command.upgrade(_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(_config(engine), revision)


def current_revisions(engine: Engine) -> tuple[str, ...]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return tuple(sorted(MigrationContext.configure(conn).get_current_heads()))


def head_revisions() -> tuple[str, ...]:
    from alembic.script import ScriptDirectory

    return tuple(sorted(ScriptDirectory(str(MIGRATIONS_DIR)).get_heads()))
