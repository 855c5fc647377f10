"""``interpret``: one scan in, one :class:`Interpretation` out, problems as data.

The decision order (docs/barcodes.md): the AIM symbology identifier first
(EAN/UPC and ITF carry items, GS1 symbologies carry element strings, anything
else is a "label"), then the desk's own patterns, then length and prefix, and
only then the step's expectation to break ties. A check digit confirms a
reading; it never chooses between readings on its own.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType

from .carriers import TrackingMatch, is_placeholder, match_tracking
from .checkdigits import gs1_check_digit, gs1_mismatch, lpn_check_char
from .gs1 import (
    GS,
    HRI_START,
    GS1Reading,
    is_digital_link,
    parse_digital_link,
    parse_element_string,
    parse_hri,
)
from .gtin import GTIN_LENGTHS, expand_upce, gtin_format, is_digits, is_valid_gtin, upce_is_valid
from .model import DeskPatterns, Expect, Interpretation, ScanKind

log = logging.getLogger(__name__)

MAX_PAYLOAD = 8192  # larger than any 2D symbol holds; bounds the work on garbage input
GS1_SYMBOLOGIES = frozenset({"C1", "e0", "d2", "Q3", "J1"})
_AIM_PREFIX = re.compile(r"\][A-Za-z][0-9]")  # same rule as the serial reader
# Line noise (domain.md 1.5): C0 controls except EOT/FS/GS/RS (data in ISO 15434), DEL, C1, 0xFF.
_NOISE = dict.fromkeys(
    [c for c in range(0x20) if c not in (0x04, 0x1C, 0x1D, 0x1E)] + [*range(0x7F, 0xA0), 0xFF]
)
_DEFAULT_PATTERNS = DeskPatterns()
_NO_AIS: Mapping[str, str] = MappingProxyType({})
_PREFERRED = {
    Expect.BADGE: ScanKind.BADGE,
    Expect.BIN: ScanKind.BIN,
    Expect.LPN: ScanKind.LPN,
    Expect.PARCEL: ScanKind.RMA,
}


class _Scan:
    """Builds the results for one scan; raw and AIM id are the same in all of them."""

    def __init__(self, raw: str, aim_id: str | None) -> None:
        self.base = Interpretation(ScanKind.UNKNOWN, "", raw, aim_id)

    def plain(
        self,
        kind: ScanKind,
        value: str,
        problem: str | None = None,
        code: str | None = None,
        /,
        **params: object,
    ) -> Interpretation:
        facts = MappingProxyType({k: str(v) for k, v in params.items()}) if params else _NO_AIS
        return replace(
            self.base,
            kind=kind,
            value=value,
            problem=problem,
            problem_code=code,
            problem_params=facts,
        )

    def gtin(self, gtin14: str) -> Interpretation:
        found = self.plain(ScanKind.GTIN, gtin14)
        return replace(found, gtin14=gtin14, gtin_format=gtin_format(gtin14))

    def check_digit(self, value: str, what: str, expected: int | str, got: str) -> Interpretation:
        problem = f"{what} check digit wrong: expected {expected}, got {got}"
        return self.plain(
            ScanKind.INVALID,
            value,
            problem,
            "check_digit",
            what=what,
            expected=expected,
            got=got,
            code=value,
        )

    def tracking(
        self, match: TrackingMatch, text: str, ais: Mapping[str, str] = _NO_AIS
    ) -> Interpretation:
        kind, value = (ScanKind.TRACKING, match.number) if match.valid else (ScanKind.INVALID, text)
        params = dict(match.params)
        if "carrier" in params:  # check-digit facts name the carrier's format as "what"
            params["what"] = params.pop("carrier")
        found = self.plain(kind, value, match.problem, match.problem_code, **params)
        return replace(found, carrier=match.carrier, ais=ais)

    def gs1(self, reading: GS1Reading, text: str) -> Interpretation:
        if reading.problem is not None:
            # Keep the GTIN and the AIs read so far as evidence; lot/serial/expiry may be cut.
            kind, value = ScanKind.INVALID, text
            reading = replace(reading, lot=None, serial=None, expiry=None)
        elif set(reading.ais) == {"01"} and reading.gtin14:
            kind, value = ScanKind.GTIN, reading.gtin14  # nothing but a GTIN: same as an EAN scan
        elif set(reading.ais) == {"00"} and reading.sscc:
            kind, value = ScanKind.SSCC, reading.sscc
        else:
            kind, value = ScanKind.GS1, reading.gtin14 or reading.sscc or text
        return replace(
            self.plain(
                kind, value, reading.problem, reading.problem_code, **reading.problem_params
            ),
            gtin14=reading.gtin14,
            gtin_format=gtin_format(reading.gtin14) if reading.gtin14 else None,
            serial=reading.serial,
            lot=reading.lot,
            expiry=reading.expiry,
            ais=reading.ais,
        )


def interpret(
    payload: str,
    aim_id: str | None = None,
    expect: Expect = Expect.ANY,
    patterns: DeskPatterns = _DEFAULT_PATTERNS,
    *,
    hri: bool | None = None,
) -> Interpretation:
    """Say what a scan is. Never raises for any ``str`` payload.

    ``payload`` may still carry its AIM prefix (e.g. "]E0...") when ``aim_id`` is
    None, and a CR/LF suffix; both are split off here. ``hri`` says whether bracketed GS1
    text, "(01)0950...", may be read as GS1: true for typed input and for a scanner set up
    to send HRI; from any other scanner it is a label that prints the brackets in its bars.
    None: allowed only without an AIM id (a scanner that sends one has read a barcode).
    """
    if aim_id is None and _AIM_PREFIX.match(payload):
        aim_id, payload = payload[:3], payload[3:]
    scan = _Scan(payload.rstrip("\r\n"), aim_id)
    text = scan.base.raw.translate(_NOISE).strip(" ")
    if not any(ch.isprintable() and ch != " " for ch in text):
        return scan.plain(ScanKind.NOISE, "", "nothing printable in the scan", "noise")
    if len(text) > MAX_PAYLOAD:
        problem = f"scan is {len(text)} characters long"
        return scan.plain(ScanKind.INVALID, text[:64], problem, "too_long", count=len(text))
    if len(text) >= 6 and is_digits(text) and is_placeholder(text):
        # 000000000000 passes GS1 mod 10, FedEx and DHL rules alike; no real code looks so.
        problem = f"{text} is a placeholder (one digit repeated), not a real barcode"
        return scan.plain(ScanKind.INVALID, text, problem, "placeholder", code=text)
    symbology = aim_id.removeprefix("]") if aim_id else None
    if hri is None:
        hri = aim_id is None
    if hri and symbology in GS1_SYMBOLOGIES and HRI_START.match(text):
        return scan.gs1(parse_hri(text), text)  # a scanner set to send GS1 data as HRI
    if symbology in ("E0", "E3", "E4"):
        return _ean(scan, text, symbology)
    if symbology in ("E1", "E2"):  # an add-on read on its own identifies nothing
        return scan.plain(ScanKind.UNKNOWN, text)
    if symbology in ("I0", "I1") and len(text) == 14 and is_digits(text):
        return _gtin(scan, text)
    if is_digital_link(text):
        return scan.gs1(parse_digital_link(text), text)
    if symbology in GS1_SYMBOLOGIES or (symbology is None and GS in text):
        return _gs1_symbol(scan, text)
    return _label(scan, text, symbology is None, expect, patterns, hri)


def _gtin(scan: _Scan, code: str) -> Interpretation:
    mismatch = gs1_mismatch(code)
    if mismatch is not None:
        return scan.check_digit(code, "GTIN", mismatch[0], str(mismatch[1]))
    return scan.gtin(code.zfill(14))


def _eight(scan: _Scan, code: str) -> Interpretation:
    """Eight digits: UPC-E first (vector A01), else EAN-8; the same digits can pass both."""
    if upce_is_valid(code):
        return scan.gtin(expand_upce(code).zfill(14))
    if is_valid_gtin(code) or code[0] not in "01":
        return _gtin(scan, code)
    expected = gs1_check_digit(expand_upce(code)[:-1])
    return scan.check_digit(code, "UPC-E", expected, code[-1])


def _ean(scan: _Scan, text: str, symbology: str) -> Interpretation:
    if not is_digits(text):
        problem = "EAN/UPC data must be digits only"
        return scan.plain(ScanKind.INVALID, text, problem, "pattern", value=text, format="digits")
    if symbology == "E3" and len(text) in (15, 18):
        text = text[:13]  # main symbol + 2/5-digit add-on; the add-on is not part of the GTIN
    if symbology == "E4":
        if len(text) == 8:
            return _gtin(scan, text)
    elif len(text) == 13:
        return _gtin(scan, text)
    elif len(text) == 8:
        return _eight(scan, text)
    elif len(text) == 12:
        # ]E0 should carry 13 digits; a valid GTIN-12 is a scanner that did not pad.
        mismatch = gs1_mismatch(text)
        if mismatch is None:
            return scan.gtin(text.zfill(14))
        problem = (
            "]E0 must carry 13 digits; read as GTIN-12 the check digit is wrong: "
            f"expected {mismatch[0]}, got {mismatch[1]}"
        )
        return scan.plain(
            ScanKind.INVALID,
            text,
            problem,
            "check_digit",
            what="GTIN-12",
            expected=mismatch[0],
            got=mismatch[1],
            code=text,
        )
    wanted = 8 if symbology == "E4" else 13
    problem = f"EAN/UPC scan has {len(text)} digits, expected {wanted}"
    return scan.plain(ScanKind.INVALID, text, problem, "length", count=len(text), expected=wanted)


def _gs1_symbol(scan: _Scan, text: str) -> Interpretation:
    # USPS IMpb (420 + ZIP, then 92-95...) and FedEx "96" are GS1-128 whose AIs collide
    # with company-internal AIs 90-99: a carrier shape wins over the literal GS1 reading.
    if text.startswith(("420", "9")):
        strong = [m for m in match_tracking(text) if m.strong]
        if strong:
            match = next((m for m in strong if m.valid), strong[0])
            return scan.tracking(match, text, parse_element_string(text).ais)
    return scan.gs1(parse_element_string(text), text)


def _gs1_without_aim(text: str) -> bool:
    """AIM transmission off: "01" + a valid GTIN or "00" + a valid SSCC starts GS1 data.

    The key must be whole: 16 digits starting "00" are no SSCC (that needs 18 after the AI)
    and may be anything else, so they are not refused as a bad one.
    """
    width = {"01": 14, "00": 18}.get(text[:2])
    key = text[2 : 2 + width] if width else ""
    return len(key) == width and is_digits(key) and gs1_mismatch(key) is None


def _label(
    scan: _Scan, text: str, no_aim: bool, expect: Expect, patterns: DeskPatterns, hri: bool
) -> Interpretation:
    if HRI_START.match(text):
        if hri:
            return scan.gs1(parse_hri(text), text)
        reading = parse_hri(text)
        if reading.problem is None:  # well-formed GS1 text, but it came out of a barcode
            problem = "bracketed GS1 text read from a barcode: the label is not GS1-encoded"
            return scan.plain(ScanKind.INVALID, text, problem, "hri_from_scanner", code=text)
    desk = _desk(scan, text, expect, patterns)
    if desk is not None:
        return desk
    if no_aim and _gs1_without_aim(text):
        return scan.gs1(parse_element_string(text), text)
    if is_digits(text):
        return _numeric(scan, text, no_aim, expect)
    matches = match_tracking(text)
    if expect is Expect.ITEM:
        # A shape with neither check digit nor distinctive prefix (DHL piece ID, eCommerce)
        # proves nothing where items are scanned: there it is more likely a SKU.
        matches = [m for m in matches if m.checked or m.strong]
    match = next((m for m in matches if m.valid), None) or next(
        (m for m in matches if m.strong), None
    )
    if match is not None:
        return scan.tracking(match, text)
    return _unknown(scan, text, patterns)


def _numeric(scan: _Scan, text: str, no_aim: bool, expect: Expect) -> Interpretation:
    item: Interpretation | None = None
    if len(text) in GTIN_LENGTHS:
        item = _eight(scan, text) if len(text) == 8 else _gtin(scan, text)
    good_item = item if item is not None and item.kind is ScanKind.GTIN else None
    if not no_aim:
        # A label symbology (Code 128 without FNC1, Code 39, a plain 2D code) cannot carry a
        # GTIN: a failed GTIN check is no misread, and rescanning would not help.
        item = good_item
    matches = match_tracking(text)
    valid = next((m for m in matches if m.valid), None)
    tracking = scan.tracking(valid, text) if valid else None
    failed = scan.tracking(matches[0], text) if matches else None
    if expect is Expect.ITEM:
        # At the item step only a distinctive carrier shape is worth an error.
        strong = scan.tracking(matches[0], text) if matches and matches[0].strong else None
        order = [good_item, tracking, item, strong]
    elif expect is Expect.PARCEL or not no_aim:
        # Parcel step, or a Code 128/39 label: carrier rules before GTIN ones.
        order = [tracking, good_item, failed, item]
    else:
        # No AIM id: prefer a GTIN that checks, then carriers (brief + domain.md 2.3).
        order = [good_item, tracking, item, failed]
    return next((r for r in order if r is not None), scan.plain(ScanKind.UNKNOWN, text))


@functools.lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except re.error:
        log.warning("desk barcode pattern %r is not a valid regex; ignored", pattern)
        return None


def _desk_patterns(patterns: DeskPatterns) -> tuple[tuple[ScanKind, str], ...]:
    # Commands first: a command sheet must work whatever the step expects.
    return (
        (ScanKind.COMMAND, patterns.command),
        (ScanKind.BADGE, patterns.badge),
        (ScanKind.RMA, patterns.rma),
        (ScanKind.LPN, patterns.lpn),
        (ScanKind.BIN, patterns.bin),
    )


def _desk_match(
    text: str, expect: Expect, patterns: DeskPatterns
) -> tuple[ScanKind, re.Match[str]] | None:
    """Which of the desk's patterns takes `text` at this step (the step's kind if several)."""
    found = [
        (kind, m)
        for kind, pattern in _desk_patterns(patterns)
        if (regex := _compiled(pattern)) is not None and (m := regex.fullmatch(text)) is not None
    ]
    if not found:
        return None
    preferred = _PREFERRED.get(expect)
    return next((f for f in found if f[0] is preferred), found[0])


def _lpn_checks(text: str) -> bool:
    try:
        return lpn_check_char(text[:-1]) == text[-1]
    except ValueError:
        return False


def label_kind(code: str, expect: Expect, patterns: DeskPatterns) -> ScanKind | None:
    """What `interpret(code, "]C0", expect, patterns, hri=False)` makes of a plain label code
    (printable ASCII, not digits only, not bracketed, not a link) that one of the desk's
    patterns takes, without building the reading; None when only `interpret` can say. For
    checking thousands of the site's own codes at once (domain/barcodes/site_codes.py)."""
    plain = code.isascii() and code.isprintable() and code == code.strip(" ")
    if not plain or not code or len(code) > MAX_PAYLOAD or is_digits(code):
        return None
    if HRI_START.match(code) or is_digital_link(code):
        return None
    found = _desk_match(code, expect, patterns)
    if found is None:
        return None
    kind = found[0]
    if kind is ScanKind.LPN and not _lpn_checks(code):
        return ScanKind.INVALID
    return kind


