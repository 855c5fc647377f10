"""A supervisor's approval of ONE action in another user's session, by badge and PIN.

The supervisor scans their badge and gives their PIN at the clerk's desk; the clerk stays
logged in and the action stays the clerk's (the supervisor is recorded beside them). The
approval is good for the one action and subject it was asked for, and is audited with both
users; a refused approval (unknown badge, wrong PIN, locked, a role that may not approve) is
audited too, and a wrong PIN counts towards the badge's lockout like a failed login.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.ports import Clock, UnitOfWork
from receiving_desk.domain.users import Permission, Session, User
from receiving_desk.services.auth import AuthService
from receiving_desk.services.base import record_audit


@dataclass(frozen=True)
class Request:
    """What is waiting for a supervisor: one action on one subject, for the clerk's session."""

    action: str  # e.g. "undo_scan"
    subject: str  # the unit (or receipt) it is about
    permission: Permission  # what the approver must be allowed to do
    why: str  # why the clerk alone may not (e.g. "put_away")
    details: tuple[tuple[str, str | int], ...] = ()  # shown to the supervisor (seq, sku, ...)


@dataclass(frozen=True)
class Approval:
    request: Request
    clerk_id: str
    supervisor_id: str
    supervisor_name: str
    at: datetime

    def covers(self, action: str, subject: str, clerk_id: str) -> bool:
        """Whether this approval is for exactly this action, subject and session's user."""
        request = self.request
        return (request.action, request.subject, self.clerk_id) == (action, subject, clerk_id)


class ApprovalService:
    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        auth: AuthService,
        clock: Clock,
        station_id: str,
    ) -> None:
        self._uow = uow_factory
        self._auth = auth  # the same badge/PIN check as a login: one lockout, one decoy
        self._clock = clock
        self._station = station_id

    def approve(self, clerk: Session, request: Request, badge: str, pin: str) -> Approval:
        """Check the approver's badge, PIN and role; audited either way."""
        now = self._clock.now()
        with self._uow() as uow:
            user: User | None = uow.users.by_badge(badge)  # named in the audit, if it exists

            def refuse(reason: str, error: DeskError) -> DeskError:
                record_audit(
                    uow,
                    self._clock,
                    self._station,
                    clerk.user_id,
                    "approval_refused",
                    request.subject,
                    {
                        "approval_for": request.action,
                        "why_needed": request.why,
                        "approver_badge": badge,
                        "approver_id": user.id if user else None,
                        "refused": reason,
                    },
                )
                uow.commit()
                return error

            try:
                user = self._auth.credentials(uow, badge, pin)
            except DeskError as wrong:
                locked = wrong.code is ErrorCode.ACCOUNT_LOCKED
                raise refuse("locked" if locked else "bad_credentials", wrong) from None
            if not user.can(request.permission) or user.id == clerk.user_id:
                error = DeskError(
                    ErrorCode.PERMISSION_DENIED,
                    permission=request.permission.value,
                    role=user.role.value,
                )
                raise refuse("role", error)
            record_audit(
                uow,
                self._clock,
                self._station,
                clerk.user_id,
                "approval_granted",
                request.subject,
                {
                    "approval_for": request.action,
                    "why_needed": request.why,
                    "approved_by": user.id,
                    **dict(request.details),
                },
            )
            uow.commit()
        return Approval(request, clerk.user_id, user.id, user.name, now)
