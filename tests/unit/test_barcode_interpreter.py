"""interpret(): desk patterns, the step's expectation, ambiguity and the messages a clerk sees."""

from __future__ import annotations

import datetime
import logging

import pytest

from receiving_desk.domain.barcodes import (
    DeskPatterns,
    Expect,
    Interpretation,
    ScanKind,
    gs1_check_digit,
    interpret,
    is_valid_gtin,
    lpn_check_char,
    make_lpn,
    normalize_gtin,
)
from receiving_desk.domain.barcodes.checkdigits import fedex12_check_digit, ups_check_digit

GS = "\x1d"
# Valid both as a GTIN-12 and as a FedEx Express number: the case AIM id and step decide.
BOTH = "036000290141"


def test_the_ambiguous_number_really_is_both() -> None:
    assert is_valid_gtin(BOTH)
    assert fedex12_check_digit(BOTH[:11]) == int(BOTH[-1])


# -- desk patterns ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "kind", "value"),
    [
        ("RMA-2024-000123", ScanKind.RMA, "RMA-2024-000123"),
        ("BADGE-JSMITH", ScanKind.BADGE, "BADGE-JSMITH"),
        ("CMD-GRADE-A", ScanKind.COMMAND, "GRADE-A"),
        ("CMD-COMPLETE", ScanKind.COMMAND, "COMPLETE"),
        ("BIN-A1-03", ScanKind.BIN, "BIN-A1-03"),
        ("LPN000012348", ScanKind.LPN, "LPN000012348"),
    ],
)
@pytest.mark.parametrize("aim_id", [None, "]C0", "]Q1", "]A0"])
def test_desk_barcodes(aim_id: str | None, payload: str, kind: ScanKind, value: str) -> None:
    got = interpret(payload, aim_id)
    assert (got.kind, got.value, got.problem) == (kind, value, None)


def test_lpn_made_here_validates_and_a_wrong_check_char_is_invalid() -> None:
    lpn = make_lpn(1234)
    assert lpn == "LPN000012348"  # the LPN in scanner stream S5
    assert lpn_check_char("LPN00001234") == "8"
    bad = interpret("LPN000012349", "]C0")
    assert bad.kind is ScanKind.INVALID
    assert bad.problem_code == "check_digit"
    assert bad.problem == "LPN check digit wrong: expected 8, got 9"


def test_lpn_with_a_site_prefix() -> None:
    patterns = DeskPatterns(lpn=r"TOTE-\d{8}[0-9A-Z]")
    lpn = make_lpn(42, prefix="TOTE-")
    assert lpn.startswith("TOTE-00000042")
    assert interpret(lpn, patterns=patterns).kind is ScanKind.LPN
    with pytest.raises(ValueError, match="sequence"):
        make_lpn(10**8)


def test_command_pattern_without_a_group_keeps_the_whole_text() -> None:
    got = interpret("#NEXT", patterns=DeskPatterns(command=r"#[A-Z]+"))
    assert (got.kind, got.value) == (ScanKind.COMMAND, "#NEXT")


def test_overlapping_site_patterns_follow_the_step() -> None:
    patterns = DeskPatterns(badge=r"[A-Z]{2}\d{4}", bin=r"[A-Z]{2}\d{4}")
    assert interpret("AB1234", expect=Expect.BIN, patterns=patterns).kind is ScanKind.BIN
    assert interpret("AB1234", expect=Expect.BADGE, patterns=patterns).kind is ScanKind.BADGE
    assert interpret("AB1234", patterns=patterns).kind is ScanKind.BADGE  # fixed order


def test_numeric_site_rma_does_not_capture_item_symbologies() -> None:
    patterns = DeskPatterns(rma=r"\d{8}")
    assert interpret("12345670", "]C0", patterns=patterns).kind is ScanKind.RMA
    item = interpret("96385074", "]E4", patterns=patterns)
    assert (item.kind, item.gtin14) == (ScanKind.GTIN, "00000096385074")


def test_a_broken_site_regex_is_ignored_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        got = interpret("RMA-(", patterns=DeskPatterns(rma="RMA-("))
    assert got.kind is ScanKind.UNKNOWN
    assert "not a valid regex" in caplog.text


