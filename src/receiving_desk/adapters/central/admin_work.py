"""An administrator's changes on a desk with central settings go to the central database
(users, bins), with their audit entries, in one central transaction; every desk gets them by
its pull. The connection needs a role that may write the reference tables: the desk's own
least-privilege role may not (PostgreSQL then refuses, and nothing changes)."""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.engine import Transaction
from sqlalchemy.exc import DBAPIError

from receiving_desk.adapters.central import reference_schema as c
from receiving_desk.adapters.central.connection import masked, scrub
from receiving_desk.adapters.central.schema import audit_entries
from receiving_desk.domain.audit import AuditEntry
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.ports import AuditLog, UserRepository
from receiving_desk.domain.refusals import _t, refusal, said
from receiving_desk.domain.users import Role, User


class CentralUsers:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    @staticmethod
    def _user(row: Any) -> User:
        return User(row.id, row.badge, row.name, Role(row.role), row.pin_hash, row.active)

    def _one(self, where: Any) -> User | None:
        row = self._conn.execute(select(c.users).where(where)).first()
        return None if row is None else self._user(row)

    def by_badge(self, badge: str) -> User | None:
        return self._one(c.users.c.badge == badge)

    def get(self, user_id: str) -> User | None:
        return self._one(c.users.c.id == user_id)

    def all(self) -> list[User]:
        rows = self._conn.execute(select(c.users).order_by(c.users.c.name, c.users.c.badge))
        return [self._user(row) for row in rows]

    def count(self) -> int:
        return int(self._conn.execute(select(func.count()).select_from(c.users)).scalar_one())

    def add(self, user: User) -> None:
        self._conn.execute(
            insert(c.users).values(
                id=user.id, badge=user.badge, name=user.name, role=user.role.value,
                pin_hash=user.pin_hash, active=user.active,
            )
        )  # fmt: skip

    def save(self, user: User) -> None:
        self._conn.execute(
            update(c.users)
            .where(c.users.c.id == user.id)
            .values(name=user.name, role=user.role.value, pin_hash=user.pin_hash,
                    active=user.active)
        )  # fmt: skip

    def save_login_state(self, user: User) -> None:
        """Failed logins and lockouts are each desk's own: nothing central to keep."""


class CentralAudit:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def append(self, entry: AuditEntry) -> None:
        self._conn.execute(
            insert(audit_entries).values(
                id=entry.id, desk_id=entry.station_id, at=entry.at, user_id=entry.user_id,
                action=entry.action, subject=entry.subject, details=entry.details,
            )
        )  # fmt: skip


class CentralAdminWork:
    """One central transaction over users and the audit entries (the services'
    `DirectoryWork`). Leaving the `with` block without `commit()` rolls back."""

    users: UserRepository
    audit: AuditLog

    def __init__(self, engine: Engine, explain: bool = False) -> None:
        self._engine = engine
        self._explain = explain  # a refusal or outage as the desk's known error (the GUI)
        self._conn: Connection | None = None
        self._tx: Transaction | None = None

    def __enter__(self) -> Self:
        try:
            self._conn = self._engine.connect()
        except DBAPIError as exc:
            if self._explain:
                raise self._refusal(exc) from exc
            raise
        self._tx = self._conn.begin()
        self.users = CentralUsers(self._conn)
        self.audit = CentralAudit(self._conn)
        return self

    def commit(self) -> None:
        assert self._conn is not None and self._tx is not None, "not entered"
        self._tx.commit()
        self._tx = self._conn.begin()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if self._tx is not None and self._tx.is_active:
                self._tx.rollback()
            if self._conn is not None:
                self._conn.close()
        finally:
            self._conn = self._tx = None
        if self._explain and isinstance(exc, DBAPIError):
            raise self._refusal(exc) from exc

    def _refusal(self, exc: DBAPIError) -> DeskError:
        problem = scrub(str(exc.orig), self._engine.url)
        # The database's own words, inside a sentence that names which database refused.
        why = refusal(
            _t("the central database {database} refused: {problem}"),
            database=masked(self._engine.url), problem=problem,
        )  # fmt: skip
        return DeskError(ErrorCode.INVALID_SETTING, **said(why))
