"""Version 1 of the desk events: the untyped payloads desks wrote until events were typed,
read into typed shapes (no key look-ups) and upgraded to the current version; and version 2
of the two events version 3 gave weights (unit.inspected, return.completed).

Version 1 payloads were written over several releases: a field a later release added may be
missing, so every such field is optional here, exactly as the old central mapping read
them. Where version 1 left facts to the local store (a unit's scan facts, a return's flags),
the caller passes them in (`LocalFacts`, read by local_state.py). Times version 1 did not
carry are the message's own creation time, as the old mapping took them; a store column's
default stands in for a value neither the payload nor the store has (units undone since).
The weights an older message did not carry are the local store's (received_units,
receipts): a unit or parcel weighed before the desk was upgraded still arrives with its
weight; one undone since has none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

import msgspec

from receiving_desk.adapters.event_codec import Stored
from receiving_desk.domain.events import (
    DeskEvent,
    Discrepancy,
    DispositionOverridden,
    ReturnCompleted,
    ReturnReceived,
    ReturnSetAside,
    ReturnVoided,
    StockMoved,
    UnitInspected,
    UnitOutcome,
    UnitWithdrawn,
)
from receiving_desk.domain.flags import FlagKind
from receiving_desk.domain.inventory import MoveReason
from receiving_desk.domain.receipt import MatchStatus
from receiving_desk.domain.rules_model import Disposition, Refund, RefundKind

_T = TypeVar("_T")
_E = TypeVar("_E", bound=DeskEvent)
_S = TypeVar("_S", bound=msgspec.Struct)


class _RefundV1(msgspec.Struct, frozen=True, kw_only=True):
    kind: RefundKind | None = None
    percent: int | None = None

    def refund(self) -> Refund | None:
        if self.kind is None:
            return None
        return Refund(self.kind, self.percent or 0)


class _ReceivedV1(msgspec.Struct, frozen=True, kw_only=True):
    receipt_id: str
    rma: str | None = None
    station: str
    clerk: str
    at: datetime
    scanned_code: str
    blind: bool | None = None


class _InspectedV1(msgspec.Struct, frozen=True, kw_only=True):
    receipt_id: str | None = None
    unit_id: str | None = None
    rma: str | None = None
    unit_seq: int | None = None
    sku: str | None = None
    gtin14: str | None = None
    line_no: int | None = None
    match: MatchStatus | None = None
    scanned_code: str | None = None
    serial: str | None = None
    scanned_at: datetime | None = None
    scanned_by: str | None = None
    grade: str | None = None
    checklist: dict[str, bool] | None = None
    condition_codes: list[str] | None = None
    note: str | None = None
    photos: list[str] | None = None
    disposition: Disposition | None = None
    returns_to_stock: bool | None = None
    refund: _RefundV1 | None = None
    window: str | None = None
    rule_id: str | None = None
    rule_version: str | None = None
    why: str | None = None
    notes: list[str] | None = None
    inspector: str | None = None
    at: datetime | None = None
    lpn: str | None = None
    destination: str | None = None


class _WithdrawnV1(msgspec.Struct, frozen=True, kw_only=True):
    receipt_id: str
    unit_id: str
    by: str | None = None


class _OverriddenV1(msgspec.Struct, frozen=True, kw_only=True):
    receipt_id: str
    unit_id: str
    proposed: Disposition | None = None
    chosen: Disposition
    reason: str
    by: str | None = None


class _FlagV1(msgspec.Struct, frozen=True, kw_only=True):
    kind: FlagKind
    flag_no: int | None = None
    line_no: int | None = None
    unit_seq: int | None = None
    evidence: dict[str, str | int] = msgspec.field(default_factory=dict)


class _UnitV1(msgspec.Struct, frozen=True, kw_only=True):
    unit_id: str
    sku: str
    serial: str | None = None
    match: MatchStatus
    grade: str | None = None
    disposition: Disposition | None = None
    refund: _RefundV1 | None = None


class _CompletedV1(msgspec.Struct, frozen=True, kw_only=True):
    receipt_id: str
    rma: str | None = None
    station: str | None = None
    completed_by: str | None = None
    at: datetime
    flags: list[_FlagV1] | None = None
    units: list[_UnitV1] = msgspec.field(default_factory=list)


class _ClosedV1(msgspec.Struct, frozen=True, kw_only=True):
    """return.voided and return.set_aside."""

    receipt_id: str
    rma: str | None = None
    reason: str | None = None
    code: str | None = None


class _MovedV1(msgspec.Struct, frozen=True, kw_only=True):
    movement_id: str | None = None
    lpn: str
    sku: str
    quantity: int = 1
    grade: str | None = None
    from_: str | None = msgspec.field(default=None, name="from")
    to: str
    reason: MoveReason = MoveReason.MOVED
    user: str | None = None
    at: datetime
    receipt_id: str | None = None


@dataclass(frozen=True, kw_only=True)
class LocalUnit:
    """A unit's row (and its inspection's) in the local store, for version-1 inspections;
    all None for a unit the store no longer has (undone)."""

    receipt_id: str | None = None
    unit_seq: int | None = None
    gtin14: str | None = None
    scanned_code: str | None = None
    serial: str | None = None
    scanned_at: datetime | None = None
    scanned_by: str | None = None
    why: str | None = None
    checklist: dict[str, bool] | None = None
    photos: list[str] | None = None
    notes: list[str] | None = None
    window: str | None = None
    returns_to_stock: bool | None = None
    refund_kind: RefundKind | None = None
    refund_percent: int | None = None
    weighed_grams: int | None = None


@dataclass
class LocalFacts:
    """What the local store holds for the older messages of one batch."""

    units: dict[str, LocalUnit] = field(default_factory=dict)
    flags: dict[str, tuple[Discrepancy, ...]] = field(default_factory=dict)
    parcel_grams: dict[str, int] = field(default_factory=dict)  # receipt -> its weight

    def upgrade(self, message: Stored) -> DeskEvent:
        readers = _READERS if message.version == 1 else _V2_READERS
        reader = readers.get(message.topic)
        if reader is None:
            raise ValueError(f"no version-{message.version} reader for {message.topic}")
        return reader(self, message)


def _decode(text: str, shape: type[_S]) -> _S:
    return msgspec.json.decode(text, type=shape)


def _received(_: LocalFacts, m: Stored) -> DeskEvent:
    p = _decode(m.text, _ReceivedV1)
    blind = p.rma is None if p.blind is None else p.blind
    return ReturnReceived(
        receipt_id=p.receipt_id,
        rma_number=p.rma,
        station_id=p.station,
        clerk_id=p.clerk,
        opened_at=p.at,
        scanned_code=p.scanned_code,
        blind=blind,
    )


def _first(mine: _T | None, theirs: _T | None, default: _T | None = None) -> _T | None:
    """The message's value, else the local store's, else the default (version 1's order)."""
    return mine if mine is not None else theirs if theirs is not None else default


def _required(value: _T | None, name: str) -> _T:
    if value is None:
        raise ValueError(f"{name} is in neither the message nor the local store")
    return value


def _inspected(facts: LocalFacts, m: Stored) -> DeskEvent:
    p = _decode(m.text, _InspectedV1)
    unit_id = p.unit_id or m.key
    local = facts.units.get(unit_id) or LocalUnit()

    refund = p.refund.refund() if p.refund is not None else None
    if refund is None and local.refund_kind is not None:
        refund = Refund(local.refund_kind, local.refund_percent or 0)
    checklist = _first(p.checklist, local.checklist, {})
    return UnitInspected(
        receipt_id=_required(_first(p.receipt_id, local.receipt_id), "receipt"),
        unit_id=unit_id,
        rma_number=p.rma,
        unit_seq=_first(p.unit_seq, local.unit_seq),
        sku=_required(p.sku, "sku"),
        gtin14=_first(p.gtin14, local.gtin14),
        line_no=p.line_no,
        match=_required(p.match, "match"),
        scanned_code=_first(p.scanned_code, local.scanned_code),
        serial=_first(p.serial, local.serial),
        scanned_at=_first(p.scanned_at, local.scanned_at),
        scanned_by=_first(p.scanned_by, local.scanned_by),
        grade=_required(p.grade, "grade"),
        condition_codes=tuple(p.condition_codes or ()),
        note=p.note or "",
        checklist=tuple(sorted((checklist or {}).items())),
        photos=tuple(_first(p.photos, local.photos, []) or ()),
        disposition=_required(p.disposition, "disposition"),
        returns_to_stock=bool(_first(p.returns_to_stock, local.returns_to_stock)),
        refund=refund or Refund(RefundKind.NONE, 0),
        return_window=_first(p.window, local.window, "inside") or "inside",
        rule_id=_required(p.rule_id, "rule_id"),
        rule_version=_required(p.rule_version, "rule_version"),
        why=_first(p.why, local.why, "") or "",
        notes=tuple(_first(p.notes, local.notes, []) or ()),
        inspector_id=_required(p.inspector, "inspector"),
        inspected_at=_required(p.at, "at"),
        lpn=p.lpn,
        destination=p.destination,
        weighed_grams=local.weighed_grams,
    )


def _withdrawn(_: LocalFacts, m: Stored) -> DeskEvent:
    p = _decode(m.text, _WithdrawnV1)
    return UnitWithdrawn(
        receipt_id=p.receipt_id, unit_id=p.unit_id, withdrawn_by=p.by, withdrawn_at=m.created_at
    )


def _overridden(_: LocalFacts, m: Stored) -> DeskEvent:
    p = _decode(m.text, _OverriddenV1)
    return DispositionOverridden(
        receipt_id=p.receipt_id,
        unit_id=p.unit_id,
        proposed=p.proposed,
        chosen=p.chosen,
        reason=p.reason,
        overridden_by=p.by,
        overridden_at=m.created_at,
    )


def _completed(facts: LocalFacts, m: Stored) -> DeskEvent:
    p = _decode(m.text, _CompletedV1)
    if p.flags is None:  # the oldest payloads: the flags are only in the local store
        flags = facts.flags.get(p.receipt_id, ())
    else:
        flags = tuple(
            Discrepancy(
                flag_no=f.flag_no or n,
                kind=f.kind,
                line_no=f.line_no,
                unit_seq=f.unit_seq,
                evidence=tuple(sorted(f.evidence.items())),
            )
            for n, f in enumerate(p.flags, 1)
        )
    units = tuple(
        UnitOutcome(
            unit_id=u.unit_id,
            sku=u.sku,
            serial=u.serial,
            match=u.match,
            grade=u.grade,
            disposition=u.disposition,
            refund=u.refund.refund() if u.refund is not None else None,
        )
        for u in p.units
    )
    return ReturnCompleted(
        receipt_id=p.receipt_id,
        rma_number=p.rma,
        station_id=p.station,
        completed_by=p.completed_by,
        completed_at=p.at,
        flags=flags,
        units=units,
        parcel_grams=facts.parcel_grams.get(p.receipt_id),
    )


def _voided(_: LocalFacts, m: Stored) -> DeskEvent:
    p = _decode(m.text, _ClosedV1)
    return ReturnVoided(
        receipt_id=p.receipt_id,
        rma_number=p.rma,
        reason=p.reason,
        voided_by=None,
        voided_at=m.created_at,
    )


def _set_aside(_: LocalFacts, m: Stored) -> DeskEvent:
    p = _decode(m.text, _ClosedV1)
    return ReturnSetAside(
        receipt_id=p.receipt_id,
        rma_number=p.rma,
        reason=p.reason,
        scanned_code=p.code,
        set_aside_by=None,
        set_aside_at=m.created_at,
    )


def _moved(_: LocalFacts, m: Stored) -> DeskEvent:
    p = _decode(m.text, _MovedV1)
    return StockMoved(
        movement_id=p.movement_id or m.key,
        lpn=p.lpn,
        sku=p.sku,
        quantity=p.quantity,
        grade=p.grade,
        from_location=p.from_,
        to_location=p.to,
        reason=p.reason,
        moved_by=p.user,
        moved_at=p.at,
        receipt_id=p.receipt_id,
    )


def _with_weight(m: Stored, cls: type[_E], name: str, grams: int | None) -> _E:
    """A version-2 message read as the current event: its fields as they are, plus the
    weight version 3 added (an upgrade is rare: built through JSON, with every check)."""
    fields = msgspec.json.decode(m.text)
    if not isinstance(fields, dict):
        raise ValueError("not a JSON object")
    fields[name] = grams
    return msgspec.json.decode(msgspec.json.encode(fields), type=cls)


def _inspected_v2(facts: LocalFacts, m: Stored) -> DeskEvent:
    local = facts.units.get(m.key) or LocalUnit()
    return _with_weight(m, UnitInspected, "weighed_grams", local.weighed_grams)


def _completed_v2(facts: LocalFacts, m: Stored) -> DeskEvent:
    return _with_weight(m, ReturnCompleted, "parcel_grams", facts.parcel_grams.get(m.key))


_V2_READERS = {UnitInspected.TOPIC: _inspected_v2, ReturnCompleted.TOPIC: _completed_v2}

_READERS = {
    ReturnReceived.TOPIC: _received,
    UnitInspected.TOPIC: _inspected,
    UnitWithdrawn.TOPIC: _withdrawn,
    DispositionOverridden.TOPIC: _overridden,
    ReturnCompleted.TOPIC: _completed,
    ReturnVoided.TOPIC: _voided,
    ReturnSetAside.TOPIC: _set_aside,
    StockMoved.TOPIC: _moved,
}
