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
from datetime import datetime, timedelta

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.ports import Clock, PinHasher, UnitOfWork
from receiving_desk.domain.users import LOCKOUT_MINUTES, MAX_FAILED_LOGINS, Permission, Session
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
        hasher: PinHasher,
        clock: Clock,
        station_id: str,
    ) -> None:
        self._uow = uow_factory
        self._hasher = hasher
        self._clock = clock
        self._station = station_id

    def approve(self, clerk: Session, request: Request, badge: str, pin: str) -> Approval:
        """Check the approver's badge, PIN and role; audited either way."""
        now = self._clock.now()
        with self._uow() as uow:
            user = uow.users.by_badge(badge)

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

            if user is None or not user.active:
                raise refuse("bad_credentials", DeskError(ErrorCode.BAD_CREDENTIALS))
            if user.locked_until is not None and user.locked_until > now:
                raise refuse("locked", DeskError(ErrorCode.ACCOUNT_LOCKED, until=user.locked_until))
            if not self._hasher.verify(user.pin_hash, pin):
                user.failed_logins += 1
                if user.failed_logins >= MAX_FAILED_LOGINS:
                    user.locked_until = now + timedelta(minutes=LOCKOUT_MINUTES)
                    user.failed_logins = 0
                uow.users.save_login_state(user)
                raise refuse("bad_credentials", DeskError(ErrorCode.BAD_CREDENTIALS))
            if user.failed_logins or user.locked_until is not None:
                user.failed_logins, user.locked_until = 0, None
                uow.users.save_login_state(user)
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
