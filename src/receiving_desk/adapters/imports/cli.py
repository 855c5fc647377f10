"""`receiving-desk import products|customers|rmas|bins FILE [--central-url URL] [--dry-run]
[--skip-bad-rows]`: reference data from a file into the local store, or into the central
database (whence every desk pulls it). cli.py dispatches here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from sqlalchemy import Engine, make_url
from sqlalchemy.exc import DBAPIError

from receiving_desk.adapters.central.connection import (
    DRIVER,
    create_central_engine,
    masked,
    scrub,
)
from receiving_desk.adapters.imports.targets import CentralTarget
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.adapters.store.uow import SqlUnitOfWork
from receiving_desk.config import StationConfig
from receiving_desk.counted import counted
from receiving_desk.domain.reference_rows import Kind
from receiving_desk.domain.rules_file import load_rules
from receiving_desk.services.base import new_id
from receiving_desk.services.clock import SystemClock
from receiving_desk.services.reference_import import (
    ImportAudit,
    ImportReport,
    ReferenceTarget,
    StoreTarget,
    import_file,
)


def print_report(report: ImportReport, target: str, out: TextIO, err: TextIO) -> None:
    for problem in report.problems:
        print(problem, file=err)
    what = f"{report.file}: {report.kind.value} ({report.format}), {report.rows} rows"
    if report.problems and not report.written and not report.skipped_lines:
        print(f"{what}: {counted(len(report.problems), 'problem')}, nothing imported", file=err)
        return
    if report.skipped_lines:
        lines = ", ".join(map(str, report.skipped_lines))
        print(
            f"{what}: skipped {counted(len(report.skipped_lines), 'bad row')} on lines {lines}",
            file=out,
        )
    if not report.written:
        print(f"{what}: {report.valid} valid, dry run: nothing written to {target}", file=out)
        return
    print(
        f"{what}: {report.valid} imported into {target}, {counted(report.changed, 'row')} changed",
        file=out,
    )


def run_import(
    args: argparse.Namespace,
    config: StationConfig,
    rules_path: Path,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    categories = load_rules(rules_path).categories
    engine: Engine
    target: ReferenceTarget
    if args.central_url:
        url = make_url(args.central_url).set(drivername=DRIVER)
        engine = create_central_engine(url)
        target = CentralTarget(engine)
    else:
        engine = create_store_engine(config.database_path)
        migrate.upgrade(engine)
        target = StoreTarget(lambda: SqlUnitOfWork(engine), str(config.database_path))
    try:
        report = import_file(
            args.file,
            Kind(args.kind),
            target,
            sorted(categories),
            dry_run=args.dry_run,
            skip_bad_rows=args.skip_bad_rows,
            audit=ImportAudit(
                new_id(), SystemClock().now(), config.station_id, None, str(args.file)
            ),
            patterns=config.patterns,  # a bin or RMA number the desk could not scan: refused
        )
    except DBAPIError as exc:
        print(f"receiving-desk: {masked(engine.url)}: {scrub(str(exc.orig), engine.url)}", file=err)
        return 1
    finally:
        engine.dispose()
    print_report(report, target.name, out, err)
    return 0 if report.ok else 1
