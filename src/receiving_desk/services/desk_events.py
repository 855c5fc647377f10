"""What happened at the desk (for the screen's message and sound) and the new screen state."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from receiving_desk.services.desk_view import DeskView


class Event(StrEnum):
    BADGE_READ = "badge_read"
    LOGGED_IN = "logged_in"
    LOGGED_OUT = "logged_out"
    SESSION_CHANGED = "session_changed"  # another user logged in: the previous session ended
    IDLE_WARNING = "idle_warning"  # nothing done for a while: the idle logout is near
    IDLE_LOGGED_OUT = "idle_logged_out"
    PARCEL_OPENED = "parcel_opened"
    PARCEL_RESUMED = "parcel_resumed"
    NO_RMA_FOUND = "no_rma_found"
    SEVERAL_RMAS = "several_rmas"
    BLIND_OPENED = "blind_opened"
    SET_ASIDE = "set_aside"
    UNIT_ADDED = "unit_added"
    CHECK_ANSWERED = "check_answered"
    ALL_CHECKS_PASSED = "all_checks_passed"
    CONDITION_TOGGLED = "condition_toggled"
    PHOTO_ADDED = "photo_added"
    UNIT_GRADED = "unit_graded"
    OVERRIDE_STARTED = "override_started"
    OVERRIDDEN = "overridden"
    UNIT_CANCELLED = "unit_cancelled"
    NEXT_UNIT = "next_unit"
    CONFIRM_NEEDED = "confirm_needed"  # completing asks first: no units, or discrepancies
    RETURN_COMPLETED = "return_completed"
    RETURN_VOIDED = "return_voided"
    SCAN_UNDONE = "scan_undone"
    CANCELLED = "cancelled"
    LPN_ADDED = "lpn_added"
    PUT_AWAY = "put_away"
    REPRINTED = "reprinted"
    APPROVAL_NEEDED = "approval_needed"  # a supervisor scans their badge and gives their PIN
    APPROVER_BADGE_READ = "approver_badge_read"
    WEIGHED = "weighed"  # a stable weight recorded for the parcel or the unit
    AUDIT_OPENED = "audit_opened"  # a held LPN: grade it blind
    AUDIT_GRADED = "audit_graded"
    AUDIT_HELD = "audit_held"  # a supervisor held a unit for a blind audit
    NOTHING = "nothing"


@dataclass(frozen=True)
class DeskResult:
    event: Event
    view: DeskView
    params: dict[str, Any] = field(default_factory=dict)
