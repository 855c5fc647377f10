"""One sync, start to end: push the whole backlog in batches, then pull reference data.
Used by the background syncer and by `receiving-desk sync`."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from importlib import metadata as importlib_metadata

from sqlalchemy import Engine

from receiving_desk.adapters.central import local_state
from receiving_desk.adapters.central.messages import CentralBatch, build_batch
from receiving_desk.adapters.central.pull import Progress, PullResult, pull_reference
from receiving_desk.adapters.central.push import CentralPusher, PhaseHook
from receiving_desk.adapters.event_codec import deserialise
from receiving_desk.domain.ports import Clock

PushProgress = Callable[[int, int], None]  # (items pushed, items in the backlog at start)
MARK_EVERY = 5000  # messages committed centrally before one local "sent" mark


def central_batch(desk_id: str, local: local_state.LocalBatch) -> CentralBatch:
    """The central rows of a batch read from the outbox: each message decoded into its event
    (upgraded if one version old; refused with a clear message if it cannot be read)."""
    decoded = [(m, deserialise(m, local.legacy.upgrade)) for m in local.messages]
    batch = build_batch(desk_id, decoded)
    batch.first_seq, batch.last_seq = local.first_seq, local.last_seq
    return batch


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
    ) -> None:
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

        The next batch is read from SQLite and decoded while the current one goes to
        PostgreSQL (the waits on either are outside the GIL). Batches are marked sent only
        after their central commit, a few at a time (one local fsync per MARK_EVERY
        messages): a crash in between re-sends them, which the central merge turns into
        no-ops.
        """
        install = local_state.install_id(self._local, self._clock.now())
        pusher = CentralPusher(self._central, self._desk, install, app_version(), self._on_phase)
        total = self.backlog().count
        after = (local_state.first_unsent_seq(self._local) or 1) - 1
        done, unmarked = 0, _Unmarked()
        with ThreadPoolExecutor(1, thread_name_prefix="outbox-reader") as reader:
            future = reader.submit(self._read, after)
            try:
                while True:
                    local = future.result()
                    after = local.last_seq if local is not None else after
                    future = reader.submit(self._read, after)  # read ahead meanwhile
                    pushed = self._push_one(pusher, local, unmarked)
                    if not pushed:
                        break
                    done += pushed
                    if progress is not None:
                        progress(done, max(total, done))
                    if should_stop():
                        break
            finally:
                unmarked.flush(self._local, self._clock.now())
        return done

    def _push_one(
        self, pusher: CentralPusher, local: CentralBatch | None, unmarked: _Unmarked
    ) -> int:
        audit, last_rowid = local_state.read_audit(self._local, self._batch)
        if local is None and not audit:
            return 0
        batch = local if local is not None else build_batch(self._desk, [])
        pusher.push(batch, audit)
        now = self._clock.now()
        if local is not None:
            unmarked.add(local.first_seq, local.last_seq)
        if audit:
            with self._local.begin() as conn:
                stream = local_state.AUDIT_STREAM
                local_state.set_watermark(conn, stream, last_rowid, len(audit), now)
        if unmarked.count >= MARK_EVERY:
            unmarked.flush(self._local, now)
        return batch.messages + len(audit)

    def _read(self, after: int) -> CentralBatch | None:
        local = local_state.read_batch(self._local, after, self._batch)
        return None if local is None else central_batch(self._desk, local)

    def pull(self, progress: Progress | None = None) -> PullResult:
        return pull_reference(self._central, self._local, self._clock.now(), progress)


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

    def flush(self, engine: Engine, now: datetime) -> None:
        if self.first is not None:
            local_state.mark_sent(engine, self.first, self.last, now)
        self.first, self.count = None, 0
