"""Security at the desk on a real store: the pepper, lockout, re-checked roles, an explicit
change of user, idle logout by the desk's clock, private files."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from receiving_desk.adapters.pepper import PepperError, create_pepper, read_pepper, site_hasher
from receiving_desk.adapters.security import PEPPERED, Argon2PinHasher
from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.security_policy import SecuritySettings
from receiving_desk.domain.users import Role
from receiving_desk.services.desk_events import Event
from tests.conftest import FixedClock
from tests.seed import CLERK, CLERK2, RMA1, SUPERVISOR, seed

CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
POSIX = os.name == "posix"


def _peppered(path: Path) -> Argon2PinHasher:
    return Argon2PinHasher(CHEAP, pepper=create_pepper(path))


def _audit(services: Services, *actions: str) -> list[tuple[str, str | None, str]]:
    with services.engine.connect() as conn:
        rows = conn.execute(
            select(t.audit_log.c.action, t.audit_log.c.user_id, t.audit_log.c.subject)
            .where(t.audit_log.c.action.in_(actions))
            .order_by(t.audit_log.c.at)
        )
        return [(a, u, s) for a, u, s in rows]


@pytest.fixture
def peppered(
    station_config: StationConfig, clock: FixedClock, tmp_path: Path
) -> Iterator[Services]:
    hasher = _peppered(tmp_path / "site" / "pepper")
    services = bootstrap(station_config, clock=clock, hasher=hasher)
    seed(services.uow_factory, hasher, clock.now())
    yield services
    services.close()


def test_a_store_copied_to_another_machine_does_not_verify_pins(
    peppered: Services, station_config: StationConfig, clock: FixedClock, tmp_path: Path
) -> None:
    badge, pin, _name, _role = CLERK
    assert peppered.auth.login(badge, pin).user_id == f"U-{badge}"  # at home, it verifies
    with peppered.uow_factory() as uow:
        user = uow.users.by_badge(badge)
    assert user is not None and user.pin_hash.startswith(PEPPERED) and pin not in user.pin_hash
    peppered.close()
    thief = tmp_path / "thief"
    shutil.copytree(station_config.data_dir, thief)
    for other in (_peppered(tmp_path / "other" / "pepper"), Argon2PinHasher(CHEAP)):
        elsewhere = bootstrap(
            StationConfig(station_id="X", data_dir=thief, log_dir=tmp_path / "l", sound=False),
            clock=clock,
            hasher=other,
        )
        try:
            with pytest.raises(DeskError) as refused:
                elsewhere.auth.login(badge, pin)
            assert refused.value.code is ErrorCode.BAD_CREDENTIALS
        finally:
            elsewhere.close()


def test_the_pepper_file_is_private_and_checked(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "pepper"
    pepper = create_pepper(path)
    assert read_pepper(path) == pepper and len(pepper) == 32
    assert create_pepper(path) == pepper  # never replaced
    if POSIX:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        path.chmod(0o644)
        with pytest.raises(PepperError, match="readable or writable by others"):
            read_pepper(path)
        path.chmod(0o600)
    path.write_text("not hex\n", "ascii")
    with pytest.raises(PepperError, match="not a pepper"):
        read_pepper(path)
    with pytest.raises(PepperError, match="is missing"):
        site_hasher(tmp_path / "none" / "pepper", create=False)


def test_a_desk_with_central_refuses_to_start_without_the_site_pepper(
    tmp_path: Path, clock: FixedClock
) -> None:
    station = tmp_path / "station.toml"
    station.write_text(
        '[station]\nstation_id = "P-1"\n\n[central]\nurl = "postgresql+psycopg://d@h/r"\n'
        'sslmode = "disable"\n',
        "utf-8",
    )
    from receiving_desk.config import ConfigError, load_config

    config = load_config(station, tmp_path / "data")
    with pytest.raises(ConfigError) as refused:
        bootstrap(config, clock=clock)
    assert "pepper" in str(refused.value) and "is missing" in str(refused.value)


def test_lockout_is_audited_and_an_unknown_badge_costs_a_verification(
    services: Services, clock: FixedClock, fast_hasher: Argon2PinHasher
) -> None:
    seed(services.uow_factory, fast_hasher, clock.now())
    calls: list[str] = []
    real_verify = fast_hasher.verify

    def counting(pin_hash: str, pin: str) -> bool:
        calls.append(pin_hash)
        return real_verify(pin_hash, pin)

    fast_hasher.verify = counting  # type: ignore[method-assign]
    for badge in ("BADGE-NOBODY", CLERK[0]):
        calls.clear()
        with pytest.raises(DeskError):
            services.auth.login(badge, "000000")
        assert len(calls) == 1  # one argon2 verification each: the time does not tell
    tries = SecuritySettings().max_failed_logins
    for _ in range(tries - 1):
        with pytest.raises(DeskError):
            services.auth.login(CLERK[0], "000000")
    calls.clear()
    with pytest.raises(DeskError) as locked:
        services.auth.login(CLERK[0], CLERK[1])  # the right PIN, but locked
    assert locked.value.code is ErrorCode.ACCOUNT_LOCKED and len(calls) == 1
    assert _audit(services, "login_locked") == [("login_locked", f"U-{CLERK[0]}", CLERK[0])]
    clock.advance(minutes=SecuritySettings().lockout_minutes + 1)
    assert services.auth.login(CLERK[0], CLERK[1]).role is Role.CLERK


def _set_user(services: Services, badge: str, **changes: object) -> None:
    with services.uow_factory() as uow:
        user = uow.users.by_badge(badge)
        assert user is not None
        for key, value in changes.items():
            setattr(user, key, value)
        uow.users.save(user)
        uow.commit()


@pytest.mark.parametrize("change", [{"active": False}, {"role": Role.CLERK}])
def test_a_supervisor_deactivated_or_demoted_after_login_can_no_longer_void(
    services: Services, clock: FixedClock, fast_hasher: Argon2PinHasher, change: dict[str, object]
) -> None:
    seed(services.uow_factory, fast_hasher, clock.now())
    desk = services.new_desk()
    desk.scan(SUPERVISOR[0])
    desk.submit_pin(SUPERVISOR[1])
    desk.scan(RMA1)
    _set_user(services, SUPERVISOR[0], **change)  # e.g. arriving with the next pull
    with pytest.raises(DeskError) as refused:
        desk.void("wrong RMA")
    expected = ErrorCode.USER_INACTIVE if "active" in change else ErrorCode.PERMISSION_DENIED
    assert refused.value.code is expected
    assert _audit(services, "refused") == [("refused", f"U-{SUPERVISOR[0]}", "void")]
    assert _audit(services, "return_voided") == []


def test_a_supervisor_logging_in_ends_the_clerks_session_on_the_record(
    services: Services, clock: FixedClock, fast_hasher: Argon2PinHasher
) -> None:
    seed(services.uow_factory, fast_hasher, clock.now())
    desk = services.new_desk()
    desk.scan(CLERK[0])
    desk.submit_pin(CLERK[1])
    desk.scan(SUPERVISOR[0])
    with pytest.raises(DeskError):
        desk.submit_pin("000000")  # a wrong PIN ends nobody's session
    assert desk.session is not None and desk.session.user_id == f"U-{CLERK[0]}"
    desk.scan(SUPERVISOR[0])
    result = desk.submit_pin(SUPERVISOR[1])
    assert result.event is Event.SESSION_CHANGED
    assert result.params == {"name": SUPERVISOR[2], "previous": CLERK[2]}
    assert desk.session is not None and desk.session.user_id == f"U-{SUPERVISOR[0]}"
    ended = _audit(services, "session_ended")
    assert ended == [("session_ended", f"U-{CLERK[0]}", f"U-{CLERK[0]}")]
    with services.engine.connect() as conn:
        details = conn.execute(
            select(t.audit_log.c.details).where(t.audit_log.c.action == "session_ended")
        ).scalar_one()
    assert details == {"by": f"U-{SUPERVISOR[0]}", "reason": "new_login"}


def test_idle_logout_warns_first_then_ends_the_session(
    services: Services, clock: FixedClock, fast_hasher: Argon2PinHasher
) -> None:
    seed(services.uow_factory, fast_hasher, clock.now())
    policy = services.config.security
    desk = services.new_desk()
    assert desk.check_idle() is None  # nobody in: nothing to end
    desk.scan(CLERK2[0])
    desk.submit_pin(CLERK2[1])
    logout_s = policy.idle_logout_minutes * 60
    clock.advance(seconds=logout_s - policy.idle_warning_seconds - 1)
    assert desk.check_idle() is None
    clock.advance(seconds=2)
    warning = desk.check_idle()
    assert warning is not None and warning.event is Event.IDLE_WARNING
    assert warning.params == {"seconds": policy.idle_warning_seconds - 1}
    assert desk.check_idle() is None  # warned once, not every poll
    desk.scan(RMA1)  # activity: the clock starts again
    clock.advance(seconds=logout_s - 1)
    assert desk.check_idle() is not None  # the warning again, not the logout
    assert desk.session is not None
    clock.advance(seconds=1)
    done = desk.check_idle()
    assert done is not None and done.event is Event.IDLE_LOGGED_OUT
    assert done.params == {"minutes": 10} and desk.session is None
    assert _audit(services, "logout_idle") == [("logout_idle", f"U-{CLERK2[0]}", f"U-{CLERK2[0]}")]
    desk.scan(CLERK2[0])
    assert desk.submit_pin(CLERK2[1]).event is Event.PARCEL_RESUMED  # the return waited


@pytest.mark.skipif(not POSIX, reason="POSIX modes (Windows: the profile's ACLs)")
def test_store_wal_logs_and_photos_are_private(tmp_path: Path) -> None:
    from receiving_desk.adapters.photos import PhotoStore
    from receiving_desk.adapters.store.engine import create_store_engine
    from receiving_desk.logging_setup import setup_logging

    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)  # as an earlier release left it
    engine = create_store_engine(data / "desk.sqlite3")
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE x (a)")
            conn.exec_driver_sql("INSERT INTO x VALUES (1)")
        for name in ("desk.sqlite3", "desk.sqlite3-wal"):
            assert stat.S_IMODE((data / name).stat().st_mode) == 0o600, name
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
    finally:
        engine.dispose()
    log = setup_logging(tmp_path / "logs")
    import logging

    logging.getLogger("test").warning("written")
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"0" * 100)
    photos = PhotoStore(data / "photos")
    stored = photos.path(photos.add(photo))
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert stat.S_IMODE(stored.parent.stat().st_mode) == 0o700


def test_no_pin_or_pepper_in_logs_audit_or_errors(
    peppered: Services, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    caplog.set_level(logging.DEBUG)
    pepper_hex = (tmp_path / "site" / "pepper").read_text("ascii").strip()
    wrong = "975310"
    errors = []
    for _ in range(SecuritySettings().max_failed_logins + 1):
        with pytest.raises(DeskError) as refused:
            peppered.auth.login(CLERK[0], wrong)
        errors.append(repr(refused.value) + str(refused.value.params))
    with peppered.engine.connect() as conn:
        audit = [str(row) for row in conn.execute(select(t.audit_log))]
    for text in (caplog.text, *errors, *audit):
        assert wrong not in text and CLERK[1] not in text and pepper_hex not in text


def test_setup_copies_the_sites_pepper_to_a_second_desk(tmp_path: Path) -> None:
    import io

    from receiving_desk.adapters.setup_cli import setup_cli

    first = StationConfig(data_dir=tmp_path / "d1", source=tmp_path / "one" / "station.toml")
    second = StationConfig(data_dir=tmp_path / "d2", source=tmp_path / "two" / "station.toml")

    out = io.StringIO()
    assert setup_cli(["--station-id", "D-1", "--standalone"], first, out=out) == 0
    assert "new pepper in" in out.getvalue()
    site = first.pepper_path
    copy = ["--station-id", "D-2", "--standalone", "--pepper-file", str(site)]
    assert setup_cli(copy, second, out=io.StringIO()) == 0
    assert read_pepper(second.pepper_path) == read_pepper(site)
    if POSIX:
        assert stat.S_IMODE(second.pepper_path.stat().st_mode) == 0o600
    other = tmp_path / "other-pepper"
    create_pepper(other)
    err = io.StringIO()
    assert setup_cli(["--station-id", "D-2", "--pepper-file", str(other)], second, err=err) == 2
    assert "holds another pepper" in err.getvalue()
