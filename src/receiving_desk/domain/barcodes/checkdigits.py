"""Check-digit arithmetic, kept separate from any decision about what a scan is.

Each ``*_check_digit`` function takes the data part only (without its check
character) and returns the check value that belongs after it. Rules follow
domain.md section 2.2/2.3 (GS1 General Specifications, jkeen/tracking_number_data,
UPU S10).
"""

from __future__ import annotations

from stdnum.iso7064 import mod_37_36

_ALNUM36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _digits(value: str, what: str) -> list[int]:
    if not value or not (value.isascii() and value.isdigit()):
        raise ValueError(f"{what} must be a non-empty string of digits, got {value!r}")
    return [int(ch) for ch in value]


def gs1_check_digit(digits: str) -> int:
    """GS1 mod 10 (GTIN, SSCC, GLN, USPS IMpb): weights 3,1,3,... from the right."""
    total = sum(
        d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(_digits(digits, "GS1 data")))
    )
    return (10 - total % 10) % 10


def gs1_mismatch(code: str) -> tuple[int, int] | None:
    """``(expected, got)`` when the last digit of ``code`` is not its GS1 check digit."""
    got = _digits(code, "GS1 code")[-1]
    expected = gs1_check_digit(code[:-1])
    return None if expected == got else (expected, got)


def ups_check_digit(body: str) -> int:
    """UPS 1Z: the 15 characters after "1Z"; letters count as (ord - 63) mod 10."""
    if len(body) != 15 or not all(ch in _ALNUM36 for ch in body):
        raise ValueError(f"UPS body must be 15 characters 0-9/A-Z, got {body!r}")
    values = [int(ch) if ch.isdigit() else (ord(ch) - 63) % 10 for ch in body]
    total = sum(v * (1 if i % 2 == 0 else 2) for i, v in enumerate(values))
    return (10 - total % 10) % 10


def _weighted_mod11_mod10(digits: list[int], weights: tuple[int, ...]) -> int:
    total = sum(d * weights[i % len(weights)] for i, d in enumerate(digits))
    return total % 11 % 10


def fedex12_check_digit(first11: str) -> int:
    """FedEx Express 12-digit: weights 3,1,7 repeating; sum mod 11 mod 10."""
    digits = _digits(first11, "FedEx data")
    if len(digits) != 11:
        raise ValueError("FedEx Express data must be 11 digits")
    return _weighted_mod11_mod10(digits, (3, 1, 7))


def fedex34_check_digit(serial13: str) -> int:
    """FedEx Express 34-digit barcode: weights 1,7,3 over the 13-digit serial."""
    digits = _digits(serial13, "FedEx serial")
    if len(digits) != 13:
        raise ValueError("FedEx 34-digit serial must be 13 digits")
    return _weighted_mod11_mod10(digits, (1, 7, 3))


def dhl_check_digit(first9: str) -> int:
    """DHL Express waybill: the first 9 digits as a number, mod 7."""
    _digits(first9, "DHL data")
    return int(first9) % 7


def s10_check_digit(serial8: str) -> int:
    """UPU S10: weights 8,6,4,2,3,5,9,7; 11 - sum mod 11, with 10 -> 0 and 11 -> 5."""
    digits = _digits(serial8, "S10 serial")
    if len(digits) != 8:
        raise ValueError("S10 serial must be 8 digits")
    check = 11 - sum(d * w for d, w in zip(digits, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
    return {10: 0, 11: 5}.get(check, check)


def lpn_check_char(body: str) -> str:
    """ISO 7064 MOD 37-36 check character for an LPN body (prefix + sequence).

    Characters outside 0-9/A-Z (a site might use "LPN-") are skipped, so the same
    rule works for any configured prefix; letters are upper-cased first.
    """
    usable = "".join(ch for ch in body.upper() if ch in _ALNUM36)
    if not usable:
        raise ValueError(f"LPN body {body!r} has no characters 0-9/A-Z")
    return str(mod_37_36.calc_check_digit(usable))


def make_lpn(sequence: int, prefix: str = "LPN") -> str:
    """A new LPN: prefix + 8-digit zero-padded sequence + check character."""
    if not 0 <= sequence < 10**8:
        raise ValueError(f"LPN sequence must be 0..99999999, got {sequence}")
    body = f"{prefix}{sequence:08d}"
    return body + lpn_check_char(body)
