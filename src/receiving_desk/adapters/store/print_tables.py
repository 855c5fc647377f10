"""Local tables of the persisted print queue.

A job is the label as data (template + values), not rendered bytes: a reprint renders the
same label again, and the row stays readable. States: queued -> sending -> done, or failed;
see docs/labels.md for what a job left in "sending" by a crash means.
"""

from sqlalchemy import JSON, Boolean, Column, ForeignKey, Index, Integer, String, Table, Text

from receiving_desk.adapters.store.tables import metadata
from receiving_desk.adapters.store.types import UtcDateTime

print_jobs = Table(
    "print_jobs",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("seq", Integer, nullable=False, unique=True),  # print order
    Column("created_at", UtcDateTime, nullable=False),
    Column("printer_url", String(500), nullable=False),
    Column("format", String(8), nullable=False),
    Column("dpi", Integer, nullable=False),
    Column("template", String(64), nullable=False),
    Column("label_key", String(200), nullable=False),  # the LPN or bin, to find jobs by
    Column("label", JSON, nullable=False),
    Column("state", String(12), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("in_doubt", Boolean, nullable=False, default=False),
    Column("last_error", Text, nullable=True),
    Column("sent_at", UtcDateTime, nullable=True),
    Column("reprint_of", String(36), ForeignKey("print_jobs.id"), nullable=True),
    # The printer's label counter just before the job was sent (printers that keep one):
    # after a crash mid-send it says whether the label printed (migration 0008).
    Column("printer_count", Integer, nullable=True),
    Index("ix_print_jobs_state_printer_url", "state", "printer_url"),
    Index("ix_print_jobs_label_key", "label_key"),
)

__all__ = ["metadata", "print_jobs"]
