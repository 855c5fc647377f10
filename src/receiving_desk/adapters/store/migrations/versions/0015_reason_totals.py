"""Running totals of the report's reasons per product: for each month, the reasons of every
month before it (sums of the monthly roll-ups), so a long range reads two months' worth of
rows instead of one per month.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from receiving_desk.adapters.rollups.refresh import refresh_totals
from receiving_desk.adapters.store.rollup_tables import ROLLUPS

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    ROLLUPS.reason_totals.create(op.get_bind())
    refresh_totals(op.get_bind(), ROLLUPS, None)


def downgrade() -> None:
    op.drop_table(ROLLUPS.reason_totals.name)
