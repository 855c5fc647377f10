"""Users, roles and what each role may do. The services check these, not the GUI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from receiving_desk.domain.errors import DeskError, ErrorCode


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Permission(StrEnum):
    RECEIVE = "receive"
    VOID_RETURN = "void_return"
    OVERRIDE_DISPOSITION = "override_disposition"
    # Undo a unit already labelled or put away (reverses its stock); a supervisor may also
    # approve it for a clerk's session, once, by badge and PIN.
    REVERSE_STOCK = "reverse_stock"
    RUN_REPORTS = "run_reports"
    SYNC_NOW = "sync_now"
    CONFIGURE_STATION = "configure_station"
    MANAGE_USERS = "manage_users"
    MANAGE_RULES = "manage_rules"
    MANAGE_BINS = "manage_bins"
    IMPORT_REFERENCE = "import_reference"  # products, customers, RMAs, bins from files


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset({Permission.RECEIVE}),
    Role.SUPERVISOR: frozenset(
        {
            Permission.RECEIVE,
            Permission.VOID_RETURN,
            Permission.OVERRIDE_DISPOSITION,
            Permission.REVERSE_STOCK,
            Permission.RUN_REPORTS,
            Permission.SYNC_NOW,
            Permission.CONFIGURE_STATION,
        }
    ),
    Role.ADMIN: frozenset(Permission),
}


@dataclass
class User:
    id: str
    badge: str
    name: str
    role: Role
    pin_hash: str
    active: bool = True
    failed_logins: int = 0
    locked_until: datetime | None = None

    def can(self, permission: Permission) -> bool:
        return self.active and permission in ROLE_PERMISSIONS[self.role]


class SessionGuard(Protocol):
    """Checks a session against the user as the store has them now (role, active), and
    records a refusal. Sessions made by a login carry one."""

    def check(self, session: Session, permission: Permission, action: str, subject: str) -> None:
        """Returns if allowed; otherwise records the refusal and raises DeskError."""
        ...


@dataclass(frozen=True)
class Session:
    """Who is at the desk. Passed to every use case; the use case checks the permission."""

    user_id: str
    name: str
    role: Role
    station_id: str
    started_at: datetime
    guard: SessionGuard | None = field(default=None, compare=False, repr=False)

    def can(self, permission: Permission) -> bool:
        """What the role had at login: for what to offer on screen, never to decide."""
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission, action: str = "", subject: str = "") -> None:
        """Allowed now? The guard re-reads the user (a deactivation or a demotion after login
        counts at once) and audits a refusal with `action` (the use case) and `subject`."""
        if self.guard is not None:
            self.guard.check(self, permission, action or permission.value, subject)
        elif not self.can(permission):
            raise DeskError(
                ErrorCode.PERMISSION_DENIED, permission=permission.value, role=self.role.value
            )
