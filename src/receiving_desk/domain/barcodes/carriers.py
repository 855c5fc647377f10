"""Carrier tracking numbers by hand-written rules (domain.md 2.3).

Shapes and check rules follow jkeen/tracking_number_data (MIT); see
docs/barcodes.md for why this is not delegated to the ``tracking-numbers``
package. :func:`match_tracking` reports every shape a text fits, valid or not,
so the interpreter can weigh them against the AIM id and the current step.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .checkdigits import (
    dhl_check_digit,
    fedex12_check_digit,
    fedex34_check_digit,
    gs1_check_digit,
    s10_check_digit,
    ups_check_digit,
)

GS = "\x1d"

# ISO 3166-1 alpha-2, officially assigned codes (249). Embedded: pycountry is not a dependency.
_COUNTRIES = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
    GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
    SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
    VN VU WF WS YE YT ZA ZM ZW
"""
ISO_COUNTRIES = frozenset(_COUNTRIES.split())  # a constant, not a payload: split() is safe


@dataclass(frozen=True)
class TrackingMatch:
    """A text that has the shape of one carrier's tracking number."""

    carrier: str
    service: str
    number: str  # normalised tracking number (what the carrier's site accepts)
    strong: bool  # shape is distinctive (prefix/letters); weak = "N digits" only
    problem: str | None = None
    problem_code: str | None = None

    @property
    def valid(self) -> bool:
        return self.problem is None


def _checked(
    carrier: str, service: str, number: str, strong: bool, expected: int, got: str
) -> TrackingMatch:
    if str(expected) == got:
        return TrackingMatch(carrier, service, number, strong)
    problem = f"{carrier} {service} check digit wrong: expected {expected}, got {got}"
    return TrackingMatch(carrier, service, number, strong, problem, "check_digit")


def _ups(text: str) -> TrackingMatch | None:
    if not re.fullmatch(r"1Z[0-9A-Z]{16}", text):
        return None
    return _checked("UPS", "1Z", text, True, ups_check_digit(text[2:17]), text[17])


def _s10(text: str) -> TrackingMatch | None:
    if not re.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}", text):
        return None
    match = _checked("UPU S10", "item", text, True, s10_check_digit(text[2:10]), text[10])
    if match.valid and text[11:] not in ISO_COUNTRIES:
        problem = f"{text[11:]} is not an ISO 3166 country code"
        return TrackingMatch("UPU S10", "item", text, True, problem, "bad_country")
    return match


def _amazon(text: str) -> TrackingMatch | None:
    # No check digit is published; the TBA prefix is the only evidence.
    if re.fullmatch(r"TBA\d{12}", text):
        return TrackingMatch("Amazon", "Logistics", text, True)
    return None


def _impb_part(digits: str, strong: bool) -> TrackingMatch | None:
    """The IMpb tracking part itself: 22 or 26 digits starting 91-95."""
    if not re.fullmatch(r"9[1-5](?:\d{20}|\d{24})", digits):
        return None
    return _checked("USPS", "IMpb", digits, strong, gs1_check_digit(digits[:-1]), digits[-1])


def _usps_routed(text: str) -> TrackingMatch | None:
    """420 + ZIP5/ZIP+4 routing code in front of the IMpb tracking part (30 or 34 digits)."""
    if not text.startswith("420"):
        return None
    if GS in text:
        zip_code, _, rest = text[3:].partition(GS)
        splits = [(zip_code, rest)] if len(zip_code) in (5, 9) else []
    else:
        splits = [(text[3 : 3 + n], text[3 + n :]) for n in (5, 9)]
    candidates = [
        m for zip_code, rest in splits if zip_code.isdigit() and (m := _impb_part(rest, True))
    ]
    # Without FNC1 after the ZIP a 34-digit string splits two ways; prefer the one that checks.
    return next((m for m in candidates if m.valid), candidates[0] if candidates else None)


def _usps20(text: str) -> TrackingMatch | None:
    # Older 20-digit numbers: service 03/71/73/77/81; the legacy form is checked with "91" in front.
    if not re.fullmatch(r"(?:03|71|73|77|81)\d{18}", text):
        return None
    if gs1_check_digit("91" + text[:-1]) == int(text[-1]):
        return TrackingMatch("USPS", "20-digit", text, False)
    return _checked("USPS", "20-digit", text, False, gs1_check_digit(text[:-1]), text[-1])


def _fedex96(text: str) -> TrackingMatch | None:
    if not re.fullmatch(r"96\d{20}", text):
        return None
    return _checked("FedEx", "Ground 96", text, True, gs1_check_digit(text[7:21]), text[21])


def _fedex34(text: str) -> TrackingMatch | None:
    if not re.fullmatch(r"100\d{31}", text):
        return None
    # The trackable number is the last 12 digits; the check covers a 13-digit serial.
    match = _checked("FedEx", "Express 34", text, True, fedex34_check_digit(text[20:33]), text[33])
    return replace(match, number=text[-12:])


def _fedex15(text: str) -> TrackingMatch | None:
    if not re.fullmatch(r"\d{15}", text):
        return None
    return _checked("FedEx", "Ground", text, False, gs1_check_digit(text[:14]), text[14])


def _fedex12(text: str) -> TrackingMatch | None:
    if not re.fullmatch(r"\d{12}", text):
        return None
    return _checked("FedEx", "Express", text, False, fedex12_check_digit(text[:11]), text[11])


def _dhl10(text: str) -> TrackingMatch | None:
    # Weak: one random 10-digit number in seven passes.
    if not re.fullmatch(r"\d{10}", text):
        return None
    return _checked("DHL", "Express", text, False, dhl_check_digit(text[:9]), text[9])


_RULES: tuple[Callable[[str], TrackingMatch | None], ...] = (
    _ups,
    _s10,
    _amazon,
    _usps_routed,
    lambda text: _impb_part(text, True),
    _fedex96,
    _fedex34,
    _usps20,
    _fedex15,
    _fedex12,
    _dhl10,
)


def normalize_tracking(text: str) -> str:
    """Upper-case and drop spaces a clerk may type ("1z 5r8 939 ..."); keep GS."""
    return text.replace(" ", "").upper()


def match_tracking(text: str) -> list[TrackingMatch]:
    """Every carrier shape ``text`` fits, most distinctive first (valid or not)."""
    text = normalize_tracking(text)
    if not text.isascii():
        return []
    return [m for rule in _RULES if (m := rule(text)) is not None]
