"""What the receiving screen shows, as plain data: built from the store after every action."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo

from receiving_desk.domain.ports import UnitOfWork
from receiving_desk.domain.receipt import LineState, MatchStatus, ParcelReceipt
from receiving_desk.domain.return_window import WindowState, evaluate_window
from receiving_desk.domain.rma import LoyaltyTier, ReturnReason
from receiving_desk.domain.rules import Disposition, RuleSet
from receiving_desk.domain.users import Role


class Step(StrEnum):
    SCAN_BADGE = "scan_badge"
    ENTER_PIN = "enter_pin"
    SCAN_PARCEL = "scan_parcel"
    SCAN_ITEM = "scan_item"  # parcel open, nothing waiting for a grade
    GRADE_UNIT = "grade_unit"  # a scanned unit waits for its grade


@dataclass(frozen=True)
class LineRow:
    line_no: int
    sku: str
    description: str
    declared: int
    received: int
    state: LineState
    reason: ReturnReason


@dataclass(frozen=True)
class UnitRow:
    seq: int
    sku: str
    description: str
    category: str
    match: MatchStatus
    line_no: int | None
    grade: str | None
    disposition: Disposition | None
    why: str | None
    rule_id: str | None
    rule_version: str | None


@dataclass(frozen=True)
class ParcelView:
    receipt_id: str
    rma_number: str
    order_number: str
    customer_name: str
    tier: LoyaltyTier
    order_date: str
    delivered_on: str  # site-local date
    window: WindowState
    lines: tuple[LineRow, ...]
    units: tuple[UnitRow, ...]
    value_cents: int

    @property
    def unit_to_grade(self) -> UnitRow | None:
        return next((u for u in self.units if u.grade is None), None)

    @property
    def last_graded(self) -> UnitRow | None:
        graded = [u for u in self.units if u.grade is not None]
        return graded[-1] if graded else None


@dataclass(frozen=True)
class DeskView:
    step: Step
    user_name: str | None = None
    role: Role | None = None
    pending_badge: str | None = None
    parcel: ParcelView | None = None
    grades: tuple[str, ...] = field(default_factory=tuple)


def build_parcel_view(
    uow: UnitOfWork, receipt: ParcelReceipt, now: datetime, tz: ZoneInfo, rules: RuleSet
) -> ParcelView:
    rma = uow.rmas.by_number(receipt.rma_number)
    assert rma is not None
    products = {}
    for sku in {line.sku for line in rma.lines} | {u.sku for u in receipt.units}:
        product = uow.catalog.by_sku(sku)
        if product is not None:
            products[sku] = product

    def describe(sku: str) -> str:
        return products[sku].description if sku in products else sku

    progress = {p.line_no: p for p in receipt.progress(rma)}
    lines = tuple(
        LineRow(
            line.line_no,
            line.sku,
            describe(line.sku),
            line.quantity,
            progress[line.line_no].received,
            progress[line.line_no].state,
            line.reason,
        )
        for line in rma.lines
    )
    units = tuple(
        UnitRow(
            seq=u.seq,
            sku=u.sku,
            description=describe(u.sku),
            category=products[u.sku].category if u.sku in products else "",
            match=u.match,
            line_no=u.line_no,
            grade=u.inspection.grade if u.inspection else None,
            disposition=u.inspection.decision.disposition if u.inspection else None,
            why=u.inspection.decision.why if u.inspection else None,
            rule_id=u.inspection.decision.rule_id if u.inspection else None,
            rule_version=u.inspection.decision.rule_version if u.inspection else None,
        )
        for u in receipt.units
    )
    value = sum(
        (products[u.sku].unit_value for u in receipt.units if u.sku in products), Decimal(0)
    )
    window_days = rules.window.days_for(rma.customer.tier)
    return ParcelView(
        receipt_id=receipt.id,
        rma_number=rma.rma_number,
        order_number=rma.order_number,
        customer_name=rma.customer.name,
        tier=rma.customer.tier,
        order_date=rma.order_date.isoformat(),
        delivered_on=rma.delivered_at.astimezone(tz).date().isoformat(),
        window=evaluate_window(rma.delivered_at, now, tz, window_days),
        lines=lines,
        units=units,
        value_cents=int(value * 100),
    )
