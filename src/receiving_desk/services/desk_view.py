"""What the receiving screen shows, as plain data: built from the store after every action
(`parcel_view.py` builds the open parcel's part)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the first screen renders a DeskView: the model's names are for typing
    from receiving_desk.domain.blind_audit import BlindUnit
    from receiving_desk.domain.flags import Flag
    from receiving_desk.domain.receipt import LineState, MatchStatus
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
