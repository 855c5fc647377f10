"""The report's tables, built from a source's answers (see reports.py and docs/reports.md)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from receiving_desk.domain.flags import FlagKind
from receiving_desk.domain.rules import Disposition, RefundKind
from receiving_desk.services.reports import (
    AUDITED_ACTIONS,
    FRAUD_FLAGS,
    TOP_REASONS,
    Backlog,
    ClerkActivity,
    Drill,
    OverrideRow,
    ReasonCount,
    ReportTable,
    UnitGroup,
    Value,
    VoidRow,
)

WINDOW_STATES = ("inside", "lenient", "outside")
CENT = Decimal("0.01")


@dataclass
class ReportFacts:
    parcels: list[tuple[str, int]] = field(default_factory=list)
    groups: list[UnitGroup] = field(default_factory=list)
    clerks: list[ClerkActivity] = field(default_factory=list)
    reasons: list[ReasonCount] = field(default_factory=list)
    previous: list[ReasonCount] = field(default_factory=list)
    flags: list[tuple[str, int]] = field(default_factory=list)
    overrides: list[OverrideRow] = field(default_factory=list)
    voids: list[VoidRow] = field(default_factory=list)
    audit: list[tuple[str, int]] = field(default_factory=list)
    labels: tuple[int, int] | None = None
    backlog: Backlog | None = None


def money(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def refund_money(refund_x100: int) -> Decimal:
    """Sum of value x percent, rounded to the cent once, on the total."""
    return (Decimal(refund_x100) / 10000).quantize(CENT, rounding=ROUND_HALF_UP)


def hours(seconds: float) -> Decimal:
    return (Decimal(seconds) / 3600).quantize(CENT, rounding=ROUND_HALF_UP)


def rate(units: int, seconds: float) -> Decimal | None:
    if seconds <= 0:
        return None
    return (Decimal(units) * 3600 / Decimal(seconds)).quantize(CENT, rounding=ROUND_HALF_UP)


def share(part: int, whole: int) -> Decimal | None:
    return (Decimal(100 * part) / whole).quantize(Decimal("0.1")) if whole else None


def _drill(count: int, metric: str, key: str = "", previous: bool = False) -> Drill | None:
    return Drill(metric, key, previous) if count else None


def _table(
    name: str,
    title: str,
    columns: tuple[str, ...],
    rows: Iterable[tuple[tuple[Value, ...], tuple[Drill | None, ...]]],
) -> ReportTable:
    pairs = list(rows)
    return ReportTable(
        name, title, columns, tuple(r for r, _ in pairs), tuple(d for _, d in pairs)
    )


def _mix(
    groups: list[UnitGroup], key: Callable[[UnitGroup], str], order: Iterable[str]
) -> list[tuple[str, int, int, int]]:
    """(key, units, value cents, refund x100) per key: the given order first, then the rest."""
    units: Counter[str] = Counter()
    value: Counter[str] = Counter()
    refund: Counter[str] = Counter()
    for g in groups:
        units[key(g)] += g.units
        value[key(g)] += g.value_cents
        refund[key(g)] += g.refund_x100
    keys = list(order)
    keys += sorted(k for k in units if k not in keys)
    return [(k, units[k], value[k], refund[k]) for k in keys]


def build_tables(facts: ReportFacts, tz: ZoneInfo) -> tuple[ReportTable, ...]:
    groups = facts.groups
    total = sum(g.units for g in groups)
    grades = _mix(groups, lambda g: g.grade, ())
    dispositions = [m for m in _mix(groups, lambda g: g.disposition, Disposition) if m[1]]
    refunds = _mix(groups, lambda g: g.refund_kind, RefundKind)
    windows = _mix(groups, lambda g: g.window, WINDOW_STATES)
    stocked = [g for g in groups if g.to_stock]
    flags = dict(facts.flags)
    audit = dict(facts.audit)

    def local(instant: object) -> str:
        return instant.astimezone(tz).strftime("%Y-%m-%d %H:%M")  # type: ignore[attr-defined]

    summary = _summary(facts, total, stocked, flags)
    return (
        summary,
        _table(
            "parcels",
            "Parcels received, by state",
            ("State", "Parcels"),
            (((s, n), (None, _drill(n, "parcels", s))) for s, n in sorted(facts.parcels)),
        ),
        _table(
            "clerks",
            "Clerks: units per active hour",
            ("Clerk", "Units", "Active hours", "Units per hour"),
            (
                (
                    (c.name, c.units, hours(c.active_seconds), rate(c.units, c.active_seconds)),
                    (None, _drill(c.units, "clerk", c.clerk_id), None, None),
                )
                for c in facts.clerks
            ),
        ),
        _table(
            "grades",
            "Grade mix",
            ("Grade", "Units", "Share %"),
            (((k, n, share(n, total)), (None, _drill(n, "grade", k), None)) for k, n, _, _ in grades),
        ),
        _table(
            "dispositions",
            "Disposition mix (after overrides)",
            ("Disposition", "Units", "Share %", "Value"),
            (
                ((k, n, share(n, total), money(v)), (None, _drill(n, "disposition", k), None, None))
                for k, n, v, _ in dispositions
            ),
        ),
        _table(
            "refunds",
            "Refund recommendations",
            ("Recommendation", "Units", "Goods value", "Refund value"),
            (
                ((k, n, money(v), refund_money(r)), (None, _drill(n, "refund", k), None, None))
                for k, n, v, r in refunds
            ),
        ),
        _table(
            "window",
            "Return window",
            ("Window", "Units"),
            (((k, n), (None, _drill(n, "window", k))) for k, n, _, _ in windows),
        ),
        _table(
            "flags",
            "Discrepancies and fraud flags (completed returns)",
            ("Flag", "Fraud indicator", "Returns"),
            (
                (
                    (kind.value, "yes" if kind in FRAUD_FLAGS else "", flags.get(kind.value, 0)),
                    (None, None, _drill(flags.get(kind.value, 0), "flag", kind.value)),
                )
                for kind in FlagKind
            ),
        ),
        _reasons_table(facts, "product"),
        _reasons_table(facts, "category"),
        _table(
            "overrides",
            "Supervisor overrides",
            ("RMA", "SKU", "Grade", "Proposed", "Chosen", "Reason", "By", "At"),
            (
                (
                    (o.rma or "(blind)", o.sku, o.grade, o.proposed, o.chosen, o.reason, o.by,
                     local(o.at)),
                    (Drill("receipt", o.receipt_id), *([None] * 7)),
                )  # fmt: skip
                for o in facts.overrides
            ),
        ),
        _table(
            "voids",
            "Voided returns",
            ("RMA", "Station", "Opened by", "Voided at", "Reason"),
            (
                (
                    (v.rma or "(blind)", v.station, v.opened_by, local(v.voided_at), v.reason),
                    (Drill("receipt", v.receipt_id), None, None, None, None),
                )
                for v in facts.voids
            ),
        ),
        _table(
            "audit",
            "Audited actions",
            ("Action", "Count"),
            (((a, audit.get(a, 0)), (None, _drill(audit.get(a, 0), "audit", a))) for a in AUDITED_ACTIONS),
        ),
    )


def _summary(
    facts: ReportFacts, total: int, stocked: list[UnitGroup], flags: dict[str, int]
) -> ReportTable:
    parcels = sum(n for state, n in facts.parcels if state != "voided")
    active = sum(c.active_seconds for c in facts.clerks)
    clerk_units = sum(c.units for c in facts.clerks)
    stocked_units = sum(g.units for g in stocked)
    refund_units = sum(g.units for g in facts.groups if g.refund_kind != RefundKind.NONE)
    refund_x100 = sum(g.refund_x100 for g in facts.groups)
    any_flag = sum(flags.values())
    fraud = sum(flags.get(k.value, 0) for k in FRAUD_FLAGS)
    window = Counter[str]()
    for g in facts.groups:
        window[g.window] += g.units
    printed, reprints = facts.labels if facts.labels is not None else (None, None)
    backlog = facts.backlog
    rows: list[tuple[tuple[Value, ...], tuple[Drill | None, ...]]] = [
        (("Parcels received", parcels, "parcels"), _d(parcels, "parcels")),
        (("Units inspected", total, "units"), _d(total, "units")),
        (("Active clerk time", hours(active), "hours"), _d(0, "")),
        (("Units per clerk-hour", rate(clerk_units, active), "units/hour"), _d(0, "")),
        (("Units returned to stock", stocked_units, "units"), _d(stocked_units, "restock")),
        (("Value returned to stock", money(sum(g.value_cents for g in stocked)), "value"),
         _d(stocked_units, "restock")),
        (("Refund recommendations", refund_units, "units"), _d(refund_units, "refund", "any")),
        (("Refund value", refund_money(refund_x100), "value"), _d(refund_units, "refund", "any")),
        (("Discrepancy flags", any_flag, "flags"), _d(any_flag, "flag", "any")),
        (("Fraud indicators", fraud, "flags"), _d(fraud, "flag", "fraud")),
        (("Outside the return window", window["outside"], "units"),
         _d(window["outside"], "window", "outside")),
        (("Accepted by leniency", window["lenient"], "units"),
         _d(window["lenient"], "window", "lenient")),
        (("Supervisor overrides", len(facts.overrides), "units"),
         _d(len(facts.overrides), "override")),
        (("Voided returns", len(facts.voids), "parcels"), _d(len(facts.voids), "void")),
        (("Labels printed", printed, "labels"), _d(0, "")),
        (("Reprints", reprints, "labels"), _d(0, "")),
        (("Sync backlog", backlog.messages if backlog else None, "messages"), _d(0, "")),
        (("Oldest unsent", backlog.oldest.isoformat(timespec="seconds")
          if backlog and backlog.oldest else None, "UTC"), _d(0, "")),
    ]  # fmt: skip
    return _table("summary", "Summary", ("Figure", "Value", "Unit"), rows)


def _d(count: int, metric: str, key: str = "") -> tuple[Drill | None, ...]:
    return (None, _drill(count, metric, key), None)


def _reasons_table(facts: ReportFacts, by: str) -> ReportTable:
    def key(r: ReasonCount) -> tuple[str, ...]:
        return (r.sku, r.description, r.reason) if by == "product" else (r.category, r.reason)

    now: Counter[tuple[str, ...]] = Counter()
    before: Counter[tuple[str, ...]] = Counter()
    for r in facts.reasons:
        now[key(r)] += r.units
    for r in facts.previous:
        before[key(r)] += r.units
    top = sorted(now.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_REASONS]
    label = ("SKU", "Product") if by == "product" else ("Category",)
    rows = []
    for k, n in top:
        drill_key = "\t".join((k[0], k[-1]))
        was = before[k]
        trend = "new" if not was else "up" if n > was else "down" if n < was else "same"
        rows.append(
            (
                (*k, n, was, n - was, trend),
                (*([None] * len(k)), Drill(f"reason_{by}", drill_key),
                 _drill(was, f"reason_{by}", drill_key, True), None, None),
            )  # fmt: skip
        )
    return _table(
        f"reasons_by_{by}",
        f"Top return reasons by {by}, against the previous period",
        (*label, "Reason", "Units", "Previous period", "Change", "Trend"),
        rows,
    )
