"""The desk's scan feed: serial readers and the keyboard wedge into one durable pipeline.

reader threads ─┐
keyboard line ──┴─> scan journal (writer thread, durable) ─> on_scan (consumer's thread hop)

Implements the GUI's `ScannerPort`: the GUI hands in two callbacks and never sees the engine,
the journal or pyserial.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine

from receiving_desk.adapters.scanners.config import ScannerPortConfig
from receiving_desk.adapters.scanners.manager import ScannerManager
from receiving_desk.adapters.scanners.ports import PortInfo, list_serial_ports
from receiving_desk.adapters.scanners.reader import DiscardCallback, ScannerStatus, ScanRead
from receiving_desk.adapters.store.journal import JournaledScan, ScanJournal
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.barcodes.pin_scans import redacted

KEYBOARD = "keyboard"


class ScanFeed:
    def __init__(
        self,
        engine: Engine,
        configs: Sequence[ScannerPortConfig],
        patterns: DeskPatterns | None = None,
    ) -> None:
        self._engine = engine
        self._configs = list(configs)
        self._patterns = patterns or DeskPatterns()  # which scans carry a PIN
        self.journal: ScanJournal | None = None
        self.manager: ScannerManager | None = None

    def start(
        self,
        on_scan: Callable[[JournaledScan], None],
        on_status: Callable[[ScannerStatus], None],
        on_trouble: Callable[[BaseException | None], None] | None = None,
        on_discard: DiscardCallback | None = None,
    ) -> None:
        self.journal = ScanJournal(self._engine, on_scan, on_trouble, self._patterns)
        self.manager = ScannerManager(
            self._configs,
            self.journal.append,
            on_status,
            on_discard=on_discard,
            redact=lambda data: redacted(data, self._patterns),
        )
        self.journal.start()
        self.manager.start()

    def stop(self) -> None:
        if self.manager is not None:
            self.manager.stop()
        if self.journal is not None:
            self.journal.stop()

    def reconfigure(self, configs: Sequence[Any]) -> None:
        self._configs = [c for c in configs if isinstance(c, ScannerPortConfig)]
        if self.manager is not None:
            self.manager.reconfigure(self._configs)

    def keyboard_line(self, text: str) -> None:
        """A line from the keyboard wedge (or typed by hand) joins the same pipeline."""
        assert self.journal is not None, "scan feed not started"
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

    def configs(self) -> list[ScannerPortConfig]:
        return list(self._configs)

    def list_ports(self) -> list[PortInfo]:
        return list_serial_ports()

    def make_config(self, values: Mapping[str, Any]) -> ScannerPortConfig:
        """Validated: a bad value raises ValueError naming the scanner and the setting."""
        return ScannerPortConfig.from_dict(dict(values))
