"""The parcel receipt: one physical return being processed at a desk.

It is the aggregate the services load, change and save as a whole: the units scanned into it,
their inspections and the decisions taken. Its methods enforce the rules of the flow.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from receiving_desk.domain.catalog import Product
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.flags import Flag
from receiving_desk.domain.rma import ReturnAuthorization
from receiving_desk.domain.rules import Decision, Disposition


class ReceiptStatus(StrEnum):
    OPEN = "open"
    COMPLETED = "completed"
    VOIDED = "voided"
    SET_ASIDE = "set_aside"  # parked for a supervisor (e.g. an unexpected parcel)


class MatchStatus(StrEnum):
    MATCHED = "matched"
    NOT_ON_RMA = "not_on_rma"
    OVER_QUANTITY = "over_quantity"


class LineState(StrEnum):
    PENDING = "pending"
    PARTIAL = "partial"
    RECEIVED = "received"


@dataclass(frozen=True)
class Override:
    """A supervisor's change of the proposed disposition; the proposal is kept beside it."""

    disposition: Disposition
    reason: str
    by: str
    at: datetime


@dataclass(frozen=True)
class Inspection:
    grade: str
    condition_codes: tuple[str, ...]
    note: str
    inspector_id: str
    inspected_at: datetime
    decision: Decision  # what the rules proposed (rule id and version kept forever)
    checklist: tuple[tuple[str, bool], ...] = ()
    photos: tuple[str, ...] = ()
    window: str = "inside"  # "inside" / "lenient" / "outside": the return window when graded
    override: Override | None = None

    @property
    def disposition(self) -> Disposition:
        return self.override.disposition if self.override else self.decision.disposition


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
    # Inspection in progress: committed as the clerk answers, so a crash loses none of it.
    checklist: dict[str, bool] = field(default_factory=dict)
    conditions: set[str] = field(default_factory=set)
    photos: list[str] = field(default_factory=list)
    lpn: str | None = None  # license plate, given when graded
    destination: str | None = None  # the bin it should be put away to
    weighed_grams: int | None = None  # its stable weight at inspection (domain/weights.py)

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
    rma_number: str | None  # None: a blind receipt (no RMA found)
    station_id: str
    opened_by: str
    opened_at: datetime
    scanned_code: str  # what opened it: the RMA slip or a tracking number
    status: ReceiptStatus = ReceiptStatus.OPEN
    units: list[ReceivedUnit] = field(default_factory=list)
    completed_at: datetime | None = None
    completed_by: str | None = None
    void_reason: str | None = None
    flags: list[Flag] = field(default_factory=list)  # discrepancies, final at completion
    parcel_grams: int | None = None  # the parcel's stable weight before it was opened

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

    def progress(self, rma: ReturnAuthorization | None) -> list[LineProgress]:
        if rma is None:
            return []
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
        rma: ReturnAuthorization | None,
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
            seq=max((u.seq for u in self.units), default=0) + 1,
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

    def _match(
        self, rma: ReturnAuthorization | None, product: Product
    ) -> tuple[int | None, MatchStatus]:
        if rma is None:
            return None, MatchStatus.NOT_ON_RMA
        progress = {p.line_no: p for p in self.progress(rma)}
        same_sku = [line for line in rma.lines if line.sku == product.sku]
        if not same_sku:
            return None, MatchStatus.NOT_ON_RMA
        for line in same_sku:  # fill lines in order; an extra unit beyond all is "over"
            if progress[line.line_no].received < line.quantity:
                return line.line_no, MatchStatus.MATCHED
        return None, MatchStatus.OVER_QUANTITY

    def _ungraded(self, unit_id: str) -> ReceivedUnit:
        self._require_open()
        unit = self.unit(unit_id)
        if unit.graded:
            raise DeskError(ErrorCode.NO_UNIT_TO_GRADE)
        return unit

    def answer_check(self, unit_id: str, code: str, passed: bool) -> ReceivedUnit:
        unit = self._ungraded(unit_id)
        unit.checklist[code] = passed
        return unit

    def toggle_condition(self, unit_id: str, code: str) -> ReceivedUnit:
        unit = self._ungraded(unit_id)
        unit.conditions ^= {code}
        return unit

    def add_photo(self, unit_id: str, photo: str) -> ReceivedUnit:
        self._require_open()
        unit = self.unit(unit_id)
        unit.photos.append(photo)
        return unit

    def record_inspection(self, unit_id: str, inspection: Inspection) -> ReceivedUnit:
        unit = self._ungraded(unit_id)
        unit.inspection = inspection
        return unit

    def override(self, unit_id: str, override: Override) -> ReceivedUnit:
        self._require_open()
        unit = self.unit(unit_id)
        if unit.inspection is None:
            raise DeskError(ErrorCode.NO_UNIT_TO_GRADE)
        if not override.reason.strip():
            raise DeskError(ErrorCode.REASON_REQUIRED)
        unit.inspection = replace(unit.inspection, override=override)
        return unit

    def weigh_parcel(self, grams: int) -> None:
        """The parcel as it came, before anything was taken out: only until the first item
        is scanned (after that the box is open and its weight says nothing)."""
        self._require_open()
        if self.units:
            raise DeskError(ErrorCode.PARCEL_ALREADY_UNPACKED)
        self.parcel_grams = grams

    def weigh_unit(self, grams: int) -> ReceivedUnit:
        """The unit waiting for its grade, weighed at inspection (again: the last counts)."""
        self._require_open()
        unit = self.unit_to_grade
        if unit is None:
            raise DeskError(ErrorCode.NO_UNIT_TO_GRADE)
        unit.weighed_grams = grams
        return unit

    def remove_unit(self, unit_id: str) -> ReceivedUnit:
        """Cancel one unit (scanned by mistake); later units keep their numbers."""
        self._require_open()
        unit = self.unit(unit_id)
        self.units.remove(unit)
        return unit

    def remove_last_unit(self) -> ReceivedUnit:
        self._require_open()
        if not self.units:
            raise DeskError(ErrorCode.NOTHING_TO_UNDO)
        return self.units.pop()

    def complete(self, at: datetime, user_id: str, flags: list[Flag]) -> None:
        self._require_open()
        ungraded = [u.seq for u in self.units if not u.graded]
        if ungraded:
            raise DeskError(ErrorCode.UNITS_NOT_GRADED, count=len(ungraded))
        self.flags = list(flags)
        self.status = ReceiptStatus.COMPLETED
        self.completed_at = at
        self.completed_by = user_id

    def void(self, at: datetime, user_id: str, reason: str) -> None:
        self._close(ReceiptStatus.VOIDED, at, user_id, reason)

    def set_aside(self, at: datetime, user_id: str, reason: str) -> None:
        self._close(ReceiptStatus.SET_ASIDE, at, user_id, reason)

    def _close(self, status: ReceiptStatus, at: datetime, user_id: str, reason: str) -> None:
        self._require_open()
        if not reason.strip():
            raise DeskError(ErrorCode.REASON_REQUIRED)
        self.status = status
        self.completed_at = at
        self.completed_by = user_id
        self.void_reason = reason.strip()
