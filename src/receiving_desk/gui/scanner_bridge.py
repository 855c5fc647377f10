"""Scanners to the GUI: serial readers and the keyboard wedge feed one journaled pipeline.

reader threads ─┐
keyboard line ──┴─> scan journal (writer thread, durable) ─> Qt signal ─> GUI thread

Nothing here blocks the GUI thread: readers and the journal run on their own threads and hand
results over by queued signals.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal
from sqlalchemy import Engine

from receiving_desk.adapters.scanners import ScannerManager, ScannerPortConfig, ScannerStatus
from receiving_desk.adapters.scanners.reader import ScanRead
from receiving_desk.adapters.store.journal import JournaledScan, ScanJournal

KEYBOARD = "keyboard"


class ScannerBridge(QObject):
    scanned = Signal(object)  # JournaledScan, delivered on the GUI thread
    status_changed = Signal(object)  # ScannerStatus

    def __init__(
        self, engine: Engine, configs: Iterable[ScannerPortConfig], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.journal = ScanJournal(engine, self.scanned.emit)
        self.manager = ScannerManager(configs, self.journal.append, self.status_changed.emit)
        self.statuses: dict[str, ScannerStatus] = {}
        self.keyboard_lines_in_flight = 0  # typed lines not yet back from the journal
        self.status_changed.connect(self._remember)

    def delivered(self, journaled: JournaledScan) -> None:
        """Called by the consumer once it has taken the scan over."""
        if journaled.scan.source == KEYBOARD:
            self.keyboard_lines_in_flight -= 1

    def sends_hri(self, source: str) -> bool:
        """May bracketed GS1 text from this source be read as GS1? Typing: yes; a scanner:
        only when its settings say it sends GS1 data that way."""
        if source == KEYBOARD:
            return True
        return any(c.name == source and c.sends_hri for c in self.manager.configs)

    def _remember(self, status: ScannerStatus) -> None:
        self.statuses[status.source] = status

    def start(self) -> None:
        self.journal.start()
        self.manager.start()

    def stop(self) -> None:
        self.manager.stop()
        self.journal.stop()

    def reconfigure(self, configs: Iterable[ScannerPortConfig]) -> None:
        wanted = list(configs)
        for name in set(self.statuses) - {c.name for c in wanted}:
            del self.statuses[name]
        self.manager.reconfigure(wanted)

    def keyboard_line(self, text: str) -> None:
        """A line from the keyboard wedge (or typed by hand) joins the same pipeline."""
        self.keyboard_lines_in_flight += 1
        self.journal.append(
            ScanRead(
                source=KEYBOARD,
                raw=text.encode("utf-8"),
                aim_id=None,
                data=text,
                received_at=datetime.now(UTC),
                monotonic=time.monotonic(),
                framed_by="terminator",
            )
        )
