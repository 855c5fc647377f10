"""What every use case shares: a unit of work per call, audit entries, loading the receipt."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from receiving_desk.domain.audit import AuditEntry
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.ports import Clock, DirectoryWork, UnitOfWork
from receiving_desk.domain.receipt import ParcelReceipt
from receiving_desk.domain.rma import ReturnAuthorization
from receiving_desk.domain.users import Session


def new_id() -> str:
    return str(uuid.uuid4())


def record_audit(
    uow: DirectoryWork,
    clock: Clock,
    station_id: str,
    user_id: str | None,
    action: str,
    subject: str,
    details: dict[str, Any] | None = None,
) -> None:
    """The one way an audit entry is made: in the caller's unit of work, so it commits (or
    not) with the change it records."""
    uow.audit.append(
        AuditEntry(new_id(), clock.now(), station_id, user_id, action, subject, details or {})
    )


class UseCases:
    def __init__(self, uow_factory: Callable[[], UnitOfWork], clock: Clock) -> None:
        self._uow = uow_factory
        self._clock = clock

    def _audit(
        self, uow: UnitOfWork, session: Session, action: str, subject: str, **details: Any
    ) -> None:
        record_audit(
            uow, self._clock, session.station_id, session.user_id, action, subject, details
        )

    @staticmethod
    def _receipt(uow: UnitOfWork, receipt_id: str) -> ParcelReceipt:
        receipt = uow.receipts.get(receipt_id)
        if receipt is None:
            raise DeskError(ErrorCode.NO_OPEN_PARCEL)
        return receipt

    @staticmethod
    def _rma(uow: UnitOfWork, receipt: ParcelReceipt) -> ReturnAuthorization | None:
        if receipt.rma_number is None:
            return None  # a blind receipt
        rma = uow.rmas.by_number(receipt.rma_number)
        if rma is None:
            raise DeskError(ErrorCode.RMA_NOT_FOUND, code=receipt.rma_number)
        return rma
