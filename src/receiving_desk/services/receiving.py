"""Use cases of receiving a return: open the parcel, record items, grade, complete, void.

Each use case is one unit of work: it loads the receipt, lets the domain change it, saves it
with its audit entries and outgoing messages, and commits before returning. Only then may the
GUI show the step as done. Permissions are checked here, whatever the GUI shows.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from receiving_desk.domain.audit import AuditEntry
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.ports import Clock, UnitOfWork
from receiving_desk.domain.receipt import (
    Inspection,
    LineState,
    ParcelReceipt,
    ReceivedUnit,
)
from receiving_desk.domain.rma import ReturnAuthorization, RmaStatus
from receiving_desk.domain.rules import RuleSet
from receiving_desk.domain.users import Permission, Session


def _new_id() -> str:
    return str(uuid.uuid4())


class ReceivingService:
    def __init__(self, uow_factory: Callable[[], UnitOfWork], rules: RuleSet, clock: Clock) -> None:
        self._uow = uow_factory
        self._rules = rules
        self._clock = clock

    @property
    def rules(self) -> RuleSet:
        return self._rules

    # -- helpers -------------------------------------------------------------------------------
    def _audit(
        self, uow: UnitOfWork, session: Session, action: str, subject: str, **details: Any
    ) -> None:
        entry = AuditEntry(
            _new_id(),
            self._clock.now(),
            session.station_id,
            session.user_id,
            action,
            subject,
            details,
        )
        uow.audit.append(entry)

    @staticmethod
    def _receipt(uow: UnitOfWork, receipt_id: str) -> ParcelReceipt:
        receipt = uow.receipts.get(receipt_id)
        if receipt is None:
            raise DeskError(ErrorCode.NO_OPEN_PARCEL)
        return receipt

    @staticmethod
    def _rma(uow: UnitOfWork, rma_number: str) -> ReturnAuthorization:
        rma = uow.rmas.by_number(rma_number)
        if rma is None:
            raise DeskError(ErrorCode.RMA_NOT_FOUND, code=rma_number)
        return rma

    # -- queries -------------------------------------------------------------------------------
    def open_receipt_for_station(self, station_id: str) -> ParcelReceipt | None:
        with self._uow() as uow:
            return uow.receipts.open_for_station(station_id)

    # -- use cases -----------------------------------------------------------------------------
    def open_parcel(
        self, session: Session, rma_number: str | None, tracking: str | None, scanned_code: str
    ) -> ParcelReceipt:
        """Open the parcel for an RMA found by its number or a tracking number on the box."""
        session.require(Permission.RECEIVE)
        with self._uow() as uow:
            rma = uow.rmas.by_number(rma_number) if rma_number else None
            if rma is None and tracking:
                rma = uow.rmas.by_tracking(tracking)
            if rma is None:
                raise DeskError(ErrorCode.RMA_NOT_FOUND, code=scanned_code)
            if rma.status is not RmaStatus.OPEN:
                raise DeskError(ErrorCode.RMA_CLOSED, rma=rma.rma_number, status=rma.status.value)
            here = uow.receipts.open_for_station(session.station_id)
            if here is not None:
                if here.rma_number == rma.rma_number:
                    return here  # scanning the slip again just shows the open parcel
                raise DeskError(ErrorCode.PARCEL_ALREADY_OPEN, rma=here.rma_number)
            elsewhere = uow.receipts.open_for_rma(rma.rma_number)
            if elsewhere is not None:
                raise DeskError(
                    ErrorCode.PARCEL_ALREADY_OPEN, rma=rma.rma_number, station=elsewhere.station_id
                )
            receipt = ParcelReceipt(
                id=_new_id(),
                rma_number=rma.rma_number,
                station_id=session.station_id,
                opened_by=session.user_id,
                opened_at=self._clock.now(),
                scanned_code=scanned_code,
            )
            uow.receipts.add(receipt)
            self._audit(uow, session, "parcel_opened", receipt.id, rma=rma.rma_number)
            uow.outbox.put(
                "return.received",
                receipt.id,
                {
                    "receipt_id": receipt.id,
                    "rma": rma.rma_number,
                    "station": session.station_id,
                    "clerk": session.user_id,
                    "at": receipt.opened_at.isoformat(),
                    "scanned_code": scanned_code,
                },
            )
            uow.commit()
            return receipt

    def record_item(
        self,
        session: Session,
        receipt_id: str,
        scanned_code: str,
        gtin14: str | None = None,
        sku: str | None = None,
        serial: str | None = None,
    ) -> ReceivedUnit:
        session.require(Permission.RECEIVE)
        with self._uow() as uow:
            receipt = self._receipt(uow, receipt_id)
            product = uow.catalog.by_gtin(gtin14) if gtin14 else None
            if product is None and sku:
                product = uow.catalog.by_sku(sku)
            if product is None:
                raise DeskError(ErrorCode.UNKNOWN_ITEM, code=scanned_code)
            rma = self._rma(uow, receipt.rma_number)
            unit = receipt.add_unit(
                _new_id(),
                rma,
                product,
                scanned_code,
                gtin14,
                self._clock.now(),
                session.user_id,
                serial,
            )
            uow.receipts.save(receipt)
            uow.commit()
            return unit

    def grade_unit(
        self,
        session: Session,
        receipt_id: str,
        grade: str,
        condition_codes: tuple[str, ...] = (),
        note: str = "",
    ) -> ReceivedUnit:
        session.require(Permission.RECEIVE)
        self._rules.check_grade(grade)
        with self._uow() as uow:
            receipt = self._receipt(uow, receipt_id)
            unit = receipt.unit_to_grade
            if unit is None:
                raise DeskError(ErrorCode.NO_UNIT_TO_GRADE)
            product = uow.catalog.by_sku(unit.sku)
            assert product is not None  # units are only created for catalog products
            decision = self._rules.decide(grade, product.category)
            inspection = Inspection(
                grade, condition_codes, note, session.user_id, self._clock.now(), decision
            )
            receipt.record_inspection(unit.id, inspection)
            uow.receipts.save(receipt)
            uow.outbox.put(
                "unit.inspected",
                unit.id,
                {
                    "receipt_id": receipt.id,
                    "unit_id": unit.id,
                    "rma": receipt.rma_number,
                    "sku": unit.sku,
                    "line_no": unit.line_no,
                    "match": unit.match.value,
                    "grade": grade,
                    "condition_codes": list(condition_codes),
                    "note": note,
                    "disposition": decision.disposition.value,
                    "rule_id": decision.rule_id,
                    "rule_version": decision.rule_version,
                    "inspector": session.user_id,
                    "at": inspection.inspected_at.isoformat(),
                },
            )
            uow.commit()
            return unit

    def complete(self, session: Session, receipt_id: str) -> ParcelReceipt:
        session.require(Permission.RECEIVE)
        with self._uow() as uow:
            receipt = self._receipt(uow, receipt_id)
            receipt.complete(self._clock.now(), session.user_id)
            rma = self._rma(uow, receipt.rma_number)
            if all(p.state is LineState.RECEIVED for p in receipt.progress(rma)):
                uow.rmas.set_status(rma.rma_number, RmaStatus.RECEIVED.value)
            uow.receipts.save(receipt)
            self._audit(uow, session, "return_completed", receipt.id, rma=receipt.rma_number)
            uow.outbox.put(
                "return.completed",
                receipt.id,
                {
                    "receipt_id": receipt.id,
                    "rma": receipt.rma_number,
                    "station": receipt.station_id,
                    "completed_by": session.user_id,
                    "at": receipt.completed_at.isoformat() if receipt.completed_at else None,
                    "units": [
                        {
                            "unit_id": u.id,
                            "sku": u.sku,
                            "match": u.match.value,
                            "grade": u.inspection.grade if u.inspection else None,
                            "disposition": (
                                u.inspection.decision.disposition.value if u.inspection else None
                            ),
                        }
                        for u in receipt.units
                    ],
                },
            )
            uow.commit()
            return receipt

    def void(self, session: Session, receipt_id: str, reason: str) -> ParcelReceipt:
        """Void an open return (e.g. opened on the wrong RMA). Supervisors only; audited."""
        session.require(Permission.VOID_RETURN)
        with self._uow() as uow:
            receipt = self._receipt(uow, receipt_id)
            receipt.void(self._clock.now(), session.user_id, reason)
            uow.receipts.save(receipt)
            self._audit(
                uow,
                session,
                "return_voided",
                receipt.id,
                reason=reason.strip(),
                rma=receipt.rma_number,
                units=len(receipt.units),
            )
            uow.outbox.put(
                "return.voided",
                receipt.id,
                {"receipt_id": receipt.id, "rma": receipt.rma_number, "reason": reason.strip()},
            )
            uow.commit()
            return receipt

    def undo_last_scan(self, session: Session, receipt_id: str) -> ReceivedUnit:
        session.require(Permission.RECEIVE)
        with self._uow() as uow:
            receipt = self._receipt(uow, receipt_id)
            unit = receipt.remove_last_unit()
            uow.receipts.save(receipt)
            self._audit(
                uow,
                session,
                "scan_undone",
                receipt.id,
                unit=unit.id,
                sku=unit.sku,
                code=unit.scanned_code,
            )
            if unit.inspection is not None:  # the central side already heard of it
                uow.outbox.put(
                    "unit.withdrawn",
                    unit.id,
                    {"receipt_id": receipt.id, "unit_id": unit.id, "by": session.user_id},
                )
            uow.commit()
            return unit
