"""A whole return by scanner alone, login included, through a real pty: the PIN from a badge
card's second barcode or with the badge in one scan. The PIN is never in the scan journal,
never in the log file, never on screen, whatever step it is scanned at."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from receiving_desk.adapters.scanners import ScannerPortConfig
from receiving_desk.adapters.scanners.simulator import VirtualScanner
from receiving_desk.adapters.store import tables
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.barcodes.pin_scans import MASK
from receiving_desk.gui.app import create_window
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.logging_setup import setup_logging
from receiving_desk.services.desk_view import Step
from tests.conftest import FixedClock
from tests.gui.conftest import Clerk, send
from tests.seed import CLERK, EARBUDS, MUG, RMA1, SUPERVISOR, item_code, seed

SEPARATOR = "/"  # this site's badge readers send "BADGE-C001/<PIN>"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The desk's own log file, at DEBUG: not even a debug line may carry a PIN."""
    root = logging.getLogger()
    level = root.level
    path = setup_logging(tmp_path / "logs", logging.DEBUG)
    yield path
    for handler in list(root.handlers):
        if getattr(handler, "_receiving_desk", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def pin_window(
    station_config: StationConfig,
    link: Path,
    clock: FixedClock,
    fast_hasher: object,
    scanner: VirtualScanner,
    log_file: Path,
    qtbot: QtBot,
) -> Iterator[tuple[MainWindow, Services]]:
    config = dataclasses.replace(
        station_config,
        # No duplicate window: the same PIN card is scanned again within milliseconds here
        # (the masked log of a dropped duplicate has its own test).
        scanners=(ScannerPortConfig(name="dock-1", port=str(link), dedupe_ms=0),),
        barcodes={"badge_pin_separator": SEPARATOR},
    )
    services = bootstrap(config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    seed(services.uow_factory, services.hasher, clock.now())
    win = create_window(services.desk_app())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(
        lambda: (
            "dock-1" in win.scanners.statuses
            and win.scanners.statuses["dock-1"].state == "connected"
        ),
        timeout=5000,
    )
    yield win, services
    win.close()
    services.close()


def _screen_texts(win: MainWindow) -> str:
    """Every text a person could read on the window and its open dialogs."""
    texts = [win.windowTitle(), win.statusBar().currentMessage()]
    for widget in win.findChildren(QWidget):
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.displayText(), widget.placeholderText()]  # what is shown
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            texts += [
                item.text()
                for r in range(widget.rowCount())
                for c in range(widget.columnCount())
                if (item := widget.item(r, c)) is not None
            ]
    return "\n".join(texts)


def _journal(services: Services) -> list[tuple[bytes, str]]:
    with services.engine.connect() as conn:
        rows = conn.execute(
            select(tables.scan_journal.c.raw, tables.scan_journal.c.data).order_by(
                tables.scan_journal.c.id
            )
        ).all()
    return [(bytes(r.raw), r.data) for r in rows]


def _secret_nowhere(win: MainWindow, services: Services, log_file: Path, *pins: str) -> None:
    screen = _screen_texts(win)
    journal = _journal(services)
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "receiving_desk" in logged  # the log is written: its silence proves something
    for pin in pins:
        assert f"PIN-{pin}" not in screen and f"{SEPARATOR}{pin}" not in screen
        assert all(pin.encode() not in raw and pin not in data for raw, data in journal)
        assert f"PIN-{pin}" not in logged and f"{SEPARATOR}{pin}" not in logged


def test_a_whole_return_by_scanner_alone_pin_card_first(
    pin_window: tuple[MainWindow, Services],
    scanner: VirtualScanner,
    log_file: Path,
    qtbot: QtBot,
) -> None:
    win, services = pin_window
    ui, clerk = win.receiving.ui, Clerk(win, qtbot)
    badge, pin = CLERK[0], CLERK[1]

    send(scanner, win, qtbot, f"PIN-{pin}", "]C0")  # the card's PIN before its badge
    assert clerk.banner == f"Not expected now: PIN-{MASK}. Scan your badge first."
    assert ui.lastScanLabel.text() == f"Last scan (dock-1): PIN-{MASK}"
    send(scanner, win, qtbot, badge, "]C0")
    assert win.receiving.current is not None and win.receiving.current.step is Step.ENTER_PIN
    send(scanner, win, qtbot, f"PIN-{pin}", "]C0")
    assert win.receiving.current.step is Step.SCAN_PARCEL
    assert ui.lastScanLabel.text() == f"Last scan (dock-1): PIN-{MASK}"

    send(scanner, win, qtbot, RMA1, "]C0")
    send(scanner, win, qtbot, f"PIN-{pin}", "]C0")  # scanned again mid-return: refused
    assert clerk.banner == f"Not expected now: PIN-{MASK}. Scan your badge first."
    send(scanner, win, qtbot, item_code(EARBUDS), "]E0")
    send(scanner, win, qtbot, "1", "]C0")  # grade digit from the printed grading sheet
    assert ui.dispositionLabel.text() == "Unit 1 (grade A): Restock as open box"
    send(scanner, win, qtbot, item_code(MUG), "]E0")
    send(scanner, win, qtbot, "3", "]C0")
    send(scanner, win, qtbot, "CMD-COMPLETE", "]C0")
    assert clerk.banner == f"Return {RMA1} completed (2 units)"
    send(scanner, win, qtbot, "CMD-LOGOUT", "]C0")
    assert win.receiving.current.step is Step.SCAN_BADGE

    data = [d for _, d in _journal(services)]
    assert data.count(f"PIN-{MASK}") == 3 and badge in data and "1" in data
    _secret_nowhere(win, services, log_file, pin)


def test_badge_and_pin_in_one_scan_and_a_wrong_pin(
    pin_window: tuple[MainWindow, Services],
    scanner: VirtualScanner,
    log_file: Path,
    qtbot: QtBot,
) -> None:
    win, services = pin_window
    clerk = Clerk(win, qtbot)
    badge, pin = SUPERVISOR[0], SUPERVISOR[1]
    wrong = pin[::-1] + "9"
    send(scanner, win, qtbot, f"{badge}{SEPARATOR}{wrong}", "]C0")
    assert clerk.banner == "Badge or PIN not accepted — scan your badge again"
    assert win.receiving.ui.lastScanLabel.text() == f"Last scan (dock-1): {badge}/{MASK}"
    send(scanner, win, qtbot, f"{badge}{SEPARATOR}{pin}", "]C0")
    assert win.receiving.current is not None and win.receiving.current.step is Step.SCAN_PARCEL

    # The scanner test list in the settings shows scans as they come: a PIN masked there too.
    win.open_settings()
    dialog = win.settings_dialog
    assert dialog is not None
    live = dialog.scanners.live
    scanner.write(f"]C0PIN-{pin}\r".encode())
    qtbot.waitUntil(lambda: live.count() == 1, timeout=5000)
    assert live.item(0).text() == f"dock-1: ]C0 PIN-{MASK}"
    _secret_nowhere(win, services, log_file, pin, wrong)
    dialog.reject()
    with services.engine.connect() as conn:
        audit = conn.execute(select(tables.audit_log)).all()
    assert audit and all(pin not in str(tuple(r)) and wrong not in str(tuple(r)) for r in audit)


def test_a_wedge_scanner_typing_a_pin_card_is_not_echoed(
    pin_window: tuple[MainWindow, Services], log_file: Path, qtbot: QtBot
) -> None:
    win, services = pin_window
    box, clerk = win.receiving.ui.scanInput, Clerk(win, qtbot)
    badge, pin = CLERK[0], CLERK[1]
    clerk.scan(badge)
    clerk.scan(f"PIN-{pin}")  # the PIN step takes the card's code as it is typed
    assert win.receiving.current is not None and win.receiving.current.step is Step.SCAN_PARCEL

    qtbot.keyClicks(box, f"PIN-{pin}")  # typed at another step: hidden as soon as it reads
    assert box.echoMode() is QLineEdit.EchoMode.Password and pin not in box.displayText()
    _secret_nowhere(win, services, log_file, pin)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    clerk.settle()
    assert clerk.banner == f"Not expected now: PIN-{MASK}. Scan your badge first."
    assert box.echoMode() is QLineEdit.EchoMode.Normal  # the next scan shows again
    clerk.scan(RMA1)
    assert win.receiving.ui.rmaValue.text() == RMA1
    _secret_nowhere(win, services, log_file, pin)
