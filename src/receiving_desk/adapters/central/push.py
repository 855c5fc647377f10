"""Push one batch of desk messages into the central database, in one transaction.

The central database trusts no desk (migration c0005, docs/central-setup.md): a desk writes
no table directly. In the batch's transaction the desk
1. checks the batch's event versions against the ones the central schema accepts
   (versions.py): a refused batch writes nothing;
2. asks the server for its staging tables (`rd_push_stage()`: made once per connection,
   owned by the schema owner, the desk may only insert into them) and COPYs the batch's rows
   into them (the fast path: one COPY per kind present);
3. calls `rd_push_merge(...)`, the server's SECURITY DEFINER function, which takes the desk's
   identity from its login (a batch claiming another station is refused), checks that every
   row it touches is this desk's and that each change is allowed in the row's state (only an
   open return can be voided ...), merges idempotently (a re-sent message changes nothing),
   derives the status events from the central rows and numbers them gap-free per return.
Audit entries go the same way and are written under the pushing desk's name. A deadlock or
serialization failure is retried as a whole.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg import sql
from sqlalchemy import Engine

from receiving_desk.adapters.central import messages as msg
from receiving_desk.adapters.central import versions
from receiving_desk.adapters.central.messages import CentralBatch, Row

PhaseHook = Callable[
    [str, int], None
]  # (phase, backend pid): "merged" (before commit), "committed"
RETRIES = 3
_STAGE = "SELECT public.rd_push_stage()"
_MERGE = "SELECT applied, events FROM public.rd_push_merge(%s, %s, %s, %s, %s)"
# Connections whose staging tables exist (made in a committed transaction): they live as long
# as the connection, so the round trip to make them is paid once per connection.
_STAGED: weakref.WeakSet[psycopg.Connection[Any]] = weakref.WeakSet()


def _staged(
    b: CentralBatch, audit: Sequence[Row]
) -> list[tuple[str, tuple[str, ...], Sequence[Row]]]:
    """(staging table, columns, rows) of each kind, in the merge's order."""
    return [
        ("rd_s_receipts", msg.RECEIPT_COLUMNS, b.receipts),
        ("rd_s_inspections", msg.INSPECTION_COLUMNS, b.inspections),
        ("rd_s_overrides", msg.OVERRIDE_COLUMNS, b.overrides),
        ("rd_s_withdrawals", msg.WITHDRAWAL_COLUMNS, b.withdrawals),
        ("rd_s_flags", msg.FLAG_COLUMNS, b.flags),
        ("rd_s_completions", msg.COMPLETION_COLUMNS, b.completions),
        ("rd_s_completion_units", msg.COMPLETION_UNIT_COLUMNS, b.completion_units),
        ("rd_s_voids", msg.VOID_COLUMNS, b.voids),
        ("rd_s_set_asides", msg.SET_ASIDE_COLUMNS, b.set_asides),
        ("rd_s_movements", msg.MOVEMENT_COLUMNS, b.movements),
        ("rd_s_unrouted", msg.UNROUTED_COLUMNS, b.unrouted),
        ("rd_s_evidence", msg.EVIDENCE_COLUMNS, b.evidence),
        ("rd_s_unit_weights", msg.UNIT_WEIGHT_COLUMNS, b.unit_weights),
        ("rd_s_parcel_weights", msg.PARCEL_WEIGHT_COLUMNS, b.parcel_weights),
        ("rd_s_audit", msg.AUDIT_COLUMNS, audit),
    ]


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
            try:
                with conn.begin(), raw.cursor() as cur:
                    applied = self._merge(cur, batch, audit, staged=raw in _STAGED)
                    self._phase("merged", pid)
            except (pg_errors.UndefinedTable, pg_errors.InsufficientPrivilege):
                if raw not in _STAGED:
                    raise
                # Staged before the central schema added a kind (a newer migration): ask the
                # server for its staging tables again, once; a real refusal repeats itself.
                _STAGED.discard(raw)
                with conn.begin(), raw.cursor() as cur:
                    applied = self._merge(cur, batch, audit, staged=False)
                    self._phase("merged", pid)
            _STAGED.add(raw)
            self._phase("committed", pid)
        return PushResult(batch.messages, applied[0], applied[1], len(audit))

    def _phase(self, name: str, pid: int) -> None:
        if self._on_phase is not None:
            self._on_phase(name, pid)

    def _merge(
        self, cur: psycopg.Cursor[Any], b: CentralBatch, audit: Sequence[Row], staged: bool
    ) -> tuple[int, int]:
        self._accepted = versions.check(cur, b.versions, self._accepted)  # before any write
        try:
            if not staged:
                cur.execute(_STAGE)
        except pg_errors.UndefinedFunction:  # the transaction is rolled back as a whole
            raise versions.SyncRefused(
                "the central database has no push merge function (its schema is older than "
                "this desk): upgrade the central database"
            ) from None
        for table, columns, rows in _staged(b, audit):
            if rows:
                _copy(cur, table, columns, rows)
        args = (self._desk, self._install, b.last_seq, self._version, b.messages)
        cur.execute(_MERGE, args)
        row = cur.fetchone()
        assert row is not None  # a function call returns one row
        return int(row[0]), int(row[1])


def _copy(
    cur: psycopg.Cursor[Any], table: str, columns: Sequence[str], rows: Sequence[Row]
) -> None:
    statement = sql.SQL("COPY {t} ({c}) FROM STDIN").format(
        t=sql.Identifier("pg_temp", table),
        c=sql.SQL(", ").join(sql.Identifier(c) for c in columns),
    )
    with cur.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)
