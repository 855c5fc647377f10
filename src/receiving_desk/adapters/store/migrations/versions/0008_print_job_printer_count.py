"""Print jobs remember the printer's label counter read just before they were sent, so a job
a crash interrupted mid-send is settled by asking the printer whether it printed.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable, no default: existing jobs (and printers without a counter) keep the
    # in-doubt rule; a plain ADD COLUMN, no table rebuild.
    op.add_column("print_jobs", sa.Column("printer_count", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("print_jobs") as batch:
        batch.drop_column("printer_count")
