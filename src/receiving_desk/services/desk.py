"""The desk: one clerk's session at one station, driven by scans and keys.

`Desk` turns a scan into a use case by what it is and what the current step expects, runs it,
and returns what happened plus the new screen state. It is Qt-free; the GUI calls it on its
database worker thread and only renders the results.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from receiving_desk.domain.barcodes import DeskPatterns, Expect, Interpretation, ScanKind, interpret
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.ports import Clock, UnitOfWork
from receiving_desk.domain.users import Session
from receiving_desk.services.auth import AuthService
from receiving_desk.services.desk_view import DeskView, Step, build_parcel_view
from receiving_desk.services.receiving import ReceivingService


class Event(StrEnum):
    BADGE_READ = "badge_read"
    LOGGED_IN = "logged_in"
    LOGGED_OUT = "logged_out"
    PARCEL_OPENED = "parcel_opened"
    PARCEL_RESUMED = "parcel_resumed"
    UNIT_ADDED = "unit_added"
    UNIT_GRADED = "unit_graded"
    RETURN_COMPLETED = "return_completed"
    RETURN_VOIDED = "return_voided"
    SCAN_UNDONE = "scan_undone"
    NOTHING = "nothing"


@dataclass(frozen=True)
class DeskResult:
    event: Event
    view: DeskView
    params: dict[str, Any] = field(default_factory=dict)


GRADE_COMMANDS = {
    "GRADE-A": "A",
    "GRADE-B": "B",
    "GRADE-C": "C",
    "GRADE-D": "D",
    "GRADE-SCRAP": "SCRAP",
}


class Desk:
    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        auth: AuthService,
        receiving: ReceivingService,
        clock: Clock,
        station_id: str,
        site_tz: ZoneInfo,
        patterns: DeskPatterns | None = None,
    ) -> None:
        self._uow = uow_factory
        self._auth = auth
        self._receiving = receiving
        self._clock = clock
        self._station = station_id
        self._tz = site_tz
        self._patterns = patterns or DeskPatterns()
        self.session: Session | None = None
        self._pending_badge: str | None = None
        self._receipt_id: str | None = None

    # -- state -----------------------------------------------------------------------------
    def _expect(self) -> Expect:
        if self.session is None:
            return Expect.BADGE
        return Expect.ITEM if self._receipt_id else Expect.PARCEL

    def view(self) -> DeskView:
        grades = self._receiving.rules.grades
        if self._pending_badge is not None:
            return DeskView(Step.ENTER_PIN, pending_badge=self._pending_badge, grades=grades)
        if self.session is None:
            return DeskView(Step.SCAN_BADGE, grades=grades)
        parcel = None
        step = Step.SCAN_PARCEL
        if self._receipt_id is not None:
            with self._uow() as uow:
                receipt = uow.receipts.get(self._receipt_id)
                assert receipt is not None
                parcel = build_parcel_view(
                    uow, receipt, self._clock.now(), self._tz, self._receiving.rules
                )
            step = Step.GRADE_UNIT if parcel.unit_to_grade else Step.SCAN_ITEM
        return DeskView(step, self.session.name, self.session.role, None, parcel, grades)

    def _result(self, event: Event, **params: Any) -> DeskResult:
        return DeskResult(event, self.view(), params)

    def _require_session(self) -> Session:
        if self.session is None:
            raise DeskError(ErrorCode.NOT_LOGGED_IN)
        return self.session

    def _require_receipt(self) -> str:
        if self._receipt_id is None:
            raise DeskError(ErrorCode.NO_OPEN_PARCEL)
        return self._receipt_id

    # -- input -----------------------------------------------------------------------------
    def scan(self, payload: str, aim_id: str | None = None) -> DeskResult:
        reading = interpret(payload, aim_id, self._expect(), self._patterns)
        if reading.kind is ScanKind.NOISE:
            raise DeskError(ErrorCode.NOISE)
        if reading.kind is ScanKind.INVALID:
            if reading.problem_code == "check_digit":
                raise DeskError(
                    ErrorCode.BAD_CHECK_DIGIT, code=reading.raw, problem=reading.problem
                )
            raise DeskError(ErrorCode.INVALID_BARCODE, code=reading.raw, problem=reading.problem)
        if reading.kind is ScanKind.BADGE:
            self._pending_badge = reading.value
            return self._result(Event.BADGE_READ)
        if reading.kind is ScanKind.COMMAND:
            return self.command(reading.value)
        if self.session is None:
            raise DeskError(ErrorCode.WRONG_STEP, expected="badge", code=reading.raw)
        if reading.kind in (ScanKind.RMA, ScanKind.TRACKING):
            return self._open_parcel(reading)
        if self._receipt_id is None:
            raise DeskError(ErrorCode.WRONG_STEP, expected="parcel", code=reading.raw)
        return self._record_item(reading)

    def _open_parcel(self, reading: Interpretation) -> DeskResult:
        session = self._require_session()
        is_rma = reading.kind is ScanKind.RMA
        receipt = self._receiving.open_parcel(
            session,
            rma_number=reading.value if is_rma else None,
            tracking=None if is_rma else reading.value,
            scanned_code=reading.raw,
        )
        self._receipt_id = receipt.id
        return self._result(Event.PARCEL_OPENED, rma=receipt.rma_number)

    def _record_item(self, reading: Interpretation) -> DeskResult:
        session = self._require_session()
        receipt_id = self._require_receipt()
        if reading.gtin14 is None and reading.kind is not ScanKind.UNKNOWN:
            raise DeskError(ErrorCode.WRONG_STEP, expected="item", code=reading.raw)
        # An unknown code may still be a SKU label; the catalog decides.
        unit = self._receiving.record_item(
            session,
            receipt_id,
            scanned_code=reading.raw,
            gtin14=reading.gtin14,
            sku=None if reading.gtin14 else reading.raw,
            serial=reading.serial,
        )
        return self._result(Event.UNIT_ADDED, seq=unit.seq, sku=unit.sku, match=unit.match.value)

    def submit_pin(self, pin: str) -> DeskResult:
        badge = self._pending_badge
        if badge is None:
            raise DeskError(ErrorCode.WRONG_STEP, expected="badge", code="")
        self._pending_badge = None  # a wrong PIN starts over with the badge
        session = self._auth.login(badge, pin)
        self.session = session
        resumed = self._receiving.open_receipt_for_station(self._station)
        self._receipt_id = resumed.id if resumed else None
        if resumed is not None:
            return self._result(Event.PARCEL_RESUMED, rma=resumed.rma_number, name=session.name)
        return self._result(Event.LOGGED_IN, name=session.name)

    def cancel_login(self) -> DeskResult:
        self._pending_badge = None
        return self._result(Event.NOTHING)

    def command(self, name: str) -> DeskResult:
        if name in GRADE_COMMANDS:
            return self.grade(GRADE_COMMANDS[name])
        actions: dict[str, Callable[[], DeskResult]] = {
            "COMPLETE": self.complete,
            "UNDO": self.undo_last_scan,
            "LOGOUT": self.logout,
        }
        action = actions.get(name)
        if action is None:
            raise DeskError(ErrorCode.UNKNOWN_BARCODE, code=f"CMD-{name}")
        return action()

    def grade(self, grade: str) -> DeskResult:
        session = self._require_session()
        unit = self._receiving.grade_unit(session, self._require_receipt(), grade)
        return self._result(Event.UNIT_GRADED, seq=unit.seq, grade=grade)

    def complete(self) -> DeskResult:
        session = self._require_session()
        receipt = self._receiving.complete(session, self._require_receipt())
        self._receipt_id = None
        return self._result(
            Event.RETURN_COMPLETED, rma=receipt.rma_number, units=len(receipt.units)
        )

    def void(self, reason: str) -> DeskResult:
        session = self._require_session()
        receipt = self._receiving.void(session, self._require_receipt(), reason)
        self._receipt_id = None
        return self._result(Event.RETURN_VOIDED, rma=receipt.rma_number)

    def undo_last_scan(self) -> DeskResult:
        session = self._require_session()
        unit = self._receiving.undo_last_scan(session, self._require_receipt())
        return self._result(Event.SCAN_UNDONE, seq=unit.seq, sku=unit.sku)

    def logout(self) -> DeskResult:
        session = self._require_session()
        self._auth.logout(session)
        # An open parcel stays open in the store; the next login at this station resumes it.
        self.session = None
        self._receipt_id = None
        return self._result(Event.LOGGED_OUT)
