"""Several scanners on one desk, one reader thread each; scans carry their scanner's name."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from receiving_desk.domain.file_problems import SettingProblem
from receiving_desk.domain.refusals import _t, refusal

from .config import ScannerPortConfig
from .reader import (
    DiscardCallback,
    Redact,
    ScanCallback,
    SerialScannerReader,
    StatusCallback,
)


class ScannerManager:
    def __init__(
        self,
        configs: Iterable[ScannerPortConfig],
        on_scan: ScanCallback,
        on_status: StatusCallback,
        *,
        on_discard: DiscardCallback | None = None,
        clock: Callable[[], float] = time.monotonic,
        poll_interval: float = 0.5,
        redact: Redact | None = None,
    ) -> None:
        self._redact = redact
        self._on_scan = on_scan
        self._on_status = on_status
        self._on_discard = on_discard
        self._clock = clock
        self._poll = poll_interval
        self._running = False
        self._readers: dict[str, SerialScannerReader] = {}
        for config in _unique(configs):
            self._readers[config.name] = self._make(config)

    @property
    def running(self) -> bool:
        return self._running

    @property
    def configs(self) -> list[ScannerPortConfig]:
        return [r.config for r in self._readers.values()]

    def reader(self, name: str) -> SerialScannerReader:
        return self._readers[name]

    def start(self) -> None:
        self._running = True
        for reader in self._readers.values():
            reader.start()

    def stop(self) -> None:
        self._running = False
        for reader in self._readers.values():
            reader.stop()

    def reconfigure(self, configs: Iterable[ScannerPortConfig]) -> None:
        """Apply new settings: unchanged scanners keep running (no lost partial lines),
        changed or removed ones are stopped, new or changed ones started if running."""
        wanted = {c.name: c for c in _unique(configs)}
        for name, reader in list(self._readers.items()):
            if wanted.get(name) != reader.config:
                reader.stop()
                del self._readers[name]
        for name, config in wanted.items():
            if name not in self._readers:
                reader = self._make(config)
                self._readers[name] = reader
                if self._running:
                    reader.start()
        # Keep the configured order for the settings page.
        self._readers = {name: self._readers[name] for name in wanted}

    def _make(self, config: ScannerPortConfig) -> SerialScannerReader:
        return SerialScannerReader(
            config,
            self._on_scan,
            self._on_status,
            self._clock,
            on_discard=self._on_discard,
            poll_interval=self._poll,
            redact=self._redact,
        )


def _unique(configs: Iterable[ScannerPortConfig]) -> list[ScannerPortConfig]:
    result = list(configs)
    names = [c.name for c in result]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise SettingProblem(
            refusal(_t("two scanners may not have the same name: {names}"),
                    names=", ".join(duplicates))
        )  # fmt: skip
    return result
