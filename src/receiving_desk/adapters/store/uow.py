"""Unit of work over the local store: one connection, one transaction.

A SQLite failure anywhere in a unit of work (opening it, a statement, the commit) leaves it as
the known error its SQLite error code names (busy, full, read-only, I/O, corrupt): the use
case's caller sees a `DeskError`, the transaction is rolled back, nothing half-written stays.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from types import TracebackType
from typing import Self

from sqlalchemy import Connection, Engine, Transaction
from sqlalchemy.exc import DBAPIError

from receiving_desk.adapters.printing.desk_printer import NoLabelJobs
from receiving_desk.adapters.store.inventory_repository import SqlInventory
from receiving_desk.adapters.store.receipt_repository import SqlReceiptRepository
from receiving_desk.adapters.store.repositories import (
    SqlAuditLog,
    SqlCatalogRepository,
    SqlOutbox,
    SqlRmaRepository,
    SqlUserRepository,
)
from receiving_desk.domain.ports import (
    AuditHolds,
    AuditLog,
    CatalogRepository,
    InventoryRepository,
    LabelJobs,
    Outbox,
    ReceiptRepository,
    ReferenceWriter,
    RmaRepository,
    UserRepository,
)
from receiving_desk.services.error_classes import store_error
from receiving_desk.timing import mark

# Opt-in timing: at DEBUG this logger notes the monotonic time right after each use case's
# commit (`benchmarks/scan_to_commit.py` times scans to it); off, it costs one level check.
timing = logging.getLogger("receiving_desk.timing.commit")


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SqlUnitOfWork:
    users: UserRepository
    catalog: CatalogRepository
    rmas: RmaRepository
    receipts: ReceiptRepository
    inventory: InventoryRepository
    audit: AuditLog
    outbox: Outbox
    labels: LabelJobs

    def __init__(
        self,
        engine: Engine,
        now: Callable[[], datetime] = _utc_now,
        labels: Callable[[Connection, Callable[[], datetime]], LabelJobs] | None = None,
    ) -> None:
        self._engine = engine
        self._now = now
        self._labels = labels  # the station's printers; none: this unit of work prints nothing
        self._conn: Connection | None = None
        self._tx: Transaction | None = None

    def __enter__(self) -> Self:
        try:
            self._conn = self._engine.connect()
            self._tx = self._conn.begin()
        except DBAPIError as exc:
            if self._conn is not None:
                self._conn.close()
            self._conn = self._tx = None
            raise _translate(exc) from exc
        conn = self._conn
        self.users = SqlUserRepository(conn)
        self.catalog = SqlCatalogRepository(conn)
        self.rmas = SqlRmaRepository(conn)
        self.receipts = SqlReceiptRepository(conn)
        self.inventory = SqlInventory(conn)
        self.audit = SqlAuditLog(conn)
        self.outbox = SqlOutbox(conn, self._now)
        self.labels = NoLabelJobs() if self._labels is None else self._labels(conn, self._now)
        return self

    @property
    def reference(self) -> ReferenceWriter:
        # Made when an import asks for it: its module (and the reference rows' checks) is
        # not needed by the desk's use cases, nor loaded by starting the desk.
        from receiving_desk.adapters.imports.local_writer import SqlReferenceWriter

        if isinstance(self.catalog, SqlCatalogRepository):
            self.catalog.forget()  # an import writes products on this connection
        return SqlReferenceWriter(self.connection)

    @property
    def audits(self) -> AuditHolds:
        # Made when asked: most use cases never touch audits.
        from receiving_desk.adapters.store.audit_repository import SqlAuditHolds

        return SqlAuditHolds(self.connection)

    @property
    def connection(self) -> Connection:
        assert self._conn is not None, "unit of work not entered"
        return self._conn

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if self._tx is not None and self._tx.is_active:
                self._tx.rollback()
        finally:
            if self._conn is not None:
                self._conn.close()
            self._conn = self._tx = None
        if isinstance(exc, DBAPIError):
            known = store_error(exc)
            if known is not None:
                raise known from exc

    def commit(self) -> None:
        assert self._tx is not None
        mark("commit.begin")
        try:
            self._tx.commit()
        except DBAPIError as exc:
            raise _translate(exc) from exc
        if timing.isEnabledFor(logging.DEBUG):
            timing.debug("committed at %.6f cpu=%.6f", time.monotonic(), time.thread_time())

    def rollback(self) -> None:
        assert self._tx is not None
        self._tx.rollback()


def _translate(exc: DBAPIError) -> Exception:
    return store_error(exc) or exc
