"""Known error or bug: classified by type and, for SQLite, by its error code (never its text).

The SQLite errors here are real ones, raised by a real SQLite file in each condition, wrapped by
SQLAlchemy the way the store meets them; only the I/O error, which a test cannot provoke
safely, is built by hand with its real code.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.services.error_classes import (
    SQLITE_IOERR,
    ErrorClass,
    classify,
    sqlite_error,
    store_error,
)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA busy_timeout=50")
    return conn


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "store.sqlite"
    conn = _connect(path)
    conn.execute("CREATE TABLE t (x BLOB)")
    conn.close()
    yield path


def _raised(fn: object) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as caught:
        fn()  # type: ignore[operator]
    return caught.value


def test_another_writer_beyond_the_busy_timeout_is_busy(db: Path) -> None:
    holder, waiter = _connect(db), _connect(db)
    holder.execute("BEGIN IMMEDIATE")
    try:
        error = _raised(lambda: waiter.execute("BEGIN IMMEDIATE"))
    finally:
        holder.execute("ROLLBACK")
    found = classify(error)
    assert found.error_class is ErrorClass.BUSY
    assert found.known is not None and found.known.code is ErrorCode.DATABASE_LOCKED


def test_a_full_database_is_full(db: Path) -> None:
    conn = _connect(db)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count={pages}")

    conn.execute("BEGIN IMMEDIATE")
    error = _raised(lambda: conn.execute("INSERT INTO t VALUES (?)", (b"x" * 100_000,)))
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    found = classify(error)
    assert (found.error_class, found.known and found.known.code) == (
        ErrorClass.STORAGE,
        ErrorCode.DATABASE_FULL,
    )


def test_a_read_only_database_is_read_only(db: Path) -> None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, isolation_level=None)
    found = classify(_raised(lambda: conn.execute("INSERT INTO t VALUES (1)")))
    assert found.known is not None and found.known.code is ErrorCode.DATABASE_READ_ONLY
    assert found.error_class is ErrorClass.STORAGE


def test_a_file_that_is_not_a_database_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"not a database " * 512)
    conn = sqlite3.connect(path)
    found = classify(_raised(lambda: conn.execute("SELECT * FROM sqlite_master")))
    assert found.known is not None and found.known.code is ErrorCode.DATABASE_CORRUPT
    assert found.known.params == {"sqlite": "SQLITE_NOTADB"}


def test_an_io_error_by_its_extended_code() -> None:
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = SQLITE_IOERR | (13 << 8)  # SQLITE_IOERR_FSYNC
    error.sqlite_errorname = "SQLITE_IOERR_FSYNC"
    known = store_error(error)
    assert known is not None and known.code is ErrorCode.DATABASE_IO_ERROR


def test_reached_through_sqlalchemy_and_a_chain_of_causes(db: Path) -> None:
    engine = create_engine(f"sqlite:///{db}")
    try:
        with pytest.raises(DBAPIError) as caught, engine.connect() as conn:
            conn.execute(text("PRAGMA query_only=ON"))
            conn.execute(text("INSERT INTO t VALUES (1)"))
    finally:
        engine.dispose()
    assert sqlite_error(caught.value) is caught.value.orig
    wrapped = RuntimeError("while saving")
    wrapped.__cause__ = caught.value
    known = store_error(wrapped)
    assert known is not None and known.code is ErrorCode.DATABASE_READ_ONLY


def test_the_message_text_decides_nothing() -> None:
    # "database is locked" in the text, but SQLITE_ERROR (1) as the code: not a known error.
    fake = sqlite3.OperationalError("database is locked")
    fake.sqlite_errorcode = 1
    fake.sqlite_errorname = "SQLITE_ERROR"
    wrapped = OperationalError("INSERT ...", {}, fake)
    assert store_error(wrapped) is None
    assert classify(wrapped).is_bug


def test_types_decide_the_rest() -> None:
    refused = DeskError(ErrorCode.PERMISSION_DENIED, permission="run_reports", role="clerk")
    assert classify(refused) == classify(refused)
    assert classify(refused).error_class is ErrorClass.USER
    printer = DeskError(ErrorCode.PRINTER_FAILED, printer="tcp://p:9100", reason="paper out")
    assert classify(printer).error_class is ErrorClass.DEVICE
    missing = classify(FileNotFoundError(2, "No such file or directory", "/media/card/1.jpg"))
    assert missing.error_class is ErrorClass.DEVICE
    assert missing.known is not None and missing.known.params == {
        "path": "/media/card/1.jpg",
        "reason": "No such file or directory",
    }
    for bug in (KeyError("x"), AttributeError("y"), ValueError("z"), ConnectionResetError()):
        assert classify(bug).is_bug and classify(bug).error_class is ErrorClass.BUG
