"""GS1 element strings, bracketed HRI and Digital Link URIs, read with biip.

biip does the AI table, patterns, dates and key validation. This module walks
the element string itself (one biip element at a time) so that a failure can be
named precisely: an over-long lot, an unknown AI, an impossible date or a wrong
check digit each get their own problem code instead of biip's generic
"Failed to get GS1 Application Identifier" from the wrong position.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from .checkdigits import gs1_mismatch
from .gs1_rules import check_pairs
from .gtin import is_digits

if TYPE_CHECKING:
    from biip import ParseConfig
    from biip.gs1_application_identifiers import GS1ApplicationIdentifier
    from biip.gs1_element_strings import GS1ElementString

# biip (its AI and company-prefix tables) is imported by the first GS1 scan, not at start-up:
# a desk shows its first screen without it.
GS = "\x1d"
HRI_START = re.compile(r"\(\d{2,4}\)")
_HRI_PAIR = re.compile(r"\((\d{2,4})\)([^()]*)")
_KEY_NAMES = {"00": "SSCC", "01": "GTIN", "02": "GTIN", "03": "GTIN"}
# Primary keys that make an http(s) URI a GS1 Digital Link (GS1 Digital Link standard 1.2).
_DL_KEYS = re.compile(r"/(?:00|01|253|255|401|402|414|417|8003|8004|8006|8010|8013|8017|8018)/")


@dataclass(frozen=True)
class GS1Reading:
    """What a GS1 message says; ``problem`` is set when it failed validation."""

    ais: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    gtin14: str | None = None
    sscc: str | None = None
    lot: str | None = None
    serial: str | None = None
    expiry: datetime.date | None = None
    problem: str | None = None
    problem_code: str | None = None
    problem_params: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


class _Problem(Exception):
    """Internal: why an element could not be read; ``params`` are the facts for a message."""

    def __init__(self, code: str, message: str, /, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = {k: str(v) for k, v in params.items()}


@functools.cache
def _config() -> ParseConfig:
    from biip import ParseConfig

    return ParseConfig(separator_chars=(GS,))


def _snippet(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _max_length(ai: GS1ApplicationIdentifier) -> int | None:
    """Limit of a single variable-length field such as N2+X..20; None for fixed fields."""
    match = re.fullmatch(r"N\d\+[NX]\.\.(\d+)", ai.format)
    return int(match.group(1)) if match else None


def _fixed_length(ai: GS1ApplicationIdentifier) -> int | None:
    """Length of a fixed field such as N2+N6 (a date); None for variable fields."""
    match = re.fullmatch(r"N\d\+[NX](\d+)", ai.format)
    return int(match.group(1)) if match else None


def _value_problem(ai: GS1ApplicationIdentifier, value: str, cut: bool = False) -> _Problem:
    # Quote the field alone: in a scanned element string a fixed field runs straight into
    # the next AI with no separator ("1726023110ABC" is AI 17 "260231", then AI 10).
    fixed = _fixed_length(ai) if cut else None
    if fixed is not None:
        value = value[:fixed]
    if "date" in ai.description.lower():
        return _Problem(
            "bad_date", f"AI {ai.ai} date {value} is not a valid date", ai=ai.ai, value=value
        )
    limit = _max_length(ai)
    if limit is not None and len(value) > limit:
        message = f"AI {ai.ai} allows at most {limit} characters ({len(value)} given)"
        return _Problem("too_long", message, ai=ai.ai, limit=limit, count=len(value))
    return _Problem(
        "pattern",
        f"AI {ai.ai} value {_snippet(value)!r} does not fit {ai.format}",
        ai=ai.ai,
        value=_snippet(value),
        format=ai.format,
    )


def _lookup_ai(text: str) -> GS1ApplicationIdentifier:
    from biip import ParseError
    from biip.gs1_application_identifiers import GS1ApplicationIdentifier

    try:
        return GS1ApplicationIdentifier.extract(text)
    except ParseError:
        where = _snippet(text, 8)
        raise _Problem(
            "bad_ai", f"unknown Application Identifier at {_snippet(text)!r}", value=where
        ) from None


def _extract(rest: str) -> GS1ElementString:
    from biip import ParseError
    from biip.gs1_element_strings import GS1ElementString

    ai = _lookup_ai(rest)
    try:
        return GS1ElementString.extract(rest, config=_config())
    except ParseError:
        raise _value_problem(ai, rest.partition(GS)[0][len(ai.ai) :], cut=True) from None


def _overflow(previous: GS1ElementString, rest: str) -> _Problem | None:
    """A full-length variable field not ended by FNC1 that runs into junk was too long."""
    limit = _max_length(previous.ai)
    if limit is None or len(previous.value) != limit:
        return None
    given = limit + len(rest.partition(GS)[0])
    message = f"AI {previous.ai.ai} allows at most {limit} characters ({given} given)"
    return _Problem("too_long", message, ai=previous.ai.ai, limit=limit, count=given)


def _walk(data: str) -> tuple[list[GS1ElementString], _Problem | None]:
    elements: list[GS1ElementString] = []
    rest = data.lstrip(GS)
    terminated = True
    while rest:
        try:
            element = _extract(rest)
        except _Problem as problem:
            overflow = _overflow(elements[-1], rest) if elements and not terminated else None
            if overflow is not None:
                return elements[:-1], overflow  # the last field was cut short: not evidence
            return elements, problem
        elements.append(element)
        rest = rest[len(element) :]
        terminated = rest.startswith(GS)
        rest = rest.lstrip(GS)
    return elements, None


def _key_problem(element: GS1ElementString) -> _Problem | None:
    """A wrong check digit inside AI 00/01/02/41x: biip keeps the message, we name it."""
    error = element.gtin_error or element.sscc_error or element.gln_error
    if error is None:
        return None
    value = element.value
    name = _KEY_NAMES.get(element.ai.ai, "GLN")
    mismatch = gs1_mismatch(value) if is_digits(value) and len(value) > 1 else None
    if mismatch is None:
        return _Problem(
            "pattern",
            f"{name} in AI {element.ai.ai} is not valid: {error}",
            ai=element.ai.ai,
            value=_snippet(value),
            format=element.ai.format,
        )
    expected, got = mismatch
    return _Problem(
        "check_digit",
        f"{name} check digit wrong: expected {expected}, got {got}",
        what=name,
        expected=expected,
        got=got,
        code=value,
    )


def _duplicate_problem(elements: list[GS1ElementString]) -> _Problem | None:
    """The same AI twice with different values: which one is true cannot be known."""
    seen: dict[str, str] = {}
    for element in elements:
        ai, value = element.ai.ai, element.value
        first = seen.setdefault(ai, value)
        if first != value:
            message = f"AI {ai} appears twice with different values: {first} and {value}"
            return _Problem("duplicate_ai", message, ai=ai, value=first, other=value)
    return None


def _pair_problem(elements: list[GS1ElementString]) -> _Problem | None:
    found = check_pairs([e.ai.ai for e in elements])
    if found is None:
        return None
    others = " or ".join(found.others)
    if found.code == "invalid_pair":
        message = f"AI {found.ai} must not appear together with AI {others}"
        return _Problem("invalid_pair", message, ai=found.ai, other=others)
    message = f"AI {found.ai} needs AI {others} in the same barcode"
    return _Problem("missing_partner", message, ai=found.ai, needs="/".join(found.others))


def _reading(elements: list[GS1ElementString], problem: _Problem | None) -> GS1Reading:
    by_ai: dict[str, GS1ElementString] = {}
    for element in elements:
        by_ai.setdefault(element.ai.ai, element)
    for check in (_duplicate_problem, _key_problems, _pair_problem):
        if problem is None:
            problem = check(elements)
    if problem is None and not elements:
        problem = _Problem("pattern", "no GS1 element string found")
    gtin, sscc, expiry = by_ai.get("01"), by_ai.get("00"), by_ai.get("17")
    lot, serial = by_ai.get("10"), by_ai.get("21")
    return GS1Reading(
        ais=MappingProxyType({ai: e.value for ai, e in by_ai.items()}),
        gtin14=gtin.value if gtin is not None and gtin.gtin is not None else None,
        sscc=sscc.value if sscc is not None and sscc.sscc is not None else None,
        lot=lot.value if lot is not None else None,
        serial=serial.value if serial is not None else None,
        expiry=expiry.date if expiry is not None else None,
        problem=problem.message if problem is not None else None,
        problem_code=problem.code if problem is not None else None,
        problem_params=MappingProxyType(problem.params if problem is not None else {}),
    )


def _key_problems(elements: list[GS1ElementString]) -> _Problem | None:
    return next((p for e in elements if (p := _key_problem(e)) is not None), None)


def _not_ascii() -> GS1Reading:
    # GS1 data uses ISO 646 only; anything else would also trip biip's Unicode-aware \d.
    return GS1Reading(
        problem="GS1 data must be plain ASCII",
        problem_code="pattern",
        problem_params=MappingProxyType({"value": "", "format": "ASCII"}),
    )


def parse_element_string(data: str) -> GS1Reading:
    """A scanned element string: AIs back to back, GS (FNC1) after variable fields."""
    if not data.isascii():
        return _not_ascii()
    return _reading(*_walk(data))


def parse_hri(text: str) -> GS1Reading:
    """Bracketed HRI as typed by hand, e.g. "(01)09506000134352(10)ABC"."""
    if not text.isascii():
        return _not_ascii()
    # GS1 character set 82 has no space, so spaces a clerk types between groups are not data.
    text = text.replace(" ", "")
    elements: list[GS1ElementString] = []
    position = 0
    for match in _HRI_PAIR.finditer(text):
        if match.start() != position:
            break
        position = match.end()
        try:
            elements.append(_hri_element(*match.groups()))
        except _Problem as problem:
            return _reading(elements, problem)
    if position != len(text):
        outside = _snippet(text[position:])
        extra = _Problem(
            "pattern", f"text outside (AI) groups: {outside!r}", value=outside, format="(AI)"
        )
        return _reading(elements, extra)
    return _reading(elements, None)


def _hri_element(code: str, value: str) -> GS1ElementString:
    from biip import ParseError
    from biip.gs1_application_identifiers import GS1ApplicationIdentifier
    from biip.gs1_element_strings import GS1ElementString

    try:
        ai = GS1ApplicationIdentifier.extract(code)
    except ParseError:
        ai = None
    if ai is None or ai.ai != code:
        raise _Problem("bad_ai", f"unknown Application Identifier ({code})", value=f"({code})")
    try:
        return GS1ElementString.parse(code + value, config=_config())
    except ParseError:
        raise _value_problem(ai, value) from None


def is_digital_link(uri: str) -> bool:
    """An http(s) URI whose path carries a GS1 primary key, e.g. /01/<GTIN>."""
    return uri.lower().startswith(("http://", "https://")) and _DL_KEYS.search(uri) is not None


def parse_digital_link(uri: str) -> GS1Reading:
    """A GS1 Digital Link URI (plain QR, usually under ]Q1)."""
    from biip import ParseError
    from biip.gs1_digital_link_uris import GS1DigitalLinkURI

    if not uri.isascii():
        return _not_ascii()
    try:
        link = GS1DigitalLinkURI.parse(uri, config=_config())
    except (ParseError, ValueError) as exc:  # ValueError: urllib on a malformed host
        return GS1Reading(
            problem=f"GS1 Digital Link not readable: {exc}",
            problem_code="bad_link",
            problem_params=MappingProxyType({"value": _snippet(uri, 40)}),
        )
    return _reading(list(link.element_strings), None)
