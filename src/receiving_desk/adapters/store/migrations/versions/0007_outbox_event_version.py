"""Outbox messages carry their event's schema version (typed, versioned events); messages
already in the outbox are version 1, the untyped payloads of earlier releases.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN with a constant default: no table rebuild, however long the outbox.
    op.add_column("outbox", sa.Column("version", sa.Integer, nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("version")
