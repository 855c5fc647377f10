"""Every text fits its widget on a 1366×768 dock PC, in each of the five languages.

The real window, maximised on a 1366×768 screen (less the taskbar and the title bar), in the
heaviest states: a unit being graded (checklist, found conditions, the last decision) and a
completion waiting for its confirmation. Measured with the widgets' own font metrics, not by
eye: a button's caption, a one-line label, a field's placeholder, the status bar's parts. The
scan box, the step line, the grade buttons, Complete and the status bar must be on screen.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from receiving_desk.bootstrap import Services
from receiving_desk.gui.app import create_window
from receiving_desk.gui.language import use_language
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.gui.status_fit import plain_text
from receiving_desk.resources import resource
from receiving_desk.services.app_ports import PrinterLine
from tests.conftest import FixedClock
from tests.gui.conftest import Clerk
from tests.seed import EARBUDS, MUG, RMA1, item_code, seed

SCREEN = QRect(0, 0, 1366, 768 - 40 - 30)  # less the taskbar and the window's title bar
# The same screen at 125 % scaling: what QT_SCALE_FACTOR=1.25 leaves, in logical pixels.
SCREEN_125 = QRect(0, 0, int(1366 / 1.25), int((768 - 40 - 30) / 1.25))


@pytest.fixture(params=["en", "zh_CN", "zh_TW", "ru", "ko"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    font = QFont(qapp.font())
    translator = QTranslator()
    lang = str(request.param)
    if lang != "en":
        assert translator.load(f"receiving_desk_{lang}", str(resource("translations")))
        qapp.installTranslator(translator)
    use_language(qapp, lang)
    yield lang
    qapp.removeTranslator(translator)
    use_language(qapp, "en")
    qapp.setFont(font)


@pytest.fixture(params=[SCREEN, SCREEN_125], ids=["100%", "125%"])
def screen(request: pytest.FixtureRequest) -> QRect:
    return QRect(request.param)


@pytest.fixture
def dock_window(
    language: str, screen: QRect, services: Services, clock: FixedClock, qtbot: QtBot
) -> Iterator[MainWindow]:
    seed(services.uow_factory, services.hasher, clock.now())
    win = create_window(services.desk_app())
    qtbot.addWidget(win)
    win.resize(screen.size())
    win.show()
    qtbot.waitUntil(lambda: win.receiving.current is not None)
    yield win
    win.close()


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0


def _on_screen(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def settle() -> None:
    """Let every pending layout run (a new text re-lays its window out on a posted event),
    so what is measured is what the screen will show, not a layout half-way."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def misfits(window: MainWindow) -> list[str]:
    """Every text in the window that does not fit its widget, as 'widget: text (needs/has)'."""
    settle()
    found: list[str] = []

    def report(widget: QWidget, text: str, needs: int, has: int) -> None:
        if needs > has:
            name = widget.objectName() or type(widget).__name__
            found.append(f"{name}: {text!r} needs {needs}px, has {has}px")

    for button in window.findChildren(QPushButton):
        if _shown(button, window) and button.text():
            # The style's own measure: the caption's advance plus the button's frame and margins.
            report(button, button.text(), button.sizeHint().width(), button.width())
    for label in window.findChildren(QLabel):
        if not _shown(label, window) or not label.text():
            continue
        if label.textFormat() is Qt.TextFormat.RichText or "<" in label.text():
            report(label, label.text()[:40], label.sizeHint().width(), label.width())
        elif label.wordWrap():
            report(label, label.text(), label.heightForWidth(label.width()), label.height())
        else:
            needs = label.fontMetrics().horizontalAdvance(label.text())
            report(label, label.text(), needs, label.contentsRect().width())
    for field in window.findChildren(QLineEdit):
        if _shown(field, window) and field.placeholderText():
            needs = field.fontMetrics().horizontalAdvance(field.placeholderText()) + 8
            report(field, field.placeholderText(), needs, field.contentsRect().width())
    return found


