"""Weights as the desk reasons about them: a scale's reading, and what a weight says about a
parcel or a unit against what it should weigh.

Grams as integers throughout (a dock scale resolves 1–10 g; no float drift in comparisons).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class ReadingState(StrEnum):
    STABLE = "stable"  # settled: a weight the desk may record
    UNSTABLE = "unstable"  # still moving: shown, never recorded
    OVERLOAD = "overload"  # above the scale's capacity
    UNDERLOAD = "underload"  # below zero beyond the scale's range (platform lifted, bad tare)
    ERROR = "error"  # the scale answered with an error (command not understood, ...)


@dataclass(frozen=True)
class Reading:
    state: ReadingState
    grams: int | None  # None when the scale gave no number (overload, error)
    raw: str  # the line as the scale sent it, for the log and the evidence

    @property
    def recordable(self) -> bool:
        return self.state is ReadingState.STABLE and self.grams is not None


UNIT_GRAMS = {
    "g": Decimal(1),
    "kg": Decimal(1000),
    "lb": Decimal("453.59237"),
    "oz": Decimal("28.349523125"),
}


def to_grams(value: str, unit: str) -> int:
    """`value` in `unit` (kg, g, lb, oz; any case) as whole grams, rounded half up."""
    factor = UNIT_GRAMS.get(unit.strip().lower())
    if factor is None:
        raise ValueError(f"unknown weight unit {unit!r}")
    grams = Decimal(value.replace(" ", "")) * factor
    return int(grams.quantize(Decimal(1), rounding="ROUND_HALF_UP"))


class WeightFinding(StrEnum):
    EMPTY_BOX = "empty_box"  # the parcel weighs about what its packaging does
    TOO_LIGHT = "too_light"  # less than expected: missing parts or accessories
    TOO_HEAVY = "too_heavy"  # more than expected: something else inside


@dataclass(frozen=True)
class Expected:
    """What something should weigh: `grams` ± `tolerance` (the larger of the category's
    percentage and its absolute floor, so a 40 g item is not judged to the gram)."""

    grams: int
    tolerance_percent: Decimal = Decimal(10)
    tolerance_min_grams: int = 20

    @property
    def tolerance(self) -> int:
        share = (Decimal(self.grams) * self.tolerance_percent / 100).to_integral_value()
        return max(int(share), self.tolerance_min_grams)

    @property
    def low(self) -> int:
        return max(self.grams - self.tolerance, 0)

    @property
    def high(self) -> int:
        return self.grams + self.tolerance


def check_unit(weighed: int, expected: Expected) -> WeightFinding | None:
    """A unit at inspection against its product's expected weight."""
    if weighed < expected.low:
        return WeightFinding.TOO_LIGHT
    if weighed > expected.high:
        return WeightFinding.TOO_HEAVY
    return None


def check_parcel(weighed: int, contents: Expected, packaging_grams: int) -> WeightFinding | None:
    """A parcel before opening, against the declared lines' expected weight plus packaging:
    about the packaging alone is an empty box (the commonest return fraud); otherwise as a
    unit is judged, with the packaging added to both bounds."""
    empty = Expected(packaging_grams, contents.tolerance_percent, contents.tolerance_min_grams)
    if weighed <= empty.high and contents.grams > empty.tolerance:
        return WeightFinding.EMPTY_BOX
    whole = Expected(
        contents.grams + packaging_grams, contents.tolerance_percent, contents.tolerance_min_grams
    )
    return check_unit(weighed, whole)


@dataclass(frozen=True)
class WeightPolicy:
    """The rules file's [weights]: a tolerance per category (percent, with a floor in grams)
    and what a parcel's packaging weighs; a category not named takes `tolerance_percent`."""

    tolerance_percent: int = 10
    min_grams: int = 20
    packaging_grams: int = 250
    category_percent: Mapping[str, int] = field(default_factory=dict)

    def expected(self, grams: int, category: str) -> Expected:
        percent = self.category_percent.get(category, self.tolerance_percent)
        return Expected(grams, Decimal(percent), self.min_grams)
