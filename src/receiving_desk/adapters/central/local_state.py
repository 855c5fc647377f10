"""The desk's side of the sync in the local SQLite store: what is still to push, marking it
sent, watermarks and small facts. Every function takes a short transaction of its own and
never holds one across a network call (the desk keeps writing meanwhile)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnClause,
    Connection,
    Engine,
    Text,
    func,
    literal,
    literal_column,
    select,
    type_coerce,
    update,
)
from sqlalchemy.dialects.sqlite import insert

from receiving_desk.adapters.central.messages import Row
from receiving_desk.adapters.event_codec import Stored
from receiving_desk.adapters.event_legacy import LocalFacts, LocalUnit
from receiving_desk.adapters.store import sync_tables as s
from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.engine import read_only
from receiving_desk.domain.events import Discrepancy, ReturnCompleted, UnitInspected
from receiving_desk.domain.flags import FlagKind

AUDIT_STREAM = "push:audit_log"
_rowid: ColumnClause[int] = literal_column("audit_log.rowid", BigInteger)


@dataclass(frozen=True)
class Backlog:
    count: int  # outbox messages and audit entries not yet acknowledged centrally
    oldest_at: datetime | None


@dataclass(frozen=True)
class LocalBatch:
    first_seq: int
    last_seq: int
    messages: list[Stored]  # in desk order, each its event serialised as stored
    legacy: LocalFacts  # what older messages of the batch left to the local store

    @property
    def count(self) -> int:
        return len(self.messages)


def _unsent() -> Any:
    # An expression, not the bare column: keeps SQLite on the seq index (sent_at's index
    # matches the whole backlog and would make every batch sort all of it).
    empty = literal("", Text)
    return func.coalesce(type_coerce(t.outbox.c.sent_at, Text), empty) == empty


# The batch read, as plain SQL on the driver: it runs for every message of a backlog, and
# rows straight from sqlite3 (no per-row type processing) are read several times faster.
# `coalesce(sent_at, '') = ''` rather than `sent_at IS NULL`: keeps SQLite on the seq index
# (sent_at's index matches the whole backlog and would make every batch sort all of it).
_BATCH_SQL = (
    "SELECT id, seq, created_at, topic, version, key, payload FROM outbox "
    "WHERE seq > ? AND coalesce(sent_at, '') = '' ORDER BY seq LIMIT ?"
)


def read_batch(engine: Engine, after_seq: int, limit: int) -> LocalBatch | None:
    """The next `limit` unsent messages after `after_seq`, in desk order, or None. Events are
    read as stored (JSON text); only version-1 messages need anything else from the store."""
    parse = datetime.fromisoformat  # created_at is stored as UTC ISO text (types.UtcDateTime)
    with read_only(engine).connect() as conn:
        rows = conn.exec_driver_sql(_BATCH_SQL, (after_seq, limit)).all()
        if not rows:
            return None
        messages = [Stored(i, seq, parse(at), t, v, k, p) for i, seq, at, t, v, k, p in rows]
        legacy = _legacy_facts(conn, messages)
    return LocalBatch(messages[0].seq, messages[-1].seq, messages, legacy)


def _legacy_facts(conn: Connection, messages: list[Stored]) -> LocalFacts:
    """Version 1 left scan facts and flags to the store; versions before 3 of the inspected
    and completed events, the weights."""
    facts = LocalFacts()
    old = [m for m in messages if m.version < 3]
    if not old:
        return facts
    units = [m.key for m in old if m.topic == UnitInspected.TOPIC]
    if units:
        facts.units = _local_units(conn, units)
    receipts = [m.key for m in old if m.topic == ReturnCompleted.TOPIC]
    if receipts:
        r = t.receipts
        weighed = select(r.c.id, r.c.parcel_grams).where(
            r.c.id.in_(receipts), r.c.parcel_grams.is_not(None)
        )
        facts.parcel_grams = {row.id: row.parcel_grams for row in conn.execute(weighed)}
    flagged = [m.key for m in old if m.topic == ReturnCompleted.TOPIC and m.version < 2]
    if flagged:
        facts.flags = _local_flags(conn, flagged)
    return facts


def _local_units(conn: Connection, unit_ids: list[str]) -> dict[str, LocalUnit]:
    u, i = t.received_units, t.inspections
    query = (
        select(u.c.id, u.c.receipt_id, u.c.seq, u.c.gtin14, u.c.scanned_code, u.c.serial)
        .add_columns(u.c.scanned_at, u.c.scanned_by, i.c.why, i.c.checklist, i.c.photos)
        .add_columns(i.c.notes, i.c.window, i.c.returns_to_stock)
        .add_columns(i.c.refund_kind, i.c.refund_percent, u.c.weighed_grams)
        .select_from(u)
        .outerjoin(i, i.c.unit_id == u.c.id)
        .where(u.c.id.in_(unit_ids))
    )
    return {
        r.id: LocalUnit(
            receipt_id=r.receipt_id,
            unit_seq=r.seq,
            gtin14=r.gtin14,
            scanned_code=r.scanned_code,
            serial=r.serial,
            scanned_at=r.scanned_at,
            scanned_by=r.scanned_by,
            why=r.why,
            checklist=r.checklist,
            photos=r.photos,
            notes=r.notes,
            window=r.window,
            returns_to_stock=r.returns_to_stock,
            refund_kind=r.refund_kind,
            refund_percent=r.refund_percent,
            weighed_grams=r.weighed_grams,
        )
        for r in conn.execute(query)
    }


def _local_flags(conn: Connection, receipt_ids: list[str]) -> dict[str, tuple[Discrepancy, ...]]:
    f = t.receipt_flags
    query = select(f).where(f.c.receipt_id.in_(receipt_ids)).order_by(f.c.id)
    found: dict[str, list[Discrepancy]] = {}
    for r in conn.execute(query):
        mine = found.setdefault(r.receipt_id, [])
        evidence = tuple(sorted(r.evidence.items()))
        flag = Discrepancy(
            flag_no=len(mine) + 1,
            kind=FlagKind(r.kind),
            line_no=r.line_no,
            unit_seq=r.unit_seq,
            evidence=evidence,
        )
        mine.append(flag)
    return {receipt: tuple(flags) for receipt, flags in found.items()}


def first_unsent_seq(engine: Engine) -> int | None:
    with read_only(engine).connect() as conn:
        return conn.execute(
            select(func.min(t.outbox.c.seq)).where(t.outbox.c.sent_at.is_(None))
        ).scalar()


# Messages marked sent per local transaction. Each transaction holds the store's write lock
# (first come, first served), and a scan's commit queues behind it: one UPDATE of 5,000
# outbox rows (≈ 1 KB each, ≈ 5 MB of WAL) held a scan up for tens of milliseconds; 200 rows
# are a millisecond or two, and a waiting scan goes in between two of them.
MARK_CHUNK = 200


def mark_sent(engine: Engine, first_seq: int, last_seq: int, at: datetime) -> int:
    """Only after the central commit: a crash before this line (or between two of its short
    transactions) re-sends what is left unmarked, harmlessly.

    So these commits are the store's only ones that need not survive a power cut: they are
    made with `synchronous=NORMAL` (written to the WAL, not flushed; the next durable commit
    flushes them with its own). A lost mark re-sends its messages, which central turns into
    no-ops. Every 200 rows the store's usual FULL commit cost a flush each: on a busy disk
    that was most of the time of a sync's local side."""
    o = t.outbox
    marked = 0
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA synchronous=NORMAL")  # outside a transaction (no write lock)
        try:
            for low in range(first_seq, last_seq + 1, MARK_CHUNK):
                high = min(low + MARK_CHUNK - 1, last_seq)
                with conn.begin():
                    result = conn.execute(
                        update(o).where(o.c.seq.between(low, high), _unsent()).values(sent_at=at)
                    )
                    marked += result.rowcount
        finally:
            raw.execute("PRAGMA synchronous=FULL")  # the pooled connection goes back durable
    return marked


