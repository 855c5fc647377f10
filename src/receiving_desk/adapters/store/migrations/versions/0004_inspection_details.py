"""Inspection details: checklists, photos, refunds, overrides, window state; blind receipts;
discrepancy flags.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TS = sa.String(32)


def upgrade() -> None:
    with op.batch_alter_table("receipts") as batch:
        batch.alter_column("rma_number", existing_type=sa.String(64), nullable=True)
    with op.batch_alter_table("received_units") as batch:
        batch.add_column(sa.Column("checklist", sa.JSON, nullable=False, server_default="{}"))
        batch.add_column(sa.Column("conditions", sa.JSON, nullable=False, server_default="[]"))
        batch.add_column(sa.Column("photos", sa.JSON, nullable=False, server_default="[]"))
    with op.batch_alter_table("inspections") as batch:
        batch.add_column(sa.Column("checklist", sa.JSON, nullable=False, server_default="{}"))
        batch.add_column(sa.Column("photos", sa.JSON, nullable=False, server_default="[]"))
        batch.add_column(
            sa.Column("returns_to_stock", sa.Boolean, nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("refund_kind", sa.String(20), nullable=False, server_default="none")
        )
        batch.add_column(
            sa.Column("refund_percent", sa.Integer, nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("notes", sa.JSON, nullable=False, server_default="[]"))
        batch.add_column(
            sa.Column("window", sa.String(20), nullable=False, server_default="inside")
        )
        batch.add_column(sa.Column("override_disposition", sa.String(40), nullable=True))
        batch.add_column(sa.Column("override_reason", sa.Text, nullable=True))
        batch.add_column(sa.Column("override_by", sa.String(36), nullable=True))
        batch.add_column(sa.Column("override_at", TS, nullable=True))
    op.create_table(
        "receipt_flags",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("receipt_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("line_no", sa.Integer, nullable=True),
        sa.Column("unit_seq", sa.Integer, nullable=True),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_receipt_flags"),
        sa.ForeignKeyConstraint(
            ["receipt_id"], ["receipts.id"], name="fk_receipt_flags_receipt_id_receipts"
        ),
    )
    op.create_index("ix_receipt_flags_receipt_id", "receipt_flags", ["receipt_id"])
    op.create_index("ix_receipt_flags_kind", "receipt_flags", ["kind"])


def downgrade() -> None:
    op.drop_table("receipt_flags")
    with op.batch_alter_table("inspections") as batch:
        for column in (
            "override_at",
            "override_by",
            "override_reason",
            "override_disposition",
            "window",
            "notes",
            "refund_percent",
            "refund_kind",
            "returns_to_stock",
            "photos",
            "checklist",
        ):
            batch.drop_column(column)
    with op.batch_alter_table("received_units") as batch:
        for column in ("photos", "conditions", "checklist"):
            batch.drop_column(column)
    with op.batch_alter_table("receipts") as batch:
        batch.alter_column("rma_number", existing_type=sa.String(64), nullable=False)
