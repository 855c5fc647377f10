"""Properties: interpret() never raises; GS1 and GTIN data round-trip; our carrier check
rules agree with the tracking-numbers package on random carrier-shaped numbers."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from receiving_desk.domain.barcodes import (
    Expect,
    ScanKind,
    expand_upce,
    gs1_check_digit,
    interpret,
    is_valid_gtin,
    normalize_gtin,
)
from receiving_desk.domain.barcodes.carriers import is_placeholder, match_tracking
from receiving_desk.domain.barcodes.checkdigits import (
    dhl_check_digit,
    fedex12_check_digit,
    s10_check_digit,
    ups_check_digit,
)
from receiving_desk.domain.barcodes.gtin import GTIN_LENGTHS

AIM_IDS = ["]E0", "]E3", "]E4", "]E1", "]I1", "]C0", "]C1", "]e0", "]d2", "]Q1", "]Q3", "]J1"]
aim_ids = st.none() | st.sampled_from(AIM_IDS) | st.text(max_size=4)
# Characters that steer the interpreter: digits, GS, HRI brackets, URL and desk-pattern bits.
steering = st.text(alphabet="0123456789\x1d()/:.?=-ZBTAMRLPNhtps \r\n\x00\xff", max_size=60)
payloads = st.text(max_size=200) | steering
digits = st.text(alphabet="0123456789", min_size=1, max_size=1)
GS = "\x1d"


@given(payload=payloads, aim_id=aim_ids, expect=st.sampled_from(Expect))
@example(payload="01" + "٠" * 14, aim_id="]C1", expect=Expect.ANY)
@example(payload="https://[::1/01/1", aim_id="]Q1", expect=Expect.ANY)
@example(payload="(01)", aim_id=None, expect=Expect.ANY)
@example(payload="]C1", aim_id=None, expect=Expect.ANY)
@example(payload="LPN", aim_id=None, expect=Expect.LPN)
def test_interpret_never_raises(payload: str, aim_id: str | None, expect: Expect) -> None:
    got = interpret(payload, aim_id, expect)
    assert isinstance(got.kind, ScanKind)
    assert (got.value == "") is (got.kind is ScanKind.NOISE)
    assert got.is_error is (got.kind in (ScanKind.INVALID, ScanKind.NOISE))
    assert (got.problem_code is not None) is (got.problem is not None)
    if got.kind is ScanKind.INVALID:
        assert got.problem
    if got.kind is ScanKind.GTIN:
        assert got.gtin14 == got.value and is_valid_gtin(got.value)


GS1_TEXT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz0123456789-./"  # a safe part of GS1 character set 82


@st.composite
def gs1_messages(draw: st.DrawFn) -> tuple[dict[str, str], str, str]:
    """Random GTIN/expiry/lot/serial in random order: (ais, scanned form, typed HRI form).

    The GTIN is always there: expiry, lot and serial need it (GS1 mandatory associations).
    """
    ais: dict[str, str] = {}
    orders = st.permutations(["01", "17", "10", "21"]).map(lambda p: p[: len(p) // 2 + 1])
    for ai in draw(orders.filter(lambda chosen: "01" in chosen)):
        if ai == "01":
            ais[ai] = draw(gtins()).zfill(14)
        elif ai == "17":
            ais[ai] = draw(st.dates(date(2000, 1, 1), date(2049, 12, 31))).strftime("%y%m%d")
        else:
            ais[ai] = draw(st.text(GS1_TEXT, min_size=1, max_size=20))
    scanned = "".join(ai + v + ("\x1d" if ai in ("10", "21") else "") for ai, v in ais.items())
    return ais, scanned.removesuffix("\x1d"), "".join(f"({ai}){v}" for ai, v in ais.items())


@given(message=gs1_messages())
def test_gs1_messages_round_trip(message: tuple[dict[str, str], str, str]) -> None:
    ais, scanned, typed = message
    readings = [interpret(scanned, "]C1"), interpret(typed)]
    if GS in scanned or scanned.startswith("01"):  # what makes GS1 recognisable without AIM id
        readings.append(interpret(scanned))
    for got in readings:
        assert got.kind in (ScanKind.GS1, ScanKind.GTIN), got
        assert dict(got.ais) == ais
        assert (got.gtin14, got.lot, got.serial) == (ais.get("01"), ais.get("10"), ais.get("21"))
        assert (got.expiry.strftime("%y%m%d") if got.expiry else None) == ais.get("17")


@given(elements=st.lists(st.sampled_from(["01", "10", "17", "21", "00", "420", "94", GS]) | digits))
def test_gs1_shaped_data_never_raises(elements: list[str]) -> None:
    for payload in ("".join(elements), "".join(f"({e})" for e in elements)):
        for aim_id in ("]C1", None):
            got = interpret(payload, aim_id)
            assert got.kind is not ScanKind.GTIN or is_valid_gtin(got.value)
            assert got.kind is not ScanKind.SSCC or len(got.value) == 18


@st.composite
def gtins(draw: st.DrawFn) -> str:
    length = draw(st.sampled_from([8, 12, 13, 14]))
    body = draw(st.text(alphabet="0123456789", min_size=length - 1, max_size=length - 1))
    return body + str(gs1_check_digit(body))


@given(code=gtins())
def test_gtin_normalisation_round_trips(code: str) -> None:
    key = normalize_gtin(code)
    assert len(key) == 14 and key.endswith(code) and set(key[: 14 - len(code)]) <= {"0"}
    # UPC-A, its EAN-13 form and GTIN-14 indicator 0 are one key
    for width in (w for w in GTIN_LENGTHS if w >= len(code)):
        assert normalize_gtin(code.zfill(width)) == key
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    assert not is_valid_gtin(wrong)
    with pytest.raises(ValueError, match="expected"):
        normalize_gtin(wrong)


@given(code=gtins().filter(lambda c: len(c) == 13 and not is_placeholder(c)))
def test_any_valid_ean13_under_e0_is_that_item(code: str) -> None:
    # (0000000000000 passes the check but is a placeholder: test_carrier_data.py)
    for expect in Expect:
        got = interpret(code, "]E0", expect)
        assert (got.kind, got.gtin14) == (ScanKind.GTIN, "0" + code)


@given(system=st.sampled_from("01"), middle=st.text(alphabet="0123456789", min_size=6, max_size=6))
def test_upce_expansion_round_trips(system: str, middle: str) -> None:
    upc_a_body = expand_upce(system + middle + "0")[:-1]
    upce = system + middle + str(gs1_check_digit(upc_a_body))
    assume(not is_placeholder(upce))  # 00000000: a placeholder, refused on purpose
    upc_a = expand_upce(upce)
    assert is_valid_gtin(upc_a)
    assert normalize_gtin(upce, upce=True) == normalize_gtin(upc_a)
    assert interpret(upce, "]E0").gtin14 == normalize_gtin(upc_a)


# -- our carrier rules agree with the tracking-numbers package (jkeen/tracking_number_data) --

D, UPS_SHIPPER = "0123456789", "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
Part = str | tuple[str, int]  # a literal, or (alphabet, length) to draw
# shape -> (our carrier name, our check for the body, the body's parts). The courier code in
# tracking-numbers is the part of the shape before "-".
SHAPES: dict[str, tuple[str, Callable[[str], int], list[Part]]] = {
    "ups": ("UPS", lambda b: ups_check_digit(b[2:]), ["1Z", (UPS_SHIPPER, 6), "03", (D, 7)]),
    "fedex-12": ("FedEx", fedex12_check_digit, [(D, 11)]),
    "fedex-15": ("FedEx", gs1_check_digit, [(D, 14)]),
    "fedex-96": ("FedEx", lambda b: gs1_check_digit(b[7:]), ["96", (D, 19)]),
    "usps": ("USPS", gs1_check_digit, ["94", (D, 19)]),
    "dhl": ("DHL", dhl_check_digit, [(D, 9)]),
    "s10": ("UPU S10", lambda b: s10_check_digit(b[2:]), ["RB", (D, 8)]),
}


@st.composite
def candidates(draw: st.DrawFn) -> tuple[str, str]:
    """A carrier-shaped number whose check digit is right about half of the time."""
    shape = draw(st.sampled_from(sorted(SHAPES)))
    _, check, parts = SHAPES[shape]
    body = "".join(
        part
        if isinstance(part, str)
        else draw(st.text(part[0], min_size=part[1], max_size=part[1]))
        for part in parts
    )
    last = draw(st.sampled_from([str(check(body)), *D]))
    return shape, body + last + ("GB" if shape == "s10" else "")


@given(case=candidates())
@example(case=("fedex-12", "986578788855"))
@example(case=("fedex-12", "996578788855"))
@example(case=("dhl", "3318810010"))
def test_carrier_check_rules_agree_with_tracking_numbers(case: tuple[str, str]) -> None:
    package = pytest.importorskip("tracking_numbers")
    shape, number = case
    assume(not is_placeholder(re.sub(r"\D", "", number)[-9:]))  # the desk refuses these
    courier = shape.partition("-")[0]
    theirs = any(
        d.courier.code == courier and (t := d.test(number)) is not None and t.valid
        for d in package.DEFINITIONS
    )
    carrier = SHAPES[shape][0]
    ours = any(m.valid and m.carrier == carrier for m in match_tracking(number))
    assert ours is theirs
