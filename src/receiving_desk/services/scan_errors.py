"""A scan the desk cannot use, as a DeskError carrying the facts a clerk can act on.

The barcode interpreter reports problems as data (a stable ``problem_code`` and its facts:
expected and read check digit, the AI, the offending value, the site pattern nearly matched).
The GUI turns code and facts into a translated sentence (gui/messages.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from receiving_desk.domain.barcodes import Interpretation, ScanKind
from receiving_desk.domain.errors import DeskError, ErrorCode

T = TypeVar("T")

# Errors that only say "not now" or "not found": a near miss of a site pattern explains more.
_VAGUE = frozenset({ErrorCode.WRONG_STEP, ErrorCode.UNKNOWN_ITEM, ErrorCode.NO_RMA_FOR_LOOKUP})


def invalid_scan(reading: Interpretation) -> DeskError:
    """The error for an INVALID reading: a check-digit slip, or a barcode that is wrong."""
    code = (
        ErrorCode.BAD_CHECK_DIGIT
        if reading.problem_code == "check_digit"
        else ErrorCode.INVALID_BARCODE
    )
    facts = dict(reading.problem_params)
    return DeskError(
        code,
        **{**facts, "code": reading.raw},
        problem=reading.problem,
        problem_code=reading.problem_code,
    )


def is_near_miss(reading: Interpretation) -> bool:
    """An UNKNOWN that starts like one of the site's own barcodes (RMA-…, LPN…, BIN-…)."""
    return reading.kind is ScanKind.UNKNOWN and "prefix" in reading.problem_params


def explain_near_miss(reading: Interpretation, action: Callable[[], T]) -> T:
    """Run ``action``; if it refuses the scan vaguely, say which site pattern it nearly was."""
    if not is_near_miss(reading):
        return action()
    try:
        return action()
    except DeskError as error:
        if error.code not in _VAGUE:
            raise
        raise DeskError(
            ErrorCode.NEAR_MISS,
            code=reading.raw,
            kind=reading.problem_params.get("kind", ""),
            prefix=reading.problem_params.get("prefix", ""),
        ) from error
