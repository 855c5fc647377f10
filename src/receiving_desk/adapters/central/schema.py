"""The central returns database (PostgreSQL), as SQLAlchemy Core tables on their own MetaData.

This is a contract with other systems: docs/central-schema.md describes every column, and the
migrations under `migrations/` create exactly this (a test compares them). Reference tables
are in reference_schema.py; the tables desks push to are here, keyed by the desk's UUIDs, so
a re-sent message changes nothing.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Identity,
    Index,
    Integer,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID

from receiving_desk.adapters.central.reference_schema import (
    REFERENCE_TABLES,
    TS,
    customers,
    locations,
    metadata,
    product_gtins,
    products,
    received_at,
    reference_deletions,
    rma_lines,
    rma_tracking,
    rmas,
    rules,
    rules_files,
    users,
)

__all__ = [
    "AUDIT_TABLES",
    "PUSHED_TABLES",
    "REFERENCE_TABLES",
    "RELAY_TABLES",
    "customers",
    "desk_accounts",
    "event_versions",
    "locations",
    "metadata",
    "product_gtins",
    "products",
    "reference_deletions",
    "rma_lines",
    "rma_tracking",
    "rmas",
    "rules",
    "rules_files",
    "users",
]

# -- who is which desk (migration c0005) ----------------------------------------------------
# A desk's identity is its database login: the push merge writes rows under this desk_id
# whatever the batch says, and row-level security shows a desk its site's reference rows.
desk_accounts = Table(
    "desk_accounts",
    metadata,
    Column("login", Text, primary_key=True),
    Column("desk_id", Text, nullable=False, unique=True),
    Column("site", Text, nullable=False),  # its site's rows and the unsited ones (c0008)
)

# Failed logins and locks per user across desks (migration c0008): written only by a trigger
# on the pushed audit entries; desks read their site's users' rows at each pull.
login_guard = Table(
    "login_guard",
    metadata,
    Column("user_id", Text, primary_key=True),
    Column("failed", Integer, nullable=False, server_default="0"),
    Column("locked_until", TS, nullable=True),
    Column("locked_by", Text, nullable=True),  # the desk of the failure that locked it
)

# -- pushed by desks ------------------------------------------------------------------------
desks = Table(
    "desks",
    metadata,
    Column("desk_id", Text, primary_key=True),
    Column("install_id", UUID(as_uuid=False), nullable=False),
    Column("last_seen_at", TS, nullable=False),
    Column("last_desk_seq", BigInteger, nullable=False),
    Column("app_version", Text, nullable=False),
)
receipts = Table(
    "receipts",
    metadata,
    Column("id", UUID(as_uuid=False), primary_key=True),
    Column("rma_number", Text, nullable=True, index=True),  # null: a blind receipt
    Column("desk_id", Text, nullable=False),
    Column("opened_by", Text, nullable=False),
    Column("opened_at", TS, nullable=False),
    Column("scanned_code", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("completed_at", TS, nullable=True),
    Column("completed_by", Text, nullable=True),
    Column("voided_at", TS, nullable=True),
    Column("void_reason", Text, nullable=True),
    Column("set_aside_at", TS, nullable=True),
    Column("set_aside_reason", Text, nullable=True),
    Column("parcel_grams", Integer, nullable=True),  # weighed before opening (c0014)
    Column("received_message_id", UUID(as_uuid=False), nullable=False),
    Column("completed_message_id", UUID(as_uuid=False), nullable=True),
    Column("voided_message_id", UUID(as_uuid=False), nullable=True),
    received_at(),
)
inspections = Table(
    "inspections",
    metadata,
    Column("unit_id", UUID(as_uuid=False), primary_key=True),
    Column("message_id", UUID(as_uuid=False), nullable=False),
    Column("receipt_id", UUID(as_uuid=False), nullable=False, index=True),
    Column("rma_number", Text, nullable=True, index=True),
    Column("desk_id", Text, nullable=False),
    Column("desk_seq", BigInteger, nullable=False),
    Column("unit_seq", Integer, nullable=True),
    Column("sku", Text, nullable=False),
    Column("gtin14", Text, nullable=True),
    Column("line_no", Integer, nullable=True),
    Column("match", Text, nullable=False),
    Column("scanned_code", Text, nullable=True),
    Column("serial", Text, nullable=True),
    Column("scanned_at", TS, nullable=True),
    Column("scanned_by", Text, nullable=True),
    Column("grade", Text, nullable=False),
    Column("condition_codes", JSONB, nullable=False),  # a JSON array of codes
    Column("note", Text, nullable=False),
    Column("disposition", Text, nullable=False),
    Column("rule_id", Text, nullable=False),
    Column("rule_version", Text, nullable=False),
    Column("why", Text, nullable=True),
    Column("inspector_id", Text, nullable=False),
    Column("inspected_at", TS, nullable=False),
    Column("checklist", JSONB, nullable=True),
    Column("photos", JSONB, nullable=True),
    Column("notes", JSONB, nullable=True),
    Column("return_window", Text, nullable=True),
    Column("returns_to_stock", Boolean, nullable=True),
    Column("refund_kind", Text, nullable=True),
    Column("refund_percent", Integer, nullable=True),
    Column("override_disposition", Text, nullable=True),
    Column("override_reason", Text, nullable=True),
    Column("override_by", Text, nullable=True),
    Column("override_at", TS, nullable=True),
    Column("override_desk_seq", BigInteger, nullable=True),
    Column("withdrawn_at", TS, nullable=True),
    Column("withdrawn_by", Text, nullable=True),
    Column("withdrawn_message_id", UUID(as_uuid=False), nullable=True),
    Column("weighed_grams", Integer, nullable=True),  # weighed at inspection (c0014)
    received_at(),
)
# Discrepancies the desk found when the return was completed (wrong item, missing, ...).
receipt_flags = Table(
    "receipt_flags",
    metadata,
    Column("receipt_id", UUID(as_uuid=False)),
    Column("flag_no", Integer),  # the desk's own number for the flag
    Column("desk_id", Text, nullable=False),
    Column("kind", Text, nullable=False, index=True),
    Column("line_no", Integer, nullable=True),
    Column("unit_seq", Integer, nullable=True),
    Column("evidence", JSONB, nullable=False),
    received_at(),
    PrimaryKeyConstraint("receipt_id", "flag_no"),
)
status_events = Table(
    "status_events",
    metadata,
    Column("id", BigInteger, Identity(always=False), primary_key=True),
    Column("return_key", Text, nullable=False),
    Column("return_seq", BigInteger, nullable=False),
    Column("event_type", Text, nullable=False),
    Column("at", TS, nullable=False),
    Column("desk_id", Text, nullable=False),
    Column("receipt_id", UUID(as_uuid=False), nullable=True),
    Column("message_id", UUID(as_uuid=False), nullable=False),
    Column("payload", JSONB, nullable=False),
    received_at(),
    UniqueConstraint("return_key", "return_seq"),
    UniqueConstraint("message_id", "event_type"),
)
return_event_heads = Table(
    "return_event_heads",
    metadata,
    Column("return_key", Text, primary_key=True),
    Column("last_seq", BigInteger, nullable=False),
)
audit_entries = Table(
    "audit_entries",
    metadata,
    Column("id", UUID(as_uuid=False), primary_key=True),
    Column("desk_id", Text, nullable=False),
    Column("at", TS, nullable=False),
    Column("user_id", Text, nullable=True),
    Column("action", Text, nullable=False),
    Column("subject", Text, nullable=False),
    Column("details", JSONB, nullable=False),
    received_at(),
    Index("ix_audit_entries_desk_id_at", "desk_id", "at"),
)
stock_movements = Table(
    "stock_movements",
    metadata,
    Column("id", UUID(as_uuid=False), primary_key=True),  # the desk's movement id
    Column("message_id", UUID(as_uuid=False), nullable=False),
    Column("desk_id", Text, nullable=False),
    Column("desk_seq", BigInteger, nullable=False),
    Column("lpn", Text, nullable=False, index=True),
    Column("sku", Text, nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("grade", Text, nullable=True),
    Column("from_location", Text, nullable=True),
    Column("to_location", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("moved_by", Text, nullable=False),
    Column("moved_at", TS, nullable=False),
    Column("receipt_id", UUID(as_uuid=False), nullable=True),
    received_at(),
)
# Messages whose topic this schema version does not project yet: kept, never lost.
unrouted_messages = Table(
    "unrouted_messages",
    metadata,
    Column("id", UUID(as_uuid=False), primary_key=True),
    Column("desk_id", Text, nullable=False),
    Column("desk_seq", BigInteger, nullable=False),
    Column("topic", Text, nullable=False),
    Column("key", Text, nullable=False),
    Column("payload", JSONB, nullable=False),
    Column("created_at", TS, nullable=False),
    received_at(),
)
# The desk event versions this schema accepts, per topic (migration c0003): desks check it
# before each push (adapters/central/versions.py). A schema change a version cannot feed
# raises min_version; a schema ready for a new version raises max_version.
event_versions = Table(
    "event_versions",
    metadata,
    Column("topic", Text, primary_key=True),
    Column("min_version", Integer, nullable=False),
    Column("max_version", Integer, nullable=False),
    CheckConstraint(
        "0 < min_version AND min_version <= max_version", name="ck_event_versions_range"
    ),
)

# Evidence packs made at desks (migration c0010): the SHA-256 of each pack's PDF and ZIP and
# of every photo in it, against which a copy found later is checked.
evidence_packs = Table(
    "evidence_packs",
    metadata,
    Column("pack_id", UUID(as_uuid=False), primary_key=True),
    Column("message_id", UUID(as_uuid=False), nullable=False),
    Column("desk_id", Text, nullable=False),
    Column("receipt_id", UUID(as_uuid=False), nullable=False, index=True),
    Column("rma_number", Text, nullable=True),
    Column("made_at", TS, nullable=False),
    Column("made_by", Text, nullable=True),
    Column("reason", Text, nullable=False),
    Column("pdf_sha256", Text, nullable=False, index=True),
    Column("zip_sha256", Text, nullable=False, index=True),
    Column("photos", JSONB, nullable=False),
    received_at(),
)


# Blind re-inspection audits (migration c0014): projected by the merge from the desks'
# audit events; a hold's and a resolution's unit is the pushing desk's, a grade is given at it.
def _pushed(*columns: Column[object]) -> list[Column[object]]:
    return [
        Column("message_id", UUID(as_uuid=False), nullable=False),
        Column("desk_id", Text, nullable=False),
        Column("desk_seq", BigInteger, nullable=False),
        *columns,
        received_at(),
    ]


audit_holds = Table(
    "audit_holds",
    metadata,
    Column("lpn", Text, primary_key=True),
    *_pushed(
        Column("unit_id", UUID(as_uuid=False), nullable=False),
        Column("receipt_id", UUID(as_uuid=False), nullable=False),
        Column("sku", Text, nullable=False),
        Column("category", Text, nullable=False),  # the product's, when the hold arrived
        Column("reason", Text, nullable=False),  # sampled / overridden / picked / gold
        Column("first_grader", Text, nullable=False),
        Column("first_grade", Text, nullable=False),
        Column("held_by", Text, nullable=False),
        Column("held_at", TS, nullable=False),
    ),
)
audit_grades = Table(
    "audit_grades",
    metadata,
    Column("id", UUID(as_uuid=False), primary_key=True),  # the desk's grade id
    *_pushed(
        Column("lpn", Text, nullable=False, index=True),
        Column("kind", Text, nullable=False),  # blind / gold
        Column("grader_id", Text, nullable=False),
        Column("grade", Text, nullable=False),
        Column("agrees", Boolean, nullable=False),
        Column("station_id", Text, nullable=False),
        Column("graded_at", TS, nullable=False, index=True),
    ),
)
audit_resolutions = Table(
    "audit_resolutions",
    metadata,
    Column("lpn", Text, primary_key=True),
    *_pushed(
        Column("unit_id", UUID(as_uuid=False), nullable=False),
        Column("receipt_id", UUID(as_uuid=False), nullable=False),
        Column("first_grade", Text, nullable=False),
        Column("final_grade", Text, nullable=False),
        Column("disposition", Text, nullable=False),
        Column("refund_kind", Text, nullable=False),
        Column("refund_percent", Integer, nullable=False),
        Column("resolved_by", Text, nullable=False),
        Column("approved_for", Text, nullable=True),
        Column("note", Text, nullable=False),
        Column("resolved_at", TS, nullable=False),
    ),
)
AUDIT_TABLES = (audit_holds, audit_grades, audit_resolutions)

PUSHED_TABLES = (
    desks,
    receipts,
    inspections,
    receipt_flags,
    status_events,
    return_event_heads,
    audit_entries,
    stock_movements,
    unrouted_messages,
    evidence_packs,
    *AUDIT_TABLES,
)

# The relay's tables (migration c0004) live in relay/tables.py, on this MetaData.
from receiving_desk.adapters.central.relay.tables import RELAY_TABLES  # noqa: E402

# Daily report roll-ups (migration c0007), kept fresh by triggers and adapters/rollups.
from receiving_desk.adapters.rollups.tables import define_rollup_tables  # noqa: E402

ROLLUPS = define_rollup_tables(metadata)

# Time-range indexes the shift reports filter on (migration c0002).
REPORT_INDEXES = (
    Index("ix_inspections_inspected_at", inspections.c.inspected_at),
    Index("ix_inspections_override_at", inspections.c.override_at),
    Index("ix_inspections_scanned_at", inspections.c.scanned_at),
    Index("ix_receipts_opened_at", receipts.c.opened_at),
    Index("ix_receipts_completed_at", receipts.c.completed_at),
    Index("ix_receipts_voided_at", receipts.c.voided_at),
    Index("ix_audit_entries_at", audit_entries.c.at),
)
