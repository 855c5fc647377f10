"""The scan input: a line edit that takes whole lines from a keyboard-wedge scanner.

It also carries the grade hotkeys. A digit pressed into an empty input could be a grade key
or the first character of a scan (a UPS number starts with "1Z"); a wedge scanner types a
whole line within a few milliseconds, a person does not. So a lone digit is held briefly and
becomes a hotkey only if no further key follows.

A wedge scanner reading a PIN card types the PIN into this box: once the text so far reads as
a PIN scan (`shown` masks it), the box stops echoing until the line is sent.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

HOTKEY_HOLD_MS = 60


class ScanLineEdit(QLineEdit):
    scanned = Signal(str)  # a whole line, Enter pressed
    hotkey = Signal(str)  # a lone hotkey character

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hotkeys: frozenset[str] = frozenset()
        self._held: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOTKEY_HOLD_MS)
        self._timer.timeout.connect(self._fire_held)
        self.shown: Callable[[str], str] = lambda text: text  # the text as it may be shown
        self._hiding = False  # echo off because the text is a PIN, not because of the step

    def set_hotkeys(self, keys: frozenset[str]) -> None:
        self._hotkeys = keys

    def _fire_held(self) -> None:
        held, self._held = self._held, None
        if held is not None:
            self.hotkey.emit(held)

    def _release_held_as_text(self) -> None:
        if self._held is not None:
            self._timer.stop()
            self.insert(self._held)
            self._held = None

    def event(self, event: QEvent) -> bool:
        # A line edit claims Ctrl+Z (Undo) for its own text; in the scan box it means the
        # desk's "undo the last scan", so let the window's shortcut have it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._release_held_as_text()
            text = self.text()
            self.clear()
            if self._hiding:
                self._hiding = False
                self.setEchoMode(QLineEdit.EchoMode.Normal)
            if text:
                self.scanned.emit(text)
            event.accept()
            return
        char = event.text()
        if (
            self._held is None
            and not self.text()
            and char in self._hotkeys
            and self.echoMode() is QLineEdit.EchoMode.Normal
        ):
            self._held = char
            self._timer.start()
            event.accept()
            return
        self._release_held_as_text()
        super().keyPressEvent(event)
        if self.echoMode() is QLineEdit.EchoMode.Normal and self.shown(self.text()) != self.text():
            self._hiding = True
            self.setEchoMode(QLineEdit.EchoMode.Password)
