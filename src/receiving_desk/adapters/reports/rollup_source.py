"""Reports over any range from the daily roll-ups (adapters/rollups): whole clean UTC days
from the roll-up tables, the range's partial edge days and any dirty day from the raw rows.

Every figure here is a sum over disjoint parts of the range, so a part read from the
roll-ups and a part read raw add up to what one raw query over the whole range counts.
Active clerk time is not a sum: each part gives each clerk's first and last action and the
capped gaps between them, and the parts are joined by the capped gap across each border.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Engine, Table, and_, func, or_, select, union_all

from receiving_desk.adapters.reports.activity import activity_parts_query
from receiving_desk.adapters.reports.conditions import unit_where
from receiving_desk.adapters.reports.facts import Facts
from receiving_desk.adapters.reports.queries import SqlReportSource
from receiving_desk.adapters.reports.sql import fetch, hour_start
from receiving_desk.adapters.rollups.tables import RollupTables
from receiving_desk.domain.shifts import Period
from receiving_desk.services.reports import (
    AUDITED_ACTIONS,
    CancelToken,
    ClerkActivity,
    ClerkGrades,
    ReasonCount,
    ReportFilter,
    UnitGroup,
)

DAY = timedelta(days=1)
UNIT_FIELDS = ("inspector", "grade", "disposition", "refund_kind", "window", "to_stock", "units",
               "overridden", "value_cents", "refund_x100")  # fmt: skip


@dataclass(frozen=True)
class Plan:
    raw: tuple[Period, ...]  # read from the raw rows
    days: tuple[tuple[date, date], ...]  # [first, last) runs of clean days: the roll-ups

    def day_condition(self, column: Any) -> ColumnElement[bool]:
        return or_(*(and_(column >= a.isoformat(), column < b.isoformat()) for a, b in self.days))


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)


def plan(period: Period, dirty: Iterable[date]) -> Plan:
    """The range as raw parts and runs of clean days, in time order."""
    start, end = period.start.astimezone(UTC), period.end.astimezone(UTC)
    first = start.date() + (DAY if start.time() != time() else timedelta())
    last = end.date()  # exclusive
    if first >= last:
        return Plan((period,), ())
    stale = set(dirty)
    parts: list[tuple[bool, datetime, datetime]] = []  # (raw?, start, end)

    def add(raw: bool, a: datetime, b: datetime) -> None:
        if parts and parts[-1][0] == raw and parts[-1][2] == a:
            parts[-1] = (raw, parts[-1][1], b)
        else:
            parts.append((raw, a, b))

    if start < _midnight(first):
        add(True, start, _midnight(first))
    day = first
    while day < last:
        add(day in stale, _midnight(day), _midnight(day + DAY))
        day += DAY
    if _midnight(last) < end:
        add(True, _midnight(last), end)
    raw = tuple(Period(a, b) for is_raw, a, b in parts if is_raw)
    days = tuple((a.date(), b.date()) for is_raw, a, b in parts if not is_raw)
    return Plan(raw, days)


def _add(into: dict[Any, list[int]], key: Any, *values: int) -> None:
    sums = into.setdefault(key, [0] * len(values))
    for i, v in enumerate(values):
        sums[i] += int(v or 0)


class RollupReportSource(SqlReportSource):
    """A report source that reads whole clean days from the roll-ups."""

    def __init__(
        self,
        engine: Engine,
        facts: Facts,
        label: str,
        rollups: RollupTables,
        owns_engine: bool = True,
        totals: bool = True,
    ) -> None:
        super().__init__(engine, facts, label, owns_engine)
        self.rollups = rollups
        self.totals = totals  # the schema has the running totals (store 0015, central c0011)

    def _plan(self, f: ReportFilter, cancel: CancelToken) -> Plan:
        start, end = f.period.start.astimezone(UTC), f.period.end.astimezone(UTC)
        d = self.rollups.dirty.c.day
        query = select(d).where(d >= start.date().isoformat(), d <= end.date().isoformat())
        dirty = [date.fromisoformat(r[0]) for r in fetch(self.engine, query, cancel)]
        return plan(f.period, dirty)

    def _where(
        self, p: Plan, f: ReportFilter, table: Table, clerk: str, time_column: str = "day"
    ) -> list[ColumnElement[bool]]:
        where = [p.day_condition(table.c[time_column])]
        if f.station:
            where.append(table.c.station == f.station)
        if f.clerk:
            where.append(table.c[clerk] == f.clerk)
        return where

    def _units(self, p: Plan, f: ReportFilter) -> Any:
        """The units roll-up rows of the plan's clean days: whole UTC months from the
        monthly table, the other days from the daily one."""
        months, days = whole_months(p.days)
        by_day, by_month = self.rollups.units, self.rollups.unit_months
        parts = []
        if days:
            where = [replace(p, days=days).day_condition(by_day.c.day)]
            parts.append((by_day, where))
        if months:
            parts.append((by_month, [by_month.c.month.in_(months)]))
        queries = []
        for table, where in parts:
            if f.station:
                where.append(table.c.station == f.station)
            if f.clerk:
                where.append(table.c.inspector == f.clerk)
            queries.append(select(*(table.c[c] for c in UNIT_FIELDS)).where(*where))
        return union_all(*queries).subquery("units")

    def parcels(self, f: ReportFilter, cancel: CancelToken) -> list[tuple[str, int]]:
        p = self._plan(f, cancel)
        counts: Counter[str] = Counter()
        for part in p.raw:
            counts.update(dict(super().parcels(replace(f, period=part), cancel)))
        if p.days:
            t = self.rollups.parcels
            query = (
                select(t.c.status, func.sum(t.c.parcels))
                .where(*self._where(p, f, t, "opened_by"))
                .group_by(t.c.status)
            )
            counts.update({r[0]: int(r[1]) for r in fetch(self.engine, query, cancel)})
        return [(k, n) for k, n in counts.items() if n]

    def unit_groups(self, f: ReportFilter, cancel: CancelToken) -> list[UnitGroup]:
        p = self._plan(f, cancel)
        sums: dict[tuple[Any, ...], list[int]] = {}
        for part in p.raw:
            for g in super().unit_groups(replace(f, period=part), cancel):
                key = (g.grade, g.disposition, g.refund_kind, g.window, g.to_stock)
                _add(sums, key, g.units, g.value_cents, g.refund_x100)
        if p.days:
            t = self._units(p, f)
            keys = (t.c.grade, t.c.disposition, t.c.refund_kind, t.c.window, t.c.to_stock)
            query = select(
                *keys, func.sum(t.c.units), func.sum(t.c.value_cents), func.sum(t.c.refund_x100)
            ).group_by(*keys)
            for r in fetch(self.engine, query, cancel):
                _add(sums, (r[0], r[1], r[2], r[3], bool(r[4])), r[5], r[6], r[7])
        return [UnitGroup(*k, *v) for k, v in sums.items() if v[0]]

    def clerk_grades(self, f: ReportFilter, cancel: CancelToken) -> list[ClerkGrades]:
        p = self._plan(f, cancel)
        sums: dict[tuple[str, str], list[int]] = {}
        for part in p.raw:
            for g in super().clerk_grades(replace(f, period=part), cancel):
                _add(sums, (g.clerk_id, g.grade), g.units, g.overridden)
        if p.days:
            t = self._units(p, f)
            query = select(
                t.c.inspector, t.c.grade, func.sum(t.c.units), func.sum(t.c.overridden)
            ).group_by(t.c.inspector, t.c.grade)
            for r in fetch(self.engine, query, cancel):
                _add(sums, (r[0], r[1]), r[2], r[3])
        return [ClerkGrades(*k, *v) for k, v in sums.items() if v[0]]

    def trend(self, f: ReportFilter, cancel: CancelToken) -> list[tuple[datetime, int]]:
        p = self._plan(f, cancel)
        counts: Counter[datetime] = Counter()
        for part in p.raw:
            counts.update(dict(super().trend(replace(f, period=part), cancel)))
        if p.days:
            t = self.rollups.unit_hours
            query = (
                select(t.c.hour, func.sum(t.c.units))
                .where(*self._where(p, f, t, "inspector", "hour"))
                .group_by(t.c.hour)
            )
            counts.update({hour_start(r[0]): int(r[1]) for r in fetch(self.engine, query, cancel)})
        return [(h, n) for h, n in counts.items() if n]

    def audit_actions(self, f: ReportFilter, cancel: CancelToken) -> list[tuple[str, int]]:
        p = self._plan(f, cancel)
        counts: Counter[str] = Counter()
        for part in p.raw:
            counts.update(dict(super().audit_actions(replace(f, period=part), cancel)))
        if p.days:
            t = self.rollups.audit
            query = (
                select(t.c.action, func.sum(t.c.entries))
                .where(*self._where(p, f, t, "user_id"), t.c.action.in_(AUDITED_ACTIONS))
                .group_by(t.c.action)
            )
            counts.update({r[0]: int(r[1]) for r in fetch(self.engine, query, cancel)})
        return [(k, n) for k, n in counts.items() if n]

    def reasons(self, f: ReportFilter, cancel: CancelToken) -> list[ReasonCount]:
        p = self._plan(f, cancel)
        counts: Counter[tuple[str, str]] = Counter()
        names: dict[str, tuple[str, str]] = {}
        for part in p.raw:
            for r in super().reasons(replace(f, period=part), cancel):
                counts[r.sku, r.reason] += r.units
                names[r.sku] = (r.description, r.category)
        if p.days:
            t, products = self.rollups.reasons, self.facts.products
            if f.station or f.clerk:
                parts = [
                    select(t.c.sku, t.c.reason, t.c.units).where(*self._where(p, f, t, "inspector"))
                ]
            else:
                parts = self._reason_parts(p)
            both = union_all(*parts).subquery("parts")
            rolled = (
                select(both.c.sku, both.c.reason, func.sum(both.c.units).label("units"))
                .group_by(both.c.sku, both.c.reason)
                .subquery("rolled")
            )
            query = select(
                rolled.c.sku, products.c.description, products.c.category, rolled.c.reason,
                rolled.c.units,
            ).select_from(rolled.outerjoin(products, products.c.sku == rolled.c.sku))  # fmt: skip
            for r in fetch(self.engine, query, cancel):
                counts[r[0], r[3]] += int(r[4])
                names[r[0]] = (r[1] or r[0], r[2] or "(unknown)")
        return [ReasonCount(sku, *names[sku], why, n) for (sku, why), n in counts.items() if n]

    def flags(self, f: ReportFilter, cancel: CancelToken) -> list[tuple[str, int]]:
        p = self._plan(f, cancel)
        counts: Counter[str] = Counter({"any": 0, "fraud": 0})
        for part in p.raw:
            counts.update(dict(super().flags(replace(f, period=part), cancel)))
        if p.days:
            t = self.rollups.flags
            query = (
                select(t.c.kind, func.sum(t.c.receipts))
                .where(*self._where(p, f, t, "opened_by"))
                .group_by(t.c.kind)
            )
            counts.update({r[0]: int(r[1]) for r in fetch(self.engine, query, cancel)})
        kinds = [(k, n) for k, n in counts.items() if n and k not in ("any", "fraud")]
        return [*kinds, ("any", counts["any"]), ("fraud", counts["fraud"])]

    def labels(self, f: ReportFilter, cancel: CancelToken) -> tuple[int, int] | None:
        if self.facts.print_jobs is None:
            return None
        p = self._plan(f, cancel)
        printed = reprints = 0
        for part in p.raw:
            counted = super().labels(replace(f, period=part), cancel)
            assert counted is not None
            printed, reprints = printed + counted[0], reprints + counted[1]
        if p.days:
            t = self.rollups.labels
            query = (
                select(t.c.reprint, func.sum(t.c.labels))
                .where(*self._where(p, f, t, "inspector"))
                .group_by(t.c.reprint)
            )
            for r in fetch(self.engine, query, cancel):
                printed += int(r[1])
                reprints += int(r[1]) if r[0] else 0
        return printed, reprints

    def clerks(
        self, f: ReportFilter, cancel: CancelToken, cap_seconds: float
    ) -> list[ClerkActivity]:
        p = self._plan(f, cancel)
        x = self.facts
        units: Counter[str] = Counter()
        # per clerk: (first action, last action, active seconds between them) of each part
        pieces: defaultdict[str, list[tuple[float, float, float]]] = defaultdict(list)
        for part in p.raw:
            sub = replace(f, period=part)
            query = (
                select(x.inspector, func.count())
                .select_from(x.units)
                .where(*unit_where(x, sub))
                .group_by(x.inspector)
            )
            units.update({r[0]: int(r[1]) for r in fetch(self.engine, query, cancel)})
        activity_days = p if self._cap_kept(cap_seconds, cancel) else plan(f.period, _every(p))
        for part in activity_days.raw:
            sub = replace(f, period=part)
            for r in fetch(self.engine, activity_parts_query(x, sub, cap_seconds), cancel):
                pieces[r[0]].append((float(r[1]), float(r[2]), float(r[3] or 0)))
        if p.days:
            t = self._units(p, f)
            query = select(t.c.inspector, func.sum(t.c.units)).group_by(t.c.inspector)
            units.update({r[0]: int(r[1]) for r in fetch(self.engine, query, cancel)})
        if activity_days.days:
            a = self.rollups.activity
            where = [activity_days.day_condition(a.c.day), a.c.station == (f.station or "")]
            if f.clerk:
                where.append(a.c.clerk == f.clerk)
            query = select(a.c.clerk, a.c.first_at, a.c.last_at, a.c.active_seconds).where(*where)
            for r in fetch(self.engine, query, cancel):
                pieces[r[0]].append((float(r[1]), float(r[2]), float(r[3])))
        active = {c: _joined(parts, cap_seconds) for c, parts in pieces.items()}
        names = self._names(cancel)
        clerks = [
            ClerkActivity(c, names.get(c, c), units.get(c, 0), active.get(c, 0.0))
            for c in set(units) | set(active)
        ]
        return sorted(clerks, key=lambda a: (-a.units, a.name))

    def _reason_parts(self, p: Plan) -> list[Any]:
        """(sku, reason, units) rows that add up to the reasons of the plan's clean days:
        two running totals subtracted and the days around their months, or the days alone."""
        t = self.rollups.reasons
        span = reason_span(p.days) if self.totals else None
        if span is None:
            months, days = whole_months(p.days)
            m = self.rollups.reason_months
            parts = [select(m.c.sku, m.c.reason, m.c.units).where(m.c.month.in_(months))]
            if days:
                where = replace(p, days=days).day_condition(t.c.day)
                parts.append(select(t.c.sku, t.c.reason, t.c.units).where(where))
            return parts
        totals, by_month = self.rollups.reason_totals, self.rollups.reason_months
        (end, _), (start, _) = span.totals
        between = _months_between(start, end)
        parts = []
        if len(between) <= 2:  # a month or two: their own rows, fewer than two running totals
            select_months = select(by_month.c.sku, by_month.c.reason, by_month.c.units)
            parts.append(select_months.where(by_month.c.month.in_(between)))
        for month, sign in span.totals if len(between) > 2 else ():
            # the latest running total at or before the month (none: nothing before it)
            at = select(func.max(totals.c.month)).where(totals.c.month <= month)
            parts.append(
                select(totals.c.sku, totals.c.reason, (totals.c.units * sign).label("units")).where(
                    totals.c.month == at.scalar_subquery()
                )
            )
        for sign in (1, -1):
            runs = tuple((a, b) for a, b, s in span.days if s == sign)
            if runs:
                where = Plan((), runs).day_condition(t.c.day)
                parts.append(
                    select(t.c.sku, t.c.reason, (t.c.units * sign).label("units")).where(where)
                )
        return parts

    def _cap_kept(self, cap_seconds: float, cancel: CancelToken) -> bool:
        """Whether the roll-ups' active time was capped as this report caps it."""
        a = self.rollups.activity
        query = select(a.c.cap_seconds).where(a.c.cap_seconds != cap_seconds).limit(1)
        return not fetch(self.engine, query, cancel)


