"""Scans arriving through a real pty opened by pyserial drive the real window."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from receiving_desk.adapters.scanners.simulator import VirtualScanner
from receiving_desk.adapters.store import tables
from receiving_desk.bootstrap import Services
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.services.desk_view import Step
from tests.gui.conftest import Clerk, send
from tests.seed import EARBUDS, MUG, RMA1, item_code


def test_a_return_driven_to_completion_by_the_serial_scanner(
    pty_window: MainWindow, pty_services: Services, scanner: VirtualScanner, qtbot: QtBot
) -> None:
    win, ui = pty_window, pty_window.receiving.ui
    clerk = Clerk(win, qtbot)
    send(scanner, win, qtbot, "BADGE-C001", "]C0")
    clerk.scan("111111")  # the PIN is typed, never scanned
    send(scanner, win, qtbot, RMA1, "]C0")
    assert ui.rmaValue.text() == RMA1
    send(scanner, win, qtbot, item_code(EARBUDS), "]E0")
    assert ui.lastScanLabel.text() == f"Last scan (dock-1): {item_code(EARBUDS)}"
    send(scanner, win, qtbot, "CMD-GRADE-A", "]C0")
    assert ui.dispositionLabel.text() == "Unit 1 (grade A): Restock as open box"
    send(scanner, win, qtbot, item_code(MUG), "]E0")
    send(scanner, win, qtbot, "CMD-GRADE-C", "]C0")
    send(scanner, win, qtbot, "CMD-COMPLETE", "]C0")
    assert clerk.banner == f"Return {RMA1} completed (2 units)"
    assert win.receiving.current is not None
    assert win.receiving.current.step is Step.SCAN_PARCEL
    with pty_services.engine.connect() as conn:
        journal = conn.execute(
            select(
                tables.scan_journal.c.source,
                tables.scan_journal.c.aim_id,
                tables.scan_journal.c.data,
            ).order_by(tables.scan_journal.c.id)
        ).all()
        status = conn.execute(select(tables.receipts.c.status)).scalar_one()
    assert status == "completed"
    # Every scan is journaled with its source; the PIN is not.
    assert [tuple(r) for r in journal] == [
        ("dock-1", "]C0", "BADGE-C001"),
        ("dock-1", "]C0", RMA1),
        ("dock-1", "]E0", item_code(EARBUDS)),
        ("dock-1", "]C0", "CMD-GRADE-A"),
        ("dock-1", "]E0", item_code(MUG)),
        ("dock-1", "]C0", "CMD-GRADE-C"),
        ("dock-1", "]C0", "CMD-COMPLETE"),
    ]


def test_unplugged_scanner_shows_disconnected_and_resumes_when_back(
    pty_window: MainWindow, scanner: VirtualScanner, link: Path, qtbot: QtBot
) -> None:
    win = pty_window
    clerk = Clerk(win, qtbot)
    send(scanner, win, qtbot, "BADGE-C001")
    clerk.scan("111111")
    scanner.write(b"RMA-2026-0000")  # half a scan, then the cable is pulled
    scanner.unplug()
    # A bound on waiting, not a timing claim (1 s is a window a loaded machine can miss).
    qtbot.waitUntil(lambda: win.scanners.statuses["dock-1"].state == "disconnected", timeout=10000)
    assert clerk.banner == "Scanner dock-1 disconnected — check its cable"
    assert "dock-1: disconnected" in win._scanner_label.text()
    with VirtualScanner(link) as again:  # plugged back in: same stable name, new device
        qtbot.waitUntil(lambda: win.scanners.statuses["dock-1"].state == "connected", timeout=5000)
        send(again, win, qtbot, RMA1)
        # The half scan was discarded, not glued to the next one.
        assert win.receiving.ui.rmaValue.text() == RMA1


def test_bracketed_gs1_text_counts_only_from_a_scanner_set_to_send_it(
    pty_window: MainWindow, scanner: VirtualScanner, qtbot: QtBot
) -> None:
    win = pty_window
    clerk = Clerk(win, qtbot)
    send(scanner, win, qtbot, "BADGE-C001", "]C0")
    clerk.scan("111111")
    send(scanner, win, qtbot, RMA1, "]C0")
    hri = f"(01){EARBUDS.gtins[0]}(10)LOT42"
    send(scanner, win, qtbot, hri, "]C0")  # a Code 128 label that prints the brackets
    assert clerk.banner_state == "error"
    assert clerk.banner.startswith(f"Barcode not valid: {hri} — the barcode holds GS1 text")
    # The same scanner, now set up to send GS1 data as bracketed text (sends_hri = true).
    (config,) = win.scanners.port.configs()
    states: list[str] = []
    win.scanners.status_changed.connect(lambda status: states.append(status.state))
    win.scanners.reconfigure([dataclasses.replace(config, sends_hri=True)])
    qtbot.waitUntil(lambda: "connected" in states, timeout=5000)  # the new reader's port
    send(scanner, win, qtbot, hri, "]C0")
    assert clerk.banner.startswith("Unit 1: EL-00001"), clerk.banner
