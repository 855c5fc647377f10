"""Supervisor reports as plain data (no Qt, no SQL). Definitions of every figure:
docs/reports.md.

A `ReportSource` (adapters/reports) answers small questions over one period and filter: the
local store of a desk, or the central database over all desks. `run_report` asks them one by
one, reporting progress and honouring a `CancelToken` between (and, where the source can,
during) queries, and builds the report's tables from the answers (report_tables.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from receiving_desk.domain.users import Permission, Session
from receiving_desk.services.report_model import (
    ACTIVE_GAP_CAP_S,
    AUDITED_ACTIONS,
    FRAUD_FLAGS,
    OVERRIDES_LISTED,
    TOP_REASONS,
    AuditPair,
    Backlog,
    CancelToken,
    ClerkActivity,
    ClerkGrades,
    Drill,
    Money,
    OverrideRow,
    ReasonCount,
    Report,
    ReportCancelled,
    ReportFilter,
    ReportTable,
    ReturnRow,
    UnitGroup,
    Value,
    VoidRow,
    filter_label,
    format_value,
    report_file_stem,
)
from receiving_desk.services.report_tables import ReportFacts, build_tables, headline

__all__ = [
    "ACTIVE_GAP_CAP_S",
    "AUDITED_ACTIONS",
    "FRAUD_FLAGS",
    "TOP_REASONS",
    "AuditPair",
    "Backlog",
    "CancelToken",
    "ClerkActivity",
    "ClerkGrades",
    "Drill",
    "Money",
    "OverrideRow",
    "Progress",
    "ReasonCount",
    "Report",
    "ReportCancelled",
    "ReportFilter",
    "ReportSource",
    "ReportTable",
    "ReturnRow",
    "UnitGroup",
    "Value",
    "VoidRow",
    "drill_down",
    "filter_label",
    "format_value",
    "report_file_stem",
    "run_report",
]


class ReportSource(Protocol):
    label: str  # "local store" / "central database"

    def parcels(self, f: ReportFilter, cancel: CancelToken) -> list[tuple[str, int]]: ...

    def unit_groups(self, f: ReportFilter, cancel: CancelToken) -> list[UnitGroup]: ...

    def clerks(
        self, f: ReportFilter, cancel: CancelToken, cap_seconds: float
    ) -> list[ClerkActivity]: ...

    def reasons(self, f: ReportFilter, cancel: CancelToken) -> list[ReasonCount]: ...

    def clerk_grades(self, f: ReportFilter, cancel: CancelToken) -> list[ClerkGrades]: ...

    def trend(self, f: ReportFilter, cancel: CancelToken) -> list[tuple[datetime, int]]:
        """(UTC hour, units inspected in it) for the hours with any."""
        ...

    def flags(self, f: ReportFilter, cancel: CancelToken) -> list[tuple[str, int]]: ...

    def overrides(
        self, f: ReportFilter, cancel: CancelToken, limit: int | None = None
    ) -> list[OverrideRow]:
        """The overrides of the range in time order; with `limit`, only the latest ones."""
        ...

    def override_count(self, f: ReportFilter, cancel: CancelToken) -> int: ...

    def voids(self, f: ReportFilter, cancel: CancelToken) -> list[VoidRow]: ...

    def audit_actions(self, f: ReportFilter, cancel: CancelToken) -> list[tuple[str, int]]: ...

    def audit_pairs(self, f: ReportFilter, cancel: CancelToken) -> list[AuditPair]:
        """Blind and gold grades of the period beside their units' first grades."""
        ...

    def labels(self, f: ReportFilter, cancel: CancelToken) -> tuple[int, int] | None:
        """(labels printed, of which reprints); None where print jobs are not recorded."""
        ...

    def backlog(self) -> Backlog | None: ...

    def returns(
        self,
        f: ReportFilter,
        drill: Drill,
        cancel: CancelToken,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ReturnRow]:
        """The returns behind a figure in opening order; with `limit`, one page of them."""
        ...

    def known_clerks(self) -> list[tuple[str, str]]: ...

    def known_stations(self) -> list[str]: ...

    def close(self) -> None: ...