@pytest.mark.parametrize(
    ("payload", "label"),
    [("RMA-24-12", "RMA"), ("BADGE-x", "badge"), ("LPN12", "LPN"), ("BIN-OVERLONGNAME", "bin")],
)
def test_near_misses_of_desk_barcodes_say_which_pattern(payload: str, label: str) -> None:
    got = interpret(payload, "]C0")
    assert got.kind is ScanKind.UNKNOWN and not got.is_error
    assert (got.problem_code, got.problem) == (
        "pattern",
        f"does not match the site {label} pattern",
    )


def test_plain_unknown_text_has_no_problem() -> None:
    got = interpret("SKU-88812", "]C0")
    assert (got.kind, got.value, got.problem) == (ScanKind.UNKNOWN, "SKU-88812", None)


# -- expectation and ambiguity ------------------------------------------------------------


@pytest.mark.parametrize(
    ("aim_id", "expect", "kind"),
    [
        (None, Expect.ANY, ScanKind.GTIN),  # no AIM id: a GTIN that checks wins
        (None, Expect.ITEM, ScanKind.GTIN),
        (None, Expect.PARCEL, ScanKind.TRACKING),
        ("]C0", Expect.ANY, ScanKind.TRACKING),  # Code 128 is a label symbology
        ("]C0", Expect.ITEM, ScanKind.GTIN),
        ("]C0", Expect.PARCEL, ScanKind.TRACKING),
    ],
)
def test_gtin_or_fedex_is_decided_by_aim_and_step(
    aim_id: str | None, expect: Expect, kind: ScanKind
) -> None:
    got = interpret(BOTH, aim_id, expect)
    assert got.kind is kind
    if kind is ScanKind.GTIN:
        assert (got.value, got.gtin14, got.gtin_format) == ("00" + BOTH, "00" + BOTH, "GTIN-12")
    else:
        assert (got.value, got.carrier, got.gtin14) == (BOTH, "FedEx", None)


@pytest.mark.parametrize("expect", list(Expect))
def test_an_ean_symbology_is_an_item_whatever_the_step(expect: Expect) -> None:
    got = interpret("0" + BOTH, "]E0", expect)
    assert (got.kind, got.gtin14) == (ScanKind.GTIN, "00" + BOTH)


def test_fedex_number_under_code128_is_not_read_as_gs1() -> None:
    # biip alone reads this as GS1 (98)6578788855 (domain.md 3, pitfall 1).
    got = interpret("986578788855", "]C0")
    assert (got.kind, got.carrier, dict(got.ais)) == (ScanKind.TRACKING, "FedEx", {})
    gs1 = interpret("986578788855", "]C1")
    assert (gs1.kind, dict(gs1.ais)) == (ScanKind.GS1, {"98": "6578788855"})


@pytest.mark.parametrize(
    ("expect", "kind"),
    [
        (Expect.ANY, ScanKind.INVALID),
        (Expect.PARCEL, ScanKind.INVALID),
        (Expect.ITEM, ScanKind.UNKNOWN),
    ],
)
def test_a_weak_carrier_shape_is_only_an_error_where_parcels_are_possible(
    expect: Expect, kind: ScanKind
) -> None:
    # Any 10 digits look like DHL; at the item step they are more likely a SKU.
    got = interpret("3318810010", None, expect)
    assert got.kind is kind


def test_a_strong_carrier_shape_is_an_error_even_at_the_item_step() -> None:
    got = interpret("1Z5R89390357567128", None, Expect.ITEM)
    assert (got.kind, got.carrier, got.problem_code) == (ScanKind.INVALID, "UPS", "check_digit")


def test_bad_gtin_check_without_aim_is_invalid_not_unknown() -> None:
    for expect in Expect:
        got = interpret("5901234123458", None, expect)
        assert got.kind is ScanKind.INVALID
        assert got.problem == "GTIN check digit wrong: expected 7, got 8"


@pytest.mark.parametrize(
    ("payload", "kind", "value"),
    [
        ("0109506000134352", ScanKind.GTIN, "09506000134352"),
        ("00376104250021234569", ScanKind.SSCC, "376104250021234569"),
        ("01095060001343521726123110LOT42", ScanKind.GS1, "09506000134352"),
    ],
)
def test_gs1_data_without_aim_and_without_gs(payload: str, kind: ScanKind, value: str) -> None:
    got = interpret(payload)
    assert (got.kind, got.value) == (kind, value)


def test_gs1_under_code128_without_fnc1_is_not_gs1() -> None:
    assert interpret("01095060001343521726123110LOT42", "]C0").kind is ScanKind.UNKNOWN


