"""The printers' state in the status bar (ready / paper out / head open / offline ...),
read from the printer port's in-memory snapshots once a second: no I/O on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
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
            text = self.tr("Printer {0}: {1}").format(name, printer_state_text(line.state))
            parts.append(f'<span style="color:{colour}">{text}{queued}</span>')
        self.label.setText("  ".join(parts))


def printer_state_text(state: str) -> str:
    """The printer adapter's state words, translated (unknown words shown as they are): the
    status bar's, and a test label's that did not print."""
    return {
        "unknown": QCoreApplication.translate("PrinterStatus", "not asked yet"),
        "ready": QCoreApplication.translate("PrinterStatus", "ready"),
        "paper out": QCoreApplication.translate("PrinterStatus", "paper out"),
        "ribbon out": QCoreApplication.translate("PrinterStatus", "ribbon out"),
        "head open": QCoreApplication.translate("PrinterStatus", "head open"),
        "paused": QCoreApplication.translate("PrinterStatus", "paused"),
        "error": QCoreApplication.translate("PrinterStatus", "error"),
        "offline": QCoreApplication.translate("PrinterStatus", "offline"),
        "not responding": QCoreApplication.translate("PrinterStatus", "not responding"),
    }.get(state, state)
