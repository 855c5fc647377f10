"""Shift reports on a year of a busy dock: 1,000,000 inspections (benchmarks/reports_data.py)
in a desk's SQLite store and in the central PostgreSQL database, each report timed beside a
plain `SELECT count(*) FROM inspections` (a full scan of the same table) in the same run.

    .venv/bin/python benchmarks/reports.py [--units 1000000] [--url ADMIN_URL] [--keep DIR]

Figures: the shift report (every table of it: 16 queries), its PDF, a drill-down,
a month and the whole year (long reports: why they show progress and can be cancelled).
Central: as migrated (the report's time-range indexes come with central migration c0002).
`--keep DIR` keeps the SQLite store there and reuses it on the next run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
from reports_load import load_central, load_sqlite  # benchmarks/ (the script's folder)
from sqlalchemy import create_engine, make_url, text

from receiving_desk.adapters.central import migrate as central_migrate
from receiving_desk.adapters.reports import SqlReportSource, open_local_source, source_for_engine
from receiving_desk.adapters.reports.pdf import render_report_pdf
from receiving_desk.adapters.rollups.refresh import refresh_central, refresh_store
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.domain.shifts import DEFAULT_SHIFTS, day_period
from receiving_desk.domain.users import Role, Session
from receiving_desk.services.reports import Drill, ReportFilter, drill_down, run_report

TZ = ZoneInfo("Europe/Berlin")
SHIFT = DEFAULT_SHIFTS[1].period_on(date(2026, 6, 15), TZ)  # the late shift, mid-year
RANGES = (
    ("shift over midnight (night 2026-03-28, spring DST)",
     DEFAULT_SHIFTS[2].period_on(date(2026, 3, 28), TZ)),
    ("day (2026-06-15)", day_period(date(2026, 6, 15), date(2026, 6, 15), TZ)),
    ("month (June)", day_period(date(2026, 6, 1), date(2026, 6, 30), TZ)),
    ("whole year", day_period(date(2025, 11, 22), date(2026, 11, 21), TZ)),
)  # fmt: skip
PAGE = 100  # returns per drill-down page
SESSION = Session("bench", "bench", Role.SUPERVISOR, "DOCK-01", SHIFT.end)


def timed(fn: Callable[[], Any], runs: int = 5) -> tuple[float, float, Any]:
    """(first run, median of the runs after it) in seconds, and the last result."""
    times, result = [], None
    for _ in range(runs + 1):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return times[0], statistics.median(times[1:]), result


def say(line: str) -> None:
    """A figure with the machine's load average when it was taken."""
    load = " ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"{line}  [load average {load}]", flush=True)


def measure(label: str, source: Any, count: Callable[[], Any], scan: Callable[[], Any]) -> None:
    def report(f: ReportFilter) -> Any:
        return run_report(SESSION, source, f, site="Bench", scope="bench",
                          timezone="Europe/Berlin", now=SHIFT.end)  # fmt: skip

    say(f"\n{label}")
    first, warm, n = timed(count)
    say(f"  baseline SELECT count(*) FROM inspections ({n:,}): {first:.3f} s first, "
          f"{warm:.3f} s median")  # fmt: skip
    first, warm, _ = timed(scan)
    say(f"  baseline SELECT sum(refund_percent) FROM inspections (reads every row): "
          f"{first:.3f} s first, {warm:.3f} s median")  # fmt: skip
    first, warm, shift = timed(lambda: report(ReportFilter(SHIFT)))
    units = shift.figure("Units inspected")
    say(f"  shift report ({units} units): {first:.3f} s first, {warm:.3f} s median")
    for name, f in (("one station", ReportFilter(SHIFT, station="DOCK-03")),
                    ("one clerk", ReportFilter(SHIFT, clerk="U-03-1"))):  # fmt: skip
        first, warm, _ = timed(lambda f=f: report(f))
        say(f"  shift report, {name}: {first:.3f} s first, {warm:.3f} s median")
    first, warm, rows = timed(
        lambda: drill_down(SESSION, source, ReportFilter(SHIFT), Drill("units"))
    )
    say(f"  drill-down 'units inspected' ({len(rows)} returns): {warm:.3f} s median")
    first, warm, pdf = timed(lambda: render_report_pdf(shift))
    say(f"  PDF of the shift report ({len(pdf) // 1024} KiB): {first:.3f} s first, "
          f"{warm:.3f} s median")  # fmt: skip
    for name, period in RANGES:
        first, warm, r = timed(lambda p=period: report(ReportFilter(p)), runs=3)
        say(f"  {name} report ({r.figure('Units inspected'):,} units): {first:.3f} s first, "
              f"{warm:.3f} s median")  # fmt: skip
    month = RANGES[2][1]
    first, warm, rows = timed(lambda: drill_down(SESSION, source, ReportFilter(month),
                                                 Drill("grade", "C")), runs=3)  # fmt: skip
    say(f"  drill-down 'grade C' over June ({len(rows)} returns): {first:.3f} s first, "
          f"{warm:.3f} s median")  # fmt: skip
    for offset in (0, 8000):
        first, warm, rows = timed(lambda o=offset: drill_down(
            SESSION, source, ReportFilter(month), Drill("grade", "C"), limit=PAGE, offset=o),
            runs=3)  # fmt: skip
        say(f"  drill-down 'grade C' over June, a page of {len(rows)} from return {offset}: "
              f"{first:.3f} s first, {warm:.3f} s median")  # fmt: skip
    for name, f in (("one station", ReportFilter(RANGES[3][1], station="DOCK-03")),
                    ("one clerk", ReportFilter(RANGES[3][1], clerk="U-03-1"))):  # fmt: skip
        first, warm, _ = timed(lambda f=f: report(f), runs=3)
        say(f"  whole year, {name}: {first:.3f} s first, {warm:.3f} s median")
    raw = SqlReportSource(source.engine, source.facts, source.label, owns_engine=False)
    started = time.perf_counter()
    r = run_report(SESSION, raw, ReportFilter(month), site="Bench", scope="bench",
                   timezone="Europe/Berlin", now=SHIFT.end)  # fmt: skip
    say(
        f"  month (June) from the raw rows alone, as before the roll-ups "
        f"({r.figure('Units inspected'):,} units): {time.perf_counter() - started:.2f} s"
    )


