"""Typed desk events -> rows of the central tables (pure Python; push.py writes them).

Each outbox message is read back into its event dataclass (adapters/event_codec.py; a
message one version old is upgraded first) and mapped here by its type: these rows are
staged centrally and merged by the server's own function (see push.py), which derives the
status events itself. `CentralBatch.events` is the desk's reckoning of those events
(status_events.py: the same rules), kept for the desk's checks and tests; it is never sent.
A topic this desk does not know is kept verbatim in `unrouted_messages`, so nothing a newer
release wrote is lost.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from receiving_desk.adapters.central import status_events
from receiving_desk.adapters.event_codec import (
    Stored,
    UnknownTopic,
    encode_json,
    time_text,
    tuple_json,
)
from receiving_desk.domain.events import (
    AuditGraded,
    AuditResolved,
    DeskEvent,
    DispositionOverridden,
    EvidencePackMade,
    OutcomeRevised,
    ReturnCompleted,
    ReturnReceived,
    ReturnSetAside,
    ReturnVoided,
    StockMoved,
    UnitHeldForAudit,
    UnitInspected,
    UnitWithdrawn,
)

Row = tuple[Any, ...]

# The staging columns of each kind, in the order of the rows below; the central migration
# c0005 makes the staging tables with these columns (rd_push_stage).
RECEIPT_COLUMNS = (
    "id",
    "rma_number",
    "desk_id",
    "opened_by",
    "opened_at",
    "scanned_code",
    "received_message_id",
    "desk_seq",
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
)
JSON_COLUMNS = frozenset({"condition_codes", "checklist", "photos", "notes"})
FLAG_COLUMNS = ("receipt_id", "flag_no", "desk_id", "kind", "line_no", "unit_seq", "evidence")
# Columns of the updates: the row's key, the message id, then the new values.
WITHDRAWAL_COLUMNS = ("unit_id", "message_id", "withdrawn_at", "withdrawn_by")
COMPLETION_COLUMNS = ("receipt_id", "message_id", "completed_at", "completed_by", "desk_seq")
# A completed return's units as the desk lists them; the merge takes each unit's facts from
# its central inspection row where there is one.
COMPLETION_UNIT_COLUMNS = (
    "receipt_id",
    "ordinal",
    "unit_id",
    "sku",
    "match",
    "grade",
    "disposition",
    "refund_kind",
    "refund_percent",
)
VOID_COLUMNS = ("receipt_id", "message_id", "voided_at", "void_reason", "desk_seq")
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
EVIDENCE_COLUMNS = (
    "pack_id",
    "message_id",
    "receipt_id",
    "rma_number",
    "made_at",
    "made_by",
    "reason",
    "pdf_sha256",
    "zip_sha256",
    "photos",
)  # staged by migration c0010
AUDIT_COLUMNS = ("id", "desk_id", "at", "user_id", "action", "subject", "details")
# Weights (staged by migration c0014): set on the row the same message made or completed.
UNIT_WEIGHT_COLUMNS = ("unit_id", "message_id", "weighed_grams")
PARCEL_WEIGHT_COLUMNS = ("receipt_id", "message_id", "parcel_grams")


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
    completion_units: list[Row] = field(default_factory=list)
    voids: list[Row] = field(default_factory=list)
    set_asides: list[Row] = field(default_factory=list)
    overrides: list[Row] = field(default_factory=list)
    movements: list[Row] = field(default_factory=list)
    flags: list[Row] = field(default_factory=list)
    unrouted: list[Row] = field(default_factory=list)
    evidence: list[Row] = field(default_factory=list)
    unit_weights: list[Row] = field(default_factory=list)
    parcel_weights: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    versions: dict[str, int] = field(default_factory=dict)  # topic -> event version mapped
    messages: int = 0


def inspection_row(m: Stored, desk: str, e: UnitInspected) -> Row:
    """The central `inspections` row of a unit.inspected event (INSPECTION_COLUMNS order).

    The bulk of every backlog goes through here, so values go to COPY in the forms it writes
    fastest: times as ISO text (psycopg formats a datetime several times slower; time_text
    is msgspec's), and the str enums as they are (COPY writes their value)."""
    scanned_at = e.scanned_at
    return (
        e.unit_id,
        m.id,
        e.receipt_id,
        e.rma_number,
        desk,
        m.seq,
        e.unit_seq,
        e.sku,
        e.gtin14,
        e.line_no,
        e.match,
        e.scanned_code,
        e.serial,
        None if scanned_at is None else time_text(scanned_at),
        e.scanned_by,
        e.grade,
        tuple_json(e.condition_codes),
        e.note,
        e.disposition,
        e.rule_id,
        e.rule_version,
        e.why,
        e.inspector_id,
        time_text(e.inspected_at),
        tuple_json(e.checklist, as_object=True),
        tuple_json(e.photos),
        tuple_json(e.notes),
        e.return_window,
        e.returns_to_stock,
        e.refund.kind,
        e.refund.percent,
    )


def add_message(batch: CentralBatch, m: Stored, event: DeskEvent | UnknownTopic) -> None:
    """Route one message's event to its central rows (and its status events)."""
    desk = batch.desk_id
    batch.messages += 1
    batch.first_seq = batch.first_seq or m.seq
    batch.last_seq = m.seq
    if not isinstance(event, UnknownTopic):
        batch.versions[event.TOPIC] = event.VERSION
    match event:
        case UnitInspected():  # the bulk of any backlog: first, and no status event
            batch.inspections.append(inspection_row(m, desk, event))
            if event.weighed_grams is not None:
                batch.unit_weights.append((event.unit_id, m.id, event.weighed_grams))
            return
        case ReturnReceived():
            batch.receipts.append(
                (
                    *(event.receipt_id, event.rma_number, desk, event.clerk_id),
                    *(event.opened_at, event.scanned_code, m.id, m.seq),
                )
            )
        case StockMoved():
            batch.movements.append(
                (
                    *(event.movement_id, m.id, desk, m.seq, event.lpn, event.sku),
                    *(event.quantity, event.grade, event.from_location, event.to_location),
                    *(event.reason.value, event.moved_by, event.moved_at, event.receipt_id),
                )
            )
        case UnitWithdrawn():
            batch.withdrawals.append((event.unit_id, m.id, event.withdrawn_at, event.withdrawn_by))
        case ReturnCompleted():
            batch.completions.append(
                (event.receipt_id, m.id, event.completed_at, event.completed_by, m.seq)
            )
            for n, u in enumerate(event.units):
                refund = u.refund
                batch.completion_units.append(
                    (
                        *(event.receipt_id, n, u.unit_id, u.sku, u.match, u.grade),
                        u.disposition,
                        None if refund is None else refund.kind,
                        None if refund is None else refund.percent,
                    )
                )
            for f in event.flags:
                flag = (f.flag_no, desk, f.kind.value, f.line_no, f.unit_seq)
                batch.flags.append((event.receipt_id, *flag, encode_json(dict(f.evidence))))
            if event.parcel_grams is not None:
                batch.parcel_weights.append((event.receipt_id, m.id, event.parcel_grams))
        case ReturnVoided():
            batch.voids.append((event.receipt_id, m.id, event.voided_at, event.reason, m.seq))
        case ReturnSetAside():
            batch.set_asides.append((event.receipt_id, m.id, event.set_aside_at, event.reason))
        case DispositionOverridden():
            override = (event.chosen.value, event.reason, event.overridden_by)
            batch.overrides.append((event.unit_id, m.id, m.seq, *override, event.overridden_at))
        case EvidencePackMade():
            photos = encode_json([{"name": n, "sha256": h} for n, h in event.photos])
            batch.evidence.append(
                (
                    *(event.pack_id, m.id, event.receipt_id, event.rma_number, event.made_at),
                    *(event.made_by, event.reason, event.pdf_sha256, event.zip_sha256, photos),
                )
            )
        case UnknownTopic():
            row = (m.id, desk, m.seq, event.topic, event.key, event.text, m.created_at)
            batch.unrouted.append(row)
        case UnitHeldForAudit() | AuditGraded() | AuditResolved() | OutcomeRevised():
            # Sent as the event's own JSON: c0014's merge projects the audit topics into the
            # audit tables (checking the unit is this desk's); a revised outcome is kept as
            # sent and c0017's merge derives its `refund_revised` status event.
            batch.unrouted.append((m.id, desk, m.seq, event.TOPIC, event.key, m.text, m.created_at))
            return
        case _:  # a new event type must be given its central rows here
            raise TypeError(f"no central mapping for {type(event).__name__}")
    batch.events.extend(status_events.of(m, desk, event))


def build_batch(
    desk_id: str, messages: Iterable[tuple[Stored, DeskEvent | UnknownTopic]]
) -> CentralBatch:
    """The central rows of decoded messages, in desk order."""
    batch = CentralBatch(desk_id)
    for message, event in messages:
        add_message(batch, message, event)
    return batch
