"""The store's threads take turns on one lock per file, held for a whole transaction."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from receiving_desk.adapters.store import engine as store_engine
from receiving_desk.adapters.store.engine import (
    create_store_engine,
    read_only,
    write_in_background,
    write_lock,
)
from tests.waiting import wait_until


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = create_store_engine(tmp_path / "desk.sqlite3")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (n INTEGER)"))
    yield engine  # type: ignore[misc]
    engine.dispose()


def test_a_second_writer_goes_in_when_the_first_commits(engine: Engine) -> None:
    order: list[str] = []
    first_in, second_trying = threading.Event(), threading.Event()

    def second() -> None:
        first_in.wait(5)
        second_trying.set()
        with engine.begin() as conn:  # waits on the lock, not in SQLite's busy handler
            order.append("second began")
            conn.execute(text("INSERT INTO t VALUES (2)"))

    thread = threading.Thread(target=second)
    thread.start()
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (1)"))
        first_in.set()
        assert second_trying.wait(5)
        order.append("first committing")  # the second cannot begin before this commits
    thread.join(5)
    assert order == ["first committing", "second began"]
    with engine.connect() as conn:
        assert conn.execute(text("SELECT n FROM t ORDER BY n")).scalars().all() == [1, 2]


def test_the_lock_is_free_after_commit_rollback_and_close(engine: Engine, tmp_path: Path) -> None:
    lock = write_lock(tmp_path / "desk.sqlite3")
    with engine.begin() as conn:
        assert lock.locked()
        conn.execute(text("INSERT INTO t VALUES (1)"))
    assert not lock.locked()
    conn = engine.connect()
    conn.execute(text("INSERT INTO t VALUES (2)"))
    conn.rollback()
    assert not lock.locked()
    conn.execute(text("INSERT INTO t VALUES (3)"))  # a new transaction, left open...
    assert lock.locked()
    conn.close()  # ...and ended by closing the connection
    assert not lock.locked()
    raw = engine.raw_connection()
    raw.close()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT n FROM t")).scalars().all() == [1]


def test_two_engines_on_one_file_share_the_lock(engine: Engine, tmp_path: Path) -> None:
    other = create_store_engine(tmp_path / "desk.sqlite3")
    try:
        with engine.begin():
            assert write_lock(tmp_path / "desk.sqlite3").locked()
            assert write_lock(tmp_path / "." / "desk.sqlite3").locked()  # same file, same lock
    finally:
        other.dispose()


def test_a_nested_transaction_on_one_thread_is_refused_as_locked_not_hung(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 100)
    with engine.begin(), pytest.raises(OperationalError) as refused, engine.begin():
        pass
    assert refused.value.orig.sqlite_errorname == "SQLITE_BUSY"  # type: ignore[union-attr]
    assert not write_lock(tmp_path / "desk.sqlite3").locked()
    with engine.begin() as conn:  # and the store is usable again
        conn.execute(text("INSERT INTO t VALUES (1)"))


def test_a_read_only_transaction_neither_takes_nor_waits_for_the_lock(
    engine: Engine, tmp_path: Path
) -> None:
    lock = write_lock(tmp_path / "desk.sqlite3")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (1)"))
    with engine.begin() as writer:  # a writer is in the middle of a transaction...
        writer.execute(text("INSERT INTO t VALUES (2)"))
        with read_only(engine).connect() as reader:  # ...and a reader goes in regardless
            assert lock.locked()
            # WAL: the reader sees the last commit, not the writer's open transaction.
            assert reader.execute(text("SELECT n FROM t")).scalars().all() == [1]
    assert not lock.locked()
    with read_only(engine).connect() as reader:
        assert reader.execute(text("SELECT n FROM t ORDER BY n")).scalars().all() == [1, 2]
        assert not lock.locked()


def test_writers_take_their_turns_in_the_order_they_came(engine: Engine, tmp_path: Path) -> None:
    lock = write_lock(tmp_path / "desk.sqlite3")
    order: list[int] = []

    def write(n: int) -> None:
        with engine.begin() as conn:
            order.append(n)
            conn.execute(text("INSERT INTO t VALUES (:n)"), {"n": n})

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    with engine.begin():
        for n, thread in enumerate(threads):
            thread.start()
            wait_until(lambda n=n: lock.waiting() > n, 10, "each writer queued before the next")
    for thread in threads:
        thread.join(10)
    assert order == [0, 1, 2, 3]
    assert not lock.locked()


def test_a_scan_goes_before_bookkeeping_that_came_first(engine: Engine, tmp_path: Path) -> None:
    lock = write_lock(tmp_path / "desk.sqlite3")
    order: list[str] = []

    def write(name: str, background: bool) -> None:
        if background:
            write_in_background()  # as a print worker or the syncer does at its start
        with engine.begin() as conn:
            order.append(name)
            conn.execute(text("INSERT INTO t VALUES (1)"))

    threads = [
        threading.Thread(target=write, args=("label 1", True)),
        threading.Thread(target=write, args=("sync", True)),
        threading.Thread(target=write, args=("scan", False)),
        threading.Thread(target=write, args=("use case", False)),
    ]
    with engine.begin():
        for n, thread in enumerate(threads):
            thread.start()
            wait_until(lambda n=n: lock.waiting() > n, 10, "each writer queued before the next")
    for thread in threads:
        thread.join(10)
    assert order == ["scan", "use case", "label 1", "sync"]
    assert not lock.locked()
    write("this thread", False)  # the marking is the marked thread's only
    assert order[-1] == "this thread"
