"""The scan journal on a real SQLite file: order, batching, nothing lost while locked."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from receiving_desk.adapters.scanners import ScanRead
from receiving_desk.adapters.store import engine as engine_module
from receiving_desk.adapters.store import tables
from receiving_desk.adapters.store.journal import JournaledScan, ScanJournal
from receiving_desk.bootstrap import Services
from tests.integration.printer_fixtures import wait_until


def scan(n: int, source: str = "s1") -> ScanRead:
    data = f"0109506000134352\x1d21SN{n:06d}"
    return ScanRead(
        source, data.encode("latin-1"), "]C1", data, datetime.now(UTC), 0.0, "terminator"
    )


def test_every_scan_is_durable_before_it_is_passed_on_in_order(services: Services) -> None:
    seen: list[JournaledScan] = []
    committed_when_seen: list[int] = []

    def consumer(j: JournaledScan) -> None:
        # Read through a separate connection: the row must already be committed.
        with sqlite3.connect(services.config.database_path) as raw:
            committed_when_seen.append(
                raw.execute(
                    "SELECT count(*) FROM scan_journal WHERE id = ?", (j.journal_id,)
                ).fetchone()[0]
            )
        seen.append(j)

    journal = ScanJournal(services.engine, consumer)
    journal.start()
    for n in range(300):
        journal.append(scan(n))
    journal.stop()
    assert [j.scan.data for j in seen] == [scan(n).data for n in range(300)]
    assert committed_when_seen == [1] * 300
    with services.engine.connect() as conn:
        rows = conn.execute(
            select(tables.scan_journal.c.raw, tables.scan_journal.c.aim_id).order_by(
                tables.scan_journal.c.id
            )
        ).all()
    assert [r.raw for r in rows] == [scan(n).raw for n in range(300)]  # GS bytes kept
    assert {r.aim_id for r in rows} == {"]C1"}


def test_a_burst_shares_commits(services: Services) -> None:
    seen: list[JournaledScan] = []
    journal = ScanJournal(services.engine, seen.append)
    for n in range(5000):  # queued before the writer starts: one burst
        journal.append(scan(n))
    journal.start()
    journal.stop()
    assert len(seen) == 5000 and journal.batches <= 5


def test_a_locked_store_delays_but_loses_nothing(
    services: Services, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    engine = engine_module.create_store_engine(services.config.database_path)
    seen: list[JournaledScan] = []
    journal = ScanJournal(engine, seen.append)
    journal.start()
    blocker = sqlite3.connect(
        services.config.database_path, isolation_level=None, check_same_thread=False
    )
    blocker.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(1.0, blocker.rollback)
    try:
        for n in range(50):
            journal.append(scan(n))
        # the writer has met the lock (and keeps the scans): still nothing passed on
        wait_until(lambda: "scan journal write failed" in caplog.text, timeout=30)
        assert seen == []  # nothing passed on before it is durable
        release.start()
        release.join()
        journal.stop()
    finally:
        release.cancel()
        blocker.close()
        engine.dispose()
    assert [j.scan.data for j in seen] == [scan(n).data for n in range(50)]
    assert "scan journal write failed (OperationalError: SQLITE_BUSY); 50 scans kept" in caplog.text


def test_a_consumer_bug_does_not_stop_the_journal(services: Services) -> None:
    seen: list[int] = []

    def flaky(j: JournaledScan) -> None:
        if j.journal_id == 2:
            raise RuntimeError("boom")
        seen.append(j.journal_id)

    journal = ScanJournal(services.engine, flaky)
    journal.start()
    for n in range(3):
        journal.append(scan(n))
    journal.stop()
    assert seen == [1, 3]
