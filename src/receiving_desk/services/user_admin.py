"""Users, administered: add, change role, deactivate, reset PIN. Only a session whose role may
manage users gets through; every change and every refusal is audited. A user is never deleted
(history names them): deactivating stops the badge from logging in."""

from __future__ import annotations

import re
from collections.abc import Callable

from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.ports import Clock, DirectoryWork, PinHasher
from receiving_desk.domain.refusals import _t, refused
from receiving_desk.domain.security_policy import SecuritySettings
from receiving_desk.domain.users import Permission, Role, Session, User
from receiving_desk.services.base import record_audit

BADGE_PATTERN = DeskPatterns().badge


def check_badge(badge: str) -> None:
    """A badge must read as a badge at the desk's login step, or it could never log in."""
    if re.fullmatch(BADGE_PATTERN, badge) is None:
        raise refused(
            _t("badge {badge}: a badge code is BADGE- and 3 to 12 capital letters or digits"
               " ({example})"),
            badge=repr(badge), example="BADGE-A001",
        )  # fmt: skip


class UserAdmin:
    def __init__(
        self,
        uow_factory: Callable[[], DirectoryWork],  # local store, or central (admin_work)
        hasher: PinHasher,
        clock: Clock,
        station_id: str,
        policy: SecuritySettings | None = None,
    ) -> None:
        self._uow = uow_factory
        self._hasher = hasher
        self._clock = clock
        self._station = station_id
        self._policy = policy or SecuritySettings()  # the PIN length the site asks for

    @staticmethod
    def _allowed(session: Session, action: str, subject: str) -> None:
        """Re-checked and, when refused, audited by the session's guard (before this use
        case's own unit of work: the refusal must commit on its own)."""
        session.require(Permission.MANAGE_USERS, action, subject)

    def _user(self, uow: DirectoryWork, badge: str) -> User:
        user = uow.users.by_badge(badge)
        if user is None:
            raise refused(_t("no user with badge {badge}"), badge=badge)
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
        self._policy.check_pin(pin)
        if not name.strip():
            raise refused(_t("a user needs a name"))
        self._allowed(session, "user_added", badge)
        with self._uow() as uow:
            if uow.users.by_badge(badge) is not None:
                raise refused(_t("badge {badge} is taken"), badge=badge)
            user = User(f"U-{badge}", badge, name.strip(), role, self._hasher.hash(pin))
            uow.users.add(user)
            self._done(uow, session, "user_added", user, role=role.value)
        return user

    def first_admin(self, badge: str, name: str, pin: str) -> User:
        """The desk's first user, an admin: only while the store has no user at all (after
        that, users are added by an admin's login)."""
        check_badge(badge)
        self._policy.check_pin(pin)
        if not name.strip():
            raise refused(_t("a user needs a name"))
        with self._uow() as uow:
            if uow.users.count():
                raise refused(
                    _t("this desk has users already: an admin adds more ({command})"),
                    command="admin users add",
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
        self._allowed(session, "users_listed", "users")
        with self._uow() as uow:
            return uow.users.all()

    def badge_card(self, session: Session, badge: str) -> User:
        """The user a badge card is printed for: a card logs in (with the PIN), so who
        printed whose is audited."""
        self._allowed(session, "badge_card_printed", badge)
        with self._uow() as uow:
            user = self._user(uow, badge)
            self._done(uow, session, "badge_card_printed", user)
        return user

    def set_role(self, session: Session, badge: str, role: Role) -> User:
        self._allowed(session, "user_role_changed", badge)
        with self._uow() as uow:
            user = self._user(uow, badge)
            before, user.role = user.role, role
            uow.users.save(user)
            self._done(
                uow, session, "user_role_changed", user, before=before.value, role=role.value
            )
        return user

    def deactivate(self, session: Session, badge: str) -> User:
        self._allowed(session, "user_deactivated", badge)
        with self._uow() as uow:
            user = self._user(uow, badge)
            if user.id == session.user_id:
                raise refused(_t("you cannot deactivate yourself"))
            user.active = False
            uow.users.save(user)
            self._done(uow, session, "user_deactivated", user)
        return user

    def reset_pin(self, session: Session, badge: str, pin: str) -> User:
        self._policy.check_pin(pin)
        self._allowed(session, "user_pin_reset", badge)
        with self._uow() as uow:
            user = self._user(uow, badge)
            user.pin_hash = self._hasher.hash(pin)
            user.failed_logins, user.locked_until = 0, None  # a reset also lifts a lockout
            uow.users.save(user)
            self._done(uow, session, "user_pin_reset", user)
        return user
