"""The real main window driven only through the scan input and hotkeys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from receiving_desk.adapters.store import tables
from receiving_desk.bootstrap import Services
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.services.desk_view import Step
from tests.gui.conftest import Clerk
from tests.seed import CREAM, EARBUDS, MUG, RMA1, item_code


def count(services: Services, table: object) -> int:
    with services.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def sounds(window: MainWindow, qtbot: QtBot) -> list[str]:
    played: list[str] = []
    window.sounds.played.connect(played.append)
    return played


def test_login_by_badge_and_pin(clerk: Clerk, window: MainWindow) -> None:
    ui = window.receiving.ui
    assert ui.stepLabel.text() == "Scan your badge"
    clerk.scan("BADGE-C001")
    assert ui.stepLabel.text() == "Enter your PIN, then Enter"
    assert ui.scanInput.echoMode() is QLineEdit.EchoMode.Password  # the PIN is not shown
    clerk.scan("111111")
    assert clerk.banner == "Welcome, Ana Lima"
    assert ui.stepLabel.text() == "Scan the RMA slip or the tracking label"
    assert ui.scanInput.echoMode() is QLineEdit.EchoMode.Normal
    assert "Ana Lima (clerk)" in window.statusBar().findChildren(type(ui.stepLabel))[0].text()


def test_wrong_pin_is_an_error_with_the_error_sound(
    clerk: Clerk, window: MainWindow, qtbot: QtBot
) -> None:
    played = sounds(window, qtbot)
    clerk.login(pin="9999")
    assert clerk.banner_state == "error"
    assert clerk.banner == "Badge or PIN not accepted — scan your badge again"
    assert played == ["good", "bad"]
    assert window.receiving.current is not None
    assert window.receiving.current.step is Step.SCAN_BADGE


def test_a_return_with_two_items_graded_a_and_c(
    clerk: Clerk, window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    ui = window.receiving.ui
    played = sounds(window, qtbot)
    clerk.login()
    clerk.scan(RMA1)
    assert ui.rmaValue.text() == RMA1
    assert ui.customerValue.text() == "Maria Garcia" and ui.tierValue.text() == "Gold"
    assert ui.windowValue.text() == "Inside: day 6 of 45 (39 left)"
    assert ui.linesTable.rowCount() == 2 and ui.linesTable.item(0, 5).text() == "waiting"

    clerk.scan(item_code(EARBUDS))
    assert ui.stepLabel.text().startswith("Check and grade the unit")
    assert (
        ui.currentUnitLabel.text() == f"Unit 1: {EARBUDS.sku} — {EARBUDS.description} (Electronics)"
    )
    clerk.hotkey("1")
    assert ui.dispositionLabel.text() == "Unit 1 (grade A): Restock as open box"
    assert "Electronics that were opened are sold as open-box" in ui.whyLabel.text()
    assert "rule A-electronics, rules version 2026.12-1" in ui.whyLabel.text()

    clerk.scan(item_code(MUG))
    clerk.hotkey("3")
    assert ui.dispositionLabel.text() == "Unit 2 (grade C): Liquidate"
    assert [ui.unitsTable.item(r, 5).text() for r in range(2)] == [
        "Restock as open box",
        "Liquidate",
    ]
    assert [ui.linesTable.item(r, 5).text() for r in range(2)] == ["received", "received"]

    clerk.key(Qt.Key.Key_F12)
    assert clerk.banner == f"Return {RMA1} completed (2 units)"
    assert ui.stepLabel.text() == "Scan the RMA slip or the tracking label"
    assert ui.rmaValue.text() == "—"
    assert played[-1] == "done" and "bad" not in played
    with services.engine.connect() as conn:
        rows = conn.execute(
            select(tables.inspections.c.grade, tables.inspections.c.disposition)
            .join(tables.received_units)
            .order_by(tables.received_units.c.seq)
        ).all()
        status = conn.execute(select(tables.receipts.c.status)).scalar_one()
    assert [tuple(r) for r in rows] == [("A", "restock_open_box"), ("C", "liquidate")]
    assert status == "completed"


def test_an_unknown_barcode_shows_the_banner_and_changes_nothing(
    clerk: Clerk, window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    clerk.login()
    clerk.scan(RMA1)
    before = (
        count(services, tables.received_units),
        count(services, tables.audit_log),
        count(services, tables.outbox),
    )
    played = sounds(window, qtbot)
    clerk.scan("ZZ-NOT-A-THING-42")
    assert clerk.banner_state == "error"
    assert clerk.banner == "Item not in the catalog: ZZ-NOT-A-THING-42"
    assert played == ["bad"]
    clerk.scan("5901234123458")  # EAN-13 with a wrong check digit
    assert clerk.banner.startswith("Check digit wrong — rescan: 5901234123458")
    assert (
        count(services, tables.received_units),
        count(services, tables.audit_log),
        count(services, tables.outbox),
    ) == before
    assert window.receiving.ui.unitsTable.rowCount() == 0
    # ... and the desk keeps going
    clerk.scan(item_code(EARBUDS))
    assert window.receiving.ui.unitsTable.rowCount() == 1


def test_an_item_not_on_the_rma_is_flagged_in_red(
    clerk: Clerk, window: MainWindow, qtbot: QtBot
) -> None:
    played = sounds(window, qtbot)
    clerk.login()
    clerk.scan(RMA1)
    clerk.scan(item_code(CREAM))
    assert clerk.banner_state == "error"
    assert clerk.banner == f"Unit 1: {CREAM.sku} — not on the RMA"
    assert window.receiving.ui.unitsTable.item(0, 3).text() == "not on the RMA"
    assert played[-1] == "bad"


def test_a_clerk_is_not_asked_for_a_void_reason_and_the_refusal_is_audited(
    clerk: Clerk, window: MainWindow, services: Services
) -> None:
    clerk.login()
    clerk.scan(RMA1)
    assert not window.ui.actionVoid.isEnabled()  # not offered
    assert not window.receiving.ui.overrideButton.isVisible()
    window.ask_void_reason()  # asked for anyway (a stale menu)
    clerk.settle()
    assert window.void_dialog is None  # no reason asked of someone who may not void
    assert clerk.banner == "Not allowed for your role (clerk): ask a supervisor"
    with services.engine.connect() as conn:
        assert conn.execute(select(tables.receipts.c.status)).scalar_one() == "open"
        refused = conn.execute(
            select(tables.audit_log.c.user_id, tables.audit_log.c.details).where(
                tables.audit_log.c.action == "refused"
            )
        ).one()
        actions = conn.execute(select(tables.audit_log.c.action)).scalars().all()
    assert "return_voided" not in actions
    assert refused.user_id == "U-BADGE-C001" and refused.details["action"] == "void"


def test_a_supervisor_voids_with_a_reason(
    clerk: Clerk, window: MainWindow, services: Services
) -> None:
    clerk.login("BADGE-S001", "222222")
    clerk.scan(RMA1)
    clerk.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.void_dialog
    assert dialog is not None
    dialog.setTextValue("opened on the wrong RMA")
    dialog.accept()
    clerk.settle()
    assert clerk.banner == f"Return {RMA1} voided"
    with services.engine.connect() as conn:
        assert conn.execute(select(tables.receipts.c.status)).scalar_one() == "voided"
        details = conn.execute(
            select(tables.audit_log.c.details).where(tables.audit_log.c.action == "return_voided")
        ).scalar_one()
    assert details["reason"] == "opened on the wrong RMA"


def test_digits_typed_fast_are_a_scan_not_a_hotkey(clerk: Clerk, window: MainWindow) -> None:
    clerk.login()
    clerk.scan(RMA1)
    clerk.scan(item_code(EARBUDS))  # a unit now waits for a grade: hotkeys are armed
    clerk.scan(item_code(MUG))  # starts with a digit, but arrives as one burst
    units = window.receiving.current.parcel.units  # type: ignore[union-attr]
    assert [u.sku for u in units] == [EARBUDS.sku, MUG.sku]
    assert all(u.grade is None for u in units)


def test_a_bug_reaches_the_crash_dialog_and_the_log_and_the_desk_keeps_going(
    clerk: Clerk,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    clerk.login()
    desk = window.receiving.desk
    real_scan = desk.scan

    def broken(payload: str, aim_id: str | None = None, hri: bool | None = None) -> object:
        raise RuntimeError("a bug in the scan path")

    monkeypatch.setattr(desk, "scan", broken)
    clerk.scan(RMA1)
    presenter = window.runtime.presenter
    assert len(presenter.dialogs) == 1
    dialog = presenter.dialogs[0]
    assert dialog.isVisible() and "Your work up to the last confirmed step is saved" in (
        dialog.text()
    )
    assert "RuntimeError: a bug in the scan path" in dialog.detailedText()
    assert "unexpected error" in caplog.text and "a bug in the scan path" in caplog.text
    dialog.close()
    monkeypatch.setattr(desk, "scan", real_scan)
    clerk.scan(RMA1)
    assert window.receiving.ui.rmaValue.text() == RMA1


def test_reports_open_for_a_supervisor_only(clerk: Clerk, window: MainWindow) -> None:
    clerk.login()
    assert not window.ui.actionReports.isEnabled()  # not offered to a clerk
    clerk.key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.reports_view is None
    window.open_reports()  # asked for anyway: the service refuses, audited
    clerk.settle()
    assert window.reports_view is None
    assert clerk.banner == "Not allowed for your role (clerk): ask a supervisor"
    clerk.scan("CMD-LOGOUT")
    clerk.login("BADGE-S001", "222222")
    clerk.key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.reports_view is not None and window.reports_view.isVisible()
    window.reports_view.close()
