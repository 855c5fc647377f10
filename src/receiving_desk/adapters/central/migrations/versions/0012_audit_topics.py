"""The central database accepts the desks' blind re-inspection audit events (topics
audit.held, audit.graded, audit.resolved, version 1). Until a revision gives them tables
and a section of the merge, the push keeps them as sent, in `unrouted_messages` (the desk's
own row-level security applies, like every pushed row).

Revision ID: c0012
Revises: c0011
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0012"
down_revision = "c0011"
branch_labels = None
depends_on = None

# Frozen with this revision (not imported from the desk's code, which moves on).
TOPICS = ("audit.held", "audit.graded", "audit.resolved")

event_versions = sa.table(
    "event_versions",
    sa.column("topic", sa.Text),
    sa.column("min_version", sa.Integer),
    sa.column("max_version", sa.Integer),
)


def upgrade() -> None:
    op.bulk_insert(
        event_versions, [{"topic": t, "min_version": 1, "max_version": 1} for t in TOPICS]
    )


def downgrade() -> None:
    op.execute(event_versions.delete().where(event_versions.c.topic.in_(TOPICS)))
