"""Sync with the central database, as the desk's use cases see it: its state, and a supervisor
asking for a sync now. The syncer itself is an adapter (adapters/central/syncer.py) running on
its own thread; this layer only reads its snapshot and checks who may trigger it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol

from receiving_desk.domain.barcodes.site_codes import UnscannableCode
from receiving_desk.domain.ports import Clock, UnitOfWork
from receiving_desk.domain.users import Permission, Session
from receiving_desk.services.base import record_audit

# Until domain/users.py has a permission of its own for it (supervisor and admin only).
TRIGGER_SYNC = Permission.SYNC_NOW


class SyncState(StrEnum):
    STANDALONE = "standalone"  # no central database configured: the local store is all
    STARTING = "starting"  # configured, first attempt not finished yet
    ONLINE = "online"  # the last attempt reached the central database
    OFFLINE = "offline"  # the last attempt failed; retrying with backoff
    STOPPED = "stopped"


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot, safe to read from any thread (the GUI polls it)."""

    state: SyncState
    central: str = ""  # the central URL with the password masked
    backlog: int = 0  # messages and audit entries not yet acknowledged centrally
    oldest_unsynced_at: datetime | None = None
    syncing: bool = False  # a push or pull is running right now
    last_push_at: datetime | None = None
    last_pull_at: datetime | None = None
    last_error: str | None = None  # password-free
    last_error_at: datetime | None = None
    failures: int = 0  # consecutive failed attempts
    next_attempt_at: datetime | None = None  # when offline: the next retry
    pull_progress: tuple[int, int] | None = None  # (rows done, rows total) of a running pull
    pushed: int = 0  # messages pushed since the syncer started
    # A reference pull refused because it would bring codes the desk could not scan.
    refused_codes: tuple[UnscannableCode, ...] = ()

    def oldest_unsynced_age(self, now: datetime) -> timedelta | None:
        return None if self.oldest_unsynced_at is None else now - self.oldest_unsynced_at


class SyncControl(Protocol):
    """The port the syncer implements."""

    def status(self) -> SyncStatus: ...

    def request_sync_now(self) -> None: ...


class StandaloneSync:
    """No central database configured: nothing to sync, and the status says so."""

    def status(self) -> SyncStatus:
        return SyncStatus(SyncState.STANDALONE)

    def request_sync_now(self) -> None:
        return None

    def start(self) -> None:
        return None

    def stop(self, timeout: float = 10.0) -> None:
        return None


class SyncService:
    def __init__(
        self, control: SyncControl, uow_factory: Callable[[], UnitOfWork], clock: Clock
    ) -> None:
        self._control = control
        self._uow = uow_factory
        self._clock = clock

    def status(self) -> SyncStatus:
        return self._control.status()

    def sync_now(self, session: Session) -> None:
        """A supervisor (or admin) asks for a sync now; audited. Returns at once: the syncer
        runs it on its own thread and the status shows the outcome."""
        session.require(TRIGGER_SYNC, "sync_now")
        with self._uow() as uow:
            record_audit(
                uow, self._clock, session.station_id, session.user_id, "sync_requested",
                session.station_id,
            )  # fmt: skip
            uow.commit()
        self._control.request_sync_now()
