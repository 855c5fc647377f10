"""Barcode interpretation: what a scan is, decided by AIM id, desk patterns and context.

Pure domain code (biip and python-stdnum only). See docs/barcodes.md.
"""

from .checkdigits import gs1_check_digit, lpn_check_char, make_lpn
from .gtin import expand_upce, gtin_format, is_valid_gtin, normalize_gtin
from .interpreter import interpret
from .model import DeskPatterns, Expect, Interpretation, ScanKind

__all__ = [
    "DeskPatterns",
    "Expect",
    "Interpretation",
    "ScanKind",
    "expand_upce",
    "gs1_check_digit",
    "gtin_format",
    "interpret",
    "is_valid_gtin",
    "lpn_check_char",
    "make_lpn",
    "normalize_gtin",
]
