"""The WAL is checkpointed by the desk's own thread between transactions, not by a commit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, text

from receiving_desk.adapters.store.checkpoint import Checkpointer
from receiving_desk.adapters.store.engine import create_store_engine, write_lock
from tests.waiting import wait_until

PAGE = 4096
ROUNDS, PAGES_PER_COMMIT = 30, 100  # 3,000 pages: SQLite alone checkpoints at 1,000


def _fill(engine: Engine, after_commit: Callable[[], None] = lambda: None) -> None:
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS t (b BLOB)"))
    for _ in range(ROUNDS):
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM t"))
            conn.execute(
                text("INSERT INTO t VALUES (randomblob(:n))"), {"n": PAGES_PER_COMMIT * PAGE}
            )
        after_commit()


def _wal_pages(db: Path) -> float:
    return Path(f"{db}-wal").stat().st_size / PAGE


def test_commits_of_a_background_checkpointed_store_never_checkpoint(tmp_path: Path) -> None:
    plain, ours = tmp_path / "plain.sqlite3", tmp_path / "ours.sqlite3"
    engines = [create_store_engine(plain), create_store_engine(ours, checkpoint_in_background=True)]
    try:
        for engine in engines:
            _fill(engine)
        # SQLite's own checkpoint let the WAL start over at ≈ 1,000 pages; ours kept growing
        assert _wal_pages(plain) < 1500
        assert _wal_pages(ours) >= ROUNDS * PAGES_PER_COMMIT
    finally:
        for engine in engines:
            engine.dispose()


def test_the_checkpointer_copies_the_wal_back_between_transactions(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    engine = create_store_engine(db, checkpoint_in_background=True)
    checkpointer = Checkpointer(db, write_lock(db), every_commits=1)
    checkpointer.start()
    try:
        done = [0]

        def checkpointed() -> None:  # each commit waits for the checkpoint after it
            done[0] += 1
            wait_until(
                lambda: checkpointer.checkpoints >= done[0], 20, "the checkpointer never ran"
            )

        _fill(engine, checkpointed)
        # each checkpoint copied the WAL back, so the next commit started it over
        assert _wal_pages(db) < 3 * PAGES_PER_COMMIT
        with engine.connect() as conn:
            assert conn.execute(text("SELECT length(b) FROM t")).scalar() == PAGES_PER_COMMIT * PAGE
    finally:
        checkpointer.stop()
        engine.dispose()


def test_stopping_checkpoints_what_is_left(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    engine = create_store_engine(db, checkpoint_in_background=True)
    checkpointer = Checkpointer(db, write_lock(db), every_commits=10**9, every_s=3600)
    checkpointer.start()
    try:
        _fill(engine)
        assert checkpointer.checkpoints == 0  # never due meanwhile
        checkpointer.stop()
        assert checkpointer.checkpoints == 1
    finally:
        checkpointer.stop()
        engine.dispose()
