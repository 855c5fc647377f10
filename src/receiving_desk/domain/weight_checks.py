"""What the weights recorded on a return say: the expected range of the parcel and of each
unit, and the flags a weight outside it raises (empty box, too light, too heavy).

A product with no catalog weight is not judged (nothing to compare with); a parcel is judged
only against an RMA whose every declared product has a weight, so a missing catalog weight
never reads as a missing item.
"""

from __future__ import annotations

from collections.abc import Callable

from receiving_desk.domain.catalog import Product
from receiving_desk.domain.flags import WEIGHT_FLAGS, Flag
from receiving_desk.domain.receipt import ParcelReceipt, ReceivedUnit
from receiving_desk.domain.rma import ReturnAuthorization
from receiving_desk.domain.weights import (
    Expected,
    WeightFinding,
    WeightPolicy,
    check_parcel,
    check_unit,
)

Lookup = Callable[[str], Product | None]  # a SKU's catalog entry


def parcel_contents(
    rma: ReturnAuthorization | None, product: Lookup, policy: WeightPolicy
) -> Expected | None:
    """What the declared lines weigh together (the widest of their categories' tolerances),
    packaging not included; None for a blind receipt or a line without a catalog weight."""
    if rma is None or not rma.lines:
        return None
    grams, percents = 0, []
    for line in rma.lines:
        found = product(line.sku)
        if found is None or found.weight_grams is None:
            return None
        grams += found.weight_grams * line.quantity
        percents.append(policy.expected(found.weight_grams, found.category).tolerance_percent)
    return Expected(grams, max(percents), policy.min_grams)


def parcel_range(contents: Expected, policy: WeightPolicy) -> Expected:
    """The whole parcel as it should weigh on the scale: contents plus packaging."""
    return Expected(
        contents.grams + policy.packaging_grams,
        contents.tolerance_percent,
        contents.tolerance_min_grams,
    )


def unit_expected(unit: ReceivedUnit, product: Lookup, policy: WeightPolicy) -> Expected | None:
    found = product(unit.sku)
    if found is None or found.weight_grams is None:
        return None
    return policy.expected(found.weight_grams, found.category)


def parcel_finding(
    grams: int, rma: ReturnAuthorization | None, product: Lookup, policy: WeightPolicy
) -> tuple[Expected | None, WeightFinding | None]:
    """The expected range shown beside the parcel's weight and what the weight says."""
    contents = parcel_contents(rma, product, policy)
    if contents is None:
        return None, None
    finding = check_parcel(grams, contents, policy.packaging_grams)
    return parcel_range(contents, policy), finding


def weight_flags(
    receipt: ParcelReceipt,
    rma: ReturnAuthorization | None,
    product: Lookup,
    policy: WeightPolicy,
) -> list[Flag]:
    """The flags of every weight recorded on the return."""
    flags: list[Flag] = []
    if receipt.parcel_grams is not None:
        expected, finding = parcel_finding(receipt.parcel_grams, rma, product, policy)
        kind = WEIGHT_FLAGS[finding.value] if finding is not None else None
        if expected is not None and kind is not None:
            evidence = _evidence("parcel", receipt.parcel_grams, expected)
            evidence["declared_lines"] = len(rma.lines) if rma else 0
            flags.append(Flag(kind, None, None, evidence))
    for unit in receipt.units:
        if unit.weighed_grams is None:
            continue
        expected = unit_expected(unit, product, policy)
        if expected is None:
            continue
        found = check_unit(unit.weighed_grams, expected)
        if found is not None:
            evidence = _evidence("unit", unit.weighed_grams, expected)
            evidence["sku"] = unit.sku
            flags.append(Flag(WEIGHT_FLAGS[found.value], unit.line_no, unit.seq, evidence))
    return flags


def _evidence(what: str, grams: int, expected: Expected) -> dict[str, str | int]:
    return {
        "weighed": what,
        "grams": grams,
        "expected": expected.grams,
        "low": expected.low,
        "high": expected.high,
    }
