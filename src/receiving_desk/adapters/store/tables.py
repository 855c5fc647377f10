"""The local store's schema (SQLAlchemy Core). Alembic migrations create and upgrade it;
a test checks the migrations produce exactly this."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from receiving_desk.adapters.store.types import UtcDateTime

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

users = Table(
    "users",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("badge", String(64), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("role", String(20), nullable=False),
    Column("pin_hash", String(200), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("failed_logins", Integer, nullable=False, default=0),
    Column("locked_until", UtcDateTime, nullable=True),
)

customers = Table(
    "customers",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("tier", String(20), nullable=False),
)

products = Table(
    "products",
    metadata,
    Column("sku", String(64), primary_key=True),
    Column("description", Text, nullable=False),
    Column("category", String(64), nullable=False),
    Column("unit_value_cents", Integer, nullable=False),
    Column("home_bin", String(64), nullable=False),
    Column("weight_grams", Integer, nullable=True),  # one unit, as shipped to the customer
)

product_gtins = Table(
    "product_gtins",
    metadata,
    Column("gtin14", String(14), primary_key=True),
    Column("sku", String(64), ForeignKey("products.sku"), nullable=False, index=True),
)

rmas = Table(
    "rmas",
    metadata,
    Column("rma_number", String(64), primary_key=True),
    Column("order_number", String(64), nullable=False, index=True),
    Column("customer_id", String(36), ForeignKey("customers.id"), nullable=False, index=True),
    Column("order_date", Date, nullable=False),
    Column("delivered_at", UtcDateTime, nullable=False),
    Column("status", String(20), nullable=False),
)

rma_lines = Table(
    "rma_lines",
    metadata,
    Column("rma_number", String(64), ForeignKey("rmas.rma_number"), primary_key=True),
    Column("line_no", Integer, primary_key=True),
    Column("sku", String(64), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("reason", String(40), nullable=False),
    Column("reason_note", Text, nullable=False, default=""),
    Column("serial", String(64), nullable=True, index=True),
)

rma_tracking = Table(
    "rma_tracking",
    metadata,
    Column("tracking_number", String(64), primary_key=True),
    Column("rma_number", String(64), ForeignKey("rmas.rma_number"), nullable=False, index=True),
)

receipts = Table(
    "receipts",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("rma_number", String(64), nullable=True, index=True),  # null: blind receipt
    Column("station_id", String(64), nullable=False),
    Column("opened_by", String(36), nullable=False),
    Column("opened_at", UtcDateTime, nullable=False),
    Column("scanned_code", String(200), nullable=False),
    Column("status", String(20), nullable=False),
    Column("completed_at", UtcDateTime, nullable=True),
    Column("completed_by", String(36), nullable=True),
    Column("void_reason", Text, nullable=True),
    Column("parcel_grams", Integer, nullable=True),  # weighed before opening
    Index("ix_receipts_station_status", "station_id", "status"),
)

received_units = Table(
    "received_units",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("receipt_id", String(36), ForeignKey("receipts.id"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("scanned_code", String(200), nullable=False),
    Column("sku", String(64), nullable=False),
    Column("gtin14", String(14), nullable=True),
    Column("line_no", Integer, nullable=True),
    Column("match", String(20), nullable=False),
    Column("scanned_at", UtcDateTime, nullable=False),
    Column("scanned_by", String(36), nullable=False),
    Column("serial", String(64), nullable=True),
    # inspection in progress, saved as the clerk answers
    Column("checklist", JSON, nullable=False, server_default="{}"),
    Column("conditions", JSON, nullable=False, server_default="[]"),
    Column("photos", JSON, nullable=False, server_default="[]"),
    Column("lpn", String(40), nullable=True, unique=True),
    Column("destination", String(64), nullable=True),
    Column("weighed_grams", Integer, nullable=True),  # weighed at inspection
    UniqueConstraint("receipt_id", "seq"),
)

inspections = Table(
    "inspections",
    metadata,
    Column("unit_id", String(36), ForeignKey("received_units.id"), primary_key=True),
    Column("grade", String(20), nullable=False),
    Column("condition_codes", JSON, nullable=False),
    Column("note", Text, nullable=False),
    Column("inspector_id", String(36), nullable=False),
    Column("inspected_at", UtcDateTime, nullable=False),
    Column("disposition", String(40), nullable=False),
    Column("rule_id", String(64), nullable=False),
    Column("rule_version", String(64), nullable=False),
    Column("why", Text, nullable=False),
    Column("checklist", JSON, nullable=False, server_default="{}"),
    Column("photos", JSON, nullable=False, server_default="[]"),
    Column("returns_to_stock", Boolean, nullable=False, server_default="0"),
    Column("refund_kind", String(20), nullable=False, server_default="none"),
    Column("refund_percent", Integer, nullable=False, server_default="0"),
    Column("notes", JSON, nullable=False, server_default="[]"),
    Column("window", String(20), nullable=False, server_default="inside"),
    Column("override_disposition", String(40), nullable=True),
    Column("override_reason", Text, nullable=True),
    Column("override_by", String(36), nullable=True),
    Column("override_at", UtcDateTime, nullable=True),
)

# Discrepancies found when a return was completed (wrong item, missing, serial mismatch...).
receipt_flags = Table(
    "receipt_flags",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("receipt_id", String(36), ForeignKey("receipts.id"), nullable=False, index=True),
    Column("kind", String(40), nullable=False, index=True),
    Column("line_no", Integer, nullable=True),
    Column("unit_seq", Integer, nullable=True),
    Column("evidence", JSON, nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("at", UtcDateTime, nullable=False, index=True),
    Column("station_id", String(64), nullable=False),
    Column("user_id", String(36), nullable=True),
    Column("action", String(64), nullable=False),
    Column("subject", String(200), nullable=False),
    Column("details", JSON, nullable=False),
)

# Messages for the central database, written in the same transaction as the change.
outbox = Table(
    "outbox",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("seq", Integer, nullable=False, unique=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("topic", String(64), nullable=False),
    Column("key", String(200), nullable=False),
    Column("payload", JSON, nullable=False),  # the event, serialised (adapters/event_codec.py)
    # The event's schema version; 1: the untyped payloads written before events were typed.
    Column("version", Integer, nullable=False, server_default="1"),
    Column("sent_at", UtcDateTime, nullable=True, index=True),
)

# Every raw scan, appended before it is interpreted.
scan_journal = Table(
    "scan_journal",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("received_at", UtcDateTime, nullable=False),
    Column("source", String(64), nullable=False),
    Column("raw", LargeBinary, nullable=False),
    Column("aim_id", String(3), nullable=True),
    Column("data", Text, nullable=False),
)


# Bins and zones (reference data: pulled from the central side, or the demo's).
locations = Table(
    "locations",
    metadata,
    Column("code", String(64), primary_key=True),
    Column("zone", String(32), nullable=False, index=True),
    Column("description", Text, nullable=False, server_default=""),
)

# The stock ledger: append-only; stock on hand is derived from it, never stored.
stock_movements = Table(
    "stock_movements",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(36), nullable=False, unique=True),
    Column("lpn", String(40), nullable=False, index=True),
    Column("sku", String(64), nullable=False, index=True),
    Column("quantity", Integer, nullable=False),
    Column("grade", String(20), nullable=False),
    Column("from_location", String(64), nullable=True, index=True),
    Column("to_location", String(64), nullable=False, index=True),
    Column("reason", String(20), nullable=False),
    Column("user_id", String(36), nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("receipt_id", String(36), nullable=True),
)

# Station-local sequences (LPN numbers).
counters = Table(
    "counters",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("value", Integer, nullable=False),
)
