"""The relay process: claim due streams, deliver their events in order, record the outcomes.

The main thread claims (one database connection), a pool of worker threads does the HTTP
(one stream per task, its events one after another, stopping at the first failure), and a
writer thread records the outcomes (its own connection); `step()` does all three in turn.
Per endpoint at most `concurrency` streams are in flight in this process, and an endpoint
that keeps failing is held back as a whole (one probe per backoff), so a slow or dead endpoint
never starves the others; a failing return never holds back another return.
A LISTEN connection wakes the loop when the fan-out trigger notifies; polling covers the rest
(backoffs coming due, notifications lost while reconnecting).
"""

from __future__ import annotations

import json
import logging
import os
import queue
import random
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg

from receiving_desk.adapters.central.relay import store
from receiving_desk.adapters.central.relay.model import Endpoint, Outcome, Sender
from receiving_desk.adapters.central.relay.store import Stream, StreamResult

log = logging.getLogger(__name__)
CHANNEL = "rd_relay"
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class RelaySettings:
    workers: int = 16  # streams delivered at once by this process
    queue: int = 2  # streams claimed per worker: the next ones wait while results are written
    per_stream: int = 50  # events of one stream per claim
    lease_s: float = 120.0  # a claim's lease; a stream stops sending well before it ends
    poll_s: float = 1.0  # longest sleep without a notification
    endpoints_refresh_s: float = 2.0
    health_write_s: float = 1.0  # a healthy endpoint's last success is written this often
    gather_s: float = 0.02  # results wait this long at most to be recorded together


