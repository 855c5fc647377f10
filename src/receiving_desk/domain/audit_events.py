"""Typed events of blind re-inspection audits (the outbox serialises them like every
DeskEvent). They are not yet in events.EVENT_TYPES: the central side has no tables for them
yet, so they travel as messages of a topic it keeps verbatim (unrouted_messages) — nothing
is lost, and a central migration with their staging tables will route them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from receiving_desk.domain.events import DeskEvent
from receiving_desk.domain.rules_model import Disposition, Refund


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
