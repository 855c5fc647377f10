"""The scanner settings page: ports listed, a scanner assigned, tested live, saved by role."""

from __future__ import annotations

import tomllib

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from receiving_desk.adapters.scanners import PortInfo, feed
from receiving_desk.adapters.scanners.simulator import VirtualScanner
from receiving_desk.adapters.store import tables
from receiving_desk.bootstrap import Services
from receiving_desk.domain.errors import DeskError
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


def test_settings_are_not_opened_for_nobody_or_a_clerk_and_each_refusal_is_audited(
    clerk: Clerk,
    window: MainWindow,
    services: Services,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(feed, "list_serial_ports", lambda: [])
    refused: list[tuple[str | None, str]] = []
    for login in (None, ("BADGE-C001", "111111")):
        if login is not None:
            clerk.login(*login)
        assert not window.ui.actionSettings.isEnabled()  # not offered
        window.open_settings()  # asked for anyway
        clerk.settle()
        assert window.settings_dialog is None
        with services.engine.connect() as conn:
            refused = [
                (user, details["action"])
                for user, details in conn.execute(
                    select(tables.audit_log.c.user_id, tables.audit_log.c.details).where(
                        tables.audit_log.c.action == "refused"
                    )
                )
            ]
    assert refused == [(None, "open_settings"), ("U-BADGE-C001", "open_settings")]
    assert clerk.banner == "Not allowed for your role (clerk): ask a supervisor"
    session = services.auth.login("BADGE-C001", "111111")
    with pytest.raises(DeskError):  # the service refuses whatever the screen offers
        services.station.save_scanners(session, [{"name": "x", "port": "/dev/null"}])
    assert services.config.scanners == ()
