"""A scan is a scan wherever the focus is.

A keyboard-wedge scanner types a whole line within milliseconds; a person does not. This
application-wide event filter watches key presses into text fields other than the scan box
(the note field, a dialog's text box): a burst of at least `MIN_CHARS` characters, each within
`MAX_GAP_MS` of the one before, ended by Enter or Tab, is taken back out of the field and
handed on as a scan. Deliberate typing stays where it was typed. The gap is measured on the
key events' own timestamps (the window system's), so a busy GUI thread does not turn typing
into a scan; synthetic events without one fall back to the monotonic clock.

It also makes Ctrl+Z mean "undo the last scan" in every text field of the desk, instead of
the field's own text undo (which would bring a barcode back to be entered twice).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

MIN_CHARS = 5  # the shortest code a desk scans (a bin or a badge) is longer
MAX_GAP_MS = 30  # wedge scanners type a character every 1-15 ms; people need 60 ms or more

TextField = QLineEdit | QPlainTextEdit | QTextEdit


def _text(field: TextField) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def _set_text(field: TextField, text: str) -> None:
    if isinstance(field, QLineEdit):
        field.setText(text)
    else:
        field.setPlainText(text)


class ScanGuard(QObject):
    scanned = Signal(str)  # a line typed at scanner speed into a text field
    undo = Signal()  # Ctrl+Z in a text field of the desk

    def __init__(
        self,
        scan_fields: Callable[[], set[QWidget]],
        owns: Callable[[QWidget], bool],
        parent: QObject | None = None,
    ) -> None:
        """`scan_fields`: the fields that take scans themselves (the scan box, a dialog's
        scan field); `owns`: whether a widget belongs to the desk (its window or dialogs)."""
        super().__init__(parent)
        self._scan_fields = scan_fields
        self._owns = owns
        self._field: TextField | None = None
        self._before = ""  # the field's text before the burst began
        self._burst: list[str] = []
        self._last_ms = -1.0

    def _now(self, event: QKeyEvent) -> float:
        stamp = event.timestamp()
        return float(stamp) if stamp else time.monotonic() * 1000.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, (QLineEdit, QPlainTextEdit, QTextEdit)):
            return False
        if not self._owns(watched):
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo.emit()
            return True  # never the field's own text undo
        if watched in self._scan_fields():
            return False
        if isinstance(watched, QLineEdit) and watched.echoMode() is not QLineEdit.EchoMode.Normal:
            return False  # a password is typed, not scanned
        return self._key(watched, event)

    def _key(self, field: TextField, event: QKeyEvent) -> bool:
        now = self._now(event)
        fast = field is self._field and 0 <= now - self._last_ms <= MAX_GAP_MS
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            burst = "".join(self._burst) if fast and self._field is field else ""
            before = self._before
            self._reset()
            if len(burst) < MIN_CHARS:
                return False
            _set_text(field, before)
            self.scanned.emit(burst)
            return True
        char = event.text()
        if not char or not char.isprintable():
            self._reset()
            return False
        if not fast:  # a pause: whatever came before was typed; a new burst may start here
            self._field, self._before, self._burst = field, _text(field), []
        self._burst.append(char)
        self._last_ms = now
        return False

    def _reset(self) -> None:
        self._field, self._before, self._burst, self._last_ms = None, "", [], -1.0
