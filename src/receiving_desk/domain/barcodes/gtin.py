"""GTIN normalisation: every trade item is keyed by its GTIN-14 (domain.md 2.2).

Padding to 14 digits makes a UPC-A, its EAN-13 form and a GTIN-14 with
indicator 0 compare equal. UPC-E must be expanded first, and only when the
caller knows the 8 digits are UPC-E: the same 8 digits can also be a valid EAN-8.
"""

from __future__ import annotations

from .checkdigits import gs1_mismatch

GTIN_LENGTHS = (8, 12, 13, 14)


def is_digits(value: str) -> bool:
    """ASCII digits only (str.isdigit() alone also accepts e.g. Arabic-Indic digits)."""
    return value.isascii() and value.isdigit()


def is_valid_gtin(code: str) -> bool:
    """8, 12, 13 or 14 digits with a correct GS1 check digit (no UPC-E expansion)."""
    return is_digits(code) and len(code) in GTIN_LENGTHS and gs1_mismatch(code) is None


def expand_upce(code: str) -> str:
    """Expand an 8-digit UPC-E (number system 0/1, 6 digits, check) to UPC-A.

    The check digit is carried over unchanged; UPC-E shares it with its UPC-A.
    """
    if len(code) != 8 or not is_digits(code) or code[0] not in "01":
        raise ValueError(f"UPC-E must be 8 digits starting with 0 or 1, got {code!r}")
    ns, x, check = code[0], code[1:7], code[7]
    last = x[5]
    if last in "012":
        middle = f"{x[0:2]}{last}0000{x[2:5]}"
    elif last == "3":
        middle = f"{x[0:3]}00000{x[3:5]}"
    elif last == "4":
        middle = f"{x[0:4]}00000{x[4]}"
    else:
        middle = f"{x[0:5]}0000{last}"
    return f"{ns}{middle}{check}"


def upce_is_valid(code: str) -> bool:
    """True when ``code`` is a well-formed UPC-E whose expansion passes the check."""
    if len(code) != 8 or not is_digits(code) or code[0] not in "01":
        return False
    return gs1_mismatch(expand_upce(code)) is None


def normalize_gtin(code: str, upce: bool = False) -> str:
    """Return the GTIN-14 for a GTIN-8/12/13/14 (or, with ``upce=True``, an 8-digit UPC-E).

    Raises ValueError for wrong length, non-digits or a wrong check digit, so a
    normalised key is always a valid GTIN.
    """
    if not is_digits(code):
        raise ValueError(f"GTIN must be digits only, got {code!r}")
    if upce and len(code) == 8:
        code = expand_upce(code)
    if len(code) not in GTIN_LENGTHS:
        raise ValueError(f"GTIN must have 8, 12, 13 or 14 digits, got {len(code)}")
    mismatch = gs1_mismatch(code)
    if mismatch is not None:
        raise ValueError(f"GTIN check digit wrong: expected {mismatch[0]}, got {mismatch[1]}")
    return code.zfill(14)


def gtin_format(gtin14: str) -> str:
    """The GTIN's own format, from its significant digits (GS1 General Specifications 3.3.2).

    GTIN-8 sits behind six zeros, GTIN-12 behind two, GTIN-13 behind one.
    """
    if gtin14[0] != "0":
        return "GTIN-14"
    if gtin14[1] != "0":
        return "GTIN-13"
    if gtin14.startswith("000000"):
        return "GTIN-8"
    return "GTIN-12"
