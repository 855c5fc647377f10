"""The [backup] station settings and the overdue rule the status bar shows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from receiving_desk.adapters.backup import BackupSettings
from receiving_desk.config import ConfigError, load_config
from receiving_desk.services.backup import GRACE, BackupStatus

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def test_backup_settings_are_read_and_defaulted(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    path.write_text('[station]\nstation_id = "D1"\n', encoding="utf-8")
    config = load_config(path, data_dir=tmp_path / "data", environ={})
    assert config.backup == BackupSettings(every_hours=4.0, keep=14, dir=None)
    assert config.backup_dir == tmp_path / "data" / "backups"
    path.write_text(
        '[station]\nstation_id = "D1"\n\n[backup]\nevery_hours = 6\nkeep = 30\n'
        'dir = "~/desk-backups"\n',
        encoding="utf-8",
    )
    config = load_config(path, environ={})
    assert config.backup == BackupSettings(6.0, 30, Path("~/desk-backups").expanduser())
    assert config.backup_dir == Path("~/desk-backups").expanduser()


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ("every_hours = -1", "every_hours must be a number of hours, 0 to 744"),
        ('every_hours = "daily"', "every_hours must be a number of hours, 0 to 744"),
        ("keep = 0", "keep must be a whole number, 1 to 10000"),
        ("keep = 2.5", "keep must be a whole number, 1 to 10000"),
        ('dir = ""', "dir must be a folder path"),
        ("often = true", "unknown setting 'often'"),
    ],
)
def test_bad_backup_settings_name_the_file_and_the_problem(
    tmp_path: Path, table: str, problem: str
) -> None:
    path = tmp_path / "station.toml"
    path.write_text(f"[backup]\n{table}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ={})
    assert str(caught.value) == f"{path}:2: [backup] {problem}"  # the line of the key


def test_overdue_only_past_the_schedule_and_its_grace() -> None:
    status = BackupStatus(4.0, "/b", loaded=True, last_at=NOW)
    assert not status.overdue(NOW + timedelta(hours=4) + GRACE)
    assert status.overdue(NOW + timedelta(hours=4) + GRACE + timedelta(seconds=1))
    assert BackupStatus(4.0, "/b", loaded=True).overdue(NOW)  # none at all
    assert not BackupStatus(4.0, "/b", loaded=False).overdue(NOW)  # not looked yet
    assert not BackupStatus(4.0, "/b", loaded=True, running=True).overdue(NOW)
    assert not BackupStatus(0.0, "/b", loaded=True).overdue(NOW)  # none scheduled
