"""The station's scales: one reader thread each, started and stopped with the app's runtime
(as `adapters/scanners/feed.py` does for scanners).

Implements the GUI's `ScalePort` (readings and hot-plug status by callbacks, on the reader's
thread: the GUI hands them over to its own by a signal) and the desk's `ScaleSource`
(`settled`: the first stable reading from now on, asked on the store's thread).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from receiving_desk.adapters.scales.reader import (
    ScaleConfig,
    ScaleStatus,
    SerialScaleReader,
    TimedReading,
)
from receiving_desk.adapters.scales.settings import scale_from_dict
from receiving_desk.domain.weights import Reading, ReadingState

ReadingCallback = Callable[[str, Reading], None]  # (scale name, reading)
StatusCallback = Callable[[ScaleStatus], None]


class ScaleFeed:
    def __init__(self, configs: Sequence[ScaleConfig]) -> None:
        self._configs = list(configs)
        self._readers: dict[str, SerialScaleReader] = {}
        self._lock = threading.Lock()
        self._on_reading: ReadingCallback | None = None
        self._on_status: StatusCallback | None = None
        self._running = False

    def start(
        self, on_reading: ReadingCallback | None = None, on_status: StatusCallback | None = None
    ) -> None:
        with self._lock:
            self._on_reading, self._on_status = on_reading, on_status
            self._running = True
            for config in self._configs:
                self._start(config)

    def stop(self) -> None:
        with self._lock:
            self._running = False
            readers, self._readers = list(self._readers.values()), {}
        for reader in readers:
            reader.stop()

    def reconfigure(self, configs: Sequence[Any]) -> None:
        """New settings: unchanged scales keep running, changed or removed ones stop."""
        wanted = {c.name: c for c in configs if isinstance(c, ScaleConfig)}
        with self._lock:
            self._configs = list(wanted.values())
            stale = [r for n, r in self._readers.items() if wanted.get(n) != r.config]
            for reader in stale:
                del self._readers[reader.config.name]
            if self._running:
                for config in self._configs:
                    if config.name not in self._readers:
                        self._start(config)
        for reader in stale:
            reader.stop()

    def _start(self, config: ScaleConfig) -> None:
        on_reading = self._on_reading

        def reading(timed: TimedReading) -> None:
            if on_reading is not None:
                on_reading(config.name, timed.reading)

        reader = SerialScaleReader(config, reading, self._on_status)
        self._readers[config.name] = reader
        reader.start()

    def settled(self) -> Reading | None:
        """The desk's weight: the first stable reading of the first scale that is connected,
        measured from now on, waiting at most its settling time (`settle_ms`); then the last
        reading seen (moving, overload) for the clerk's message; None with no scale
        connected."""
        with self._lock:
            readers = list(self._readers.values())
        reader = next((r for r in readers if r.status.state == "connected"), None)
        if reader is None:
            return None
        # A line already on its way was measured before the command (the parcel not yet
        # down): only a reading that arrives one poll period later answers it.
        config = reader.config
        after = time.monotonic() + config.poll_ms / 1000
        stable = reader.wait_stable(after, config.settle_ms / 1000)
        if stable is not None:
            return stable
        latest = reader.latest
        if latest is None:
            return None
        if latest.reading.recordable:  # stable, but measured before the command: not its answer
            return replace(latest.reading, state=ReadingState.UNSTABLE)
        return latest.reading

    def configs(self) -> list[ScaleConfig]:
        return list(self._configs)

    def make_config(self, values: Mapping[str, Any]) -> ScaleConfig:
        """Validated: a bad value raises ValueError naming the scale and the setting."""
        return scale_from_dict(dict(values))
