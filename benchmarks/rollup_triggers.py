"""What the roll-up triggers (store migration 0011) cost a desk's write: the same transactions
on two copies of one store, one with the triggers and one with them dropped, interleaved so
both see the same machine load.

Each transaction is what the desk's unit of work writes when a clerk grades the last unit
and completes a two-unit return (adapters/store/receipt_repository.py saves the whole
receipt): the receipt row updated, each unit updated and its inspection deleted and written
again, the flags rewritten, an audit entry, a restock label's print job; committed WAL,
synchronous=FULL, as the desk commits. Before it, the return was opened and scanned in its
own transaction (timed too). The stores hold a generated history (benchmarks/reports_data.py).

    PYTHONPATH=src .venv/bin/python benchmarks/rollup_triggers.py [--returns 1000] [--history 20000]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reports_load import load_sqlite  # benchmarks/ (the script's folder)

from receiving_desk.adapters.rollups.triggers import sqlite_drop

START = datetime(2026, 11, 23, 8, tzinfo=UTC)


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def open_return(db: sqlite3.Connection, n: int) -> tuple[str, list[str]]:
    rid, units, at = str(uuid.uuid4()), [str(uuid.uuid4()) for _ in range(2)], START
    at = START + timedelta(seconds=40 * n)
    db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT INTO receipts VALUES (?, NULL, 'DOCK-01', 'U-00-0', ?, 'x', 'open', "
               "NULL, NULL, NULL)", (rid, iso(at)))  # fmt: skip
    for seq, unit in enumerate(units, 1):
        db.execute("INSERT INTO received_units (id, receipt_id, seq, scanned_code, sku, match, "
                   "scanned_at, scanned_by, lpn) VALUES (?, ?, ?, 'x', 'SKU-00001', 'extra', ?, "
                   "'U-00-0', ?)", (unit, rid, seq, iso(at), f"B{n:08d}{seq}"))  # fmt: skip
    db.execute("COMMIT")
    return rid, units


def complete_return(db: sqlite3.Connection, n: int, rid: str, units: list[str]) -> None:
    at = iso(START + timedelta(seconds=40 * n + 30))
    db.execute("BEGIN IMMEDIATE")
    db.execute("UPDATE receipts SET rma_number = NULL, station_id = 'DOCK-01', status = "
               "'completed', completed_at = ?, completed_by = 'U-00-0' WHERE id = ?",
               (at, rid))  # fmt: skip
    for seq, unit in enumerate(units, 1):
        db.execute("UPDATE received_units SET checklist = '{}', lpn = ? WHERE id = ?",
                   (f"B{n:08d}{seq}", unit))  # fmt: skip
        db.execute("DELETE FROM inspections WHERE unit_id = ?", (unit,))
        db.execute(
            "INSERT INTO inspections (unit_id, grade, condition_codes, note, inspector_id, "
            "inspected_at, disposition, rule_id, rule_version, why, returns_to_stock, "
            "refund_kind, refund_percent, window) VALUES (?, 'A', '[]', '', 'U-00-0', ?, "
            "'restock_new', 'r', 'v', 'why', 1, 'full', 100, 'inside')", (unit, at))  # fmt: skip
    db.execute("DELETE FROM receipt_flags WHERE receipt_id = ?", (rid,))
    db.execute("INSERT INTO audit_log VALUES (?, ?, 'DOCK-01', 'U-00-0', 'return_completed', ?, "
               "'{}')", (str(uuid.uuid4()), at, rid))  # fmt: skip
    db.execute(
        "INSERT INTO print_jobs (id, seq, created_at, printer_url, format, dpi, template, "
        "label_key, label, state, attempts, in_doubt) VALUES (?, ?, ?, 'file:///l', 'zpl', "
        "203, 'restock-4x2', ?, '{}', 'queued', 0, 0)",
        (str(uuid.uuid4()), 10_000_000 + n, at, f"B{n:08d}1"),
    )
    db.execute("COMMIT")


def connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--returns", type=int, default=1000)
    parser.add_argument("--history", type=int, default=20_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="rd-rollup-triggers-"))
    with_triggers, without = folder / "with.sqlite3", folder / "without.sqlite3"
    load_sqlite(with_triggers, args.history)
    with sqlite3.connect(with_triggers) as src, sqlite3.connect(without) as dst:
        src.backup(dst)
    plain = connect(without)
    for statement in sqlite_drop():
        plain.execute(statement)
    dbs = {"with the roll-up triggers": connect(with_triggers), "without": plain}
    times: dict[str, dict[str, list[float]]] = {k: {"open": [], "complete": []} for k in dbs}
    for n in range(args.returns):
        for name, db in dbs.items():  # interleaved: the same load for both
            started = time.perf_counter()
            rid, units = open_return(db, n)
            opened = time.perf_counter()
            complete_return(db, n, rid, units)
            times[name]["open"].append(opened - started)
            times[name]["complete"].append(time.perf_counter() - opened)
    print(f"{args.returns} returns opened+scanned and completed (2 units each), "
          f"on a store of {args.history:,} generated units")  # fmt: skip
    for name, kinds in times.items():
        for kind, values in kinds.items():
            values.sort()
            p50 = statistics.median(values) * 1000
            p99 = values[int(len(values) * 0.99) - 1] * 1000
            print(f"  {name:27s} {kind:8s} p50 {p50:6.2f} ms  p99 {p99:6.2f} ms")
    for db in dbs.values():
        db.close()


if __name__ == "__main__":
    main()
