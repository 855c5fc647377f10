"""Backups as the desk shows them: when the last one ran, whether it is overdue. The scheduler
itself is an adapter (adapters/backup/scheduler.py) on its own thread; this is its snapshot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

# A backup takes a while and the schedule is checked now and then: no warning in that slack.
GRACE = timedelta(minutes=15)


@dataclass(frozen=True)
class BackupStatus:
    """A snapshot, safe to read from any thread (the GUI polls it)."""

    every_hours: float  # 0: no scheduled backups
    folder: str
    loaded: bool = False  # the folder was looked at (the last backup's time is known)
    running: bool = False
    last_at: datetime | None = None
    last_file: str = ""
    last_error: str | None = None
    last_error_at: datetime | None = None

    @property
    def scheduled(self) -> bool:
        return self.every_hours > 0

    def age(self, now: datetime) -> timedelta | None:
        return None if self.last_at is None else now - self.last_at

    def overdue(self, now: datetime) -> bool:
        """Older than the schedule (or none at all, once the folder was looked at)."""
        if not self.scheduled or not self.loaded or self.running:
            return False
        if self.last_at is None:
            return True
        return now - self.last_at > timedelta(hours=self.every_hours) + GRACE


class BackupControl(Protocol):
    def status(self) -> BackupStatus: ...
