"""Daily report roll-ups on the central database: per UTC day, the units, hours, parcels,
audit entries and clerk activity the reports count, with triggers that mark a day dirty in
the transaction that changes one of its rows (whichever path writes: the desks' pushes, a
merge function, imports). Every day already there starts dirty until refreshed.

Revision ID: c0007
Revises: c0006
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from receiving_desk.adapters.central.schema import ROLLUPS
from receiving_desk.adapters.rollups import triggers

revision = "c0007"
down_revision = "c0006"
branch_labels = None
depends_on = None

EXISTING_DAYS = """
INSERT INTO rollup_dirty (day)
SELECT to_char(opened_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM receipts
UNION SELECT to_char(completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM receipts
    WHERE completed_at IS NOT NULL
UNION SELECT to_char(voided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM receipts
    WHERE voided_at IS NOT NULL
UNION SELECT to_char(inspected_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM inspections
UNION SELECT to_char(scanned_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM inspections
    WHERE scanned_at IS NOT NULL
UNION SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM audit_entries
ON CONFLICT DO NOTHING
"""


def upgrade() -> None:
    bind = op.get_bind()
    for table in (ROLLUPS.dirty, *ROLLUPS.data):
        table.create(bind)
    for statement in triggers.postgresql_create():
        op.execute(statement)
    op.execute(EXISTING_DAYS)


def downgrade() -> None:
    for statement in triggers.postgresql_drop():
        op.execute(statement)
    for table in reversed((ROLLUPS.dirty, *ROLLUPS.data)):
        op.drop_table(table.name)
