"""Where each fact a report needs lives: the local store's schema or the central database's.

The report queries (queries.py) are written once against a `Facts` map of column expressions;
`local_facts()` points it at the desk's tables (SQLite, or the same schema on PostgreSQL) and
`central_facts()` at the central returns database, where inspections carry their unit's scan
facts, withdrawn units stay (marked) and a void has its own time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, FromClause, String, Table, cast, func, literal, true

from receiving_desk.adapters.central import schema as c
from receiving_desk.adapters.store import audit_tables
from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.print_tables import print_jobs

Col = ColumnElement[Any]


@dataclass(frozen=True)
class Facts:
    # receipts (parcels)
    receipts: Table
    r_id: Col
    r_id_text: Col  # the id as text (audit subjects are text)
    r_rma: Col
    r_station: Col
    r_opened_by: Col
    r_opened_at: Col
    r_status: Col
    r_completed_at: Col
    r_completed_by: Col
    r_voided_at: Col
    r_void_reason: Col
    # inspected units, joined to their receipt
    units: FromClause
    unit_rows: FromClause  # the same without the receipt (for per-receipt counts)
    inspection_rows: FromClause  # the inspections alone (inspector, time): no join needed
    u_valid: Col  # not withdrawn
    u_receipt: Col
    u_sku: Col
    u_rma: Col
    u_line: Col
    inspected_at: Col
    inspector: Col
    grade: Col
    disposition: Col
    override: Col
    override_reason: Col
    override_by: Col
    override_at: Col
    refund_kind: Col
    refund_percent: Col
    window: Col
    returns_to_stock: Col
    note: Col  # the inspecting clerk's free text
    # every scanned unit (inspected or not), joined to its receipt: clerk activity
    scans: FromClause
    scan_rows: FromClause  # the same without the receipt (when no station is asked for)
    s_valid: Col
    s_at: Col
    s_by: Col
    # discrepancy flags, audit trail, reference data
    flags: Table
    audit: Table
    a_at: Col
    a_station: Col
    a_user: Col
    a_action: Col
    a_subject: Col
    users: Table
    products: Table
    rma_lines: Table
    # desk-only facts (None centrally)
    print_jobs: Table | None  # label jobs; a restock label's label_key is its unit's LPN
    u_lpn: Col | None
    outbox: Table | None
    # blind re-inspection audits (the desk's own; centrally every desk's, c0014)
    audit_holds: Table | None = None
    audit_grades: Table | None = None


def local_facts() -> Facts:
    r, u, i = t.receipts, t.received_units, t.inspections
    return Facts(
        receipts=r,
        r_id=r.c.id,
        r_id_text=r.c.id,
        r_rma=r.c.rma_number,
        r_station=r.c.station_id,
        r_opened_by=r.c.opened_by,
        r_opened_at=r.c.opened_at,
        r_status=r.c.status,
        r_completed_at=r.c.completed_at,
        r_completed_by=r.c.completed_by,
        r_voided_at=r.c.completed_at,  # a void closes the receipt: completed_at is its time
        r_void_reason=r.c.void_reason,
        units=i.join(u, u.c.id == i.c.unit_id).join(r, r.c.id == u.c.receipt_id),
        unit_rows=i.join(u, u.c.id == i.c.unit_id),
        inspection_rows=i,
        u_valid=true(),  # an undone scan is deleted locally
        u_receipt=u.c.receipt_id,
        u_sku=u.c.sku,
        u_rma=r.c.rma_number,
        u_line=u.c.line_no,
        inspected_at=i.c.inspected_at,
        inspector=i.c.inspector_id,
        grade=i.c.grade,
        disposition=i.c.disposition,
        override=i.c.override_disposition,
        override_reason=i.c.override_reason,
        override_by=i.c.override_by,
        override_at=i.c.override_at,
        refund_kind=i.c.refund_kind,
        refund_percent=i.c.refund_percent,
        window=i.c.window,
        returns_to_stock=i.c.returns_to_stock,
        note=i.c.note,
        scans=u.join(r, r.c.id == u.c.receipt_id),
        scan_rows=u,
        s_valid=true(),
        s_at=u.c.scanned_at,
        s_by=u.c.scanned_by,
        flags=t.receipt_flags,
        audit=t.audit_log,
        a_at=t.audit_log.c.at,
        a_station=t.audit_log.c.station_id,
        a_user=t.audit_log.c.user_id,
        a_action=t.audit_log.c.action,
        a_subject=t.audit_log.c.subject,
        users=t.users,
        products=t.products,
        rma_lines=t.rma_lines,
        print_jobs=print_jobs,
        audit_holds=audit_tables.audit_holds,
        audit_grades=audit_tables.audit_grades,
        u_lpn=u.c.lpn,
        outbox=t.outbox,
    )


def central_facts(audits: bool = True) -> Facts:
    """`audits`: the schema has the audit tables (c0014; an older one reports no audits)."""
    r, i, a = c.receipts, c.inspections, c.audit_entries
    units = i.join(r, r.c.id == i.c.receipt_id)
    valid = i.c.withdrawn_at.is_(None)
    return Facts(
        receipts=r,
        r_id=r.c.id,
        r_id_text=cast(r.c.id, String),
        r_rma=r.c.rma_number,
        r_station=r.c.desk_id,
        r_opened_by=r.c.opened_by,
        r_opened_at=r.c.opened_at,
        r_status=r.c.status,
        r_completed_at=r.c.completed_at,
        r_completed_by=r.c.completed_by,
        r_voided_at=r.c.voided_at,
        r_void_reason=r.c.void_reason,
        units=units,
        unit_rows=i,
        inspection_rows=i,
        u_valid=valid,
        u_receipt=i.c.receipt_id,
        u_sku=i.c.sku,
        u_rma=i.c.rma_number,
        u_line=i.c.line_no,
        inspected_at=i.c.inspected_at,
        inspector=i.c.inspector_id,
        grade=i.c.grade,
        disposition=i.c.disposition,
        override=i.c.override_disposition,
        override_reason=i.c.override_reason,
        override_by=i.c.override_by,
        override_at=i.c.override_at,
        refund_kind=func.coalesce(i.c.refund_kind, literal("none")),
        refund_percent=func.coalesce(i.c.refund_percent, 0),
        window=func.coalesce(i.c.return_window, literal("inside")),
        returns_to_stock=func.coalesce(i.c.returns_to_stock, False),
        note=i.c.note,
        scans=units,  # only inspected units reach the central database
        scan_rows=i,
        s_valid=valid,
        s_at=i.c.scanned_at,
        s_by=i.c.scanned_by,
        flags=c.receipt_flags,
        audit=a,
        a_at=a.c.at,
        a_station=a.c.desk_id,
        a_user=a.c.user_id,
        a_action=a.c.action,
        a_subject=a.c.subject,
        users=c.users,
        products=c.products,
        rma_lines=c.rma_lines,
        print_jobs=None,
        u_lpn=None,
        outbox=None,
        audit_holds=c.audit_holds if audits else None,
        audit_grades=c.audit_grades if audits else None,
    )
