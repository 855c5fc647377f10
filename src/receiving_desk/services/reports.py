"""Supervisor reports as plain data (no Qt, no SQL): what a source must answer, and the
report built from its answers. Definitions of every figure: docs/reports.md.

A `ReportSource` (adapters/reports) answers small questions over one period and filter: the
local store of a desk, or the central database over all desks. `run_report` asks them one by
one, reporting progress and honouring a `CancelToken` between (and, where the source can,
during) queries, and assembles the tables in `report_tables.py` terms.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from typing import Protocol
from zoneinfo import ZoneInfo

from receiving_desk.domain.flags import FlagKind
from receiving_desk.domain.shifts import Period
from receiving_desk.domain.users import Permission, Session

ACTIVE_GAP_CAP_S = 300.0  # a gap between a clerk's actions longer than this is idle time
TOP_REASONS = 10
FRAUD_FLAGS = (FlagKind.WRONG_ITEM, FlagKind.MISSING_ITEM, FlagKind.SERIAL_MISMATCH,
               FlagKind.EMPTY_BOX)  # fmt: skip
AUDITED_ACTIONS = ("return_voided", "disposition_overridden", "scan_undone", "unit_cancelled",
                   "parcel_set_aside")  # fmt: skip

Value = str | int | Decimal | None


class ReportCancelled(Exception):
    """The user cancelled the report; nothing was produced."""


class CancelToken:
    """Set from any thread. Sources register a hook that interrupts the running query."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._hooks: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()
        with self._lock:
            hooks = list(self._hooks)
        for hook in hooks:
            hook()

    def check(self) -> None:
        if self.cancelled:
            raise ReportCancelled

    @contextmanager
    def interrupting(self, hook: Callable[[], None]) -> Iterator[None]:
        """While the block runs, `cancel()` also calls `hook` (e.g. to abort a query)."""
        with self._lock:
            self._hooks.append(hook)
        try:
            self.check()
            yield
        finally:
            with self._lock:
                self._hooks.remove(hook)
        self.check()


@dataclass(frozen=True)
class ReportFilter:
    period: Period
    station: str | None = None
    clerk: str | None = None  # a user id

    def previous(self) -> ReportFilter:
        return replace(self, period=self.period.previous())


@dataclass(frozen=True)
class Drill:
    """What is behind a number: the returns (receipts) it counts."""

    metric: str  # units, grade, disposition, restock, refund, window, clerk, reason_product,
    # reason_category, override, parcels, flag, void, audit
    key: str = ""
    previous: bool = False  # the number is for the previous period (trend columns)


# -- what a source answers -----------------------------------------------------------------
@dataclass(frozen=True)
class UnitGroup:
    """Inspected units of the period sharing one outcome."""

    grade: str
    disposition: str  # effective: the override if there is one
    refund_kind: str
    window: str
    to_stock: bool
    units: int
    value_cents: int  # sum of unit values
    refund_x100: int  # sum of unit value (cents) x refund percent


@dataclass(frozen=True)
class ClerkActivity:
    clerk_id: str
    name: str
    units: int
    active_seconds: float


@dataclass(frozen=True)
class ReasonCount:
    sku: str
    description: str
    category: str
    reason: str
    units: int


@dataclass(frozen=True)
class OverrideRow:
    receipt_id: str
    rma: str | None
    sku: str
    grade: str
    proposed: str
    chosen: str
    reason: str
    by: str
    at: datetime


@dataclass(frozen=True)
class VoidRow:
    receipt_id: str
    rma: str | None
    station: str
    opened_by: str
    voided_at: datetime
    reason: str


@dataclass(frozen=True)
class Backlog:
    messages: int
    oldest: datetime | None


@dataclass(frozen=True)
class ReturnRow:
    """One return behind a number (a drill-down line)."""

    receipt_id: str
    rma: str | None
    station: str
    clerk: str
    opened_at: datetime
    status: str
    units: int  # the units of this return that the number counts (parcel metrics: all)


