"""The central database accepts a desk's revised refund outcome (topic return.outcome_revised,
version 1): a supervisor's final grade of a disputed blind audit, after the return's completion
went out under the first grade. The push keeps it as sent, in `unrouted_messages` (the
desk's own row-level security applies); c0017 derives its status event.

Revision ID: c0016
Revises: c0015
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0016"
down_revision = "c0015"
branch_labels = None
depends_on = None

# Frozen with this revision (not imported from the desk's code, which moves on).
TOPIC = "return.outcome_revised"

event_versions = sa.table(
    "event_versions",
    sa.column("topic", sa.Text),
    sa.column("min_version", sa.Integer),
    sa.column("max_version", sa.Integer),
)


def upgrade() -> None:
    op.bulk_insert(event_versions, [{"topic": TOPIC, "min_version": 1, "max_version": 1}])


def downgrade() -> None:
    op.execute(event_versions.delete().where(event_versions.c.topic == TOPIC))
