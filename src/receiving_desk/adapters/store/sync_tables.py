"""Local tables of the central sync: pull watermarks, sync state, and the published rule files
mirrored from the central database (bin locations go to the store's own `locations`)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Column, String, Table, Text

from receiving_desk.adapters.store.tables import metadata
from receiving_desk.adapters.store.types import UtcDateTime

# One row per stream: "pull:<central table>" holds the central transaction-id horizon up to
# which that table was pulled; "push:audit_log" the last audit_log rowid pushed.
sync_watermarks = Table(
    "sync_watermarks",
    metadata,
    Column("stream", String(64), primary_key=True),
    Column("position", BigInteger, nullable=False),
    Column("rows", BigInteger, nullable=False),  # rows applied over the stream's life
    Column("updated_at", UtcDateTime, nullable=False),
)

# Small key/value facts: this installation's id, last successful push/pull, last error.
sync_state = Table(
    "sync_state",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
)

# Published rule files (TOML text) pulled from the central database, by version.
ref_rules = Table(
    "ref_rules",
    metadata,
    Column("version", String(64), primary_key=True),
    Column("content", Text, nullable=False),
    Column("published_at", UtcDateTime, nullable=False),
    Column("active", Boolean, nullable=False),
)

__all__ = ["metadata", "ref_rules", "sync_state", "sync_watermarks"]