def essentials_on_screen(window: MainWindow) -> list[str]:
    settle()
    ui = window.receiving.ui
    essentials: list[QWidget] = [
        ui.scanInput,
        ui.stepLabel,
        ui.gradeAButton,
        ui.gradeBButton,
        ui.gradeCButton,
        ui.gradeDButton,
        ui.gradeScrapButton,
        ui.completeButton if ui.completeButton.isVisibleTo(window) else ui.confirmButton,
        window.statusBar(),
    ]
    return [
        w.objectName() or type(w).__name__
        for w in essentials
        if not (_shown(w, window) and _on_screen(w, window))
    ]


def test_the_receiving_view_fits_1366x768(
    dock_window: MainWindow, language: str, screen: QRect, qtbot: QtBot
) -> None:
    window, clerk = dock_window, Clerk(dock_window, qtbot)
    clerk.login()
    clerk.scan(RMA1)
    clerk.scan(item_code(EARBUDS))
    clerk.scan("CMD-CHK-ALL-OK")
    clerk.hotkey("1")
    clerk.scan(item_code(MUG))  # a unit waits: its checklist and conditions are shown
    # The status bar as it stays: the restock label printed, the printer's state refreshed.
    qtbot.waitUntil(lambda: all(line.queued == 0 for line in window.app.printers.status()))
    window.printer_status.refresh()
    assert window.size() == screen.size()  # the window did not grow past the screen
    assert essentials_on_screen(window) == []
    grading = misfits(window)
    clerk.scan("CMD-CANCEL-UNIT")
    clerk.key(Qt.Key.Key_F12)  # line 2 missing: the completion asks, Complete anyway shows
    assert window.receiving.ui.confirmButton.isVisible()
    assert essentials_on_screen(window) == []
    problems = grading + misfits(window)
    assert problems == [], "\n".join(problems)


class BusyPrinters:
    """Two printers, one with labels waiting and one offline: the longest status line."""

    def status(self) -> list[PrinterLine]:
        return [
            PrinterLine("tcp://zebra-dock-a.example:9100", "ready", True, 3),
            PrinterLine("file:///var/spool/receiving/labels", "offline", False, 12),
        ]


def test_the_status_bar_gives_way_instead_of_clipping(
    dock_window: MainWindow, language: str, screen: QRect, qtbot: QtBot
) -> None:
    """Labels waiting at two printers, one offline, and the sound off: more than the bar holds
    at 125 % in the long languages. The least important parts are hidden whole (their texts
    in the bar's tooltip) and nothing is clipped; with room again, they come back."""
    window, clerk = dock_window, Clerk(dock_window, qtbot)
    clerk.login()
    clerk.scan(RMA1)
    window.printer_status._printers = BusyPrinters()  # the port's snapshot, as a busy shift has it
    window.printer_status.refresh()
    window._sound_label.show()
    qtbot.waitUntil(lambda: not window.status_fit._pending)
    settle()
    window.status_fit.fit()
    settle()  # the bar lays out again without what was hidden
    bar = window.statusBar()
    parts = [label for label, _ in window.status_fit._parts]
    for label in parts:
        if label.isVisibleTo(window):
            assert _on_screen(label, window), label.text()
    clipped = [
        label.text()
        for label in parts
        if label.isVisibleTo(window) and label.sizeHint().width() > label.width()
    ]
    assert clipped == []
    hidden = window.status_fit.hidden
    # what stops the labels and the sounds stays; the rest gives way from the least important
    assert window._printer_label not in hidden and window._sound_label not in hidden
    order = [label for label, _ in sorted(window.status_fit._parts, key=lambda p: p[1])]
    shown_order = [label for label in order if label.text()]
    assert hidden == [] or set(hidden) == set(shown_order[: len(hidden)])
    for label in hidden:  # what gave way is still one hover away
        assert plain_text(label) in bar.toolTip()
    window.resize(window.width() * 2, window.height())  # room again: every part is back
    qtbot.waitUntil(lambda: window.status_fit.hidden == [])
