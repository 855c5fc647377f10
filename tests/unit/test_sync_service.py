"""Who may trigger a sync now (supervisor and admin), and that it is audited."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.users import Role, Session
from receiving_desk.services.sync import SyncService, SyncState, SyncStatus
from tests.fakes import FakeStore, FakeUnitOfWork

NOW = datetime(2026, 11, 20, 9, tzinfo=UTC)


class Control:
    def __init__(self) -> None:
        self.requests = 0

    def status(self) -> SyncStatus:
        return SyncStatus(SyncState.ONLINE, backlog=3)

    def request_sync_now(self) -> None:
        self.requests += 1


class Clock:
    def now(self) -> datetime:
        return NOW


def _service() -> tuple[SyncService, Control, FakeStore]:
    store, control = FakeStore(), Control()
    return SyncService(control, lambda: FakeUnitOfWork(store), Clock()), control, store


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.ADMIN])
def test_supervisors_and_admins_may_sync_now(role: Role) -> None:
    service, control, store = _service()
    service.sync_now(Session("U-9", "Olga", role, "DESK-01", NOW))
    assert control.requests == 1
    assert [(a.action, a.user_id, a.station_id, a.at) for a in store.audit] == [
        ("sync_requested", "U-9", "DESK-01", NOW)
    ]
    assert service.status() == SyncStatus(SyncState.ONLINE, backlog=3)


def test_a_clerk_may_not() -> None:
    service, control, store = _service()
    with pytest.raises(DeskError) as err:
        service.sync_now(Session("U-1", "Ana", Role.CLERK, "DESK-01", NOW))
    assert err.value.code is ErrorCode.PERMISSION_DENIED
    assert control.requests == 0 and store.audit == []
