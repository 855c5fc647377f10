"""Active clerk time: per user, the gaps between consecutive actions in the period, each
capped (a longer gap is idle time), summed in SQL with a window function.

Actions, each with its own time and user: a parcel opened, a unit scanned (units still on
their return), a unit inspected, a return completed, voided or set aside (the last two from
the audit trail, which both the desk and the central database keep with the user).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, case, func, select, union_all

from receiving_desk.adapters.reports.conditions import during
from receiving_desk.adapters.reports.facts import Col, Facts
from receiving_desk.adapters.reports.sql import check_only, epoch_seconds, utc_day
from receiving_desk.services.reports import ReportFilter

CLOSING_ACTIONS = ("return_voided", "parcel_set_aside")


def action_events(x: Facts, f: ReportFilter, with_station: bool = False) -> Any:
    """Every clerk action of the period: (clerk, at: epoch seconds[, station, UTC day]) rows."""

    def actions(clerk: Col, at: Col, source: Any, station: Col, *where: ColumnElement[bool]) -> Any:
        conditions = [during(at, f), clerk.is_not(None), *where]
        if f.station:
            conditions.append(check_only(station == f.station))
        if f.clerk:
            conditions.append(clerk == f.clerk)
        # seconds computed once per action (SQLite parses the ISO text once, not twice)
        columns = [clerk.label("clerk"), epoch_seconds(at).label("at")]
        if with_station:
            columns += [station.label("station"), utc_day(at).label("day")]
        return select(*columns).select_from(source).where(*conditions)

    # a unit's station is its receipt's: join the receipts only when a station is asked for
    joined = f.station or with_station
    scans, inspections = (x.scans, x.units) if joined else (x.scan_rows, x.inspection_rows)
    return union_all(
        actions(x.r_opened_by, x.r_opened_at, x.receipts, x.r_station),
        actions(x.s_by, x.s_at, scans, x.r_station, x.s_valid),
        actions(x.inspector, x.inspected_at, inspections, x.r_station, x.u_valid),
        actions(x.r_completed_by, x.r_completed_at, x.receipts, x.r_station,
                x.r_status == "completed"),
        actions(x.a_user, x.a_at, x.audit, x.a_station, x.a_action.in_(CLOSING_ACTIONS)),
    ).subquery("events")  # fmt: skip


def capped(gap: Col, cap: float) -> Col:
    return case((gap > cap, cap), else_=gap)


def activity_query(x: Facts, f: ReportFilter, cap: float) -> Any:
    """(user id, active seconds) rows."""
    events = action_events(x, f)
    at = events.c.at
    previous = func.lag(at).over(partition_by=events.c.clerk, order_by=at)
    gaps = select(events.c.clerk, (at - previous).label("gap")).subquery("gaps")
    return select(gaps.c.clerk, func.sum(capped(gaps.c.gap, cap))).group_by(gaps.c.clerk)


def activity_parts_query(x: Facts, f: ReportFilter, cap: float) -> Any:
    """(user id, first action, last action, active seconds between them) rows: a part of a
    longer period, joined to its neighbours by the gap between their last and first actions."""
    events = action_events(x, f)
    at = events.c.at
    previous = func.lag(at).over(partition_by=events.c.clerk, order_by=at)
    gaps = select(events.c.clerk, at, (at - previous).label("gap")).subquery("gaps")
    active = func.coalesce(func.sum(capped(gaps.c.gap, cap)), 0.0)
    return select(gaps.c.clerk, func.min(gaps.c.at), func.max(gaps.c.at), active).group_by(
        gaps.c.clerk
    )