def read_audit(engine: Engine, limit: int, after: int | None = None) -> tuple[list[Row], int]:
    """Audit entries past rowid `after` (default: the pushed watermark) and the last rowid
    read. audit_log is append-only; its rowid grows in commit order since SQLite has one
    writer at a time, so reading ahead of the watermark skips nothing."""
    a = t.audit_log
    with read_only(engine).connect() as conn:
        if after is None:
            after = watermark(conn, AUDIT_STREAM)
        rows = conn.execute(
            select(_rowid, a.c.id, a.c.station_id, a.c.at, a.c.user_id)
            .add_columns(a.c.action, a.c.subject, a.c.details)
            .where(_rowid > after)
            .order_by(_rowid)
            .limit(limit)
        ).all()
    last = rows[-1][0] if rows else after
    return [(*r[1:-1], json.dumps(r[-1])) for r in rows], last


def backlog(engine: Engine) -> Backlog:
    o, a = t.outbox, t.audit_log
    with read_only(engine).connect() as conn:
        count, oldest = conn.execute(
            select(func.count(), func.min(o.c.created_at)).where(o.c.sent_at.is_(None))
        ).one()
        after = watermark(conn, AUDIT_STREAM)
        audit_count, audit_oldest = conn.execute(
            select(func.count(), func.min(a.c.at)).where(_rowid > after)
        ).one()
    present = [v for v in (oldest, audit_oldest) if v is not None]
    return Backlog(count + audit_count, min(present) if present else None)


