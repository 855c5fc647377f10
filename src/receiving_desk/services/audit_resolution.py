"""What a supervisor's final grade of a disputed unit sets going, in the resolution's one unit
of work: the rules decide again on the final grade (a unit held for review stays unrefunded,
as domain/refund_hold.py says), the unit's stock is re-booked under it (a reversing row and a
new one, never a delete), and — if its return was already completed, so its refund outcome
has gone out under the first grade — the corrected outcome is sent (`OutcomeRevised`). A
return completed after the resolution sends the final outcome in its completion instead.

Who may set it: a supervisor's own session, or a supervisor's badge and PIN at a clerk's
desk (services/approval.py), good for that one unit; the clerk stays logged in.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from receiving_desk.domain.blind_audit import AuditHold, AuditResolution
from receiving_desk.domain.catalog import Product
from receiving_desk.domain.events import OutcomeRevised, StockMoved, UnitOutcome
from receiving_desk.domain.inventory import Movement, MoveReason, Zone, destination, reversal
from receiving_desk.domain.ports import UnitOfWork
from receiving_desk.domain.receipt import ParcelReceipt, ReceiptStatus, ReceivedUnit
from receiving_desk.domain.refund_hold import held, hold_reason
from receiving_desk.domain.rma import LoyaltyTier, ReturnAuthorization, ReturnReason
from receiving_desk.domain.rules import Decision, RuleSet, UnitFacts
from receiving_desk.domain.users import Permission, Session
from receiving_desk.services.approval import Approval, Request
from receiving_desk.services.base import new_id

RESOLVE = "audit_resolve"  # the action a supervisor's approval is asked for
DISPUTED = "disputed_grade"  # why a clerk alone may not


def resolve_request(hold: AuditHold) -> Request:
    """The approval a clerk's desk asks for when a disputed unit is scanned there."""
    details = (("lpn", hold.lpn), ("sku", hold.sku))
    return Request(RESOLVE, hold.lpn, Permission.OVERRIDE_DISPOSITION, DISPUTED, details)


def resolver(session: Session, lpn: str, approval: Approval | None) -> tuple[str, str | None]:
    """(who sets the final grade, the clerk they approved it for): the session's own
    supervisor, or the supervisor whose approval covers exactly this unit at this desk."""
    if approval is None or not approval.covers(RESOLVE, lpn, session.user_id):
        session.require(Permission.OVERRIDE_DISPOSITION, "audit_resolve", lpn)  # refusal audited
        return session.user_id, None
    return approval.supervisor_id, session.user_id


def final_decision(
    rules: RuleSet,
    site_tz: ZoneInfo,
    rma: ReturnAuthorization | None,
    receipt: ParcelReceipt,
    unit: ReceivedUnit,
    product: Product,
    grade: str,
) -> Decision:
    """The rules' decision for `grade`, on every other fact as the first inspection had them
    (the window as it stood when the unit was first graded), held for review if the unit is."""
    first = unit.inspection
    assert first is not None
    line = rma.line(unit.line_no) if rma and unit.line_no else None
    tier = rma.customer.tier if rma else LoyaltyTier.STANDARD
    delivered = rma.delivered_at if rma else first.inspected_at
    verdict = rules.window_for(product.category, tier, delivered, first.inspected_at, site_tz)
    facts = UnitFacts(
        grade=grade,
        category=product.category,
        reason=line.reason if line else ReturnReason.OTHER,
        tier=tier,
        window=verdict,
        conditions=frozenset(first.condition_codes),
        checklist=dict(first.checklist),
    )
    return held(rules.decide(facts), hold_reason(rma, receipt.units, unit))


def rebook(
    uow: UnitOfWork,
    user_id: str,
    unit: ReceivedUnit,
    product: Product,
    receipt: ParcelReceipt,
    resolution: AuditResolution,
) -> None:
    """The unit's stock under its final grade: out under the first grade, in under the final
    one, where it lies (returns staging, where a disputed unit waits); it then goes where the
    final decision sends it. A unit whose stock was reversed (its return voided) has nothing
    on hand to re-book: it stays at nothing."""
    assert unit.lpn is not None and resolution.decision is not None
    history = uow.inventory.history(unit.lpn)
    if not history or history[-1].reason is MoveReason.REVERSED:
        return
    here = history[-1].to_location
    now = resolution.resolved_at
    out = reversal(history[-1], new_id(), user_id, now)
    back = Movement(
        new_id(), unit.lpn, unit.sku, 1, resolution.final_grade, None, here,
        MoveReason.RECEIVED, user_id, now, receipt.id,
    )  # fmt: skip
    for movement in (out, back):
        uow.inventory.append(movement)
        uow.outbox.put(StockMoved.of(movement))
    zone_bins = uow.inventory.zone_bins()
    if here == zone_bins.get(Zone.RETURNS_STAGING):
        unit.destination = destination(resolution.decision.disposition, product, zone_bins)
        uow.receipts.save(receipt)


def revise_completed(
    uow: UnitOfWork,
    rma: ReturnAuthorization | None,
    receipt: ParcelReceipt,
    unit: ReceivedUnit,
    hold: AuditHold,
    resolution: AuditResolution,
) -> bool:
    """Send the unit's corrected outcome if its return's completion already went out."""
    if receipt.status is not ReceiptStatus.COMPLETED:
        return False  # the completion, when it comes, carries the final outcome
    uow.outbox.put(
        OutcomeRevised(
            receipt_id=receipt.id,
            rma_number=receipt.rma_number,
            unit=UnitOutcome.of(unit, resolution),
            first_grade=hold.first_grade,
            held_reason=hold_reason(rma, receipt.units, unit),
            revised_by=resolution.resolved_by,
            approved_for=resolution.approved_for,
            revised_at=resolution.resolved_at,
        )
    )
    return True


def final_outcomes(uow: UnitOfWork, receipt: ParcelReceipt) -> tuple[UnitOutcome, ...]:
    """A return's unit outcomes for its completion: each resolved audit's final grade counts."""
    return tuple(
        UnitOutcome.of(u, uow.audits.resolution(u.lpn) if u.lpn else None) for u in receipt.units
    )
