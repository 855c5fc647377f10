"""Conditions shared by the report's aggregate queries and its drill-downs, so a number and
the returns listed behind it are always counted the same way."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, true

from receiving_desk.adapters.reports.facts import Col, Facts
from receiving_desk.adapters.reports.sql import check_only
from receiving_desk.adapters.store.tables import stock_movements
from receiving_desk.domain.inventory import MoveReason
from receiving_desk.domain.rules import Disposition
from receiving_desk.services.reports import ReportFilter

RESTOCK = [d.value for d in Disposition if d.returns_to_stock]


def during(column: Col, f: ReportFilter) -> ColumnElement[bool]:
    return and_(column >= f.period.start, column < f.period.end)


def effective_disposition(x: Facts) -> Col:
    return func.coalesce(x.override, x.disposition)


def to_stock(x: Facts) -> ColumnElement[bool]:
    """returns_to_stock as decided, or as the overriding disposition implies."""
    return case((x.override.is_(None), x.returns_to_stock == true()), else_=x.override.in_(RESTOCK))


def unit_where(x: Facts, f: ReportFilter, time: Col | None = None) -> list[ColumnElement[bool]]:
    """Inspected units of the period (by inspection time unless told), not withdrawn, not on a
    voided return, at the station, inspected by the clerk."""
    where = [during(x.inspected_at if time is None else time, f), x.u_valid, x.r_status != "voided"]
    if f.station:
        where.append(check_only(x.r_station == f.station))
    if f.clerk:  # by inspection time, the (inspector, inspected_at) index is the best path
        clerk = x.inspector == f.clerk
        where.append(clerk if time is None else check_only(clerk))
    return where


def receipt_where(x: Facts, f: ReportFilter, time: Col) -> list[ColumnElement[bool]]:
    where = [during(time, f)]
    if f.station:
        where.append(check_only(x.r_station == f.station))
    if f.clerk:
        where.append(x.r_opened_by == f.clerk)
    return where


def reason(x: Facts) -> Col:
    return func.coalesce(x.rma_lines.c.reason, literal("undeclared"))


def units_with_reference(x: Facts) -> Any:
    """Inspected units with their product and declared line (outer joins)."""
    p, rl = x.products, x.rma_lines
    return x.units.outerjoin(p, p.c.sku == x.u_sku).outerjoin(
        rl, and_(rl.c.rma_number == x.u_rma, rl.c.line_no == x.u_line)
    )


def label_jobs(x: Facts, f: ReportFilter) -> tuple[Any, list[ColumnElement[bool]]]:
    """Restock labels printed in the period: every restock print job done, so the count is
    what the printer received, including the labels of units undone or withdrawn after they
    printed. A label is tied to its return and to the clerk who graded the unit through the
    append-only ledger (the LPN's "received" movement), not through the unit's row, which
    an undo removes."""
    assert x.print_jobs is not None
    jobs, ledger = x.print_jobs, stock_movements
    received = and_(ledger.c.lpn == jobs.c.label_key, ledger.c.reason == MoveReason.RECEIVED.value)
    source = jobs.join(ledger, received).join(x.receipts, x.r_id == ledger.c.receipt_id)
    where = [during(jobs.c.created_at, f), check_only(jobs.c.state == "done")]
    if f.station:
        where.append(check_only(x.r_station == f.station))
    if f.clerk:
        where.append(check_only(ledger.c.user_id == f.clerk))
    return source, where
