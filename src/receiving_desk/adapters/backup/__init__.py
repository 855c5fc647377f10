"""Backups of the local store (SQLite online backup + photos), restore, checks, the desk lock
and the scheduled backups the running desk takes in the background.

The names load with their module on first use: the station file's `[backup]` table is read on
the way to the first screen, the archive code only when a backup is made.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = "settings" if name == "BackupSettings" else "archive"
    return getattr(import_module(f"{__name__}.{module}"), name)
