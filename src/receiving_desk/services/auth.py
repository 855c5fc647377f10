"""Log in by badge + PIN. Failed attempts are counted per badge and audited; too many in a row
lock the badge for a while (`login_locked`). The PIN itself is never logged or stored in clear.

Every attempt costs one PIN verification, whatever the badge: an unknown, inactive or locked
badge is checked against a decoy hash, so the time an answer takes does not tell which badges
exist. Sessions made here carry the guard that re-checks the user before each privileged
step (see session_guard.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.ports import Clock, PinHasher, UnitOfWork
from receiving_desk.domain.security_policy import SecuritySettings
from receiving_desk.domain.users import Session, User
from receiving_desk.services.base import record_audit
from receiving_desk.services.session_guard import StoreSessionGuard

DECOY_PIN = "decoy-pin-never-accepted"


class AuthService:
    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        hasher: PinHasher,
        clock: Clock,
        station_id: str,
        policy: SecuritySettings | None = None,
        reads: Callable[[], UnitOfWork] | None = None,  # read-only transactions (the guard)
    ) -> None:
        self._uow = uow_factory
        self._hasher = hasher
        self._clock = clock
        self._station = station_id
        self._policy = policy or SecuritySettings()
        self.guard = StoreSessionGuard(uow_factory, clock, station_id, reads)
        self._decoy: str | None = None  # made at the first login: not at every start

    def _audit(self, uow: UnitOfWork, user_id: str | None, action: str, subject: str) -> None:
        record_audit(uow, self._clock, self._station, user_id, action, subject)

    def login(self, badge: str, pin: str) -> Session:
        now = self._clock.now()
        with self._uow() as uow:
            try:
                user = self.credentials(uow, badge, pin)
            except DeskError:
                uow.commit()  # the failed attempt's count and audit entries stay
                raise
            self._audit(uow, user.id, "login", badge)
            uow.commit()
        return Session(user.id, user.name, user.role, self._station, now, self.guard)

    def credentials(self, uow: UnitOfWork, badge: str, pin: str) -> User:
        """The active user behind `badge` and `pin`, or DeskError (BAD_CREDENTIALS,
        ACCOUNT_LOCKED) — for a login and for a supervisor's approval alike, so both count
        towards the same lockout. The attempt's audit entries and counts are written into
        `uow`; the caller commits, whatever the answer."""
        if self._decoy is None:  # the first attempt pays for it, whatever the badge
            self._decoy = self._hasher.hash(DECOY_PIN)  # same algorithm and pepper as real
        decoy, now = self._decoy, self._clock.now()
        user = uow.users.by_badge(badge)
        if user is None or not user.active:
            self._hasher.verify(decoy, pin)  # the time a known badge takes
            self._audit(uow, None, "login_failed", badge)
            raise DeskError(ErrorCode.BAD_CREDENTIALS)
        if user.locked_until is not None and user.locked_until > now:
            self._hasher.verify(decoy, pin)
            self._audit(uow, user.id, "login_refused_locked", badge)
            raise DeskError(ErrorCode.ACCOUNT_LOCKED, until=user.locked_until)
        if not self._hasher.verify(user.pin_hash, pin):
            user.failed_logins += 1
            locked = user.failed_logins >= self._policy.max_failed_logins
            if locked:
                user.locked_until = now + timedelta(minutes=self._policy.lockout_minutes)
                user.failed_logins = 0
            uow.users.save_login_state(user)
            self._audit(uow, user.id, "login_failed", badge)
            if locked:
                self._audit(uow, user.id, "login_locked", badge)
            raise DeskError(ErrorCode.BAD_CREDENTIALS)
        if user.failed_logins or user.locked_until is not None:
            user.failed_logins, user.locked_until = 0, None
            uow.users.save_login_state(user)
        return user

    def logout(self, session: Session, action: str = "logout", **details: str) -> None:
        with self._uow() as uow:
            record_audit(
                uow, self._clock, self._station, session.user_id, action, session.user_id,
                dict(details),
            )  # fmt: skip
            uow.commit()
