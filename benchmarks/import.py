"""Import 100,000 products and 100,000 RMA lines from CSV into the local store and into the
central database, each beside a plain bulk write of the same rows measured in the same run:
`executemany` of INSERTs into a fresh SQLite store, PostgreSQL COPY into a fresh central
database's tables. The import's figure includes reading the file, checking every row, and the
idempotent upsert; a second import of the same files (nothing changes) is timed too.

    .venv/bin/python benchmarks/import.py [--rows 100000] [--url URL]

The URL is an admin URL of a server where scratch databases may be created (default: the local
server); they are dropped at the end.
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import make_url

from receiving_desk.adapters.central import migrate
from receiving_desk.adapters.central.connection import create_central_engine
from receiving_desk.adapters.imports.rows import table_rows
from receiving_desk.adapters.imports.targets import CentralTarget
from receiving_desk.adapters.store import migrate as store_migrate
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.adapters.store.uow import SqlUnitOfWork
from receiving_desk.bootstrap import default_rules_path
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.barcodes.checkdigits import gs1_check_digit
from receiving_desk.domain.reference_codes import never, site_scannable
from receiving_desk.domain.reference_files import read_source
from receiving_desk.domain.reference_rows import Checker, Kind
from receiving_desk.domain.rules_file import load_rules
from receiving_desk.services.reference_import import ReferenceTarget, StoreTarget, import_file

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
CATEGORIES = ("electronics", "apparel", "home", "toys")
REASONS = ("defective", "size_fit", "changed_mind", "not_as_described")


def write_files(folder: Path, rows: int) -> dict[Kind, Path]:
    files = {
        kind: folder / f"{kind.value}.csv" for kind in (Kind.CUSTOMERS, Kind.PRODUCTS, Kind.RMAS)
    }
    with files[Kind.CUSTOMERS].open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["id", "name", "tier"])
        out.writerows(
            [f"C{n:06d}", f"Customer {n}", "gold" if n % 5 else "standard"] for n in range(1000)
        )
    with files[Kind.PRODUCTS].open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["sku", "description", "category", "unit_value", "home_bin", "gtins"])
        for n in range(rows):
            body = f"9506{n:08d}"
            out.writerow(
                [f"SKU-{n:07d}", f"Product {n}, blue", CATEGORIES[n % 4], f"{n % 500}.99",
                 f"BIN-{n % 300:03d}", body + str(gs1_check_digit(body))]
            )  # fmt: skip
    start = datetime(2026, 10, 1, tzinfo=UTC)
    with files[Kind.RMAS].open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(
            ["rma_number", "order_number", "customer_id", "order_date", "delivered_at", "line_no",
             "sku", "quantity", "reason", "reason_note", "serial", "tracking_numbers"]
        )  # fmt: skip
        for n in range(rows):
            rma, line_no = divmod(n, 2)
            delivered = start + timedelta(minutes=rma)
            number = f"RMA-{2026 + rma // 10**6}-{rma % 10**6:06d}"  # the site's RMA pattern
            out.writerow(
                [number, f"SO-{rma:07d}", f"C{rma % 1000:06d}",
                 (delivered - timedelta(days=3)).date().isoformat(), delivered.isoformat(),
                 line_no + 1, f"SKU-{(rma * 7 + line_no) % rows:07d}", 1, REASONS[n % 4], "",
                 "", f"TRK{rma:09d}" if line_no == 0 else ""]
            )  # fmt: skip
    return files


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def records(kind: Kind, path: Path) -> list[object]:
    source = read_source(path, kind)
    checker = Checker(CATEGORIES)
    return checker.check(kind, source.rows).records


def plain_sqlite(db: Path, parts: dict[Kind, list[Any]]) -> float:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys=ON")
    start = time.perf_counter()
    for kind in (Kind.CUSTOMERS, Kind.PRODUCTS, Kind.RMAS):
        with conn:
            for part in parts[kind]:
                names = ", ".join(part.columns)
                marks = ", ".join("?" for _ in part.columns)
                values = [tuple(_sqlite(r[c]) for c in part.columns) for r in part.rows]
                conn.executemany(f"INSERT INTO {part.table} ({names}) VALUES ({marks})", values)
    conn.close()
    return time.perf_counter() - start


def _sqlite(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    return value.isoformat() if hasattr(value, "isoformat") else value


def plain_copy(libpq: str, parts: dict[Kind, list[Any]]) -> float:
    with psycopg.connect(libpq) as conn:
        start = time.perf_counter()
        for kind in (Kind.CUSTOMERS, Kind.PRODUCTS, Kind.RMAS):
            for part in parts[kind]:
                names = ", ".join(part.columns)
                with conn.cursor().copy(f"COPY {part.table} ({names}) FROM STDIN") as copy:
                    for r in part.rows:
                        copy.write_row(tuple(r[c] for c in part.columns))
            conn.commit()
        return time.perf_counter() - start


def run_imports(
    target: ReferenceTarget, files: dict[Kind, Path], categories: list[str]
) -> dict[Kind, float]:
    times = {}
    for kind in (Kind.CUSTOMERS, Kind.PRODUCTS, Kind.RMAS):
        start = time.perf_counter()
        # as the command line imports: the site's codes (bins, RMA numbers) must scan
        report = import_file(files[kind], kind, target, categories, patterns=DeskPatterns())
        times[kind] = time.perf_counter() - start
        assert report.written and not report.problems, report.problems[:5]
    return times


def show(
    where: str, first: dict[Kind, float], again: dict[Kind, float], baseline: float, name: str
) -> None:
    for kind in (Kind.PRODUCTS, Kind.RMAS):
        print(
            f"{where:8} {kind.value:9} import {first[kind]:6.1f} s"
            f"   same file again {again[kind]:6.1f} s"
        )
    total = first[Kind.PRODUCTS] + first[Kind.RMAS] + first[Kind.CUSTOMERS]
    print(f"{where:8} all three files: import {total:6.1f} s   baseline {name} {baseline:6.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--url", default=DEFAULT_URL)
    args = parser.parse_args()
    categories = sorted(load_rules(default_rules_path()).categories)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = write_files(folder, args.rows)
        parts = {kind: table_rows(kind, records(kind, files[kind])) for kind in files}
        print(
            f"{args.rows:,} products (one GTIN each), {args.rows:,} RMA lines "
            f"({args.rows // 2:,} RMAs), 1,000 customers"
        )

        for kind in (Kind.PRODUCTS, Kind.RMAS):  # what the site-code check adds to the checks
            rows = read_source(files[kind], kind).rows
            took = []
            for scannable in (never, site_scannable(DeskPatterns())):
                start = time.perf_counter()
                checked = Checker(categories, scannable=scannable).check(kind, rows)
                took.append(time.perf_counter() - start)
                assert not checked.problems, checked.problems[:5]
            print(f"checks   {kind.value:9} with the site's codes {took[1]:6.2f} s"
                  f"   baseline without {took[0]:6.2f} s")  # fmt: skip

        engine = create_store_engine(folder / "import.sqlite3")
        store_migrate.upgrade(engine)
        local = StoreTarget(lambda: SqlUnitOfWork(engine))
        first = run_imports(local, files, categories)
        again = run_imports(local, files, categories)
        engine.dispose()
        baseline_engine = create_store_engine(folder / "plain.sqlite3")
        store_migrate.upgrade(baseline_engine)
        baseline_engine.dispose()
        show("local", first, again, plain_sqlite(folder / "plain.sqlite3", parts), "executemany")

        admin = make_url(args.url).set(drivername="postgresql+psycopg")
        libpq = admin.set(drivername="postgresql").render_as_string(hide_password=False)
        names = [f"rd_bench_import_{n}_{int(time.time())}" for n in (1, 2)]
        with psycopg.connect(libpq, autocommit=True) as conn:
            for name in names:
                conn.execute(f'CREATE DATABASE "{name}"')
        try:
            engines = [create_central_engine(admin.set(database=name)) for name in names]
            for e in engines:
                migrate.upgrade(e)
            central = CentralTarget(engines[0])
            first = run_imports(central, files, categories)
            again = run_imports(central, files, categories)
            plain_libpq = admin.set(drivername="postgresql", database=names[1])
            baseline = plain_copy(plain_libpq.render_as_string(hide_password=False), parts)
            show("central", first, again, baseline, "COPY")
            for e in engines:
                e.dispose()
        finally:
            with psycopg.connect(libpq, autocommit=True) as conn:
                for name in names:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
