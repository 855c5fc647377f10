"""Carrier tracking numbers, by the public tracking-number data set (tracking_formats.py).

The shapes and check rules are the data set's; this module adds what a desk needs on top:
which of its types the desk claims (and how distinctive each shape is), the expected and
read check digit for a message, ISO 3166 for S10 countries, and the rule that a placeholder
(one digit repeated, e.g. 000000000000) is never a tracking number. :func:`match_tracking`
reports every claimed shape a text fits, valid or not, so the interpreter can weigh them
against the AIM id and the current step. docs/barcodes.md lists the types not claimed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from .tracking_formats import TrackingFormat, tracking_formats

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
class Claim:
    """A data-set type the desk recognises, under the names the clerk sees."""

    carrier: str
    service: str
    strong: bool  # distinctive shape (prefix, letters, length no item code has)


# In the order shapes are tried: the most distinctive first.
CLAIMED: Mapping[str, Claim] = MappingProxyType(
    {
        "ups": Claim("UPS", "1Z", True),
        "s10": Claim("UPU S10", "item", True),
        "amazon_logistics": Claim("Amazon", "Logistics", True),
        "usps_impb_c": Claim("USPS", "IMpb", True),
        "usps_impb_n": Claim("USPS", "IMpb", True),
        "usps_legacy": Claim("USPS", "legacy", False),  # strong with 420 or 91 in front
        "fedex_ground_96": Claim("FedEx", "Ground 96", True),
        "fedex_ground_gsn": Claim("FedEx", "Ground GSN", True),
        "fedex_34": Claim("FedEx", "Express 34", True),
        "fedex_astra_32": Claim("FedEx", "ASTRA", True),
        "usps_20": Claim("USPS", "20-digit", False),
        "fedex_ground": Claim("FedEx", "Ground", False),
        "fedex_ground_sscc_18": Claim("FedEx", "Ground SSCC", False),
        "fedex_12": Claim("FedEx", "Express", False),
        "dhl_express": Claim("DHL", "Express", False),
        "ups_waybill": Claim("UPS", "Waybill", False),
        "dhl_express_piece_id": Claim("DHL", "Express piece", False),
        "dhl_ecommerce": Claim("DHL", "eCommerce", False),
    }
)
# Types of the claimed couriers the desk leaves alone on purpose (why: docs/barcodes.md).
NOT_CLAIMED = frozenset({"amazon_international", "dhl_ecommerce_14"})


def _no_params() -> Mapping[str, str]:
    return MappingProxyType({})


@dataclass(frozen=True)
class TrackingMatch:
    """A text that has the shape of one carrier's tracking number."""

    carrier: str
    service: str
    number: str  # normalised tracking number (what the carrier's site accepts)
    strong: bool  # shape is distinctive (prefix/letters); weak = "N digits" only
    problem: str | None = None
    problem_code: str | None = None
    format_id: str = ""  # the data set's type id, e.g. "fedex_34"
    checked: bool = True  # the shape has a check digit that confirmed (or refuted) it
    params: Mapping[str, str] = field(default_factory=_no_params, hash=False)

    @property
    def valid(self) -> bool:
        return self.problem is None


def normalize_tracking(text: str) -> str:
    """Upper-case and drop spaces a clerk may type ("1z 5r8 939 ..."); keep GS."""
    return text.replace(" ", "").upper()


def is_placeholder(digits: str) -> bool:
    """One digit repeated (000000000000, 1111…): test data or a blank label, never a number."""
    return len(digits) >= 2 and len(set(digits)) == 1


def _number(fmt: TrackingFormat, groups: dict[str, str | None], text: str) -> str:
    """What the carrier's tracking site takes for this shape."""
    serial, check = groups.get("SerialNumber") or "", groups.get("CheckDigit") or ""
    if fmt.courier == "usps" or fmt.id == "fedex_astra_32":
        return serial + check  # without the 420+ZIP routing code / the ASTRA envelope
    if fmt.id == "fedex_34":
        return text[-12:]  # the trackable Express number at the end of the barcode
    return text


def _match(fmt: TrackingFormat, claim: Claim, text: str) -> TrackingMatch | None:
    found = fmt.regex.fullmatch(text)
    misread = None
    if found is None and claim.strong and fmt.checksum is not None and text[-1:].isalpha():
        # A distinctive shape whose final check digit came out as a letter: a misread.
        found = fmt.regex.fullmatch(text[:-1] + "0")
        if found is None or found.end("CheckDigit") != len(text):
            return None
        misread = text[-1]
    if found is None:
        return None
    groups = found.groupdict()
    if misread is not None:
        groups["CheckDigit"] = misread
    serial, check = groups.get("SerialNumber") or "", groups.get("CheckDigit")
    strong = claim.strong or (
        fmt.id == "usps_legacy" and bool(groups.get("RoutingApplicationId") or text[:2] == "91")
    )
    base = TrackingMatch(
        claim.carrier,
        claim.service,
        _number(fmt, groups, text),
        strong,
        format_id=fmt.id,
        checked=fmt.checksum is not None,
    )
    label = f"{claim.carrier} {claim.service}"
    if fmt.checksum is not None and check is not None:
        expected = fmt.checksum.expected(fmt.check_serial(serial))
        if expected != check:
            params = {"carrier": label, "expected": expected, "got": check}
            problem = f"{label} check digit wrong: expected {expected}, got {check}"
            return _problem(base, problem, "check_digit", params)
    if fmt.id == "s10" and text[11:] not in ISO_COUNTRIES:
        # ISO 3166, not the data set's list of posts: TW, GG, JE, IM … issue S10 numbers too.
        problem = f"{text[11:]} is not an ISO 3166 country code"
        return _problem(base, problem, "bad_country", {"country": text[11:]})
    for group, accepted in fmt.required.items():
        if fmt.id != "s10" and groups.get(group) not in accepted:
            value = groups.get(group) or ""
            return _problem(base, f"{label}: {value} is not known", "pattern", {"value": value})
    if is_placeholder(re.sub(r"\D", "", serial + (check or ""))):
        problem = f"{base.number} is a placeholder, not a {label} number"
        return _problem(base, problem, "placeholder", {"carrier": label})
    return base


def _problem(base: TrackingMatch, problem: str, code: str, params: dict[str, str]) -> TrackingMatch:
    return TrackingMatch(
        base.carrier,
        base.service,
        base.number,
        base.strong,
        problem,
        code,
        base.format_id,
        base.checked,
        MappingProxyType({"code": base.number, **params}),
    )


def match_tracking(text: str) -> list[TrackingMatch]:
    """Every claimed carrier shape ``text`` fits, most distinctive first (valid or not)."""
    text = normalize_tracking(text).replace(GS, "")  # FNC1 after a 420+ZIP routing code
    if not text.isascii() or not text.isalnum():
        return []
    formats = tracking_formats()
    matches = [
        m for fmt_id, claim in CLAIMED.items() if (m := _match(formats[fmt_id], claim, text))
    ]
    return sorted(matches, key=lambda m: not m.strong)  # stable: table order within a class
