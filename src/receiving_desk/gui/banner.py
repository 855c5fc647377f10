"""The desk's banner: one big line the clerk reads from a distance, coloured by what it is.

Green: done. Red: the clerk's move (rescan, scan the badge first). Orange: the store is busy,
try again. Purple: the store cannot write (full, read-only, damaged): a supervisor is needed.
Blue-grey: a printer or a file. The colour is the second channel beside the sound.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from receiving_desk.services.error_classes import ErrorClass

_BASE = "color:white;font-size:20pt;font-weight:bold;padding:10px;"
COLOURS: dict[str, str] = {
    "ok": "#1b5e20",
    ErrorClass.USER: "#b71c1c",
    ErrorClass.BUSY: "#e65100",
    ErrorClass.STORAGE: "#4a148c",
    ErrorClass.DEVICE: "#37474f",
    ErrorClass.BUG: "#b71c1c",
}
EMPTY_STYLE = "background:transparent;padding:10px;font-size:20pt;"


class Banner:
    def __init__(self, label: QLabel) -> None:
        self.label = label
        label.setStyleSheet(EMPTY_STYLE)

    def ok(self, text: str) -> None:
        self.label.setStyleSheet(f"background:{COLOURS['ok']};{_BASE}" if text else EMPTY_STYLE)
        self.label.setText(text)
        self.label.setProperty("state", "ok")
        self.label.setProperty("error_class", "")

    def error(self, text: str, error_class: ErrorClass = ErrorClass.USER) -> None:
        self.label.setStyleSheet(f"background:{COLOURS[error_class]};{_BASE}")
        self.label.setText(text)
        self.label.setProperty("state", "error")
        self.label.setProperty("error_class", error_class.value)
