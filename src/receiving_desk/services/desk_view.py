"""What the receiving screen shows, as plain data: built from the store after every action."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from receiving_desk.domain.blind_audit import BlindUnit
from receiving_desk.domain.flags import Flag
from receiving_desk.domain.inventory import Zone
from receiving_desk.domain.ports import UnitOfWork
from receiving_desk.domain.receipt import LineState, MatchStatus, ParcelReceipt, ReceivedUnit
from receiving_desk.domain.reconciliation import reconcile
from receiving_desk.domain.rma import LoyaltyTier, ReturnReason
from receiving_desk.domain.rules import (
    Check,
    Decision,
    Disposition,
    Refund,
    RuleSet,
    WindowVerdict,
)
from receiving_desk.domain.users import Role, Session
from receiving_desk.services.approval import Request
from receiving_desk.services.inspection import InspectionService
from receiving_desk.services.inventory import CartLine
from receiving_desk.services.weighing import WeightCheck


class Step(StrEnum):
    SCAN_BADGE = "scan_badge"
    ENTER_PIN = "enter_pin"
    SCAN_PARCEL = "scan_parcel"
    UNEXPECTED = "unexpected"  # no RMA found: look it up, receive blind, or set aside
    SCAN_ITEM = "scan_item"  # parcel open, nothing waiting for a grade
    GRADE_UNIT = "grade_unit"  # a scanned unit waits for its checklist and grade
    OVERRIDE_REASON = "override_reason"  # a supervisor chose a disposition: now the reason
    PICK_RMA = "pick_rma"  # a look-up found several RMAs: pick one by its number
    PUT_AWAY = "put_away"  # LPNs on the cart: scan the bin they go to
    CONFIRM_COMPLETE = "confirm_complete"  # completing needs a second, deliberate "yes"
    APPROVE_BADGE = "approve_badge"  # an action waits for a supervisor: their badge
    APPROVE_PIN = "approve_pin"  # ... then their PIN (the clerk stays logged in)
    AUDIT_GRADE = "audit_grade"  # a unit held for audit: grade it blind


@dataclass(frozen=True)
class LineRow:
    line_no: int
    sku: str
    description: str
    declared: int
    received: int
    state: LineState
    reason: ReturnReason
    serial: str | None


@dataclass(frozen=True)
class UnitRow:
    seq: int
    sku: str
    description: str
    category: str
    match: MatchStatus
    line_no: int | None
    serial: str | None
    checklist: dict[str, bool]
    conditions: tuple[str, ...]
    photos: int
    grade: str | None = None
    decision: Decision | None = None
    disposition: Disposition | None = None  # the effective one (after any override)
    override_reason: str | None = None
    window: str | None = None
    lpn: str | None = None
    destination: str | None = None
    location: str | None = None  # where the ledger has the LPN now
    staged: bool = False  # still in returns staging: waiting for put-away

    @property
    def refund(self) -> Refund | None:
        return self.decision.refund if self.decision else None


@dataclass(frozen=True)
class ParcelView:
    receipt_id: str
    rma_number: str | None  # None: a blind receipt
    order_number: str
    customer_name: str
    tier: LoyaltyTier | None
    order_date: str
    delivered_on: str
    window: WindowVerdict | None
    lines: tuple[LineRow, ...]
    units: tuple[UnitRow, ...]
    flags: tuple[Flag, ...]
    value_cents: int
    checklist: tuple[Check, ...] = ()  # the questions for the unit waiting, if any
    required: frozenset[str] = frozenset()  # codes that must be answered before a grade

    @property
    def to_put_away(self) -> tuple[UnitRow, ...]:
        """Graded units still in returns staging, waiting for their bin."""
        return tuple(u for u in self.units if u.staged)

    @property
    def unit_to_grade(self) -> UnitRow | None:
        return next((u for u in self.units if u.grade is None), None)

    @property
    def last_graded(self) -> UnitRow | None:
        graded = [u for u in self.units if u.grade is not None]
        return graded[-1] if graded else None


@dataclass(frozen=True)
class CompletionQuestion:
    """Why completing the open return needs confirming: no units, or discrepancies."""

    units: int
    flags: tuple[Flag, ...]


@dataclass(frozen=True)
class DeskView:
    step: Step
    user_name: str | None = None
    role: Role | None = None
    pending_badge: str | None = None
    parcel: ParcelView | None = None
    grades: tuple[str, ...] = field(default_factory=tuple)
    unexpected_code: str | None = None  # the parcel code no RMA was found for
    candidates: tuple[str, ...] = ()  # RMAs a look-up found, when more than one: pick 1..n
    conditions: tuple[tuple[str, str], ...] = ()  # (code, label) offered for the unit waiting
    pending_override: Disposition | None = None
    cart: tuple[CartLine, ...] = ()  # LPNs scanned for a put-away
    confirm: CompletionQuestion | None = None  # completing waits for a deliberate "yes"
    approval: Request | None = None  # what waits for a supervisor's badge and PIN
    rules: RuleSet | None = None  # for the rules file's own translations of its texts
    # Who was logged in when this snapshot was taken: the GUI decides from it (it never
    # reads the desk's live state, which only the store executor touches).
    session: Session | None = None
    weight: WeightCheck | None = None  # what the step weighs: its range, and its weight if any
    audit: BlindUnit | None = None  # the unit being graded blind (nothing of its first grade)
    # Not None: `audit` is a disputed unit waiting for its final grade, set by this supervisor
    # (their badge approval at a clerk's desk; "" when it is the session's own).
    final_by: str | None = None
    # ... and the grades it was given: ("first" | "blind", grade, grader's name)
    dispute: tuple[tuple[str, str, str], ...] = ()


def _unit_row(
    unit: ReceivedUnit, description: str, category: str, location: str | None, staging: str | None
) -> UnitRow:
    inspection = unit.inspection
    return UnitRow(
        seq=unit.seq,
        sku=unit.sku,
        description=description,
        category=category,
        match=unit.match,
        line_no=unit.line_no,
        serial=unit.serial,
        checklist=dict(inspection.checklist) if inspection else dict(unit.checklist),
        conditions=inspection.condition_codes if inspection else tuple(sorted(unit.conditions)),
        photos=len(inspection.photos if inspection else unit.photos),
        grade=inspection.grade if inspection else None,
        decision=inspection.decision if inspection else None,
        disposition=inspection.disposition if inspection else None,
        override_reason=inspection.override.reason if inspection and inspection.override else None,
        window=inspection.window if inspection else None,
        lpn=unit.lpn,
        destination=unit.destination,
        location=location,
        staged=location is not None and location == staging,
    )


def build_parcel_view(
    uow: UnitOfWork,
    receipt: ParcelReceipt,
    inspection: InspectionService,
    rules: RuleSet | None = None,
) -> ParcelView:
    """The parcel as the desk shows it, its checklist and window from `rules` (the view's one
    version of the rules in force; by default the rules in force now)."""
    rules = rules or inspection.rules
    rma = uow.rmas.by_number(receipt.rma_number) if receipt.rma_number else None
    skus = {u.sku for u in receipt.units} | {line.sku for line in (rma.lines if rma else ())}
    products = {sku: p for sku in skus if (p := uow.catalog.by_sku(sku)) is not None}

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
            line.serial,
        )
        for line in (rma.lines if rma else ())
    )
    staging = uow.inventory.zone_bins().get(Zone.RETURNS_STAGING)
    units = tuple(
        _unit_row(
            u,
            describe(u.sku),
            products[u.sku].category if u.sku in products else "",
            uow.inventory.lpn_location(u.lpn) if u.lpn else None,
            staging,
        )
        for u in receipt.units
    )
    value = sum(
        (products[u.sku].unit_value for u in receipt.units if u.sku in products), Decimal(0)
    )
    waiting = receipt.unit_to_grade
    checklist = (
        rules.checklist_for(products[waiting.sku].category)
        if waiting is not None and waiting.sku in products
        else ()
    )
    first_category = (
        products[rma.lines[0].sku].category
        if rma and rma.lines and rma.lines[0].sku in products
        else "*"
    )
    tz = inspection.site_tz
    return ParcelView(
        receipt_id=receipt.id,
        rma_number=receipt.rma_number,
        order_number=rma.order_number if rma else "",
        customer_name=rma.customer.name if rma else "",
        tier=rma.customer.tier if rma else None,
        order_date=rma.order_date.isoformat() if rma else "",
        delivered_on=rma.delivered_at.astimezone(tz).date().isoformat() if rma else "",
        window=inspection.window(rma, first_category, rules) if rma else None,
        lines=lines,
        units=units,
        flags=tuple(reconcile(rma, receipt.units, final=False)),
        value_cents=int(value * 100),
        checklist=checklist,
        required=frozenset(c.code for c in rules.required_checks(products[waiting.sku].category))
        if waiting is not None and waiting.sku in products
        else frozenset(),
    )
