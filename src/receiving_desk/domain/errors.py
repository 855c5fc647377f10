"""Known, user-facing errors.

A `DeskError` is something the clerk caused or the environment did (an unknown barcode, a
refused action, a locked database). It carries a stable `code` and parameters; the GUI turns
the code into a translated message. Anything else that escapes a use case is a bug.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    UNKNOWN_BARCODE = "unknown_barcode"
    BAD_CHECK_DIGIT = "bad_check_digit"
    INVALID_BARCODE = "invalid_barcode"
    NOISE = "noise"
    WRONG_STEP = "wrong_step"
    NEAR_MISS = "near_miss"  # starts like a site barcode (RMA-…) but does not match its pattern
    NOT_LOGGED_IN = "not_logged_in"
    BAD_CREDENTIALS = "bad_credentials"
    ACCOUNT_LOCKED = "account_locked"
    PERMISSION_DENIED = "permission_denied"
    USER_INACTIVE = "user_inactive"  # deactivated since the login: nothing more is allowed
    RMA_NOT_FOUND = "rma_not_found"
    RMA_CLOSED = "rma_closed"
    PARCEL_ALREADY_OPEN = "parcel_already_open"
    NO_OPEN_PARCEL = "no_open_parcel"
    UNKNOWN_ITEM = "unknown_item"
    NO_UNIT_TO_GRADE = "no_unit_to_grade"
    GRADE_NOT_ALLOWED = "grade_not_allowed"
    UNITS_NOT_GRADED = "units_not_graded"
    RETURN_NOT_OPEN = "return_not_open"
    REASON_REQUIRED = "reason_required"
    NOTHING_TO_UNDO = "nothing_to_undo"
    UNKNOWN_CHECK = "unknown_check"
    UNKNOWN_CONDITION = "unknown_condition"
    CHECKS_UNANSWERED = "checks_unanswered"  # the category requires them before a grade
    NOTHING_TO_CONFIRM = "nothing_to_confirm"
    NO_SUCH_PICK = "no_such_pick"  # a pick-list number that is not on the list
    NOTHING_TO_OVERRIDE = "nothing_to_override"
    NO_RMA_FOR_LOOKUP = "no_rma_for_lookup"
    SEVERAL_RMAS = "several_rmas"
    UNKNOWN_BIN = "unknown_bin"
    WRONG_BIN = "wrong_bin"
    UNKNOWN_LPN = "unknown_lpn"
    NOTHING_TO_PUT_AWAY = "nothing_to_put_away"
    NO_LABEL = "no_label"
    INVALID_SETTING = "invalid_setting"
    # Reference data with a bin, badge or RMA the site's [barcodes] patterns would not scan.
    SITE_CODES_REFUSED = "site_codes_refused"
    PRINTER_FAILED = "printer_failed"
    FILE_PROBLEM = "file_problem"
    PHOTO_NOT_ADDED = "photo_not_added"
    # Undoing a unit already labelled or put away: a supervisor approves it at the desk.
    APPROVAL_REQUIRED = "approval_required"
    APPROVAL_PENDING = "approval_pending"  # waiting for the supervisor's badge and PIN
    LPN_REVERSED = "lpn_reversed"  # its stock was reversed (scan undone, return voided)
    # Grading again a unit that was put away and undone would change where it goes.
    DISPOSITION_CHANGE_NEEDS_OVERRIDE = "disposition_change_needs_override"
    # Weighing (docs/scales.md): the scale gave no weight the desk may record.
    PARCEL_ALREADY_UNPACKED = "parcel_already_unpacked"  # items scanned: too late to weigh it
    NOTHING_TO_WEIGH = "nothing_to_weigh"  # no open parcel nor unit waiting for a grade
    NO_SCALE = "no_scale"  # the station has no scale, or it is unplugged
    SCALE_NOT_STABLE = "scale_not_stable"  # still moving when the settling time ran out
    SCALE_OVERLOAD = "scale_overload"  # beyond the scale's capacity
    SCALE_NEGATIVE = "scale_negative"  # below zero: platform lifted or a bad tare
    SCALE_EMPTY = "scale_empty"  # nothing on the platform (an empty box still weighs its box)
    # Blind re-inspection audits (services/blind_audit.py).
    AUDIT_PENDING = "audit_pending"  # put-away refused: the unit waits for its blind audit
    NOT_HELD_FOR_AUDIT = "not_held_for_audit"
    ALREADY_HELD_FOR_AUDIT = "already_held_for_audit"
    OWN_UNIT_AUDIT = "own_unit_audit"  # nobody audits their own grade
    ALREADY_AUDITED = "already_audited"  # this clerk already graded this unit blind
    NOTHING_TO_RESOLVE = "nothing_to_resolve"
    # The local store, classified by SQLite's error code (see services/error_classes.py).
    DATABASE_LOCKED = "database_locked"
    DATABASE_FULL = "database_full"
    DATABASE_READ_ONLY = "database_read_only"
    DATABASE_IO_ERROR = "database_io_error"
    DATABASE_CORRUPT = "database_corrupt"


class DeskError(Exception):
    """A known error with a stable code and message parameters."""

    def __init__(self, code: ErrorCode, /, **params: Any) -> None:
        self.code = code
        self.params = params
        detail = ", ".join(f"{k}={v!r}" for k, v in sorted(params.items()))
        super().__init__(f"{code.value}({detail})" if detail else code.value)