# -- EAN/UPC and ITF ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "aim_id", "gtin14", "fmt"),
    [
        ("01234565", None, "00012345000065", "GTIN-12"),  # bare UPC-E: expanded (as A01)
        ("96385074", "]E0", "00000096385074", "GTIN-8"),  # EAN-8 mislabelled ]E0
        ("036000291452", "]E0", "00036000291452", "GTIN-12"),  # scanner that does not pad
        ("590123412345712", "]E3", "05901234123457", "GTIN-13"),  # with 2-digit add-on
        ("10012345678902", "]I0", "10012345678902", "GTIN-14"),
    ],
)
def test_item_barcodes(payload: str, aim_id: str | None, gtin14: str, fmt: str) -> None:
    got = interpret(payload, aim_id)
    assert (got.kind, got.value, got.gtin14, got.gtin_format) == (
        ScanKind.GTIN,
        gtin14,
        gtin14,
        fmt,
    )


@pytest.mark.parametrize(
    ("payload", "aim_id", "code", "problem"),
    [
        ("01234566", "]E0", "check_digit", "UPC-E check digit wrong: expected 5, got 6"),
        ("12345", "]E0", "length", "EAN/UPC scan has 5 digits, expected 13"),
        ("5901234123457", "]E4", "length", "EAN/UPC scan has 13 digits, expected 8"),
        ("59012341234AB", "]E0", "pattern", "EAN/UPC data must be digits only"),
        ("96385075", "]E4", "check_digit", "GTIN check digit wrong: expected 4, got 5"),
    ],
)
def test_item_barcode_errors(payload: str, aim_id: str, code: str, problem: str) -> None:
    got = interpret(payload, aim_id)
    assert (got.kind, got.problem_code, got.problem) == (ScanKind.INVALID, code, problem)


def test_an_add_on_alone_identifies_nothing() -> None:
    assert interpret("12", "]E1").kind is ScanKind.UNKNOWN


# -- GS1 ---------------------------------------------------------------------------------


def test_logistic_label_with_sscc_and_contained_gtin() -> None:
    payload = f"00376104250021234569020950600013435237{'12'}"
    got = interpret(payload, "]C1")
    assert (got.kind, got.value, got.gtin14) == (ScanKind.GS1, "376104250021234569", None)
    assert dict(got.ais) == {"00": "376104250021234569", "02": "09506000134352", "37": "12"}


@pytest.mark.parametrize(
    ("payload", "code", "problem"),
    [
        ("0109506000134353", "check_digit", "GTIN check digit wrong: expected 2, got 3"),
        ("0209506000134353", "check_digit", "GTIN check digit wrong: expected 2, got 3"),
        ("0109506000134352171399", "bad_date", "AI 17 date 1399"),
        (f"10ABC{GS}99", "pattern", "AI 99 value '' does not fit"),
        ("01095060001343522312345", "bad_ai", "unknown Application Identifier at '2312345'"),
        ("https://id.gs1.org/01/09506000134353", "check_digit", "expected 2, got 3"),
        ("https://id.gs1.org/01/09506000134352?17=260231", "bad_link", "not readable"),
    ],
)
def test_gs1_errors(payload: str, code: str, problem: str) -> None:
    got = interpret(payload, "]Q1" if payload.startswith("http") else "]C1")
    assert (got.kind, got.problem_code) == (ScanKind.INVALID, code), got
    assert got.problem is not None and problem in got.problem


def test_invalid_gs1_keeps_evidence_but_not_cut_fields() -> None:
    got = interpret("010950600013435210AAAAAAAAAAAAAAAAAAAAA", "]C1")
    assert got.kind is ScanKind.INVALID
    assert dict(got.ais) == {"01": "09506000134352"}  # the over-long lot is not evidence
    assert (got.gtin14, got.lot) == ("09506000134352", None)


def test_day_00_means_last_day_of_month() -> None:
    got = interpret("010950600013435217260200", "]C1")
    assert got.expiry == datetime.date(2026, 2, 28)


def test_a_fixed_field_runs_straight_into_the_next_ai() -> None:
    got = interpret("01095060001343521713013110A", "]C1")
    assert (got.kind, got.expiry, got.lot) == (ScanKind.GS1, datetime.date(2013, 1, 31), "A")


@pytest.mark.parametrize(
    ("typed", "lot", "expiry"),
    [
        ("(01)09506000134352(10)ABC", "ABC", None),
        ("(01) 09506000134352 (17) 261231 (10) L 7", "L7", datetime.date(2026, 12, 31)),
    ],
)
def test_hri_typed_by_hand(typed: str, lot: str, expiry: datetime.date | None) -> None:
    got = interpret(typed)
    assert (got.kind, got.gtin14, got.lot, got.expiry) == (
        ScanKind.GS1,
        "09506000134352",
        lot,
        expiry,
    )


