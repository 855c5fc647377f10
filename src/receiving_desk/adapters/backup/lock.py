"""The running desk holds an OS lock on `desk.lock` in its data folder, so maintenance that
must not run under it (restore) can tell. The OS drops the lock when the process ends, even
by a crash or a kill: a stale lock file never blocks anyone."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

LOCK_NAME = "desk.lock"


class DataDirUnusableError(Exception):
    """The data folder cannot be created or written (read-only, no permission, not a folder)."""

    def __init__(self, data_dir: Path, error: OSError) -> None:
        self.reason = error.strerror or type(error).__name__
        super().__init__(f"{data_dir}: the data folder cannot be written ({self.reason})")
        self.data_dir = data_dir


class DeskRunningError(Exception):
    def __init__(self, data_dir: Path, holder: str) -> None:
        who = f" (process {holder})" if holder else ""
        super().__init__(f"{data_dir}: the desk is running{who}; close it first")
        self.data_dir = data_dir
        self.holder = holder


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class DeskLock:
    """Held for the life of a running desk (or of a restore, to keep a desk from starting)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_NAME
        self._handle: IO[str] | None = None

    def acquire(self) -> DeskLock:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held until release)
        except OSError as exc:  # the first write of a start: say so, not a traceback
            raise DataDirUnusableError(self.data_dir, exc) from exc
        if not _try_lock(handle):
            try:
                handle.seek(0)
                holder = handle.read().strip()
            except OSError:  # Windows refuses to read a locked region
                holder = ""
            handle.close()
            raise DeskRunningError(self.data_dir, holder)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing drops the OS lock
            self._handle = None

    def __enter__(self) -> DeskLock:
        return self.acquire()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def desk_running(data_dir: Path) -> bool:
    try:
        DeskLock(data_dir).acquire().release()
    except DeskRunningError:
        return True
    return False
