"""Reports read from the daily roll-ups equal, figure for figure, the same reports counted
over the raw rows alone — on a desk's SQLite store and on the central PostgreSQL database,
for a shift over midnight and over both DST changes, a day, a day in a zone half an hour off
UTC, a month and the year, with and without a station or a clerk; right after a refresh, and
after voids, undone scans, overrides, withdrawals and late arrivals written behind the
refresh's back (the triggers mark those days dirty in the same transaction; the reports read
them raw until the next refresh)."""

from __future__ import annotations

import io
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import URL, Engine, create_engine, text

from receiving_desk.adapters.reports import (
    RollupReportSource,
    SqlReportSource,
    open_local_source,
    source_for_engine,
)
from receiving_desk.adapters.reports.cli import report_cli
from receiving_desk.adapters.rollups.refresh import refresh_central, refresh_store
from receiving_desk.adapters.rollups.refresher import RollupRefresher
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.config import StationConfig
from receiving_desk.domain.shifts import DEFAULT_SHIFTS, day_period, find_shift
from receiving_desk.domain.users import Role, Session
from receiving_desk.services.reports import CancelToken, Report, ReportFilter, run_report
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.printer_fixtures import wait_until
from tests.integration.reports_ledger import ANA, STATION
from tests.integration.reports_shift import night_shift_store

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from reports_load import load_central, load_sqlite  # the benchmark's generator and loaders

TZ = ZoneInfo("Europe/Berlin")
KOLKATA = ZoneInfo("Asia/Kolkata")  # UTC+05:30: local midnight is never a UTC hour
NIGHT = find_shift(DEFAULT_SHIFTS, "night")
PERIODS = {
    "night over spring forward": (NIGHT.period_on(date(2026, 3, 28), TZ), TZ),
    "night over fall back": (NIGHT.period_on(date(2026, 10, 24), TZ), TZ),
    "a day": (day_period(date(2026, 6, 15), date(2026, 6, 15), TZ), TZ),
    "a day in Kolkata": (day_period(date(2026, 6, 15), date(2026, 6, 15), KOLKATA), KOLKATA),
    "a month": (day_period(date(2026, 6, 1), date(2026, 6, 30), TZ), TZ),
    "October over fall back": (day_period(date(2026, 10, 1), date(2026, 10, 31), TZ), TZ),
    "the year": (day_period(date(2025, 11, 22), date(2026, 11, 21), TZ), TZ),
}
FILTERS = {"all": {}, "station": {"station": "DOCK-03"}, "clerk": {"clerk": "U-03-1"}}
SESSION = Session("t", "t", Role.SUPERVISOR, "DOCK-01", datetime(2026, 11, 22, tzinfo=UTC))
UNITS = 6_000
TODAY = date(2026, 11, 22)  # the day after the generated year: every day of it refreshable


def report(source: SqlReportSource, f: ReportFilter, tz: ZoneInfo) -> Report:
    return run_report(SESSION, source, f, site="", scope="", timezone=str(tz),
                      now=SESSION.started_at, standalone=True)  # fmt: skip


def assert_same_everywhere(rolled: SqlReportSource) -> int:
    """Every period and filter: the roll-up report equals the raw one; the units compared."""
    assert isinstance(rolled, RollupReportSource)
    raw = SqlReportSource(rolled.engine, rolled.facts, rolled.label, owns_engine=False)
    compared = 0
    for name, (period, tz) in PERIODS.items():
        for how, extra in FILTERS.items():
            f = ReportFilter(period, **extra)
            got, want = report(rolled, f, tz), report(raw, f, tz)
            assert got.tables == want.tables, (name, how)
            assert got.previous_summary == want.previous_summary, (name, how)
            assert got.trend == want.trend, (name, how)
            compared += int(want.figure("Units inspected"))  # type: ignore[call-overload]
    return compared


def dirty_days(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(text("SELECT day FROM rollup_dirty ORDER BY day")).scalars())