@pytest.mark.parametrize(
    ("typed", "code", "problem"),
    [
        ("(01)09506000134353", "check_digit", "GTIN check digit wrong: expected 2, got 3"),
        ("(23)1234", "bad_ai", "unknown Application Identifier (23)"),
        ("(10)" + "A" * 21, "too_long", "AI 10 allows at most 20 characters (21 given)"),
        ("(17)260231", "bad_date", "AI 17 date 260231 is not a valid date"),
        (
            "(01)09506000134352 tail",
            "pattern",
            "AI 01 value '09506000134352tail' does not fit N2+N14",
        ),
        ("(01)09506000134352)x", "pattern", "text outside (AI) groups: ')x'"),
    ],
)
def test_hri_errors(typed: str, code: str, problem: str) -> None:
    got = interpret(typed)
    assert (got.kind, got.problem_code) == (ScanKind.INVALID, code)
    assert got.problem is not None and problem in got.problem


def test_digital_link_forms() -> None:
    only_gtin = interpret("https://id.gs1.org/01/09506000134352", "]Q1")
    assert (only_gtin.kind, only_gtin.gtin_format) == (ScanKind.GTIN, "GTIN-13")
    no_aim = interpret("https://example.com/shop/01/09506000134352/21/SN7")
    assert (no_aim.kind, no_aim.serial) == (ScanKind.GS1, "SN7")
    assert interpret("https://example.com/returns", "]Q1").kind is ScanKind.UNKNOWN


# -- carriers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "aim_id", "carrier", "value"),
    [
        ("420787459400111206206406260787", "]C1", "USPS", "9400111206206406260787"),
        ("4201002334249200190132607600833457", None, "USPS", "9200190132607600833457"),
        ("420 22153 9101026837331000039521", None, "USPS", "9101026837331000039521"),
        ("92748931507708513018050063", "]C0", "USPS", "92748931507708513018050063"),
        ("71969010756003077385", None, "USPS", "71969010756003077385"),
        ("03071790000523483741", None, "USPS", "03071790000523483741"),
        ("1001901781990001000300617767839437", "]C0", "FedEx", "617767839437"),
        ("986578788855", None, "FedEx", "986578788855"),
        ("TBA123456789012", "]C0", "Amazon", "TBA123456789012"),
        ("1z 5r8 939 03 5756 712 7", None, "UPS", "1Z5R89390357567127"),
        ("3318810025", None, "DHL", "3318810025"),
        ("RB123456785GB", "]C0", "UPU S10", "RB123456785GB"),
    ],
)
def test_tracking_numbers(payload: str, aim_id: str | None, carrier: str, value: str) -> None:
    got = interpret(payload, aim_id, Expect.PARCEL)
    assert (got.kind, got.carrier, got.value, got.problem) == (
        ScanKind.TRACKING,
        carrier,
        value,
        None,
    )


@pytest.mark.parametrize(
    ("payload", "problem"),
    [
        ("1Z5R8939035756712A", "UPS 1Z check digit wrong: expected 7, got A"),
        ("RB123456784GB", "UPU S10 item check digit wrong: expected 5, got 4"),
        ("1001901781990001000300617767839438", "FedEx Express 34 check digit wrong"),
        ("9611020987654312345673", "FedEx Ground 96 check digit wrong: expected 2, got 3"),
    ],
)
def test_tracking_errors(payload: str, problem: str) -> None:
    got = interpret(payload, "]C0")
    assert (got.kind, got.problem_code) == (ScanKind.INVALID, "check_digit")
    assert got.problem is not None and got.problem.startswith(problem)


def test_ups_numbers_from_the_shared_check_function_validate() -> None:
    body = "5R8939" + "03" + "5756712"
    got = interpret(f"1Z{body}{ups_check_digit(body)}", "]C0")
    assert (got.kind, got.value) == (ScanKind.TRACKING, "1Z5R89390357567127")


# -- input hygiene -----------------------------------------------------------------------


@pytest.mark.parametrize("payload", ["", "\r\n", " ", GS + GS, "\x00\xff\x13", "\x1e\x04"])
def test_noise(payload: str) -> None:
    got = interpret(payload)
    assert (got.kind, got.value, got.is_error) == (ScanKind.NOISE, "", True)


