"""Use cases of stock: a graded unit enters returns staging under its LPN; put-away to the
destination bin (confirmed by scanning the bin label), batch put-away of a cart, later moves;
stock on hand and an LPN's history for the stock view; label reprints (audited)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from receiving_desk.domain.barcodes import make_lpn
from receiving_desk.domain.catalog import Product
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.events import StockMoved
from receiving_desk.domain.inventory import (
    Location,
    Movement,
    MoveReason,
    StockKey,
    Zone,
    check_put_away,
    destination,
)
from receiving_desk.domain.ports import Clock, LabelPrinter, UnitOfWork
from receiving_desk.domain.receipt import ReceivedUnit
from receiving_desk.domain.rules import Disposition
from receiving_desk.domain.users import Permission, Session
from receiving_desk.services.base import UseCases, new_id
from receiving_desk.services.blind_audit import require_not_held
from receiving_desk.services.labels import restock_label_data

LPN_COUNTER = "lpn"


@dataclass(frozen=True)
class CartLine:
    lpn: str
    sku: str
    location: str  # where the ledger has it now
    destination: str | None  # the bin it was graded for


def receive_into_staging(
    uow: UnitOfWork,
    unit: ReceivedUnit,
    product: Product,
    disposition: Disposition,
    grade: str,
    session: Session,
    receipt_id: str,
    lpn_prefix: str,
    clock: Clock,
) -> None:
    """Give a just-graded unit its LPN and destination and book it into returns staging —
    in the grading transaction, so a graded unit always has both."""
    zone_bins = uow.inventory.zone_bins()
    staging = zone_bins.get(Zone.RETURNS_STAGING)
    if staging is None:
        raise DeskError(ErrorCode.UNKNOWN_BIN, code=Zone.RETURNS_STAGING.value)
    if unit.lpn is None:
        unit.lpn = make_lpn(uow.inventory.next_value(LPN_COUNTER), lpn_prefix)
        movement = Movement(
            new_id(),
            unit.lpn,
            unit.sku,
            1,
            grade,
            None,
            staging,
            MoveReason.RECEIVED,
            session.user_id,
            clock.now(),
            receipt_id,
        )
        uow.inventory.append(movement)
        uow.outbox.put(StockMoved.of(movement))
    unit.destination = destination(disposition, product, zone_bins)


@dataclass(frozen=True)
class PutAway:
    lpn: str
    sku: str
    to_location: str
    other_bin: bool  # a different bin of the right zone was chosen


class InventoryService(UseCases):
    def __init__(
        self, uow_factory: Callable[[], UnitOfWork], clock: Clock, printer: LabelPrinter
    ) -> None:
        super().__init__(uow_factory, clock)
        self._printer = printer

    def put_away(self, session: Session, lpns: Sequence[str], bin_code: str) -> list[PutAway]:
        """Move LPNs to the scanned bin. A unit still in returns staging is put away and must
        go to its destination zone; a unit already shelved is simply moved."""
        session.require(Permission.RECEIVE, "put_away")
        if not lpns:
            raise DeskError(ErrorCode.NOTHING_TO_PUT_AWAY)
        done: list[PutAway] = []
        with self._uow() as uow:
            target = uow.inventory.location(bin_code)
            if target is None:
                raise DeskError(ErrorCode.UNKNOWN_BIN, code=bin_code)
            for lpn in lpns:
                done.append(self._move_one(uow, session, lpn, target))
            uow.commit()
        return done

    def _move_one(self, uow: UnitOfWork, session: Session, lpn: str, target: Location) -> PutAway:
        history = uow.inventory.history(lpn)
        owner = uow.inventory.unit_for_lpn(lpn)
        if history and history[-1].reason is MoveReason.REVERSED:
            raise DeskError(ErrorCode.LPN_REVERSED, code=lpn)
        if not history or owner is None:
            raise DeskError(ErrorCode.UNKNOWN_LPN, code=lpn)
        require_not_held(uow, lpn)
        last = history[-1]
        here = uow.inventory.location(last.to_location)
        staged = here is not None and here.zone is Zone.RETURNS_STAGING
        receipt = self._receipt(uow, owner[0])
        unit = receipt.unit(owner[1])
        other_bin = False
        if staged and unit.destination:
            expected = uow.inventory.location(unit.destination)
            if expected is None:
                raise DeskError(ErrorCode.UNKNOWN_BIN, code=unit.destination)
            other_bin = check_put_away(expected, target)
        if target.code == last.to_location:
            return PutAway(lpn, last.sku, target.code, False)  # already there: nothing to book
        reason = MoveReason.PUT_AWAY if staged else MoveReason.MOVED
        movement = Movement(
            new_id(),
            lpn,
            last.sku,
            1,
            last.grade,
            last.to_location,
            target.code,
            reason,
            session.user_id,
            self._clock.now(),
            receipt.id,
        )
        uow.inventory.append(movement)
        self._audit(
            uow,
            session,
            f"stock_{reason.value}",
            lpn,
            sku=last.sku,
            from_location=last.to_location,
            to_location=target.code,
            other_bin=other_bin,
        )
        uow.outbox.put(StockMoved.of(movement))
        return PutAway(lpn, last.sku, target.code, other_bin)

    def cart_line(self, lpn: str) -> CartLine:
        """An LPN on the put-away cart: what it is, where it is, where it should go."""
        with self._uow() as uow:
            history = uow.inventory.history(lpn)
            owner = uow.inventory.unit_for_lpn(lpn)
            if history and history[-1].reason is MoveReason.REVERSED:
                raise DeskError(ErrorCode.LPN_REVERSED, code=lpn)
            if not history or owner is None:
                raise DeskError(ErrorCode.UNKNOWN_LPN, code=lpn)
            unit = self._receipt(uow, owner[0]).unit(owner[1])
            return CartLine(lpn, history[-1].sku, history[-1].to_location, unit.destination)

    def check_lpn(self, lpn: str) -> str:
        """The location of an LPN (refuses an unknown one)."""
        with self._uow() as uow:
            where = uow.inventory.lpn_location(lpn)
        if where is None:
            raise DeskError(ErrorCode.UNKNOWN_LPN, code=lpn)
        return where

    def stock(
        self, sku: str | None = None, location: str | None = None, lpn: str | None = None
    ) -> dict[StockKey, int]:
        with self._uow() as uow:
            return uow.inventory.on_hand(sku, location, lpn)

    def history(self, lpn: str) -> list[Movement]:
        with self._uow() as uow:
            return uow.inventory.history(lpn)

    def people(self, user_ids: Sequence[str]) -> dict[str, str]:
        """User id -> the person's name, for screens that show who did something."""
        with self._uow() as uow:
            return {uid: user.name for uid in set(user_ids) if (user := uow.users.get(uid))}

    def reprint(self, session: Session, lpn: str) -> str:
        """Print an LPN's restock label again: its last label, or one made from the unit's
        stored data if it never had one. The job and its audit entry commit together."""
        session.require(Permission.RECEIVE, "reprint")
        with self._uow() as uow:
            owner = uow.inventory.unit_for_lpn(lpn)
            if owner is None or uow.inventory.lpn_location(lpn) is None:
                raise DeskError(ErrorCode.UNKNOWN_LPN, code=lpn)
            receipt = self._receipt(uow, owner[0])
            unit = receipt.unit(owner[1])
            product = uow.catalog.by_sku(unit.sku)
            if product is None or unit.inspection is None:
                raise DeskError(ErrorCode.NO_LABEL, code=lpn)
            job = uow.labels.reprint(restock_label_data(unit, product, receipt))
            self._audit(uow, session, "label_reprinted", lpn, job=job)
            uow.commit()
        self._printer.wake()
        return job
