"""The desk's roll-up refresher: a thread of its own that recomputes the store's dirty past
days, one day per transaction, a minute after start (the desk's first screen comes first) and
then every `every_s` seconds.

A day's recompute holds the store's write lock for up to a second or two on a busy machine,
and a scan that arrives meanwhile waits for all of it. So, given the store's write lock, the
refresher waits for a lull — no scan or other action of the clerk's written for `lull_s` —
before each day, and leaves the rest for the next lull once the clerk is back. Until a day is
refreshed, reports read it from the raw rows: slower, never wrong."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date

from sqlalchemy import Engine

from receiving_desk.adapters.store.engine import WriteLock, read_only, write_in_background

log = logging.getLogger(__name__)


class RollupRefresher:
    def __init__(
        self,
        engine: Engine,
        today: Callable[[], date],
        every_s: float = 900.0,
        first_after_s: float = 60.0,
        lock: WriteLock | None = None,
        lull_s: float = 20.0,
    ) -> None:
        self.engine = engine
        self._today = today
        self._every_s = every_s
        self._first_after_s = first_after_s
        self._lock = lock  # None: no lull awaited (a store without a clerk)
        self._lull_s = lull_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def refresh_once(self) -> int:
        """Recompute the dirty days before today, one per transaction, while the clerk is
        idle; how many were."""
        # imported here: the report queries are not needed to start the desk (cold start)
        from receiving_desk.adapters.reports.facts import local_facts
        from receiving_desk.adapters.rollups.refresh import dirty_days, refresh_run
        from receiving_desk.adapters.store.rollup_tables import ROLLUPS

        facts = local_facts()
        with read_only(self.engine).connect() as conn:  # a snapshot: no write lock
            days = dirty_days(conn, ROLLUPS, self._today())
        done = 0
        for day in days:
            if self._stop.is_set() or not self._quiet():
                break  # the clerk is at work: the rest at the next lull
            with self.engine.begin() as conn:
                refresh_run(conn, facts, ROLLUPS, day, day)
            done += 1
        return done

    def _quiet(self) -> bool:
        return self._lock is None or self._lock.idle_for() >= self._lull_s

    def _await_lull(self) -> None:
        while not self._stop.is_set() and not self._quiet():
            self._stop.wait(max(0.5, self._lull_s / 4))

    def _run(self) -> None:
        write_in_background()  # a scan waiting for the lock goes first
        self._stop.wait(self._first_after_s)
        while not self._stop.is_set():
            self._await_lull()
            try:
                done = self.refresh_once()
                if done:
                    log.info("report roll-ups refreshed for %d day(s)", done)
            except Exception:  # a locked or full store: the next round tries again
                log.warning("report roll-ups not refreshed", exc_info=True)
            self._stop.wait(self._every_s)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="rollups", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