Progress = Callable[[int, int, str], None]  # (step done, steps, what is next)


def run_report(
    session: Session,
    source: ReportSource,
    f: ReportFilter,
    *,
    site: str,
    scope: str,
    timezone: str,
    now: datetime,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    standalone: bool = False,
    currency: str = "EUR",
    locale: str = "en",
) -> Report:
    """Every figure of the report, one source question at a time. A standalone desk syncs
    nothing: its report has no sync backlog."""
    session.require(Permission.RUN_REPORTS, "run_report")
    token = cancel or CancelToken()
    facts, earlier, before = ReportFacts(), ReportFacts(), f.previous()
    steps: list[tuple[str, Callable[[], None]]] = [
        ("parcels", lambda: setattr(facts, "parcels", source.parcels(f, token))),
        ("units", lambda: setattr(facts, "groups", source.unit_groups(f, token))),
        ("clerks", lambda: setattr(facts, "clerks", source.clerks(f, token, ACTIVE_GAP_CAP_S))),
        ("clerk mix", lambda: setattr(facts, "clerk_grades", source.clerk_grades(f, token))),
        ("trend", lambda: setattr(facts, "trend", source.trend(f, token))),
        ("reasons", lambda: setattr(facts, "reasons", source.reasons(f, token))),
        ("reasons before", lambda: setattr(facts, "previous", source.reasons(before, token))),
        ("before", lambda: setattr(earlier, "parcels", source.parcels(before, token))),
        ("units before", lambda: setattr(earlier, "groups", source.unit_groups(before, token))),
        (
            "clerks before",
            lambda: setattr(earlier, "clerks", source.clerks(before, token, ACTIVE_GAP_CAP_S)),
        ),
        ("flags", lambda: setattr(facts, "flags", source.flags(f, token))),
        (
            "overrides",
            lambda: setattr(facts, "overrides", source.overrides(f, token, OVERRIDES_LISTED)),
        ),
        (
            "override count",
            lambda: setattr(facts, "override_count", source.override_count(f, token)),
        ),
        ("voids", lambda: setattr(facts, "voids", source.voids(f, token))),
        ("audit", lambda: setattr(facts, "audit", source.audit_actions(f, token))),
        ("labels", lambda: setattr(facts, "labels", source.labels(f, token))),
        ("grader agreement", lambda: setattr(facts, "audit_pairs", source.audit_pairs(f, token))),
    ]
    if not standalone:
        steps.append(("backlog", lambda: setattr(facts, "backlog", source.backlog())))
    for done, (name, step) in enumerate(steps):
        token.check()
        if progress is not None:
            progress(done, len(steps), name)
        step()
    token.check()
    clerk_name = dict(source.known_clerks()).get(f.clerk) if f.clerk else None
    if progress is not None:
        progress(len(steps), len(steps), "done")
    return Report(
        site=site,
        scope=scope,
        filter=f,
        timezone=timezone,
        generated_at=now,
        source=source.label,
        tables=build_tables(facts, ZoneInfo(timezone)),
        previous_summary=headline(earlier, ZoneInfo(timezone)),
        trend=tuple(sorted(facts.trend)),
        covers=filter_label(f, clerk_name),
        currency=currency,
        locale=locale,
        clerk_name=clerk_name,
    )


def drill_down(
    session: Session,
    source: ReportSource,
    f: ReportFilter,
    drill: Drill,
    cancel: CancelToken | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[ReturnRow]:
    """The returns behind one number of a report run with the same filter (one page of
    `limit` from `offset` when asked: a month's figure can stand for 16,000 returns)."""
    session.require(Permission.RUN_REPORTS, "drill_down")
    target = f.previous() if drill.previous else f
    return source.returns(target, drill, cancel or CancelToken(), limit, offset)
