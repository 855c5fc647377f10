"""Alembic environment for the central database (run by `adapters/migration_runner.py`)."""

from __future__ import annotations

from receiving_desk.adapters.central.schema import metadata
from receiving_desk.adapters.migration_runner import run_env

run_env(metadata)
