"""Refunds only for what was refundable.

A unit that is not what the customer declared (a wrong item, an undeclared extra, one more
than the quantity declared), that is not the serial that was sold, or that came without an
RMA is never recommended for a refund: its refund is NONE and it is *held for review* with
the reason. The desk decides it when the unit is graded (so the inspection, the local and
central reports and the outbox all say "no refund"); the central merge applies the same
rule again when it derives the status events (migration c0005, `rd_hold_reason`), so a desk
cannot talk a held unit into a refund.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from receiving_desk.domain.decision_notes import HeldForReview, english
from receiving_desk.domain.flags import FlagKind
from receiving_desk.domain.receipt import MatchStatus, ReceivedUnit
from receiving_desk.domain.reconciliation import reconcile
from receiving_desk.domain.rma import ReturnAuthorization
from receiving_desk.domain.rules_model import Decision, Refund

HELD_FOR_REVIEW = "held_for_review"
NO_RMA = "no_rma"
# The discrepancies that hold a unit's refund; their kind is the reason given.
HOLDING_FLAGS = frozenset(
    {FlagKind.WRONG_ITEM, FlagKind.EXTRA_ITEM, FlagKind.QUANTITY_OVER, FlagKind.SERIAL_MISMATCH}
)
_BY_MATCH = {
    MatchStatus.NOT_ON_RMA: FlagKind.EXTRA_ITEM,
    MatchStatus.OVER_QUANTITY: FlagKind.QUANTITY_OVER,
}


def hold_reason(
    rma: ReturnAuthorization | None, units: Sequence[ReceivedUnit], unit: ReceivedUnit
) -> str | None:
    """Why `unit` (one of `units`, the parcel so far) is held for review, or None."""
    if rma is None:
        return NO_RMA
    for flag in reconcile(rma, units, final=False):
        if flag.unit_seq == unit.seq and flag.kind in HOLDING_FLAGS:
            return flag.kind.value
    by_match = _BY_MATCH.get(unit.match)
    return None if by_match is None else by_match.value


def held(decision: Decision, reason: str | None) -> Decision:
    """The rules' decision, with no refund if the unit is held for review (and why)."""
    if reason is None:
        return decision
    note = english(HeldForReview(reason))
    return replace(decision, refund=Refund.none(), notes=(*decision.notes, note))
