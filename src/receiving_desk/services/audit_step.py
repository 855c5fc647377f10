"""The desk's blind-audit step: an LPN held for audit, scanned by a clerk who may grade it,
opens it; the next grade (command barcode, number or key) is the blind grade; CMD-CANCEL
leaves it held. While it is open the screen shows only the `BlindUnit` (never the first
grade, its checklist answers or disposition)."""

from __future__ import annotations

from receiving_desk.domain.blind_audit import BlindOutcome, BlindUnit, HoldState
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.users import Permission, Session
from receiving_desk.services.blind_audit import BlindAudits

# Refusals that mean "not an audit for this clerk": the scan is then an ordinary LPN scan
# (put-away refuses a held unit with its own message).
_NOT_MINE = (ErrorCode.NOT_HELD_FOR_AUDIT, ErrorCode.OWN_UNIT_AUDIT, ErrorCode.ALREADY_AUDITED)


class AuditStep:
    def __init__(self, audits: BlindAudits | None) -> None:
        self._audits = audits
        self.unit: BlindUnit | None = None
        self.resolving = False  # a supervisor setting a disputed unit's final grade
        self._answers: dict[str, bool] = {}

    def offer(self, session: Session, lpn: str) -> BlindUnit | None:
        """Open `lpn`'s blind audit if it waits for one this clerk may give."""
        if self._audits is None:
            return None
        try:
            self.unit = self._audits.blind_unit(session, lpn)
            self.resolving = False
        except DeskError as error:
            if error.code not in _NOT_MINE:
                raise
            if not session.can(Permission.OVERRIDE_DISPOSITION):
                return None
            try:  # a supervisor scanning a disputed unit sets its final grade
                self.unit = self._audits.disputed_unit(session, lpn)
            except DeskError:
                return None
            self.resolving = True
        self._answers = {}
        return self.unit

    def answer(self, code: str, passed: bool) -> None:
        assert self.unit is not None
        if code not in {c for c, _ in self.unit.checks}:
            raise DeskError(ErrorCode.UNKNOWN_CHECK, code=code)
        self._answers[code] = passed

    def grade(self, session: Session, grade: str) -> BlindOutcome:
        assert self._audits is not None and self.unit is not None
        if self.resolving:
            self._audits.resolve(session, self.unit.lpn, grade)
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
        self._answers = {}
