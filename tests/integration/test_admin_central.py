"""Administration on a desk with central settings (real PostgreSQL): users and bins are
changed in the central database, audited there, not in the desk's own store — and another
desk gets them by its pull. The desk's least-privilege role may not make such changes."""

from __future__ import annotations

import io
import sys
import uuid
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import URL, Engine, select

from receiving_desk.adapters.central import reference_schema as c
from receiving_desk.adapters.central.admin_work import CentralAdminWork
from receiving_desk.adapters.central.roles import desk_role_sql
from receiving_desk.adapters.central.schema import audit_entries
from receiving_desk.adapters.pepper import create_pepper
from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.cli import main
from receiving_desk.config import StationConfig
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.services.clock import SystemClock
from receiving_desk.services.user_admin import UserAdmin
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import admin_connect
from tests.integration.central_worker import runner
from tests.seed import CLERK, SUPERVISOR

pytestmark = pytest.mark.postgres
ADMIN, ADMIN_PIN = "BADGE-HQ01", SUPERVISOR[1]
NEW_CLERK, CLERK_PIN = "BADGE-C777", CLERK[1]


def _station_file(tmp_path: Path, url: URL) -> Path:
    path = tmp_path / "station-a.toml"
    text = url.render_as_string(hide_password=False)
    path.write_text(  # the test server speaks no TLS
        f'[station]\nstation_id = "DESK-A"\n\n[central]\nurl = "{text}"\nsslmode = "disable"\n',
        "utf-8",
    )
    return path


def _site_hasher(tmp_path: Path) -> Argon2PinHasher:
    """PIN hashes keyed with the site's pepper, as every desk of the site has it: beside desk
    A's settings file, where its admin command reads it (a desk with central makes none)."""
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # as fast_hasher()
    return Argon2PinHasher(cheap, pepper=create_pepper(tmp_path / "pepper"))


def _open_desk(data_dir: Path, station: str, hasher: Argon2PinHasher) -> Services:
    config = StationConfig(station_id=station, data_dir=data_dir, log_dir=data_dir, sound=False)
    return bootstrap(config, clock=SystemClock(), hasher=hasher)


def _admin(station: Path, data: Path, monkeypatch: pytest.MonkeyPatch, pins: str,
           *args: str) -> int:  # fmt: skip
    monkeypatch.setattr(sys, "stdin", io.StringIO(pins))
    return main(["--config", str(station), "--data-dir", str(data), "admin", "--as", ADMIN, *args])


def _central_users(engine: Engine) -> dict[str, tuple[str, bool]]:
    with engine.connect() as conn:
        rows = conn.execute(select(c.users.c.badge, c.users.c.role, c.users.c.active))
        return {badge: (role, active) for badge, role, active in rows}


def test_users_and_bins_are_changed_centrally_and_reach_another_desk(
    central_url: URL, central_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    hasher = _site_hasher(tmp_path)
    hq = UserAdmin(lambda: CentralAdminWork(central_engine), hasher, SystemClock(), "HQ")
    hq.first_admin(ADMIN, "Mina Park", ADMIN_PIN)
    desk_a = _open_desk(tmp_path / "a", "DESK-A", hasher)
    desk_b = _open_desk(tmp_path / "b", "DESK-B", hasher)
    try:
        runner(desk_a, central_engine).pull()  # desk A knows its admin (to log in locally)
        station = _station_file(tmp_path, central_url)
        add = ("users", "add", "--badge", NEW_CLERK, "--name", "Noor Aziz")
        pins = f"{ADMIN_PIN}\n{CLERK_PIN}\n"
        assert _admin(station, tmp_path / "a", monkeypatch, pins, *add) == 0, capsys.readouterr()
        bin_add = ("bins", "add", "--code", "BIN-Z-01", "--zone", "open_box")
        assert _admin(station, tmp_path / "a", monkeypatch, f"{ADMIN_PIN}\n", *bin_add) == 0

        assert _central_users(central_engine)[NEW_CLERK] == ("clerk", True)
        with desk_a.uow_factory() as uow:  # made centrally: desk A has it only by its pull
            assert uow.users.by_badge(NEW_CLERK) is None
        with central_engine.connect() as conn:
            audited = conn.execute(
                select(audit_entries.c.action, audit_entries.c.desk_id).where(
                    audit_entries.c.action.in_(["user_added", "bin_added"])
                )
            ).all()
            assert sorted(audited) == [("bin_added", "DESK-A"), ("user_added", "DESK-A")]
            zone = conn.execute(select(c.locations.c.zone).where(c.locations.c.code == "BIN-Z-01"))
            assert zone.scalar_one() == "open_box"

        runner(desk_b, central_engine).pull()
        assert desk_b.auth.login(NEW_CLERK, CLERK_PIN).role.value == "clerk"
        with desk_b.uow_factory() as uow:
            found = uow.inventory.location("BIN-Z-01")
            assert found is not None and found.zone == "open_box"

        off = ("users", "deactivate", "--badge", NEW_CLERK)
        assert _admin(station, tmp_path / "a", monkeypatch, f"{ADMIN_PIN}\n", *off) == 0
        runner(desk_b, central_engine).pull()
        with pytest.raises(DeskError) as refused:
            desk_b.auth.login(NEW_CLERK, CLERK_PIN)
        assert refused.value.code is ErrorCode.BAD_CREDENTIALS
    finally:
        desk_a.close()
        desk_b.close()


def test_the_desk_role_cannot_change_users_centrally(
    central_url: URL, central_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """Through the desk's least-privilege role PostgreSQL refuses the write: a clear line,
    nothing changed centrally."""
    hasher = _site_hasher(tmp_path)
    hq = UserAdmin(lambda: CentralAdminWork(central_engine), hasher, SystemClock(), "HQ")
    hq.first_admin(ADMIN, "Mina Park", ADMIN_PIN)
    suffix = uuid.uuid4().hex[:8]  # roles are cluster-wide: unique, dropped after
    group, login = f"rd_desks_{suffix}", f"rd_desk_{suffix}"
    with admin_connect(central_url) as conn:
        for statement in desk_role_sql(group, str(central_url.database), login, "DESK-A", "HQ"):
            conn.execute(statement)
    desk = _open_desk(tmp_path / "a", "DESK-A", hasher)
    try:
        runner(desk, central_engine).pull()
        station = _station_file(tmp_path, central_url.set(username=login, password=None))
        add = ("users", "add", "--badge", NEW_CLERK, "--name", "Noor Aziz")
        pins = f"{ADMIN_PIN}\n{CLERK_PIN}\n"
        assert _admin(station, tmp_path / "a", monkeypatch, pins, *add) == 1
        assert "permission denied for table users" in capsys.readouterr().err
        assert NEW_CLERK not in _central_users(central_engine)
    finally:
        desk.close()
        with admin_connect(central_url) as conn:
            conn.execute(f'DROP OWNED BY "{login}", "{group}"')
            conn.execute(f'DROP ROLE "{login}"')
            conn.execute(f'DROP ROLE "{group}"')
