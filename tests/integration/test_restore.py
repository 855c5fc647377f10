"""`db backup`, `db restore` and `db check` from the command line, against a real desk: the
restore is refused while the desk (a real process, offscreen) runs, and replaces the store
only once it is gone, keeping the replaced store aside."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from receiving_desk.adapters.backup import make_backup
from receiving_desk.adapters.backup.lock import DeskLock, DeskRunningError, desk_running
from receiving_desk.bootstrap import bootstrap
from receiving_desk.config import load_config
from receiving_desk.services.demo_data import load_demo_data
from receiving_desk.services.desk_events import Event
from tests.conftest import FixedClock
from tests.integration.desk_stream import open_returns


@pytest.fixture
def station(tmp_path: Path) -> Path:
    path = tmp_path / "station.toml"
    path.write_text(
        "[station]\n"
        'station_id = "DOCK-R"\n'
        f'data_dir = "{(tmp_path / "data").as_posix()}"\n'
        "sound = false\n"
        "\n[backup]\nevery_hours = 0\n",
        encoding="utf-8",
    )
    return path


def env(tmp_path: Path, station: Path) -> dict[str, str]:
    return {
        **os.environ,
        "RECEIVING_DESK_CONFIG": str(station),
        "RECEIVING_DESK_LOG_DIR": str(tmp_path / "logs"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg"),  # the desk's QSettings stay in the test
        "QT_QPA_PLATFORM": "offscreen",
    }


def cli(tmp_path: Path, station: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "receiving_desk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env(tmp_path, station),
        check=False,
    )


def complete_returns(station: Path, clock: FixedClock, hasher: object, count: int) -> list[str]:
    """Complete the next `count` open returns through the services; their RMA numbers."""
    services = bootstrap(load_config(station), clock=clock, hasher=hasher)  # type: ignore[arg-type]
    try:
        if not open_returns(services):
            load_demo_data(services.uow_factory, services.hasher, clock.now())
        desk = services.new_desk()
        desk.scan("BADGE-C001")
        desk.submit_pin("111111")
        done = []
        for rma, codes in open_returns(services)[:count]:
            desk.scan(rma)
            for code in codes:
                desk.scan(code)
                desk.grade("B")
            if desk.complete().event is Event.CONFIRM_NEEDED:  # flagged: the clerk says yes
                desk.scan("CMD-CONFIRM")
            done.append(rma)
        return done
    finally:
        services.close()


def completed(database: Path) -> set[str]:
    conn = sqlite3.connect(database)
    try:
        rows = conn.execute("SELECT rma_number FROM receipts WHERE status = 'completed'")
        return {r[0] for r in rows}
    finally:
        conn.close()


@pytest.fixture
def running_desk(tmp_path: Path, station: Path) -> Iterator[subprocess.Popen[bytes]]:
    """The desk itself, started as a site would start it, until the test stops it."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "receiving_desk"],
        env=env(tmp_path, station),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        data = tmp_path / "data"
        deadline = datetime.now(UTC) + timedelta(seconds=90)
        while not desk_running(data):
            if proc.poll() is not None:
                pytest.fail(f"the desk exited: {proc.stderr.read() if proc.stderr else ''!r}")
            assert datetime.now(UTC) < deadline, "the desk did not start"
            threading.Event().wait(0.05)
        yield proc
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGTERM)
        proc.wait(60)
        if proc.stderr:
            proc.stderr.close()


def test_restore_is_refused_while_the_desk_runs_and_keeps_the_old_store_aside(
    tmp_path: Path,
    station: Path,
    clock: FixedClock,
    fast_hasher: object,
    running_desk: subprocess.Popen[bytes],
) -> None:
    data = tmp_path / "data"
    database = data / "desk.sqlite3"
    # The desk is running (it made the store); returns are completed beside it, backed up
    # online, then more are completed after the backup.
    before = complete_returns(station, clock, fast_hasher, 2)
    done = cli(tmp_path, station, "db", "backup")
    assert done.returncode == 0, done.stderr
    backup = Path(done.stdout.split(":")[0])
    assert backup.parent == data / "backups" and backup.name.startswith("desk-DOCK-R-")
    after = complete_returns(station, clock, fast_hasher, 1)
    assert completed(database) == {*before, *after}

    refused = cli(tmp_path, station, "db", "restore", str(backup))
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        f"receiving-desk: restore refused: {data}: the desk is running "
        f"(process {running_desk.pid}); close it first"
    )
    assert completed(database) == {*before, *after}  # untouched
    assert not list(data.glob("replaced-*"))

    os.kill(running_desk.pid, signal.SIGTERM)  # the desk goes (killed: its lock goes too)
    running_desk.wait(60)
    restored = cli(tmp_path, station, "db", "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    (aside,) = data.glob("replaced-*")
    assert f"the store it replaced is in {aside}" in restored.stdout
    assert completed(database) == set(before)
    assert completed(aside / "desk.sqlite3") == {*before, *after}  # kept, whole
    checked = cli(tmp_path, station, "db", "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "result: OK" in checked.stdout


def test_check_reports_the_sync_backlog(
    tmp_path: Path, station: Path, clock: FixedClock, fast_hasher: object
) -> None:
    complete_returns(station, clock, fast_hasher, 2)
    done = cli(tmp_path, station, "db", "check")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "integrity: ok" in lines and "foreign keys: ok" in lines
    (backlog,) = [line for line in lines if line.startswith("outbox backlog:")]
    # Two returns of demo data standalone: nothing synced; the oldest is the first receipt.
    database = tmp_path / "data" / "desk.sqlite3"
    conn = sqlite3.connect(database)
    try:
        unsent, oldest = conn.execute(
            "SELECT count(*), min(created_at) FROM outbox WHERE sent_at IS NULL"
        ).fetchone()
    finally:
        conn.close()
    assert unsent > 0
    assert backlog.startswith(
        f"outbox backlog: {unsent} {'message' if unsent == 1 else 'messages'}, "
    )
    assert backlog.endswith(f"oldest unsynced: {datetime.fromisoformat(oldest).isoformat()}")


def test_a_restore_into_a_held_store_fails_in_process_too(tmp_path: Path) -> None:
    with DeskLock(tmp_path), pytest.raises(DeskRunningError, match=str(os.getpid())):
        DeskLock(tmp_path).acquire()
    assert not desk_running(tmp_path)  # released with the holder


def test_another_stations_backup_is_refused(
    tmp_path: Path, station: Path, clock: FixedClock, fast_hasher: object
) -> None:
    complete_returns(station, clock, fast_hasher, 1)
    data = tmp_path / "data"
    other = make_backup(
        data / "desk.sqlite3", data / "photos", tmp_path / "elsewhere", "DOCK-Z", datetime.now(UTC)
    )
    done = cli(tmp_path, station, "db", "restore", str(other.path))
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"receiving-desk: restore failed: {other.path}: a backup of station 'DOCK-Z', and "
        "this is station 'DOCK-R'; to restore it here, give this desk that station_id"
    )
    assert not list(data.glob("replaced-*"))


def test_a_file_that_is_not_a_backup_is_refused(tmp_path: Path, station: Path) -> None:
    bogus = tmp_path / "notes.zip"
    bogus.write_bytes(b"PK not really")
    done = cli(tmp_path, station, "db", "restore", str(bogus))
    assert done.returncode == 1
    assert "restore failed:" in done.stderr and "not a readable backup" in done.stderr
    assert "Traceback" not in done.stderr
