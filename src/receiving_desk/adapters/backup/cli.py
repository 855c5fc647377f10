"""`receiving-desk db backup | restore | check`: one line per outcome, exit status 0 when all
is well, 1 when the check found damage or the work failed, 2 when refused."""

from __future__ import annotations

import os
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

from receiving_desk.adapters.backup.archive import BackupError, make_backup
from receiving_desk.adapters.backup.check import check_store
from receiving_desk.adapters.backup.lock import DeskRunningError
from receiving_desk.adapters.backup.restore import restore_backup
from receiving_desk.config import StationConfig
from receiving_desk.counted import counted


def _fail(message: str, code: int = 1) -> int:
    print(f"receiving-desk: {message}", file=sys.stderr)
    return code


def backup_cli(config: StationConfig, to: Path | None) -> int:
    folder = to if to is not None else config.backup_dir
    try:
        info = make_backup(
            config.database_path,
            config.photo_dir,
            folder,
            config.station_id,
            datetime.now(UTC),
        )
    except (BackupError, OSError) as exc:
        return _fail(f"backup failed: {exc}")
    print(f"{info.path}: {info.size} bytes")
    return 0


def restore_cli(config: StationConfig, backup: Path) -> int:
    try:
        done = restore_backup(backup, config.data_dir, config.station_id)
    except DeskRunningError as exc:
        return _fail(f"restore refused: {exc}", 2)
    except (BackupError, OSError) as exc:
        return _fail(f"restore failed: {exc}")
    aside = f"; the store it replaced is in {done.kept_aside}" if done.kept_aside else ""
    print(
        f"{config.database_path}: restored from {backup} "
        f"(station {done.station_id}, taken {done.taken_at}, "
        f"{counted(done.photos, 'photo')}){aside}"
    )
    return 0


def check_cli(config: StationConfig) -> int:
    try:
        report = check_store(config.database_path)
    except (FileNotFoundError, OSError) as exc:
        return _fail(str(exc))
    except sqlite3.Error as exc:  # not a store, or a folder SQLite cannot write its WAL index in
        hint = "" if os.access(config.data_dir, os.W_OK) else "; its folder is read-only"
        return _fail(f"{config.database_path}: cannot be checked: {exc}{hint}")
    print("\n".join(report.lines()))
    return 0 if report.sound else 1
