"""Use cases of receiving a parcel: open it (by RMA, tracking number, look-up, or blind),
record the items in it, complete, void or set it aside, undo a scan.

Each use case is one unit of work: it loads the receipt, lets the domain change it, saves it
with its audit entries and outgoing messages, and commits before returning. Only then may the
GUI show the step as done. Permissions are checked here, whatever the GUI shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.events import (
    Discrepancy,
    ReturnCompleted,
    ReturnReceived,
    ReturnSetAside,
    ReturnVoided,
    UnitWithdrawn,
)
from receiving_desk.domain.flags import Flag, FlagKind
from receiving_desk.domain.ports import Clock, UnitOfWork
from receiving_desk.domain.receipt import LineState, ParcelReceipt, ReceivedUnit
from receiving_desk.domain.reconciliation import reconcile
from receiving_desk.domain.rma import ReturnAuthorization, RmaStatus
from receiving_desk.domain.users import Permission, Session
from receiving_desk.domain.weight_checks import weight_flags
from receiving_desk.domain.weights import WeightPolicy
from receiving_desk.fault_points import crash_point
from receiving_desk.services.approval import Approval
from receiving_desk.services.audit_resolution import final_outcomes
from receiving_desk.services.base import UseCases, new_id
from receiving_desk.services.stock_reversal import require_undo_allowed, reverse_unit


@dataclass(frozen=True)
class ToConfirm:
    """Completing waits for a deliberate "yes": no units, or discrepancies."""

    units: int
    flags: list[Flag]


class ReceivingService(UseCases):
    # Called after a completion's commit (the evidence worker's wake: a fraud-flagged return's
    # pack job is in that commit); set by the composition root.
    on_completed: Callable[[], None] | None = None

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        clock: Clock,
        weights: WeightPolicy | Callable[[], WeightPolicy] | None = None,
    ) -> None:
        super().__init__(uow_factory, clock)
        # the [weights] of the rules in force (a callable follows a new rules file): flags at
        # completion
        fixed = WeightPolicy() if weights is None or callable(weights) else weights
        self._weights = weights if callable(weights) else lambda: fixed

    def _flags(
        self, uow: UnitOfWork, receipt: ParcelReceipt, rma: ReturnAuthorization | None
    ) -> list[Flag]:
        """The return's discrepancies: what arrived against the RMA, then what it weighed."""
        flags = reconcile(rma, receipt.units, final=True)
        weighed = weight_flags(receipt, rma, uow.catalog.by_sku, self._weights())
        if any(f.kind is FlagKind.EMPTY_BOX for f in weighed):  # one empty box, with its weight
            flags = [f for f in flags if f.kind is not FlagKind.EMPTY_BOX]
        return flags + weighed

    # -- queries -------------------------------------------------------------------------------
    def open_receipt_for_station(self, station_id: str) -> ParcelReceipt | None:
        with self._uow() as uow:
            return uow.receipts.open_for_station(station_id)

    def look_up(self, text: str) -> list[ReturnAuthorization]:
        """Open RMAs an unexpected parcel may belong to: by order number, customer number or
        an item's serial number (the clerk types or scans whichever they have)."""
        with self._uow() as uow:
            found = uow.rmas.by_order(text) or uow.rmas.open_for_customer(text)
            if not found and (by_serial := uow.rmas.by_serial(text)) is not None:
                found = [by_serial]
        return [r for r in found if r.status is RmaStatus.OPEN]

    # -- opening -------------------------------------------------------------------------------
    def _new_receipt(
        self, uow: UnitOfWork, session: Session, rma: ReturnAuthorization | None, code: str
    ) -> ParcelReceipt:
        here = uow.receipts.open_for_station(session.station_id)
        if here is not None:
            if rma is not None and here.rma_number == rma.rma_number:
                return here  # scanning the slip again just shows the open parcel
            raise DeskError(ErrorCode.PARCEL_ALREADY_OPEN, rma=here.rma_number or here.id)
        if rma is not None:
            if rma.status is not RmaStatus.OPEN:
                raise DeskError(ErrorCode.RMA_CLOSED, rma=rma.rma_number, status=rma.status.value)
            elsewhere = uow.receipts.open_for_rma(rma.rma_number)
            if elsewhere is not None:
                raise DeskError(
                    ErrorCode.PARCEL_ALREADY_OPEN, rma=rma.rma_number, station=elsewhere.station_id
                )
        receipt = ParcelReceipt(
            id=new_id(),
            rma_number=rma.rma_number if rma else None,
            station_id=session.station_id,
            opened_by=session.user_id,
            opened_at=self._clock.now(),
            scanned_code=code,
        )
        uow.receipts.add(receipt)
        self._audit(
            uow,
            session,
            "parcel_opened" if rma else "blind_receipt_opened",
            receipt.id,
            rma=receipt.rma_number,
            code=code,
        )
        uow.outbox.put(
            ReturnReceived(
                receipt_id=receipt.id,
                rma_number=receipt.rma_number,
                station_id=session.station_id,
                clerk_id=session.user_id,
                opened_at=receipt.opened_at,
                scanned_code=code,
                blind=rma is None,
            )
        )
        return receipt

    def open_parcel(
        self, session: Session, rma_number: str | None, tracking: str | None, scanned_code: str
    ) -> ParcelReceipt:
        """Open the parcel for an RMA found by its number or a tracking number on the box."""
        session.require(Permission.RECEIVE, "open_parcel")
        with self._uow() as uow:
            rma = uow.rmas.by_number(rma_number) if rma_number else None
            if rma is None and tracking:
                rma = uow.rmas.by_tracking(tracking)
            if rma is None:
                raise DeskError(ErrorCode.RMA_NOT_FOUND, code=scanned_code)
            receipt = self._new_receipt(uow, session, rma, scanned_code)
            uow.commit()
            return receipt

    def open_blind(self, session: Session, scanned_code: str) -> ParcelReceipt:
        """No RMA could be found: receive the parcel anyway; every item is flagged."""
        session.require(Permission.RECEIVE, "open_blind")
        with self._uow() as uow:
            receipt = self._new_receipt(uow, session, None, scanned_code)
            uow.commit()
            return receipt

    def set_aside(
        self, session: Session, receipt_id: str | None, scanned_code: str, reason: str
    ) -> ParcelReceipt:
        """Park a parcel for a supervisor (the open one, or an unexpected one not yet opened)."""
        session.require(Permission.RECEIVE, "set_aside")
        with self._uow() as uow:
            if receipt_id is None:
                receipt = self._new_receipt(uow, session, None, scanned_code)
            else:
                receipt = self._receipt(uow, receipt_id)
            now = self._clock.now()
            receipt.set_aside(now, session.user_id, reason)
            uow.receipts.save(receipt)
            self._audit(
                uow,
                session,
                "parcel_set_aside",
                receipt.id,
                reason=reason,
                code=receipt.scanned_code,
                rma=receipt.rma_number,
            )
            uow.outbox.put(
                ReturnSetAside(
                    receipt_id=receipt.id,
                    rma_number=receipt.rma_number,
                    reason=reason,
                    scanned_code=receipt.scanned_code,
                    set_aside_by=session.user_id,
                    set_aside_at=now,
                )
            )
            uow.commit()
            return receipt

    # -- items ---------------------------------------------------------------------------------
    def record_item(
        self,
        session: Session,
        receipt_id: str,
        scanned_code: str,
        gtin14: str | None = None,
        sku: str | None = None,
        serial: str | None = None,
    ) -> ReceivedUnit:
        session.require(Permission.RECEIVE, "record_item")
        with self._uow() as uow:
            receipt = self._receipt(uow, receipt_id)
            product = uow.catalog.by_gtin(gtin14) if gtin14 else None
            if product is None and sku:
                product = uow.catalog.by_sku(sku)
            if product is None:
                raise DeskError(ErrorCode.UNKNOWN_ITEM, code=scanned_code)
            unit = receipt.add_unit(
                new_id(),
                self._rma(uow, receipt),
                product,
                scanned_code,
                gtin14,
                self._clock.now(),
                session.user_id,
                serial,
            )
            uow.receipts.save(receipt)
            uow.commit()
        crash_point("after_unit_recorded")
        return unit

    def undo_last_scan(
        self, session: Session, receipt_id: str, approval: Approval | None = None
    ) -> ReceivedUnit:
        """Take the last scanned unit out of the return, and its stock out of the ledger.
        A unit labelled or put away needs a supervisor: their role, or their `approval` of
        this very unit (refused: APPROVAL_REQUIRED, audited)."""
        session.require(Permission.RECEIVE, "undo_last_scan")
        with self._uow() as uow:
            receipt = self._receipt(uow, receipt_id)
            last = receipt.units[-1] if receipt.units else None
            approved_by = None
            if (
                approval is not None
                and last is not None
                and approval.covers("undo_scan", last.id, session.user_id)
            ):
                approved_by = approval.supervisor_id  # given for this unit, in this session
            why = None
            if last is not None:
                try:
                    why = require_undo_allowed(uow, session, last, approved_by)
                except DeskError as refused:
                    self._audit(uow, session, "undo_refused", receipt.id, **refused.params)
                    uow.commit()
                    raise
            unit = receipt.remove_last_unit()
            extra = {"why_approval": why.value, "approved_by": approved_by} if why else {}
            self._withdrawn(uow, session, receipt, unit, "scan_undone", **extra)
            uow.commit()
            return unit

    def cancel_unit(self, session: Session, receipt_id: str) -> ReceivedUnit:
        """Cancel the unit waiting for its grade (scanned by mistake)."""
        session.require(Permission.RECEIVE, "cancel_unit")
        with self._uow() as uow:
            receipt = self._receipt(uow, receipt_id)
            waiting = receipt.unit_to_grade
            if waiting is None:
                raise DeskError(ErrorCode.NO_UNIT_TO_GRADE)
            unit = receipt.remove_unit(waiting.id)
            self._withdrawn(uow, session, receipt, unit, "unit_cancelled")  # reverses any stock
            uow.commit()
            return unit

    def _withdrawn(
        self,
        uow: UnitOfWork,
        session: Session,
        receipt: ParcelReceipt,
        unit: ReceivedUnit,
        action: str,
        **details: str | None,
    ) -> None:
        uow.receipts.save(receipt)
        reversed_ = reverse_unit(uow, unit.lpn, session.user_id, self._clock)
        self._audit(
            uow,
            session,
            action,
            receipt.id,
            unit=unit.id,
            sku=unit.sku,
            code=unit.scanned_code,
            lpn=unit.lpn,
            stock_reversed_at=reversed_.to_location if reversed_ else None,
            **details,
        )
        if unit.inspection is not None:  # the central side already heard of it
            uow.outbox.put(
                UnitWithdrawn(
                    receipt_id=receipt.id,
                    unit_id=unit.id,
                    withdrawn_by=session.user_id,
                    withdrawn_at=self._clock.now(),
                )
            )

    # -- closing -------------------------------------------------------------------------------
    def complete(self, session: Session, receipt_id: str) -> ParcelReceipt:
        done = self._complete(session, receipt_id, ask_first=False)
        assert isinstance(done, ParcelReceipt)
        return done

    def complete_or_ask(self, session: Session, receipt_id: str) -> ParcelReceipt | ToConfirm:
        """Complete the return unless it has no units or has discrepancies: then nothing is
        written and what to confirm is returned — read in the same transaction that would
        have completed it (one transaction for a scan of CMD-COMPLETE, not a check and then
        the completion)."""
        return self._complete(session, receipt_id, ask_first=True)

    def _complete(
        self, session: Session, receipt_id: str, ask_first: bool
    ) -> ParcelReceipt | ToConfirm:
        session.require(Permission.RECEIVE, "complete")
        with self._uow() as uow:
            receipt = self._receipt(uow, receipt_id)
            rma = self._rma(uow, receipt)
            ungraded = [u.seq for u in receipt.units if not u.graded]
            if ungraded:
                raise DeskError(ErrorCode.UNITS_NOT_GRADED, count=len(ungraded))
            flags = self._flags(uow, receipt, rma)
            if ask_first and (not receipt.units or flags):
                return ToConfirm(len(receipt.units), flags)  # nothing written
            receipt.complete(self._clock.now(), session.user_id, flags)
            if rma is not None and all(
                p.state is LineState.RECEIVED for p in receipt.progress(rma)
            ):
                uow.rmas.set_status(rma.rma_number, RmaStatus.RECEIVED.value)
            uow.receipts.save(receipt)
            self._audit(
                uow,
                session,
                "return_completed",
                receipt.id,
                rma=receipt.rma_number,
                flags=[f.kind.value for f in flags],
            )
            assert receipt.completed_at is not None  # set by complete() just above
            uow.outbox.put(
                ReturnCompleted(
                    receipt_id=receipt.id,
                    rma_number=receipt.rma_number,
                    station_id=receipt.station_id,
                    completed_by=session.user_id,
                    completed_at=receipt.completed_at,
                    flags=Discrepancy.numbered(flags),
                    units=final_outcomes(uow, receipt),  # an audit's final grade counts
                    parcel_grams=receipt.parcel_grams,
                )
            )
            uow.commit()
        crash_point("after_completion_commit")  # its evidence job, if any, is committed
        if self.on_completed is not None:
            self.on_completed()
        return receipt

    def void(self, session: Session, receipt_id: str, reason: str) -> ParcelReceipt:
        """Void an open return (e.g. opened on the wrong RMA). Supervisors only; audited."""
        session.require(Permission.VOID_RETURN, "void")
        with self._uow() as uow:
            receipt = self._receipt(uow, receipt_id)
            now = self._clock.now()
            receipt.void(now, session.user_id, reason)
            uow.receipts.save(receipt)
            # Nothing of a voided return stays on hand: each graded unit's stock is reversed.
            reversed_ = [
                m.lpn
                for unit in receipt.units
                if (m := reverse_unit(uow, unit.lpn, session.user_id, self._clock)) is not None
            ]
            self._audit(
                uow,
                session,
                "return_voided",
                receipt.id,
                reason=reason.strip(),
                rma=receipt.rma_number,
                units=len(receipt.units),
                stock_reversed=reversed_,
            )
            uow.outbox.put(
                ReturnVoided(
                    receipt_id=receipt.id,
                    rma_number=receipt.rma_number,
                    reason=reason.strip(),
                    voided_by=session.user_id,
                    voided_at=now,
                )
            )
            uow.commit()
            return receipt
