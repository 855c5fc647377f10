"""Create and upgrade the central schema with its own Alembic migrations (through the one
migration runner).

Separate from the local store's migrations: the central database is upgraded by an
administrator (`receiving-desk central upgrade --url ...`), never by a desk at start-up.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from receiving_desk.adapters.migration_runner import MigrationRunner

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "central_schema_version"
RUNNER = MigrationRunner(MIGRATIONS_DIR, version_table=VERSION_TABLE)


def upgrade(engine: Engine, revision: str = "heads") -> None:
    RUNNER.upgrade(engine, revision)


def downgrade(engine: Engine, revision: str) -> None:
    RUNNER.downgrade(engine, revision)


def current_revisions(engine: Engine) -> tuple[str, ...]:
    return RUNNER.current_revisions(engine)


def head_revisions() -> tuple[str, ...]:
    return RUNNER.head_revisions()
