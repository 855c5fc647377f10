"""The desk: one clerk's session at one station, driven by scans and keys.

`Desk` turns a scan into a use case by what it is and what the current step expects, runs it,
and returns what happened plus the new screen state. It is Qt-free; the GUI calls it on its
store executor only and renders the results: the session lives here, on that thread, and the
GUI sees it in the `DeskView` snapshot. Every action has a command barcode (see
`commands.py`), so a whole return can be done with the scanner alone.
"""

from __future__ import annotations

from collections.abc import Callable
from math import ceil
from typing import Any

from receiving_desk.domain.barcodes import DeskPatterns, Expect, Interpretation, ScanKind, interpret
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.ports import Clock, UnitOfWork
from receiving_desk.domain.receipt import ParcelReceipt
from receiving_desk.domain.rules import Disposition
from receiving_desk.domain.security_policy import SecuritySettings
from receiving_desk.domain.users import Permission, Session
from receiving_desk.domain.weights import Reading
from receiving_desk.services import commands as cmd
from receiving_desk.services.approval import ApprovalService, Request
from receiving_desk.services.approval_step import ApprovalStep
from receiving_desk.services.audit_resolution import RESOLVE
from receiving_desk.services.audit_step import AuditStep
from receiving_desk.services.auth import AuthService
from receiving_desk.services.blind_audit import BlindAudits
from receiving_desk.services.cart import Cart
from receiving_desk.services.clock import SystemClock
from receiving_desk.services.desk_events import DeskResult, Event
from receiving_desk.services.desk_view import CompletionQuestion, DeskView, Step
from receiving_desk.services.idle import IdleTimer
from receiving_desk.services.inspection import InspectionService
from receiving_desk.services.inventory import InventoryService
from receiving_desk.services.parcel_view import build_parcel_view
from receiving_desk.services.receiving import ReceivingService, ToConfirm
from receiving_desk.services.scan_errors import explain_near_miss, invalid_scan
from receiving_desk.services.scanner_only import grade_by_number, read_pin_scan, scanned_pin
from receiving_desk.services.session_guard import refuse_unguarded
from receiving_desk.services.weighing import ScaleSource, WeighingService, accept

UNEXPECTED_SET_ASIDE_REASON = "unexpected parcel: no RMA found, set aside for a supervisor"
SET_ASIDE_REASON = "set aside by the clerk for a supervisor"


