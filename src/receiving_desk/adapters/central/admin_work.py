"""An administrator's changes on a desk with central settings go to the central database
(users, bins, the rules file), with their audit entries, in one central transaction; every
desk gets them by its pull. The connection needs a role that may write the reference tables:
the desk's own least-privilege role may not (PostgreSQL then refuses, and nothing changes)."""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

from sqlalchemy import Connection, Engine, func, insert, or_, select, update
from sqlalchemy.engine import Transaction
from sqlalchemy.exc import DBAPIError

from receiving_desk.adapters.central import reference_schema as c
from receiving_desk.adapters.central.connection import masked, scrub
from receiving_desk.adapters.central.schema import audit_entries, desk_accounts
from receiving_desk.domain.audit import AuditEntry
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.ports import AuditLog, PublishedRules, RulesFiles, UserRepository
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


class CentralRulesFiles:
    """The rules files of the site of `station_id` (its registration in desk_accounts; a desk
    not registered — a single-site installation — loads and reads the unsited ones)."""

    def __init__(self, conn: Connection, station_id: str | None) -> None:
        self._conn = conn
        self._station = station_id

    def _site(self) -> str | None:
        if self._station is None:
            return None
        where = desk_accounts.c.desk_id == self._station
        return self._conn.execute(select(desk_accounts.c.site).where(where)).scalar()

    def newest(self) -> PublishedRules | None:
        f, site = c.rules_files, self._site()
        mine = f.c.site.is_(None) if site is None else or_(f.c.site.is_(None), f.c.site == site)
        row = self._conn.execute(select(f).where(mine).order_by(f.c.id.desc()).limit(1)).first()
        if row is None:
            return None
        return PublishedRules(
            row.version, row.content, row.sha256, row.loaded_by, row.loaded_at_desk, row.loaded_at
        )

    def add(self, rules: PublishedRules) -> None:
        self._conn.execute(
            insert(c.rules_files).values(
                site=self._site(), version=rules.version, content=rules.content,
                sha256=rules.sha256, loaded_by=rules.loaded_by,
                loaded_at_desk=rules.loaded_at_desk, loaded_at=rules.loaded_at,
            )
        )  # fmt: skip


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
    rules_files: RulesFiles

    def __init__(
        self, engine: Engine, explain: bool = False, station_id: str | None = None
    ) -> None:
        self._engine = engine
        self._station = station_id  # whose site's rules files
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
        self.rules_files = CentralRulesFiles(self._conn, self._station)
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
