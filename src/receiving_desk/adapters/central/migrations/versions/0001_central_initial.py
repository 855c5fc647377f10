"""Central schema: reference data with change tracking, pushed receipts/inspections/events.

Revision ID: c0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql as pg

from receiving_desk.adapters.central.migrations.c0001_parts import (
    FUNCTIONS,
    REFERENCE,
    RMA_PROGRESS,
    received_at,
    reference_tables,
)

revision = "c0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
UUID = pg.UUID(as_uuid=False)


def _pushed_tables() -> None:
    op.create_table(
        "desks",
        sa.Column("desk_id", sa.Text),
        sa.Column("install_id", UUID, nullable=False),
        sa.Column("last_seen_at", TS, nullable=False),
        sa.Column("last_desk_seq", sa.BigInteger, nullable=False),
        sa.Column("app_version", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("desk_id", name="pk_desks"),
    )
    op.create_table(
        "receipts",
        sa.Column("id", UUID),
        sa.Column("rma_number", sa.Text, nullable=True),
        sa.Column("desk_id", sa.Text, nullable=False),
        sa.Column("opened_by", sa.Text, nullable=False),
        sa.Column("opened_at", TS, nullable=False),
        sa.Column("scanned_code", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("completed_at", TS, nullable=True),
        sa.Column("completed_by", sa.Text, nullable=True),
        sa.Column("voided_at", TS, nullable=True),
        sa.Column("void_reason", sa.Text, nullable=True),
        sa.Column("set_aside_at", TS, nullable=True),
        sa.Column("set_aside_reason", sa.Text, nullable=True),
        sa.Column("received_message_id", UUID, nullable=False),
        sa.Column("completed_message_id", UUID, nullable=True),
        sa.Column("voided_message_id", UUID, nullable=True),
        received_at(),
        sa.PrimaryKeyConstraint("id", name="pk_receipts"),
    )
    op.create_index("ix_receipts_rma_number", "receipts", ["rma_number"])
    op.create_table(
        "inspections",
        sa.Column("unit_id", UUID),
        sa.Column("message_id", UUID, nullable=False),
        sa.Column("receipt_id", UUID, nullable=False),
        sa.Column("rma_number", sa.Text, nullable=True),
        sa.Column("desk_id", sa.Text, nullable=False),
        sa.Column("desk_seq", sa.BigInteger, nullable=False),
        sa.Column("unit_seq", sa.Integer, nullable=True),
        sa.Column("sku", sa.Text, nullable=False),
        sa.Column("gtin14", sa.Text, nullable=True),
        sa.Column("line_no", sa.Integer, nullable=True),
        sa.Column("match", sa.Text, nullable=False),
        sa.Column("scanned_code", sa.Text, nullable=True),
        sa.Column("serial", sa.Text, nullable=True),
        sa.Column("scanned_at", TS, nullable=True),
        sa.Column("scanned_by", sa.Text, nullable=True),
        sa.Column("grade", sa.Text, nullable=False),
        sa.Column("condition_codes", pg.JSONB, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("disposition", sa.Text, nullable=False),
        sa.Column("rule_id", sa.Text, nullable=False),
        sa.Column("rule_version", sa.Text, nullable=False),
        sa.Column("why", sa.Text, nullable=True),
        sa.Column("inspector_id", sa.Text, nullable=False),
        sa.Column("inspected_at", TS, nullable=False),
        sa.Column("checklist", pg.JSONB, nullable=True),
        sa.Column("photos", pg.JSONB, nullable=True),
        sa.Column("notes", pg.JSONB, nullable=True),
        sa.Column("return_window", sa.Text, nullable=True),
        sa.Column("returns_to_stock", sa.Boolean, nullable=True),
        sa.Column("refund_kind", sa.Text, nullable=True),
        sa.Column("refund_percent", sa.Integer, nullable=True),
        sa.Column("override_disposition", sa.Text, nullable=True),
        sa.Column("override_reason", sa.Text, nullable=True),
        sa.Column("override_by", sa.Text, nullable=True),
        sa.Column("override_at", TS, nullable=True),
        sa.Column("override_desk_seq", sa.BigInteger, nullable=True),
        sa.Column("withdrawn_at", TS, nullable=True),
        sa.Column("withdrawn_by", sa.Text, nullable=True),
        sa.Column("withdrawn_message_id", UUID, nullable=True),
        received_at(),
        sa.PrimaryKeyConstraint("unit_id", name="pk_inspections"),
    )
    op.create_index("ix_inspections_receipt_id", "inspections", ["receipt_id"])
    op.create_index("ix_inspections_rma_number", "inspections", ["rma_number"])
    op.create_table(
        "receipt_flags",
        sa.Column("receipt_id", UUID),
        sa.Column("flag_no", sa.Integer),
        sa.Column("desk_id", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("line_no", sa.Integer, nullable=True),
        sa.Column("unit_seq", sa.Integer, nullable=True),
        sa.Column("evidence", pg.JSONB, nullable=False),
        received_at(),
        sa.PrimaryKeyConstraint("receipt_id", "flag_no", name="pk_receipt_flags"),
    )
    op.create_index("ix_receipt_flags_kind", "receipt_flags", ["kind"])
    op.create_table(
        "status_events",
        sa.Column("id", sa.BigInteger, sa.Identity(always=False)),
        sa.Column("return_key", sa.Text, nullable=False),
        sa.Column("return_seq", sa.BigInteger, nullable=False),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("desk_id", sa.Text, nullable=False),
        sa.Column("receipt_id", UUID, nullable=True),
        sa.Column("message_id", UUID, nullable=False),
        sa.Column("payload", pg.JSONB, nullable=False),
        received_at(),
        sa.PrimaryKeyConstraint("id", name="pk_status_events"),
        sa.UniqueConstraint(
            "return_key", "return_seq", name="uq_status_events_return_key_return_seq"
        ),
        sa.UniqueConstraint(
            "message_id", "event_type", name="uq_status_events_message_id_event_type"
        ),
    )
    op.create_table(
        "return_event_heads",
        sa.Column("return_key", sa.Text),
        sa.Column("last_seq", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("return_key", name="pk_return_event_heads"),
    )
    op.create_table(
        "audit_entries",
        sa.Column("id", UUID),
        sa.Column("desk_id", sa.Text, nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("user_id", sa.Text, nullable=True),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("details", pg.JSONB, nullable=False),
        received_at(),
        sa.PrimaryKeyConstraint("id", name="pk_audit_entries"),
    )
    op.create_index("ix_audit_entries_desk_id_at", "audit_entries", ["desk_id", "at"])
    op.create_table(
        "stock_movements",
        sa.Column("id", UUID),
        sa.Column("message_id", UUID, nullable=False),
        sa.Column("desk_id", sa.Text, nullable=False),
        sa.Column("desk_seq", sa.BigInteger, nullable=False),
        sa.Column("lpn", sa.Text, nullable=False),
        sa.Column("sku", sa.Text, nullable=False),
        sa.Column("quantity", sa.Integer, nullable=False),
        sa.Column("grade", sa.Text, nullable=True),
        sa.Column("from_location", sa.Text, nullable=True),
        sa.Column("to_location", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("moved_by", sa.Text, nullable=False),
        sa.Column("moved_at", TS, nullable=False),
        sa.Column("receipt_id", UUID, nullable=True),
        received_at(),
        sa.PrimaryKeyConstraint("id", name="pk_stock_movements"),
    )
    op.create_index("ix_stock_movements_lpn", "stock_movements", ["lpn"])
    op.create_table(
        "unrouted_messages",
        sa.Column("id", UUID),
        sa.Column("desk_id", sa.Text, nullable=False),
        sa.Column("desk_seq", sa.BigInteger, nullable=False),
        sa.Column("topic", sa.Text, nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("payload", pg.JSONB, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        received_at(),
        sa.PrimaryKeyConstraint("id", name="pk_unrouted_messages"),
    )


def upgrade() -> None:
    reference_tables()
    _pushed_tables()
    op.execute(FUNCTIONS)
    for table, key in REFERENCE:
        op.execute(
            f"CREATE TRIGGER {table}_stamp BEFORE INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION rd_stamp_change()"
        )
        args = ", ".join(f"'{column}'" for column in key)
        op.execute(
            f"CREATE TRIGGER {table}_deletions AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION rd_track_deletion({args})"
        )
    op.execute(RMA_PROGRESS)


def downgrade() -> None:
    op.execute("DROP VIEW rma_progress")
    for table in (
        "unrouted_messages",
        "stock_movements",
        "audit_entries",
        "return_event_heads",
        "status_events",
        "receipt_flags",
        "inspections",
        "receipts",
        "desks",
        *(name for name, _ in reversed(REFERENCE)),
        "reference_deletions",
    ):
        op.drop_table(table)
    op.execute("DROP FUNCTION rd_track_deletion(), rd_stamp_change()")
