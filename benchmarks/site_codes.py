"""The site-code check: what reading the site's own codes back through the interpreter costs.

At start: every bin, badge and open RMA of a migrated store holding `--bins` bins (half of
them also products' home bins), `--badges` users and `--rmas` open RMAs. In a pull: the rows
it fetched, here a first pull of the same bins, badges and RMAs (checked before the rows are
applied, outside the store's write transaction). Baseline in the same run: one `re.fullmatch` of the
kind's own pattern per code (SELECTs included at start): what a check that only asked "does
the pattern match?" costs; the desk's also asks whether the scan would be read as that kind
at each step it is scanned.

    .venv/bin/python benchmarks/site_codes.py [--bins 5000] [--badges 500] [--rmas 20000]
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine, insert, select

from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.adapters.store.site_codes import (
    check_pulled_codes,
    check_store_codes,
    pulled_codes,
    stored_codes,
)
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.barcodes.site_codes import CodeKind, pattern_of


def fill(engine: Engine, bins: int, badges: int, rmas: int) -> None:
    codes = [f"BIN-{chr(65 + i % 26)}-{i // 26 % 100:02d}-{i // 2600:02d}" for i in range(bins)]
    with engine.begin() as conn:
        conn.execute(
            insert(t.locations), [{"code": c, "zone": "sellable", "description": ""} for c in codes]
        )
        conn.execute(
            insert(t.users),
            [
                {"id": f"U{i}", "badge": f"BADGE-U{i:05d}", "name": "x", "role": "clerk",
                 "pin_hash": "x", "active": True, "failed_logins": 0}
                for i in range(badges)
            ],
        )  # fmt: skip
        conn.execute(
            insert(t.products),
            [
                {"sku": f"SKU{i}", "description": "x", "category": "home", "unit_value_cents": 1,
                 "home_bin": codes[i * 2]}
                for i in range(bins // 2)
            ],
        )  # fmt: skip
        conn.execute(insert(t.customers), [{"id": "C1", "name": "x", "tier": "standard"}])
        conn.execute(
            insert(t.rmas),
            [{"rma_number": f"RMA-2026-{i:06d}", "order_number": f"SO{i}", "customer_id": "C1",
              "order_date": date(2026, 11, 1), "delivered_at": datetime(2026, 11, 3, tzinfo=UTC),
              "status": "open"} for i in range(rmas)],
        )  # fmt: skip


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bins", type=int, default=5000)
    parser.add_argument("--badges", type=int, default=500)
    parser.add_argument("--rmas", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    patterns = DeskPatterns()
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_store_engine(Path(tmp) / "desk.sqlite3")
        migrate.upgrade(engine)
        fill(engine, args.bins, args.badges, args.rmas)
        with engine.connect() as conn:
            stored = stored_codes(conn)
            rows = {
                "locations": [{"code": c} for c in stored[CodeKind.BIN]],
                "users": [{"badge": b} for b in stored[CodeKind.BADGE]],
                "rmas": [
                    {"rma_number": r, "status": "open"}
                    for r in conn.execute(select(t.rmas.c.rma_number)).scalars()
                ],
            }

        def matched(codes: dict[CodeKind, list[str]]) -> None:
            for kind, found in codes.items():
                regex = re.compile(pattern_of(kind, patterns))
                all(regex.fullmatch(c) for c in found)

        def start_baseline() -> None:
            with engine.connect() as conn:
                matched(stored_codes(conn))

        def start_check() -> None:
            with engine.connect() as conn:
                check_store_codes(conn, patterns, "benchmark")

        def pull_check() -> None:
            check_pulled_codes(rows, patterns, "benchmark")

        figures = {
            "start": (timed(start_baseline, args.runs), timed(start_check, args.runs)),
            "pull": (
                timed(lambda: matched(pulled_codes(rows)), args.runs),
                timed(pull_check, args.runs),
            ),
        }
        engine.dispose()
    at_start = sum(len(v) for v in stored.values())
    in_pull = sum(len(v) for v in pulled_codes(rows).values())
    for name, count in (("start", at_start), ("pull", in_pull)):
        base, full = (statistics.median(x) for x in figures[name])
        print(f"{name}: {count} codes")
        for label, took in (("baseline re.fullmatch", base), ("site-code check", full)):
            per_code = took / count * 1e6
            print(f"  {label:22} median {took * 1000:8.1f} ms  {per_code:6.1f} µs/code")
        print(f"  ratio check / baseline {full / base:.1f}")


if __name__ == "__main__":
    main()
