"""The one SQLite engine set-up for the local store: WAL, durable commits, one busy timeout.

A writing engine (the desk) takes the write lock at the start of every transaction; a
read-only engine (reports) cannot write and never takes the write lock, so it never holds up
a scan.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry

BUSY_TIMEOUT_MS = 5000  # how long a writer waits for another's lock before "busy"


def create_store_engine(path: Path, *, read_only: bool = False) -> Engine:
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite+pysqlite:///{path}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, record: ConnectionPoolEntry) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # read at connect: tests tune it
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
            cursor.close()
            return
        # Take over transaction control from pysqlite so BEGIN IMMEDIATE can be issued below.
        dbapi_connection.isolation_level = None
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit the clerk saw acknowledged survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    if not read_only:

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            # Take the write lock at the start: a read-then-write transaction can then never
            # fail half-way with SQLITE_BUSY when another process writes meanwhile.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
