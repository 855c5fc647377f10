"""Discrepancy flags on a return: what did not match the declaration, with its evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class FlagKind(StrEnum):
    WRONG_ITEM = "wrong_item"
    EXTRA_ITEM = "extra_item"
    MISSING_ITEM = "missing_item"
    EMPTY_BOX = "empty_box"
    QUANTITY_SHORT = "quantity_short"
    QUANTITY_OVER = "quantity_over"
    SERIAL_MISMATCH = "serial_mismatch"
    OUTSIDE_WINDOW = "outside_window"
    ACCEPTED_BY_LENIENCY = "accepted_by_leniency"  # late, but inside the tier's leniency
    NO_RMA = "no_rma"  # a blind receipt: nothing to reconcile against
    TOO_LIGHT = "too_light"  # weighed below the expected range: missing parts
    TOO_HEAVY = "too_heavy"  # weighed above it: something else inside (a brick)


# What a weight says about a parcel or unit, as the flag it raises (domain/weights.py).
WEIGHT_FLAGS = {
    "empty_box": FlagKind.EMPTY_BOX,
    "too_light": FlagKind.TOO_LIGHT,
    "too_heavy": FlagKind.TOO_HEAVY,
}


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    line_no: int | None = None
    unit_seq: int | None = None
    evidence: dict[str, Any] = field(default_factory=dict)
