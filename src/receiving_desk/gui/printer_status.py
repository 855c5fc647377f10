"""The printers' state in the status bar (ready / paper out / head open / offline ...),
read from the print queue's in-memory snapshots once a second: no I/O on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from receiving_desk.adapters.printing.backends.base import PrinterState
from receiving_desk.adapters.printing.queue import PrintQueue

OK_STATES = {PrinterState.READY, PrinterState.UNKNOWN}


class PrinterStatus(QObject):
    def __init__(self, queue: PrintQueue, label: QLabel, interval_ms: int = 1000) -> None:
        super().__init__(label)
        self._queue = queue
        self.label = label
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(interval_ms)
        self.refresh()

    def refresh(self) -> None:
        parts = []
        for url, snap in sorted(self._queue.status().items()):
            colour = "#1b5e20" if snap.state in OK_STATES else "#b71c1c"
            where = url.split("://", 1)[-1].rstrip("/")
            name = where if len(where) <= 24 else "…" + where[-23:]
            queued = self.tr(", {0} waiting").format(snap.queued) if snap.queued else ""
            text = self.tr("Printer {0}: {1}").format(name, snap.state.value)
            parts.append(f'<span style="color:{colour}">{text}{queued}</span>')
        self.label.setText("  ".join(parts))
