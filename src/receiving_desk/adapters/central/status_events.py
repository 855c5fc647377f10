"""The status events a desk event makes centrally (what drives notifications and refunds):
rows of `status_events` before the merge numbers them per return. Their JSON payloads are a
contract with other systems (docs/central-schema.md): keep their shape."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from receiving_desk.adapters.event_codec import Stored, UnknownTopic, encode_json
from receiving_desk.domain.events import (
    DeskEvent,
    ReturnCompleted,
    ReturnReceived,
    ReturnVoided,
    UnitOutcome,
)
from receiving_desk.domain.receipt import MatchStatus
from receiving_desk.domain.rules_model import RefundKind

Row = tuple[Any, ...]


def _row(
    m: Stored,
    desk: str,
    n: int,
    kind: str,
    at: datetime,
    receipt: str,
    rma: str | None,
    data: dict[str, Any],
) -> Row:
    return_key = rma or receipt  # a return = its RMA (split parcels share it)
    payload = encode_json({"receipt_id": receipt, "rma": rma, **data})
    return (m.id, n, return_key, desk, m.seq, kind, at, receipt, payload)


def _refundable(unit: UnitOutcome) -> bool:
    """The desk's refund decision when it made one; else: the unit is the one declared."""
    if unit.refund is not None:
        return unit.refund.kind is not RefundKind.NONE
    return unit.match is MatchStatus.MATCHED


def _refund(unit: UnitOutcome) -> dict[str, Any] | None:
    refund = unit.refund
    return None if refund is None else {"kind": refund.kind.value, "percent": refund.percent}


def _completion(m: Stored, desk: str, e: ReturnCompleted) -> list[Row]:
    units = e.units
    refundable = [
        {"unit_id": u.unit_id, "sku": u.sku, "refund": _refund(u)} for u in units if _refundable(u)
    ]
    held = [
        {"unit_id": u.unit_id, "sku": u.sku, "match": u.match.value}
        for u in units
        if not _refundable(u)
    ]
    events: list[tuple[str, dict[str, Any]]] = [
        (
            "inspected",
            {"units": [{"unit_id": u.unit_id, "sku": u.sku, "grade": u.grade} for u in units]},
        ),
        (
            "disposition_decided",
            {
                "units": [
                    {"unit_id": u.unit_id, "sku": u.sku, "disposition": u.disposition}
                    for u in units
                ]
            },
        ),
    ]
    if refundable:
        events.append(("refund_recommended", {"units": refundable, "held_units": held}))
    events.append(("completed", {"completed_by": e.completed_by, "units": len(units)}))
    return [
        _row(m, desk, i, kind, e.completed_at, e.receipt_id, e.rma_number, data)
        for i, (kind, data) in enumerate(events)
    ]


def of(m: Stored, desk: str, event: DeskEvent | UnknownTopic) -> list[Row]:
    """The status events of one message, numbered 0.. within it (`ordinal`)."""
    match event:
        case ReturnReceived():
            who = {"station": event.station_id, "clerk": event.clerk_id}
            rid, rma = event.receipt_id, event.rma_number
            return [_row(m, desk, 0, "received", event.opened_at, rid, rma, who)]
        case ReturnCompleted():
            return _completion(m, desk, event)
        case ReturnVoided():
            why = {"reason": event.reason}
            rid, rma = event.receipt_id, event.rma_number
            return [_row(m, desk, 0, "voided", event.voided_at, rid, rma, why)]
    return []
