"""The local store's schema: its Alembic migrations, run from code (at start and by
`db upgrade`) through the one migration runner."""

from __future__ import annotations

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
