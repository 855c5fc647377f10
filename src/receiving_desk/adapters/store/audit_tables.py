"""Local tables of blind re-inspection audits (migration 0012). Rows are only added; a
hold's `state` is the one column that changes, always forward (open -> agreed | disputed ->
resolved). The first inspection stays in `inspections`; nothing here overwrites it."""

from sqlalchemy import JSON, Column, Index, String, Table, Text, UniqueConstraint

from receiving_desk.adapters.store.tables import metadata
from receiving_desk.adapters.store.types import UtcDateTime

audit_holds = Table(
    "audit_holds",
    metadata,
    Column("lpn", String(64), primary_key=True),
    Column("unit_id", String(36), nullable=False),
    Column("receipt_id", String(36), nullable=False),
    Column("sku", String(64), nullable=False),
    Column("category", String(64), nullable=False),
    Column("reason", String(16), nullable=False),
    Column("first_grader", String(36), nullable=False),
    Column("first_grade", String(16), nullable=False),
    Column("held_by", String(36), nullable=False),
    Column("held_at", UtcDateTime, nullable=False),
    Column("state", String(12), nullable=False),
    Index("ix_audit_holds_state", "state"),
)

audit_grades = Table(
    "audit_grades",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("lpn", String(64), nullable=False),
    Column("kind", String(8), nullable=False),
    Column("grader_id", String(36), nullable=False),
    Column("grade", String(16), nullable=False),
    Column("checklist", JSON, nullable=False),
    Column("station_id", String(64), nullable=False),
    Column("graded_at", UtcDateTime, nullable=False),
    # one blind grade per clerk and unit: a gold unit gets each clerk's grade once
    UniqueConstraint("lpn", "grader_id"),
    Index("ix_audit_grades_graded_at", "graded_at"),
)

audit_resolutions = Table(
    "audit_resolutions",
    metadata,
    Column("lpn", String(64), primary_key=True),
    Column("final_grade", String(16), nullable=False),
    Column("resolved_by", String(36), nullable=False),
    Column("approved_for", String(36), nullable=True),
    Column("note", Text, nullable=False),
    Column("resolved_at", UtcDateTime, nullable=False),
    # The rules' decision for the final grade (migration 0016): what the refund follows.
    Column("decision", JSON, nullable=True),
)

AUDIT_TABLES = (audit_holds, audit_grades, audit_resolutions)

__all__ = ["AUDIT_TABLES", "audit_grades", "audit_holds", "audit_resolutions"]
