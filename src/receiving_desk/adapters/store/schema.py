"""The whole local schema: every module that defines tables on the shared `metadata`.

Alembic's environment and the schema test import this, so a table defined in any of these
modules is checked against the migrations. The migration chain is linear (0001 -> 0006...).
"""

from receiving_desk.adapters.store import (
    audit_tables,
    evidence_tables,
    print_tables,
    report_indexes,
    rollup_tables,
    sync_tables,
    tables,
)
from receiving_desk.adapters.store.tables import metadata

__all__ = [
    "audit_tables",
    "evidence_tables",
    "metadata",
    "print_tables",
    "report_indexes",
    "rollup_tables",
    "sync_tables",
    "tables",
]
