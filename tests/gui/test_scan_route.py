"""A scan's way from the serial port to its committed effect does not pass through the GUI
thread: the scan journal hands it straight to the store worker, and the GUI is told."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from receiving_desk.adapters.scanners.simulator import VirtualScanner
from receiving_desk.adapters.store import tables
from receiving_desk.bootstrap import Services
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.services.desk_view import Step
from tests.gui.conftest import Clerk, send
from tests.seed import EARBUDS, MUG, RMA1, item_code
from tests.waiting import wait_until


def units(services: Services) -> int:
    with services.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(tables.received_units)).scalar_one()


def test_a_scan_is_acted_on_while_the_gui_thread_is_busy(
    pty_window: MainWindow, pty_services: Services, scanner: VirtualScanner, qtbot: QtBot
) -> None:
    win = pty_window
    clerk = Clerk(win, qtbot)
    send(scanner, win, qtbot, "BADGE-C001", "]C0")
    clerk.scan("111111")
    send(scanner, win, qtbot, RMA1, "]C0")
    assert units(pty_services) == 0
    scanner.write(f"]E0{item_code(EARBUDS)}\r".encode())
    # This (the GUI) thread now handles no Qt event at all, as if drawing a long screen:
    # the unit is committed all the same.
    wait_until(lambda: units(pty_services) == 1, timeout=20, what="the unit committed")
    # Then the screen catches up: the scan shown, and its result after it.
    qtbot.waitUntil(lambda: win.tasks.pending() == 0, timeout=5000)
    qtbot.waitUntil(
        lambda: win.receiving.current is not None and win.receiving.current.step is Step.GRADE_UNIT,
        timeout=5000,
    )
    ui = win.receiving.ui
    assert ui.lastScanLabel.text() == f"Last scan (dock-1): {item_code(EARBUDS)}"
    assert clerk.banner.startswith("Unit 1")
    assert win.scanners.keyboard_lines_in_flight == 0


def test_scans_wait_for_the_gui_while_the_settings_test_the_scanners(
    pty_window: MainWindow, pty_services: Services, scanner: VirtualScanner, qtbot: QtBot
) -> None:
    """With the settings open the desk route is off: a scan only shows in the scanner test
    and acts on nothing — and once they close, scans go straight to the desk again."""
    win = pty_window
    clerk = Clerk(win, qtbot)
    send(scanner, win, qtbot, "BADGE-S001", "]C0")  # a supervisor may open the settings
    clerk.scan("222222")
    send(scanner, win, qtbot, RMA1, "]C0")
    win.open_settings()
    qtbot.waitUntil(lambda: win.settings_dialog is not None, timeout=5000)
    assert win.scanners.desk_route is None
    dialog = win.settings_dialog
    assert dialog is not None
    scanner.write(f"]E0{item_code(EARBUDS)}\r".encode())
    qtbot.waitUntil(lambda: dialog.scanners.live.count() > 0, timeout=5000)
    assert units(pty_services) == 0
    dialog.reject()
    qtbot.waitUntil(lambda: win.settings_dialog is None, timeout=5000)
    assert win.scanners.desk_route is not None
    scanner.write(f"]E0{item_code(MUG)}\r".encode())  # (the same again would be a re-read)
    wait_until(lambda: units(pty_services) == 1, timeout=20, what="the unit committed")
    with pty_services.engine.connect() as conn:
        assert conn.execute(select(tables.received_units.c.sku)).scalars().all() == [MUG.sku]
