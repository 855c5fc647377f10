"""Parts of central revision c0001 (kept beside it so each file stays short): the reference
tables with their change-tracking triggers, and the SQL of functions and views. Frozen with
the revision: never edit for a later schema change; write a new revision instead."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql as pg

TS = sa.DateTime(timezone=True)

# (table, key columns) of the reference tables; their triggers keep change_xid and tombstones.
REFERENCE = (
    ("customers", ("id",)),
    ("products", ("sku",)),
    ("product_gtins", ("gtin14",)),
    ("rmas", ("rma_number",)),
    ("rma_lines", ("rma_number", "line_no")),
    ("rma_tracking", ("tracking_number",)),
    ("users", ("id",)),
    ("locations", ("code",)),
    ("rules", ("version",)),
)

FUNCTIONS = """
CREATE FUNCTION rd_stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- The writing transaction's id: desks pull rows by it (see pull.py for why not a sequence).
    NEW.change_xid := pg_current_xact_id()::text::bigint;
    RETURN NEW;
END $$;

CREATE FUNCTION rd_track_deletion() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_key jsonb;
    new_key jsonb;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        SELECT jsonb_object_agg(c, to_jsonb(OLD) -> c) INTO old_key FROM unnest(TG_ARGV) AS c;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        SELECT jsonb_object_agg(c, to_jsonb(NEW) -> c) INTO new_key FROM unnest(TG_ARGV) AS c;
        DELETE FROM reference_deletions WHERE table_name = TG_TABLE_NAME AND key = new_key;
    END IF;
    IF old_key IS NOT NULL AND old_key IS DISTINCT FROM new_key THEN
        INSERT INTO reference_deletions (table_name, key, change_xid)
        VALUES (TG_TABLE_NAME, old_key, pg_current_xact_id()::text::bigint)
        ON CONFLICT (table_name, key) DO UPDATE
        SET change_xid = EXCLUDED.change_xid, deleted_at = now();
    END IF;
    RETURN NULL;
END $$;
"""

RMA_PROGRESS = """
CREATE VIEW rma_progress AS
WITH got AS (
    SELECT i.rma_number, i.line_no, count(*) AS units
    FROM inspections i JOIN receipts c ON c.id = i.receipt_id
    WHERE c.status = 'completed' AND i.withdrawn_at IS NULL AND i.match = 'matched'
    GROUP BY i.rma_number, i.line_no
), lines AS (
    SELECT l.rma_number, l.quantity, coalesce(g.units, 0) AS received
    FROM rma_lines l LEFT JOIN got g ON g.rma_number = l.rma_number AND g.line_no = l.line_no
)
SELECT r.rma_number,
       coalesce(sum(lines.quantity), 0)::bigint AS declared_units,
       coalesce(sum(least(lines.received, lines.quantity)), 0)::bigint AS received_units,
       (SELECT count(*) FROM receipts c
        WHERE c.rma_number = r.rma_number AND c.status = 'completed') AS completed_receipts,
       CASE WHEN r.status = 'cancelled' THEN 'cancelled'
            WHEN bool_and(lines.received >= lines.quantity) THEN 'received'
            WHEN coalesce(sum(lines.received), 0) > 0 THEN 'partial'
            ELSE 'open' END AS status
FROM rmas r LEFT JOIN lines ON lines.rma_number = r.rma_number
GROUP BY r.rma_number, r.status
"""


def xid() -> sa.Column[int]:
    return sa.Column("change_xid", sa.BigInteger, nullable=False)


def received_at() -> sa.Column[object]:
    return sa.Column("received_at", TS, server_default=sa.func.now(), nullable=False)


def reference_tables() -> None:
    op.create_table(
        "customers",
        sa.Column("id", sa.Text),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("tier", sa.Text, nullable=False),
        xid(),
        sa.PrimaryKeyConstraint("id", name="pk_customers"),
    )
    op.create_table(
        "products",
        sa.Column("sku", sa.Text),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("category", sa.Text, nullable=False),
        sa.Column("unit_value_cents", sa.Integer, nullable=False),
        sa.Column("home_bin", sa.Text, nullable=False),
        xid(),
        sa.PrimaryKeyConstraint("sku", name="pk_products"),
    )
    op.create_table(
        "product_gtins",
        sa.Column("gtin14", sa.Text),
        sa.Column("sku", sa.Text, nullable=False),
        xid(),
        sa.PrimaryKeyConstraint("gtin14", name="pk_product_gtins"),
        sa.ForeignKeyConstraint(
            ["sku"], ["products.sku"], name="fk_product_gtins_sku_products", ondelete="CASCADE"
        ),
    )
    op.create_table(
        "rmas",
        sa.Column("rma_number", sa.Text),
        sa.Column("order_number", sa.Text, nullable=False),
        sa.Column("customer_id", sa.Text, nullable=False),
        sa.Column("order_date", sa.Date, nullable=False),
        sa.Column("delivered_at", TS, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        xid(),
        sa.PrimaryKeyConstraint("rma_number", name="pk_rmas"),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name="fk_rmas_customer_id_customers"
        ),
    )
    op.create_index("ix_rmas_order_number", "rmas", ["order_number"])
    op.create_table(
        "rma_lines",
        sa.Column("rma_number", sa.Text),
        sa.Column("line_no", sa.Integer),
        sa.Column("sku", sa.Text, nullable=False),
        sa.Column("quantity", sa.Integer, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("reason_note", sa.Text, server_default="", nullable=False),
        sa.Column("serial", sa.Text, nullable=True),
        xid(),
        sa.PrimaryKeyConstraint("rma_number", "line_no", name="pk_rma_lines"),
        sa.ForeignKeyConstraint(
            ["rma_number"],
            ["rmas.rma_number"],
            name="fk_rma_lines_rma_number_rmas",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "rma_tracking",
        sa.Column("tracking_number", sa.Text),
        sa.Column("rma_number", sa.Text, nullable=False),
        xid(),
        sa.PrimaryKeyConstraint("tracking_number", name="pk_rma_tracking"),
        sa.ForeignKeyConstraint(
            ["rma_number"],
            ["rmas.rma_number"],
            name="fk_rma_tracking_rma_number_rmas",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Text),
        sa.Column("badge", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("pin_hash", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, server_default="true", nullable=False),
        xid(),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("badge", name="uq_users_badge"),
    )
    op.create_table(
        "locations",
        sa.Column("code", sa.Text),
        sa.Column("zone", sa.Text, server_default="", nullable=False),
        sa.Column("description", sa.Text, server_default="", nullable=False),
        sa.Column("active", sa.Boolean, server_default="true", nullable=False),
        xid(),
        sa.PrimaryKeyConstraint("code", name="pk_locations"),
    )
    op.create_table(
        "rules",
        sa.Column("version", sa.Text),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("published_at", TS, server_default=sa.func.now(), nullable=False),
        sa.Column("active", sa.Boolean, server_default="false", nullable=False),
        xid(),
        sa.PrimaryKeyConstraint("version", name="pk_rules"),
    )
    op.create_table(
        "reference_deletions",
        sa.Column("table_name", sa.Text),
        sa.Column("key", pg.JSONB),
        sa.Column("deleted_at", TS, server_default=sa.func.now(), nullable=False),
        xid(),
        sa.PrimaryKeyConstraint("table_name", "key", name="pk_reference_deletions"),
    )
    for table in ("reference_deletions", *(name for name, _ in REFERENCE)):
        op.create_index(f"ix_{table}_change_xid", table, ["change_xid"])
