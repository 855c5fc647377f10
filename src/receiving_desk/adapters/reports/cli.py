"""`receiving-desk report`: a shift or date-range report as PDF or CSV, from the desk's local
store or from the central database (every desk).

    receiving-desk report --shift night [--date 2026-03-28] --format pdf --out night.pdf
    receiving-desk report --from 2026-03-01 --to 2026-03-31 --clerk "Ana Lima" --format csv \\
        --out march/ --central-url postgresql://reports@central/returns

The command line runs as whoever can read the store (file permissions) or log in to the
central database (its credentials): it reports as a supervisor. Ctrl+C cancels cleanly.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

from receiving_desk.adapters.reports import SqlReportSource, open_local_source, open_url_source
from receiving_desk.adapters.reports.csv_export import report_file_stem, write_report_zip
from receiving_desk.adapters.reports.pdf import render_report_pdf
from receiving_desk.adapters.reports.shift_config import load_shifts
from receiving_desk.counted import counted
from receiving_desk.domain.shifts import (
    Period,
    day_period,
    find_shift,
    latest_start,
    range_title,
    shift_title,
)
from receiving_desk.domain.users import Role, Session
from receiving_desk.services.reports import (
    CancelToken,
    Report,
    ReportCancelled,
    ReportFilter,
    format_value,
    run_report,
)

HEADLINES = ("Parcels received", "Units inspected", "Units per clerk-hour",
             "Value returned to stock", "Returns flagged", "Sync backlog")  # fmt: skip


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="receiving-desk report",
        description="A shift or date-range report as PDF or CSV, from the local store or "
        "the central database (all desks).",
    )
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--shift", help="a configured shift's name (default shifts: early, late, night)"
    )
    what.add_argument("--from", dest="start", help="YYYY-MM-DD or YYYY-MM-DDTHH:MM (site time)")
    what.add_argument(
        "--refresh-rollups", action="store_true",
        help="recompute the daily roll-ups of past days changed since (run daily centrally)",
    )  # fmt: skip
    parser.add_argument("--date", help="the shift's start date, YYYY-MM-DD (default: its latest)")
    parser.add_argument("--to", dest="end", help="YYYY-MM-DD (inclusive) or YYYY-MM-DDTHH:MM")
    parser.add_argument("--station", help="only this station (desk id)")
    parser.add_argument("--clerk", help="only this clerk (user id or name)")
    parser.add_argument("--format", choices=("pdf", "csv"))
    parser.add_argument(
        "--out", type=Path, help="the PDF file or the ZIP of CSV files (or a folder for it)"
    )
    central = parser.add_mutually_exclusive_group()
    central.add_argument("--central-url", help="report over all desks from this database URL")
    central.add_argument("--central", action="store_true", help="use the station's [central] URL")
    return parser  # fmt: skip


def _period(args: argparse.Namespace, config: Any) -> tuple[Period, str]:
    """(period, title) from the arguments, in the site's time zone."""
    tz = config.tz
    if args.shift:
        shift = find_shift(load_shifts(config), args.shift)
        day = date.fromisoformat(args.date) if args.date else latest_start(
            shift, datetime.now(UTC), tz)  # fmt: skip
        return shift.period_on(day, tz), shift_title(shift, day)
    if args.date or not args.end:
        raise ValueError("--from needs --to (and no --date)")
    if "T" in args.start or "T" in args.end:
        local = [datetime.fromisoformat(v).replace(tzinfo=tz) for v in (args.start, args.end)]
        period = Period(*(moment.astimezone(UTC) for moment in local))
    else:
        period = day_period(date.fromisoformat(args.start), date.fromisoformat(args.end), tz)
    return period, range_title(period, tz)


def _source(args: argparse.Namespace, config: Any) -> SqlReportSource:
    if args.central_url:
        return open_url_source(args.central_url)
    if args.central:
        from receiving_desk.adapters.central.connection import build_url

        url = build_url(config.central, config.station_id)
        return open_url_source(url.render_as_string(hide_password=False))
    return open_local_source(config.database_path)


