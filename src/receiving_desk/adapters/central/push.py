"""Push one batch of desk messages into the central database, in one transaction.

First, in the batch's transaction, the event versions of the batch are checked against the
ones the central schema accepts (versions.py): a refused batch writes nothing.
Rows go up by COPY (the fast path) and are merged with plain SQL:
- Inspections are COPied straight into their table inside a savepoint; if any unit is
  already there (a re-send), the savepoint is rolled back and the batch goes through a temp
  staging table and INSERT ... SELECT ... ON CONFLICT instead. First deliveries, the common
  case, so cost one COPY.
- Everything else is COPied into temp staging tables (dropped at commit) and merged with
  INSERT ... ON CONFLICT DO NOTHING / UPDATE ... WHERE <not yet applied>, each RETURNING the
  messages it applied for the first time. Only those produce status events, so a re-sent
  message changes nothing (exactly-once effect over at-least-once delivery).
- Status events are numbered per return (RMA) from `return_event_heads`: an upsert adds the
  batch's count to the head row, which row-locks it until commit, so concurrent desks touching
  the same RMA take turns and the numbers stay gap-free; within the batch they follow the desk
  order (outbox seq). Heads are locked in key order, so two batches cannot deadlock on them;
  a deadlock or serialization failure anyway is retried as a whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg import sql
from sqlalchemy import Engine
from sqlalchemy.dialects import postgresql

from receiving_desk.adapters.central import messages as msg
from receiving_desk.adapters.central import schema, versions
from receiving_desk.adapters.central.messages import CentralBatch, Row

PhaseHook = Callable[
    [str, int], None
]  # (phase, backend pid): "merged" (before commit), "committed"
RETRIES = 3

_TEMP_TYPES = {
    "withdrawals": "unit_id uuid, message_id uuid, withdrawn_at timestamptz, withdrawn_by text",
    "completions": "receipt_id uuid, message_id uuid, completed_at timestamptz, completed_by text",
    "voids": "receipt_id uuid, message_id uuid, voided_at timestamptz, void_reason text",
    "set_asides": "receipt_id uuid, message_id uuid, set_aside_at timestamptz, "
    "set_aside_reason text",
    "overrides": "unit_id uuid, message_id uuid, override_desk_seq bigint, "
    "override_disposition text, override_reason text, override_by text, override_at timestamptz",
    "events": "message_id uuid, ordinal int, return_key text, desk_id text, desk_seq bigint, "
    "event_type text, at timestamptz, receipt_id uuid, payload jsonb",
}

_DIALECT = postgresql.dialect()  # type: ignore[no-untyped-call]
_TYPE_SQL = {
    (table.name, column.name): str(column.type.compile(dialect=_DIALECT))
    for table in schema.metadata.tables.values()
    for column in table.columns
}

_COMPLETE = """
UPDATE receipts r SET status = 'completed', completed_at = s.completed_at,
    completed_by = s.completed_by, completed_message_id = s.message_id
FROM s_completions s WHERE r.id = s.receipt_id AND r.completed_message_id IS NULL
RETURNING s.message_id::text"""
_VOID = """
UPDATE receipts r SET status = 'voided', voided_at = s.voided_at, void_reason = s.void_reason,
    voided_message_id = s.message_id
FROM s_voids s WHERE r.id = s.receipt_id AND r.voided_message_id IS NULL
RETURNING s.message_id::text"""
_SET_ASIDE = """
UPDATE receipts r SET status = 'set_aside', set_aside_at = s.set_aside_at,
    set_aside_reason = s.set_aside_reason
FROM s_set_asides s WHERE r.id = s.receipt_id AND r.status = 'open'"""
_OVERRIDE = """
UPDATE inspections i SET override_disposition = s.override_disposition,
    override_reason = s.override_reason, override_by = s.override_by,
    override_at = s.override_at, override_desk_seq = s.override_desk_seq
FROM s_overrides s
WHERE i.unit_id = s.unit_id AND coalesce(i.override_desk_seq, 0) < s.override_desk_seq"""
_WITHDRAW = """
UPDATE inspections i SET withdrawn_at = s.withdrawn_at, withdrawn_by = s.withdrawn_by,
    withdrawn_message_id = s.message_id
