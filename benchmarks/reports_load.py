"""Writing the generated year (reports_data.py) into a desk's SQLite store (plain sqlite3
executemany in one transaction) and into the central PostgreSQL schema (COPY)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import psycopg
from reports_data import EMPTY, PRODUCTS, STATIONS, Chunk, users, year
from sqlalchemy import create_engine

from receiving_desk.adapters.central import migrate as central_migrate
from receiving_desk.adapters.rollups.triggers import CENTRAL_ROWS, PG_RELATED
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store.engine import create_store_engine

# The days the loaded rows fall on (as central migration c0007 marks a database's existing rows).
EXISTING_DAYS = """
INSERT INTO rollup_dirty (day)
SELECT to_char(opened_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM receipts
UNION SELECT to_char(completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM receipts
    WHERE completed_at IS NOT NULL
UNION SELECT to_char(voided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM receipts
    WHERE voided_at IS NOT NULL
UNION SELECT to_char(inspected_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM inspections
UNION SELECT to_char(scanned_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM inspections
    WHERE scanned_at IS NOT NULL
UNION SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM audit_entries
ON CONFLICT DO NOTHING
"""

ROLLUP_TRIGGERED = (*(t for t, _ in CENTRAL_ROWS), *(t for t, _ in PG_RELATED))


def load_sqlite(path: Path, units: int) -> None:
    engine = create_store_engine(path)
    migrate.upgrade(engine)  # the desk's schema, report indexes included
    engine.dispose()
    db = sqlite3.connect(path)
    db.executescript("PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; BEGIN;")
    db.executemany("INSERT INTO users VALUES (?, ?, ?, 'clerk', 'x', 1, 0, NULL)",
                   [(u, u, name) for u, name in users()])  # fmt: skip
    db.executemany("INSERT INTO products (sku, description, category, unit_value_cents, "
                   "home_bin) VALUES (?, ?, ?, ?, 'BIN')", PRODUCTS)  # fmt: skip
    db.executemany("INSERT INTO customers VALUES (?, ?, 'standard')",
                   [(f"C{n:05d}", f"Customer {n}") for n in range(5000)])  # fmt: skip
    db.executemany("INSERT INTO outbox (id, seq, created_at, topic, key, payload, sent_at) "
                   "VALUES (?, ?, '2026-11-21T10:00:00.000000+00:00', 'x', 'k', '{}', ?)",
                   [(str(n), n, None if n > 99_800 else "2026-11-21T10:00:01.000000+00:00")
                    for n in range(100_000)])  # fmt: skip
    for chunk in year(units):
        _sqlite_chunk(db, chunk)
    db.commit()
    db.close()


def _sqlite_chunk(db: sqlite3.Connection, c: Chunk) -> None:
    db.executemany("INSERT INTO rmas VALUES (?, ?, ?, '2025-01-01', ?, 'received')",
                   [(r, r, cust, at) for r, cust, at in c.rmas])  # fmt: skip
    db.executemany("INSERT INTO rma_lines VALUES (?, ?, ?, 1, ?, '', NULL)", c.lines)
    db.executemany(
        "INSERT INTO receipts (id, rma_number, station_id, opened_by, opened_at, scanned_code, "
        "status, completed_at, completed_by, void_reason) VALUES (?, ?, ?, ?, ?, 'x', ?, ?, ?, ?)",
        [(r, rma, st, who, at, status, closed, closer, "wrong RMA" if status != "completed"
          else None) for r, rma, st, who, at, status, closed, closer in c.receipts],
    )  # fmt: skip
    db.executemany(
        "INSERT INTO received_units (id, receipt_id, seq, scanned_code, sku, line_no, match, "
        "scanned_at, scanned_by, lpn) VALUES (?, ?, ?, 'x', ?, ?, 'matched', ?, ?, ?)",
        [u[:8] for u in c.units],
    )
    db.executemany(
        "INSERT INTO inspections (unit_id, grade, condition_codes, note, inspector_id, "
        "inspected_at, disposition, rule_id, rule_version, why, returns_to_stock, refund_kind, "
        "refund_percent, window, override_disposition, override_reason, override_by, "
        "override_at) VALUES (?, ?, ?, '', ?, ?, ?, 'r', 'v', 'why', ?, ?, ?, ?, ?, ?, ?, ?)",
        [(u[0], u[8], EMPTY, u[6], u[9], u[10], u[11], u[12], u[13], u[14],
          *((u[15][0], "asked", u[15][1], u[15][2]) if u[15] else (None,) * 4))
         for u in c.units],
    )  # fmt: skip
    db.executemany("INSERT INTO receipt_flags (receipt_id, kind, evidence) VALUES (?, ?, '{}')",
                   [(r, kind) for r, _, kind in c.flags])  # fmt: skip
    db.executemany("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, '{}')", c.audit)
    db.executemany(
        "INSERT INTO print_jobs (id, seq, created_at, printer_url, format, dpi, template, "
        "label_key, label, state, attempts, in_doubt, reprint_of) "
        "VALUES (?, ?, ?, 'file:///labels', 'pdf', 203, 'restock-4x2', ?, '{}', 'done', 1, 0, ?)",
        c.jobs,
    )


def load_central(url: Any, units: int, bulk: bool = False) -> None:
    """`bulk`: the roll-up triggers off while COPYing, the loaded days marked after."""
    engine = create_engine(url)
    central_migrate.upgrade(engine)
    engine.dispose()
    with psycopg.connect(url.set(drivername="postgresql").render_as_string(False)) as db:
        # A bulk load: no roll-up trigger per COPied row (an rma_lines row's looks up the
        # RMA's inspections); the loaded days are marked dirty in one statement after.
        for table in ROLLUP_TRIGGERED if bulk else ():
            db.execute(f"ALTER TABLE {table} DISABLE TRIGGER rd_rollup_{table}")
        _copy(db, "users", ("id", "badge", "name", "role", "pin_hash"),
              [(u, u, name, "clerk", "x") for u, name in users()])  # fmt: skip
        _copy(db, "products", ("sku", "description", "category", "unit_value_cents", "home_bin"),
              [(*p, "BIN") for p in PRODUCTS])  # fmt: skip
        _copy(db, "customers", ("id", "name", "tier"),
              [(f"C{n:05d}", f"Customer {n}", "standard") for n in range(5000)])  # fmt: skip
        for chunk in year(units):
            _central_chunk(db, chunk)
        if bulk:
            for table in ROLLUP_TRIGGERED:
                db.execute(f"ALTER TABLE {table} ENABLE TRIGGER rd_rollup_{table}")
            db.execute(EXISTING_DAYS)
        db.commit()
        db.autocommit = True
        db.execute("VACUUM ANALYZE")


def _central_chunk(db: psycopg.Connection[Any], c: Chunk) -> None:
    _copy(
        db,
        "rmas",
        ("rma_number", "order_number", "customer_id", "order_date", "delivered_at", "status"),
        [(r, r, cust, "2025-01-01", at, "received") for r, cust, at in c.rmas],
    )
    _copy(
        db,
        "rma_lines",
        ("rma_number", "line_no", "sku", "quantity", "reason"),
        [(r, n, sku, 1, why) for r, n, sku, why in c.lines],
    )
    _copy(
        db,
        "receipts",
        (
            "id",
            "rma_number",
            "desk_id",
            "opened_by",
            "opened_at",
            "scanned_code",
            "status",
            "completed_at",
            "completed_by",
            "voided_at",
            "set_aside_at",
            "received_message_id",
        ),
        [
            (
                r,
                rma,
                st,
                who,
                at,
                "x",
                status,
                *(
                    (closed, closer, None, None)
                    if status == "completed"
                    else (None, None, closed, None)
                    if status == "voided"
                    else (None, None, None, closed)
                ),
                r,
            )
            for r, rma, st, who, at, status, closed, closer in c.receipts
        ],
    )
    _copy(
        db,
        "inspections",
        (
            "unit_id",
            "message_id",
            "receipt_id",
            "rma_number",
            "desk_id",
            "desk_seq",
            "unit_seq",
            "sku",
            "line_no",
            "match",
            "scanned_at",
            "scanned_by",
            "grade",
            "condition_codes",
            "note",
            "disposition",
            "rule_id",
            "rule_version",
            "inspector_id",
            "inspected_at",
            "return_window",
            "returns_to_stock",
            "refund_kind",
            "refund_percent",
            "override_disposition",
            "override_by",
            "override_at",
        ),
        [
            (
                u[0],
                u[0],
                u[1],
                u[16],
                STATIONS[u[17]],
                1,
                u[2],
                u[3],
                u[4],
                "matched",
                u[5],
                u[6],
                u[8],
                EMPTY,
                "",
                u[10],
                "r",
                "v",
                u[6],
                u[9],
                u[14],
                u[11],
                u[12],
                u[13],
                *((u[15][0], u[15][1], u[15][2]) if u[15] else (None,) * 3),
            )
            for u in c.units
        ],
    )
    _copy(
        db,
        "receipt_flags",
        ("receipt_id", "flag_no", "desk_id", "kind", "evidence"),
        [(r, n, "DOCK", kind, "{}") for r, n, kind in c.flags],
    )
    _copy(db, "audit_entries", ("id", "at", "desk_id", "user_id", "action", "subject",
                                "details"), [(*a, "{}") for a in c.audit])  # fmt: skip


def _copy(
    db: psycopg.Connection[Any], table: str, columns: tuple[str, ...], rows: list[Any]
) -> None:
    with db.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as cp:
        for row in rows:
            cp.write_row(row)