def default_relay_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class Relay:
    def __init__(
        self,
        conninfo: str,
        senders: dict[str, Sender],
        settings: RelaySettings | None = None,
        relay_id: str | None = None,
        clock: Clock = utc_now,
        rng: random.Random | None = None,
    ) -> None:
        self._conninfo = conninfo
        self._senders = senders
        self.settings = settings or RelaySettings()
        self.id = relay_id or default_relay_id()
        self._clock = clock
        self._rng = rng or random.Random()  # noqa: S311 (jitter, not security)
        self._conn = psycopg.connect(conninfo, autocommit=True)
        # The relay's own bookkeeping need not wait for its WAL flush: after a server crash
        # the last moment of it may be lost, and those events are delivered again (with the
        # same idempotency keys) - at least once either way. Status events themselves are
        # written by the desks' transactions, untouched by this.
        self._conn.execute("SET synchronous_commit = off")
        self._pool = ThreadPoolExecutor(self.settings.workers, thread_name_prefix="relay")
        self._inflight: dict[Future[StreamResult], Stream] = {}
        self._endpoints: dict[str, Endpoint] = {}
        self._endpoints_at = -1e9
        self._wake = threading.Event()
        self._success_written: dict[str, float] = {}
        self._writer_error: psycopg.Error | None = None
        self.delivered = 0
        self.failed = 0

    # -- one round, synchronously (tests and `--once`) ---------------------------------------
    def step(self) -> int:
        """Claim what is due, deliver it, record it. Returns the number of attempts made."""
        results = self.deliver_due()
        self.record(results)
        return sum(len(r.outcomes) for r in results)

    def deliver_due(self) -> list[StreamResult]:
        """Claim what is due and deliver it, without recording (step's first half)."""
        self._refresh(force=True)
        streams = self._claim()
        futures = [
            self._pool.submit(self._deliver, s, self._endpoints[s.endpoint_id]) for s in streams
        ]
        return [f.result() for f in futures]

    def drain(self, max_rounds: int = 10_000) -> int:
        """Rounds until nothing is due now (backoffs in the future are not waited for)."""
        total = 0
        for _ in range(max_rounds):
            attempts = self.step()
            total += attempts
            if attempts == 0:
                return total
        raise RuntimeError("the relay did not settle")

    # -- the service loop ---------------------------------------------------------------------
    def run(self, stop: threading.Event) -> None:
        """Until `stop` is set. Outcomes are written by a writer thread on its own connection
        while this thread claims more: a stream stays leased until its outcome is written,
        so no other claim (here or in another relay) can take it meanwhile."""
        listener = threading.Thread(target=self._listen, args=(stop,), daemon=True)
        written: queue.Queue[list[StreamResult] | None] = queue.Queue()
        writer = threading.Thread(target=self._write_loop, args=(written, stop), daemon=True)
        listener.start()
        writer.start()
        try:
            while not stop.is_set():
                self._gather()
                self._wake.clear()
                done = [f for f in self._inflight if f.done()]
                for f in done:
                    del self._inflight[f]
                if done:
                    written.put([f.result() for f in done])
                self._refresh()
                claimed = self._claim()
                for s in claimed:
                    future = self._pool.submit(self._deliver, s, self._endpoints[s.endpoint_id])
                    future.add_done_callback(lambda _f: self._wake.set())
                    self._inflight[future] = s
                if not claimed and not done:
                    self._wake.wait(self.settings.poll_s)
        finally:
            if self._inflight:
                written.put([f.result() for f in self._inflight])
            self._inflight.clear()
            written.put(None)
            writer.join()
            listener.join(self.settings.poll_s + 5)
        if self._writer_error is not None:
            raise self._writer_error

    def _write_loop(
        self, written: queue.Queue[list[StreamResult] | None], stop: threading.Event
    ) -> None:
        with psycopg.connect(self._conninfo, autocommit=True) as conn:
            conn.execute("SET synchronous_commit = off")
            while True:
                batch = written.get()
                if batch is None:
                    return
                while not written.empty():  # everything queued meanwhile: one transaction
                    more = written.get()
                    if more is None:
                        written.put(None)
                        break
                    batch.extend(more)
                if self._writer_error is not None:
                    continue  # after a failure: drain, write nothing (leases will expire)
                try:
                    self.record(batch, conn)
                except psycopg.Error as exc:
                    self._writer_error = exc
                    stop.set()

    def _gather(self) -> None:
        """Let results pile up a little, so one transaction records many (throughput),
        at most gather_s later than the first of them."""
        deadline = time.monotonic() + self.settings.gather_s
        while self._inflight:
            done = sum(f.done() for f in self._inflight)
            if done >= max(1, len(self._inflight) // 2) or time.monotonic() >= deadline:
                return
            self._wake.clear()
            self._wake.wait(max(0.0, deadline - time.monotonic()))

    def _listen(self, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._wake.set()  # anything committed while we were not listening
                    while not stop.is_set():
                        for _ in conn.notifies(timeout=self.settings.poll_s):
                            self._wake.set()
            except psycopg.OperationalError as exc:
                log.warning("relay: listen connection lost (%s); polling meanwhile", exc)
                stop.wait(self.settings.poll_s)

    # -- parts --------------------------------------------------------------------------------
    def _refresh(self, force: bool = False) -> None:
        if force or time.monotonic() - self._endpoints_at >= self.settings.endpoints_refresh_s:
            self._endpoints = store.load_endpoints(self._conn, self._clock())
            self._endpoints_at = time.monotonic()

    def _claim(self) -> list[Stream]:
        now = self._clock()
        free = self.settings.workers * self.settings.queue - len(self._inflight)
        busy: dict[str, int] = {}
        for s in self._inflight.values():
            busy[s.endpoint_id] = busy.get(s.endpoint_id, 0) + 1
        wants: dict[str, int] = {}
        for endpoint in self._endpoints.values():
            if free <= 0:
                break
            if endpoint.kind not in self._senders:
                continue
            if endpoint.retry_at is not None and endpoint.retry_at > now:
                continue  # held back after failures
            cap = 1 if endpoint.failures else endpoint.concurrency  # failing: one probe
            n = min(free, cap - busy.get(endpoint.id, 0))
            if n > 0:
                wants[endpoint.id] = n
                free -= n
        if not wants:
            return []
        streams = store.claim(
            self._conn, self.id, wants, now, self.settings.lease_s, self.settings.per_stream
        )
        empty = [StreamResult(s, []) for s in streams if not s.pending]
        if empty:  # claimed a moment before its new deliveries were visible: let it go
            self.record(empty)
        return [s for s in streams if s.pending]

    def _deliver(self, stream: Stream, endpoint: Endpoint) -> StreamResult:
        sender = self._senders[endpoint.kind]
        started = time.monotonic()
        budget = self.settings.lease_s / 2  # stop well inside the lease
        outcomes: list[tuple[store.Pending, Outcome]] = []
        for pending in stream.pending:
            if outcomes and time.monotonic() - started + endpoint.timeout_s > budget:
                break
            try:
                outcome = sender.send(endpoint, pending.event, pending.attempts + 1)
            except Exception as exc:  # a sender bug must not kill the relay: record it
                log.exception("relay: sender %s failed", endpoint.kind)
                outcome = Outcome(False, None, f"internal error: {type(exc).__name__}")
            outcomes.append((pending, outcome))
            if not outcome.ok:
                break
        return StreamResult(stream, outcomes)

    def record(
        self, results: list[StreamResult], conn: psycopg.Connection[Any] | None = None
    ) -> None:
        if not results:
            return
        now, tick = self._clock(), time.monotonic()
        recent = self.settings.health_write_s
        quiet = {  # healthy, and its last success written a moment ago: not again
            e.id
            for e in self._endpoints.values()
            if not e.failures and tick - self._success_written.get(e.id, -1e9) < recent
        }
        dead = store.record(
            conn or self._conn, self.id, results, self._endpoints, now, self._rng, quiet
        )
        for r in results:
            if r.stream.endpoint_id not in quiet and any(o.ok for _, o in r.outcomes):
                self._success_written[r.stream.endpoint_id] = tick
        for r in results:
            for _, outcome in r.outcomes:
                if outcome.ok:
                    self.delivered += 1
                else:
                    self.failed += 1
        for letter in dead:
            log.warning("relay: dead letter %s", json.dumps(letter))

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        for sender in self._senders.values():
            sender.close()
        self._conn.close()

    def __enter__(self) -> Relay:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
