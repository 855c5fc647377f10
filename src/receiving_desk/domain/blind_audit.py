"""Blind re-inspection audits: a held unit, the grades given to it, and the final word.

The first inspection stays where it is (the receipt's unit); a hold names the unit and its
first grade; each blind grade is its own row; a supervisor's resolution is another. Nothing
overwrites anything: the final grade is read as resolution, else the agreed first grade.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from receiving_desk.domain.audit_sampling import HoldReason
from receiving_desk.domain.rules_model import Decision


class HoldState(StrEnum):
    OPEN = "open"  # labelled AUDIT: waiting for a blind grade; put-away refuses it
    AGREED = "agreed"  # the blind grade matched: the first decision stands
    DISPUTED = "disputed"  # the grades differ: a supervisor sets the final grade
    RESOLVED = "resolved"  # a supervisor set the final grade
    GOLD = "gold"  # a calibration unit: stays open for every clerk's blind grade


class GradeKind(StrEnum):
    BLIND = "blind"  # the audit's second inspection
    GOLD = "gold"  # a clerk's calibration grade of a gold unit


@dataclass(frozen=True)
class AuditHold:
    lpn: str
    unit_id: str
    receipt_id: str
    sku: str
    category: str
    reason: HoldReason
    first_grader: str  # user id of the first inspection (the supervisor's, for gold)
    first_grade: str
    held_by: str
    held_at: datetime
    state: HoldState = HoldState.OPEN

    @property
    def waiting(self) -> bool:
        """Put-away refuses the unit while this is true."""
        return self.state in (HoldState.OPEN, HoldState.DISPUTED)


@dataclass(frozen=True)
class AuditGrade:
    id: str
    lpn: str
    kind: GradeKind
    grader_id: str
    grade: str
    checklist: tuple[tuple[str, bool], ...]
    station_id: str
    graded_at: datetime


@dataclass(frozen=True)
class AuditResolution:
    lpn: str
    final_grade: str
    resolved_by: str  # the supervisor (their session, or their badge approval)
    approved_for: str | None  # the clerk at whose desk they approved, if any
    note: str
    resolved_at: datetime
    # The rules' decision for the final grade (held for review as refund_hold says): what the
    # completion, or its revision, sends. None only for resolutions kept before store 0016.
    decision: Decision | None = None


@dataclass(frozen=True)
class BlindUnit:
    """What the blind grader sees. By construction it has no field for the first grade, the
    checklist answers given, the conditions or the disposition."""

    lpn: str
    sku: str
    description: str
    category: str
    grades: tuple[str, ...]
    checks: tuple[tuple[str, str], ...]  # (code, question) to answer afresh
    gold: bool


@dataclass(frozen=True)
class BlindOutcome:
    """What the blind grader is told after grading: only whether a supervisor is needed."""

    lpn: str
    state: HoldState
