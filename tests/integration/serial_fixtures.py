"""Shared helpers for the serial scanner tests (imported explicitly, not a conftest)."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from receiving_desk.adapters.scanners import (
    Discard,
    ScannerPortConfig,
    ScannerStatus,
    ScanRead,
    SerialScannerReader,
)
from tests.waiting import wait_until

POLL = 0.05  # reopen polling in tests (production default 0.5 s)


class Collector:
    """Thread-safe sink for reader callbacks, with waiting helpers."""

    def __init__(self) -> None:
        self.scans: list[ScanRead] = []
        self.statuses: list[ScannerStatus] = []
        self.discards: list[tuple[str, Discard]] = []
        self._cond = threading.Condition()

    def on_scan(self, scan: ScanRead) -> None:
        with self._cond:
            self.scans.append(scan)
            self._cond.notify_all()

    def on_status(self, status: ScannerStatus) -> None:
        with self._cond:
            self.statuses.append(status)
            self._cond.notify_all()

    def on_discard(self, source: str, discard: Discard) -> None:
        with self._cond:
            self.discards.append((source, discard))
            self._cond.notify_all()

    def wait(self, predicate: Callable[[], bool], timeout: float = 3.0) -> None:
        with self._cond:
            assert self._cond.wait_for(predicate, timeout), (
                f"timed out: {self.scans} {self.discards}"
            )

    def states(self) -> list[str]:
        return [s.state for s in self.statuses]

    def wait_state(self, state: str, count: int = 1, timeout: float = 3.0) -> None:
        self.wait(lambda: self.states().count(state) >= count, timeout)

    def data(self) -> list[tuple[str | None, str]]:
        return [(s.aim_id, s.data) for s in self.scans]


@contextmanager
def reading(config: ScannerPortConfig, sink: Collector) -> Iterator[SerialScannerReader]:
    reader = SerialScannerReader(
        config, sink.on_scan, sink.on_status, on_discard=sink.on_discard, poll_interval=POLL
    )
    reader.start()
    try:
        yield reader
    finally:
        reader.stop()


@contextmanager
def socat_pair(a: Path, b: Path) -> Iterator[None]:
    """Two linked ptys; restarting with the same link names = the device is back."""
    proc = subprocess.Popen(
        ["socat", f"pty,raw,echo=0,link={a}", f"pty,raw,echo=0,link={b}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:

        def ready() -> bool:
            assert proc.poll() is None, "socat did not start"
            return a.exists() and b.exists()

        wait_until(ready, 3, "socat's two ptys")
        yield
    finally:
        proc.terminate()
        proc.wait(timeout=5)
