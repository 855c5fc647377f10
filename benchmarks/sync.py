"""Push 100,000 inspections to PostgreSQL, beside two baselines measured in the same run on
the same rows: a plain per-row ORM insert (one commit per row, the naive sync) and PostgreSQL
COPY into a table like `inspections` (the floor of what is possible).

    .venv/bin/python benchmarks/sync.py [--rows 100000] [--per-row 3000] [--url URL]

Two push figures:
- "central push": the rows in hand, as for the baselines: CentralPusher.push per batch, as a
  desk role made by `central role-sql` (COPY into the server-made staging table, then the
  server's merge function: ownership checks, INSERT ... ON CONFLICT, heartbeat; one
  transaction per batch), into a new central database.
- "end to end": SyncRunner.push_all from the desk's SQLite outbox: read each batch and decode
  its typed events (the next batch read and decoded ahead), push it, mark it sent after the
  central commit, into a second new central database (new rows, as a backlog meets central).
Also printed: the desk side alone (read the outbox, decode the events, map them to rows),
in CPU time of its thread per message.
The URL is an admin URL of a server where a scratch database may be created (default: the
local server); the scratch databases are dropped at the end.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Column, Table, create_engine, insert, make_url
from sqlalchemy.orm import Session, registry

from receiving_desk.adapters.central import local_state, migrate, schema
from receiving_desk.adapters.central.messages import INSPECTION_COLUMNS, CentralBatch
from receiving_desk.adapters.central.push import CentralPusher
from receiving_desk.adapters.central.roles import desk_role_sql
from receiving_desk.adapters.central.runner import SyncRunner, central_batch
from receiving_desk.adapters.event_codec import serialise
from receiving_desk.adapters.store import migrate as store_migrate
from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.domain.events import UnitInspected
from receiving_desk.domain.receipt import MatchStatus
from receiving_desk.domain.rules_model import Disposition, Refund, RefundKind
from receiving_desk.services.clock import SystemClock

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
JSON_COLUMNS = frozenset({"condition_codes", "checklist", "photos", "notes"})


def make_outbox(engine: Any, rows: int) -> None:
    """A desk store holding `rows` inspected units (two per receipt), all unsent: each unit
    with its rows and its unit.inspected event, serialised as the desk writes it."""
    start = datetime(2026, 11, 20, 8, tzinfo=UTC)
    receipts, units, inspections, outbox = [], [], [], []
    for n in range(rows):
        at = start + timedelta(seconds=n)
        if n % 2 == 0:
            rid = str(uuid.uuid4())
            receipts.append(
                {
                    "id": rid,
                    "rma_number": f"RMA-B-{n // 2:07d}",
                    "station_id": "BENCH",
                    "opened_by": "U-1",
                    "opened_at": at,
                    "scanned_code": "x",
                    "status": "open",
                }
            )
        uid = str(uuid.uuid4())
        units.append(
            {
                "id": uid,
                "receipt_id": rid,
                "seq": n % 2 + 1,
                "scanned_code": "9506000000018",
                "sku": "EL-00001",
                "gtin14": "09506000000018",
                "line_no": 1,
                "match": "matched",
                "scanned_at": at,
                "scanned_by": "U-1",
            }
        )
        inspections.append(
            {
                "unit_id": uid,
                "grade": "B",
                "condition_codes": ["SCUFF"],
                "note": "",
                "inspector_id": "U-1",
                "inspected_at": at,
                "disposition": "refurbish",
                "rule_id": "R7",
                "rule_version": "2026.11-1",
                "why": "grade B",
            }
        )
        event = serialise(
            UnitInspected(
                receipt_id=rid,
                unit_id=uid,
                rma_number=f"RMA-B-{n // 2:07d}",
                unit_seq=n % 2 + 1,
                sku="EL-00001",
                gtin14="09506000000018",
                line_no=1,
                match=MatchStatus.MATCHED,
                scanned_code="9506000000018",
                serial=None,
                scanned_at=at,
                scanned_by="U-1",
                grade="B",
                condition_codes=("SCUFF",),
                note="",
                checklist=(("powers_on", True), ("seal_intact", False)),
                photos=(),
                disposition=Disposition.REFURBISH,
                returns_to_stock=False,
                refund=Refund(RefundKind.PARTIAL, 80),
                return_window="inside",
                rule_id="R7",
                rule_version="2026.11-1",
                why="grade B",
                notes=(),
                inspector_id="U-1",
                inspected_at=at,
                lpn=f"LPN{n:08d}",
                destination="R-01-01",
                weighed_grams=400 + n % 300,  # every unit weighed (c0014: a column)
            )
        )
        outbox.append(
            {
                "id": str(uuid.uuid4()),
                "seq": n + 1,
                "created_at": at,
                "topic": event.topic,
                "version": event.version,
                "key": event.key,
                "payload": json.loads(event.text),
            }
        )
    with engine.begin() as conn:
        for table, data in (
            (t.receipts, receipts),
            (t.received_units, units),
            (t.inspections, inspections),
            (t.outbox, outbox),
        ):
            conn.execute(insert(table), data)


def local_batches(engine: Any, size: int) -> list[CentralBatch]:
    """The outbox as the push sends it: batches of central rows (events decoded, mapped)."""
    batches, after = [], 0
    while (local := local_state.read_batch(engine, after, size)) is not None:
        batches.append(central_batch("BENCH", local))
        after = local.last_seq
    return batches


def central_push(central: Any, batches: list[CentralBatch]) -> float:
    pusher = CentralPusher(central, "BENCH", str(uuid.uuid4()), "bench")
    started = time.perf_counter()
    for batch in batches:
        pusher.push(batch)
    return sum(b.messages for b in batches) / (time.perf_counter() - started)


def per_row_orm(url: Any, rows: list[tuple[Any, ...]]) -> float:
    """The naive sync: an ORM object per row, one INSERT and commit each."""
    engine = create_engine(url)
    mapper = registry()
    columns = [Column(c.name, c.type, primary_key=c.primary_key) for c in schema.inspections.c]
    table = Table("bench_orm", mapper.metadata, *columns)

    class Row:
        pass

    mapper.map_imperatively(Row, table)
    mapper.metadata.create_all(engine)
    started = time.perf_counter()
    with Session(engine) as session:
        for values in rows:
            row = Row()
            for column, value in zip(INSPECTION_COLUMNS, values, strict=True):
                decode = column in JSON_COLUMNS and isinstance(value, str)
                setattr(row, column, json.loads(value) if decode else value)
            session.add(row)
            session.commit()
    elapsed = time.perf_counter() - started
    engine.dispose()
    return len(rows) / elapsed


def copy_baseline(conninfo: str, rows: list[tuple[Any, ...]]) -> float:
    with psycopg.connect(conninfo) as conn:
        conn.execute("CREATE TABLE bench_copy (LIKE inspections INCLUDING ALL)")
        conn.commit()
        started = time.perf_counter()
        statement = f"COPY bench_copy ({', '.join(INSPECTION_COLUMNS)}) FROM STDIN"
        with conn.cursor().copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
        conn.commit()
        return len(rows) / (time.perf_counter() - started)


class Central:
    """A scratch central database, migrated, with a desk role made by `central role-sql`."""

    def __init__(self, admin: Any) -> None:
        self.name = f"rd_bench_{uuid.uuid4().hex[:8]}"
        self.libpq = admin.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(self.libpq, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.name}"')
        url = admin.set(database=self.name)
        self.engine = create_engine(url)
        self.group, self.login = f"{self.name}_desks", f"{self.name}_desk"
        migrate.upgrade(self.engine)
        # The pushes run as a desk role: row-level security, staging and the server's merge
        # function all in the path, as at a real dock.
        self.db_libpq = url.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(self.db_libpq, autocommit=True) as conn:
            for statement in desk_role_sql(self.group, self.name, self.login, "BENCH", "BENCH"):
                conn.execute(statement)
        self.url = url
        self.as_desk = create_engine(url.set(username=self.login, password=None))

    def drop(self) -> None:
        self.engine.dispose()
        self.as_desk.dispose()
        with psycopg.connect(self.libpq, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{self.name}" WITH (FORCE)')
            for role in (self.login, self.group):  # roles are cluster-wide
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--per-row", type=int, default=3_000, help="rows for the slow baseline")
    parser.add_argument("--batch", type=int, default=1000, help="push batch size (the default)")
    parser.add_argument("--url", default=DEFAULT_URL)
    args = parser.parse_args()
    admin = make_url(args.url).set(drivername="postgresql+psycopg")
    # Each push figure into a central of its own, as a desk's backlog meets it: new rows (the
    # same messages pushed twice would time the re-send path, which central makes no-ops).
    first, second = Central(admin), Central(admin)
    with tempfile.TemporaryDirectory() as tmp:
        local = create_store_engine(Path(tmp) / "desk.sqlite3")
        try:
            store_migrate.upgrade(local)
            make_outbox(local, args.rows)
            cpu = time.thread_time()
            batches = local_batches(local, args.batch)
            desk_us = (time.thread_time() - cpu) / args.rows * 1e6
            rows = [row for batch in batches for row in batch.inspections]
            central_rate = central_push(first.as_desk, batches)
            runner = SyncRunner(local, second.as_desk, "BENCH", SystemClock(), args.batch)
            started = time.perf_counter()
            pushed = runner.push_all()
            push_rate = pushed / (time.perf_counter() - started)
            assert pushed == args.rows and local_state.backlog(local).count == 0
            copy_rate = copy_baseline(first.db_libpq, rows)
            orm_rate = per_row_orm(first.url, rows[: args.per_row])
        finally:
            local.dispose()
            first.drop()
            second.drop()
    print(f"rows: {args.rows:,} inspections (per-row baseline on the first {args.per_row:,})")
    print(f"central push, batches of {args.batch}:      {central_rate:10,.0f} rows/s")
    print(f"end to end from the SQLite outbox:     {push_rate:10,.0f} rows/s")
    print(f"baseline COPY of the same rows:        {copy_rate:10,.0f} rows/s")
    print(f"baseline per-row ORM insert + commit:  {orm_rate:10,.0f} rows/s")
    print(f"desk side (read, decode, map), CPU:  {desk_us:10.1f} us/message")
    for label, rate in (("central push", central_rate), ("end to end", push_rate)):
        print(f"{label}: {rate / copy_rate:.2f} x COPY, {rate / orm_rate:.1f} x per-row ORM")


if __name__ == "__main__":
    main()
