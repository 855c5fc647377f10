"""The first-run setup's use cases over a fake store: who may change the station, what a bad
value becomes, that the central URL is audited without its password, and that the first
admin is only made on a desk with no user."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.users import Role, Session
from receiving_desk.services.reference_import import Progress
from receiving_desk.services.site_setup import SiteSetup
from receiving_desk.services.user_admin import UserAdmin
from receiving_desk.station_values import check_station
from tests.conftest import FixedClock
from tests.fakes import FakeStore, FakeUnitOfWork
from tests.unit.conftest import PlainHasher


class Probe:
    def __init__(self) -> None:
        self.pulled: list[Mapping[str, Any]] = []

    def check(self, values: Mapping[str, Any]) -> str:
        if "bad" in str(values["url"]):
            raise ValueError("no route to host")
        return "PostgreSQL 15"

    def pull(self, values: Mapping[str, Any], progress: Progress | None) -> int:
        self.pulled.append(values)
        if progress is not None:
            progress("products", 3, 3)
        return 3


def _setup(store: FakeStore, clock: FixedClock) -> tuple[SiteSetup, list[Any], Probe]:
    saved: list[Any] = []
    probe = Probe()

    def uow() -> FakeUnitOfWork:
        return FakeUnitOfWork(store)

    def save_station(values: dict[str, Any]) -> None:
        check_station(values)
        saved.append(values)

    users = UserAdmin(uow, PlainHasher(), clock, "S1")
    return SiteSetup(uow, clock, users, save_station, saved.append, probe), saved, probe


def _session(role: Role, clock: FixedClock) -> Session:
    return Session("U-1", "Someone", role, "S1", clock.now())


def test_the_first_admin_only_on_an_empty_desk(clock: FixedClock) -> None:
    store = FakeStore()
    setup, _, _ = _setup(store, clock)
    assert setup.needs_setup()
    with pytest.raises(DeskError) as refused:
        setup.first_admin("ADMIN-1", "Mina", "482613")  # not a badge the desk could read
    assert "BADGE-" in str(refused.value.params["reason"])
    user = setup.first_admin("BADGE-ADM01", "Mina", "482613")
    assert user.role is Role.ADMIN and not setup.needs_setup()
    with pytest.raises(DeskError, match="has users already"):
        setup.first_admin("BADGE-ADM02", "Other", "482613")
    assert [e.action for e in store.audit] == ["first_admin_created"]


def test_station_settings_need_the_role_and_valid_values(
    store: FakeStore, clock: FixedClock
) -> None:
    setup, saved, _ = _setup(store, clock)
    with pytest.raises(DeskError) as denied:
        setup.save_station(_session(Role.CLERK, clock), {"site_name": "Dock"})
    assert denied.value.code is ErrorCode.PERMISSION_DENIED
    with pytest.raises(DeskError) as bad:
        setup.save_station(_session(Role.ADMIN, clock), {"site_timezone": "Mars/Olympus"})
    assert bad.value.code is ErrorCode.INVALID_SETTING
    assert "unknown time zone 'Mars/Olympus'" in str(bad.value.params["reason"])
    setup.save_station(_session(Role.ADMIN, clock), {"site_name": "Dock", "sound": False})
    assert saved == [{"site_name": "Dock", "sound": False}]
    assert [e.action for e in store.audit][-1] == "station_configured"


def test_central_checked_pulled_and_audited_without_its_password(
    store: FakeStore, clock: FixedClock
) -> None:
    setup, saved, probe = _setup(store, clock)
    admin = _session(Role.ADMIN, clock)
    url = {"url": "postgresql://desk:s3cret@central.example/returns"}
    assert setup.check_central(admin, url) == "PostgreSQL 15"
    with pytest.raises(DeskError) as unreachable:
        setup.check_central(admin, {"url": "postgresql://bad.example/x"})
    assert unreachable.value.params["reason"] == "no route to host"
    seen: list[tuple[str, int, int]] = []
    assert setup.pull_reference(admin, url, lambda *a: seen.append(a)) == 3
    assert seen == [("products", 3, 3)] and probe.pulled == [url]
    setup.save_central(admin, url)
    setup.save_central(admin, None)
    assert saved == [url, None]
    details = [e.details for e in store.audit if e.action.startswith(("central", "reference"))]
    assert details == [
        {"url": "postgresql://desk:***@central.example/returns", "rows": 3},
        {"url": "postgresql://desk:***@central.example/returns"},
        {"standalone": True},
    ]
    assert "s3cret" not in repr([e.details for e in store.audit])
