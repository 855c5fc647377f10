"""A PIN read by a real serial scanner (a pty) reaches the desk whole, in memory, and is
never written: the scan journal keeps it masked (data and raw bytes), and a duplicate read
the reader drops is logged masked."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from receiving_desk.adapters.scanners import ScannerPortConfig, ScannerStatus, SerialScannerReader
from receiving_desk.adapters.scanners.feed import ScanFeed
from receiving_desk.adapters.scanners.simulator import VirtualScanner
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.adapters.store.journal import JournaledScan
from receiving_desk.adapters.store.tables import scan_journal
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.barcodes.pin_scans import MASK
from tests.integration.serial_fixtures import POLL, Collector
from tests.seed import CLERK, RMA1

BADGE, PIN = CLERK[0], CLERK[1]


def test_the_journal_keeps_pins_masked_and_passes_them_on_whole(tmp_path: Path) -> None:
    engine = create_store_engine(tmp_path / "desk.sqlite3")
    migrate.upgrade(engine)
    link = tmp_path / "scanner"
    got: list[JournaledScan] = []
    states: list[str] = []
    done = threading.Condition()

    def on_scan(scan: JournaledScan) -> None:
        with done:
            got.append(scan)
            done.notify_all()

    def on_status(status: ScannerStatus) -> None:
        with done:
            states.append(status.state)
            done.notify_all()

    with VirtualScanner(link) as scanner:
        feed = ScanFeed(
            engine,
            [ScannerPortConfig(name="dock-1", port=str(link))],
            DeskPatterns(badge_pin_separator="+"),
        )
        feed.start(on_scan, on_status)
        try:
            with done:  # bytes written before the port is open would be lost
                assert done.wait_for(lambda: "connected" in states, timeout=10)
            for code in (BADGE, f"PIN-{PIN}", RMA1, f"{BADGE}+{PIN}"):
                scanner.write(f"]C0{code}\r".encode())
            with done:
                assert done.wait_for(lambda: len(got) == 4, timeout=10)
        finally:
            feed.stop()
    # The desk gets the scans as read: it needs the PIN to log in.
    assert [j.scan.data for j in got] == [BADGE, f"PIN-{PIN}", RMA1, f"{BADGE}+{PIN}"]
    with engine.connect() as conn:
        rows = conn.execute(
            select(scan_journal.c.raw, scan_journal.c.data).order_by(scan_journal.c.id)
        ).all()
    engine.dispose()
    assert [r.data for r in rows] == [BADGE, f"PIN-{MASK}", RMA1, f"{BADGE}+{MASK}"]
    assert [bytes(r.raw) for r in rows] == [
        f"]C0{BADGE}".encode(),
        f"PIN-{MASK}".encode(),
        f"]C0{RMA1}".encode(),
        f"{BADGE}+{MASK}".encode(),
    ]


def test_a_dropped_duplicate_pin_is_logged_masked(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    link = tmp_path / "scanner"
    sink = Collector()
    config = ScannerPortConfig(name="dock-1", port=str(link))
    # A stopped clock: the second identical read is always inside the duplicate window.
    with VirtualScanner(link) as scanner, caplog.at_level(logging.DEBUG):
        reader = SerialScannerReader(
            config,
            sink.on_scan,
            sink.on_status,
            lambda: 100.0,
            on_discard=sink.on_discard,
            poll_interval=POLL,
        )
        reader.start()
        try:
            sink.wait_state("connected")
            scanner.write(f"]C0PIN-{PIN}\r]C0PIN-{PIN}\r".encode())
            sink.wait(lambda: len(sink.scans) == 1 and len(sink.discards) == 1)
        finally:
            reader.stop()
    assert sink.discards[0][1].reason == "duplicate"
    dropped = [r.getMessage() for r in caplog.records if "discarded duplicate" in r.getMessage()]
    assert dropped == [f"scanner dock-1: discarded duplicate line 'PIN-{MASK}'"]
    assert all(PIN not in r.getMessage() for r in caplog.records if "PIN" in r.getMessage())
