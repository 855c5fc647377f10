"""The parcel receipt: one physical return being processed at a desk.

It is the aggregate the services load, change and save as a whole: the units scanned into it,
their inspections and the decisions taken. Its methods enforce the rules of the flow.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from receiving_desk.domain.catalog import Product
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.rma import ReturnAuthorization
from receiving_desk.domain.rules import Decision


class ReceiptStatus(StrEnum):
    OPEN = "open"
    COMPLETED = "completed"
    VOIDED = "voided"


class MatchStatus(StrEnum):
    MATCHED = "matched"
    NOT_ON_RMA = "not_on_rma"
    OVER_QUANTITY = "over_quantity"


class LineState(StrEnum):
    PENDING = "pending"
    PARTIAL = "partial"
    RECEIVED = "received"


@dataclass(frozen=True)
class Inspection:
    grade: str
    condition_codes: tuple[str, ...]
    note: str
    inspector_id: str
    inspected_at: datetime
    decision: Decision


@dataclass
class ReceivedUnit:
    id: str
    seq: int
    scanned_code: str
    sku: str
    gtin14: str | None
    line_no: int | None
    match: MatchStatus
    scanned_at: datetime
    scanned_by: str
    serial: str | None = None
    inspection: Inspection | None = None

    @property
    def graded(self) -> bool:
        return self.inspection is not None


@dataclass(frozen=True)
class LineProgress:
    line_no: int
    sku: str
    declared: int
    received: int

    @property
    def state(self) -> LineState:
        if self.received == 0:
            return LineState.PENDING
        return LineState.RECEIVED if self.received >= self.declared else LineState.PARTIAL


@dataclass
class ParcelReceipt:
    id: str
    rma_number: str
    station_id: str
    opened_by: str
    opened_at: datetime
    scanned_code: str  # what opened it: the RMA slip or a tracking number
    status: ReceiptStatus = ReceiptStatus.OPEN
    units: list[ReceivedUnit] = field(default_factory=list)
    completed_at: datetime | None = None
    completed_by: str | None = None
    void_reason: str | None = None

    # -- queries ---------------------------------------------------------------------------
    def unit(self, unit_id: str) -> ReceivedUnit:
        for unit in self.units:
            if unit.id == unit_id:
                return unit
        raise KeyError(unit_id)

    @property
    def unit_to_grade(self) -> ReceivedUnit | None:
        """The oldest ungraded unit: grading follows scan order so none is skipped."""
        return next((u for u in self.units if not u.graded), None)

    def progress(self, rma: ReturnAuthorization) -> list[LineProgress]:
        counts = Counter(u.line_no for u in self.units if u.line_no is not None)
        return [
            LineProgress(line.line_no, line.sku, line.quantity, counts[line.line_no])
            for line in rma.lines
        ]

    # -- changes ---------------------------------------------------------------------------
    def _require_open(self) -> None:
        if self.status is not ReceiptStatus.OPEN:
            raise DeskError(ErrorCode.RETURN_NOT_OPEN, status=self.status.value)

    def add_unit(
        self,
        unit_id: str,
        rma: ReturnAuthorization,
        product: Product,
        scanned_code: str,
        gtin14: str | None,
        at: datetime,
        user_id: str,
        serial: str | None = None,
    ) -> ReceivedUnit:
        """Record a scanned item and match it against the declared lines."""
        self._require_open()
        line_no, match = self._match(rma, product)
        unit = ReceivedUnit(
            id=unit_id,
            seq=len(self.units) + 1,
            scanned_code=scanned_code,
            sku=product.sku,
            gtin14=gtin14,
            line_no=line_no,
            match=match,
            scanned_at=at,
            scanned_by=user_id,
            serial=serial,
        )
        self.units.append(unit)
        return unit

    def _match(self, rma: ReturnAuthorization, product: Product) -> tuple[int | None, MatchStatus]:
        progress = {p.line_no: p for p in self.progress(rma)}
        same_sku = [line for line in rma.lines if line.sku == product.sku]
        if not same_sku:
            return None, MatchStatus.NOT_ON_RMA
        for line in same_sku:  # fill lines in order; an extra unit beyond all is "over"
            if progress[line.line_no].received < line.quantity:
                return line.line_no, MatchStatus.MATCHED
        return None, MatchStatus.OVER_QUANTITY

    def record_inspection(self, unit_id: str, inspection: Inspection) -> ReceivedUnit:
        self._require_open()
        unit = self.unit(unit_id)
        unit.inspection = inspection
        return unit

    def remove_last_unit(self) -> ReceivedUnit:
        self._require_open()
        if not self.units:
            raise DeskError(ErrorCode.NOTHING_TO_UNDO)
        return self.units.pop()

    def complete(self, at: datetime, user_id: str) -> None:
        self._require_open()
        ungraded = [u.seq for u in self.units if not u.graded]
        if ungraded:
            raise DeskError(ErrorCode.UNITS_NOT_GRADED, count=len(ungraded))
        self.status = ReceiptStatus.COMPLETED
        self.completed_at = at
        self.completed_by = user_id

    def void(self, at: datetime, user_id: str, reason: str) -> None:
        self._require_open()
        if not reason.strip():
            raise DeskError(ErrorCode.REASON_REQUIRED)
        self.status = ReceiptStatus.VOIDED
        self.completed_at = at
        self.completed_by = user_id
        self.void_reason = reason.strip()
