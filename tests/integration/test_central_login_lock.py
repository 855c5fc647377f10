"""Lockout per badge across desks, through the central database (migration c0008), on the
real server with desk roles: failures spread over two desks lock the badge centrally (with a
`login_locked` audit entry), a desk's own lock travels too, and every desk of the site that
pulls refuses the badge afterwards — also with the right PIN."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from receiving_desk.bootstrap import Services
from receiving_desk.domain.errors import DeskError, ErrorCode
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_worker import open_desk, runner, seed_central
from tests.integration.test_central_trust import AddDesk, add_desk  # noqa: F401
from tests.seed import CLERK, CLERK2

pytestmark = pytest.mark.postgres
WRONG_PIN = "000000"
STATIONS = ("DESK-01", "DESK-02")


class Site:
    """Two desks of site NORTH, each with its own login and store."""

    def __init__(self, central: Engine, add: AddDesk, tmp: Path) -> None:
        seed_central(central)
        self.central = central
        self.engines = {d: create_engine(add(d, "NORTH")) for d in STATIONS}
        self.desks: dict[str, Services] = {}
        for d in STATIONS:
            self.desks[d] = open_desk(tmp / d, d)
            runner(self.desks[d], self.engines[d]).pull()

    def fail(self, station: str, badge: str, times: int) -> None:
        for _ in range(times):
            with pytest.raises(DeskError) as refused:
                self.desks[station].auth.login(badge, WRONG_PIN)
            assert refused.value.code is ErrorCode.BAD_CREDENTIALS

    def push(self, station: str) -> None:
        runner(self.desks[station], self.engines[station]).push_all()

    def pull(self, station: str) -> int:
        return runner(self.desks[station], self.engines[station]).pull().locks

    def locked_entries(self, user_id: str) -> list[tuple[str, str | None]]:
        with self.central.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT desk_id, details->>'by' FROM audit_entries "
                    "WHERE action = 'login_locked' AND user_id = :u ORDER BY at"
                ),
                {"u": user_id},
            )
            return [(desk, by) for desk, by in rows]

    def close(self) -> None:
        for desk in self.desks.values():
            desk.close()
        for engine in self.engines.values():
            engine.dispose()


@pytest.fixture
def site(central_engine: Engine, add_desk: AddDesk, tmp_path: Path) -> Iterator[Site]:  # noqa: F811
    made = Site(central_engine, add_desk, tmp_path)
    try:
        yield made
    finally:
        made.close()


def _refused_locked(desk: Services, badge: str, pin: str) -> None:
    with pytest.raises(DeskError) as refused:
        desk.auth.login(badge, pin)
    assert refused.value.code is ErrorCode.ACCOUNT_LOCKED


def test_failures_spread_over_two_desks_lock_the_badge_at_both(site: Site) -> None:
    badge, pin = CLERK[0], CLERK[1]
    site.fail("DESK-01", badge, 3)  # below each desk's own limit of 5
    site.fail("DESK-02", badge, 2)
    site.push("DESK-01")
    site.push("DESK-02")
    assert site.locked_entries(f"U-{badge}") == [("DESK-02", "central")]
    assert (site.pull("DESK-01"), site.pull("DESK-02")) == (1, 1)
    for station in STATIONS:
        _refused_locked(site.desks[station], badge, pin)  # the right PIN: still locked
    # A re-sent push counts nothing twice; a lock already held is not applied again.
    site.push("DESK-02")
    assert site.locked_entries(f"U-{badge}") == [("DESK-02", "central")]
    assert site.pull("DESK-01") == 0


def test_a_desks_own_lock_reaches_the_other_desk(site: Site) -> None:
    badge, pin = CLERK2[0], CLERK2[1]
    site.fail("DESK-02", badge, 5)  # DESK-02 locks it itself and audits it
    site.push("DESK-02")
    assert site.locked_entries(f"U-{badge}") == [("DESK-02", None)]  # no second entry
    assert site.pull("DESK-01") == 1
    _refused_locked(site.desks["DESK-01"], badge, pin)


def test_a_successful_login_resets_the_central_count(site: Site) -> None:
    badge, pin = CLERK[0], CLERK[1]
    site.fail("DESK-01", badge, 3)
    site.desks["DESK-01"].auth.login(badge, pin)
    site.fail("DESK-02", badge, 2)
    site.push("DESK-01")
    site.push("DESK-02")
    assert site.locked_entries(f"U-{badge}") == []
    assert site.pull("DESK-02") == 0
    site.desks["DESK-02"].auth.login(badge, pin)
