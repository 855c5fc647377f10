"""The independent ledger of a known shift (see reports_shift.py) and the check of a report
against it: figures counted in plain Python from what the script did, never from SQL."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

from receiving_desk.domain.shifts import Period
from receiving_desk.services.report_model import OVERRIDES_LISTED
from receiving_desk.services.reports import Report
from tests.seed import (
    CLERK,
    CLERK2,
    CREAM,
    EARBUDS,
    JACKET,
    MUG,
    SUPERVISOR,
)

TZ = ZoneInfo("Europe/Berlin")
SHIFT_DAY = date(2026, 3, 28)
STATION = "TEST-01"
ANA, ZHANG, OLGA = (f"U-{who[0]}" for who in (CLERK, CLERK2, SUPERVISOR))
NAMES = {ANA: CLERK[2], ZHANG: CLERK2[2], OLGA: SUPERVISOR[2]}
PRODUCTS = {p.sku: p for p in (EARBUDS, MUG, CREAM, JACKET)}
CAP = 300.0


def at(day: int, hh: int, mm: int) -> datetime:
    """Wall-clock time in Berlin on March `day`, 2026, as UTC."""
    return datetime.combine(date(2026, 3, day), time(hh, mm), tzinfo=TZ).astimezone(UTC)


@dataclass(eq=False)
class UnitFact:
    receipt_id: str
    rma: str | None
    sku: str
    reason: str
    grade: str
    disposition: str  # effective
    to_stock: bool
    refund_kind: str
    refund_percent: int
    window: str
    inspector: str
    inspected_at: datetime
    override_at: datetime | None = None
    lpn: str | None = None


@dataclass
class ReturnFact:
    receipt_id: str
    rma: str | None
    opened_by: str
    opened_at: datetime
    status: str = "open"
    closed_at: datetime | None = None
    flags: set[str] = field(default_factory=set)


@dataclass
class Ledger:
    events: list[tuple[str, datetime]] = field(default_factory=list)
    units: dict[str, UnitFact] = field(default_factory=dict)  # by unit id
    returns: dict[str, ReturnFact] = field(default_factory=dict)
    audit: list[tuple[str, str, datetime]] = field(default_factory=list)  # action, user, at
    labels: list[tuple[str, datetime, bool]] = field(default_factory=list)  # lpn, at, reprint

    def expected(self, period: Period, clerk: str | None = None) -> dict[str, Any]:
        """Every figure of the report for `period`, counted from this record alone."""
        inside = period.contains
        live = [
            u
            for u in self.units.values()
            if inside(u.inspected_at)
            and self.returns[u.receipt_id].status != "voided"
            and clerk in (None, u.inspector)
        ]
        mine = [r for r in self.returns.values() if clerk in (None, r.opened_by)]
        opened = [r for r in mine if inside(r.opened_at)]
        done = [r for r in mine if r.status == "completed" and inside(r.closed_at)]  # type: ignore[arg-type]
        value = {u: int(PRODUCTS[u.sku].unit_value * 100) for u in live}
        stocked = [u for u in live if u.to_stock]
        refund_x100 = sum(value[u] * u.refund_percent for u in live)
        by_receipt = Counter(u.receipt_id for u in live)
        flags: dict[str, set[str]] = defaultdict(set)
        for r in done:
            for kind in r.flags:
                flags[kind].add(r.receipt_id)
        fraud = {"wrong_item", "missing_item", "serial_mismatch", "empty_box"}
        lpns = {u.lpn: u for u in self.units.values() if u.lpn and clerk in (None, u.inspector)}
        labels = [
            (lpn, reprint) for lpn, when, reprint in self.labels if inside(when) and lpn in lpns
        ]
        return {
            "parcels": Counter(r.status for r in opened),
            "units": len(live),
            "units_by_receipt": by_receipt,
            "grades": Counter(u.grade for u in live),
            "dispositions": Counter(u.disposition for u in live),
            "disposition_value": _sum_by(live, value, lambda u: u.disposition),
            "refunds": Counter(u.refund_kind for u in live),
            "refund_value": _sum_by(live, {u: value[u] * u.refund_percent for u in live},
                                    lambda u: u.refund_kind, scale=10000),
            "windows": Counter(u.window for u in live),
            "stock_units": len(stocked),
            "stock_value": Decimal(sum(value[u] for u in stocked)) / 100,
            "refund_total": _cents(Decimal(refund_x100) / 10000),
            "flags": {k: len(v) for k, v in flags.items()},
            "flag_any": len({r.receipt_id for r in done if r.flags}),
            "flag_fraud": len({r.receipt_id for r in done if r.flags & fraud}),
            "flag_receipts": flags,
            "reasons_product": Counter((u.sku, u.reason) for u in live),
            "reasons_category": Counter((PRODUCTS[u.sku].category, u.reason) for u in live),
            "overrides": [u for u in self.units.values() if u.override_at and inside(u.override_at)
                          and self.returns[u.receipt_id].status != "voided"
                          and clerk in (None, u.inspector)],
            "voids": [r for r in mine if r.status == "voided" and inside(r.closed_at)],  # type: ignore[arg-type]
            "audit": Counter(a for a, who, when in self.audit if inside(when)
                             and clerk in (None, who)),
            "labels": len(labels),
            "reprints": sum(1 for _, reprint in labels if reprint),
            "active": self.active_seconds(period, clerk),
            "clerk_units": Counter(u.inspector for u in live),
        }  # fmt: skip

    def active_seconds(self, period: Period, clerk: str | None) -> dict[str, float]:
        """Per user: gaps between consecutive actions in the period, each capped at 5 min."""
        times: dict[str, list[datetime]] = defaultdict(list)
        for who, when in self.events:
            if period.contains(when) and clerk in (None, who):
                times[who].append(when)
        active: dict[str, float] = {}
        for who, seen in times.items():
            seen.sort()
            active[who] = sum(min((b - a).total_seconds(), CAP) for a, b in pairwise(seen))
        return active


def _cents(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _sum_by(units: list[UnitFact], amount: dict[UnitFact, int], key: Any, scale: int = 100
            ) -> dict[str, Decimal]:  # fmt: skip
    totals: Counter[str] = Counter()
    for u in units:
        totals[key(u)] += amount[u]
    return {k: _cents(Decimal(v) / scale) for k, v in totals.items()}


def rows(r: Report, name: str, key: int = 0) -> dict[Any, tuple[Any, ...]]:
    return {row[key]: row for row in r.table(name).rows}


def check_report(r: Report, want: dict[str, Any], desk_only: bool = True) -> None:
    """Every figure of `r` against the ledger's count (`desk_only`: labels and the sync
    backlog, which only a desk's store records)."""
    summary = {row[0]: row[1] for row in r.table("summary").rows}
    parcels = want["parcels"]
    assert summary["Parcels received"] == sum(n for s, n in parcels.items() if s != "voided")
    assert {k: v[1] for k, v in rows(r, "parcels").items()} == dict(parcels)
    assert summary["Units inspected"] == want["units"]
    assert {k: v[1] for k, v in rows(r, "grades").items()} == dict(want["grades"])
    dispositions = rows(r, "dispositions")
    assert {k: v[1] for k, v in dispositions.items()} == dict(want["dispositions"])
    assert {k: v[3] for k, v in dispositions.items()} == want["disposition_value"]
    refunds = {k: v for k, v in rows(r, "refunds").items() if v[1]}
    assert {k: v[1] for k, v in refunds.items()} == dict(want["refunds"])
    assert {k: v[4] for k, v in refunds.items()} == want["refund_value"]
    assert summary["Refund value"] == want["refund_total"]
    assert summary["Refund recommendations"] == want["units"] - want["refunds"]["none"]
    windows = {k: v[1] for k, v in rows(r, "window").items() if v[1]}
    assert windows == dict(want["windows"])
    assert summary["Outside the return window"] == want["windows"]["outside"]
    assert summary["Accepted by leniency"] == want["windows"]["lenient"]
    assert summary["Units returned to stock"] == want["stock_units"]
    assert summary["Value returned to stock"] == want["stock_value"]
    flags = {k: v[2] for k, v in rows(r, "flags").items() if v[2]}
    assert flags == want["flags"]
    assert summary["Returns flagged"] == want["flag_any"]
    assert summary["Returns with fraud indicators"] == want["flag_fraud"]
    for by, width in (("product", 2), ("category", 1)):
        table = r.table(f"reasons_by_{by}")
        got = {(row[0], row[width]): row[width + 1] for row in table.rows}
        assert got == dict(want[f"reasons_{by}"])
    assert len(r.table("overrides").rows) == min(len(want["overrides"]), OVERRIDES_LISTED)
    assert summary["Supervisor overrides"] == len(want["overrides"])
    assert summary["Voided returns"] == len(want["voids"])
    assert [row[0] for row in r.table("voids").rows] == [v.rma or "(blind)" for v in want["voids"]]
    audit = {k: v[1] for k, v in rows(r, "audit").items() if v[1]}
    assert audit == dict(want["audit"])
    if desk_only:
        assert summary["Labels printed"] == want["labels"]
        assert summary["Reprints"] == want["reprints"]
    else:
        assert summary["Labels printed"] is None and "Sync backlog" not in summary
    clerks = rows(r, "clerks")
    active = want["active"]
    assert {k: v[1] for k, v in clerks.items()} == {
        NAMES[c]: want["clerk_units"].get(c, 0) for c in active
    }
    for who, seconds in active.items():
        row = clerks[NAMES[who]]
        assert row[2] == (Decimal(seconds) / 3600).quantize(Decimal("0.01"))
        if seconds:
            expected_rate = Decimal(want["clerk_units"].get(who, 0) * 3600) / Decimal(seconds)
            assert row[3] == expected_rate.quantize(Decimal("0.01"))
    assert summary["Active clerk time"] == (Decimal(sum(active.values())) / 3600).quantize(
        Decimal("0.01")
    )