FROM s_withdrawals s WHERE i.unit_id = s.unit_id AND i.withdrawn_message_id IS NULL"""
_NUMBER_EVENTS = """
WITH counts AS (
    SELECT return_key, count(*) AS n FROM s_events GROUP BY return_key
), heads AS (
    INSERT INTO return_event_heads AS h (return_key, last_seq)
    SELECT return_key, n FROM counts ORDER BY return_key
    ON CONFLICT (return_key) DO UPDATE SET last_seq = h.last_seq + EXCLUDED.last_seq
    RETURNING h.return_key, h.last_seq
)
INSERT INTO status_events
    (return_key, return_seq, event_type, at, desk_id, receipt_id, message_id, payload)
SELECT e.return_key,
    heads.last_seq - c.n
        + row_number() OVER (PARTITION BY e.return_key ORDER BY e.desk_seq, e.ordinal),
    e.event_type, e.at, e.desk_id, e.receipt_id, e.message_id, e.payload
FROM s_events e JOIN counts c USING (return_key) JOIN heads USING (return_key)"""
_HEARTBEAT = """
INSERT INTO desks AS d (desk_id, install_id, last_seen_at, last_desk_seq, app_version)
VALUES (%s, %s, now(), %s, %s)
ON CONFLICT (desk_id) DO UPDATE SET install_id = EXCLUDED.install_id, last_seen_at = now(),
    last_desk_seq = greatest(d.last_desk_seq, EXCLUDED.last_desk_seq),
    app_version = EXCLUDED.app_version"""
_INSPECTION_UPSERT_SET = sql.SQL(", ").join(
    sql.SQL("{c} = EXCLUDED.{c}").format(c=sql.Identifier(c))
    for c in msg.INSPECTION_COLUMNS
    if c != "unit_id"
)


@dataclass(frozen=True)
class PushResult:
    messages: int  # messages in the batch
    applied: int  # of which first applied now (the rest were re-sends)
    events: int  # status events created
    audit: int  # audit entries in the batch


class CentralPusher:
    def __init__(
        self,
        engine: Engine,
        desk_id: str,
        install_id: str,
        app_version: str,
        on_phase: PhaseHook | None = None,
    ) -> None:
        self._engine = engine
        self._desk = desk_id
        self._install = install_id
        self._version = app_version
        self._on_phase = on_phase
        self._accepted: versions.Accepted | None = None  # read once per pusher (per sync)

    def push(self, batch: CentralBatch, audit: Sequence[Row] = ()) -> PushResult:
        for attempt in range(RETRIES):
            try:
                return self._push_once(batch, audit)
            except (pg_errors.DeadlockDetected, pg_errors.SerializationFailure):
                if attempt == RETRIES - 1:
                    raise
        raise AssertionError("unreachable")

    def _push_once(self, batch: CentralBatch, audit: Sequence[Row]) -> PushResult:
        with self._engine.connect() as conn:
            raw: psycopg.Connection[Any] = conn.connection.driver_connection  # type: ignore[assignment]
            pid = raw.info.backend_pid
            with conn.begin(), raw.cursor() as cur:
                applied = self._merge(cur, batch, audit)
                self._phase("merged", pid)
            self._phase("committed", pid)
        return PushResult(batch.messages, applied[0], applied[1], len(audit))

    def _phase(self, name: str, pid: int) -> None:
        if self._on_phase is not None:
            self._on_phase(name, pid)

    def _merge(
        self, cur: psycopg.Cursor[Any], b: CentralBatch, audit: Sequence[Row]
    ) -> tuple[int, int]:
        self._accepted = versions.check(cur, b.versions, self._accepted)  # before any write
        new_ids: set[str] = set()
        if b.receipts:
            _stage_like(cur, "receipts", msg.RECEIPT_COLUMNS, b.receipts)
            new_ids |= _returning(
                cur,
                _insert_select("receipts", msg.RECEIPT_COLUMNS, "ON CONFLICT (id) DO NOTHING")
                + sql.SQL(" RETURNING received_message_id::text"),
            )
        applied = len(new_ids) + self._inspections(cur, b.inspections)
        for name, rows, statement in (
            ("overrides", b.overrides, _OVERRIDE),
            ("withdrawals", b.withdrawals, _WITHDRAW),
            ("completions", b.completions, _COMPLETE),
            ("voids", b.voids, _VOID),
            ("set_asides", b.set_asides, _SET_ASIDE),
        ):
            if rows:
                _stage_temp(cur, name, rows)
                if "RETURNING" in statement:
                    found = _returning(cur, statement)
                    new_ids |= found
                    applied += len(found)
                else:
                    cur.execute(statement)
                    applied += cur.rowcount
        if b.flags:
            _stage_like(cur, "receipt_flags", msg.FLAG_COLUMNS, b.flags)
            cur.execute(_insert_select("receipt_flags", msg.FLAG_COLUMNS, "ON CONFLICT DO NOTHING"))
        for table, columns, rows in (
            ("stock_movements", msg.MOVEMENT_COLUMNS, b.movements),
            ("unrouted_messages", msg.UNROUTED_COLUMNS, b.unrouted),
            ("audit_entries", msg.AUDIT_COLUMNS, list(audit)),
        ):
            if rows:
                _stage_like(cur, table, columns, rows)
                # No conflict target: it would need SELECT on the table, which desks lack.
                cur.execute(_insert_select(table, columns, "ON CONFLICT DO NOTHING"))
                applied += cur.rowcount if table != "audit_entries" else 0
        events = [e for e in b.events if e[0] in new_ids]
        if events:
            _stage_temp(cur, "events", events)
            cur.execute(_NUMBER_EVENTS)
        if b.messages:
            cur.execute(_HEARTBEAT, (self._desk, self._install, b.last_seq, self._version))
        return applied, len(events)

    def _inspections(self, cur: psycopg.Cursor[Any], rows: list[Row]) -> int:
        if not rows:
            return 0
        cur.execute("SAVEPOINT direct_copy")
        try:
            _copy(cur, "inspections", msg.INSPECTION_COLUMNS, rows)
        except pg_errors.UniqueViolation:
            cur.execute("ROLLBACK TO SAVEPOINT direct_copy")
        else:
            cur.execute("RELEASE SAVEPOINT direct_copy")
            return len(rows)
        # A re-send (or a re-inspection): merge; the newest desk message for a unit wins.
        _stage_like(cur, "inspections", msg.INSPECTION_COLUMNS, rows)
        upsert = sql.SQL("ON CONFLICT (unit_id) DO UPDATE SET {} {}").format(
            _INSPECTION_UPSERT_SET, sql.SQL("WHERE inspections.desk_seq < EXCLUDED.desk_seq")
        )
        cur.execute(_insert_select("inspections", msg.INSPECTION_COLUMNS, upsert))
        return cur.rowcount


def _cols(columns: Iterable[str]) -> sql.Composable:
    return sql.SQL(", ").join(sql.Identifier(c) for c in columns)


def _insert_select(
    table: str, columns: Sequence[str], conflict: str | sql.Composable
) -> sql.Composed:
    """INSERT INTO table (...) SELECT ... FROM its staging table, with a conflict clause."""
    return sql.SQL("INSERT INTO {t} ({c}) SELECT {c} FROM {s} {conflict}").format(
        t=sql.Identifier(table),
        c=_cols(columns),
        s=sql.Identifier(f"s_{table}"),
        conflict=sql.SQL(conflict) if isinstance(conflict, str) else conflict,
    )


def _copy(cur: psycopg.Cursor[Any], table: str, columns: Sequence[str], rows: list[Row]) -> None:
    statement = sql.SQL("COPY {t} ({c}) FROM STDIN").format(
        t=sql.Identifier(table), c=_cols(columns)
    )
    with cur.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)


def _stage_like(
    cur: psycopg.Cursor[Any], table: str, columns: Sequence[str], rows: Sequence[Row]
) -> None:
    """A temp table with the target's column types, taken from the schema module rather than
    the database, so a desk needs no SELECT on tables it only inserts into."""
    target = schema.metadata.tables[table]
    ddl = sql.SQL(", ").join(
        sql.SQL("{} {}").format(sql.Identifier(c), sql.SQL(_TYPE_SQL[table, c])) for c in columns
    )
    cur.execute(
        sql.SQL("CREATE TEMP TABLE {} ({}) ON COMMIT DROP").format(
            sql.Identifier(f"s_{target.name}"), ddl
        )
    )
    _copy(cur, f"s_{table}", columns, list(rows))


def _stage_temp(cur: psycopg.Cursor[Any], name: str, rows: list[Row]) -> None:
    # The column list is a module constant (not data): composing it as SQL is safe.
    cur.execute(
        sql.SQL("CREATE TEMP TABLE {s} ({d}) ON COMMIT DROP").format(
            s=sql.Identifier(f"s_{name}"),
            d=sql.SQL(_TEMP_TYPES[name]),
        )
    )
    columns = [c.split()[0] for c in _TEMP_TYPES[name].split(", ")]
    _copy(cur, f"s_{name}", columns, rows)


def _returning(cur: psycopg.Cursor[Any], statement: str | sql.Composable) -> set[str]:
    cur.execute(statement)  # type: ignore[arg-type]
    return {row[0] for row in cur.fetchall()}
