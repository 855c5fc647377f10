"""Scheduled backups, taken by the running desk on a thread of its own (never the GUI's):
every `[backup] every_hours`, counted from the newest backup of this station in the folder
(so a restart does not back up again at once), keeping the newest `keep`."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from receiving_desk.adapters.backup.archive import list_backups, make_backup, prune_backups
from receiving_desk.adapters.backup.settings import BackupSettings
from receiving_desk.services.backup import BackupStatus

log = logging.getLogger(__name__)

RETRY_AFTER = timedelta(minutes=10)  # after a failed backup (disk full, folder gone ...)
MAX_WAIT_S = 300.0  # look at the clock again at least this often (it may jump)


class BackupScheduler:
    def __init__(
        self,
        database: Path,
        photo_dir: Path,
        settings: BackupSettings,
        folder: Path,
        station_id: str,
        now: Callable[[], datetime],
    ) -> None:
        self.database = database
        self.photo_dir = photo_dir
        self.settings = settings
        self.folder = folder
        self.station_id = station_id
        self._now = now
        self._lock = threading.Lock()
        self._status = BackupStatus(settings.every_hours, str(folder))
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._retry_at: datetime | None = None

    def status(self) -> BackupStatus:
        with self._lock:
            return self._status

    def _update(self, **changes: object) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)  # type: ignore[arg-type]

    def load(self) -> None:
        """Find the newest backup already in the folder."""
        backups = list_backups(self.folder, self.station_id)
        last = backups[-1] if backups else None
        self._update(
            loaded=True,
            last_at=last.taken_at if last else None,
            last_file=str(last.path) if last else "",
        )

    def due_in(self, now: datetime) -> timedelta | None:
        """Time until the next backup is due (<= 0: now); None when none is scheduled."""
        if not self.settings.scheduled:
            return None
        if self._retry_at is not None:
            return self._retry_at - now
        last = self.status().last_at
        if last is None:
            return timedelta(0)
        return last + timedelta(hours=self.settings.every_hours) - now

    def run_once(self) -> Path | None:
        """Take one backup now and prune; errors are kept in the status, not raised."""
        now = self._now()
        self._update(running=True)
        try:
            info = make_backup(self.database, self.photo_dir, self.folder, self.station_id, now)
            pruned = prune_backups(self.folder, self.station_id, self.settings.keep)
        except Exception as exc:  # disk full, folder unreachable ...: retried later
            log.warning("scheduled backup failed: %s", exc)
            self._retry_at = now + RETRY_AFTER
            self._update(running=False, last_error=str(exc), last_error_at=now)
            return None
        self._retry_at = None
        log.info("backup %s written (%d old one(s) pruned)", info.path, len(pruned))
        self._update(running=False, last_at=info.taken_at, last_file=str(info.path))
        return info.path

    def run_due(self) -> Path | None:
        """One step of the schedule: back up if due."""
        due = self.due_in(self._now())
        if due is None or due > timedelta(0):
            return None
        return self.run_once()

    def _loop(self) -> None:
        try:
            self.load()
        except OSError as exc:
            self._update(loaded=True, last_error=str(exc), last_error_at=self._now())
        while not self._stop.is_set():
            self.run_due()
            due = self.due_in(self._now())
            wait = MAX_WAIT_S if due is None else min(MAX_WAIT_S, due.total_seconds())
            self._stop.wait(max(1.0, wait))

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="backup", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 60.0) -> None:
        """Waits for a backup in progress: a half-written part file is never left behind."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