def _clerk(source: SqlReportSource, wanted: str | None) -> str | None:
    if not wanted:
        return None
    for user_id, name in source.known_clerks():
        if wanted in (user_id, name) or wanted.casefold() == name.casefold():
            return user_id
    raise ValueError(f"no user {wanted!r}")


def _run(build: Any, err: TextIO, token: CancelToken) -> Report:
    """The report on a worker thread, so Ctrl+C here can cancel the query it is running."""
    with ThreadPoolExecutor(1, thread_name_prefix="report") as pool:
        future = pool.submit(build)
        try:
            while True:
                try:
                    return future.result(timeout=0.2)  # type: ignore[no-any-return]
                except TimeoutError:
                    continue
        except KeyboardInterrupt:
            print("cancelling…", file=err)
            token.cancel()
            future.exception()
            raise ReportCancelled from None


def _refresh_rollups(args: argparse.Namespace, config: Any, out: TextIO) -> int:
    from receiving_desk.adapters.rollups.refresh import refresh_central, refresh_store

    if args.central or args.central_url:
        source = _source(args, config)
        try:
            days = refresh_central(source.engine)
        finally:
            source.close()
    else:  # the desk's store, written (reports read it through a read-only connection)
        from receiving_desk.adapters.store.engine import create_store_engine

        engine = create_store_engine(config.database_path)
        try:
            days = refresh_store(engine)
        finally:
            engine.dispose()
    print(f"{counted(days, 'day')} of report roll-ups recomputed", file=out)
    return 0


def report_cli(
    argv: list[str], config: Any, out: TextIO = sys.stdout, err: TextIO = sys.stderr
) -> int:
    args = _parser().parse_args(argv)
    if args.refresh_rollups:
        return _refresh_rollups(args, config, out)
    if not args.format:
        print("receiving-desk report: --format pdf or csv is needed", file=err)
        return 2
    try:
        period, title = _period(args, config)
        source = _source(args, config)
    except (ValueError, OSError) as exc:
        print(f"receiving-desk report: {exc}", file=err)
        return 2
    token = CancelToken()
    started = time.perf_counter()
    try:
        f = ReportFilter(period, args.station, _clerk(source, args.clerk))
        session = Session(f"cli:{getpass.getuser()}", getpass.getuser(), Role.SUPERVISOR,
                          config.station_id, datetime.now(UTC))  # fmt: skip

        def progress(done: int, total: int, step: str) -> None:
            if err.isatty():
                print(f"\r{done}/{total} {step:<12}", end="", file=err, flush=True)

        report = _run(lambda: run_report(
            session, source, f, site=config.site_name, scope=title,
            timezone=config.site_timezone, now=datetime.now(UTC), progress=progress,
            cancel=token, standalone=not args.central and not args.central_url
            and config.central.standalone, currency=config.currency,
            locale=config.number_locale), err, token)  # fmt: skip
    except ValueError as exc:
        print(f"receiving-desk report: {exc}", file=err)
        return 2
    except ReportCancelled:
        print("receiving-desk report: cancelled", file=err)
        return 130
    finally:
        source.close()
    suffix = ".pdf" if args.format == "pdf" else ".zip"
    target = args.out or Path(f"{report_file_stem(report)}{suffix}")
    if target.is_dir():  # a folder: the file in it, named after what the report covers
        target = target / f"{report_file_stem(report)}{suffix}"
    if args.format == "pdf":
        target.write_bytes(render_report_pdf(report))
    else:
        write_report_zip(report, target)
    written = [target]
    elapsed = time.perf_counter() - started
    print(f"{title} · {report.covers} · {report.source}", file=out)
    for label in HEADLINES:
        if any(row[0] == label for row in report.table("summary").rows):
            value = report.figure(label)
            print(f"  {label}: {format_value(value, report.currency, report.locale)}", file=out)
    print(
        f"{counted(len(written), 'file')} in {elapsed:.2f} s: {', '.join(map(str, written))}",
        file=out,
    )
    return 0
