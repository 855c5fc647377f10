"""Files only the desk's own user may read: the store, its WAL, logs, photos, backups, the
station file, the pepper.

On POSIX new files are made 0600 in 0700 folders: the process umask is 077 from the start
(`restrict_new_files`), and folders and files that already exist are tightened where the desk
opens them (`private_dir`, `private_file`). On Windows the bits mean nothing: the files live
in the user's profile (platformdirs), whose ACLs give access to that user (and
administrators) only, which is what these calls leave alone.

A secret file someone else could read (a central password file, the pepper) is refused with
the reason (`check_private`): it may already have leaked, and accepting it silently would
hide that.
"""

from __future__ import annotations

import os
import stat
from contextlib import suppress
from pathlib import Path

POSIX = os.name == "posix"


def restrict_new_files() -> None:
    """Every file and folder this process creates from now on is its user's alone."""
    if POSIX:
        os.umask(0o077)


def private_dir(folder: Path) -> Path:
    """`folder` made if missing, with its parents, and 0700 (it may exist from before)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    _tighten(folder)
    return folder


def private_file(path: Path) -> None:
    """An existing file (e.g. a store made by an earlier release) tightened to 0600."""
    if path.exists():
        _tighten(path)


def _tighten(path: Path) -> None:
    """Group and others lose their bits; the owner's stay (a folder made read-only on
    purpose stays read-only). Not the owner (a folder an administrator shares): left as is."""
    if not POSIX:
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        with suppress(PermissionError):
            os.chmod(path, mode & 0o700)


class NotPrivateError(ValueError):
    """A secret file that others can read or write."""


def check_private(path: Path, what: str) -> None:
    """Refuse `path` if anyone but its owner may read or write it (POSIX)."""
    if not POSIX:
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise NotPrivateError(
            f"{what} {path} is readable or writable by others (mode {mode:04o}); "
            f"make it its owner's alone: chmod 600 {path}"
        )
