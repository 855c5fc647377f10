"""The desk's roll-up refresher: a thread of its own that recomputes the store's dirty past
days, one day per transaction (a day of a busy dock takes well under a second, so a scan
waits at most that long for the write lock), a minute after start (the desk's first screen
comes first) and then every `every_s` seconds.
Until a day is refreshed, reports read it from the raw rows: slower, never wrong."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date

from sqlalchemy import Engine

log = logging.getLogger(__name__)


class RollupRefresher:
    def __init__(
        self,
        engine: Engine,
        today: Callable[[], date],
        every_s: float = 900.0,
        first_after_s: float = 60.0,
    ) -> None:
        self.engine = engine
        self._today = today
        self._every_s = every_s
        self._first_after_s = first_after_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def refresh_once(self) -> int:
        """Recompute every dirty day before today, one per transaction; how many."""
        # imported here: the report queries are not needed to start the desk (cold start)
        from receiving_desk.adapters.reports.facts import local_facts
        from receiving_desk.adapters.rollups.refresh import dirty_days, refresh_run
        from receiving_desk.adapters.store.rollup_tables import ROLLUPS

        facts = local_facts()
        with self.engine.connect() as conn:
            days = dirty_days(conn, ROLLUPS, self._today())
        for day in days:
            if self._stop.is_set():
                break
            with self.engine.begin() as conn:
                refresh_run(conn, facts, ROLLUPS, day, day)
        return len(days)

    def _run(self) -> None:
        self._stop.wait(self._first_after_s)
        while not self._stop.is_set():
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
