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
    Select,
    Text,
    func,
    literal,
    literal_column,
    select,
    type_coerce,
    update,
)
from sqlalchemy.dialects.sqlite import insert

from receiving_desk.adapters.central.messages import (
    INSPECTION_COLUMNS,
    PAYLOAD_KEYS,
    OutboxMessage,
    Row,
)
from receiving_desk.adapters.store import sync_tables as s
from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.engine import read_only

AUDIT_STREAM = "push:audit_log"
LOCAL_NAMES = {"return_window": "window", "unit_seq": "seq"}  # central name -> local name
_rowid: ColumnClause[int] = literal_column("audit_log.rowid", BigInteger)


@dataclass(frozen=True)
class Backlog:
    count: int  # outbox messages and audit entries not yet acknowledged centrally
    oldest_at: datetime | None


@dataclass(frozen=True)
class LocalBatch:
    first_seq: int
    last_seq: int
    messages: list[OutboxMessage]  # every topic but unit.inspected, payloads decoded
    inspections: list[Row]  # unit.inspected, flattened in SQL into central columns

    @property
    def count(self) -> int:
        return len(self.messages) + len(self.inspections)


def _unsent() -> Any:
    # An expression, not the bare column: keeps SQLite on the seq index (sent_at's index
    # matches the whole backlog and would make every batch sort all of it).
    empty = literal("", Text)
    return func.coalesce(type_coerce(t.outbox.c.sent_at, Text), empty) == empty


def read_batch(engine: Engine, desk_id: str, after_seq: int, limit: int) -> LocalBatch | None:
    """The next `limit` unsent messages after `after_seq`, in desk order, or None."""
    o = t.outbox
    next_seqs = select(o.c.seq).where(o.c.seq > after_seq, _unsent()).order_by(o.c.seq)
    window = next_seqs.limit(limit).subquery()
    with read_only(engine).connect() as conn:
        first, last = conn.execute(select(func.min(window.c.seq), func.max(window.c.seq))).one()
        if first is None:
            return None
        in_range = (o.c.seq.between(first, last), _unsent())
        rows = conn.execute(
            select(o).where(*in_range, o.c.topic != "unit.inspected").order_by(o.c.seq)
        ).all()
        completed = [r.key for r in rows if r.topic == "return.completed"]
        flags = _flags(conn, completed) if completed else {}
        flat = _flat_inspections(desk_id).where(*in_range, o.c.topic == "unit.inspected")
        inspections = [tuple(r) for r in conn.execute(flat.order_by(o.c.seq))]
    messages = [
        OutboxMessage(r.id, r.seq, r.created_at, r.topic, r.key, r.payload, _extras(r, flags))
        for r in rows
    ]
    return LocalBatch(first, last, messages, inspections)


def _extras(row: Any, flags: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {"flags": flags.get(row.key, [])} if row.topic == "return.completed" else {}


def _flat_inspections(desk_id: str) -> Select[*tuple[Any, ...]]:
    """unit.inspected messages as central `inspections` rows, built by SQLite's JSON
    functions (several times faster than decoding in Python): a payload value when present,
    else the local unit/inspection column (absent in older stores: NULL)."""
    o, u, i = t.outbox, t.received_units, t.inspections
    payload = type_coerce(o.c.payload, Text)
    fixed: dict[str, Any] = {
        "unit_id": o.c.key,
        "message_id": o.c.id,
        "desk_id": literal(desk_id, Text),
        "desk_seq": o.c.seq,
        "unit_seq": u.c.seq,
    }
    paths = {c: f"$.{PAYLOAD_KEYS.get(c, c)}" for c in INSPECTION_COLUMNS}
    paths |= {"refund_kind": "$.refund.kind", "refund_percent": "$.refund.percent"}
    columns = []
    for name in INSPECTION_COLUMNS:
        expr = fixed.get(name)
        if expr is None:
            local_name = LOCAL_NAMES.get(name, name)
            local = u.c[local_name] if local_name in u.c else i.c.get(local_name)
            from_payload = func.json_extract(payload, paths[name])
            expr = from_payload if local is None else func.coalesce(from_payload, local)
        columns.append(type_coerce(expr, Text).label(name))  # raw values: no decoding
    return (
        select(*columns)
        .select_from(o)
        .outerjoin(u, u.c.id == o.c.key)
        .outerjoin(i, i.c.unit_id == u.c.id)
    )


def _flags(conn: Connection, receipt_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    table = t.metadata.tables.get("receipt_flags")
    if table is None:
        return {}
    found: dict[str, list[dict[str, Any]]] = {}
    query = select(table).where(table.c.receipt_id.in_(receipt_ids)).order_by(table.c.id)
    for row in conn.execute(query).mappings():
        flag = {k: row[k] for k in ("kind", "line_no", "unit_seq", "evidence")}
        found.setdefault(row["receipt_id"], []).append({"flag_no": row["id"], **flag})
    return found


def first_unsent_seq(engine: Engine) -> int | None:
    with read_only(engine).connect() as conn:
        return conn.execute(
            select(func.min(t.outbox.c.seq)).where(t.outbox.c.sent_at.is_(None))
        ).scalar()


def mark_sent(engine: Engine, first_seq: int, last_seq: int, at: datetime) -> int:
    """Only after the central commit: a crash before this line re-sends, harmlessly."""
    o = t.outbox
    with engine.begin() as conn:
        result = conn.execute(
            update(o).where(o.c.seq.between(first_seq, last_seq), _unsent()).values(sent_at=at)
        )
        return result.rowcount


def read_audit(engine: Engine, limit: int) -> tuple[list[Row], int]:
    """Audit entries past the pushed watermark (audit_log is append-only; its rowid grows in
    commit order since SQLite has one writer at a time) and the last rowid read."""
    a = t.audit_log
    with read_only(engine).connect() as conn:
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
