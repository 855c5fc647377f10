"""Backups of a live store: consistent while a clerk grades, private, photos included;
`db check` on what comes out; the scheduled backups and their retention."""

from __future__ import annotations

import dataclasses
import sqlite3
import stat
import threading
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from receiving_desk.adapters.backup import (
    BackupError,
    BackupSettings,
    list_backups,
    make_backup,
)
from receiving_desk.adapters.backup.archive import read_manifest
from receiving_desk.adapters.backup.check import check_store
from receiving_desk.adapters.backup.scheduler import BackupScheduler
from receiving_desk.adapters.photos import PhotoStore
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.services.demo_data import load_demo_data
from tests.conftest import FixedClock
from tests.integration.desk_stream import GradingClerk

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def demo(
    station_config: StationConfig, clock: FixedClock, fast_hasher: object
) -> Iterator[Services]:
    services = bootstrap(station_config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    load_demo_data(services.uow_factory, services.hasher, clock.now())
    yield services
    services.close()


def unzip_store(backup: Path, into: Path) -> Path:
    with zipfile.ZipFile(backup) as zf:
        zf.extractall(into)
    return into / "desk.sqlite3"


def receipts_in(database: Path) -> dict[str, tuple[str, int, int]]:
    """rma -> (status, units, inspections) as stored in a database file."""
    conn = sqlite3.connect(database)
    try:
        rows = conn.execute(
            "SELECT r.rma_number, r.status, count(DISTINCT u.id), count(DISTINCT i.unit_id) "
            "FROM receipts r LEFT JOIN received_units u ON u.receipt_id = r.id "
            "LEFT JOIN inspections i ON i.unit_id = u.id GROUP BY r.id"
        ).fetchall()
    finally:
        conn.close()
    return {rma: (status, units, inspected) for rma, status, units, inspected in rows}


def test_a_backup_taken_while_a_clerk_grades_holds_every_committed_return(
    demo: Services, tmp_path: Path
) -> None:
    clerk = GradingClerk(demo)
    clerk.start()
    try:
        # Wait for returns to be completed (a condition, not a delay), then back up at once.
        deadline = datetime.now(UTC) + timedelta(seconds=120)
        while len(clerk.completed()) < 5 and clerk.is_alive():
            assert datetime.now(UTC) < deadline, "the clerk completed no returns"
            clerk.stop.wait(0.05)
        committed_before = clerk.completed()
        grades_before = clerk.grades
        assert clerk.is_alive(), clerk.error  # still grading while the backup is taken
        info = make_backup(
            demo.config.database_path, demo.config.photo_dir, tmp_path / "bk", "TEST-01", NOW
        )
        still_grading = clerk.is_alive()
    finally:
        clerk.stop.set()
        clerk.join(120)
    assert clerk.error is None, clerk.error
    assert still_grading and clerk.grades > grades_before  # writes went on meanwhile

    copy = unzip_store(info.path, tmp_path / "restored")
    report = check_store(copy)
    assert report.sound, report.lines()
    assert report.integrity == ["ok"] and report.foreign_keys == []
    in_backup = receipts_in(copy)
    for rma in committed_before:  # every return committed before the backup, whole
        status, units, inspected = in_backup[rma]
        assert status == "completed" and units == inspected > 0
    # Whatever else it holds is a consistent moment: units of a receipt are all inspected
    # or the receipt is still open, never a completed receipt missing a unit.
    assert all(s != "completed" or u == i for s, u, i in in_backup.values())
    live = receipts_in(demo.config.database_path)
    assert len(live) >= len(in_backup) >= len(committed_before)
    assert set(in_backup) <= set(live)


def test_a_backup_neither_waits_for_nor_includes_an_uncommitted_write(
    demo: Services, tmp_path: Path
) -> None:
    with demo.engine.connect() as conn:  # BEGIN IMMEDIATE: the write lock is held
        conn.execute(insert(t.counters).values(name="half-done", value=1))
        info = make_backup(
            demo.config.database_path, demo.config.photo_dir, tmp_path / "bk", "TEST-01", NOW
        )
        conn.rollback()
    copy = unzip_store(info.path, tmp_path / "x")
    db = sqlite3.connect(copy)
    try:
        assert db.execute("SELECT count(*) FROM counters WHERE name = 'half-done'").fetchone() == (
            0,
        )
        assert db.execute("SELECT count(*) FROM rmas").fetchone() == (100,)
        assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file
    finally:
        db.close()


def test_backups_are_private_and_carry_the_photos(demo: Services, tmp_path: Path) -> None:
    photo = tmp_path / "unit.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40)
    stored = PhotoStore(demo.config.photo_dir).add(photo)
    folder = tmp_path / "backups"
    info = make_backup(demo.config.database_path, demo.config.photo_dir, folder, "DOCK A/1", NOW)
    assert info.path.name == "desk-DOCK_A_1-20261202T090000Z.zip"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    with zipfile.ZipFile(info.path) as zf:
        assert zf.read(f"photos/{stored}") == photo.read_bytes()
    manifest = read_manifest(info.path)
    assert manifest["station_id"] == "DOCK A/1" and manifest["photos"] == 1
    assert manifest["revisions"] == list(migrate.head_revisions())
    again = make_backup(demo.config.database_path, demo.config.photo_dir, folder, "DOCK A/1", NOW)
    assert again.path.name == "desk-DOCK_A_1-20261202T090000Z-1.zip"  # same second: no clash
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no part files left


def test_a_missing_store_is_not_backed_up(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no store to back up"):
        make_backup(tmp_path / "none.sqlite3", tmp_path / "photos", tmp_path / "bk", "S", NOW)
    assert not (tmp_path / "none.sqlite3").exists()  # not created by the attempt


def test_check_of_a_file_that_is_not_a_store_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from receiving_desk import cli

    monkeypatch.setenv("RECEIVING_DESK_LOG_DIR", str(tmp_path / "logs"))
    store = tmp_path / "desk.sqlite3"
    store.write_bytes(b"not a database, just bytes " * 100)
    assert cli.main(["--data-dir", str(tmp_path), "db", "check"]) == 1
    err = capsys.readouterr().err
    assert err == f"receiving-desk: {store}: cannot be checked: file is not a database\n"


@pytest.mark.parametrize("command", ["status", "upgrade"])
def test_status_or_upgrade_of_a_file_that_is_not_a_store_is_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    from receiving_desk import cli

    monkeypatch.setenv("RECEIVING_DESK_LOG_DIR", str(tmp_path / "logs"))
    store = tmp_path / "desk.sqlite3"
    store.write_bytes(b"not a database, just bytes " * 100)
    assert cli.main(["--data-dir", str(tmp_path), "db", command]) == 1
    err = capsys.readouterr().err
    assert err == f"receiving-desk: {store}: {command} failed: file is not a database\n"
    assert store.read_bytes() == b"not a database, just bytes " * 100


def test_check_reports_damage_by_foreign_key(demo: Services) -> None:
    raw = sqlite3.connect(demo.config.database_path)  # foreign keys off: damage gets in
    try:
        raw.execute("INSERT INTO product_gtins (gtin14, sku) VALUES ('00000000000017', 'NO-SKU')")
        raw.commit()
    finally:
        raw.close()
    report = check_store(demo.config.database_path)
    assert report.integrity == ["ok"] and not report.sound
    assert report.foreign_keys == ["product_gtins row 201: no products row it refers to"]
    assert "result: DAMAGED" in report.lines()


class MovableClock:
    def __init__(self, start: datetime) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current


def test_scheduled_backups_keep_the_newest_and_prune_the_oldest(
    demo: Services, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    other = make_backup(demo.config.database_path, demo.config.photo_dir, folder, "OTHER", NOW)
    clock = MovableClock(NOW)
    settings = BackupSettings(every_hours=4, keep=3, dir=folder)
    config = demo.config
    scheduler = BackupScheduler(
        config.database_path, config.photo_dir, settings, folder, "TEST-01", clock.now
    )
    scheduler.load()
    made = []
    for hour in range(0, 21):  # the schedule looked at every hour for 20 hours
        clock.current = NOW + timedelta(hours=hour)
        path = scheduler.run_due()
        if path is not None:
            made.append(hour)
    assert made == [0, 4, 8, 12, 16, 20]
    kept = [b.taken_at for b in list_backups(folder, "TEST-01")]
    assert kept == [NOW + timedelta(hours=h) for h in (12, 16, 20)]  # the oldest went
    assert other.path.exists()  # another station's backup in the same folder is not ours
    status = scheduler.status()
    assert status.last_at == NOW + timedelta(hours=20) and status.last_error is None
    # A restarted desk counts from the newest backup on disk, not from its own start.
    restarted = BackupScheduler(
        config.database_path, config.photo_dir, settings, folder, "TEST-01", clock.now
    )
    clock.current = NOW + timedelta(hours=21)
    restarted.load()
    assert restarted.due_in(clock.now()) == timedelta(hours=3)
    assert restarted.run_due() is None


def test_a_failed_scheduled_backup_is_reported_and_retried(demo: Services, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be")
    clock = MovableClock(NOW)
    scheduler = BackupScheduler(
        demo.config.database_path,
        demo.config.photo_dir,
        BackupSettings(every_hours=1),
        blocker,
        "TEST-01",
        clock.now,
    )
    scheduler.load()
    assert scheduler.run_due() is None
    status = scheduler.status()
    assert status.last_error and status.last_at is None and status.overdue(clock.now())
    assert scheduler.due_in(clock.now()) == timedelta(minutes=10)
    blocker.unlink()
    clock.current = NOW + timedelta(minutes=10)
    assert scheduler.run_due() is not None
    assert scheduler.status().last_at == clock.current


def test_the_scheduler_thread_backs_up_a_store_that_has_none(
    station_config: StationConfig, clock: FixedClock, fast_hasher: object
) -> None:
    config = dataclasses.replace(station_config, backup=BackupSettings(every_hours=1, keep=2))
    services = bootstrap(config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    try:
        services.backups.start()
        deadline = datetime.now(UTC) + timedelta(seconds=60)
        while services.backups.status().last_at is None:
            assert datetime.now(UTC) < deadline, services.backups.status()
            threading.Event().wait(0.05)
        (backup,) = list_backups(config.backup_dir, "TEST-01")
        assert config.backup_dir == config.data_dir / "backups"
        assert services.backups.status().last_file == str(backup.path)
    finally:
        services.close()
