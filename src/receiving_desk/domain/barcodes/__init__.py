"""Barcode interpretation: what a scan is, decided by AIM id, desk patterns and context.

Pure domain code (biip and python-stdnum only). See docs/barcodes.md.

The names load with their module on first use: the station file's patterns (`model.py`) are
read on the way to the first screen, the interpreter and its tables with the first scan.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .checkdigits import gs1_check_digit, lpn_check_char, make_lpn
    from .gtin import expand_upce, gtin_format, is_valid_gtin, normalize_gtin
    from .interpreter import interpret
    from .model import DeskPatterns, Expect, Interpretation, ScanKind

_WHERE = {
    "gs1_check_digit": "checkdigits",
    "lpn_check_char": "checkdigits",
    "make_lpn": "checkdigits",
    "expand_upce": "gtin",
    "gtin_format": "gtin",
    "is_valid_gtin": "gtin",
    "normalize_gtin": "gtin",
    "interpret": "interpreter",
    "DeskPatterns": "model",
    "Expect": "model",
    "Interpretation": "model",
    "ScanKind": "model",
}

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


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_WHERE[name]}", __name__), name)
