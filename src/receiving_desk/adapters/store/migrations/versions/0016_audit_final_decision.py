"""An audit's final grade keeps the rules' decision it made (disposition, refund, rule): the
completion of the return, or the revision of a completed one, sends that outcome.

Revision ID: 0016
Revises: 0012
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLE, COLUMN = "audit_resolutions", "decision"


def _has_column() -> bool:
    columns = sa.inspect(op.get_bind()).get_columns(TABLE)
    return any(c["name"] == COLUMN for c in columns)


def upgrade() -> None:
    # 0012 makes its tables from the current table definitions: a store created from
    # scratch has the column already.
    if not _has_column():
        op.add_column(TABLE, sa.Column(COLUMN, sa.JSON, nullable=True))


def downgrade() -> None:
    if _has_column():
        with op.batch_alter_table(TABLE) as batch:
            batch.drop_column(COLUMN)
