"""The scan journal: every raw scan is made durable before anything interprets it.

One writer thread drains a queue and writes whatever has gathered in one transaction: when
the dock is quiet that is one scan per commit (lowest latency), at peak hundreds share one
fsync (highest throughput). A scan is passed on only after its commit, so a crash can lose
nothing the desk has acted on. If the store refuses a write (locked, disk full, read-only)
the batch is retried with the one retry policy; scans wait in memory, in order, and are never
dropped. The trouble is reported once per outage (`on_trouble`, with the error classified by
its SQLite code) and its end too (`on_trouble(None)`), so the desk can say why scans wait.
A scan that carries a PIN (domain/barcodes/pin_scans.py) is journaled with the PIN masked;
it is passed on whole, in memory only, to log in.
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

from receiving_desk.adapters.retry import Backoff
from receiving_desk.adapters.store.tables import scan_journal
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.barcodes.pin_scans import redacted
from receiving_desk.fault_points import crash_point
from receiving_desk.services.error_classes import store_error
from receiving_desk.timing import mark

log = logging.getLogger(__name__)
# Opt-in timing (see the unit of work's): the monotonic time right after each journal commit.
timing = logging.getLogger("receiving_desk.timing.journal")

MAX_BATCH = 2000
RETRY = Backoff(base=0.05, cap=2.0)


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
    def __init__(
        self,
        engine: Engine,
        on_journaled: Callable[[JournaledScan], None],
        on_trouble: Callable[[BaseException | None], None] | None = None,
        patterns: DeskPatterns | None = None,
    ) -> None:
        self._patterns = patterns or DeskPatterns()
        self._engine = engine
        self._on_journaled = on_journaled
        self._on_trouble = on_trouble
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
        mark("journal.begin", str(len(batch)))
        failures = 0
        while True:
            try:
                ids = self._insert(batch)
                break
            except SQLAlchemyError as exc:
                failures += 1
                delay = RETRY.delay(failures)
                known = store_error(exc)
                log.error(
                    "scan journal write failed (%s%s); %d scans kept, retrying in %.2fs",
                    type(exc).__name__,
                    f": {known.params['sqlite']}" if known else "",
                    len(batch),
                    delay,
                )
                if failures == 1:
                    self._report(known or exc)
                time.sleep(delay)
        if failures:
            self._report(None)
        self.batches += 1
        if timing.isEnabledFor(logging.DEBUG):
            timing.debug("committed at %.6f cpu=%.6f", time.monotonic(), time.thread_time())
        crash_point("after_scan_journaled")  # durable, not yet acted on: the clerk rescans
        for journal_id, scan in zip(ids, batch, strict=True):
            try:
                self._on_journaled(JournaledScan(journal_id, scan))
            except Exception:  # a consumer's bug must not stop the journal
                log.exception("scan consumer failed on journal entry %d", journal_id)

    def _report(self, trouble: BaseException | None) -> None:
        if self._on_trouble is None:
            return
        try:
            self._on_trouble(trouble)
        except Exception:  # a consumer's bug must not stop the journal
            log.exception("scan journal trouble report failed")

    def _row(self, scan: RawScan) -> dict[str, object]:
        data, raw = scan.data, scan.raw
        masked = redacted(data, self._patterns)
        if masked is not None:  # never the PIN on disk: not in the data, not in the bytes
            data, raw = masked, masked.encode("utf-8")
        return {
            "received_at": scan.received_at,
            "source": scan.source,
            "raw": raw,
            "aim_id": scan.aim_id,
            "data": data,
        }

    def _insert(self, batch: list[RawScan]) -> list[int]:
        rows = [self._row(s) for s in batch]
        with self._engine.begin() as conn:
            result = conn.execute(
                insert(scan_journal).returning(scan_journal.c.id, sort_by_parameter_order=True),
                rows,
            )
            ids = list(result.scalars())
        return ids
