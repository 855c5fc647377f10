"""The scan journal: every raw scan is made durable before anything interprets it.

One writer thread drains a queue and writes whatever has gathered in one transaction: when
the dock is quiet that is one scan per commit (lowest latency), at peak hundreds share one
fsync (highest throughput). A scan is passed on only after its commit, so a crash can lose
nothing the desk has acted on. If the store refuses a write (locked, disk full) the batch is
retried with backoff; scans wait in memory, in order, and are never dropped.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import Engine, insert
from sqlalchemy.exc import SQLAlchemyError

from receiving_desk.adapters.store.tables import scan_journal

log = logging.getLogger(__name__)
# Opt-in timing (see the unit of work's): the monotonic time right after each journal commit.
timing = logging.getLogger("receiving_desk.timing.journal")

MAX_BATCH = 2000
RETRY_DELAYS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0)


class RawScan(Protocol):
    @property
    def source(self) -> str: ...

    @property
    def raw(self) -> bytes: ...

    @property
    def aim_id(self) -> str | None: ...

    @property
    def data(self) -> str: ...

    @property
    def received_at(self) -> datetime: ...


@dataclass(frozen=True, slots=True)
class JournaledScan:
    journal_id: int
    scan: RawScan


_STOP = object()


class ScanJournal:
    def __init__(self, engine: Engine, on_journaled: Callable[[JournaledScan], None]) -> None:
        self._engine = engine
        self._on_journaled = on_journaled
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="scan-journal", daemon=True)
        self.batches = 0  # for the benchmark: how many commits carried the scans

    def start(self) -> None:
        self._thread.start()

    def append(self, scan: RawScan) -> None:
        """Thread-safe and non-blocking: the reader thread never waits for the disk."""
        self._queue.put(scan)

    def stop(self, timeout: float = 10.0) -> None:
        """Write and pass on everything queued so far, then end the writer thread."""
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join(timeout)

    def _run(self) -> None:
        stopping = False
        while not stopping:
            batch: list[RawScan] = []
            item = self._queue.get()
            while True:
                if item is _STOP:
                    stopping = True
                else:
                    batch.append(item)  # type: ignore[arg-type]
                if stopping or len(batch) >= MAX_BATCH:
                    break
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
            if batch:
                self._write(batch)

    def _write(self, batch: list[RawScan]) -> None:
        attempt = 0
        while True:
            try:
                ids = self._insert(batch)
                break
            except SQLAlchemyError as exc:
                delay = RETRY_DELAYS[min(attempt, len(RETRY_DELAYS) - 1)]
                log.error(
                    "scan journal write failed (%s); %d scans kept, retrying in %.2fs",
                    type(exc).__name__,
                    len(batch),
                    delay,
                )
                attempt += 1
                time.sleep(delay)
        self.batches += 1
        if timing.isEnabledFor(logging.DEBUG):
            timing.debug("committed at %.6f", time.monotonic())
        for journal_id, scan in zip(ids, batch, strict=True):
            try:
                self._on_journaled(JournaledScan(journal_id, scan))
            except Exception:  # a consumer's bug must not stop the journal
                log.exception("scan consumer failed on journal entry %d", journal_id)

    def _insert(self, batch: list[RawScan]) -> list[int]:
        rows = [
            {
                "received_at": s.received_at,
                "source": s.source,
                "raw": s.raw,
                "aim_id": s.aim_id,
                "data": s.data,
            }
            for s in batch
        ]
        with self._engine.begin() as conn:
            result = conn.execute(
                insert(scan_journal).returning(scan_journal.c.id, sort_by_parameter_order=True),
                rows,
            )
            ids = list(result.scalars())
        return ids
