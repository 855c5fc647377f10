"""`db check`: is the store sound, and what is still waiting to leave it? Integrity and
foreign keys, the schema revision, the outbox backlog and its oldest unsynced item, and the
print queue. Read-only; safe while the desk runs (one read transaction)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from receiving_desk.adapters.store.migrate import head_revisions, unknown_revisions
from receiving_desk.counted import counted

AUDIT_STREAM = "push:audit_log"  # the audit watermark's stream (see central/local_state.py)


@dataclass(frozen=True)
class StoreCheck:
    path: Path
    revisions: list[str]
    integrity: list[str]  # ["ok"] when sound
    foreign_keys: list[str] = field(default_factory=list)  # one line per violation
    outbox_unsent: int = 0
    audit_unsynced: int = 0
    oldest_unsynced: datetime | None = None
    print_waiting: int = 0  # queued or being sent
    print_failed: int = 0
    oldest_print: datetime | None = None

    @property
    def sound(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_keys

    @property
    def unknown_revisions(self) -> list[str]:
        return unknown_revisions(self.revisions)

    def lines(self) -> list[str]:
        heads = ", ".join(head_revisions())
        current = ", ".join(self.revisions) or "none"
        lines = [f"store: {self.path}", f"schema revision: {current} (this version: {heads})"]
        if self.unknown_revisions:
            lines.append("schema: NEWER than this version of Receiving Desk")
        lines.append("integrity: " + "; ".join(self.integrity[:20]))
        if self.foreign_keys:
            lines.append(f"foreign keys: {counted(len(self.foreign_keys), 'violation')}")
            lines += [f"  {v}" for v in self.foreign_keys[:20]]
        else:
            lines.append("foreign keys: ok")
        oldest = self.oldest_unsynced.isoformat() if self.oldest_unsynced else "—"
        lines.append(
            f"outbox backlog: {counted(self.outbox_unsent, 'message')}, "
            f"{self.audit_unsynced} audit entries unsynced; oldest unsynced: {oldest}"
        )
        oldest_print = self.oldest_print.isoformat() if self.oldest_print else "—"
        lines.append(
            f"print queue: {self.print_waiting} waiting, {self.print_failed} failed; "
            f"oldest waiting: {oldest_print}"
        )
        lines.append("result: " + ("OK" if self.sound else "DAMAGED"))
        return lines


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def check_store(path: Path) -> StoreCheck:
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no store here")
    # Read-write open, reads only: a read-only open of a WAL store fails once the last
    # writer has closed (its -wal and -shm files are gone and could not be made).
    conn = sqlite3.connect(str(path), timeout=30)
    try:
        conn.execute("BEGIN")  # one snapshot for every figure below
        tables = _tables(conn)
        revisions = (
            sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
            if "alembic_version" in tables
            else []
        )
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        fks = [
            f"{table} row {rowid}: no {parent} row it refers to"
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
        ]
        unsent, oldest = 0, None
        if "outbox" in tables:
            unsent, oldest = conn.execute(
                "SELECT count(*), min(created_at) FROM outbox WHERE sent_at IS NULL OR sent_at = ''"
            ).fetchone()
        audit, audit_oldest = 0, None
        if "audit_log" in tables:
            after = 0
            if "sync_watermarks" in tables:
                row = conn.execute(
                    "SELECT position FROM sync_watermarks WHERE stream = ?", (AUDIT_STREAM,)
                ).fetchone()
                after = int(row[0]) if row else 0
            audit, audit_oldest = conn.execute(
                "SELECT count(*), min(at) FROM audit_log WHERE rowid > ?", (after,)
            ).fetchone()
        waiting = failed = 0
        oldest_print = None
        if "print_jobs" in tables:
            waiting, oldest_print = conn.execute(
                "SELECT count(*), min(created_at) FROM print_jobs "
                "WHERE state IN ('queued', 'sending')"
            ).fetchone()
            failed = conn.execute(
                "SELECT count(*) FROM print_jobs WHERE state = 'failed'"
            ).fetchone()[0]
        conn.execute("COMMIT")
    finally:
        conn.close()
    present = [t for t in (_time(oldest), _time(audit_oldest)) if t is not None]
    return StoreCheck(
        path,
        revisions,
        integrity,
        fks,
        int(unsent),
        int(audit),
        min(present) if present else None,
        int(waiting),
        int(failed),
        _time(oldest_print),
    )
