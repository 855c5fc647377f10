"""The local SQLite store: engine with WAL, durable commits and one writer at a time.

Several threads of the desk write the one file (the use cases' worker, the scan journal, the
print queue, the syncer). Each transaction starts with BEGIN IMMEDIATE, so SQLite lets one
in at a time anyway; but a thread SQLite turns away waits in its busy handler, which sleeps
in growing steps (1, 2, 5, 10, 15, 20 ms ...) and often wakes long after the lock is free —
the tail of a scan's latency. So the threads of this process queue on one lock per store file
instead, taken before BEGIN IMMEDIATE and released when the transaction ends, and a waiting
thread goes in the moment the previous one commits; a scan's threads before the bookkeeping
ones (print queue, syncer), which keep their transactions short. Other processes
(`receiving-desk sync`, `db upgrade`) still meet SQLite's own lock and busy timeout. A
read-only engine (reports) cannot write and never takes the write lock, so it never holds up
a scan.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections import deque
from contextlib import suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import ConnectionPoolEntry

from receiving_desk.private_files import private_dir, private_file
from receiving_desk.timing import logger

BUSY_TIMEOUT_MS = 5000
_lock_timing = logger("lock")  # opt-in (receiving_desk/timing.py): waits, then holds
_held_timing = logger("lock.held")
READ_ONLY = "store_read_only"  # execution option: see read_only()


class WriteLock:
    """First come, first served within each of two classes: a busy worker that commits and
    begins again at once cannot starve the others (a plain lock, like SQLite's busy handler,
    lets it). The threads that carry a scan (the scan journal, the use cases' worker) go
    before bookkeeping threads (print queue, syncer: see `write_in_background`) that are
    waiting, so labels and sync never hold a scan's commit up for more than the one
    transaction already under way."""

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._waiting: deque[threading.Lock] = deque()
        self._waiting_background: deque[threading.Lock] = deque()
        self._held = False
        self.commits = 0  # write transactions ended (committed or not): the checkpointer's cue
        self._foreground_at = time.monotonic() - 3600.0  # the last scan-path write began

    def idle_for(self) -> float:
        """Seconds since a thread that is not bookkeeping (the scan journal, the use cases'
        worker) last asked for the lock: how long the clerk has been idle."""
        return time.monotonic() - self._foreground_at

    def acquire(self, timeout: float, background: bool = False) -> bool:
        if not background:
            self._foreground_at = time.monotonic()
        queue = self._waiting_background if background else self._waiting
        with self._mutex:
            if not self._held and not self._waiting and not self._waiting_background:
                self._held = True
                return True
            turn = threading.Lock()
            turn.acquire()
            queue.append(turn)
        if turn.acquire(timeout=timeout):
            return True  # handed over by release()
        with self._mutex:
            try:
                queue.remove(turn)
            except ValueError:
                return True  # handed over just as the wait ran out
            return False

    def release(self) -> None:
        with self._mutex:
            self.commits += 1
            if self._waiting:
                self._waiting.popleft().release()  # still held: now by the next in line
            elif self._waiting_background:
                self._waiting_background.popleft().release()
            else:
                self._held = False

    def locked(self) -> bool:
        return self._held

    def waiting(self) -> int:
        return len(self._waiting) + len(self._waiting_background)


_thread_kind = threading.local()


def write_in_background(durable: bool = True) -> None:
    """Marks the calling thread as bookkeeping (a print worker, the syncer): its write
    transactions let the scan path's waiting ones go first. Called at the thread's start.

    `durable=False`: its commits skip the fsync (`synchronous=NORMAL`, WAL: a crash of the
    process loses nothing, a power cut may lose its last commits; the next durable commit of
    any thread makes them durable too). Only for writes that are safe to lose and redo — the
    syncer's "sent" marks and watermarks (what is re-sent, the central merge ignores) — so
    its transactions hold the write lock, and a scan waiting for it, for no disk flush."""
    _thread_kind.background = True
    _thread_kind.relaxed = not durable


_locks_guard = threading.Lock()
_write_locks: dict[str, WriteLock] = {}


def write_lock(path: Path) -> WriteLock:
    """The process-wide lock of one store file (the same for every engine opened on it)."""
    key = str(path.resolve())
    with _locks_guard:
        return _write_locks.setdefault(key, WriteLock())


class StoreConnection(sqlite3.Connection):
    """A pysqlite connection that holds its store's write lock for the whole transaction."""

    write_lock: WriteLock
    _holding = False
    _relaxed = False  # this transaction commits without an fsync (`write_in_background`)
    _taken_at = 0.0  # when the lock was taken (only while timing)

    def take_write_lock(self) -> None:
        # A plain lock with SQLite's own timeout: a thread that nests a second transaction
        # gets "database is locked" after the timeout, as without this lock, never a hang.
        background = getattr(_thread_kind, "background", False)
        timed = _lock_timing.isEnabledFor(logging.DEBUG)
        asked = time.monotonic() if timed else 0.0
        if not self.write_lock.acquire(BUSY_TIMEOUT_MS / 1000, background):
            busy = sqlite3.OperationalError("database is locked")
            busy.sqlite_errorcode = sqlite3.SQLITE_BUSY
            busy.sqlite_errorname = "SQLITE_BUSY"
            raise OperationalError("BEGIN IMMEDIATE", None, busy)
        self._holding = True
        if getattr(_thread_kind, "relaxed", False):  # before BEGIN: outside the transaction
            self.execute("PRAGMA synchronous=NORMAL")
            self._relaxed = True
        if timed:
            self._taken_at = now = time.monotonic()
            _lock_timing.debug(
                "at %.6f cpu=%.6f waited=%.6f bg=%d",
                now,
                time.thread_time(),
                now - asked,
                background,
            )

    def release_write_lock(self) -> None:
        """Once the transaction has ended (a failed COMMIT may leave it open)."""
        if self._holding and not self.in_transaction:
            if self._relaxed:  # the pooled connection's next user commits durably again
                self._relaxed = False
                self.execute("PRAGMA synchronous=FULL")
            self._holding = False
            self.write_lock.release()
            if self._taken_at:
                now = time.monotonic()
                _held_timing.debug("at %.6f held=%.6f", now, now - self._taken_at)
                self._taken_at = 0.0

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            self.release_write_lock()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            self.release_write_lock()

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self._holding:  # closing ends (rolls back) any open transaction
                self._holding = False
                self.write_lock.release()


def read_only(engine: Engine) -> Engine:
    """The store for transactions that only read (the syncer's outbox batches, backlog
    counts): a deferred BEGIN without the write lock. WAL gives such a reader a consistent
    snapshot without waiting for writers or holding them up; a write inside one would have to
    wait for SQLite's lock like another process."""
    return engine.execution_options(**{READ_ONLY: True})


def _private_store(path: Path) -> None:
    """The store is made 0600 in a 0700 folder before SQLite opens it (SQLite gives its WAL
    and shared-memory files the store's mode); a store from an earlier release is tightened."""
    private_dir(path.parent)
    if not path.exists():
        with suppress(FileExistsError):  # an empty file is an empty SQLite database
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for suffix in ("", "-wal", "-shm"):
        private_file(Path(f"{path}{suffix}"))


def create_store_engine(
    path: Path, *, read_only: bool = False, checkpoint_in_background: bool = False
) -> Engine:
    """`checkpoint_in_background`: this process runs a `checkpoint.Checkpointer` on the store,
    so its commits never checkpoint the WAL themselves (see there)."""
    if read_only:
        return _read_only_engine(path)
    _private_store(path)
    lock = write_lock(path)
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={"check_same_thread": False, "factory": StoreConnection},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: StoreConnection, record: ConnectionPoolEntry) -> None:
        dbapi_connection.write_lock = lock
        # Take over transaction control from pysqlite so BEGIN IMMEDIATE can be issued below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # read at connect: tests tune it
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit the clerk saw acknowledged survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        if checkpoint_in_background:
            cursor.execute("PRAGMA wal_autocheckpoint=0")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Take the write lock at the start: a read-then-write transaction can then never fail
        # half-way with "database is locked" when another writer comes in meanwhile.
        if conn.get_execution_options().get(READ_ONLY):
            conn.exec_driver_sql("BEGIN")
            return
        dbapi_connection: StoreConnection = conn.connection.dbapi_connection
        dbapi_connection.take_write_lock()
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            dbapi_connection.release_write_lock()
            raise

    return engine


def _read_only_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, record: ConnectionPoolEntry) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    return engine
