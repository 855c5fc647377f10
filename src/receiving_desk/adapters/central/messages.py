"""Outbox messages -> rows of the central tables (pure Python; push.py writes them).

Status events are derived here, per message, in a fixed order; the central merge then numbers
the new ones per return (see push.py). A topic this version does not know is kept verbatim in
`unrouted_messages`, so a newer desk never loses data against an older central schema.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

Row = tuple[Any, ...]

RECEIPT_COLUMNS = (
    "id",
    "rma_number",
    "desk_id",
    "opened_by",
    "opened_at",
    "scanned_code",
    "status",
    "received_message_id",
)
INSPECTION_COLUMNS = (
    "unit_id",
    "message_id",
    "receipt_id",
    "rma_number",
    "desk_id",
    "desk_seq",
    "unit_seq",
    "sku",
    "gtin14",
    "line_no",
    "match",
    "scanned_code",
    "serial",
    "scanned_at",
    "scanned_by",
    "grade",
    "condition_codes",
    "note",
    "disposition",
    "rule_id",
    "rule_version",
    "why",
    "inspector_id",
    "inspected_at",
    "checklist",
    "photos",
    "notes",
    "return_window",
    "returns_to_stock",
    "refund_kind",
    "refund_percent",
    "override_disposition",
    "override_reason",
    "override_by",
    "override_at",
)
JSON_COLUMNS = frozenset({"condition_codes", "checklist", "photos", "notes"})
FLAG_COLUMNS = ("receipt_id", "flag_no", "desk_id", "kind", "line_no", "unit_seq", "evidence")
# Columns of the updates: the row's key, the message id, then the new values.
WITHDRAWAL_COLUMNS = ("unit_id", "message_id", "withdrawn_at", "withdrawn_by")
COMPLETION_COLUMNS = ("receipt_id", "message_id", "completed_at", "completed_by")
VOID_COLUMNS = ("receipt_id", "message_id", "voided_at", "void_reason")
SET_ASIDE_COLUMNS = ("receipt_id", "message_id", "set_aside_at", "set_aside_reason")
OVERRIDE_COLUMNS = (
    "unit_id",
    "message_id",
    "override_desk_seq",
    "override_disposition",
    "override_reason",
    "override_by",
    "override_at",
)
MOVEMENT_COLUMNS = (
    "id",
    "message_id",
    "desk_id",
    "desk_seq",
    "lpn",
    "sku",
    "quantity",
    "grade",
    "from_location",
    "to_location",
    "reason",
    "moved_by",
    "moved_at",
    "receipt_id",
)
UNROUTED_COLUMNS = ("id", "desk_id", "desk_seq", "topic", "key", "payload", "created_at")
EVENT_COLUMNS = (
    "message_id",
    "ordinal",
    "return_key",
    "desk_id",
    "desk_seq",
    "event_type",
    "at",
    "receipt_id",
    "payload",
)
AUDIT_COLUMNS = ("id", "desk_id", "at", "user_id", "action", "subject", "details")

# Central inspection columns that unit.inspected payloads may not carry: local_state.py fills
# them from the local unit and inspection rows (a payload value, when present, wins).
UNIT_EXTRAS = ("unit_seq", "gtin14", "scanned_code", "serial", "scanned_at", "scanned_by")
INSPECTION_EXTRAS = ("why", *INSPECTION_COLUMNS[INSPECTION_COLUMNS.index("checklist") :])
# Payload keys of unit.inspected, by central column, where the names differ.
PAYLOAD_KEYS = {
    "rma_number": "rma",
    "inspector_id": "inspector",
    "inspected_at": "at",
    "return_window": "window",
}


@dataclass(frozen=True)
class OutboxMessage:
    id: str
    seq: int
    created_at: datetime
    topic: str
    key: str
    payload: dict[str, Any]
    extras: dict[str, Any] = field(default_factory=dict)


@dataclass
class CentralBatch:
    """One push: rows per central target, in the order the merge applies them."""

    desk_id: str
    first_seq: int = 0
    last_seq: int = 0
    receipts: list[Row] = field(default_factory=list)
    inspections: list[Row] = field(default_factory=list)
    withdrawals: list[Row] = field(default_factory=list)
    completions: list[Row] = field(default_factory=list)
    voids: list[Row] = field(default_factory=list)
    set_asides: list[Row] = field(default_factory=list)
    overrides: list[Row] = field(default_factory=list)
    movements: list[Row] = field(default_factory=list)
    flags: list[Row] = field(default_factory=list)
    unrouted: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    messages: int = 0


def _ts(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _event(
    m: OutboxMessage, desk: str, n: int, kind: str, at: Any, receipt: str, data: dict[str, Any]
) -> Row:
    return_key = m.payload.get("rma") or receipt  # a return = its RMA (split parcels share it)
    payload = json.dumps({"receipt_id": receipt, "rma": m.payload.get("rma"), **data})
    return (m.id, n, return_key, desk, m.seq, kind, _ts(at), receipt, payload)


def _refundable(unit: dict[str, Any]) -> bool:
    """The desk's refund decision when it sent one; else: the unit is the one declared."""
    refund = unit.get("refund")
    if isinstance(refund, dict):
        return refund.get("kind") not in (None, "none")
    return bool(unit.get("match") == "matched")