def whole_months(
    runs: tuple[tuple[date, date], ...],
) -> tuple[tuple[str, ...], tuple[tuple[date, date], ...]]:
    """Runs of clean days as the UTC months wholly inside them and the days left over."""
    months: list[str] = []
    days: list[tuple[date, date]] = []
    for a, b in runs:
        start = a
        month = a if a.day == 1 else (a.replace(day=1) + timedelta(days=32)).replace(day=1)
        while True:
            following = (month + timedelta(days=32)).replace(day=1)
            if following > b:
                break
            if start < month:
                days.append((start, month))
            months.append(month.isoformat()[:7])
            start = month = following
        if start < b:
            days.append((start, b))
    return tuple(months), tuple(days)


@dataclass(frozen=True)
class Span:
    """Runs of days as running totals (month, sign) plus signed runs of days [a, b)."""

    totals: tuple[tuple[str, int], ...]
    days: tuple[tuple[date, date, int], ...]


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


def _months_between(start: str, end: str) -> list[str]:
    """The months from `start` up to `end` ("2026-06", "2026-08": June and July)."""
    months, day = [], date.fromisoformat(f"{start}-01")
    while day.isoformat()[:7] < end:
        months.append(day.isoformat()[:7])
        day = _next_month(day)
    return months


def reason_span(runs: tuple[tuple[date, date], ...]) -> Span | None:
    """The cheapest way to add up the days of `runs` from running totals: totals(B) minus
    totals(A), for the month starts A and B nearest the runs' ends, plus each day of the runs
    outside [A, B) and minus each day inside it that is not in the runs (a dirty day, an edge).
    None where the days alone are fewer than that."""
    a, b = runs[0][0], runs[-1][1]
    own = sum((y - x).days for x, y in runs)
    best: tuple[int, date, date] | None = None
    for start in (_month_start(a), _next_month(a) if a.day != 1 else a):
        for end in (_month_start(b), _next_month(b) if b.day != 1 else b):
            if start >= end:
                continue
            # days counted with a sign besides the totals: outside [start, end) in the runs,
            # inside it but not in the runs
            inside = sum(
                (min(y, end) - max(x, start)).days for x, y in runs if x < end and y > start
            )
            extra = own - inside + (end - start).days - inside
            if best is None or extra < best[0]:
                best = (extra, start, end)
    if best is None or best[0] + 2 * MONTH_IN_DAYS >= own:
        return None
    _, start, end = best
    lo, hi = min(a, start), max(b, end)
    days: list[tuple[date, date, int]] = []
    in_runs = set(_every(Plan((), runs)))
    day = lo
    while day < hi:
        sign = (day in in_runs) - (start <= day < end)
        if sign and days and days[-1][2] == sign and days[-1][1] == day:
            days[-1] = (days[-1][0], day + DAY, sign)
        elif sign:
            days.append((day, day + DAY, sign))
        day += DAY
    return Span(((end.isoformat()[:7], 1), (start.isoformat()[:7], -1)), tuple(days))


MONTH_IN_DAYS = 7  # a month's running totals are about as many rows as a week of days


def _every(p: Plan) -> list[date]:
    """Every day of the plan's roll-up runs (to read them raw)."""
    days = []
    for a, b in p.days:
        while a < b:
            days.append(a)
            a += DAY
    return days


def _joined(parts: list[tuple[float, float, float]], cap: float) -> float:
    """Active seconds of parts in any order: their own, plus each capped gap between them."""
    total, last = 0.0, None
    for first, end, active in sorted(parts):
        total += active
        if last is not None:
            total += min(first - last, cap)
        last = end
    return total


__all__ = ["RollupReportSource", "plan"]
