"""A whole return by scanner alone: a PIN scanned from a badge card (or with the badge in one
scan), and a grade scanned as its number from a printed grading sheet.

A PIN is handled before anything interprets the scan, whatever step the desk is in: it goes
to the login use case and nowhere else (no error parameter, no audit text, no reason field).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.barcodes.pin_scans import PinScan, read_pin_scan, redacted
from receiving_desk.domain.errors import DeskError, ErrorCode

if TYPE_CHECKING:
    from receiving_desk.services.desk import Desk
    from receiving_desk.services.desk_events import DeskResult

__all__ = ["grade_by_number", "read_pin_scan", "scanned_pin"]

MAX_GRADES = 9  # a grading sheet numbers the scale 1-9: one digit, never a GTIN or a SKU


def scanned_pin(desk: Desk, pin: PinScan, patterns: DeskPatterns) -> DeskResult:
    """Log in with a scanned PIN: after the badge, or with the badge read in the same scan."""
    if pin.badge is not None:
        desk._pending_badge = pin.badge  # the same as scanning the badge first
    if desk._pending_badge is None:
        shown = redacted(f"{patterns.pin_prefix}{pin.pin}", patterns) or patterns.pin_prefix
        raise DeskError(ErrorCode.WRONG_STEP, expected="badge", code=shown)
    return desk.submit_pin(pin.pin)


def grade_by_number(desk: Desk, payload: str) -> str | None:
    """The grade a lone digit names (1 = the first of the unit's scale), or None when the scan
    is no such digit or no return is open. Refused when no unit waits or the scale is shorter."""
    text = payload.strip()
    if len(text) != 1 or not text.isdigit() or text == "0" or desk._receipt_id is None:
        return None
    view = desk.view()
    waiting = view.parcel.unit_to_grade if view.parcel is not None else None
    if waiting is None:
        raise DeskError(ErrorCode.NO_UNIT_TO_GRADE)
    number = int(text)
    if number > len(view.grades):
        raise DeskError(ErrorCode.GRADE_NOT_ALLOWED, grade=text)
    return view.grades[number - 1]
