"""GS1 validation rules (GS1 General Specifications 4.14): one test or more per rule."""

from __future__ import annotations

import pytest

from receiving_desk.domain.barcodes import Expect, Interpretation, ScanKind, interpret
from receiving_desk.domain.barcodes.gs1_rules import check_pairs, fits, rule_for

GS = "\x1d"
GTIN = "09506000134352"
OTHER_GTIN = "09506000134369"
SSCC = "106141411234567897"
GLN = "9506000134352"  # a valid GLN (same digits as the GTIN-13 inside GTIN)


def reading(payload: str, aim_id: str | None = "]C1") -> Interpretation:
    return interpret(payload, aim_id)


# -- invalid pairs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "ai", "other"),
    [
        (f"01{GTIN}02{OTHER_GTIN}37{'12'}", "01", "02"),  # a trade item is not its own content
        (f"01{GTIN}21SN1{GS}235TPX1", "21", "235"),  # serial and third-party serial
        (f"01{GTIN}3102000500{GS}3103000600", "3102", "3103"),  # one weight, two decimals
        (f"8017{'950600013435200004'}8018{'950600013435200004'}", "8017", "8018"),
        (f"01{GTIN}37{'5'}", "01", "37"),
    ],
)
def test_an_invalid_pair_is_refused_naming_both_ais(payload: str, ai: str, other: str) -> None:
    got = reading(payload)
    assert (got.kind, got.problem_code) == (ScanKind.INVALID, "invalid_pair")
    assert dict(got.problem_params) == {"ai": ai, "other": other}
    assert got.problem == f"AI {ai} must not appear together with AI {other}"


def test_the_same_measure_twice_is_a_duplicate_not_a_pair() -> None:
    # "An AI is not exclusive of itself": 3103 twice is judged by the duplicate rule.
    same = reading(f"01{GTIN}3103000600{GS}3103000600")
    assert same.kind is ScanKind.GS1
    differs = reading(f"01{GTIN}3103000600{GS}3103000700")
    assert differs.problem_code == "duplicate_ai"


# -- mandatory associations -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "ai", "needs"),
    [
        ("21SN12345", "21", "01 or 8006"),  # a serial of what?
        (f"254EXT1{GS}", "254", "414"),  # a GLN extension without its GLN
        ("10LOT42", "10", "01 or 02 or 8006 or 8026"),
        ("17270228", "17", "01 or 02 or 255 or 8006 or 8026"),
        (f"00{SSCC}02{GTIN}", "02", "37"),
        ("3103000600", "3103", "01 or 02"),  # a net weight of nothing
        ("3301000500", "3301", "00 or 01"),  # a gross weight of neither item nor unit
        (f"01{GTIN}250SEC1{GS}", "250", "21"),  # a secondary serial needs the serial too
        (f"01{GTIN}3922199", "3922", "30 or 31xx or 32xx or 35xx or 36xx"),
    ],
)
def test_a_missing_mandatory_partner_is_refused(payload: str, ai: str, needs: str) -> None:
    got = reading(payload)
    assert (got.kind, got.problem_code) == (ScanKind.INVALID, "missing_partner"), got
    assert dict(got.problem_params) == {"ai": ai, "needs": needs.replace(" or ", "/")}
    assert got.problem == f"AI {ai} needs AI {needs} in the same barcode"


@pytest.mark.parametrize(
    "payload",
    [
        f"01{GTIN}21SN12345",
        f"414{GLN}254EXT1",
        f"00{SSCC}02{GTIN}37{'12'}",
        f"01{GTIN}3103000600",
        f"00{SSCC}3301000500",
        f"01{GTIN}17270228" + f"10LOT42{GS}21SN1",
        f"01{GTIN}30{'4'}{GS}3922199",
    ],
)
def test_complete_messages_pass(payload: str) -> None:
    got = reading(payload)
    assert not got.is_error, got.problem


def test_typed_hri_follows_the_same_rules() -> None:
    got = interpret("(21)SN12345")
    assert (got.kind, got.problem_code) == (ScanKind.INVALID, "missing_partner")
    got = interpret(f"(01){GTIN}(02){OTHER_GTIN}(37)12")
    assert got.problem_code == "invalid_pair"


