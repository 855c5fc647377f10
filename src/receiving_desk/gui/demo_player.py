"""Demo only: plays the demo scan script into the simulated scanner, one scan a second."""

from __future__ import annotations

import threading

from receiving_desk.adapters.scanners.simulator import VirtualScanner
from receiving_desk.resources import resource

RATE_PER_S = 1.0


class DemoScriptPlayer:
    def __init__(self, scanner: VirtualScanner, rate_per_s: float = RATE_PER_S) -> None:
        self._scanner = scanner
        self.rate_per_s = rate_per_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def play(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return  # one run at a time
        script = resource("scanner-scripts", "demo.txt")
        self._thread = threading.Thread(
            target=self._scanner.play_script,
            args=(script, self.rate_per_s),
            kwargs={"stop": self._stop},
            name="demo-scanner",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