def test_noise_inside_a_scan_is_dropped_but_raw_is_kept() -> None:
    got = interpret("\x0059012341\xff23457\r\n")
    assert (got.kind, got.gtin14) == (ScanKind.GTIN, "05901234123457")
    assert got.raw == "\x0059012341\xff23457"


def test_gs_survives_and_ends_of_line_spaces_are_ignored() -> None:
    got = interpret(f" ]C1010950600013435210ABC{GS}21S1 \r")
    # The AIM prefix is only split off at the very start; here it is data.
    assert got.aim_id is None
    got = interpret(f"010950600013435210ABC{GS}21S1 \r", "]C1")
    assert (got.lot, got.serial) == ("ABC", "S1")


def test_huge_and_foreign_input() -> None:
    huge = interpret("9" * 100_000)
    assert (huge.kind, huge.problem_code) == (ScanKind.INVALID, "too_long")
    fullwidth = interpret("５９０１２３４１２３４５７")
    assert fullwidth.kind is ScanKind.UNKNOWN
    arabic = interpret("01" + "٠" * 14, "]C1")
    assert (arabic.kind, arabic.problem_code) == (ScanKind.INVALID, "pattern")


def test_interpretation_is_a_hashable_read_only_value() -> None:
    got = interpret("]C1010950600013435210ABC")
    assert isinstance(got, Interpretation)
    assert hash(got) == hash(interpret("]C1010950600013435210ABC"))
    with pytest.raises(TypeError):
        got.ais["10"] = "XYZ"  # type: ignore[index]


# -- helpers other code uses ------------------------------------------------------------


def test_gtin_helpers() -> None:
    assert gs1_check_digit("590123412345") == 7
    assert normalize_gtin("036000291452") == "00036000291452"
    assert normalize_gtin("0036000291452") == normalize_gtin("00036000291452")
    assert normalize_gtin("01234565") == "00000001234565"  # EAN-8 unless told
    assert normalize_gtin("01234565", upce=True) == "00012345000065"
    for bad in ("5901234123458", "12345", "59012341234x7", "21234565"):
        with pytest.raises(ValueError):
            normalize_gtin(bad, upce=bad == "21234565")
    assert not is_valid_gtin("٥٩٠١٢٣٤١٢٣٤٥٧")


@pytest.mark.parametrize("expect", list(Expect))
@pytest.mark.parametrize("aim_id", ["]C0", "]A0", "]Q1", "]d1"])
def test_a_label_symbology_failing_a_gtin_check_is_no_check_digit_error(
    aim_id: str, expect: Expect
) -> None:
    # A Code 128 (no FNC1), Code 39 or plain 2D symbol cannot be a GTIN: rescanning will not
    # help, so the digits are an ordinary code (a SKU, an order number) for the catalog.
    got = interpret("5901234123458", aim_id, expect)
    assert (got.kind, got.problem_code) == (ScanKind.UNKNOWN, None)
    assert interpret("5901234123457", aim_id, expect).kind is ScanKind.GTIN  # a valid one is


@pytest.mark.parametrize(
    ("payload", "carrier", "value"),
    [
        ("1027590111820004833500785458233610", "FedEx", "785458233610"),  # not 100…
        ("73891051146", "DHL", "73891051146"),  # DHL Express, 11 digits
        ("TBC502887274000", "Amazon", "TBC502887274000"),
        ("TBM502887274000", "Amazon", "TBM502887274000"),
        ("K1506235620", "UPS", "K1506235620"),  # UPS waybill
        ("32971514560102447849175802862014", "FedEx", "784917580286"),  # ASTRA
    ],
)
def test_carrier_numbers_the_desk_used_to_miss(payload: str, carrier: str, value: str) -> None:
    got = interpret(payload, "]C0", Expect.PARCEL)
    assert (got.kind, got.carrier, got.value) == (ScanKind.TRACKING, carrier, value)


@pytest.mark.parametrize("code", ["JJD0099999999", "GM2951173225174494"])
def test_unchecked_carrier_shapes_are_parcels_only_where_parcels_are_scanned(code: str) -> None:
    assert interpret(code, "]C0", Expect.PARCEL).kind is ScanKind.TRACKING
    assert interpret(code, "]C0", Expect.ITEM).kind is ScanKind.UNKNOWN  # maybe a SKU
    assert interpret("TBA502887274000", "]C0", Expect.ITEM).kind is ScanKind.TRACKING
