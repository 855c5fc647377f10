"""Every privileged step re-checks the user as the store has them now, and every refusal is
audited.

A session is what a login proved then; a supervisor deactivated or demoted centrally since
(the change arrives with the next pull) must not go on voiding. So `Session.require` asks
this guard, which reads the user's role and active flag in a unit of work of its own and,
when the answer is no, writes a `refused` audit entry — who (the user), what (the use case
and the permission), when, which desk — and commits it before refusing: the use case's own
transaction would roll the entry back with everything else.
"""

from __future__ import annotations

from collections.abc import Callable

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.ports import Clock, UnitOfWork
from receiving_desk.domain.users import ROLE_PERMISSIONS, Permission, Session
from receiving_desk.services.base import record_audit

REFUSED = "refused"  # the audit action of every refusal (details say of what)


class StoreSessionGuard:
    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        clock: Clock,
        station_id: str,
        reads: Callable[[], UnitOfWork] | None = None,
    ) -> None:
        self._uow = uow_factory
        # The check only reads: through `reads` (a read-only transaction of the store, which
        # waits for no writer) it does not queue for the write lock before every scan's use
        # case does. Only a refusal writes, in a transaction of its own.
        self._reads = reads or uow_factory
        self._clock = clock
        self._station = station_id

    def check(self, session: Session, permission: Permission, action: str, subject: str) -> None:
        with self._reads() as uow:
            user = uow.users.get(session.user_id)
        active = user is not None and user.active
        role = user.role if user is not None else session.role
        if active and permission in ROLE_PERMISSIONS[role]:
            return
        with self._uow() as uow:
            record_audit(
                uow, self._clock, self._station, session.user_id, REFUSED, subject or action,
                {"action": action, "permission": permission.value, "role": role.value,
                 "active": active},
            )  # fmt: skip
            uow.commit()
        if not active:
            raise DeskError(ErrorCode.USER_INACTIVE)
        raise DeskError(ErrorCode.PERMISSION_DENIED, permission=permission.value, role=role.value)


def refuse_unguarded(
    uow_factory: Callable[[], UnitOfWork],
    clock: Clock,
    station_id: str,
    action: str,
    permission: Permission,
) -> DeskError:
    """A refusal before anyone is logged in (e.g. the settings with no session): audited
    with no user, returned for the caller to raise."""
    with uow_factory() as uow:
        record_audit(
            uow, clock, station_id, None, REFUSED, action,
            {"action": action, "permission": permission.value, "role": None, "active": False},
        )  # fmt: skip
        uow.commit()
    return DeskError(ErrorCode.NOT_LOGGED_IN)