def _desk(scan: _Scan, text: str, expect: Expect, patterns: DeskPatterns) -> Interpretation | None:
    found = _desk_match(text, expect, patterns)
    if found is None:
        return None
    kind, match = found
    if kind is ScanKind.COMMAND:
        return scan.plain(kind, (match.group(1) if match.re.groups else None) or text)
    if kind is ScanKind.LPN:
        try:
            expected = lpn_check_char(text[:-1])
        except ValueError:
            expected = ""
        if expected != text[-1]:
            return scan.check_digit(text, "LPN", expected or "?", text[-1])
    return scan.plain(kind, text)


def _literal_prefix(pattern: str) -> str:
    """Leading literal text of a desk regex, e.g. "RMA-" for r"RMA-\\d{4}-\\d{6}"."""
    match = re.match(r"[A-Za-z0-9_-]+", pattern)
    prefix = match.group(0) if match else ""
    if pattern[len(prefix) : len(prefix) + 1] in ("?", "*", "{"):
        prefix = prefix[:-1]  # the last literal is optional or repeated
    return prefix


def _unknown(scan: _Scan, text: str, patterns: DeskPatterns) -> Interpretation:
    """Unplaced text; a hint when it starts like one of the desk's own barcodes."""
    for kind, pattern in _desk_patterns(patterns):
        prefix = _literal_prefix(pattern)
        if len(prefix) >= 2 and text.startswith(prefix):
            label = kind.value.upper() if kind in (ScanKind.RMA, ScanKind.LPN) else kind.value
            problem = f"does not match the site {label} pattern"
            return scan.plain(
                ScanKind.UNKNOWN, text, problem, "pattern", kind=kind.value, prefix=prefix
            )
    return scan.plain(ScanKind.UNKNOWN, text)