# -- duplicates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "ai", "first", "second"),
    [
        (f"01{GTIN}10LOTA{GS}10LOTB", "10", "LOTA", "LOTB"),  # two different lots
        (f"01{GTIN}01{OTHER_GTIN}", "01", GTIN, OTHER_GTIN),  # two GTINs
        (f"01{GTIN}21SN1{GS}10L{GS}21SN2", "21", "SN1", "SN2"),
    ],
)
def test_conflicting_duplicates_are_refused_never_first_wins(
    payload: str, ai: str, first: str, second: str
) -> None:
    got = reading(payload)
    assert (got.kind, got.problem_code) == (ScanKind.INVALID, "duplicate_ai")
    assert dict(got.problem_params) == {"ai": ai, "value": first, "other": second}
    assert got.lot is None and got.serial is None  # no value is picked


def test_a_repeated_identical_ai_is_harmless() -> None:
    got = reading(f"01{GTIN}10LOTA{GS}10LOTA")
    assert (got.kind, got.lot) == (ScanKind.GS1, "LOTA")


# -- messages quote the offending value only -------------------------------------------------


def test_a_bad_date_quotes_the_date_not_the_following_ais() -> None:
    got = reading(f"01{GTIN}1726023110ABC")
    assert got.problem == "AI 17 date 260231 is not a valid date"
    assert dict(got.problem_params) == {"ai": "17", "value": "260231"}


def test_a_bad_fixed_field_quotes_the_field_only() -> None:
    got = reading(f"01{GTIN}11ABCDEF10LOT")
    assert got.problem_params["value"] == "ABCDEF"


# -- bracketed HRI ------------------------------------------------------------------------------


@pytest.mark.parametrize("aim_id", ["]C0", "]A0", "]Q1", "]d1"])
def test_bracketed_text_from_a_scanned_label_is_not_gs1(aim_id: str) -> None:
    got = interpret(f"(01){GTIN}(10)LOT42", aim_id, Expect.ITEM)
    assert (got.kind, got.problem_code) == (ScanKind.INVALID, "hri_from_scanner")
    assert got.gtin14 is None and got.lot is None


def test_bracketed_text_is_gs1_when_typed_or_from_a_scanner_set_to_send_it() -> None:
    typed = interpret(f"(01){GTIN}(10)LOT42")  # no AIM id: the keyboard
    assert (typed.kind, typed.lot) == (ScanKind.GS1, "LOT42")
    for aim_id in ("]C0", "]C1", None):
        sent = interpret(f"(01){GTIN}(10)LOT42", aim_id, hri=True)
        assert (sent.kind, sent.lot) == (ScanKind.GS1, "LOT42"), aim_id
    # A scanner without AIM ids that is not set to send HRI: the desk says so explicitly.
    refused = interpret(f"(01){GTIN}(10)LOT42", None, hri=False)
    assert refused.problem_code == "hri_from_scanner"


# -- 16 digits starting 00 without an AIM id -----------------------------------------------


@pytest.mark.parametrize("expect", list(Expect))
def test_sixteen_digits_starting_00_are_not_a_bad_sscc(expect: Expect) -> None:
    code = "00" + GTIN  # passes a GTIN check; still no SSCC: that needs 18 digits after 00
    got = interpret(code, None, expect)
    assert got.problem_code is None or "SSCC" not in (got.problem or "")
    assert got.kind is not ScanKind.INVALID
    # A whole SSCC without AIM id is still GS1 data.
    assert interpret(f"00{SSCC}").kind is ScanKind.SSCC


# -- the table itself ------------------------------------------------------------------------


def test_rule_lookup_prefers_exact_ais_and_expands_patterns() -> None:
    assert fits("3103", "310n") and fits("3103", "31nn") and not fits("3103", "311n")
    rule_7004, rule_7005 = rule_for("7004"), rule_for("7005")
    assert rule_7004 is not None and rule_7004.requires == (("01",), ("10",))
    assert rule_7005 is not None and rule_7005.requires == (("01", "02"),)
    assert rule_for("400") is None  # an order number stands alone
    assert check_pairs(["00", "400", "410"]) is None
