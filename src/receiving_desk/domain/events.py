"""The messages the desk's use cases emit for the central database.

One frozen dataclass per kind of fact, each with its topic and schema version. A use case
writes them to the outbox in the transaction of the change (`Outbox.put` takes nothing else);
an adapter serialises them, and the central side maps them to its tables by type. Each event
carries every fact the central side needs, so the push reads nothing else from the store.

Versioning: a change to an event's fields is a new VERSION; the serialiser keeps a reader and
an upgrade for the version before, so messages already in an outbox still go out (see
docs/central-schema.md, "Event types and versions").
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from receiving_desk.domain.blind_audit import AuditResolution
from receiving_desk.domain.flags import Flag, FlagKind
from receiving_desk.domain.inventory import Movement, MoveReason
from receiving_desk.domain.receipt import MatchStatus, ReceivedUnit
from receiving_desk.domain.rules_model import Disposition, Refund

Evidence = tuple[tuple[str, str | int], ...]  # a flag's evidence, as (name, value) pairs


@dataclass(frozen=True, slots=True)
class DeskEvent(ABC):
    """What every outbox message is. `key` names the row it is about (receipt, unit, ...)."""

    TOPIC: ClassVar[str]
    VERSION: ClassVar[int]

    @property
    @abstractmethod
    def key(self) -> str: ...


@dataclass(frozen=True, kw_only=True, slots=True)
class ReturnReceived(DeskEvent):
    """A parcel was opened at a desk (on an RMA, or blind)."""

    TOPIC: ClassVar[str] = "return.received"
    VERSION: ClassVar[int] = 2

    receipt_id: str
    rma_number: str | None
    station_id: str
    clerk_id: str
    opened_at: datetime
    scanned_code: str
    blind: bool

    @property
    def key(self) -> str:
        return self.receipt_id


@dataclass(frozen=True, kw_only=True, slots=True)
class UnitInspected(DeskEvent):
    """A unit was graded: the scan that found it, the inspection and the rules' decision.
    Version 3 added `weighed_grams`."""

    TOPIC: ClassVar[str] = "unit.inspected"
    VERSION: ClassVar[int] = 3

    receipt_id: str
    unit_id: str
    rma_number: str | None
    # The scan's facts; None only in a version-1 message whose unit was undone before it was
    # read (version 1 left them to the local store, which forgets undone units).
    unit_seq: int | None  # scan order in the parcel
    sku: str
    gtin14: str | None
    line_no: int | None
    match: MatchStatus
    scanned_code: str | None
    serial: str | None
    scanned_at: datetime | None
    scanned_by: str | None
    grade: str
    condition_codes: tuple[str, ...]
    note: str
    checklist: tuple[tuple[str, bool], ...]  # (check code, passed)
    photos: tuple[str, ...]
    disposition: Disposition  # as proposed by the rules
    returns_to_stock: bool
    refund: Refund
    return_window: str  # "inside" / "lenient" / "outside"
    rule_id: str
    rule_version: str
    why: str
    notes: tuple[str, ...]
    inspector_id: str
    inspected_at: datetime
    lpn: str | None
    destination: str | None
    weighed_grams: int | None  # its stable weight on the scale (None: not weighed)

    @property
    def key(self) -> str:
        return self.unit_id


@dataclass(frozen=True, kw_only=True, slots=True)
class UnitWithdrawn(DeskEvent):
    """A graded unit was taken back out of the parcel (scan undone, unit cancelled)."""

    TOPIC: ClassVar[str] = "unit.withdrawn"
    VERSION: ClassVar[int] = 2

    receipt_id: str
    unit_id: str
    withdrawn_by: str | None
    withdrawn_at: datetime

    @property
    def key(self) -> str:
        return self.unit_id


@dataclass(frozen=True, kw_only=True, slots=True)
class DispositionOverridden(DeskEvent):
    """A supervisor replaced the rules' disposition of a unit, with a reason."""

    TOPIC: ClassVar[str] = "unit.disposition_overridden"
    VERSION: ClassVar[int] = 2

    receipt_id: str
    unit_id: str
    proposed: Disposition | None  # None only in messages upgraded from version 1
    chosen: Disposition
    reason: str
    overridden_by: str | None
    overridden_at: datetime

    @property
    def key(self) -> str:
        return self.unit_id


