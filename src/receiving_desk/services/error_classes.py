"""Which errors are known and which are bugs: the one place that decides.

Known errors keep the desk going with a translated message, a sound and a colour:
- `DeskError`: what the clerk caused or the environment did (a bad scan, a refused action);
- the local store's failures, classified by **SQLite's error code** (`sqlite3.Error.
  sqlite_errorcode`, reached through SQLAlchemy's `exc.orig`), never by message text:
  busy/locked, full, read-only, I/O error, corrupt;
- a file the desk cannot read or write (`OSError`: a photo, an export folder).

Anything else is a bug: the crash dialog and the log. Adapters use `store_error` to turn a
SQLite failure into its `DeskError` at the unit-of-work boundary; the GUI's presenter uses
`classify` for whatever reaches it. Duck-typed on `orig`/`__cause__`, so this module needs no
SQLAlchemy (services must not import it).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum

from receiving_desk.domain.errors import DeskError, ErrorCode


class ErrorClass(StrEnum):
    USER = "user"  # the clerk can fix it at once: rescan, scan the badge first, ...
    BUSY = "busy"  # the store is busy: the same action works again in a moment
    STORAGE = "storage"  # the store cannot write (full, read-only, I/O, corrupt): supervisor
    DEVICE = "device"  # a printer or a file: the environment, not the clerk
    BUG = "bug"  # none of the above: crash dialog and log


# SQLite primary result codes (https://sqlite.org/rescode.html); extended codes keep the
# primary code in their low byte.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

SQLITE_CODES: dict[int, ErrorCode] = {
    SQLITE_BUSY: ErrorCode.DATABASE_LOCKED,
    SQLITE_LOCKED: ErrorCode.DATABASE_LOCKED,
    SQLITE_FULL: ErrorCode.DATABASE_FULL,
    SQLITE_READONLY: ErrorCode.DATABASE_READ_ONLY,
    SQLITE_PERM: ErrorCode.DATABASE_READ_ONLY,
    # A folder that became read-only: a new connection cannot open the WAL index for writing.
    SQLITE_CANTOPEN: ErrorCode.DATABASE_READ_ONLY,
    SQLITE_IOERR: ErrorCode.DATABASE_IO_ERROR,
    SQLITE_CORRUPT: ErrorCode.DATABASE_CORRUPT,
    SQLITE_NOTADB: ErrorCode.DATABASE_CORRUPT,
}

CLASS_OF_CODE: dict[ErrorCode, ErrorClass] = {
    ErrorCode.DATABASE_LOCKED: ErrorClass.BUSY,
    ErrorCode.DATABASE_FULL: ErrorClass.STORAGE,
    ErrorCode.DATABASE_READ_ONLY: ErrorClass.STORAGE,
    ErrorCode.DATABASE_IO_ERROR: ErrorClass.STORAGE,
    ErrorCode.DATABASE_CORRUPT: ErrorClass.STORAGE,
    ErrorCode.PRINTER_FAILED: ErrorClass.DEVICE,
    ErrorCode.FILE_PROBLEM: ErrorClass.DEVICE,
}


@dataclass(frozen=True)
class Classified:
    error_class: ErrorClass
    known: DeskError | None  # None for a bug

    @property
    def is_bug(self) -> bool:
        return self.known is None


def _causes(error: BaseException) -> list[BaseException]:
    """The error, what it wraps (SQLAlchemy's `orig`) and what caused it, without cycles."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [error]
    while todo:
        current = todo.pop(0)
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        orig = getattr(current, "orig", None)
        todo += [orig if isinstance(orig, BaseException) else None, current.__cause__]
    return seen


def sqlite_error(error: BaseException) -> sqlite3.Error | None:
    """The SQLite error behind `error` (itself, SQLAlchemy's `orig`, or a cause), if any."""
    for cause in _causes(error):
        if isinstance(cause, sqlite3.Error) and getattr(cause, "sqlite_errorcode", None):
            return cause
    return None


def store_error(error: BaseException) -> DeskError | None:
    """The known error for a SQLite failure, by its error code; None if it is not one."""
    found = sqlite_error(error)
    if found is None:
        return None
    code = SQLITE_CODES.get(found.sqlite_errorcode & 0xFF)
    if code is None:
        return None
    return DeskError(code, sqlite=found.sqlite_errorname)


def classify(error: BaseException) -> Classified:
    if isinstance(error, DeskError):
        return Classified(CLASS_OF_CODE.get(error.code, ErrorClass.USER), error)
    stored = store_error(error)
    if stored is not None:
        return Classified(CLASS_OF_CODE[stored.code], stored)
    if isinstance(error, OSError) and not isinstance(error, ConnectionError | TimeoutError):
        reason = error.strerror or type(error).__name__
        known = DeskError(ErrorCode.FILE_PROBLEM, path=error.filename or "", reason=reason)
        return Classified(ErrorClass.DEVICE, known)
    return Classified(ErrorClass.BUG, None)
