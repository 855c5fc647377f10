"""Real faults of the local SQLite store, for tests: another writer holding the lock, a full
database, a read-only folder. Each can be lifted again, as an operator would fix it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

NO_LIMIT = 1_073_741_823  # SQLite's largest max_page_count


class PageLimit:
    """A size limit on the store, as a full disk: every connection the engine hands out gets
    `PRAGMA max_page_count`, so a write that needs a new page fails with SQLITE_FULL.

    Attach it when the engine is made, before any thread uses it: SQLAlchemy's listener
    lists are not safe to change while other threads check connections out."""

    def __init__(self) -> None:
        self.engine: Engine | None = None
        self.pages: int | None = None

    def attach(self, engine: Engine) -> Engine:
        self.engine = engine
        event.listen(engine, "checkout", self._apply)
        return engine

    def _apply(self, dbapi_connection: Any, record: Any, proxy: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA max_page_count={self.pages or NO_LIMIT}")
        cursor.close()

    def fill(self) -> int:
        """From now on the store cannot grow: returns how many free pages it still has."""
        assert self.engine is not None, "attach the limit to the engine first"
        with self.engine.connect() as conn:
            self.pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
            return int(conn.exec_driver_sql("PRAGMA freelist_count").scalar_one())

    def lift(self) -> None:
        self.pages = None


@contextmanager
def write_lock_held(database: Path) -> Iterator[sqlite3.Connection]:
    """Another process's connection holding the write lock until the block ends."""
    blocker = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        yield blocker
    finally:
        if blocker.in_transaction:
            blocker.rollback()
        blocker.close()


def _run(*args: str | Path) -> None:
    subprocess.run([str(a) for a in args], check=True, capture_output=True, timeout=30)


@contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """The folder and its files cannot be written until the block ends. A normal user gets
    permissions taken away; root (who ignores them) gets a read-only bind mount instead."""
    if os.geteuid() != 0:
        paths = [folder, *folder.iterdir()]
        modes = {p: p.stat().st_mode for p in paths}
        for path in paths[1:]:
            path.chmod(0o444 if path.is_file() else 0o555)
        folder.chmod(0o555)
        try:
            yield
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
        return
    try:
        _run("mount", "--bind", folder, folder)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"root, and no bind mount possible here to make a folder read-only: {exc}")
    try:
        _run("mount", "-o", "remount,ro,bind", folder)
        yield
    finally:
        _run("umount", "-l", folder)  # lazy: files still open keep their read-only view
