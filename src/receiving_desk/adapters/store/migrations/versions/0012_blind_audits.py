"""Blind re-inspection audits: units held for a second, blind grade (audit_holds), the blind
and gold grades given (audit_grades), and a supervisor's final grade (audit_resolutions).

Revision ID: 0012
Revises: 0015
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from receiving_desk.adapters.store.audit_tables import AUDIT_TABLES

revision = "0012"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    for table in AUDIT_TABLES:
        table.create(bind)


def downgrade() -> None:
    for table in reversed(AUDIT_TABLES):
        op.drop_table(table.name)
