"""Weighing a parcel before it is opened and a unit at inspection (docs/scales.md).

The weight the desk records is a stable reading from the scale, never a moving one: `accept`
refuses every other reading with the reason the clerk is told. Which thing is weighed follows
the step: an open parcel with nothing scanned out of it yet is the parcel; a unit waiting for
its grade is that unit. The weight is saved with the receipt (or unit) and audited in one
unit of work; what it says becomes a flag when the return is completed
(domain/weight_checks.py), and is shown at once with the expected range.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.ports import Clock, UnitOfWork
from receiving_desk.domain.receipt import ParcelReceipt
from receiving_desk.domain.users import Permission, Session
from receiving_desk.domain.weight_checks import (
    Lookup,
    parcel_contents,
    parcel_finding,
    parcel_range,
    unit_expected,
)
from receiving_desk.domain.weights import (
    Expected,
    Reading,
    ReadingState,
    WeightFinding,
    WeightPolicy,
    check_unit,
)
from receiving_desk.services.base import UseCases

Target = Literal["parcel", "unit"]
ON_PLATFORM_GRAMS = 10  # less is an empty platform (drift, dust), not a weight to record


class ScaleSource(Protocol):
    """The station's scale as the desk asks it (adapters/scales/feed.py)."""

    def settled(self) -> Reading | None:
        """The first stable reading taken from now on, waiting at most the scale's settling
        time; failing that the last reading seen (moving, overload...); None with no scale
        connected."""
        ...


@dataclass(frozen=True)
class WeightCheck:
    """A weight recorded, or the range the step expects before anything is weighed."""

    target: Target
    expected: Expected | None  # None: the catalog gives no weight to compare with
    grams: int | None = None  # None: not weighed yet
    finding: WeightFinding | None = None
    unit_seq: int | None = None
    sku: str | None = None


def accept(reading: Reading | None) -> int:
    """The grams of a reading the desk may record, or the reason it may not."""
    if reading is None:
        raise DeskError(ErrorCode.NO_SCALE)
    if reading.state is ReadingState.OVERLOAD:
        raise DeskError(ErrorCode.SCALE_OVERLOAD)
    if reading.state is ReadingState.UNDERLOAD or (reading.grams or 0) < 0:
        raise DeskError(ErrorCode.SCALE_NEGATIVE, grams=reading.grams or 0)
    if reading.state is ReadingState.ERROR:
        raise DeskError(ErrorCode.NO_SCALE)
    if not reading.recordable or reading.grams is None:
        raise DeskError(ErrorCode.SCALE_NOT_STABLE)
    if reading.grams < ON_PLATFORM_GRAMS:
        raise DeskError(ErrorCode.SCALE_EMPTY)
    return reading.grams


class WeighingService(UseCases):
    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        clock: Clock,
        policy: WeightPolicy | Callable[[], WeightPolicy],
    ) -> None:
        super().__init__(uow_factory, clock)
        # the [weights] of the rules in force (a callable: they follow a new rules file)
        self._policy = policy if callable(policy) else lambda: policy

    def expected(self, uow: UnitOfWork, receipt: ParcelReceipt) -> WeightCheck | None:
        """What the current step would weigh, with its range (in the caller's unit of work):
        the unit waiting for a grade, else the parcel while nothing is scanned out of it."""
        product: Lookup = uow.catalog.by_sku
        policy = self._policy()  # one version of the rules for the whole check
        unit = receipt.unit_to_grade
        if unit is not None:
            expected = unit_expected(unit, product, policy)
            grams = unit.weighed_grams
            finding = check_unit(grams, expected) if grams is not None and expected else None
            return WeightCheck("unit", expected, grams, finding, unit.seq, unit.sku)
        if receipt.units:
            return None
        rma = self._rma(uow, receipt)
        if receipt.parcel_grams is not None:
            expected, finding = parcel_finding(receipt.parcel_grams, rma, product, policy)
            return WeightCheck("parcel", expected, receipt.parcel_grams, finding)
        contents = parcel_contents(rma, product, policy)
        return WeightCheck("parcel", parcel_range(contents, policy) if contents else None)

    def record(self, session: Session, receipt_id: str, grams: int) -> WeightCheck:
        """Record `grams` (a stable reading) for what the step weighs; audited."""
        session.require(Permission.RECEIVE, "weigh")
        with self._uow() as uow:
            receipt = self._receipt(uow, receipt_id)
            unit = receipt.unit_to_grade
            if unit is not None:
                receipt.weigh_unit(grams)
            elif not receipt.units:
                receipt.weigh_parcel(grams)
            else:
                raise DeskError(ErrorCode.NOTHING_TO_WEIGH)
            check = self.expected(uow, receipt)
            assert check is not None  # the step weighed something just above
            uow.receipts.save(receipt)
            self._audit(
                uow, session, f"{check.target}_weighed", receipt.id,
                grams=grams, unit_seq=check.unit_seq,
                expected=check.expected.grams if check.expected else None,
                finding=check.finding.value if check.finding else None,
            )  # fmt: skip
            uow.commit()
            return check
