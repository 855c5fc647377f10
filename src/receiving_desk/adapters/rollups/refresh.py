"""Recomputing dirty days: each day's roll-up rows are what the report's own conditions
(adapters/reports/conditions.py) count over that day's raw rows.

Only days before the current UTC day are refreshed (today keeps being written; reports read it
raw). A refresh runs in one transaction per run of consecutive days: it deletes the days'
dirty marks first — on PostgreSQL that waits for any writer that marked one of them and has
not committed — then recomputes them from what is committed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, case, delete, distinct, func, insert, literal, select

from receiving_desk.adapters.reports.activity import action_events, capped
from receiving_desk.adapters.reports.conditions import (
    during,
    effective_disposition,
    label_jobs,
    reason,
    receipt_where,
    to_stock,
    unit_where,
    units_with_reference,
)
from receiving_desk.adapters.reports.facts import Facts
from receiving_desk.adapters.reports.sql import utc_day, utc_hour_text
from receiving_desk.adapters.rollups.tables import RollupTables
from receiving_desk.adapters.store.tables import stock_movements
from receiving_desk.domain.shifts import Period
from receiving_desk.services.report_model import ACTIVE_GAP_CAP_S, FRAUD_FLAGS, ReportFilter

RUN_DAYS = 31  # days per transaction


def day_start(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)


def dirty_days(conn: Connection, r: RollupTables, before: date) -> list[date]:
    rows = conn.execute(select(r.dirty.c.day).where(r.dirty.c.day < before.isoformat()))
    return sorted(date.fromisoformat(d) for d in rows.scalars())


def _runs(days: list[date]) -> Iterator[tuple[date, date]]:
    """Consecutive days as [first, last] runs of at most RUN_DAYS."""
    start = previous = None
    for day in days:
        if start is None or previous is None:
            start = day
        elif day != previous + timedelta(days=1) or (day - start).days >= RUN_DAYS:
            yield start, previous
            start = day
        previous = day
    if start is not None and previous is not None:
        yield start, previous


def refresh(engine: Engine, x: Facts, r: RollupTables, today: date | None = None) -> int:
    """Recompute every dirty day before `today` (UTC); the number of days recomputed."""
    today = today or datetime.now(UTC).date()
    with engine.connect() as conn:
        days = dirty_days(conn, r, today)
    for first, last in _runs(days):
        with engine.begin() as conn:
            refresh_run(conn, x, r, first, last)
    return len(days)


def refresh_run(conn: Connection, x: Facts, r: RollupTables, first: date, last: date) -> None:
    lo, hi = first.isoformat(), last.isoformat()
    conn.execute(delete(r.dirty).where(r.dirty.c.day.between(lo, hi)))
    for table in (r.units, r.parcels, r.audit, r.activity, r.reasons, r.flags, r.labels):
        conn.execute(delete(table).where(table.c.day.between(lo, hi)))
    hours = r.unit_hours.c.hour
    conn.execute(
        delete(r.unit_hours).where(hours >= lo, hours < (last + timedelta(days=1)).isoformat())
    )
    f = ReportFilter(Period(day_start(first), day_start(last + timedelta(days=1))))
    for table, query in _queries(x, r, f):
        conn.execute(insert(table).from_select([c.name for c in table.c], query))
    for month in sorted({first.isoformat()[:7], last.isoformat()[:7]}):
        _refresh_month(conn, r, month)


def month_days(month: str) -> tuple[str, str]:
    """The first day of a month ("2026-06") and of the next, as roll-up day texts."""
    start = date.fromisoformat(f"{month}-01")
    following = (start + timedelta(days=32)).replace(day=1)
    return start.isoformat(), following.isoformat()


def _refresh_month(conn: Connection, r: RollupTables, month: str) -> None:
    """A month's rows from its days' rows (read only while none of its days is dirty)."""
    lo, hi = month_days(month)
    for days, months, sums in ((r.reasons, r.reason_months, ("units",)),
                               (r.units, r.unit_months, SUMMED_UNITS)):  # fmt: skip
        keys = [days.c[c.name] for c in months.c if c.name != "month" and c.name not in sums]
        conn.execute(delete(months).where(months.c.month == month))
        query = (
            select(literal(month), *keys, *(func.sum(days.c[n]) for n in sums))
            .where(days.c.day >= lo, days.c.day < hi)
            .group_by(*keys)
        )
        columns = ["month", *(k.name for k in keys), *sums]
        conn.execute(insert(months).from_select(columns, query))


SUMMED_UNITS = ("units", "overridden", "value_cents", "refund_x100")


def _queries(x: Facts, r: RollupTables, f: ReportFilter) -> Iterator[tuple[Any, Any]]:
    """(roll-up table, the query that fills it over the period) pairs."""
    p = x.products
    value = func.coalesce(p.c.unit_value_cents, 0)
    stock = case((to_stock(x), 1), else_=0)
    keys: tuple[Any, ...] = (utc_day(x.inspected_at), x.r_station, x.inspector, x.grade,
            effective_disposition(x), x.refund_kind, x.window, stock)  # fmt: skip
    yield (
        r.units,
        (
            select(
                *keys,
                func.count(),
                func.count(x.override),
                func.coalesce(func.sum(value), 0),
                func.coalesce(func.sum(value * x.refund_percent), 0),
            )
            .select_from(x.units.outerjoin(p, p.c.sku == x.u_sku))
            .where(*unit_where(x, f))
            .group_by(*keys)
        ),
    )
    keys = (utc_hour_text(x.inspected_at), x.r_station, x.inspector)
    yield (
        r.unit_hours,
        (select(*keys, func.count()).select_from(x.units).where(*unit_where(x, f)).group_by(*keys)),
    )
    keys = (utc_day(x.r_opened_at), x.r_station, x.r_opened_by, x.r_status)
    yield (
        r.parcels,
        (select(*keys, func.count()).where(*receipt_where(x, f, x.r_opened_at)).group_by(*keys)),
    )
    keys = (utc_day(x.a_at), x.a_station, func.coalesce(x.a_user, literal("")), x.a_action)
    yield r.audit, select(*keys, func.count()).where(during(x.a_at, f)).group_by(*keys)
    yield r.activity, _activity(x, f, by_station=False)
    yield r.activity, _activity(x, f, by_station=True)
    keys = (utc_day(x.inspected_at), x.u_sku, reason(x), x.r_station, x.inspector)
    yield (
        r.reasons,
        (
            select(*keys, func.count())
            .select_from(units_with_reference(x))
            .where(*unit_where(x, f))
            .group_by(*keys)
        ),
    )
    yield from _flags(x, r, f)
    if x.print_jobs is not None:
        source, where = label_jobs(x, f)
        reprint = case((x.print_jobs.c.reprint_of.is_not(None), 1), else_=0)
        # The clerk who graded it, from the ledger's "received" movement as label_jobs joins
        # it (the unit's inspection row may be gone: an undone unit's label still counts).
        clerk = stock_movements.c.user_id
        keys = (utc_day(x.print_jobs.c.created_at), x.r_station, clerk, reprint)
        query = select(*keys, func.count()).select_from(source).where(*where).group_by(*keys)
        yield r.labels, query


def _flags(x: Facts, r: RollupTables, f: ReportFilter) -> Iterator[tuple[Any, Any]]:
    """Completed returns per flag kind, and with any flag, and with a fraud flag."""
    fl = x.flags
    source = fl.join(x.receipts, x.r_id == fl.c.receipt_id)
    where = [*receipt_where(x, f, x.r_completed_at), x.r_status == "completed"]
    keys = (utc_day(x.r_completed_at), x.r_station, x.r_opened_by)
    receipts = func.count(distinct(fl.c.receipt_id))
    yield r.flags, (
        select(*keys, fl.c.kind, receipts).select_from(source).where(*where)
        .group_by(*keys, fl.c.kind)
    )  # fmt: skip
    yield (
        r.flags,
        (select(*keys, literal("any"), receipts).select_from(source).where(*where).group_by(*keys)),
    )
    fraud = fl.c.kind.in_([k.value for k in FRAUD_FLAGS])
    yield r.flags, (
        select(*keys, literal("fraud"), receipts).select_from(source).where(*where, fraud)
        .group_by(*keys)
    )  # fmt: skip


def _activity(x: Facts, f: ReportFilter, by_station: bool) -> Any:
    """Each clerk's actions inside each day (at each station, or at all of them together)."""
    events = action_events(x, f, with_station=True)
    at, clerk = events.c.at, events.c.clerk
    day = events.c.day
    station = events.c.station if by_station else literal("")
    partition = [day, station, clerk] if by_station else [day, clerk]
    previous = func.lag(at).over(partition_by=partition, order_by=at)
    rows = select(day, station.label("station"), clerk, at, (at - previous).label("gap")).subquery(
        "gaps"
    )
    return select(
        rows.c.day, rows.c.station, rows.c.clerk, literal(ACTIVE_GAP_CAP_S),
        func.min(rows.c.at), func.max(rows.c.at),
        func.coalesce(func.sum(capped(rows.c.gap, ACTIVE_GAP_CAP_S)), 0.0),
    ).group_by(rows.c.day, rows.c.station, rows.c.clerk)  # fmt: skip


def refresh_store(engine: Engine, today: date | None = None) -> int:
    """Refresh a desk store's roll-ups (migration 0011)."""
    from receiving_desk.adapters.reports.facts import local_facts
    from receiving_desk.adapters.store.rollup_tables import ROLLUPS

    return refresh(engine, local_facts(), ROLLUPS, today)


def refresh_central(engine: Engine, today: date | None = None) -> int:
    """Refresh the central database's roll-ups (migration c0007)."""
    from receiving_desk.adapters.central.schema import ROLLUPS
    from receiving_desk.adapters.reports.facts import central_facts

    return refresh(engine, central_facts(), ROLLUPS, today)
