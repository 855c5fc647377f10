"""The start-up's cheap revision check decides when Alembic runs on the local store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store.engine import create_store_engine

SRC = Path(__file__).resolve().parents[2] / "src"


def test_the_expected_revision_is_the_scripts_head() -> None:
    assert migrate.head_revisions() == migrate.HEAD_REVISIONS


def test_revision_read_cheaply_matches_alembics(tmp_path: Path) -> None:
    engine = create_store_engine(tmp_path / "desk.sqlite3")
    try:
        assert migrate.stored_revisions(engine) == ()  # a new store: no version table yet
        migrate.upgrade(engine, "0004")
        assert migrate.stored_revisions(engine) == ("0004",) == migrate.current_revisions(engine)
        migrate.upgrade(engine)  # behind: Alembic brings it to the head
        assert migrate.stored_revisions(engine) == migrate.HEAD_REVISIONS
        assert migrate.current_revisions(engine) == migrate.HEAD_REVISIONS
    finally:
        engine.dispose()


def test_a_store_at_the_head_is_opened_without_loading_alembic(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    engine = create_store_engine(path)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    check = (
        "import sys\n"
        "from pathlib import Path\n"
        "from receiving_desk.adapters.store import migrate\n"
        "from receiving_desk.adapters.store.engine import create_store_engine\n"
        f"engine = create_store_engine(Path({str(path)!r}))\n"
        "migrate.upgrade(engine)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
        "print(migrate.stored_revisions(engine))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", check],
        env={**os.environ, "PYTHONPATH": str(SRC)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert out == ["[]", repr(migrate.HEAD_REVISIONS)]
