"""Indexes the shift reports need to stay fast on a year of history (migration 0005).

Every report query filters one table by a time range (ISO UTC text, which sorts correctly)
and joins the rest by primary key, so each time column a report filters on gets an index.
"""

from sqlalchemy import Index

from receiving_desk.adapters.store.print_tables import print_jobs
from receiving_desk.adapters.store.tables import inspections, metadata, receipts, received_units

REPORT_INDEXES = (
    Index("ix_inspections_inspected_at", inspections.c.inspected_at),
    Index(
        "ix_inspections_inspector_id_inspected_at",
        inspections.c.inspector_id,
        inspections.c.inspected_at,
    ),
    Index("ix_inspections_override_at", inspections.c.override_at),
    Index("ix_received_units_scanned_at", received_units.c.scanned_at),
    Index("ix_receipts_opened_at", receipts.c.opened_at),
    Index("ix_receipts_completed_at", receipts.c.completed_at),
    Index("ix_print_jobs_created_at", print_jobs.c.created_at),
)

__all__ = ["REPORT_INDEXES", "metadata"]
