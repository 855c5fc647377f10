"""The desk's wait for a supervisor: an action asks, the supervisor scans their badge, then
gives their PIN; the approval is used for that one action and forgotten.

While it waits the desk takes nothing else but the badge, the PIN (typed, or scanned as a
`PIN-` barcode) and CMD-CANCEL, so a clerk's scan cannot slip under an approval meant for
something else. Qt-free, like the desk.
"""

from __future__ import annotations

from receiving_desk.domain.barcodes import DeskPatterns, Expect, ScanKind, interpret
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.users import Session
from receiving_desk.services.approval import Approval, ApprovalService, Request
from receiving_desk.services.desk_view import Step
from receiving_desk.services.scanner_only import read_pin_scan


class ApprovalStep:
    def __init__(self, approvals: ApprovalService | None) -> None:
        self._approvals = approvals
        self.request: Request | None = None
        self.badge: str | None = None  # the approver's badge, waiting for their PIN

    def ask(self, request: Request) -> None:
        if self._approvals is None:  # a desk built without approvals: the refusal stands
            raise DeskError(ErrorCode.PERMISSION_DENIED, permission=request.permission.value)
        self.request, self.badge = request, None

    def clear(self) -> None:
        self.request, self.badge = None, None

    def step(self) -> Step | None:
        if self.request is None:
            return None
        return Step.APPROVE_BADGE if self.badge is None else Step.APPROVE_PIN

    def badge_scanned(self, badge: str) -> None:
        if self.request is None:
            raise DeskError(ErrorCode.WRONG_STEP, expected="badge", code=badge)
        self.badge = badge

    def scanned(self, payload: str, aim_id: str | None, patterns: DeskPatterns) -> str | None:
        """A scan while an approval waits: the approver's badge (None: now their PIN), or
        their PIN (typed, or a PIN barcode from the badge card: returned, to approve with);
        anything else is refused."""
        pin = read_pin_scan(payload, patterns)  # the site's PIN card formats
        if pin is not None and pin.badge is not None:
            self.badge_scanned(pin.badge)  # badge and PIN in one scan
        if pin is not None and self.badge is not None:
            return pin.pin
        reading = interpret(payload, aim_id, Expect.BADGE, patterns)
        if reading.kind is not ScanKind.BADGE:
            raise DeskError(ErrorCode.APPROVAL_PENDING)
        self.badge_scanned(reading.value)  # another badge: it replaces the first
        return None

    def approve(self, clerk: Session, pin: str) -> Approval:
        """Check the approver's PIN; a refusal starts over with the badge (audited)."""
        request, badge = self.request, self.badge
        if request is None or badge is None or self._approvals is None:
            raise DeskError(ErrorCode.WRONG_STEP, expected="badge", code="")
        self.badge = None
        return self._approvals.approve(clerk, request, badge, pin)
