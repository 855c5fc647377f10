"""Users, roles and what each role may do. The services check these, not the GUI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from receiving_desk.domain.errors import DeskError, ErrorCode


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Permission(StrEnum):
    RECEIVE = "receive"
    VOID_RETURN = "void_return"
    OVERRIDE_DISPOSITION = "override_disposition"
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
            Permission.RUN_REPORTS,
            Permission.SYNC_NOW,
            Permission.CONFIGURE_STATION,
        }
    ),
    Role.ADMIN: frozenset(Permission),
}

MAX_FAILED_LOGINS = 5
LOCKOUT_MINUTES = 5


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


@dataclass(frozen=True)
class Session:
    """Who is at the desk. Passed to every use case; the use case checks the permission."""

    user_id: str
    name: str
    role: Role
    station_id: str
    started_at: datetime

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise DeskError(
                ErrorCode.PERMISSION_DENIED, permission=permission.value, role=self.role.value
            )
