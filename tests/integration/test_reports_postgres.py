"""The same report on PostgreSQL: over the central returns database (the shift pushed by the
real syncer) and over the desk's own schema loaded into PostgreSQL. Under CI=true a missing
server fails (central_fixtures), it never skips."""

from __future__ import annotations

import io
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import URL, Engine, create_engine, func, insert, select, text

from receiving_desk.adapters.central import schema as c
from receiving_desk.adapters.central.runner import SyncRunner
from receiving_desk.adapters.reports import open_local_source, source_for_engine
from receiving_desk.adapters.reports.cli import report_cli
from receiving_desk.adapters.reports.sql import fetch
from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.schema import metadata
from receiving_desk.bootstrap import Services
from receiving_desk.domain.shifts import DEFAULT_SHIFTS, find_shift
from receiving_desk.domain.users import Role, Session
from receiving_desk.services.reports import (
    CancelToken,
    Drill,
    Report,
    ReportCancelled,
    ReportFilter,
    drill_down,
    run_report,
)
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import admin_connect
from tests.integration.printer_fixtures import wait_until
from tests.integration.reports_ledger import ANA, OLGA, SHIFT_DAY, STATION, TZ, check_report
from tests.integration.reports_shift import ShiftScript, night_shift_store

pytestmark = pytest.mark.postgres

SUPERVISOR = Session(OLGA, "Olga", Role.SUPERVISOR, STATION, datetime(2026, 3, 29, tzinfo=UTC))
NIGHT = find_shift(DEFAULT_SHIFTS, "night").period_on(SHIFT_DAY, TZ)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, ShiftScript]]:
    with night_shift_store(tmp_path_factory.mktemp("night")) as played:
        yield played


def report(source: object, f: ReportFilter) -> Report:
    return run_report(SUPERVISOR, source, f, site="Dock", scope="night",  # type: ignore[arg-type]
                      timezone="Europe/Berlin", now=NIGHT.end)  # fmt: skip


def _copy_reference(local: Engine, central: Engine) -> None:
    """What the central side would hold as reference data for the desk's returns."""
    with local.connect() as src, central.begin() as dst:
        for table, target in (
            (t.customers, c.customers),
            (t.products, c.products),
            (t.users, c.users),
            (t.rmas, c.rmas),
            (t.rma_lines, c.rma_lines),
        ):
            rows = [dict(r) for r in src.execute(select(table)).mappings()]
            columns = {col.name for col in target.columns} - {"change_xid"}
            dst.execute(
                insert(target), [{k: v for k, v in r.items() if k in columns} for r in rows]
            )


def test_the_central_report_over_the_pushed_shift_matches_the_count(
    store: tuple[Services, ShiftScript], central_engine: Engine, central_url: URL, tmp_path: Path
) -> None:
    services, played = store
    _copy_reference(services.engine, central_engine)
    pushed = SyncRunner(services.engine, central_engine, STATION, services.clock).push_all()
    assert pushed > 0
    source = source_for_engine(central_engine)
    assert source.label == "central database"
    for clerk in (None, ANA):
        r = report(source, ReportFilter(NIGHT, clerk=clerk))
        check_report(r, played.ledger.expected(NIGHT, clerk), desk_only=False)
    fraud = drill_down(SUPERVISOR, source, ReportFilter(NIGHT), Drill("flag", "fraud"))
    assert [b.rma for b in fraud] == ["RMA-T03", "RMA-T04", "RMA-T05"]
    # the same report for one desk of the central database, and for a desk that is not there
    one_desk = report(source, ReportFilter(NIGHT, station=STATION))
    assert one_desk.figure("Units inspected") == played.ledger.expected(NIGHT)["units"]
    assert report(source, ReportFilter(NIGHT, station="DESK-99")).figure("Units inspected") == 0
    # the command line, over all desks
    out, err = io.StringIO(), io.StringIO()
    url = central_url.set(drivername="postgresql").render_as_string(hide_password=False)
    argv = ["--shift", "night", "--date", "2026-03-28", "--format", "csv",
            "--out", str(tmp_path), "--central-url", url]  # fmt: skip
    assert report_cli(argv, services.config, out, err) == 0, err.getvalue()
    assert "central database" in out.getvalue() and "Units inspected: 10" in out.getvalue()


@pytest.fixture
def store_schema_db(pg_server: URL) -> Iterator[Engine]:
    """A PostgreSQL database holding the desk's local schema (metadata.create_all)."""
    name = f"rd_report_store_{uuid.uuid4().hex[:10]}"
    with admin_connect(pg_server) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    engine = create_engine(pg_server.set(database=name))
    try:
        metadata.create_all(engine)
        yield engine
    finally:
        engine.dispose()
        with admin_connect(pg_server) as conn:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def test_the_store_schema_on_postgresql_gives_the_same_report_as_sqlite(
    store: tuple[Services, ShiftScript], store_schema_db: Engine
) -> None:
    services, played = store
    with services.engine.connect() as src, store_schema_db.begin() as dst:
        for table in metadata.sorted_tables:
            rows = [dict(r) for r in src.execute(select(table)).mappings()]
            if rows:
                dst.execute(insert(table), rows)
    on_pg = source_for_engine(store_schema_db)
    assert on_pg.label == "store schema on PostgreSQL"
    on_sqlite = open_local_source(services.config.database_path)
    try:
        for f in (ReportFilter(NIGHT), ReportFilter(NIGHT, clerk=ANA)):
            ours, theirs = report(on_pg, f), report(on_sqlite, f)
            assert ours.tables == theirs.tables
            check_report(ours, played.ledger.expected(NIGHT, f.clerk))
        for drill in (Drill("units"), Drill("flag", "any"), Drill("audit", "scan_undone")):
            assert drill_down(SUPERVISOR, on_pg, ReportFilter(NIGHT), drill) == drill_down(
                SUPERVISOR, on_sqlite, ReportFilter(NIGHT), drill
            )
    finally:
        on_sqlite.close()


def test_cancel_aborts_a_running_postgresql_query(central_engine: Engine) -> None:
    token = CancelToken()
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            fetch(central_engine, select(func.pg_sleep(30)), token)
        except BaseException as exc:
            outcome.append(exc)

    def sleeping() -> bool:  # the query is running on the server: cancel it there, not before
        with central_engine.connect() as conn:
            found = conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    " AND state = 'active' AND query LIKE '%pg_sleep%'"
                    " AND pid <> pg_backend_pid()"
                )
            ).scalar_one()
        return bool(found)

    worker = threading.Thread(target=run)
    worker.start()
    wait_until(sleeping, timeout=30)
    token.cancel()
    worker.join(25)  # well before the 30 s sleep would have ended by itself
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], ReportCancelled)
