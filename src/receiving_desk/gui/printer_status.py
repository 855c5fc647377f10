"""The printers' state in the status bar (ready / paper out / head open / offline ...),
read from the printer port's in-memory snapshots once a second: no I/O on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from receiving_desk.services.app_ports import PrinterPort


class PrinterStatus(QObject):
    def __init__(self, printers: PrinterPort, label: QLabel, interval_ms: int = 1000) -> None:
        super().__init__(label)
        self._printers = printers
        self.label = label
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(interval_ms)
        self.refresh()

    def refresh(self) -> None:
        parts = []
        for line in self._printers.status():
            colour = "#1b5e20" if line.ok else "#b71c1c"
            where = line.url.split("://", 1)[-1].rstrip("/")
            name = where if len(where) <= 16 else "…" + where[-15:]  # the status bar is shared
            queued = self.tr(", {0} waiting").format(line.queued) if line.queued else ""
            text = self.tr("Printer {0}: {1}").format(name, self.state_text(line.state))
            parts.append(f'<span style="color:{colour}">{text}{queued}</span>')
        self.label.setText("  ".join(parts))

    def state_text(self, state: str) -> str:
        """The printer adapter's state words, translated (unknown words shown as they are)."""
        return {
            "unknown": self.tr("not asked yet"),
            "ready": self.tr("ready"),
            "paper out": self.tr("paper out"),
            "ribbon out": self.tr("ribbon out"),
            "head open": self.tr("head open"),
            "paused": self.tr("paused"),
            "error": self.tr("error"),
            "offline": self.tr("offline"),
            "not responding": self.tr("not responding"),
        }.get(state, state)