# -- the desk's SQLite store --------------------------------------------------------------
@pytest.fixture(scope="module")
def desk_year(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rollups") / "desk.sqlite3"
    load_sqlite(path, UNITS)  # through the real migrations: the triggers mark every day
    return path


def test_a_desk_year_from_the_rollups_equals_the_raw_count(desk_year: Path) -> None:
    engine = create_store_engine(desk_year)
    try:
        assert len(dirty_days(engine)) > 300  # written after migration 0011: all marked
        source = open_local_source(desk_year)
        try:
            before = assert_same_everywhere(source)  # every day dirty: all read raw
            assert refresh_store(engine, TODAY) > 300
            assert dirty_days(engine) == []
            assert assert_same_everywhere(source) == before > UNITS  # now from the roll-ups
        finally:
            source.close()
    finally:
        engine.dispose()


def _desk_changes(db: sqlite3.Connection) -> None:
    """A void, an undone scan, an override and a late arrival, on refreshed days."""
    june = "2026-06-1%"
    (voided,) = db.execute(
        "SELECT r.id FROM receipts r JOIN received_units u ON u.receipt_id = r.id "
        "WHERE r.status = 'completed' AND r.station_id = 'DOCK-03' AND r.opened_at LIKE ? "
        "ORDER BY r.opened_at LIMIT 1",
        (june,),
    ).fetchone()
    db.execute("UPDATE receipts SET status = 'voided', void_reason = 'test' WHERE id = ?",
               (voided,))  # fmt: skip
    (undone,) = db.execute(
        "SELECT i.unit_id FROM inspections i WHERE i.inspected_at LIKE '2026-06-20%' LIMIT 1"
    ).fetchone()
    db.execute("DELETE FROM inspections WHERE unit_id = ?", (undone,))
    db.execute("DELETE FROM received_units WHERE id = ?", (undone,))
    db.execute(
        "UPDATE inspections SET override_disposition = 'recycle', override_by = 'U-03-S', "
        "override_reason = 'test', override_at = inspected_at WHERE unit_id = ("
        "SELECT unit_id FROM inspections WHERE inspected_at LIKE '2026-06-25%' "
        "AND override_disposition IS NULL LIMIT 1)"
    )
    # a unit inspected now but scanned on a day long refreshed (its return's opening day)
    (late,) = db.execute(
        "SELECT u.id FROM received_units u WHERE u.scanned_at LIKE '2026-06-28%' LIMIT 1"
    ).fetchone()
    db.execute("UPDATE received_units SET scanned_at = '2026-06-27T23:59:59.000000+00:00' "
               "WHERE id = ?", (late,))  # fmt: skip
    db.commit()


def test_desk_changes_behind_the_refresh_are_read_raw_until_the_next(
    desk_year: Path, tmp_path: Path
) -> None:
    path = tmp_path / "changed.sqlite3"
    with sqlite3.connect(desk_year) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    engine = create_store_engine(path)
    try:
        refresh_store(engine, TODAY)
        db = sqlite3.connect(path)
        try:
            _desk_changes(db)
        finally:
            db.close()
        assert set(dirty_days(engine)) >= {"2026-06-20", "2026-06-25", "2026-06-27", "2026-06-28"}
        source = open_local_source(path)
        try:
            assert_same_everywhere(source)
            refresh_store(engine, TODAY)
            assert dirty_days(engine) == []
            assert_same_everywhere(source)
        finally:
            source.close()
    finally:
        engine.dispose()


# -- the central PostgreSQL database --------------------------------------------------------
pg = pytest.mark.postgres


@pytest.fixture
def central_year(central_url: URL) -> Iterator[Engine]:
    load_central(central_url, UNITS)  # COPY: row triggers fire as for any insert
    engine = create_engine(central_url)
    yield engine
    engine.dispose()


def _central_changes(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text(
            "UPDATE receipts SET status = 'voided', voided_at = completed_at, void_reason = 'x' "
            "WHERE id = (SELECT receipt_id FROM inspections WHERE desk_id = 'DOCK-03' "
            "AND inspected_at >= '2026-06-10' ORDER BY inspected_at LIMIT 1)"
        ))  # fmt: skip
        conn.execute(text(
            "UPDATE inspections SET withdrawn_at = inspected_at + interval '1 minute' "
            "WHERE unit_id = (SELECT unit_id FROM inspections WHERE inspected_at >= "
            "'2026-06-20' AND withdrawn_at IS NULL ORDER BY inspected_at LIMIT 1)"
        ))  # fmt: skip
        conn.execute(text(
            "UPDATE inspections SET override_disposition = 'recycle', override_by = 'U-03-S', "
            "override_at = inspected_at WHERE unit_id = (SELECT unit_id FROM inspections "
            "WHERE inspected_at >= '2026-06-25' AND override_disposition IS NULL "
            "ORDER BY inspected_at LIMIT 1)"
        ))  # fmt: skip
        conn.execute(text("DELETE FROM audit_entries WHERE id = (SELECT id FROM audit_entries "
                          "WHERE at >= '2026-06-26' ORDER BY at LIMIT 1)"))  # fmt: skip


@pg
def test_a_central_year_from_the_rollups_equals_the_raw_count(
    central_year: Engine, central_url: URL, tmp_path: Path
) -> None:
    engine = central_year
    url = central_url.render_as_string(hide_password=False)
    config = StationConfig(station_id="DOCK-01", data_dir=tmp_path, log_dir=tmp_path / "logs")
    assert len(dirty_days(engine)) > 300
    source = source_for_engine(engine)
    before = assert_same_everywhere(source)
    assert refresh_central(engine, TODAY) > 300
    assert dirty_days(engine) == []
    assert assert_same_everywhere(source) == before > UNITS
    _central_changes(engine)
    assert {"2026-06-20", "2026-06-25", "2026-06-26"} <= set(dirty_days(engine))
    assert_same_everywhere(source)
    out = io.StringIO()  # the daily job: the command line over the central database
    assert report_cli(["--refresh-rollups", "--central-url", url], config, out) == 0
    assert " of report roll-ups recomputed" in out.getvalue()
    assert dirty_days(engine) == []
    assert_same_everywhere(source)


# -- the desk's own write paths and its refresher -----------------------------------------
def test_a_shift_played_through_the_desk_reads_the_same_from_rollups(tmp_path: Path) -> None:
    """The known night shift (opens, scans, grades, overrides, undos, cancels, voids,
    set-asides, reprints through the real use cases) marks its days in the transactions
    that wrote it; after the refresher's round, a week around it comes from the roll-ups
    for its whole UTC days and equals the raw count."""
    with night_shift_store(tmp_path) as (services, _played):
        engine = services.engine
        marked = set(dirty_days(engine))
        assert {"2026-03-28", "2026-03-29"} <= marked
        refresher = RollupRefresher(engine, lambda: date(2026, 4, 5), every_s=3600, first_after_s=0)
        refresher.start()
        try:
            wait_until(lambda: not dirty_days(engine), timeout=60)
        finally:
            refresher.stop()
        week = ReportFilter(day_period(date(2026, 3, 25), date(2026, 3, 31), TZ))
        source = open_local_source(services.config.database_path)
        try:
            assert isinstance(source, RollupReportSource)
            assert {p.start.date() for p in source._plan(week, CancelToken()).raw} <= {
                date(2026, 3, 24),  # the local week starts at 23:00 UTC the day before
                date(2026, 3, 31),
            }
            raw = SqlReportSource(engine, source.facts, source.label, owns_engine=False)
            for f in (week, replace(week, clerk=ANA), replace(week, station=STATION)):
                got, want = report(source, f, TZ), report(raw, f, TZ)
                assert got.tables == want.tables and got.trend == want.trend
                assert got.previous_summary == want.previous_summary
            assert report(source, week, TZ).figure("Units inspected")
        finally:
            source.close()
