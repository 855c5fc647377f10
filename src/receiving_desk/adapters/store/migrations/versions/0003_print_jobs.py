"""Persisted print queue: print_jobs.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TS = sa.String(32)  # UTC ISO-8601 text (see adapters/store/types.py)


def upgrade() -> None:
    op.create_table(
        "print_jobs",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("printer_url", sa.String(500), nullable=False),
        sa.Column("format", sa.String(8), nullable=False),
        sa.Column("dpi", sa.Integer, nullable=False),
        sa.Column("template", sa.String(64), nullable=False),
        sa.Column("label_key", sa.String(200), nullable=False),
        sa.Column("label", sa.JSON, nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("in_doubt", sa.Boolean, nullable=False),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("sent_at", TS, nullable=True),
        sa.Column("reprint_of", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_print_jobs"),
        sa.UniqueConstraint("seq", name="uq_print_jobs_seq"),
        sa.ForeignKeyConstraint(
            ["reprint_of"], ["print_jobs.id"], name="fk_print_jobs_reprint_of_print_jobs"
        ),
    )
    op.create_index("ix_print_jobs_state_printer_url", "print_jobs", ["state", "printer_url"])
    op.create_index("ix_print_jobs_label_key", "print_jobs", ["label_key"])


def downgrade() -> None:
    op.drop_index("ix_print_jobs_label_key", table_name="print_jobs")
    op.drop_index("ix_print_jobs_state_printer_url", table_name="print_jobs")
    op.drop_table("print_jobs")