class Desk:
    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        auth: AuthService,
        receiving: ReceivingService,
        inspection: InspectionService,
        inventory: InventoryService,
        station_id: str,
        patterns: DeskPatterns | None = None,
        approvals: ApprovalService | None = None,
        clock: Clock | None = None,
        security: SecuritySettings | None = None,
        weighing: WeighingService | None = None,
        scale: ScaleSource | None = None,
        audits: BlindAudits | None = None,
        reads: Callable[[], UnitOfWork] | None = None,  # read-only transactions: the view
    ) -> None:
        self._uow = uow_factory
        self._reads = reads or uow_factory  # the view only reads: it need not hold up a writer
        self._auth = auth
        self._receiving = receiving
        self._inspection = inspection
        self._inventory = inventory
        self._station = station_id
        self._patterns = patterns or DeskPatterns()
        self.session: Session | None = None
        self._pending_badge: str | None = None
        self._receipt_id: str | None = None
        self._unexpected: str | None = None  # parcel code no RMA was found for
        self._candidates: list[str] = []
        self._override: Disposition | None = None
        self._cart = Cart(inventory)  # LPNs scanned for a batch put-away or move
        self._confirm: CompletionQuestion | None = None  # completing, asked to confirm
        self._approval = ApprovalStep(approvals)  # an action waiting for a supervisor
        self._clock = clock or SystemClock()
        self._idle = IdleTimer(self._clock, security or SecuritySettings())
        self._weighing = weighing or WeighingService(
            uow_factory, self._clock, lambda: inspection.rules.weights
        )
        self._scale = scale  # None: no scale at this station (CMD-WEIGH says so)
        self._audit = AuditStep(audits)  # a held LPN graded blind (services/audit_step.py)

    # -- state -----------------------------------------------------------------------------
    def _expect(self) -> Expect:
        if self.session is None:
            return Expect.BADGE
        return Expect.ITEM if self._receipt_id or self._unexpected else Expect.PARCEL

    def view(self) -> DeskView:
        rules = self._inspection.rules
        common: dict[str, Any] = {"grades": rules.grades, "rules": rules, "session": self.session}
        if self._pending_badge is not None:
            return DeskView(Step.ENTER_PIN, pending_badge=self._pending_badge, **common)
        if self.session is None:
            return DeskView(Step.SCAN_BADGE, **common)
        name, role = self.session.name, self.session.role
        if self._audit.unit is not None:  # blind: no parcel, no first grade in this snapshot
            common["grades"] = self._audit.unit.grades
            return DeskView(Step.AUDIT_GRADE, name, role, **self._audit.shown(), **common)
        common.update(cart=tuple(self._cart.lines), candidates=tuple(self._candidates))
        common["approval"] = self._approval.request
        if self._receipt_id is None:
            step = Step.UNEXPECTED if self._unexpected else Step.SCAN_PARCEL
            step = (
                Step.PICK_RMA if self._candidates else Step.PUT_AWAY if self._cart.lines else step
            )
            step = self._approval.step() or step  # a disputed unit waits for a supervisor
            return DeskView(step, name, role, unexpected_code=self._unexpected, **common)
        with self._reads() as uow:
            receipt = uow.receipts.get(self._receipt_id)
            assert receipt is not None
            parcel = build_parcel_view(uow, receipt, self._inspection, rules)
            weight = self._weighing.expected(uow, receipt)
        waiting = parcel.unit_to_grade
        step = Step.GRADE_UNIT if waiting else Step.PUT_AWAY if self._cart.lines else Step.SCAN_ITEM
        if self._override is not None:
            step = Step.OVERRIDE_REASON
        elif self._confirm is not None:
            step = Step.CONFIRM_COMPLETE
        step = self._approval.step() or step
        if waiting is not None:
            common["grades"] = rules.grades_for(waiting.category)
        return DeskView(
            step,
            name,
            role,
            parcel=parcel,
            pending_override=self._override,
            conditions=rules.conditions_for(waiting.category) if waiting else (),
            confirm=self._confirm,
            weight=weight,
            **common,
        )

    def _result(self, event: Event, **params: Any) -> DeskResult:
        self._idle.touch()  # every action done at the desk is activity
        if event is not Event.CONFIRM_NEEDED:
            self._confirm = None  # whatever else happened answered the question "no"
        return DeskResult(event, self.view(), params)

    def require_session(self) -> Session:
        """The logged-in session (for other use cases run on the same thread), or refused."""
        if self.session is None:
            raise DeskError(ErrorCode.NOT_LOGGED_IN)
        return self.session

    def check_allowed(self, permission: Permission, action: str) -> None:
        """May whoever is logged in do `action` now? A refusal is audited, with nobody
        logged in too (e.g. the settings asked for at an empty desk)."""
        if self.session is None:
            raise refuse_unguarded(self._uow, self._clock, self._station, action, permission)
        self.session.require(permission, action)

    def _require_receipt(self) -> str:
        if self._receipt_id is None:
            raise DeskError(ErrorCode.NO_OPEN_PARCEL)
        return self._receipt_id

    # -- input -----------------------------------------------------------------------------
    def scan(
        self, payload: str, aim_id: str | None = None, *, hri: bool | None = None
    ) -> DeskResult:
        self._idle.touch()  # a scan is activity, even one refused
        if self._approval.request is not None and payload != "CMD-CANCEL":
            return self._approver_scan(payload, aim_id)
        if payload != "CMD-CONFIRM":
            self._confirm = None  # any other scan answers "no": the return stays open
        pin = read_pin_scan(payload, self._patterns)
        if pin is not None:  # before anything that could keep or show the scan
            return scanned_pin(self, pin, self._patterns)
        if self._override is not None and not payload.startswith("CMD-"):
            return self.override_reason(payload)  # typed free text is the reason
        if self._candidates and payload.strip().isdigit():
            return self.pick(int(payload.strip()))  # a pick-list number, typed or scanned
        grade = grade_by_number(self, payload)  # a digit from a printed grading sheet
        if grade is not None:
            return self.grade(grade)
        reading = interpret(payload, aim_id, self._expect(), self._patterns, hri=hri)
        if reading.kind is ScanKind.NOISE:
            raise DeskError(ErrorCode.NOISE)
        if reading.kind is ScanKind.INVALID:
            raise invalid_scan(reading)
        return explain_near_miss(reading, lambda: self._route(reading))

    def _route(self, reading: Interpretation) -> DeskResult:
        if reading.kind is ScanKind.BADGE:
            self._pending_badge = reading.value
            return self._result(Event.BADGE_READ)
        if reading.kind is ScanKind.COMMAND:
            return self.command(reading.value)
        if self.session is None:
            raise DeskError(ErrorCode.WRONG_STEP, expected="badge", code=reading.raw)
        if reading.kind is ScanKind.LPN:
            if self._receipt_id is None and not self._cart.lines:
                offered = self._audit.offer(self.session, reading.value, self._approval)
                if offered is not None:  # a blind audit, a final grade, or a supervisor asked
                    return self._result(offered[0], **offered[1])
            return self._add_to_cart(reading.value)
        if reading.kind is ScanKind.BIN:
            return self._put_away(reading.value)
        if reading.kind in (ScanKind.RMA, ScanKind.TRACKING):
            return self._open_parcel(reading)
        if self._receipt_id is None:
            if self._unexpected is not None:
                return self._look_up(reading)
            raise DeskError(ErrorCode.WRONG_STEP, expected="parcel", code=reading.raw)
        return self._record_item(reading)

    def _open_parcel(self, reading: Interpretation) -> DeskResult:
        session = self.require_session()
        is_rma = reading.kind is ScanKind.RMA
        try:
            receipt = self._receiving.open_parcel(
                session,
                rma_number=reading.value if is_rma else None,
                tracking=None if is_rma else reading.value,
                scanned_code=reading.raw,
            )
        except DeskError as error:
            if error.code is not ErrorCode.RMA_NOT_FOUND or self._receipt_id is not None:
                raise
            # Never a dead end: look it up, receive it blind, or set it aside.
            self._unexpected = reading.raw
            self._candidates = []
            return self._result(Event.NO_RMA_FOUND, code=reading.raw)
        self._receipt_id = receipt.id
        self._unexpected, self._candidates = None, []
        return self._result(Event.PARCEL_OPENED, rma=receipt.rma_number)

    def _look_up(self, reading: Interpretation) -> DeskResult:
        """An unexpected parcel: the clerk scans an order or customer number or a serial."""
        session = self.require_session()
        key = reading.serial or reading.raw
        found = self._receiving.look_up(key)
        if not found:
            raise DeskError(ErrorCode.NO_RMA_FOR_LOOKUP, code=key)
        if len(found) > 1:
            self._candidates = [r.rma_number for r in found]
            return self._result(Event.SEVERAL_RMAS, count=len(found))
        opened = self._open_found(session, found[0].rma_number, reading.raw)
        if reading.gtin14 is not None:  # the item itself was scanned: it is the first unit
            self._record_item(reading)
        return self._result(Event.PARCEL_OPENED, rma=opened, by=key)

    def _open_found(self, session: Session, rma_number: str, scanned: str) -> str | None:
        receipt = self._receiving.open_parcel(
            session, rma_number, None, self._unexpected or scanned
        )
        self._receipt_id = receipt.id
        self._unexpected, self._candidates = None, []
        return receipt.rma_number

    def pick(self, number: int) -> DeskResult:
        """Number `number` (from 1) of the pick list a look-up showed."""
        session = self.require_session()
        if not 1 <= number <= len(self._candidates):
            raise DeskError(ErrorCode.NO_SUCH_PICK, number=number, count=len(self._candidates))
        opened = self._open_found(session, self._candidates[number - 1], str(number))
        return self._result(Event.PARCEL_OPENED, rma=opened, by=str(number))

    def _record_item(self, reading: Interpretation) -> DeskResult:
        session = self.require_session()
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

    def _add_to_cart(self, lpn: str) -> DeskResult:
        line = self._cart.add(lpn)
        count = len(self._cart.lines)
        return self._result(Event.LPN_ADDED, lpn=lpn, location=line.location, count=count)

    def _parcel_lpns(self, staged_only: bool) -> list[str]:
        """LPNs of the open parcel's graded units (only those still in staging)."""
        parcel = self.view().parcel if self._receipt_id is not None else None
        units = parcel.units if parcel else ()
        return [u.lpn for u in units if u.lpn and (u.staged or not staged_only)]

    def _put_away(self, bin_code: str) -> DeskResult:
        """A bin label: the cart goes there; without a cart, the unit just graded does."""
        session = self.require_session()
        moved = self._cart.put_away(session, bin_code, self._parcel_lpns(staged_only=True))
        return self._result(
            Event.PUT_AWAY, count=len(moved), bin=bin_code, lpns=[m.lpn for m in moved]
        )

    def hold_for_audit(self) -> DeskResult:
        """A supervisor holds the last LPN scanned (else the parcel's last graded unit) for a
        blind audit; its label is reprinted AUDIT."""
        self.check_allowed(Permission.OVERRIDE_DISPOSITION, "audit_pick")  # refusal audited
        session = self.require_session()
        lpn = self._cart.last_lpn() or next(iter(self._parcel_lpns(False)[-1:]), None)
        if lpn is None:
            raise DeskError(ErrorCode.NO_LABEL, code="")
        self._audit.pick(session, lpn)
        return self._result(Event.AUDIT_HELD, lpn=lpn)

    def reprint(self) -> DeskResult:
        session = self.require_session()
        lpn = self._cart.last_lpn() or next(iter(self._parcel_lpns(False)[-1:]), None)
        if lpn is None:
            raise DeskError(ErrorCode.NO_LABEL, code="")
        self._inventory.reprint(session, lpn)
        return self._result(Event.REPRINTED, lpn=lpn)

    def submit_pin(self, pin: str) -> DeskResult:
        scanned = read_pin_scan(pin, self._patterns)  # a wedge typed the PIN card's code
        if self._approval.badge is not None:  # the supervisor's PIN: the clerk stays logged in
            return self._approve(scanned.pin if scanned is not None else pin)
        if scanned is not None:
            pin, self._pending_badge = scanned.pin, scanned.badge or self._pending_badge
        badge = self._pending_badge
        if badge is None:
            raise DeskError(ErrorCode.WRONG_STEP, expected="badge", code="")
        self._pending_badge = None  # a wrong PIN starts over with the badge
        self._idle.touch()
        session = self._auth.login(badge, pin)
        previous = self.session
        if previous is not None and previous.user_id != session.user_id:
            # Never a silent takeover: the previous user's session ends, on the record, so
            # nothing done from now on is written in their name.
            self._auth.logout(previous, "session_ended", by=session.user_id, reason="new_login")
        self.session = session
        self._unexpected, self._candidates, self._override = None, [], None
        resumed = self._receiving.open_receipt_for_station(self._station)
        self._receipt_id = resumed.id if resumed else None
        if resumed is not None:
            return self._result(
                Event.PARCEL_RESUMED, rma=resumed.rma_number or "—", name=session.name
            )
        if previous is not None and previous.user_id != session.user_id:
            return self._result(Event.SESSION_CHANGED, name=session.name, previous=previous.name)
        return self._result(Event.LOGGED_IN, name=session.name)

    def cancel_login(self) -> DeskResult:
        self._pending_badge = None
        return self._result(Event.NOTHING)

    # -- commands --------------------------------------------------------------------------
    def command(self, name: str) -> DeskResult:
        parsed = cmd.parse(name)
        if parsed is None:
            raise DeskError(ErrorCode.UNKNOWN_BARCODE, code=f"CMD-{name}")
        action, argument = parsed
        if action is cmd.Action.LOGOUT:
            return self.logout()
        if action is cmd.Action.CANCEL and self.session is None:
            return self.cancel_login()  # a badge scanned by mistake: start over
        self.require_session()
        handlers: dict[cmd.Action, Callable[[], DeskResult]] = {
            cmd.Action.GRADE: lambda: self.grade(argument),
            cmd.Action.CHECK_YES: lambda: self.answer_check(argument, True),
            cmd.Action.CHECK_NO: lambda: self.answer_check(argument, False),
            cmd.Action.CHECKS_ALL_OK: self.pass_all_checks,
            cmd.Action.CONDITION: lambda: self.toggle_condition(argument),
            cmd.Action.NEXT: self.next_unit,
            cmd.Action.COMPLETE: self.complete,
            cmd.Action.CANCEL_UNIT: self.cancel_unit,
            cmd.Action.UNDO: self.undo_last_scan,
            cmd.Action.SET_ASIDE: self.set_aside,
            cmd.Action.BLIND: self.open_blind,
            cmd.Action.OVERRIDE: lambda: self.start_override(Disposition(argument)),
            cmd.Action.REASON: lambda: self.override_reason(cmd.REASONS[argument]),
            cmd.Action.CANCEL: self.cancel,
            cmd.Action.REPRINT: self.reprint,
            cmd.Action.CONFIRM: self.confirm_complete,
            cmd.Action.PICK: lambda: self.pick(int(argument)),
            cmd.Action.WEIGH: self.weigh_now,
            cmd.Action.AUDIT: self.hold_for_audit,
        }
        return handlers[action]()

    def grade(self, grade: str, note: str = "") -> DeskResult:
        if self._audit.unit is not None:
            outcome = self._audit.grade(self.require_session(), grade)
            return self._result(Event.AUDIT_GRADED, lpn=outcome.lpn, state=outcome.state.value)
        unit = self._inspection.grade(self.require_session(), self._require_receipt(), grade, note)
        return self._result(Event.UNIT_GRADED, seq=unit.seq, grade=grade)

    def weigh(self, reading: Reading | None) -> DeskResult:
        """Record a stable reading for what the step weighs (the parcel, or the unit waiting
        for its grade); any other reading is refused with its reason, nothing recorded."""
        session, receipt_id = self.require_session(), self._require_receipt()
        check = self._weighing.record(session, receipt_id, accept(reading))
        expected = check.expected
        return self._result(
            Event.WEIGHED,
            target=check.target,
            grams=check.grams,
            low=expected.low if expected else None,
            high=expected.high if expected else None,
            finding=check.finding.value if check.finding else None,
            seq=check.unit_seq,
        )

    def weigh_now(self) -> DeskResult:
        """CMD-WEIGH: the first stable reading from now on, waiting at most the scale's own
        settling time (on the store's thread: the screen keeps showing the live weight)."""
        self._require_receipt()
        if self._scale is None:
            raise DeskError(ErrorCode.NO_SCALE)
        return self.weigh(self._scale.settled())

    def answer_check(self, code: str, passed: bool) -> DeskResult:
        if self._audit.unit is not None:  # answered afresh for the blind grade
            self._audit.answer(code, passed)
            return self._result(Event.CHECK_ANSWERED, check=code, passed=passed)
        label = self._inspection.answer_check(
            self.require_session(), self._require_receipt(), code, passed
        )
        return self._result(Event.CHECK_ANSWERED, check=label, passed=passed)

    def pass_all_checks(self) -> DeskResult:
        count = self._inspection.pass_all_checks(self.require_session(), self._require_receipt())
        return self._result(Event.ALL_CHECKS_PASSED, count=count)

    def toggle_condition(self, code: str) -> DeskResult:
        now_set = self._inspection.toggle_condition(
            self.require_session(), self._require_receipt(), code
        )
        label = dict(self._inspection.rules.condition_codes).get(code, code)
        return self._result(Event.CONDITION_TOGGLED, condition=label, set=now_set)

    def add_photo(self, photo: str) -> DeskResult:
        self._inspection.add_photo(self.require_session(), self._require_receipt(), photo)
        return self._result(Event.PHOTO_ADDED, photo=photo)

    def next_unit(self) -> DeskResult:
        view = self.view()
        if view.parcel is not None and view.parcel.unit_to_grade is not None:
            raise DeskError(ErrorCode.UNITS_NOT_GRADED, count=1)
        return DeskResult(Event.NEXT_UNIT, view)

    def start_override(self, disposition: Disposition) -> DeskResult:
        self.require_session().require(Permission.OVERRIDE_DISPOSITION, "start_override")
        self._require_receipt()
        self._override = disposition
        return self._result(Event.OVERRIDE_STARTED, disposition=disposition.value)

    def override_reason(self, reason: str) -> DeskResult:
        disposition = self._override
        if disposition is None:
            raise DeskError(ErrorCode.NOTHING_TO_OVERRIDE)
        unit = self._inspection.override(
            self.require_session(), self._require_receipt(), disposition, reason
        )
        self._override = None
        return self._result(Event.OVERRIDDEN, seq=unit.seq, disposition=disposition.value)

    def cancel(self) -> DeskResult:
        self._audit.cancel()  # the unit stays held for the next clerk
        self._override, self._confirm = None, None
        self._approval.clear()
        self._cart.lines = []
        self._unexpected, self._candidates = None, []
        return self._result(Event.CANCELLED)

    def open_blind(self) -> DeskResult:
        code = self._unexpected
        if code is None:
            raise DeskError(ErrorCode.WRONG_STEP, expected="parcel", code="CMD-BLIND")
        receipt = self._receiving.open_blind(self.require_session(), code)
        self._receipt_id = receipt.id
        self._unexpected, self._candidates = None, []
        return self._result(Event.BLIND_OPENED, code=code)

    def set_aside(self) -> DeskResult:
        session = self.require_session()
        if self._receipt_id is None and self._unexpected is None:
            raise DeskError(ErrorCode.NO_OPEN_PARCEL)
        reason = SET_ASIDE_REASON if self._receipt_id else UNEXPECTED_SET_ASIDE_REASON
        receipt = self._receiving.set_aside(
            session, self._receipt_id, self._unexpected or "", reason
        )
        self._receipt_id, self._unexpected, self._candidates = None, None, []
        return self._result(Event.SET_ASIDE, code=receipt.rma_number or receipt.scanned_code)

    def complete(self) -> DeskResult:
        """Complete the open return; with no units or with discrepancies, ask first."""
        done = self._receiving.complete_or_ask(self.require_session(), self._require_receipt())
        if isinstance(done, ToConfirm):
            self._confirm = CompletionQuestion(done.units, tuple(done.flags))
            return self._result(Event.CONFIRM_NEEDED, units=done.units, flags=len(done.flags))
        return self._completed(done)

    def confirm_complete(self) -> DeskResult:
        """The deliberate "yes" (CMD-CONFIRM) to a completion that asked."""
        if self._confirm is None:
            raise DeskError(ErrorCode.NOTHING_TO_CONFIRM)
        self._confirm = None
        receipt_id = self._require_receipt()
        return self._completed(self._receiving.complete(self.require_session(), receipt_id))

    def _completed(self, receipt: ParcelReceipt) -> DeskResult:
        self._receipt_id = None
        return self._result(
            Event.RETURN_COMPLETED,
            rma=receipt.rma_number or "—",
            units=len(receipt.units),
            flags=len(receipt.flags),
        )

    def void(self, reason: str) -> DeskResult:
        receipt = self._receiving.void(self.require_session(), self._require_receipt(), reason)
        self._receipt_id = None
        return self._result(Event.RETURN_VOIDED, rma=receipt.rma_number or "—")

    def undo_last_scan(self) -> DeskResult:
        """Undo the last scan; a unit labelled or put away waits for a supervisor's badge."""
        session, receipt_id = self.require_session(), self._require_receipt()
        try:
            unit = self._receiving.undo_last_scan(session, receipt_id)
        except DeskError as error:
            if error.code is not ErrorCode.APPROVAL_REQUIRED:
                raise
            p = error.params
            details = (("seq", int(p["seq"])), ("sku", str(p["sku"])), ("lpn", str(p["lpn"])))
            request = Request("undo_scan", p["unit"], Permission.REVERSE_STOCK, p["why"], details)
            self._approval.ask(request)
            return self._result(Event.APPROVAL_NEEDED, why=p["why"], seq=p["seq"], sku=p["sku"])
        return self._result(Event.SCAN_UNDONE, seq=unit.seq, sku=unit.sku)

    def _approver_scan(self, payload: str, aim_id: str | None) -> DeskResult:
        """While an approval waits, only the approver's badge, then their PIN (typed, or a
        PIN barcode from the badge card), or CMD-CANCEL, are taken."""
        pin = self._approval.scanned(payload, aim_id, self._patterns)
        return self._result(Event.APPROVER_BADGE_READ) if pin is None else self._approve(pin)

    def _approve(self, pin: str) -> DeskResult:
        session = self.require_session()
        approval = self._approval.approve(session, pin)  # refused: back to the badge
        self._approval.clear()  # used once, whatever the action says
        if approval.request.action == RESOLVE:  # a disputed unit: the supervisor grades it
            held = self._audit.approved(session, approval)
            by = approval.supervisor_name
            return self._result(Event.AUDIT_OPENED, lpn=held.lpn, sku=held.sku, final_by=by)
        unit = self._receiving.undo_last_scan(session, self._require_receipt(), approval)
        return self._result(
            Event.SCAN_UNDONE, seq=unit.seq, sku=unit.sku, approved_by=approval.supervisor_name
        )

    def cancel_unit(self) -> DeskResult:
        unit = self._receiving.cancel_unit(self.require_session(), self._require_receipt())
        return self._result(Event.UNIT_CANCELLED, seq=unit.seq, sku=unit.sku)

    def logout(self) -> DeskResult:
        self._auth.logout(self.require_session())
        self._end_session()
        return self._result(Event.LOGGED_OUT)

    def _end_session(self) -> None:
        # An open parcel stays open in the store; the next login at this station resumes it.
        self.session, self._confirm, self._pending_badge = None, None, None
        self._receipt_id, self._unexpected, self._override = None, None, None
        self._candidates, self._cart.lines = [], []
        self._approval.clear()  # an approval asked in this session dies with it
        self._audit.cancel()  # a blind audit too: the unit stays held

    def check_idle(self) -> DeskResult | None:
        """Polled by the screen: the warning while the idle logout nears, then the logout
        itself (audited as `logout_idle`); None while someone is working or nobody is in."""
        if self.session is None:
            return None
        left = self._idle.left()
        if left.total_seconds() <= 0:
            minutes = round(self._idle.logout_after.total_seconds() / 60)
            self._auth.logout(self.session, "logout_idle", minutes=str(minutes))
            self._end_session()
            return self._result(Event.IDLE_LOGGED_OUT, minutes=minutes)
        if self._idle.warn_now():  # not activity: the warning must not reset the timer
            seconds = ceil(left.total_seconds())
            return DeskResult(Event.IDLE_WARNING, self.view(), {"seconds": seconds})
        return None