class ReportSource(Protocol):
    label: str  # "local store" / "central database"

    def parcels(self, f: ReportFilter, cancel: CancelToken) -> list[tuple[str, int]]: ...

    def unit_groups(self, f: ReportFilter, cancel: CancelToken) -> list[UnitGroup]: ...

    def clerks(
        self, f: ReportFilter, cancel: CancelToken, cap_seconds: float
    ) -> list[ClerkActivity]: ...

    def reasons(self, f: ReportFilter, cancel: CancelToken) -> list[ReasonCount]: ...

    def flags(self, f: ReportFilter, cancel: CancelToken) -> list[tuple[str, int]]: ...

    def overrides(self, f: ReportFilter, cancel: CancelToken) -> list[OverrideRow]: ...

    def voids(self, f: ReportFilter, cancel: CancelToken) -> list[VoidRow]: ...

    def audit_actions(self, f: ReportFilter, cancel: CancelToken) -> list[tuple[str, int]]: ...

    def labels(self, f: ReportFilter, cancel: CancelToken) -> tuple[int, int] | None:
        """(labels printed, of which reprints); None where print jobs are not recorded."""
        ...

    def backlog(self) -> Backlog | None: ...

    def returns(self, f: ReportFilter, drill: Drill, cancel: CancelToken) -> list[ReturnRow]: ...

    def known_clerks(self) -> list[tuple[str, str]]: ...

    def known_stations(self) -> list[str]: ...

    def close(self) -> None: ...


# -- the report ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ReportTable:
    name: str  # a file name for CSV ("grades")
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]
    drills: tuple[tuple[Drill | None, ...], ...] = ()  # same shape as rows, or empty

    def drill_at(self, row: int, column: int) -> Drill | None:
        if row < len(self.drills) and column < len(self.drills[row]):
            return self.drills[row][column]
        return None

    def column(self, name: str) -> list[Value]:
        index = self.columns.index(name)
        return [row[index] for row in self.rows]


@dataclass(frozen=True)
class Report:
    site: str
    scope: str  # "Shift night 22:00–06:00 starting 2026-03-28", a date range...
    filter: ReportFilter
    timezone: str
    generated_at: datetime
    source: str
    tables: tuple[ReportTable, ...] = field(default=())

    def table(self, name: str) -> ReportTable:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(name)

    def figure(self, label: str) -> Value:
        """A headline figure by its label in the summary table."""
        summary = self.table("summary")
        for row in summary.rows:
            if row[0] == label:
                return row[1]
        raise KeyError(label)

    def local(self, instant: datetime) -> str:
        return instant.astimezone(ZoneInfo(self.timezone)).strftime("%Y-%m-%d %H:%M")


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
) -> Report:
    """Every figure of the report, one source question at a time."""
    from receiving_desk.services.report_tables import ReportFacts, build_tables

    session.require(Permission.RUN_REPORTS)
    token = cancel or CancelToken()
    facts = ReportFacts()
    steps: list[tuple[str, Callable[[], None]]] = [
        ("parcels", lambda: setattr(facts, "parcels", source.parcels(f, token))),
        ("units", lambda: setattr(facts, "groups", source.unit_groups(f, token))),
        ("clerks", lambda: setattr(facts, "clerks", source.clerks(f, token, ACTIVE_GAP_CAP_S))),
        ("reasons", lambda: setattr(facts, "reasons", source.reasons(f, token))),
        ("trend", lambda: setattr(facts, "previous", source.reasons(f.previous(), token))),
        ("flags", lambda: setattr(facts, "flags", source.flags(f, token))),
        ("overrides", lambda: setattr(facts, "overrides", source.overrides(f, token))),
        ("voids", lambda: setattr(facts, "voids", source.voids(f, token))),
        ("audit", lambda: setattr(facts, "audit", source.audit_actions(f, token))),
        ("labels", lambda: setattr(facts, "labels", source.labels(f, token))),
        ("backlog", lambda: setattr(facts, "backlog", source.backlog())),
    ]
    for done, (name, step) in enumerate(steps):
        token.check()
        if progress is not None:
            progress(done, len(steps), name)
        step()
    token.check()
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
    )


def drill_down(
    session: Session,
    source: ReportSource,
    f: ReportFilter,
    drill: Drill,
    cancel: CancelToken | None = None,
) -> list[ReturnRow]:
    """The returns behind one number of a report run with the same filter."""
    session.require(Permission.RUN_REPORTS)
    target = f.previous() if drill.previous else f
    return source.returns(target, drill, cancel or CancelToken())