def watermark(conn: Connection, stream: str) -> int:
    w = s.sync_watermarks
    value = conn.execute(select(w.c.position).where(w.c.stream == stream)).scalar()
    return int(value or 0)


def set_watermark(conn: Connection, stream: str, position: int, rows: int, at: datetime) -> None:
    w = s.sync_watermarks
    stmt = insert(w).values(stream=stream, position=position, rows=rows, updated_at=at)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[w.c.stream],
            set_={"position": position, "rows": w.c.rows + rows, "updated_at": at},
        )
    )


def fact(conn: Connection, key: str) -> str | None:
    st = s.sync_state
    value = conn.execute(select(st.c.value).where(st.c.key == key)).scalar()
    return None if value is None else str(value)


def set_fact(conn: Connection, key: str, value: str, at: datetime) -> None:
    """One fact, in the caller's transaction (a pull stores its snapshot with its rows)."""
    st = s.sync_state
    stmt = insert(st).values(key=key, value=value, updated_at=at)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[st.c.key], set_={"value": value, "updated_at": at}
        )
    )


def get_fact(engine: Engine, key: str) -> str | None:
    with read_only(engine).connect() as conn:
        return conn.execute(select(s.sync_state.c.value).where(s.sync_state.c.key == key)).scalar()


def facts(engine: Engine) -> dict[str, str]:
    with read_only(engine).connect() as conn:
        rows = conn.execute(select(s.sync_state.c.key, s.sync_state.c.value)).all()
    return {key: value for key, value in rows}


def set_facts(engine: Engine, at: datetime, **facts: Any) -> None:
    st = s.sync_state
    with engine.begin() as conn:
        for key, value in facts.items():
            stmt = insert(st).values(key=key, value=str(value), updated_at=at)
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=[st.c.key], set_={"value": str(value), "updated_at": at}
                )
            )


def install_id(engine: Engine, at: datetime) -> str:
    """This installation's id, made once: tells the central side two stores apart that
    were (mis)configured with the same station id."""
    found = get_fact(engine, "install_id")
    if found is None:
        found = str(uuid.uuid4())
        set_facts(engine, at, install_id=found)
    return found
