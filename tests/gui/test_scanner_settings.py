"""The scanner settings page: ports listed, a scanner assigned, tested live, saved by role."""

from __future__ import annotations

import tomllib

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from receiving_desk.adapters.scanners import PortInfo, feed
from receiving_desk.adapters.scanners.simulator import VirtualScanner
from receiving_desk.bootstrap import Services
from receiving_desk.gui import scanner_settings
from receiving_desk.gui.main_window import MainWindow
from tests.gui.conftest import Clerk


@pytest.fixture
def scanner() -> VirtualScanner:
    with VirtualScanner() as vs:
        yield vs


def open_settings(
    clerk: Clerk, window: MainWindow, qtbot: QtBot
) -> scanner_settings.ScannerSettingsPage:
    clerk.key(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    page = dialog.scanners
    qtbot.waitUntil(lambda: page.refresh_button.isEnabled(), timeout=5000)
    return page


def test_supervisor_assigns_tests_and_saves_a_scanner(
    clerk: Clerk,
    window: MainWindow,
    services: Services,
    scanner: VirtualScanner,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A pty is not a USB device, so the OS port list is faked to contain one next to the pty.
    usb = PortInfo(
        "/dev/ttyACM7",
        "Honeywell 1900 (CDC)",
        0x0C2E,
        0x0901,
        "17045B1A",
        "Honeywell",
        "Xenon 1900",
    )
    monkeypatch.setattr(feed, "list_serial_ports", lambda: [usb])
    clerk.login("BADGE-S001", "222222")
    page = open_settings(clerk, window, qtbot)
    assert [page.port_table.item(0, c).text() for c in range(5)] == [
        "/dev/ttyACM7",
        "Honeywell 1900 (CDC)",
        "0c2e:0901",
        "17045B1A",
        "Xenon 1900",
    ]
    page.port_table.selectRow(0)
    page.assign_button.click()
    assert page.configured.item(0, 1).text() == "USB 0c2e:0901 17045B1A"

    page.add_button.click()  # the pty, by device path
    page.name_edit.setText("dock-left")
    page.port_edit.setText(scanner.port_path)
    page.baud_combo.setCurrentText("115200")
    page.hri_check.setChecked(True)  # this one sends GS1 data as "(01)…" text
    page.apply_edit_button.click()
    assert page.configured.item(1, 0).text() == "dock-left"
    page.save_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Saved and applied", timeout=5000)

    saved = tomllib.loads(services.config.source.read_text(encoding="utf-8"))  # type: ignore[union-attr]
    assert saved["scanner"][0] == {
        "name": "scanner-1",
        "usb_vid": 0x0C2E,
        "usb_pid": 0x0901,
        "usb_serial": "17045B1A",
        "baudrate": 9600,
        "bytesize": 8,
        "parity": "N",
        "stopbits": 1,
        "flow": "none",
        "terminator": "auto",
        "idle_flush_ms": 100,
        "dedupe_ms": 200,
        "max_line_bytes": 4096,
        "max_line_age_ms": 2000,
    }
    assert saved["scanner"][1]["name"] == "dock-left"
    assert saved["scanner"][1]["port"] == scanner.port_path
    assert saved["scanner"][1]["baudrate"] == 115200
    assert saved["scanner"][1]["sends_hri"] is True  # and scanner-1 above has no such key

    qtbot.waitUntil(
        lambda: (
            window.scanners.statuses.get("dock-left") is not None
            and window.scanners.statuses["dock-left"].state == "connected"
        ),
        timeout=5000,
    )
    scanner.write(b"]C0RMA-2026-000001\r")
    qtbot.waitUntil(lambda: page.live.count() == 1, timeout=5000)
    assert page.live.item(0).text() == "dock-left: ]C0 RMA-2026-000001"
    assert window.receiving.ui.rmaValue.text() == "—"  # a test scan does not open a parcel
    with services.engine.connect() as conn:
        action = conn.exec_driver_sql(
            "SELECT action FROM audit_log WHERE action = 'scanners_configured'"
        ).scalar()
    assert action == "scanners_configured"


def test_a_clerk_cannot_save_scanner_settings(
    clerk: Clerk,
    window: MainWindow,
    services: Services,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(feed, "list_serial_ports", lambda: [])
    clerk.login()
    page = open_settings(clerk, window, qtbot)
    page.add_button.click()
    page.save_button.click()
    qtbot.waitUntil(lambda: page.status.text() != "Saving…", timeout=5000)
    assert page.status.text() == "Not allowed for your role (clerk): ask a supervisor"
    assert not services.config.source.exists()  # type: ignore[union-attr]
    assert services.config.scanners == ()
