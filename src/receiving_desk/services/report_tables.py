"""The report's tables, built from a source's answers (see reports.py and docs/reports.md)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from receiving_desk.domain.flags import FlagKind
from receiving_desk.domain.rules import Disposition, RefundKind
from receiving_desk.services.agreement_tables import agreement_tables
from receiving_desk.services.report_model import (
    AUDITED_ACTIONS,
    DEFECT_REASONS,
    FRAUD_FLAGS,
    OUTLIER_MIN_UNITS,
    OUTLIER_Z,
    TOP_REASONS,
    AuditPair,
    Backlog,
    ClerkActivity,
    ClerkGrades,
    Drill,
    Money,
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
    clerk_grades: list[ClerkGrades] = field(default_factory=list)
    trend: list[tuple[datetime, int]] = field(default_factory=list)
    reasons: list[ReasonCount] = field(default_factory=list)
    previous: list[ReasonCount] = field(default_factory=list)
    flags: list[tuple[str, int]] = field(default_factory=list)
    overrides: list[OverrideRow] = field(default_factory=list)  # the latest, see OVERRIDES_LISTED
    override_count: int = 0
    voids: list[VoidRow] = field(default_factory=list)
    audit: list[tuple[str, int]] = field(default_factory=list)
    labels: tuple[int, int] | None = None
    backlog: Backlog | None = None
    audit_pairs: list[AuditPair] = field(default_factory=list)


def money(cents: int) -> Money:
    return Money((Decimal(cents) / 100).quantize(CENT))


def refund_money(refund_x100: int) -> Money:
    """Sum of value x percent, rounded to the cent once, on the total."""
    return Money((Decimal(refund_x100) / 10000).quantize(CENT, rounding=ROUND_HALF_UP))


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


Line = tuple[tuple[Value, ...], tuple[Drill | None, ...]]


def _line(values: tuple[Value, ...], drill: Drill | None = None, at: int = 1) -> Line:
    """A table row whose cell `at` opens `drill`."""
    return values, tuple(drill if i == at else None for i in range(len(values)))


def _table(
    name: str,
    title: str,
    columns: tuple[str, ...],
    lines: Iterable[Line],
    coded: tuple[int, ...] = (),
) -> ReportTable:
    pairs = list(lines)
    values, drills = tuple(v for v, _ in pairs), tuple(d for _, d in pairs)
    return ReportTable(name, title, columns, values, drills, coded)


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
    flags = dict(facts.flags)
    audit = dict(facts.audit)

    def local(instant: datetime) -> str:
        return instant.astimezone(tz).strftime("%Y-%m-%d %H:%M")

    def mix(metric: str, key: Callable[[UnitGroup], str], order: Iterable[str]) -> list[Line]:
        return [
            _line((k, n, share(n, total), money(v), refund_money(r)), _drill(n, metric, k))
            for k, n, v, r in _mix(groups, key, order)
            if n or order
        ]

    money_columns = ("Units", "Share %", "Goods value", "Refund value")
    return (
        _summary(facts, total, tz),
        _table("parcels", "Parcels received, by state", ("State", "Parcels"),
               (_line((s, n), _drill(n, "parcels", s)) for s, n in sorted(facts.parcels)), (0,)),
        _clerks_table(facts),
        _table("grades", "Grade mix", ("Grade", *money_columns),
               mix("grade", lambda g: g.grade, ())),
        _table("dispositions", "Disposition mix (after overrides)", ("Disposition", *money_columns),
               [m for m in mix("disposition", lambda g: g.disposition, Disposition) if m[0][1]],
               (0,)),
        _table("refunds", "Refund recommendations", ("Recommendation", *money_columns),
               mix("refund", lambda g: g.refund_kind, RefundKind), (0,)),
        _table("window", "Return window", ("Window", *money_columns),
               mix("window", lambda g: g.window, WINDOW_STATES), (0,)),
        _table("flags", "Discrepancies and fraud flags (completed returns)",
               ("Flag", "Fraud indicator", "Returns"),
               (_line((k.value, "yes" if k in FRAUD_FLAGS else "", flags.get(k.value, 0)),
                      _drill(flags.get(k.value, 0), "flag", k.value), at=2) for k in FlagKind),
               (0,)),
        _reasons_table(facts, "product"),
        _reasons_table(facts, "category"),
        _outliers_table(facts),
        _table("overrides", "Supervisor overrides" if len(facts.overrides) == facts.override_count
               else "Latest supervisor overrides (all of them in the drill-down)",
               ("RMA", "SKU", "Grade", "Proposed", "Chosen", "Reason", "By", "At"),
               (_line((o.rma or "(blind)", o.sku, o.grade, o.proposed, o.chosen, o.reason, o.by,
                       local(o.at)), Drill("receipt", o.receipt_id), at=0)
                for o in facts.overrides), (3, 4)),
        _table("voids", "Voided returns", ("RMA", "Station", "Opened by", "Voided at", "Reason"),
               (_line((v.rma or "(blind)", v.station, v.opened_by, local(v.voided_at), v.reason),
                      Drill("receipt", v.receipt_id), at=0) for v in facts.voids)),
        _table("audit", "Audited actions", ("Action", "Count"),
               (_line((a, audit.get(a, 0)), _drill(audit.get(a, 0), "audit", a))
                for a in AUDITED_ACTIONS), (0,)),
        *agreement_tables(facts.audit_pairs, tz),
    )  # fmt: skip


def headline(facts: ReportFacts, tz: ZoneInfo) -> ReportTable:
    """The summary of a period from its parcels, unit groups and clerks alone (the previous
    period's figures that the view compares with)."""
    return _summary(facts, sum(g.units for g in facts.groups), tz)


def _clerks_table(facts: ReportFacts) -> ReportTable:
    grades: dict[str, Counter[str]] = {}
    overridden: Counter[str] = Counter()
    for g in facts.clerk_grades:
        grades.setdefault(g.clerk_id, Counter())[g.grade] += g.units
        overridden[g.clerk_id] += g.overridden

    def mix(clerk: str, units: int) -> str:
        counts = grades.get(clerk, Counter())
        return " · ".join(f"{k} {share(n, units)}%" for k, n in sorted(counts.items()))

    def minutes(c: ClerkActivity) -> Decimal | None:
        if not c.units or c.active_seconds <= 0:
            return None
        return (Decimal(c.active_seconds) / 60 / c.units).quantize(Decimal("0.1"))

    lines = [
        _line((c.name, c.units, hours(c.active_seconds), rate(c.units, c.active_seconds),
               minutes(c), share(overridden[c.clerk_id], c.units), mix(c.clerk_id, c.units)),
              _drill(c.units, "clerk", c.clerk_id))
        for c in facts.clerks
    ]  # fmt: skip
    columns = ("Clerk", "Units", "Active hours", "Units per hour", "Minutes per unit",
               "Overridden %", "Grade mix")  # fmt: skip
    return _table("clerks", "Clerks: units per active hour", columns, lines)


def _outliers_table(facts: ReportFacts) -> ReportTable:
    """Products whose share of defect reasons stands out from their category's: at least
    OUTLIER_MIN_UNITS returned units and a share OUTLIER_Z standard errors (binomial, at the
    category's share) above the category's."""
    units: Counter[tuple[str, str, str]] = Counter()
    defects: Counter[tuple[str, str, str]] = Counter()
    in_category: Counter[str] = Counter()
    defects_in_category: Counter[str] = Counter()
    for r in facts.reasons:
        key = (r.sku, r.description, r.category)
        units[key] += r.units
        in_category[r.category] += r.units
        if r.reason in DEFECT_REASONS:
            defects[key] += r.units
            defects_in_category[r.category] += r.units
    found: list[tuple[float, Line]] = []
    for key, n in units.items():
        if n < OUTLIER_MIN_UNITS:
            continue
        category = key[2]
        base = defects_in_category[category] / in_category[category]
        own = defects[key] / n
        spread = (base * (1 - base) / n) ** 0.5 or 1 / n
        z = (own - base) / spread
        if z >= OUTLIER_Z and defects[key]:
            values = (key[0], key[1], category, n, defects[key], share(defects[key], n),
                      share(defects_in_category[category], in_category[category]))  # fmt: skip
            found.append((z, _line(values, Drill("product", key[0]), at=3)))
    found.sort(key=lambda zl: (-zl[0], zl[1][0][0] or ""))
    columns = ("SKU", "Product", "Category", "Units", "Defect reasons", "Defect share %",
               "Category defect share %")  # fmt: skip
    title = "Products whose defect returns stand out from their category"
    return _table("reason_outliers", title, columns, [line for _, line in found[:TOP_REASONS]],
                  (2,))  # fmt: skip


def _summary(facts: ReportFacts, total: int, tz: ZoneInfo) -> ReportTable:
    groups = facts.groups
    stocked = [g for g in groups if g.to_stock]
    stocked_units = sum(g.units for g in stocked)
    refund_units = sum(g.units for g in groups if g.refund_kind != RefundKind.NONE)
    active = sum(c.active_seconds for c in facts.clerks)
    window = Counter[str]()
    for g in groups:
        window[g.window] += g.units
    flags = dict(facts.flags)
    printed, reprints = facts.labels if facts.labels is not None else (None, None)
    backlog, oldest = facts.backlog, facts.backlog.oldest if facts.backlog else None
    figures: list[tuple[str, Value, str, Drill | None]] = [
        ("Parcels received", parcels := sum(n for s, n in facts.parcels if s != "voided"),
         "parcels", _drill(parcels, "parcels")),
        ("Units inspected", total, "units", _drill(total, "units")),
        ("Active clerk time", hours(active), "hours", None),
        ("Units per clerk-hour", rate(sum(c.units for c in facts.clerks), active), "units/hour",
         None),
        ("Units returned to stock", stocked_units, "units", _drill(stocked_units, "restock")),
        ("Value returned to stock", money(sum(g.value_cents for g in stocked)), "",
         _drill(stocked_units, "restock")),
        ("Refund recommendations", refund_units, "units", _drill(refund_units, "refund", "any")),
        ("Refund value", refund_money(sum(g.refund_x100 for g in groups)), "",
         _drill(refund_units, "refund", "any")),
        ("Returns flagged", flags.get("any", 0), "parcels",
         _drill(flags.get("any", 0), "flag", "any")),
        ("Returns with fraud indicators", flags.get("fraud", 0), "parcels",
         _drill(flags.get("fraud", 0), "flag", "fraud")),
        ("Outside the return window", window["outside"], "units",
         _drill(window["outside"], "window", "outside")),
        ("Accepted by leniency", window["lenient"], "units",
         _drill(window["lenient"], "window", "lenient")),
        ("Supervisor overrides", facts.override_count, "units",
         _drill(facts.override_count, "override")),
        ("Voided returns", len(facts.voids), "parcels", _drill(len(facts.voids), "void")),
        ("Labels printed", printed, "labels", _drill(printed or 0, "labels")),
        ("Reprints", reprints, "labels", _drill(reprints or 0, "reprints")),
    ]  # fmt: skip
    if backlog is not None:  # a standalone desk and the central database have none
        figures += [
            ("Sync backlog", backlog.messages, "messages", None),
            ("Oldest unsent", f"{oldest.astimezone(tz):%Y-%m-%d %H:%M}" if oldest else None,
             "local time", None),
        ]  # fmt: skip
    lines = [_line((label, value, unit), drill) for label, value, unit, drill in figures]
    return _table("summary", "Summary", ("Figure", "Value", "Unit"), lines)


def _reasons_table(facts: ReportFacts, by: str) -> ReportTable:
    def key(r: ReasonCount) -> tuple[str, ...]:
        return (r.sku, r.description, r.reason) if by == "product" else (r.category, r.reason)

    now: Counter[tuple[str, ...]] = Counter()
    before: Counter[tuple[str, ...]] = Counter()
    for r in facts.reasons:
        now[key(r)] += r.units
    for r in facts.previous:
        before[key(r)] += r.units
    lines: list[Line] = []
    for k, n in sorted(now.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_REASONS]:
        drill_key, was = f"{k[0]}\t{k[-1]}", before[k]
        trend = "new" if not was else "up" if n > was else "down" if n < was else "same"
        values, drills = _line((*k, n, was, n - was, trend), Drill(f"reason_{by}", drill_key),
                               at=len(k))  # fmt: skip
        drills = (*drills[: len(k) + 1], _drill(was, f"reason_{by}", drill_key, True), None, None)
        lines.append((values, drills))
    columns: tuple[str, ...] = ("SKU", "Product") if by == "product" else ("Category",)
    title = f"Top return reasons by {by}, against the previous period"
    columns += ("Reason", "Units", "Previous period", "Change", "Trend")
    coded = (2,) if by == "product" else (0, 1)
    return _table(f"reasons_by_{by}", title, columns, lines, coded)
