"""Evidence packs: the packs made (with the SHA-256 of each file and photo) and the jobs
asking for one, written by a trigger when a completed return carries a fraud flag.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from receiving_desk.adapters.store.evidence_tables import (
    CREATE_TRIGGER,
    DROP_TRIGGER,
    evidence_jobs,
    evidence_packs,
)

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    evidence_packs.create(bind)
    evidence_jobs.create(bind)
    op.execute(CREATE_TRIGGER)


def downgrade() -> None:
    op.execute(DROP_TRIGGER)
    op.drop_table("evidence_jobs")
    op.drop_table("evidence_packs")
