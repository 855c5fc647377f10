"""The report's data types: filters, drill-downs, cancellation, what a source answers, and
the report itself (tables of plain values). Import them from `services.reports`."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel.numbers import format_currency, format_decimal

from receiving_desk.domain.flags import FlagKind
from receiving_desk.domain.shifts import Period

ACTIVE_GAP_CAP_S = 300.0  # a gap between a clerk's actions longer than this is idle time
TOP_REASONS = 10
OVERRIDES_LISTED = 50  # a report lists the latest overrides; the drill-down lists them all
DEFECT_REASONS = ("defective", "not_as_described")  # the product's fault, not the customer's
OUTLIER_MIN_UNITS = 3  # fewer returns of a product say nothing about it
OUTLIER_Z = 2.0  # how far (in standard errors) above its category a product must be
FRAUD_FLAGS = (
    FlagKind.WRONG_ITEM,
    FlagKind.MISSING_ITEM,
    FlagKind.SERIAL_MISMATCH,
    FlagKind.EMPTY_BOX,
    FlagKind.TOO_LIGHT,  # weighed short of its parts
    FlagKind.TOO_HEAVY,  # something else inside: a brick
)
AUDITED_ACTIONS = (
    "return_voided",
    "disposition_overridden",
    "scan_undone",
    "unit_cancelled",
    "parcel_set_aside",
)


class Money(Decimal):
    """An amount in the site's currency (a Decimal: CSV writes it plain, "12.34")."""

    __slots__ = ()


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
class ClerkGrades:
    """One clerk's inspected units of one grade, and how many of them were overridden."""

    clerk_id: str
    grade: str
    units: int
    overridden: int


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
    notes: str = ""  # the customer's and the clerks' free text on those units


@dataclass(frozen=True)
class AuditPair:
    """A blind (or gold calibration) grade beside the unit's first grade, by grader name."""

    lpn: str
    category: str
    kind: str  # "blind" or "gold"
    first_grader: str
    first_grade: str
    grader: str
    grade: str
    graded_at: datetime


# -- the report ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ReportTable:
    name: str  # a file name for CSV ("grades")
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]
    drills: tuple[tuple[Drill | None, ...], ...] = ()  # same shape as rows, or empty
    coded: tuple[int, ...] = ()  # columns holding codes (report_names turns them into names)

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
    covers: str = "all stations, all clerks"
    previous_summary: ReportTable | None = None  # headline figures of the period before
    trend: tuple[tuple[datetime, int], ...] = ()  # (UTC hour, units inspected), hours with any
    currency: str = "EUR"  # ISO 4217, from the station settings
    locale: str = "en"  # how numbers and money are written (Babel locale name)
    clerk_name: str | None = None  # the clerk the report is filtered on, by name

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


def format_value(value: Value, currency: str | None = None, locale: str = "en") -> str:
    """A cell as shown on screen and on paper ("—" for not applicable); money in `currency`
    and numbers written the way `locale` writes them."""
    if value is None:
        return "—"
    if isinstance(value, Money) and currency:
        return format_currency(value, currency, locale=locale)
    if isinstance(value, int):
        return format_decimal(value, locale=locale)
    if isinstance(value, Decimal):  # as many decimals as the figure has (hours: 1.50)
        exponent = value.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        pattern = "#,##0" + ("." + "0" * places if places else "")
        return format_decimal(value, format=pattern, locale=locale)
    return value


def report_file_stem(report: Report) -> str:
    """`report_<range or shift>_<station>[_<clerk>]`, safe as a file name anywhere."""
    f = report.filter
    parts = [report.scope, f.station or "all stations"]
    if f.clerk:
        parts.append(f.clerk)
    words = [re.sub(r"[^\w.-]+", "-", p.replace(":", "")).strip("-") for p in parts]
    return "_".join(["report", *words])


def filter_label(
    f: ReportFilter, clerk_name: str | None = None, say: Callable[[str], str] = str
) -> str:
    """What the report covers besides the period: "all stations, all clerks"... `say` gives
    each phrase in the reader's language (the screen's and the PDF's catalogue); English by
    default."""
    station = say("station {0}").format(f.station) if f.station else say("all stations")
    clerk = say("clerk {0}").format(clerk_name or f.clerk) if f.clerk else say("all clerks")
    return ", ".join((station, clerk))
