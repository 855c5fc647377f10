"""Carrier recognition against the public tracking-number data set (jkeen/tracking_number_data).

Every type the data set lists for the couriers the desk claims is either claimed or named as
not claimed; every published valid number of a claimed type is recognised (placeholders
excepted, see PLACEHOLDERS) and no published invalid number is. A property test then mutates
the published numbers and compares the desk with an oracle written here from the data set's
own description of its check algorithms (CHECKSUM_ALGORITHMS.md), not from our code.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from receiving_desk.domain.barcodes import Expect, ScanKind, interpret
from receiving_desk.domain.barcodes.carriers import (
    CLAIMED,
    ISO_COUNTRIES,
    NOT_CLAIMED,
    match_tracking,
)
from receiving_desk.domain.barcodes.tracking_formats import COURIERS

DATA = resources.files("receiving_desk.domain.barcodes") / "carrier_data"


def _formats() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for courier in COURIERS:
        data = json.loads((DATA / f"{courier}.json").read_text(encoding="utf-8"))
        for raw in data["tracking_numbers"]:
            found[raw.get("id") or re.sub(r"\W+", "_", raw["name"].lower())] = raw
    return found


FORMATS = _formats()
# Published as valid, refused on purpose: the serial is one digit repeated (a placeholder).
PLACEHOLDERS = {"TBA000000000000", "TBC000000000000"}


def published(kind: str) -> list[tuple[str, str]]:
    return [
        (fmt_id, number)
        for fmt_id in CLAIMED
        for number in FORMATS[fmt_id].get("test_numbers", {}).get(kind, [])
    ]


def test_every_type_of_the_claimed_couriers_is_decided() -> None:
    assert set(CLAIMED) | NOT_CLAIMED == set(FORMATS)
    assert not set(CLAIMED) & NOT_CLAIMED


def test_the_data_set_has_the_numbers_the_issue_counted() -> None:
    # 103 valid numbers for UPS, FedEx, USPS, DHL, S10 and Amazon, 66 recognised before.
    assert sum(len(f["test_numbers"]["valid"]) for f in FORMATS.values()) == 103


@pytest.mark.parametrize(("fmt_id", "number"), published("valid"))
def test_published_valid_numbers_are_recognised(fmt_id: str, number: str) -> None:
    matches = [m for m in match_tracking(number) if m.format_id == fmt_id]
    assert len(matches) == 1
    if number.replace(" ", "") in PLACEHOLDERS:
        assert matches[0].problem_code == "placeholder"
        return
    assert matches[0].valid, matches[0].problem
    claim = CLAIMED[fmt_id]
    # Where a clerk scans a parcel, the number opens it as this carrier's tracking number.
    got = interpret(number, None, Expect.PARCEL)
    assert (got.kind, got.carrier) == (ScanKind.TRACKING, claim.carrier), got


@pytest.mark.parametrize(("fmt_id", "number"), published("invalid"))
def test_published_invalid_numbers_are_refused(fmt_id: str, number: str) -> None:
    assert not [m for m in match_tracking(number) if m.format_id == fmt_id and m.valid]


@pytest.mark.parametrize(
    "number",
    ["000000000000", "0000000000", "00000000000", "000000000000000", "1111111111", "7" * 22],
)
def test_one_repeated_digit_is_never_a_tracking_number(number: str) -> None:
    assert not [m for m in match_tracking(number) if m.valid]
    for expect in Expect:
        for aim in (None, "]C0", "]C1", "]I1"):
            got = interpret(number, aim, expect)
            assert got.kind is not ScanKind.TRACKING
            assert got.kind is not ScanKind.GTIN


@pytest.mark.parametrize("text", ["TBA000000000000", "1Z1111111111111111", "RB000000000GB"])
def test_placeholders_behind_a_carrier_prefix_are_refused_with_a_reason(text: str) -> None:
    got = interpret(text, "]C0", Expect.PARCEL)
    assert (got.kind, got.problem_code) in {
        (ScanKind.INVALID, "placeholder"),
        (ScanKind.INVALID, "check_digit"),
    }


# -- the oracle: the data set's rules read straight from its JSON ------------------------------


def _oracle_check(spec: dict[str, Any], serial: str, check: str) -> bool:
    name = spec["name"]
    if name == "mod10":
        chars = serial[::-1] if spec.get("reverse") else serial
        total = 0
        for i, c in enumerate(chars):
            x = int(c) if c.isdigit() else (ord(c) - 3) % 10
            x *= spec.get("odds_multiplier", 1) if i % 2 else spec.get("evens_multiplier", 1)
            total += x
        return (10 - total % 10) % 10 == int(check)
    if name == "mod7":
        return int(serial) % 7 == int(check)
    if name == "s10":
        r = sum(int(a) * b for a, b in zip(serial, [8, 6, 4, 2, 3, 5, 9, 7], strict=True)) % 11
        return {1: 0, 0: 5}.get(r, 11 - r) == int(check)
    assert name == "sum_product_with_weightings_and_modulo"
    total = sum(int(a) * b for a, b in zip(serial, spec["weightings"], strict=False))
    return total % spec["modulo1"] % spec["modulo2"] == int(check)


def oracle_valid(fmt_id: str, number: str) -> bool:
    raw = FORMATS[fmt_id]
    pattern = "".join(raw["regex"]) if isinstance(raw["regex"], list) else raw["regex"]
    pattern = re.sub(r"\(\?<(?=[A-Za-z])", "(?P<", pattern)
    m = re.fullmatch(pattern, number)
    if m is None:
        return False
    serial, check = m.group("SerialNumber"), m.groupdict().get("CheckDigit")
    validation = raw.get("validation", {})
    prepend = validation.get("serial_number_format", {}).get("prepend_if")
    if prepend and re.match(prepend["matches_regex"], serial):
        serial = prepend["content"] + serial
    checksum = validation.get("checksum")
    if checksum and check is not None and not _oracle_check(checksum, serial, check):
        return False
    if fmt_id == "s10":  # the desk's deliberate choice: any ISO 3166 country (docs)
        return m.group("CountryCode") in ISO_COUNTRIES
    return True


@st.composite
def mutants(draw: st.DrawFn) -> tuple[str, str]:
    """A published valid number with a few characters replaced by others of the same class."""
    fmt_id, number = draw(st.sampled_from(published("valid")))
    chars = list(number.replace(" ", ""))
    for i in draw(st.lists(st.integers(0, len(chars) - 1), max_size=3)):
        pool = "0123456789" if chars[i].isdigit() else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        chars[i] = draw(st.sampled_from(pool))
    return fmt_id, "".join(chars)


@given(mutants())
def test_the_desk_agrees_with_the_data_set_on_mutated_numbers(case: tuple[str, str]) -> None:
    fmt_id, number = case
    ours = [m for m in match_tracking(number) if m.format_id == fmt_id]
    assert len(ours) <= 1
    if ours and ours[0].problem_code == "placeholder":  # the desk's one deliberate refusal
        assert re.search(r"(\d)\1{9}", number)
        return
    assert bool(ours and ours[0].valid) is oracle_valid(fmt_id, number), ours
