"""The status events a desk event makes centrally (what drives notifications and refunds),
as the desk reckons them: rows of `status_events` before numbering. The central merge
derives the events itself from its own rows (migration c0005, `rd_push_merge`) with the same
rules; this reckoning is never sent (tests compare the two). Their JSON payloads are a
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
from receiving_desk.domain.flags import FlagKind
from receiving_desk.domain.receipt import MatchStatus
from receiving_desk.domain.refund_hold import HELD_FOR_REVIEW, NO_RMA
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


def _held(e: ReturnCompleted, unit: UnitOutcome) -> str | None:
    """Why a unit is held for review (never refunded): see domain/refund_hold.py. The central
    merge names wrong items and extras from the completion's flags; this reckoning only needs
    whether a unit is held."""
    if e.rma_number is None:
        return NO_RMA
    if unit.match is not MatchStatus.MATCHED:
        return "extra_item" if unit.match is MatchStatus.NOT_ON_RMA else "quantity_over"
    for f in e.flags:
        facts = dict(f.evidence)
        if f.kind is FlagKind.SERIAL_MISMATCH and facts.get("received_serial") == unit.serial:
            return FlagKind.SERIAL_MISMATCH.value
    return None


def _refundable(unit: UnitOutcome, held: str | None) -> bool:
    """Not held, and a refund decided (or, from a desk that decided none: declared)."""
    return held is None and (unit.refund is None or unit.refund.kind is not RefundKind.NONE)


def _refund(unit: UnitOutcome) -> dict[str, Any] | None:
    refund = unit.refund
    return None if refund is None else {"kind": refund.kind.value, "percent": refund.percent}


def _completion(m: Stored, desk: str, e: ReturnCompleted) -> list[Row]:
    units = e.units
    held = {u.unit_id: _held(e, u) for u in units}
    refundable = [
        {"unit_id": u.unit_id, "sku": u.sku, "refund": _refund(u)}
        for u in units
        if _refundable(u, held[u.unit_id])
    ]
    not_refunded = [
        {
            "unit_id": u.unit_id,
            "sku": u.sku,
            "match": u.match.value,
            "review": None if held[u.unit_id] is None else HELD_FOR_REVIEW,
            "reason": held[u.unit_id],
        }
        for u in units
        if not _refundable(u, held[u.unit_id])
    ]
    for_review = [
        {"unit_id": u.unit_id, "sku": u.sku, "match": u.match.value, "reason": held[u.unit_id]}
        for u in units
        if held[u.unit_id] is not None
    ]
    events: list[tuple[int, str, dict[str, Any]]] = [
        (
            0,
            "inspected",
            {"units": [{"unit_id": u.unit_id, "sku": u.sku, "grade": u.grade} for u in units]},
        ),
        (
            1,
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
        events.append((2, "refund_recommended", {"units": refundable, "held_units": not_refunded}))
    if for_review:
        events.append((3, HELD_FOR_REVIEW, {"units": for_review}))
    events.append((4, "completed", {"completed_by": e.completed_by, "units": len(units)}))
    return [
        _row(m, desk, i, kind, e.completed_at, e.receipt_id, e.rma_number, data)
        for i, kind, data in events
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
