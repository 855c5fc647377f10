"""The report's questions as SQL (SQLAlchemy Core, bound parameters only), written once over
a `Facts` map so the same queries run on the local store and on the central database.

Every query filters one time column by the period (an index each, see report_indexes.py) and
joins the rest by primary key. Definitions of the figures: docs/reports.md.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Engine,
    case,
    distinct,
    func,
    select,
)

from receiving_desk.adapters.reports.activity import activity_query
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
from receiving_desk.adapters.reports.returns import returns_behind
from receiving_desk.adapters.reports.sql import check_only, fetch, hour_start, utc_hour
from receiving_desk.services.reports import (
    AUDITED_ACTIONS,
    FRAUD_FLAGS,
    AuditPair,
    Backlog,
    CancelToken,
    ClerkActivity,
    ClerkGrades,
    Drill,
    OverrideRow,
    ReasonCount,
    ReportFilter,
    ReturnRow,
    UnitGroup,
    VoidRow,
)


class SqlReportSource:
    """A `ReportSource` over one database: the local store or the central database."""

    def __init__(self, engine: Engine, facts: Facts, label: str, owns_engine: bool = True) -> None:
        self.engine = engine
        self.facts = facts
        self.label = label
        self._owns_engine = owns_engine

    def close(self) -> None:
        if self._owns_engine:
            self.engine.dispose()

    def _names(self, cancel: CancelToken) -> dict[str, str]:
        u = self.facts.users
        return {r[0]: r[1] for r in fetch(self.engine, select(u.c.id, u.c.name), cancel)}

    def parcels(self, f: ReportFilter, cancel: CancelToken) -> list[tuple[str, int]]:
        x = self.facts
        query = (
            select(x.r_status, func.count())
            .where(*receipt_where(x, f, x.r_opened_at))
            .group_by(x.r_status)
        )
        return [(r[0], r[1]) for r in fetch(self.engine, query, cancel)]

    def unit_groups(self, f: ReportFilter, cancel: CancelToken) -> list[UnitGroup]:
        x = self.facts
        p = x.products
        value = func.coalesce(p.c.unit_value_cents, 0)
        keys = (x.grade, effective_disposition(x), x.refund_kind, x.window, to_stock(x))
        query = (
            select(*keys, func.count(), func.sum(value), func.sum(value * x.refund_percent))
            .select_from(x.units.outerjoin(p, p.c.sku == x.u_sku))
            .where(*unit_where(x, f))
            .group_by(*keys)
        )
        return [
            UnitGroup(r[0], r[1], r[2], r[3], bool(r[4]), r[5], int(r[6] or 0), int(r[7] or 0))
            for r in fetch(self.engine, query, cancel)
        ]

    def clerks(
        self, f: ReportFilter, cancel: CancelToken, cap_seconds: float
    ) -> list[ClerkActivity]:
        x = self.facts
        units = {
            r[0]: r[1]
            for r in fetch(
                self.engine,
                select(x.inspector, func.count())
                .select_from(x.units)
                .where(*unit_where(x, f))
                .group_by(x.inspector),
                cancel,
            )
        }
        active = {
            r[0]: float(r[1] or 0)
            for r in fetch(self.engine, activity_query(x, f, cap_seconds), cancel)
        }
        names = self._names(cancel)
        clerks = [
            ClerkActivity(c, names.get(c, c), units.get(c, 0), active.get(c, 0.0))
            for c in set(units) | set(active)
        ]
        return sorted(clerks, key=lambda a: (-a.units, a.name))

    def reasons(self, f: ReportFilter, cancel: CancelToken) -> list[ReasonCount]:
        x = self.facts
        p = x.products
        keys = (x.u_sku, p.c.description, p.c.category, reason(x))
        query = (
            select(*keys, func.count())
            .select_from(units_with_reference(x))
            .where(*unit_where(x, f))
            .group_by(*keys)
        )
        return [
            ReasonCount(r[0], r[1] or r[0], r[2] or "(unknown)", r[3], r[4])
            for r in fetch(self.engine, query, cancel)
        ]

    def clerk_grades(self, f: ReportFilter, cancel: CancelToken) -> list[ClerkGrades]:
        x = self.facts
        overridden = func.count(x.override)
        query = (
            select(x.inspector, x.grade, func.count(), overridden)
            .select_from(x.units)
            .where(*unit_where(x, f))
            .group_by(x.inspector, x.grade)
        )
        return [ClerkGrades(r[0], r[1], r[2], r[3]) for r in fetch(self.engine, query, cancel)]

    def trend(self, f: ReportFilter, cancel: CancelToken) -> list[tuple[datetime, int]]:
        x = self.facts
        hour = utc_hour(x.inspected_at)
        query = select(hour, func.count()).select_from(x.units).where(*unit_where(x, f))
        rows = fetch(self.engine, query.group_by(hour), cancel)
        return [(hour_start(r[0]), int(r[1])) for r in rows]

    def flags(self, f: ReportFilter, cancel: CancelToken) -> list[tuple[str, int]]:
        x = self.facts
        fl = x.flags
        source = fl.join(x.receipts, x.r_id == fl.c.receipt_id)
        where = [*receipt_where(x, f, x.r_completed_at), x.r_status == "completed"]
        fraud = fl.c.kind.in_([k.value for k in FRAUD_FLAGS])
        query = (
            select(fl.c.kind, func.count(distinct(fl.c.receipt_id)))
            .select_from(source)
            .where(*where)
            .group_by(fl.c.kind)
        )
        totals = (
            select(
                func.count(distinct(fl.c.receipt_id)),
                func.count(distinct(case((fraud, fl.c.receipt_id)))),
            )
            .select_from(source)
            .where(*where)
        )
        by_kind = [(r[0], r[1]) for r in fetch(self.engine, query, cancel)]
        ((any_flag, fraudulent),) = fetch(self.engine, totals, cancel)
        return [*by_kind, ("any", any_flag), ("fraud", fraudulent)]

    def override_count(self, f: ReportFilter, cancel: CancelToken) -> int:
        x = self.facts
        query = (
            select(func.count())
            .select_from(x.units)
            .where(*unit_where(x, f, x.override_at), x.override.is_not(None))
        )
        return int(fetch(self.engine, query, cancel)[0][0])

    def overrides(
        self, f: ReportFilter, cancel: CancelToken, limit: int | None = None
    ) -> list[OverrideRow]:
        x = self.facts
        query = (
            select(
                x.u_receipt,
                x.u_rma,
                x.u_sku,
                x.grade,
                x.disposition,
                x.override,
                x.override_reason,
                x.override_by,
                x.override_at,
            )
            .select_from(x.units)
            .where(*unit_where(x, f, x.override_at), x.override.is_not(None))
            .order_by(x.override_at.desc(), x.u_receipt.desc(), x.u_sku.desc())
            .limit(limit)
        )
        rows = fetch(self.engine, query, cancel)[::-1]  # the latest `limit`, in time order
        names = self._names(cancel) if rows else {}
        return [
            OverrideRow(
                str(r[0]),
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6] or "",
                names.get(r[7], r[7] or ""),
                r[8],
            )
            for r in rows
        ]

    def voids(self, f: ReportFilter, cancel: CancelToken) -> list[VoidRow]:
        x = self.facts
        query = (
            select(x.r_id, x.r_rma, x.r_station, x.r_opened_by, x.r_voided_at, x.r_void_reason)
            .where(*receipt_where(x, f, x.r_voided_at), x.r_status == "voided")
            .order_by(x.r_voided_at)
        )
        rows = fetch(self.engine, query, cancel)
        names = self._names(cancel) if rows else {}
        return [
            VoidRow(str(r[0]), r[1], r[2], names.get(r[3], r[3]), r[4], r[5] or "") for r in rows
        ]

    def audit_actions(self, f: ReportFilter, cancel: CancelToken) -> list[tuple[str, int]]:
        x = self.facts
        where = [during(x.a_at, f), x.a_action.in_(AUDITED_ACTIONS)]
        if f.station:
            where.append(check_only(x.a_station == f.station))
        if f.clerk:
            where.append(x.a_user == f.clerk)
        query = select(x.a_action, func.count()).where(*where).group_by(x.a_action)
        return [(r[0], r[1]) for r in fetch(self.engine, query, cancel)]

    def audit_pairs(self, f: ReportFilter, cancel: CancelToken) -> list[AuditPair]:
        """Every blind and gold grade given in the period, beside its unit's first grade."""
        h, g = self.facts.audit_holds, self.facts.audit_grades
        if h is None or g is None:
            return []
        where = [during(g.c.graded_at, f)]
        if f.station:
            where.append(check_only(g.c.station_id == f.station))
        if f.clerk:
            where.append((g.c.grader_id == f.clerk) | (h.c.first_grader == f.clerk))
        query = (
            select(
                h.c.lpn,
                h.c.category,
                g.c.kind,
                h.c.first_grader,
                h.c.first_grade,
                g.c.grader_id,
                g.c.grade,
                g.c.graded_at,
            )
            .select_from(g.join(h, h.c.lpn == g.c.lpn))
            .where(*where)
            .order_by(g.c.graded_at, g.c.id)
        )
        rows = fetch(self.engine, query, cancel)
        names = self._names(cancel) if rows else {}
        return [
            AuditPair(
                r[0], r[1], r[2], names.get(r[3], r[3]), r[4], names.get(r[5], r[5]), r[6], r[7]
            )
            for r in rows
        ]

    def labels(self, f: ReportFilter, cancel: CancelToken) -> tuple[int, int] | None:
        x = self.facts
        if x.print_jobs is None:
            return None
        source, where = label_jobs(x, f)
        query = select(func.count(), func.count(x.print_jobs.c.reprint_of)).select_from(source)
        ((printed, reprints),) = fetch(self.engine, query.where(*where), cancel)
        return int(printed), int(reprints)

    def backlog(self) -> Backlog | None:
        o = self.facts.outbox
        if o is None:
            return None
        query = select(func.count(), func.min(o.c.created_at)).where(o.c.sent_at.is_(None))
        ((count, oldest),) = fetch(self.engine, query, CancelToken())
        return Backlog(int(count), oldest)

    def returns(
        self,
        f: ReportFilter,
        drill: Drill,
        cancel: CancelToken,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ReturnRow]:
        names = self._names(cancel)
        return returns_behind(self.engine, self.facts, f, drill, cancel, names, limit, offset)

    def known_clerks(self) -> list[tuple[str, str]]:
        u = self.facts.users
        rows = fetch(self.engine, select(u.c.id, u.c.name).order_by(u.c.name), CancelToken())
        return [(r[0], r[1]) for r in rows]

    def known_stations(self) -> list[str]:
        x = self.facts
        query = select(x.r_station).distinct().order_by(x.r_station)
        return [r[0] for r in fetch(self.engine, query, CancelToken())]


__all__ = ["SqlReportSource"]
