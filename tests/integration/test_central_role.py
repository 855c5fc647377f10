"""The desks' least-privilege role: enough to push and pull, refused everything else."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import URL, Engine, create_engine

from receiving_desk.adapters.central.roles import desk_role_sql
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import admin_connect, libpq
from tests.integration.central_worker import (
    SEED,
    central_totals,
    clerk,
    expected_events,
    open_desk,
    run_returns,
    runner,
    seed_central,
)

pytestmark = pytest.mark.postgres
DOCS = Path(__file__).resolve().parents[2] / "docs" / "central-setup.md"


@pytest.fixture
def desk_url(central_url: URL) -> Iterator[URL]:
    """A desk login role made with the documented SQL; roles are cluster-wide: dropped after."""
    suffix = uuid.uuid4().hex[:8]
    group, login = f"rd_desks_{suffix}", f"rd_desk_{suffix}"
    assert central_url.database
    with admin_connect(central_url) as conn:
        for statement in desk_role_sql(group, central_url.database, login, "DESK-01", "NORTH"):
            conn.execute(statement)
        conn.execute("CREATE TABLE refunds (id int PRIMARY KEY, amount_cents int)")  # not theirs
    try:
        yield central_url.set(username=login, password=None)
    finally:
        with admin_connect(central_url) as conn:
            conn.execute(f'DROP OWNED BY "{login}", "{group}"')
            conn.execute(f'DROP ROLE "{login}"')
            conn.execute(f'DROP ROLE "{group}"')


def test_the_desk_role_can_push_and_pull(
    central_engine: Engine, desk_url: URL, tmp_path: Path
) -> None:
    plan = seed_central(central_engine, generated=3)
    desk = open_desk(tmp_path / "desk", "DESK-01")
    as_desk = create_engine(desk_url)
    try:
        assert runner(desk, as_desk).pull().upserted["rmas"] == len(SEED) + 3
        run_returns(desk, clerk("DESK-01"), plan)
        pushed = runner(desk, as_desk, batch=4).push_all()
        assert pushed > 9
        assert runner(desk, as_desk, batch=4).push_all() == 0
        totals = central_totals(central_engine)
        assert (totals["completed"], totals["inspections"]) == (3, 3)
        assert totals["events"] == expected_events(desk) and totals["numbering_errors"] == 0
    finally:
        as_desk.dispose()
        desk.close()


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM inspections",
        "DELETE FROM receipts",
        "TRUNCATE status_events",
        "TRUNCATE rmas",
        "UPDATE products SET description = 'x'",
        "INSERT INTO users (id, badge, name, role, pin_hash) VALUES ('u', 'b', 'n', 'admin', 'h')",
        "UPDATE receipts SET desk_id = 'other'",
        "SELECT * FROM refunds",
        "SELECT * FROM audit_entries",
        "SELECT * FROM central_schema_version",
        "INSERT INTO receipts (id, desk_id, opened_by, opened_at, scanned_code, status, "
        "received_message_id) VALUES (gen_random_uuid(), 'DESK-01', 'u', now(), 'x', 'open', "
        "gen_random_uuid())",
        "INSERT INTO stock_movements (id) VALUES (gen_random_uuid())",
        "CREATE TABLE mine (id int)",
        "DROP TABLE receipts",
    ],
)
def test_the_desk_role_is_refused_the_rest(desk_url: URL, statement: str) -> None:
    with (
        psycopg.connect(libpq(desk_url)) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute(statement)


def test_the_setup_document_shows_the_same_sql() -> None:
    text = DOCS.read_text(encoding="utf-8")
    made = desk_role_sql("receiving_desk", "returns", "desk_01", "DESK-01", "NORTH")
    rendered = [s.as_string(None) for s in made]
    for statement in rendered:
        assert f"{statement};" in text, statement
