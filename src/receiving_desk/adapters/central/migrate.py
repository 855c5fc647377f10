"""Create and upgrade the central schema with its own Alembic migrations.

Separate from the local store's migrations: the central database is upgraded by an
administrator (`receiving-desk central upgrade --url ...`), never by a desk at start-up.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "central_schema_version"


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
        context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
        return tuple(sorted(context.get_current_heads()))


def head_revisions() -> tuple[str, ...]:
    return tuple(sorted(ScriptDirectory(str(MIGRATIONS_DIR)).get_heads()))
