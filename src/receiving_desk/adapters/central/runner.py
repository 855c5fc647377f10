"""One sync, start to end: push the whole backlog in batches, then pull reference data.
Used by the background syncer and by `receiving-desk sync`."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from importlib import metadata as importlib_metadata

from sqlalchemy import Engine

from receiving_desk.adapters.central import local_state
from receiving_desk.adapters.central.messages import CentralBatch, Row, build_batch
from receiving_desk.adapters.central.pull import Progress, PullResult, pull_reference
from receiving_desk.adapters.central.push import CentralPusher, PhaseHook
from receiving_desk.adapters.event_codec import Stored, UnknownTopic, deserialise
from receiving_desk.adapters.store.engine import write_in_background
from receiving_desk.adapters.store.site_codes import Rows, check_pulled_codes
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.events import DeskEvent
from receiving_desk.domain.ports import Clock
from receiving_desk.fault_points import crash_point

PushProgress = Callable[[int, int], None]  # (items pushed, items in the backlog at start)
MARK_EVERY = 5000  # messages committed centrally before one local "sent" mark
YIELD_EVERY = 32  # messages decoded between two offers of the GIL to the pushing thread


def central_batch(desk_id: str, local: local_state.LocalBatch) -> CentralBatch:
    """The central rows of a batch read from the outbox: each message decoded into its event
    (upgraded if one version old; refused with a clear message if it cannot be read)."""
    batch = build_batch(desk_id, _decoded(local))
    batch.first_seq, batch.last_seq = local.first_seq, local.last_seq
    return batch


def _decoded(local: local_state.LocalBatch) -> Iterator[tuple[Stored, DeskEvent | UnknownTopic]]:
    """Each message with its event: one at a time, so events are mapped and dropped at once
    and never pile up for the garbage collector. Every YIELD_EVERY messages this thread lets
    go of the GIL: decoding runs beside the push, whose thread needs the GIL back after each
    network wait and would otherwise wait for the switch interval (5 ms) every time."""
    upgrade = local.legacy.upgrade
    for n, m in enumerate(local.messages, 1):
        if n % YIELD_EVERY == 0:
            time.sleep(0)
        yield m, deserialise(m, upgrade)


def app_version() -> str:
    try:
        return importlib_metadata.version("receiving-desk")
    except importlib_metadata.PackageNotFoundError:
        return "unknown"


class SyncRunner:
    def __init__(
        self,
        local: Engine,
        central: Engine,
        desk_id: str,
        clock: Clock,
        batch_size: int = 1000,
        on_phase: PhaseHook | None = None,
        patterns: DeskPatterns | None = None,
        after_pull: Callable[[Engine], object] | None = None,
    ) -> None:
        self._after_pull = after_pull  # e.g. the site's rules file installed (rules_pull.py)
        self._patterns = patterns or DeskPatterns()
        self._local = local
        self._central = central
        self._desk = desk_id
        self._clock = clock
        self._batch = batch_size
        self._on_phase = on_phase

    def remember(self, **facts: datetime | str) -> None:
        """Keep sync facts (last push/pull, last error) in the store, for after a restart."""
        text = {k: v.isoformat() if isinstance(v, datetime) else v for k, v in facts.items()}
        local_state.set_facts(self._local, self._clock.now(), **text)

    def recall(self) -> dict[str, str]:
        return local_state.facts(self._local)

    def backlog(self) -> local_state.Backlog:
        return local_state.backlog(self._local)

    def push_all(
        self,
        progress: PushProgress | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> int:
        """Push until the backlog is empty (or asked to stop); returns the items pushed.

        This thread only pushes. A second one reads the next batch and decodes its events
        (and the audit entries after it) while the current batch goes to PostgreSQL. A third
        marks batches sent after their central commit, in order, a few at a time (one local
        fsync per MARK_EVERY messages): a crash in between re-sends them, which the central
        merge turns into no-ops. Marking has a thread of its own: its fsyncs (slow on a busy
        disk) never hold up the reading of the next batch.
        """
        install = local_state.install_id(self._local, self._clock.now())
        pusher = CentralPusher(self._central, self._desk, install, app_version(), self._on_phase)
        total = self.backlog().count
        after = (local_state.first_unsent_seq(self._local) or 1) - 1
        done, unmarked = 0, _Unmarked()
        writes: list[Future[None]] = []  # local writes after central commits, in order
        with (
            ThreadPoolExecutor(
                1, thread_name_prefix="outbox-reader", initializer=write_in_background
            ) as reader,
            # its writes (sent marks, the audit watermark) give way to scans and need no
            # fsync: lost to a power cut, they only make the next push re-send, harmlessly
            ThreadPoolExecutor(
                1,
                thread_name_prefix="outbox-marker",
                initializer=write_in_background,
                initargs=(False,),
            ) as marker,
        ):
            ahead = reader.submit(self._prepare, after, None)
            try:
                while True:
                    prepared = ahead.result()
                    if prepared.batch is None and not prepared.audit:
                        break
                    if prepared.batch is not None:
                        after = prepared.batch.last_seq
                    ahead = reader.submit(self._prepare, after, prepared.audit_last)
                    batch = prepared.batch or build_batch(self._desk, [])
                    pusher.push(batch, prepared.audit)
                    crash_point("after_outbox_pushed")  # central has it; not marked sent yet
                    writes += self._after_commit(marker, prepared, unmarked)
                    done += batch.messages + len(prepared.audit)
                    if progress is not None:
                        progress(done, max(total, done))
                    if should_stop():
                        break
            finally:
                writes.append(marker.submit(unmarked.flush, self._local, self._clock.now()))
        for write in writes:
            write.result()  # a failed mark is re-sent next time; still, say it failed
        return done

    def _prepare(self, after_seq: int, after_rowid: int | None) -> _Prepared:
        """The next batch as the push sends it (on the local thread)."""
        local = local_state.read_batch(self._local, after_seq, self._batch)
        audit, last_rowid = local_state.read_audit(self._local, self._batch, after_rowid)
        batch = None if local is None else central_batch(self._desk, local)
        return _Prepared(batch, audit, last_rowid)

    def _after_commit(
        self, marker: ThreadPoolExecutor, prepared: _Prepared, unmarked: _Unmarked
    ) -> list[Future[None]]:
        now, writes = self._clock.now(), []
        if prepared.batch is not None:
            unmarked.add(prepared.batch.first_seq, prepared.batch.last_seq)
        if prepared.audit:
            stream, n = local_state.AUDIT_STREAM, len(prepared.audit)
            writes.append(marker.submit(self._set_watermark, stream, prepared.audit_last, n, now))
        if unmarked.count >= MARK_EVERY:
            writes.append(marker.submit(unmarked.take().flush, self._local, now))
        return writes

    def _set_watermark(self, stream: str, position: int, rows: int, at: datetime) -> None:
        with self._local.begin() as conn:
            local_state.set_watermark(conn, stream, position, rows, at)

    def pull(self, progress: Progress | None = None) -> PullResult:
        def check(rows: Rows) -> None:  # a code the desk could not scan: nothing is applied
            check_pulled_codes(rows, self._patterns, "reference pull refused")

        result = pull_reference(self._central, self._local, self._clock.now(), progress, check)
        if self._after_pull is not None:
            self._after_pull(self._central)
        return result


@dataclass(frozen=True)
class _Prepared:
    batch: CentralBatch | None  # outbox messages, decoded and mapped to central rows
    audit: list[Row]
    audit_last: int  # rowid of the last audit entry read (or of the one before, if none)


class _Unmarked:
    """Outbox ranges committed centrally but not yet marked sent locally."""

    def __init__(self) -> None:
        self.first: int | None = None
        self.last = 0
        self.count = 0

    def add(self, first: int, last: int) -> None:
        self.first = first if self.first is None else self.first
        self.last = last
        self.count += last - first + 1

    def take(self) -> _Unmarked:
        """The ranges so far, handed over to be marked; this one starts empty."""
        taken = _Unmarked()
        taken.first, taken.last, taken.count = self.first, self.last, self.count
        self.first, self.count = None, 0
        return taken

    def flush(self, engine: Engine, now: datetime) -> None:
        if self.first is not None:
            local_state.mark_sent(engine, self.first, self.last, now)
        self.first, self.count = None, 0