def _completion_events(m: OutboxMessage, desk: str) -> list[Row]:
    p = m.payload
    units = p.get("units", [])
    refundable = [
        {"unit_id": u["unit_id"], "sku": u["sku"], "refund": u.get("refund")}
        for u in units
        if _refundable(u)
    ]
    held = [
        {"unit_id": u["unit_id"], "sku": u["sku"], "match": u.get("match")}
        for u in units
        if not _refundable(u)
    ]
    events: list[tuple[str, dict[str, Any]]] = [
        (
            "inspected",
            {"units": [{k: u.get(k) for k in ("unit_id", "sku", "grade")} for u in units]},
        ),
        (
            "disposition_decided",
            {"units": [{k: u.get(k) for k in ("unit_id", "sku", "disposition")} for u in units]},
        ),
    ]
    if refundable:
        events.append(("refund_recommended", {"units": refundable, "held_units": held}))
    events.append(("completed", {"completed_by": p.get("completed_by"), "units": len(units)}))
    rid = p["receipt_id"]
    return [
        _event(m, desk, i, kind, p.get("at"), rid, data) for i, (kind, data) in enumerate(events)
    ]


def _inspection(m: OutboxMessage, desk: str) -> Row:
    """The central row of a unit.inspected message (payload values win over the local
    extras). local_state.read_batch builds the same rows in SQL, for speed."""
    row: dict[str, Any] = dict(m.extras)
    row.update(m.payload)
    for column, key in PAYLOAD_KEYS.items():
        if key in m.payload:
            row[column] = m.payload[key]
    refund = m.payload.get("refund")
    if isinstance(refund, dict):
        row["refund_kind"], row["refund_percent"] = refund.get("kind"), refund.get("percent")
    row.update(unit_id=m.payload.get("unit_id", m.key), message_id=m.id, desk_id=desk)
    row["desk_seq"] = m.seq
    for column in JSON_COLUMNS:
        if row.get(column) is not None:
            row[column] = json.dumps(row[column])
    return tuple(map(row.get, INSPECTION_COLUMNS))


def add_message(batch: CentralBatch, m: OutboxMessage) -> None:
    """Route one message to its central rows (and its status events)."""
    p, desk = m.payload, batch.desk_id
    batch.messages += 1
    batch.first_seq = batch.first_seq or m.seq
    batch.last_seq = m.seq
    events: list[Row] = []
    if m.topic == "return.received":
        rid = p["receipt_id"]
        batch.receipts.append(
            (rid, p["rma"], desk, p["clerk"], _ts(p["at"]), p["scanned_code"], "open", m.id)
        )
        data = {"station": p.get("station"), "clerk": p.get("clerk")}
        events.append(_event(m, desk, 0, "received", p["at"], rid, data))
    elif m.topic == "unit.inspected":
        batch.inspections.append(_inspection(m, desk))
    elif m.topic == "unit.withdrawn":
        batch.withdrawals.append((p["unit_id"], m.id, m.created_at, p.get("by")))
    elif m.topic == "return.completed":
        batch.completions.append((p["receipt_id"], m.id, _ts(p["at"]), p.get("completed_by")))
        flags = p.get("flags", m.extras.get("flags", []))
        for n, f in enumerate(flags, 1):
            evidence = json.dumps(f.get("evidence", {}))
            flag = (f.get("flag_no", n), desk, f["kind"], f.get("line_no"), f.get("unit_seq"))
            batch.flags.append((p["receipt_id"], *flag, evidence))
        events.extend(_completion_events(m, desk))
    elif m.topic == "return.voided":
        rid = p["receipt_id"]
        batch.voids.append((rid, m.id, m.created_at, p.get("reason")))
        events.append(_event(m, desk, 0, "voided", m.created_at, rid, {"reason": p.get("reason")}))
    elif m.topic == "return.set_aside":
        batch.set_asides.append((p["receipt_id"], m.id, m.created_at, p.get("reason")))
    elif m.topic == "unit.disposition_overridden":
        override = (p.get("chosen"), p.get("reason"), p.get("by"), m.created_at)
        batch.overrides.append((p["unit_id"], m.id, m.seq, *override))
    elif m.topic == "stock.moved":
        key = (p.get("movement_id", m.key), m.id, desk, m.seq)
        what = (p["lpn"], p["sku"], int(p.get("quantity", 1)), p.get("grade"))
        where = (p.get("from"), p["to"], p.get("reason", "moved"), p.get("user"))
        batch.movements.append((*key, *what, *where, _ts(p["at"]), p.get("receipt_id")))
    else:
        row = (m.id, desk, m.seq, m.topic, m.key, json.dumps(p), m.created_at)
        batch.unrouted.append(row)
    batch.events.extend(events)


def build_batch(
    desk_id: str, messages: list[OutboxMessage], inspections: list[Row] | None = None
) -> CentralBatch:
    """Messages (in desk order) plus unit.inspected rows already flattened by the store."""
    batch = CentralBatch(desk_id)
    for message in messages:
        add_message(batch, message)
    if inspections:
        batch.inspections.extend(inspections)
        batch.messages += len(inspections)
    return batch
