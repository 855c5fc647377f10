"""The desk event versions this schema accepts, per topic (typed, versioned events).

Desks check the table before each push and refuse to push an event version outside a
topic's range, with both versions named (adapters/central/versions.py). This schema takes
every topic at version 1 (the untyped payloads of earlier desks) and 2 (typed events).
A later revision that needs facts only a newer version carries raises min_version.

Revision ID: c0003
Revises: c0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0003"
down_revision = "c0002"
branch_labels = None
depends_on = None

# Frozen with this revision (not imported from the desk's code, which moves on).
TOPICS = (
    "return.received",
    "unit.inspected",
    "unit.withdrawn",
    "unit.disposition_overridden",
    "return.completed",
    "return.voided",
    "return.set_aside",
    "stock.moved",
)


def upgrade() -> None:
    table = op.create_table(
        "event_versions",
        sa.Column("topic", sa.Text, nullable=False),
        sa.Column("min_version", sa.Integer, nullable=False),
        sa.Column("max_version", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("topic", name="pk_event_versions"),
        sa.CheckConstraint(
            "0 < min_version AND min_version <= max_version", name="ck_event_versions_range"
        ),
    )
    op.bulk_insert(table, [{"topic": t, "min_version": 1, "max_version": 2} for t in TOPICS])


def downgrade() -> None:
    op.drop_table("event_versions")
