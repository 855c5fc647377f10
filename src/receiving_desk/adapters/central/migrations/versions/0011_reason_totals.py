"""Running totals of the report's reasons per product: for each month, the reasons of every
month before it (sums of the monthly roll-ups), so a long range reads two months' worth of
rows instead of one per month.

Revision ID: c0011
Revises: c0010
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from receiving_desk.adapters.central.schema import ROLLUPS
from receiving_desk.adapters.rollups.refresh import refresh_totals

revision = "c0011"
down_revision = "c0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    ROLLUPS.reason_totals.create(op.get_bind())
    refresh_totals(op.get_bind(), ROLLUPS, None)


def downgrade() -> None:
    op.drop_table(ROLLUPS.reason_totals.name)
