"""The last backup in the status bar: when it ran, red once it is older than the schedule.
Driven by the real scheduler on the real store (its thread is not needed to show this)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from receiving_desk.adapters.backup import make_backup
from receiving_desk.bootstrap import Services
from receiving_desk.gui.main_window import MainWindow


def shown(window: MainWindow) -> str:
    window.backup_status.refresh()  # what its timer does every few seconds
    return window.backup_status.label.text()


def test_the_status_bar_shows_the_last_backup_and_warns_when_overdue(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    scheduler, config = services.backups, services.config
    assert "Backup: checking…" in shown(window)
    scheduler.load()  # an empty backup folder
    assert "Backup: none yet" in shown(window) and window.backup_status.warning

    path = scheduler.run_once()
    assert path is not None and path.parent == config.backup_dir
    taken = scheduler.status().last_at
    assert taken is not None
    text = shown(window)
    assert f"Backup: {taken.astimezone():%H:%M}" in text and "#1b5e20" in text
    assert not window.backup_status.warning
    assert str(path) in window.backup_status.label.toolTip()

    # A desk that was off for a day: the newest backup on disk is older than every 4 hours.
    path.unlink()
    old = datetime.now(UTC) - timedelta(hours=30)
    make_backup(config.database_path, config.photo_dir, config.backup_dir, "TEST-01", old)
    scheduler.load()
    text = shown(window)
    assert f"Backup overdue: last {old.astimezone():%Y-%m-%d %H:%M}" in text
    assert "#b71c1c" in text and window.backup_status.warning
