"""Backups of the local store (SQLite online backup + photos), restore, checks, the desk lock
and the scheduled backups the running desk takes in the background."""

from receiving_desk.adapters.backup.archive import (
    BackupError,
    BackupInfo,
    list_backups,
    make_backup,
    prune_backups,
)
from receiving_desk.adapters.backup.settings import BackupSettings

__all__ = [
    "BackupError",
    "BackupInfo",
    "BackupSettings",
    "list_backups",
    "make_backup",
    "prune_backups",
]
