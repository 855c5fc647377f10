"""Daily report roll-ups: per UTC day, the units, hours, parcels, audit entries and clerk
activity the reports count, with triggers that mark a day dirty in the transaction that
changes one of its rows. Every day already in the store starts dirty (reports read it raw)
until the roll-ups are refreshed.

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from receiving_desk.adapters.rollups import triggers
from receiving_desk.adapters.store.rollup_tables import ROLLUPS, VOIDS_INDEX

revision = "0011"
down_revision = "0008"
branch_labels = None
depends_on = None

EXISTING_DAYS = """
INSERT OR IGNORE INTO rollup_dirty (day)
SELECT substr(opened_at, 1, 10) FROM receipts UNION SELECT substr(completed_at, 1, 10)
FROM receipts WHERE completed_at IS NOT NULL UNION SELECT substr(scanned_at, 1, 10)
FROM received_units UNION SELECT substr(inspected_at, 1, 10) FROM inspections
UNION SELECT substr(at, 1, 10) FROM audit_log
"""


def upgrade() -> None:
    bind = op.get_bind()
    for table in (ROLLUPS.dirty, *ROLLUPS.data):
        table.create(bind)
    for statement in triggers.sqlite_create():
        op.execute(statement)
    op.execute(EXISTING_DAYS)
    op.create_index(str(VOIDS_INDEX.name), "receipts", ["status", "completed_at"])


def downgrade() -> None:
    op.drop_index(str(VOIDS_INDEX.name), table_name="receipts")
    for statement in triggers.sqlite_drop():
        op.execute(statement)
    for table in reversed((ROLLUPS.dirty, *ROLLUPS.data)):
        op.drop_table(table.name)