@dataclass(frozen=True, kw_only=True, slots=True)
class Discrepancy:
    """A reconciliation flag as it travels with the completed return; numbered 1.. in it."""

    flag_no: int
    kind: FlagKind
    line_no: int | None
    unit_seq: int | None
    evidence: Evidence

    @classmethod
    def numbered(cls, flags: list[Flag]) -> tuple[Discrepancy, ...]:
        return tuple(
            cls(
                flag_no=n,
                kind=f.kind,
                line_no=f.line_no,
                unit_seq=f.unit_seq,
                evidence=tuple(sorted(f.evidence.items())),
            )
            for n, f in enumerate(flags, 1)
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class UnitOutcome:
    """One unit of a completed return: what the refund and status events are made of."""

    unit_id: str
    sku: str
    serial: str | None
    match: MatchStatus
    grade: str | None  # None: never graded
    disposition: Disposition | None  # after any override
    refund: Refund | None

    @classmethod
    def of(cls, unit: ReceivedUnit, final: AuditResolution | None = None) -> UnitOutcome:
        """The unit as graded, or as its audit's final grade decided (`final`): both
        inspections are kept, the final one is what the refund follows."""
        inspection = unit.inspection
        if final is not None and final.decision is not None:
            decision = final.decision
            return cls(
                unit_id=unit.id,
                sku=unit.sku,
                serial=unit.serial,
                match=unit.match,
                grade=final.final_grade,
                disposition=decision.disposition,
                refund=decision.refund,
            )
        return cls(
            unit_id=unit.id,
            sku=unit.sku,
            serial=unit.serial,
            match=unit.match,
            grade=inspection.grade if inspection else None,
            disposition=inspection.disposition if inspection else None,
            refund=inspection.decision.refund if inspection else None,
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class ReturnCompleted(DeskEvent):
    """A parcel was completed: its units' outcomes and the discrepancies found. Version 3
    added `parcel_grams` (final by then: a parcel is weighed only before its first unit)."""

    TOPIC: ClassVar[str] = "return.completed"
    VERSION: ClassVar[int] = 3

    receipt_id: str
    rma_number: str | None
    station_id: str | None
    completed_by: str | None
    completed_at: datetime
    flags: tuple[Discrepancy, ...]
    units: tuple[UnitOutcome, ...]
    parcel_grams: int | None  # its stable weight before opening (None: not weighed)

    @property
    def key(self) -> str:
        return self.receipt_id


@dataclass(frozen=True, kw_only=True, slots=True)
class ReturnVoided(DeskEvent):
    """A supervisor voided an open return (e.g. opened on the wrong RMA)."""

    TOPIC: ClassVar[str] = "return.voided"
    VERSION: ClassVar[int] = 2

    receipt_id: str
    rma_number: str | None
    reason: str | None
    voided_by: str | None  # None only in messages upgraded from version 1
    voided_at: datetime

    @property
    def key(self) -> str:
        return self.receipt_id


@dataclass(frozen=True, kw_only=True, slots=True)
class ReturnSetAside(DeskEvent):
    """A parcel was parked for a supervisor."""

    TOPIC: ClassVar[str] = "return.set_aside"
    VERSION: ClassVar[int] = 2

    receipt_id: str
    rma_number: str | None
    reason: str | None
    scanned_code: str | None
    set_aside_by: str | None  # None only in messages upgraded from version 1
    set_aside_at: datetime

    @property
    def key(self) -> str:
        return self.receipt_id


@dataclass(frozen=True, kw_only=True, slots=True)
class StockMoved(DeskEvent):
    """A stock movement of the ledger: into returns staging, put away, or moved."""

    TOPIC: ClassVar[str] = "stock.moved"
    VERSION: ClassVar[int] = 2

    movement_id: str
    lpn: str
    sku: str
    quantity: int
    grade: str | None
    from_location: str | None  # None: came in with a return
    to_location: str
    reason: MoveReason
    moved_by: str | None
    moved_at: datetime
    receipt_id: str | None

    @property
    def key(self) -> str:
        return self.movement_id

    @classmethod
    def of(cls, m: Movement) -> StockMoved:
        return cls(
            movement_id=m.id,
            lpn=m.lpn,
            sku=m.sku,
            quantity=m.quantity,
            grade=m.grade,
            from_location=m.from_location,
            to_location=m.to_location,
            reason=m.reason,
            moved_by=m.user_id,
            moved_at=m.at,
            receipt_id=m.receipt_id,
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class EvidencePackMade(DeskEvent):
    """An evidence pack of a return was made: the SHA-256 of its PDF, of its ZIP and of every
    photo in it, recorded centrally so a copy found later can be checked against them."""

    TOPIC: ClassVar[str] = "evidence.pack_made"
    VERSION: ClassVar[int] = 1

    pack_id: str
    receipt_id: str
    rma_number: str | None
    made_at: datetime
    made_by: str | None  # None: made by the desk itself (a fraud flag at completion)
    reason: str  # "on_demand" or "fraud_flag"
    pdf_sha256: str
    zip_sha256: str
    photos: tuple[tuple[str, str], ...]  # (photo name, SHA-256)

    @property
    def key(self) -> str:
        return self.pack_id


# -- blind re-inspection audits (services/blind_audit.py) ------------------------------------
# Version 1: new kinds, never untyped. They travel as the event's own JSON (with the topics a
# central database may not know: c0012 kept them as sent); c0014 projects them into its
# audit tables (audit_holds, audit_grades, audit_resolutions).
@dataclass(frozen=True, kw_only=True, slots=True)
class UnitHeldForAudit(DeskEvent):
    TOPIC: ClassVar[str] = "audit.held"
    VERSION: ClassVar[int] = 1

    lpn: str
    unit_id: str
    receipt_id: str
    reason: str  # sampled / overridden / picked / gold
    first_grader: str
    first_grade: str
    held_by: str
    held_at: datetime

    @property
    def key(self) -> str:
        return self.lpn


@dataclass(frozen=True, kw_only=True, slots=True)
class AuditGraded(DeskEvent):
    """A blind (or gold calibration) grade; the first inspection's event is untouched."""

    TOPIC: ClassVar[str] = "audit.graded"
    VERSION: ClassVar[int] = 1

    grade_id: str
    lpn: str
    kind: str
    grader_id: str
    grade: str
    agrees: bool
    station_id: str
    graded_at: datetime

    @property
    def key(self) -> str:
        return self.grade_id


@dataclass(frozen=True, kw_only=True, slots=True)
class AuditResolved(DeskEvent):
    """A supervisor's final grade of a disputed unit: what the refund and stock follow."""

    TOPIC: ClassVar[str] = "audit.resolved"
    VERSION: ClassVar[int] = 1

    lpn: str
    unit_id: str
    receipt_id: str
    first_grade: str
    final_grade: str
    disposition: Disposition
    refund: Refund
    resolved_by: str
    approved_for: str | None
    note: str
    resolved_at: datetime

    @property
    def key(self) -> str:
        return self.lpn


@dataclass(frozen=True, kw_only=True, slots=True)
class OutcomeRevised(DeskEvent):
    """A completed return's unit, its outcome corrected by an audit's final grade: the grade,
    disposition and refund now to act on (the completion stays as it was sent). One per unit:
    a unit's audit is resolved once."""

    TOPIC: ClassVar[str] = "return.outcome_revised"
    VERSION: ClassVar[int] = 1

    receipt_id: str
    rma_number: str | None
    unit: UnitOutcome
    first_grade: str
    held_reason: str | None  # held for review (domain/refund_hold.py): never refunded
    revised_by: str  # the supervisor who set the final grade
    approved_for: str | None  # the clerk at whose desk they approved it, if any
    revised_at: datetime

    @property
    def key(self) -> str:
        return self.unit.unit_id


AUDIT_EVENT_TYPES: tuple[type[DeskEvent], ...] = (
    UnitHeldForAudit,
    AuditGraded,
    AuditResolved,
    OutcomeRevised,
)

EVENT_TYPES: tuple[type[DeskEvent], ...] = (
    ReturnReceived,
    UnitInspected,
    UnitWithdrawn,
    DispositionOverridden,
    ReturnCompleted,
    ReturnVoided,
    ReturnSetAside,
    StockMoved,
    EvidencePackMade,
    *AUDIT_EVENT_TYPES,
)
