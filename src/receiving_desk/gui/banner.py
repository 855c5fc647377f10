"""The desk's banner: one big line the clerk reads from a distance, coloured by what it is.

Green: done, nothing to check. Amber: done or waiting, but with something to look at
(discrepancies, a question to confirm) — never green. Red: the clerk's move (rescan, scan the
badge first). Orange: the store is busy, try again. Purple: the store cannot write (full,
read-only, damaged): a supervisor is needed. Blue-grey: a printer or a file. The colour is
the second channel beside the sound.

A banner belongs to the scan that raised it: the view clears it when the next scan or key
arrives, so a stale message never reads as the answer to a new scan.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from receiving_desk.services.error_classes import ErrorClass

_BASE = "color:white;font-size:18pt;font-weight:bold;padding:8px;"
COLOURS: dict[str, str] = {
    "ok": "#1b5e20",
    "warn": "#ffb300",
    ErrorClass.USER: "#b71c1c",
    ErrorClass.BUSY: "#e65100",
    ErrorClass.STORAGE: "#4a148c",
    ErrorClass.DEVICE: "#37474f",
    ErrorClass.BUG: "#b71c1c",
}
EMPTY_STYLE = "background:transparent;padding:8px;font-size:18pt;"


class Banner:
    def __init__(self, label: QLabel) -> None:
        self.label = label
        label.setStyleSheet(EMPTY_STYLE)
        label.setProperty("state", "")

    def clear(self) -> None:
        self.label.setStyleSheet(EMPTY_STYLE)
        self.label.setText("")
        self.label.setProperty("state", "")
        self.label.setProperty("error_class", "")

    def ok(self, text: str) -> None:
        if not text:
            self.clear()
            return
        self.label.setStyleSheet(f"background:{COLOURS['ok']};{_BASE}")
        self.label.setText(text)
        self.label.setProperty("state", "ok")
        self.label.setProperty("error_class", "")

    def warn(self, text: str) -> None:
        """Amber, dark text: a discrepancy or a question, never a plain success."""
        self.label.setStyleSheet(f"background:{COLOURS['warn']};{_BASE}color:#212121;")
        self.label.setText(text)
        self.label.setProperty("state", "warn")
        self.label.setProperty("error_class", "")

    def error(self, text: str, error_class: ErrorClass = ErrorClass.USER) -> None:
        self.label.setStyleSheet(f"background:{COLOURS[error_class]};{_BASE}")
        self.label.setText(text)
        self.label.setProperty("state", "error")
        self.label.setProperty("error_class", error_class.value)
