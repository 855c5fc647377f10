"""Report indexes: time ranges on inspections, units, receipts and print jobs.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None  # print_jobs (0003) is an ancestor: the chain is linear

INDEXES = (
    ("ix_inspections_inspected_at", "inspections", ["inspected_at"]),
    ("ix_inspections_inspector_id_inspected_at", "inspections", ["inspector_id", "inspected_at"]),
    ("ix_inspections_override_at", "inspections", ["override_at"]),
    ("ix_received_units_scanned_at", "received_units", ["scanned_at"]),
    ("ix_receipts_opened_at", "receipts", ["opened_at"]),
    ("ix_receipts_completed_at", "receipts", ["completed_at"]),
)
PRINT_JOBS_INDEX = ("ix_print_jobs_created_at", "print_jobs", ["created_at"])


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    op.create_index(*PRINT_JOBS_INDEX)


def downgrade() -> None:
    for name, table, _ in (PRINT_JOBS_INDEX, *INDEXES):
        op.drop_index(name, table_name=table)
