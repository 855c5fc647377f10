"""What a scan costs the store, and what may hold it up: a use case writes only the rows it
changed, completing is one transaction, bookkeeping reads take no write lock, the syncer's
marks need no fsync, and the roll-up refresher waits for a lull in the clerk's work."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import event, select, text

from receiving_desk.adapters.rollups.refresher import RollupRefresher
from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.engine import write_in_background, write_lock
from receiving_desk.bootstrap import Services
from receiving_desk.services.desk_events import Event
from tests.seed import CLERK, EARBUDS, JACKET, MUG, RMA1, RMA2, item_code, seed


@contextmanager
def statements(services: Services) -> Iterator[list[str]]:
    """The SQL this thread sends to the store meanwhile (whitespace folded)."""
    seen: list[str] = []
    me = threading.get_ident()

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if threading.get_ident() == me:
            seen.append(" ".join(statement.split()))

    event.listen(services.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(services.engine, "before_cursor_execute", record)


def writes(seen: list[str]) -> list[str]:
    """INSERT / UPDATE / DELETE statements, as "VERB table"."""
    out = []
    for statement in seen:
        words = statement.split()
        verb = words[0].upper()
        if verb == "INSERT":
            out.append(f"INSERT {words[2]}")
        elif verb == "UPDATE":
            out.append(f"UPDATE {words[1]}")
        elif verb == "DELETE":
            out.append(f"DELETE {words[2]}")
    return out


def logged_in(services: Services) -> Any:
    seed(services.uow_factory, services.hasher, services.clock.now())
    desk = services.new_desk()
    desk.scan(CLERK[0])
    desk.submit_pin(CLERK[1])
    return desk


def test_a_scan_writes_only_the_rows_it_changed(services: Services) -> None:
    desk = logged_in(services)
    desk.scan(RMA1)
    desk.scan(item_code(EARBUDS))
    desk.scan("CMD-GRADE-A")
    with statements(services) as item:
        desk.scan(item_code(MUG))
    # The second unit is inserted; the first unit, its inspection, the receipt and its flags
    # are not written again.
    assert writes(item) == ["INSERT received_units"]
    with statements(services) as grade:
        desk.scan("CMD-GRADE-B")
    assert sorted(writes(grade)) == sorted(
        [
            "UPDATE counters",  # the LPN
            "INSERT stock_movements",  # into returns staging
            "INSERT outbox",  # the movement
            "UPDATE received_units",  # the graded unit's LPN and destination, only it
            "INSERT inspections",  # its inspection, only it
            "INSERT outbox",  # the inspection
            "INSERT print_jobs",  # its label
        ]
    )
    assert sum("max(outbox.seq)" in s for s in grade) == 1  # read once per unit of work
    with services.uow_factory() as uow:  # and what is stored reads back as the desk has it
        receipt = uow.receipts.open_for_station(services.config.station_id)
    assert receipt is not None
    assert [(u.sku, u.inspection.grade if u.inspection else None) for u in receipt.units] == [
        (EARBUDS.sku, "A"),
        (MUG.sku, "B"),
    ]
    assert all(u.lpn and u.destination for u in receipt.units)


def test_an_undone_unit_and_its_inspection_are_deleted_the_rest_stays(
    services: Services,
) -> None:
    desk = logged_in(services)
    desk.scan(RMA1)
    desk.scan(item_code(EARBUDS))
    desk.scan("CMD-GRADE-A")
    desk.scan(item_code(MUG))
    with statements(services) as undo:
        desk.undo_last_scan()
    assert [w for w in writes(undo) if w.split()[1] in ("received_units", "inspections")] == [
        "DELETE inspections",
        "DELETE received_units",
    ]
    with services.engine.connect() as conn:
        stored = conn.execute(select(t.received_units.c.sku)).scalars().all()
        graded = conn.execute(select(t.inspections.c.grade)).scalars().all()
    assert (stored, graded) == ([EARBUDS.sku], ["A"])


def write_transactions(seen: list[str]) -> int:
    return sum(s == "BEGIN IMMEDIATE" for s in seen)


def test_completing_reads_and_writes_in_one_transaction(services: Services) -> None:
    desk = logged_in(services)
    desk.scan(RMA2)  # two jackets declared
    desk.scan(item_code(JACKET))
    desk.scan("CMD-GRADE-A")
    with statements(services) as asked:
        result = desk.scan("CMD-COMPLETE")  # one jacket missing: asks first, writes nothing
    assert result.event is Event.CONFIRM_NEEDED
    assert write_transactions(asked) == 1 and writes(asked) == []
    with statements(services) as confirmed:
        result = desk.scan("CMD-CONFIRM")
    assert result.event is Event.RETURN_COMPLETED
    assert write_transactions(confirmed) == 1
    desk.scan(RMA1)
    for code, grade in ((item_code(EARBUDS), "A"), (item_code(MUG), "B")):
        desk.scan(code)
        desk.scan(f"CMD-GRADE-{grade}")
    with statements(services) as complete:
        result = desk.scan("CMD-COMPLETE")  # all there: completed at once
    assert result.event is Event.RETURN_COMPLETED
    assert write_transactions(complete) == 1
    assert "UPDATE receipts" in writes(complete)
    with services.engine.connect() as conn:
        statuses = conn.execute(select(t.receipts.c.status)).scalars().all()
    assert statuses == ["completed", "completed"]


def while_a_writer_holds_the_lock(services: Services, read: Callable[[], object]) -> object:
    """`read()` run while another thread's write transaction is open: it would wait for the
    writer (and fail after the busy timeout) if it took the write lock."""
    lock = write_lock(services.config.database_path)
    inside, done = threading.Event(), threading.Event()

    def writer() -> None:
        with services.engine.begin():
            inside.set()
            done.wait(30)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert inside.wait(10)
        got = read()  # returned: it did not wait for the lock (that fails after the timeout)
        assert lock.locked()
        return got
    finally:
        done.set()
        thread.join(10)


def test_print_jobs_are_read_while_a_scan_holds_the_write_lock(services: Services) -> None:
    desk = logged_in(services)
    desk.scan(RMA1)
    desk.scan(item_code(EARBUDS))
    desk.scan("CMD-GRADE-A")  # a label job
    store = services.print_queue.store
    counts = while_a_writer_holds_the_lock(services, store.pending_counts)
    jobs = while_a_writer_holds_the_lock(services, lambda: store.recent(10))
    assert isinstance(jobs, list) and len(jobs) == 1
    found = while_a_writer_holds_the_lock(services, lambda: store.find(jobs[0].label.key))
    assert isinstance(found, list) and [j.id for j in found] == [jobs[0].id]
    assert isinstance(counts, dict) and sum(counts.values()) <= 1  # queued, or printed already


def test_the_syncers_marks_commit_without_an_fsync_and_others_still_with_one(
    services: Services,
) -> None:
    engine = services.engine
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE marks (n INTEGER)"))
    seen: dict[str, Any] = {}

    def bookkeeping() -> None:
        write_in_background(durable=False)  # as the syncer's outbox thread does
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO marks VALUES (1)"))
            seen["inside"] = conn.exec_driver_sql("PRAGMA synchronous").scalar()
            seen["connection"] = conn.connection.dbapi_connection

    thread = threading.Thread(target=bookkeeping)
    thread.start()
    thread.join(10)
    assert seen["inside"] == 1  # NORMAL: the WAL is not flushed at this commit
    # The pooled connection is durable again for whoever takes it next.
    assert seen["connection"].execute("PRAGMA synchronous").fetchone()[0] == 2
    with engine.begin() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.execute(text("SELECT count(*) FROM marks")).scalar() == 1


def dirty_days(services: Services) -> list[str]:
    with services.engine.connect() as conn:
        return list(conn.execute(text("SELECT day FROM rollup_dirty ORDER BY day")).scalars())


def test_the_rollup_refresher_waits_for_a_lull_in_the_clerks_work(services: Services) -> None:
    desk = logged_in(services)
    desk.scan(RMA1)
    desk.scan(item_code(EARBUDS))  # the clerk's write: just now
    dirty = dirty_days(services)
    assert dirty
    lock = write_lock(services.config.database_path)
    later = date(2099, 1, 1)  # every marked day is a past day

    def refresher(lull_s: float) -> RollupRefresher:
        return RollupRefresher(services.engine, lambda: later, lock=lock, lull_s=lull_s)

    assert refresher(lull_s=3600).refresh_once() == 0  # the clerk is at work: none held up
    assert dirty_days(services) == dirty
    assert lock.idle_for() < 3600
    assert refresher(lull_s=0).refresh_once() == len(dirty)  # a lull: all of them
    assert dirty_days(services) == []
