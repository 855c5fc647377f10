"""Every verified vector in barcodes.json, read through ``interpret``.

The vectors are the truth. They are loaded twice: from the shared reference
(/work/shared/testdata, found relative to this file) when it is there, and from
the copy in tests/data that keeps the repository self-contained.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from receiving_desk.domain.barcodes import (
    Interpretation,
    ScanKind,
    expand_upce,
    interpret,
)

SHARED = Path(__file__).parents[3] / "shared" / "testdata" / "barcodes.json"
REPO_COPY = Path(__file__).parents[1] / "data" / "barcodes.json"
SOURCES = {"repo": REPO_COPY, "shared": SHARED}

# Vector carrier names -> ours. The vectors name the operator ("Royal Mail (UPU S10, GB)");
# an S10 number only proves the S10 format and the country, so we report "UPU S10" and the
# country stays readable as the last two letters of the number.
CARRIERS = {"Royal Mail (UPU S10, GB)": "UPU S10"}

# Error vectors: the problem code we give and a phrase the plain message must contain.
ERRORS: dict[str, tuple[str | None, str | None]] = {
    "X01": ("check_digit", "expected 7, got 8"),
    "X02": ("check_digit", "expected 2, got 3"),
    "X04": ("check_digit", "expected 2, got 3"),
    "X05": ("check_digit", "]E0 must carry 13 digits"),
    "X06": ("check_digit", "SSCC check digit wrong: expected 7, got 8"),
    "X08": ("bad_date", "AI 17 date 260231 is not a valid date"),
    "X09": ("too_long", "AI 10 allows at most 20 characters (21 given)"),
    "X10": ("bad_ai", "unknown Application Identifier at '2312345'"),
    "X12": ("check_digit", "UPS 1Z check digit wrong: expected 7, got 8"),
    "X13": (None, None),  # not a 1Z number: nothing to say beyond UNKNOWN
    "X14": ("check_digit", "FedEx Express check digit wrong: expected 6, got 5"),
    "X16": ("check_digit", "USPS IMpb check digit wrong: expected 6, got 1"),
    "X17": ("check_digit", "DHL Express check digit wrong: expected 4, got 0"),
    "X19": ("bad_country", "XX is not an ISO 3166 country code"),
    "X20": ("pattern", "does not match the site RMA pattern"),
    "X22": ("noise", None),
}


def _load(source: str) -> list[Any]:
    path = SOURCES[source]
    if not path.exists():
        return []
    vectors: list[Any] = json.loads(path.read_text(encoding="utf-8"))["vectors"]
    return [pytest.param(v, id=f"{source}-{v['id']}") for v in vectors]


VECTORS = _load("repo") + _load("shared")


def test_repo_copy_matches_the_shared_reference() -> None:
    if not SHARED.exists():
        pytest.skip("shared reference not checked out next to the repository")
    assert json.loads(REPO_COPY.read_text("utf-8")) == json.loads(SHARED.read_text("utf-8"))


def test_vectors_were_loaded() -> None:
    ids = {p.values[0]["id"] for p in VECTORS}
    assert len(ids) == 40
    assert {"V01", "A01", "X22"} <= ids


def expected_kind(expected: dict[str, Any]) -> ScanKind:
    if "error" in expected:
        return {"UNKNOWN": ScanKind.UNKNOWN, "NOISE": ScanKind.NOISE}.get(
            expected["type"], ScanKind.INVALID
        )
    if expected["type"] in ("GS1", "GS1_DIGITAL_LINK"):
        ais = set(expected.get("ais", {}))
        # A GS1 string that is only a GTIN or only an SSCC is reported as that key.
        return {frozenset({"00"}): ScanKind.SSCC, frozenset({"01"}): ScanKind.GTIN}.get(
            frozenset(ais), ScanKind.GS1
        )
    return ScanKind[expected["type"]]


def _gtin(want: str, got: Interpretation) -> None:
    assert got.gtin14 == want.zfill(14)  # the key: padded to 14 digits
    assert got.gtin_format is not None
    if len(want) < 14:  # GS1 vectors give AI 01's 14 digits; the others the GTIN as printed
        assert got.gtin_format == f"GTIN-{len(want)}"


def _net_weight(want: str, got: Interpretation) -> None:
    ai = next(ai for ai in got.ais if ai.startswith("310"))
    assert Decimal(got.ais[ai]).scaleb(-int(ai[3])) == Decimal(want)


# One check per key of "expected". Keys the Interpretation does not model as a field are
# checked through what carries them (the number itself, an AI); "service" and "note" are prose.
CHECKS: dict[str, Callable[[Any, Interpretation], None]] = {
    "gtin": _gtin,
    "gtin_format": lambda want, got: _eq(got.gtin_format, want),
    "lot": lambda want, got: _eq(got.lot, want),
    "serial": lambda want, got: _eq(got.serial, want),
    "expiry": lambda want, got: _eq(got.expiry, datetime.date.fromisoformat(want)),
    "sscc": lambda want, got: _eq((got.value, got.ais["00"]), (want, want)),
    "ais": lambda want, got: _eq(dict(got.ais), want),
    "carrier": lambda want, got: _eq(got.carrier, CARRIERS.get(want, want)),
    "tracking_number": lambda want, got: _eq(got.value, want),
    "rma": lambda want, got: _eq(got.value, want),
    "upc_e": lambda want, got: _eq(got.gtin14, expand_upce(want).zfill(14)),
    "packaging_level": lambda want, got: _eq(got.gtin14 and got.gtin14[0], want),
    "net_weight_kg": _net_weight,
    "shipper": lambda want, got: _eq(got.value[2:8], want),
    "service_code": lambda want, got: _eq(got.value[8:10], want),
    "human_tracking_number": lambda want, got: _eq(got.value[-15:], want),
    "destination_zip": lambda want, got: _eq(got.ais["420"], want),
    "service_indicator": lambda want, got: _eq(got.value[:2], want),
    "country": lambda want, got: _eq(got.value[-2:], want),
    "service": lambda want, got: None,
    "note": lambda want, got: None,
}


def _eq(actual: object, wanted: object) -> None:
    assert actual == wanted


@pytest.mark.parametrize("vector", VECTORS)
def test_vector(vector: dict[str, Any]) -> None:
    expected = vector["expected"]
    got = interpret(vector["payload"], vector["aim_id"])

    assert got.kind is expected_kind(expected), got
    assert got.raw == vector["payload"]
    assert got.aim_id == vector["aim_id"]
    # The bytes as sent (AIM prefix and suffix still on) read the same.
    assert interpret(vector["raw_text"]) == got

    if "error" in expected:
        _check_error(vector, got)
        return
    assert got.problem is None and got.problem_code is None
    assert not got.is_error
    for key, want in expected.items():
        if key != "type":
            assert key in CHECKS, f"{vector['id']}: no check for expected[{key!r}]; add one"
            CHECKS[key](want, got)


def _check_error(vector: dict[str, Any], got: Interpretation) -> None:
    expected = vector["expected"]
    assert vector["id"] in ERRORS, f"{vector['id']}: add its problem code to ERRORS"
    code, phrase = ERRORS[vector["id"]]
    assert got.problem_code == code
    if phrase is not None:
        assert got.problem is not None and phrase in got.problem
    # The reference's own "expected N, got M" must survive into our message.
    numbers = re.search(r"expected (\w+), got (\w+)", expected["error"])
    if numbers:
        assert got.problem is not None and numbers.group(0) in got.problem
    if "carrier" in expected:  # "UPS?" = the shape says UPS even though the check failed
        assert got.carrier == expected["carrier"].rstrip("?")
    assert got.is_error is (got.kind is not ScanKind.UNKNOWN)
    assert got.value == ("" if got.kind is ScanKind.NOISE else vector["payload"])
