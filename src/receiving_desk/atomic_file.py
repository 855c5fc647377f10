"""Replace a file's contents so that a crash or a kill at any instant leaves either the old
file or the new one, never a mix or a truncated file.

The new text goes to a temporary file in the same directory (a rename is atomic only within
one file system), is flushed and fsynced, renamed over the target, and the directory is
fsynced so the rename itself survives a power cut. The file keeps its permission bits; a new
file is created readable by its owner only (it may name password files and hosts).
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import time
from contextlib import suppress
from pathlib import Path

NEW_FILE_MODE = 0o600
STALE_AFTER_S = 3600.0  # a temporary file this old was left by a write killed mid-way


def write_atomically(path: Path, text: str, new_mode: int = NEW_FILE_MODE) -> None:
    target = path.resolve()  # through a symlink: replace the file it points to, keep the link
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = new_mode
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:  # newlines as given
            if hasattr(os, "fchmod"):
                os.fchmod(out.fileno(), mode)
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if not hasattr(os, "fchmod"):
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_directory(target.parent)
    _remove_stale(target)


def _remove_stale(target: Path) -> None:
    """Temporary files of writes killed before their rename (a kill leaves one each); those
    younger than STALE_AFTER_S may belong to a write still under way in another process."""
    now = time.time()
    for left in target.parent.glob(f".{target.name}.*.tmp"):
        with suppress(OSError):
            if now - left.stat().st_mtime > STALE_AFTER_S:
                left.unlink()


def _fsync_directory(folder: Path) -> None:
    if sys.platform == "win32":  # no directory handles to fsync; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
