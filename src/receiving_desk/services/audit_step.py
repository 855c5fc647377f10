"""The desk's blind-audit step: an LPN held for audit, scanned by a clerk who may grade it,
opens it; the next grade (command barcode, number or key) is the blind grade; CMD-CANCEL
leaves it held. While it is open the screen shows only the `BlindUnit` (never the first
grade, its checklist answers or disposition).

A disputed unit scanned by a supervisor opens for its final grade. Scanned by a clerk, it
asks for a supervisor (services/approval_step.py): their badge and PIN at this desk, the
clerk staying logged in, open it for that supervisor's final grade, given here."""

from __future__ import annotations

from typing import Any

from receiving_desk.domain.blind_audit import BlindOutcome, BlindUnit, HoldState
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.users import Permission, Session
from receiving_desk.services.approval import Approval
from receiving_desk.services.approval_step import ApprovalStep
from receiving_desk.services.blind_audit import BlindAudits
from receiving_desk.services.desk_events import Event

# Refusals that mean "not an audit for this clerk": the scan is then an ordinary LPN scan
# (put-away refuses a held unit with its own message).
_NOT_MINE = (ErrorCode.NOT_HELD_FOR_AUDIT, ErrorCode.OWN_UNIT_AUDIT, ErrorCode.ALREADY_AUDITED)


class AuditStep:
    def __init__(self, audits: BlindAudits | None) -> None:
        self._audits = audits
        self.unit: BlindUnit | None = None
        self.resolving = False  # a supervisor setting a disputed unit's final grade
        self.approval: Approval | None = None  # ... by their badge at this clerk's desk
        self.dispute: tuple[tuple[str, str, str], ...] = ()  # the grades they settle
        self._answers: dict[str, bool] = {}

    def offer(
        self, session: Session, lpn: str, approvals: ApprovalStep
    ) -> tuple[Event, dict[str, object]] | None:
        """Open `lpn`'s blind audit if it waits for one this clerk may give, or a supervisor's
        final grade of a disputed unit; at a clerk's desk a disputed unit asks `approvals` for
        a supervisor. None: an ordinary LPN scan."""
        if self._audits is None:
            return None
        try:
            self.unit = self._audits.blind_unit(session, lpn)
            self.resolving = False
        except DeskError as error:
            if error.code not in _NOT_MINE:
                raise
            if not session.can(Permission.OVERRIDE_DISPOSITION):
                request = self._audits.resolve_request(session, lpn)
                if request is None:
                    return None
                approvals.ask(request)
                return Event.APPROVAL_NEEDED, {"why": request.why, **dict(request.details)}
            try:  # a supervisor scanning a disputed unit sets its final grade
                self.unit = self._audits.disputed_unit(session, lpn)
            except DeskError:
                return None
            self.resolving, self.dispute = True, self._audits.dispute(lpn)
        self._answers = {}
        final_by = "" if self.resolving else None
        return Event.AUDIT_OPENED, {"lpn": lpn, "sku": self.unit.sku, "final_by": final_by}

    def approved(self, session: Session, approval: Approval) -> BlindUnit:
        """A supervisor approved at this desk: the disputed unit opens for their final grade."""
        assert self._audits is not None
        self.unit = self._audits.disputed_unit(session, approval.request.subject, approval)
        self.resolving, self.approval, self._answers = True, approval, {}
        self.dispute = self._audits.dispute(self.unit.lpn)
        return self.unit

    def shown(self) -> dict[str, Any]:
        """The snapshot's audit part: the unit, and who sets its final grade (if that)."""
        final_by = None
        if self.resolving:
            final_by = self.approval.supervisor_name if self.approval else ""
        return {"audit": self.unit, "final_by": final_by, "dispute": self.dispute}

    def answer(self, code: str, passed: bool) -> None:
        assert self.unit is not None
        if code not in {c for c, _ in self.unit.checks}:
            raise DeskError(ErrorCode.UNKNOWN_CHECK, code=code)
        self._answers[code] = passed

    def grade(self, session: Session, grade: str) -> BlindOutcome:
        assert self._audits is not None and self.unit is not None
        if self.resolving:
            self._audits.resolve(session, self.unit.lpn, grade, approval=self.approval)
            outcome = BlindOutcome(self.unit.lpn, HoldState.RESOLVED)
            self.cancel()
            return outcome
        outcome = self._audits.grade_blind(
            session, self.unit.lpn, grade, tuple(self._answers.items())
        )
        self.cancel()
        return outcome

    def pick(self, session: Session, lpn: str) -> None:
        if self._audits is None:
            raise DeskError(ErrorCode.NOT_HELD_FOR_AUDIT, code=lpn)
        self._audits.pick(session, lpn)

    def cancel(self) -> None:
        self.unit = None
        self.resolving = False
        self.approval = None  # good for one final grade, at most
        self.dispute = ()
        self._answers = {}
