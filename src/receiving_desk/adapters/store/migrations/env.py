"""Alembic environment for the local store (run by `adapters/migration_runner.py`)."""

from __future__ import annotations

from receiving_desk.adapters.migration_runner import run_env
from receiving_desk.adapters.store.schema import metadata

run_env(metadata)