def baselines(engine: Any) -> tuple[Callable[[], Any], Callable[[], Any]]:
    def query(sql: str) -> Callable[[], Any]:
        def run() -> Any:
            with engine.connect() as conn:
                return conn.execute(text(sql)).scalar_one()

        return run

    return query("SELECT count(*) FROM inspections"), query(
        "SELECT sum(refund_percent) FROM inspections"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--units", type=int, default=1_000_000)
    parser.add_argument("--url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the SQLite store here")
    parser.add_argument("--keep-central", metavar="NAME",
                        help="keep (and reuse) the central database of this name")  # fmt: skip
    parser.add_argument("--skip-central", action="store_true")
    parser.add_argument("--skip-local", action="store_true")
    args = parser.parse_args()
    if not args.skip_local:
        measure_local(args)
    if not args.skip_central:
        measure_central(args)


def measure_local(args: argparse.Namespace) -> None:
    folder = args.keep or Path(tempfile.mkdtemp(prefix="rd-report-bench-"))
    path = folder / f"desk-{args.units}.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        load_sqlite(path, args.units)
        print(f"SQLite store built: {time.perf_counter() - started:.0f} s, "
              f"{path.stat().st_size // 2**20} MiB")  # fmt: skip
    engine = create_store_engine(path)
    migrate.upgrade(engine)  # a store kept from before the roll-ups gets them (all days dirty)
    started = time.perf_counter()
    days = refresh_store(engine)
    say(f"SQLite roll-ups refreshed: {days} dirty days in {time.perf_counter() - started:.1f} s")
    engine.dispose()
    local = open_local_source(path)

    measure("SQLite, the desk's local store", local, *baselines(local.engine))
    local.close()


def measure_central(args: argparse.Namespace) -> None:
    admin = make_url(args.url)
    name = args.keep_central or f"rd_report_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin.set(drivername="postgresql").render_as_string(False),
                         autocommit=True) as db:  # fmt: skip
        exists = db.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            db.execute(f'CREATE DATABASE "{name}"')
    try:
        url = admin.set(database=name)
        if not exists:
            started = time.perf_counter()
            load_central(url, args.units, bulk=True)
            print(f"\ncentral database built (COPY): {time.perf_counter() - started:.0f} s")
        engine = create_engine(url)
        central_migrate.upgrade(engine)  # a kept database gets what came since
        started = time.perf_counter()
        days = refresh_central(engine)
        say(f"central roll-ups refreshed: {days} dirty days in "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip
        central = source_for_engine(engine, owns_engine=True)

        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))  # fresh statistics, as autovacuum would leave them
        measure("PostgreSQL central, as migrated", central, *baselines(engine))
        central.close()
    finally:
        if not args.keep_central:
            with psycopg.connect(admin.set(drivername="postgresql").render_as_string(False),
                                 autocommit=True) as db:  # fmt: skip
                db.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
