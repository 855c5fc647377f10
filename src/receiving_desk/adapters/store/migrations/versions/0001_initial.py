"""Initial local store: users, catalog, RMAs, receipts, inspections, audit, outbox, journal.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.String(32)  # UTC ISO-8601 text (see adapters/store/types.py)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("badge", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("pin_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("failed_logins", sa.Integer, nullable=False),
        sa.Column("locked_until", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("badge", name="uq_users_badge"),
    )
    op.create_table(
        "customers",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("tier", sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_customers"),
    )
    op.create_table(
        "products",
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("category", sa.String(64), nullable=False),
        sa.Column("unit_value_cents", sa.Integer, nullable=False),
        sa.Column("home_bin", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("sku", name="pk_products"),
    )
    op.create_table(
        "product_gtins",
        sa.Column("gtin14", sa.String(14), nullable=False),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("gtin14", name="pk_product_gtins"),
        sa.ForeignKeyConstraint(["sku"], ["products.sku"], name="fk_product_gtins_sku_products"),
    )
    op.create_index("ix_product_gtins_sku", "product_gtins", ["sku"])
    op.create_table(
        "rmas",
        sa.Column("rma_number", sa.String(64), nullable=False),
        sa.Column("order_number", sa.String(64), nullable=False),
        sa.Column("customer_id", sa.String(36), nullable=False),
        sa.Column("order_date", sa.Date, nullable=False),
        sa.Column("delivered_at", TS, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint("rma_number", name="pk_rmas"),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name="fk_rmas_customer_id_customers"
        ),
    )
    op.create_index("ix_rmas_order_number", "rmas", ["order_number"])
    op.create_index("ix_rmas_customer_id", "rmas", ["customer_id"])
    op.create_table(
        "rma_lines",
        sa.Column("rma_number", sa.String(64), nullable=False),
        sa.Column("line_no", sa.Integer, nullable=False),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("quantity", sa.Integer, nullable=False),
        sa.Column("reason", sa.String(40), nullable=False),
        sa.Column("reason_note", sa.Text, nullable=False),
        sa.Column("serial", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("rma_number", "line_no", name="pk_rma_lines"),
        sa.ForeignKeyConstraint(
            ["rma_number"], ["rmas.rma_number"], name="fk_rma_lines_rma_number_rmas"
        ),
    )
    op.create_index("ix_rma_lines_serial", "rma_lines", ["serial"])
    op.create_table(
        "rma_tracking",
        sa.Column("tracking_number", sa.String(64), nullable=False),
        sa.Column("rma_number", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("tracking_number", name="pk_rma_tracking"),
        sa.ForeignKeyConstraint(
            ["rma_number"], ["rmas.rma_number"], name="fk_rma_tracking_rma_number_rmas"
        ),
    )
    op.create_index("ix_rma_tracking_rma_number", "rma_tracking", ["rma_number"])
    op.create_table(
        "receipts",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("rma_number", sa.String(64), nullable=False),
        sa.Column("station_id", sa.String(64), nullable=False),
        sa.Column("opened_by", sa.String(36), nullable=False),
        sa.Column("opened_at", TS, nullable=False),
        sa.Column("scanned_code", sa.String(200), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("completed_at", TS, nullable=True),
        sa.Column("completed_by", sa.String(36), nullable=True),
        sa.Column("void_reason", sa.Text, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_receipts"),
    )
    op.create_index("ix_receipts_rma_number", "receipts", ["rma_number"])
    op.create_index("ix_receipts_station_status", "receipts", ["station_id", "status"])
    op.create_table(
        "received_units",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("receipt_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("scanned_code", sa.String(200), nullable=False),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("gtin14", sa.String(14), nullable=True),
        sa.Column("line_no", sa.Integer, nullable=True),
        sa.Column("match", sa.String(20), nullable=False),
        sa.Column("scanned_at", TS, nullable=False),
        sa.Column("scanned_by", sa.String(36), nullable=False),
        sa.Column("serial", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_received_units"),
        sa.ForeignKeyConstraint(
            ["receipt_id"], ["receipts.id"], name="fk_received_units_receipt_id_receipts"
        ),
        sa.UniqueConstraint("receipt_id", "seq", name="uq_received_units_receipt_id_seq"),
    )
    op.create_table(
        "inspections",
        sa.Column("unit_id", sa.String(36), nullable=False),
        sa.Column("grade", sa.String(20), nullable=False),
        sa.Column("condition_codes", sa.JSON, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("inspector_id", sa.String(36), nullable=False),
        sa.Column("inspected_at", TS, nullable=False),
        sa.Column("disposition", sa.String(40), nullable=False),
        sa.Column("rule_id", sa.String(64), nullable=False),
        sa.Column("rule_version", sa.String(64), nullable=False),
        sa.Column("why", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("unit_id", name="pk_inspections"),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["received_units.id"], name="fk_inspections_unit_id_received_units"
        ),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("station_id", sa.String(64), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=True),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("details", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_table(
        "outbox",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("topic", sa.String(64), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("sent_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
        sa.UniqueConstraint("seq", name="uq_outbox_seq"),
    )
    op.create_index("ix_outbox_sent_at", "outbox", ["sent_at"])
    op.create_table(
        "scan_journal",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("received_at", TS, nullable=False),
        sa.Column("source", sa.String(64), nullable=False),
        sa.Column("raw", sa.LargeBinary, nullable=False),
        sa.Column("aim_id", sa.String(3), nullable=True),
        sa.Column("data", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_scan_journal"),
    )


def downgrade() -> None:
    for table in (
        "scan_journal",
        "outbox",
        "audit_log",
        "inspections",
        "received_units",
        "receipts",
        "rma_tracking",
        "rma_lines",
        "rmas",
        "product_gtins",
        "products",
        "customers",
        "users",
    ):
        op.drop_table(table)
