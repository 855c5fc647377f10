"""Taking a unit's stock back out: what undo, cancel-unit and void book in the ledger.

The ledger is append-only, so a unit that should never have been received is not deleted
from it: a reversing movement (minus one where the unit is now) is added in the same unit of
work as the receipt's change, and goes to the central side as a `StockMoved` like any other.
Its LPN then sums to nothing everywhere and is no longer anywhere.

Undoing a unit whose label may already be on a box, or that sits on a shelf, leaves a
physical thing behind that the desk would forget: that needs a supervisor (see
services/approval.py).
"""

from __future__ import annotations

from enum import StrEnum

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.events import StockMoved
from receiving_desk.domain.inventory import Movement, MoveReason, Zone, reversal
from receiving_desk.domain.ports import Clock, UnitOfWork
from receiving_desk.domain.receipt import ReceivedUnit
from receiving_desk.domain.rules import Disposition
from receiving_desk.domain.users import Permission, Session
from receiving_desk.services.base import new_id


class Why(StrEnum):
    """Why undoing a unit needs a supervisor."""

    PUT_AWAY = "put_away"
    LABEL_PRINTED = "label_printed"


def reverse_unit(uow: UnitOfWork, lpn: str | None, user_id: str, clock: Clock) -> Movement | None:
    """Book the reversal of an LPN's stock (if it still has some); returns the movement."""
    if lpn is None:
        return None  # never graded: it never entered stock
    history = uow.inventory.history(lpn)
    if not history or history[-1].reason is MoveReason.REVERSED:
        return None
    movement = reversal(history[-1], new_id(), user_id, clock.now())
    uow.inventory.append(movement)
    uow.outbox.put(StockMoved.of(movement))
    return movement


def why_approval(uow: UnitOfWork, unit: ReceivedUnit) -> Why | None:
    """Why undoing this unit needs a supervisor, or None if the clerk may do it alone."""
    if unit.lpn is None:
        return None
    where = uow.inventory.lpn_location(unit.lpn)
    here = uow.inventory.location(where) if where else None
    if here is not None and here.zone is not Zone.RETURNS_STAGING:
        return Why.PUT_AWAY
    if uow.inventory.label_issued(unit.lpn):
        return Why.LABEL_PRINTED
    return None


def may_now(uow: UnitOfWork, session: Session, permission: Permission) -> bool:
    """Whether the user holds `permission` as the store has them now (role and active flag
    re-read, as the session guard does): a supervisor demoted since login no longer lifts a
    clerk's limits."""
    user = uow.users.get(session.user_id)
    return user is not None and user.can(permission)


def require_undo_allowed(
    uow: UnitOfWork, session: Session, unit: ReceivedUnit, approved_by: str | None
) -> Why | None:
    """Refuse an undo that needs a supervisor and has none (the session's own role, or an
    approval given for this unit); returns why one was needed."""
    why = why_approval(uow, unit)
    if (
        why is not None
        and approved_by is None
        and not may_now(uow, session, Permission.REVERSE_STOCK)
    ):
        raise DeskError(
            ErrorCode.APPROVAL_REQUIRED,
            why=why.value,
            unit=unit.id,
            seq=unit.seq,
            sku=unit.sku,
            lpn=unit.lpn,
        )
    return why


def shelved_zones(uow: UnitOfWork, receipt_id: str, sku: str, lpns: set[str]) -> set[Zone]:
    """Zones where units of this SKU from this return had been put away before their scan
    was undone (LPNs not in `lpns`, the units still in the return)."""
    zones: set[Zone] = set()
    for lpn in uow.inventory.reversed_lpns(receipt_id, sku):
        if lpn in lpns:
            continue
        history = uow.inventory.history(lpn)
        where = uow.inventory.location(history[-1].to_location) if history else None
        if where is not None and where.zone is not Zone.RETURNS_STAGING:
            zones.add(where.zone)
    return zones


def check_regrade(
    uow: UnitOfWork,
    session: Session,
    receipt_id: str,
    unit: ReceivedUnit,
    lpns: set[str],
    disposition: Disposition,
    zone: Zone,
) -> None:
    """A unit put away, undone and scanned again must not change where it goes by a grade
    alone: that is a supervisor's override (grade it as before, then override)."""
    if may_now(uow, session, Permission.OVERRIDE_DISPOSITION):
        return
    before = shelved_zones(uow, receipt_id, unit.sku, lpns)
    if before and zone not in before:
        raise DeskError(
            ErrorCode.DISPOSITION_CHANGE_NEEDS_OVERRIDE,
            sku=unit.sku,
            was=sorted(z.value for z in before)[0],
            disposition=disposition.value,
        )
