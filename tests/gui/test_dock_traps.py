"""The traps of a busy dock, driven only by scans and keys on the real window.

Ctrl+Z undoes the last scan (never the scan box's text undo); a scan typed at scanner speed
into the note field is a scan, not a note; F12 on an empty return and a completion with
discrepancies ask first, and only the command barcode says yes; several matching RMAs become
a numbered pick list; a hygiene question must be answered before a grade.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from receiving_desk.adapters.store import tables
from receiving_desk.bootstrap import Services
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.services.desk_view import Step
from tests.gui.conftest import Clerk
from tests.seed import CREAM, EARBUDS, MUG, RMA1, RMA3, item_code

NO_RMA_PARCEL = "1Z879E930346834440"  # a valid UPS number no RMA knows


def type_into(widget: QWidget, text: str, start_ms: int, gap_ms: int, enter: bool) -> None:
    """Key presses with the window system's timestamps: `gap_ms` apart (a scanner: a few ms;
    a person: a hundred or more), so the test does not depend on how busy the machine is."""
    stamp = start_ms
    keys = [(Qt.Key(ord(c.upper())), c) for c in text]
    if enter:
        keys.append((Qt.Key.Key_Return, "\r"))
    for key, char in keys:
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)
        event.setTimestamp(stamp)
        QApplication.sendEvent(widget, event)
        stamp += gap_ms


def step(window: MainWindow) -> Step:
    assert window.receiving.current is not None
    return window.receiving.current.step


def receipt_status(services: Services) -> list[str]:
    with services.engine.connect() as conn:
        return list(conn.execute(select(tables.receipts.c.status)).scalars())


def unit_count(services: Services) -> int:
    with services.engine.connect() as conn:
        return len(conn.execute(select(tables.received_units.c.id)).all())


def test_ctrl_z_undoes_the_last_scan_not_the_scan_box_text(
    clerk: Clerk, window: MainWindow, services: Services
) -> None:
    clerk.login()
    clerk.scan(RMA1)
    clerk.scan(item_code(EARBUDS))
    clerk.hotkey("1")
    clerk.scan(item_code(MUG))
    assert unit_count(services) == 2
    clerk.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert clerk.banner == f"Scan undone: unit 2 ({MUG.sku})"
    assert clerk.input.text() == ""  # the barcode did not come back into the box
    clerk.key(Qt.Key.Key_Return)  # and Enter adds nothing
    assert unit_count(services) == 1
    assert window.receiving.ui.unitsTable.rowCount() == 1


def test_a_scan_into_the_note_field_is_a_scan_and_typing_stays_a_note(
    clerk: Clerk, window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    ui = window.receiving.ui
    clerk.login()
    clerk.scan(RMA1)
    clerk.scan(item_code(EARBUDS))
    assert ui.noteEdit.isEnabled()
    type_into(ui.noteEdit, "dented", start_ms=10_000, gap_ms=180, enter=False)  # a person
    type_into(ui.noteEdit, "CMD-CHK-ALL-OK", start_ms=20_000, gap_ms=4, enter=True)  # a wedge
    clerk.settle()
    assert ui.noteEdit.text() == "dented"  # the scan left the note as it was
    assert clerk.banner == "Checklist: 7 remaining checks answered OK"  # and was acted on
    clerk.hotkey("1")
    with services.engine.connect() as conn:
        assert conn.execute(select(tables.inspections.c.note)).scalar_one() == "dented"


def test_f12_on_an_empty_return_asks_and_only_the_command_barcode_confirms(
    clerk: Clerk, window: MainWindow, services: Services
) -> None:
    clerk.login()
    clerk.scan(RMA1)
    clerk.key(Qt.Key.Key_F12)  # a stray F12 on a freshly opened RMA
    assert clerk.banner == "No units scanned: complete anyway?"
    assert clerk.banner_state == "warn"
    assert step(window) is Step.CONFIRM_COMPLETE
    assert "This return has no units" in window.receiving.ui.nextLabel.text()
    assert receipt_status(services) == ["open"]
    clerk.key(Qt.Key.Key_F12)  # a second F12 is not a yes
    assert receipt_status(services) == ["open"]
    clerk.scan(item_code(EARBUDS))  # any other scan answers no and goes on
    assert step(window) is Step.GRADE_UNIT and receipt_status(services) == ["open"]
    clerk.scan("CMD-CANCEL-UNIT")
    clerk.key(Qt.Key.Key_F12)
    clerk.scan("CMD-CONFIRM")
    assert receipt_status(services) == ["completed"]
    assert clerk.banner.startswith(f"Return {RMA1} completed (0 units)")
    assert clerk.banner_state == "warn"  # an empty return is a discrepancy: never green


def test_a_flagged_completion_asks_and_is_amber(
    clerk: Clerk, window: MainWindow, services: Services
) -> None:
    clerk.login()
    clerk.scan(RMA1)
    clerk.scan(item_code(EARBUDS))
    clerk.hotkey("1")  # line 2 (the mug) never arrives
    clerk.key(Qt.Key.Key_F12)
    assert clerk.banner == "Discrepancies: complete anyway?" and clerk.banner_state == "warn"
    assert "Missing: line 2 (HM-00002) not in the parcel" in window.receiving.ui.nextLabel.text()
    assert receipt_status(services) == ["open"]
    clerk.scan("CMD-CONFIRM")
    assert clerk.banner == f"Return {RMA1} completed (1 unit) — 1 discrepancy flag"
    assert clerk.banner_state == "warn"
    assert receipt_status(services) == ["completed"]


def test_several_matching_rmas_are_a_numbered_pick_list(
    clerk: Clerk, window: MainWindow, services: Services
) -> None:
    ui = window.receiving.ui
    clerk.login()
    clerk.scan(NO_RMA_PARCEL)
    clerk.scan("C1")  # the customer number: two open returns
    assert step(window) is Step.PICK_RMA
    assert clerk.banner_state == "warn"
    assert ui.stepLabel.text() == "Pick the return: type or scan its number"
    listed = ui.nextLabel.text()
    assert f"<b>1</b> &nbsp; {RMA1}" in listed and f"<b>2</b> &nbsp; {RMA3}" in listed
    clerk.scan("3")
    assert clerk.banner == "There is no number 3 on the list" and step(window) is Step.PICK_RMA
    clerk.scan("2")  # typed, then Enter
    assert ui.rmaValue.text() == RMA3 and step(window) is Step.SCAN_ITEM
    assert clerk.banner == f"Return {RMA3} opened"


def test_a_pick_command_barcode_picks(clerk: Clerk, window: MainWindow) -> None:
    clerk.login()
    clerk.scan(NO_RMA_PARCEL)
    clerk.scan("C1")
    clerk.scan("CMD-PICK-1")
    assert window.receiving.ui.rmaValue.text() == RMA1


def test_a_hygiene_question_must_be_answered_before_a_grade(
    clerk: Clerk, window: MainWindow, services: Services
) -> None:
    ui = window.receiving.ui
    clerk.login()
    clerk.scan(RMA1)
    clerk.scan(item_code(CREAM))
    assert "Answer before grading:" in ui.nextLabel.text()
    assert "Hygiene seal unbroken" in ui.nextLabel.text()
    clerk.hotkey("1")
    assert clerk.banner_state == "error"
    assert clerk.banner.startswith("Not graded: answer these questions first: Hygiene seal")
    assert step(window) is Step.GRADE_UNIT
    # Beauty offers only its own found conditions (no "Battery swollen" on a face cream).
    assert set(window.receiving.panel.condition_buttons) == {
        "box_damaged",
        "used",
        "counterfeit_suspect",
    }
    clerk.scan("CMD-CHK-HYGIENE-SEAL-N")
    clerk.scan("CMD-CHK-ALL-OK")
    clerk.hotkey("1")
    assert ui.dispositionLabel.text() == "Unit 1 (grade A): Destroy"


def test_after_grading_the_bin_is_on_screen_and_the_next_scan_clears_the_banner(
    clerk: Clerk, window: MainWindow
) -> None:
    ui = window.receiving.ui
    clerk.login()
    clerk.scan(RMA1)
    clerk.scan("ZZ-NOT-A-THING-42")
    assert clerk.banner_state == "error"
    clerk.scan(item_code(EARBUDS))
    assert clerk.banner_state == "ok"  # the red banner belonged to the scan before
    assert ui.currentUnitLabel.text().startswith("Unit 1:")
    clerk.hotkey("1")
    guidance = ui.nextLabel.text()
    assert "Unit 1: Restock as open box → bin" in guidance and "BIN-OB-01" in guidance
    clerk.scan(item_code(MUG))
    assert ui.currentUnitLabel.text().startswith("Unit 2:")  # the unit being graded
    assert ui.dispositionLabel.text() == ""  # not unit 1's decision under unit 2's name


def test_put_away_shows_the_cart(clerk: Clerk, window: MainWindow) -> None:
    ui = window.receiving.ui
    clerk.login()
    clerk.scan(RMA1)
    clerk.scan(item_code(EARBUDS))
    clerk.hotkey("1")
    parcel = window.receiving.current.parcel  # type: ignore[union-attr]
    lpn = parcel.units[0].lpn  # type: ignore[union-attr]
    assert lpn is not None
    clerk.scan(lpn)
    assert step(window) is Step.PUT_AWAY
    assert ui.stepLabel.text() == "Put away: scan the bin label"
    cart = ui.nextLabel.text()
    assert "Cart: 1 LPN" in cart and lpn in cart and "BIN-OB-01" in cart
    clerk.scan("BIN-OB-01")
    assert clerk.banner == "1 unit put away in BIN-OB-01"
    assert step(window) is Step.SCAN_ITEM


def test_no_audio_device_is_said_on_screen(window: MainWindow, qtbot: QtBot) -> None:
    """Sound switched on but no device found when Qt Multimedia loads: the status bar says
    so (the cue signal still fires for the banner's colour and the tests)."""
    label = window._sound_label
    assert not label.isVisible()
    window.sounds.silent.emit("no_device")  # what Sounds reports when the load finds none
    qtbot.waitUntil(label.isVisible)
    assert label.text() == "No sound: no audio device"
