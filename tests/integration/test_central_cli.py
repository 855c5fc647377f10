"""`receiving-desk central ...` and `receiving-desk sync` against a real PostgreSQL."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL, Engine

from receiving_desk.adapters.central import migrate
from receiving_desk.adapters.central.cli import central_cli, sync_cli
from receiving_desk.adapters.central.connection import CentralSettings
from receiving_desk.config import StationConfig, load_config
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import admin_connect
from tests.integration.central_worker import (
    central_totals,
    clerk,
    expected_events,
    open_desk,
    run_returns,
    runner,
    seed_central,
)

pytestmark = pytest.mark.postgres


@pytest.fixture
def empty_db(pg_server: URL) -> Iterator[URL]:
    name = f"rd_empty_{uuid.uuid4().hex[:10]}"
    with admin_connect(pg_server) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield pg_server.set(database=name)
    finally:
        with admin_connect(pg_server) as conn:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def test_central_upgrade_creates_the_schema_and_masks_the_password(empty_db: URL) -> None:
    url = empty_db.set(drivername="postgresql", password="s3cret-pw")  # trust auth ignores it
    out = io.StringIO()
    assert central_cli(["upgrade", "--url", url.render_as_string(hide_password=False)], out) == 0
    (head,) = migrate.head_revisions()
    assert f"revision {head} (latest {head})" in out.getvalue()
    assert "s3cret-pw" not in out.getvalue() and ":***@" in out.getvalue()
    out = io.StringIO()
    assert central_cli(["status", "--url", url.render_as_string(hide_password=False)], out) == 0
    assert f"revision {head}" in out.getvalue()


def test_role_sql_prints_the_grants() -> None:
    out = io.StringIO()
    argv = ["role-sql", "--database", "returns", "--login", "desk_07", "--station", "DESK-07"]
    assert central_cli([*argv, "--site", "NORTH"], out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == 'CREATE ROLE "receiving_desk" NOLOGIN;'
    assert lines[-2:] == [
        'CREATE ROLE "desk_07" LOGIN IN ROLE "receiving_desk";',
        "INSERT INTO desk_accounts (login, desk_id, site) VALUES ('desk_07', 'DESK-07', 'NORTH');",
    ]
    # A desk writes nothing directly: no INSERT, UPDATE, DELETE or TRUNCATE grant at all.
    grants = [line for line in lines if line.startswith("GRANT")]
    assert not [g for g in grants if any(w in g for w in ("INSERT", "UPDATE", "DELETE", "TRUNC"))]


def test_role_sql_refuses_a_login_without_its_station() -> None:
    with pytest.raises(SystemExit):
        central_cli(["role-sql", "--database", "returns", "--login", "desk_07"], io.StringIO())


def test_role_sql_refuses_a_login_without_its_site(capsys: pytest.CaptureFixture[str]) -> None:
    """A desk with no site would read every site's users and RMAs: no such registration."""
    argv = ["role-sql", "--database", "returns", "--login", "desk_07", "--station", "DESK-07"]
    with pytest.raises(SystemExit):
        central_cli(argv, io.StringIO())
    assert "--login needs --site" in capsys.readouterr().err


def test_sync_command_pushes_the_backlog_with_progress_then_pulls(
    central_engine: Engine, central_url: URL, tmp_path: Path
) -> None:
    plan = seed_central(central_engine, generated=12)
    desk = open_desk(tmp_path / "desk", "DESK-01")
    try:
        runner(desk, central_engine).pull()
        run_returns(desk, clerk("DESK-01"), plan)
        events = expected_events(desk)
    finally:
        desk.close()
    station = tmp_path / "station.toml"
    url = central_url.render_as_string(hide_password=False)
    station.write_text(
        f'[station]\nstation_id = "DESK-01"\n\n[central]\nurl = "{url}"\nsslmode = "disable"\n'
    )
    config = load_config(station, tmp_path / "desk", environ={})
    out = io.StringIO()
    assert sync_cli(["--batch", "5"], config, out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("syncing DESK-01 with postgresql+psycopg://")
    assert any(line.startswith("pushed ") and "/" in line for line in lines[1:-1])
    assert lines[-1].startswith("done: ") and " 0 reference rows pulled" in lines[-1]
    totals = central_totals(central_engine)
    assert (totals["completed"], totals["events"], totals["numbering_errors"]) == (12, events, 0)
    out = io.StringIO()
    assert sync_cli([], config, out) == 0 and "done: 0 pushed" in out.getvalue()


def test_sync_command_standalone(tmp_path: Path) -> None:
    config = StationConfig(station_id="DESK-01", data_dir=tmp_path / "desk")
    assert sync_cli([], config, io.StringIO()) == 2


def test_sync_command_names_a_missing_password_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "central.password"
    settings = CentralSettings(
        sslmode="disable",  # the test server speaks no TLS
        url="postgresql://desk@central.invalid/returns",
        password_file=secret,
    )
    config = StationConfig(station_id="DESK-01", data_dir=tmp_path / "desk", central=settings)
    assert sync_cli([], config, io.StringIO()) == 2
    err = capsys.readouterr().err
    assert err == f"receiving-desk: password file {secret}: No such file or directory\n"
