"""Marking a pushed backlog sent never holds the store's write lock for long: short
transactions, with a waiting scan's commit let in between them."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select

from receiving_desk.adapters.central import local_state
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.engine import create_store_engine, write_lock
from receiving_desk.adapters.store.uow import SqlUnitOfWork
from receiving_desk.domain.events import UnitWithdrawn
from tests.waiting import wait_until

AT = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
MESSAGES = 2 * local_state.MARK_CHUNK + 50


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = create_store_engine(tmp_path / "desk.sqlite3")
    migrate.upgrade(engine)
    with SqlUnitOfWork(engine, lambda: AT) as uow:
        for n in range(MESSAGES):
            uow.outbox.put(
                UnitWithdrawn(
                    receipt_id=f"R-{n}", unit_id=f"U-{n}", withdrawn_by="U-C001", withdrawn_at=AT
                )
            )
        uow.commit()
    yield engine  # type: ignore[misc]
    engine.dispose()


def _unsent(engine: Engine) -> int:
    with engine.connect() as conn:
        query = select(func.count()).where(t.outbox.c.sent_at.is_(None))
        return int(conn.execute(query).scalar_one())


def test_a_backlog_is_marked_sent_in_short_transactions(engine: Engine) -> None:
    commits: list[int] = []

    def on_commit(conn: Any) -> None:  # before each COMMIT: the rows it marks
        marked = conn.execute(select(func.count()).where(t.outbox.c.sent_at.is_not(None)))
        commits.append(int(marked.scalar_one()) - sum(commits))

    event.listen(engine, "commit", on_commit)
    assert local_state.mark_sent(engine, 1, MESSAGES, AT) == MESSAGES
    assert commits == [local_state.MARK_CHUNK, local_state.MARK_CHUNK, 50]
    assert _unsent(engine) == 0
    assert local_state.mark_sent(engine, 1, MESSAGES, AT) == 0  # a re-mark changes nothing


def test_a_scan_waiting_for_the_store_goes_in_between_two_marks(
    engine: Engine, tmp_path: Path
) -> None:
    lock = write_lock(tmp_path / "desk.sqlite3")
    order: list[str] = []
    scan = threading.Thread(target=lambda: _scan(engine, order))

    def on_commit(_conn: Any) -> None:
        if threading.current_thread() is scan:
            return
        order.append("marked")
        if not scan.is_alive() and len(order) == 1:  # the first mark holds the lock...
            scan.start()
            wait_until(lambda: lock.waiting() >= 1, 10, "the scan to queue")  # ...for the lock

    event.listen(engine, "commit", on_commit)
    local_state.mark_sent(engine, 1, MESSAGES, AT)
    scan.join(10)
    assert order == ["marked", "scan committed", "marked", "marked"]


def _scan(engine: Engine, order: list[str]) -> None:
    with engine.begin() as conn:
        conn.execute(
            t.scan_journal.insert().values(
                received_at=AT, source="dock", raw=b"]C0X", aim_id="]C0", data="X"
            )
        )
    order.append("scan committed")


def _synchronous(conn: Any) -> int:
    return int(conn.exec_driver_sql("PRAGMA synchronous").scalar())


def test_marks_are_committed_without_a_flush_and_the_store_stays_durable(engine: Engine) -> None:
    """A lost mark only re-sends its messages (central turns them into no-ops): the marks'
    commits skip the flush; every other commit of the store keeps it (FULL)."""
    levels: list[int] = []

    def on_commit(conn: Any) -> None:
        levels.append(_synchronous(conn))

    event.listen(engine, "commit", on_commit)
    local_state.mark_sent(engine, 1, MESSAGES, AT)
    event.remove(engine, "commit", on_commit)
    assert levels == [1, 1, 1]  # NORMAL
    assert _unsent(engine) == 0
    with engine.begin() as conn:  # the same pooled connection, back to FULL
        assert _synchronous(conn) == 2
