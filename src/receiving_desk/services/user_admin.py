"""Users, administered: add, change role, deactivate, reset PIN. Only a session whose role may
manage users gets through; every change and every refusal is audited. A user is never deleted
(history names them): deactivating stops the badge from logging in."""

from __future__ import annotations

import re
from collections.abc import Callable

from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.ports import Clock, DirectoryWork, PinHasher
from receiving_desk.domain.users import Permission, Role, Session, User
from receiving_desk.services.base import record_audit

PIN_LENGTHS = range(4, 13)
BADGE_PATTERN = DeskPatterns().badge


def check_pin(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit() and len(pin) in PIN_LENGTHS):
        raise DeskError(ErrorCode.INVALID_SETTING, reason="a PIN is 4 to 12 digits")


def check_badge(badge: str) -> None:
    """A badge must read as a badge at the desk's login step, or it could never log in."""
    if re.fullmatch(BADGE_PATTERN, badge) is None:
        raise DeskError(
            ErrorCode.INVALID_SETTING,
            reason="a badge code is BADGE- and 3 to 12 capital letters or digits (BADGE-A001)",
        )


class UserAdmin:
    def __init__(
        self,
        uow_factory: Callable[[], DirectoryWork],  # local store, or central (admin_work)
        hasher: PinHasher,
        clock: Clock,
        station_id: str,
    ) -> None:
        self._uow = uow_factory
        self._hasher = hasher
        self._clock = clock
        self._station = station_id

    def _allowed(self, uow: DirectoryWork, session: Session, action: str, subject: str) -> None:
        if not session.can(Permission.MANAGE_USERS):
            record_audit(
                uow, self._clock, self._station, session.user_id, "refused", subject,
                {"action": action, "role": session.role.value},
            )  # fmt: skip
            uow.commit()
            session.require(Permission.MANAGE_USERS)

    def _user(self, uow: DirectoryWork, badge: str) -> User:
        user = uow.users.by_badge(badge)
        if user is None:
            raise DeskError(ErrorCode.INVALID_SETTING, reason=f"no user with badge {badge}")
        return user

    def _done(
        self, uow: DirectoryWork, session: Session, action: str, user: User, **details: str
    ) -> None:
        record_audit(
            uow, self._clock, self._station, session.user_id, action, user.id,
            {"badge": user.badge, **details},
        )  # fmt: skip
        uow.commit()

    def add(self, session: Session, badge: str, name: str, role: Role, pin: str) -> User:
        check_badge(badge)
        check_pin(pin)
        if not name.strip():
            raise DeskError(ErrorCode.INVALID_SETTING, reason="a user needs a name")
        with self._uow() as uow:
            self._allowed(uow, session, "user_added", badge)
            if uow.users.by_badge(badge) is not None:
                raise DeskError(ErrorCode.INVALID_SETTING, reason=f"badge {badge} is taken")
            user = User(f"U-{badge}", badge, name.strip(), role, self._hasher.hash(pin))
            uow.users.add(user)
            self._done(uow, session, "user_added", user, role=role.value)
        return user

    def first_admin(self, badge: str, name: str, pin: str) -> User:
        """The desk's first user, an admin: only while the store has no user at all (after
        that, users are added by an admin's login)."""
        check_badge(badge)
        check_pin(pin)
        if not name.strip():
            raise DeskError(ErrorCode.INVALID_SETTING, reason="a user needs a name")
        with self._uow() as uow:
            if uow.users.count():
                raise DeskError(
                    ErrorCode.INVALID_SETTING,
                    reason="this desk has users already: an admin adds more (admin users add)",
                )
            user = User(f"U-{badge}", badge, name.strip(), Role.ADMIN, self._hasher.hash(pin))
            uow.users.add(user)
            record_audit(
                uow, self._clock, self._station, user.id, "first_admin_created", user.id,
                {"badge": badge},
            )  # fmt: skip
            uow.commit()
        return user

    def users(self, session: Session) -> list[User]:
        """Every user, for the administration screen (admins only; a refusal is audited)."""
        with self._uow() as uow:
            self._allowed(uow, session, "users_listed", "users")
            return uow.users.all()

    def badge_card(self, session: Session, badge: str) -> User:
        """The user a badge card is printed for: a card logs in (with the PIN), so who
        printed whose is audited."""
        with self._uow() as uow:
            self._allowed(uow, session, "badge_card_printed", badge)
            user = self._user(uow, badge)
            self._done(uow, session, "badge_card_printed", user)
        return user

    def set_role(self, session: Session, badge: str, role: Role) -> User:
        with self._uow() as uow:
            self._allowed(uow, session, "user_role_changed", badge)
            user = self._user(uow, badge)
            before, user.role = user.role, role
            uow.users.save(user)
            self._done(
                uow, session, "user_role_changed", user, before=before.value, role=role.value
            )
        return user

    def deactivate(self, session: Session, badge: str) -> User:
        with self._uow() as uow:
            self._allowed(uow, session, "user_deactivated", badge)
            user = self._user(uow, badge)
            if user.id == session.user_id:
                raise DeskError(ErrorCode.INVALID_SETTING, reason="you cannot deactivate yourself")
            user.active = False
            uow.users.save(user)
            self._done(uow, session, "user_deactivated", user)
        return user

    def reset_pin(self, session: Session, badge: str, pin: str) -> User:
        check_pin(pin)
        with self._uow() as uow:
            self._allowed(uow, session, "user_pin_reset", badge)
            user = self._user(uow, badge)
            user.pin_hash = self._hasher.hash(pin)
            user.failed_logins, user.locked_until = 0, None  # a reset also lifts a lockout
            uow.users.save(user)
            self._done(uow, session, "user_pin_reset", user)
        return user
