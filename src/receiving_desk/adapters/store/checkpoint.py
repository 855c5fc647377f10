"""The store's WAL checkpoint, off the scan's path.

SQLite checkpoints by itself in the commit that takes the WAL over 1,000 pages: that commit
(a scan's, as likely as any) copies the WAL back into the database and fsyncs it before it
returns — tens of milliseconds in the scan's latency. The desk turns that off for its own
store connections (`PRAGMA wal_autocheckpoint=0`, see `create_store_engine`) and checkpoints
here instead, on a thread of its own, once the store has been written and no writer is
waiting. A PASSIVE checkpoint takes no write lock: a scan that commits meanwhile is not held
up (it appends to the WAL; the checkpoint copies only frames committed before it began).
Durability is unchanged: every commit is in the WAL, fsynced, before it returns.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

from receiving_desk.adapters.store.engine import BUSY_TIMEOUT_MS, WriteLock

log = logging.getLogger(__name__)

POLL_S = 0.1  # how often the thread looks for a gap between transactions
EVERY_COMMITS = 64  # ≈ a few hundred WAL pages: a short copy, well before SQLite's 1,000
EVERY_S = 5.0  # and whatever has been committed, at least this often


class Checkpointer:
    """Checkpoints one store file in the background while its desk process writes it."""

    def __init__(
        self, path: Path, lock: WriteLock, every_commits: int = EVERY_COMMITS,
        every_s: float = EVERY_S,
    ) -> None:  # fmt: skip
        self._path = path
        self._lock = lock
        self._every = (every_commits, every_s)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.checkpoints = 0  # how many ran (tests, diagnostics)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="store-checkpoint", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def _run(self) -> None:
        conn = sqlite3.connect(self._path, check_same_thread=False, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            seen, last = self._lock.commits, time.monotonic()
            while not self._stop.wait(POLL_S):
                pending = self._lock.commits - seen
                due = pending >= self._every[0] or time.monotonic() - last >= self._every[1]
                if not pending or not due:
                    continue
                if self._lock.locked() or self._lock.waiting():
                    continue  # a transaction is under way: try again at the next gap
                seen, last = self._lock.commits, time.monotonic()
                self.checkpoint(conn)
            if self._lock.commits != seen:
                self.checkpoint(conn)  # what is left, as the desk closes
        finally:
            conn.close()

    def checkpoint(self, conn: sqlite3.Connection) -> None:
        started = time.monotonic()
        try:
            busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error:  # a full disk or an I/O error: the next commit reports it
            log.warning("WAL checkpoint of %s failed", self._path, exc_info=True)
            return
        self.checkpoints += 1
        log.debug(
            "checkpoint: %s of %s frames in %.1f ms (busy %s)",
            copied, frames, (time.monotonic() - started) * 1000, busy,
        )  # fmt: skip
