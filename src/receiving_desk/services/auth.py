"""Log in by badge + PIN. Failed attempts are counted and audited; five in a row lock the
badge for a few minutes. The PIN itself is never logged or stored in clear."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.ports import Clock, PinHasher, UnitOfWork
from receiving_desk.domain.users import LOCKOUT_MINUTES, MAX_FAILED_LOGINS, Session
from receiving_desk.services.base import record_audit


class AuthService:
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

    def _audit(self, uow: UnitOfWork, user_id: str | None, action: str, subject: str) -> None:
        record_audit(uow, self._clock, self._station, user_id, action, subject)

    def login(self, badge: str, pin: str) -> Session:
        now = self._clock.now()
        with self._uow() as uow:
            user = uow.users.by_badge(badge)
            if user is None or not user.active:
                self._audit(uow, None, "login_failed", badge)
                uow.commit()
                raise DeskError(ErrorCode.BAD_CREDENTIALS)
            if user.locked_until is not None and user.locked_until > now:
                self._audit(uow, user.id, "login_refused_locked", badge)
                uow.commit()
                raise DeskError(ErrorCode.ACCOUNT_LOCKED, until=user.locked_until)
            if not self._hasher.verify(user.pin_hash, pin):
                user.failed_logins += 1
                if user.failed_logins >= MAX_FAILED_LOGINS:
                    user.locked_until = now + timedelta(minutes=LOCKOUT_MINUTES)
                    user.failed_logins = 0
                uow.users.save_login_state(user)
                self._audit(uow, user.id, "login_failed", badge)
                uow.commit()
                raise DeskError(ErrorCode.BAD_CREDENTIALS)
            user.failed_logins = 0
            user.locked_until = None
            uow.users.save_login_state(user)
            self._audit(uow, user.id, "login", badge)
            uow.commit()
        return Session(user.id, user.name, user.role, self._station, now)

    def logout(self, session: Session) -> None:
        with self._uow() as uow:
            self._audit(uow, session.user_id, "logout", session.user_id)
            uow.commit()
