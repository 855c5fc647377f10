"""Evidence packs made at this desk (with the SHA-256 of each file and photo), and the jobs
that ask for one.

A job is written by the store itself, by a trigger, in the transaction that records a fraud
flag on a completed return (domain/evidence.py FRAUD_FLAGS): whichever use case completes a
return, a kill after its commit cannot lose the request. The evidence worker serves the
jobs after each commit and at start; a pack and its job's completion commit together.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, Index, String, Table

from receiving_desk.adapters.store.tables import metadata
from receiving_desk.adapters.store.types import UtcDateTime
from receiving_desk.domain.evidence import FRAUD_FLAGS

evidence_packs = Table(
    "evidence_packs",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("receipt_id", String(36), nullable=False, index=True),
    Column("made_at", UtcDateTime, nullable=False),
    Column("made_by", String(36), nullable=True),  # None: the desk (a fraud flag)
    Column("reason", String(20), nullable=False),
    Column("pdf_sha256", String(64), nullable=False, index=True),
    Column("zip_sha256", String(64), nullable=False, index=True),
    Column("photos", JSON, nullable=False),  # [[name, sha256], ...]
)

evidence_jobs = Table(
    "evidence_jobs",
    metadata,
    Column("receipt_id", String(36), primary_key=True),
    Column("reason", String(20), nullable=False),
    Column("requested_at", String(40), nullable=False),
    Column("pack_id", String(36), nullable=True),  # set in the pack's own transaction
    Index("ix_evidence_jobs_pending", "pack_id"),
)

_KINDS = ", ".join(f"'{k.value}'" for k in sorted(FRAUD_FLAGS))
# The trigger's kinds are this module's constants, not data.
CREATE_TRIGGER = f"""
CREATE TRIGGER evidence_job_on_fraud_flag AFTER INSERT ON receipt_flags
WHEN NEW.kind IN ({_KINDS})
BEGIN
    INSERT OR IGNORE INTO evidence_jobs (receipt_id, reason, requested_at)
    SELECT NEW.receipt_id, 'fraud_flag', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM receipts WHERE id = NEW.receipt_id AND status = 'completed';
END
"""  # noqa: S608
DROP_TRIGGER = "DROP TRIGGER IF EXISTS evidence_job_on_fraud_flag"
