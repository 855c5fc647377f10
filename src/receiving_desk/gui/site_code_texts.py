"""A code of the site's the desk could not scan, in the desk's language: at start (the dialog
that refuses to start), in the status bar (a pull the syncer refused) and on the admin's
setup page (a pull asked for by hand). One sentence per kind (word order differs), then how
many codes in all and the first few, so a pattern that loses a thousand RMAs says so."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication


def _t(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("StartError", text, disambiguation, n)


def site_code_text(kind: str, code: str, pattern: str) -> str:
    """One code and why (its kind's pattern), with what to correct."""
    texts = {
        "bin": _t(
            "The bin {0} cannot be scanned at this desk: it does not match the site's bin "
            "pattern {1}. Correct the pattern ([barcodes] bin in the station settings file) "
            "or the bin."
        ),
        "badge": _t(
            "The badge {0} cannot be scanned at this desk: it does not match the site's badge "
            "pattern {1}. Correct the pattern ([barcodes] badge in the station settings file) "
            "or the badge."
        ),
        "lpn": _t(
            "The license plate {0} cannot be scanned at this desk: it does not match the site's "
            "LPN pattern {1}. Correct the pattern ([barcodes] lpn) or the station's lpn_prefix."
        ),
        "rma": _t(
            "The RMA number {0} cannot be scanned at this desk: it does not match the site's "
            "RMA pattern {1}."
        ),
    }
    return texts.get(kind, texts["bin"]).format(code, pattern)


def refused_codes_text(p: Mapping[str, Any]) -> str:
    """The first code's sentence; with more than one, how many in all and the first few
    (`domain/barcodes/site_codes.refusal_params` gives the facts)."""
    first = site_code_text(
        str(p.get("kind", "?")), str(p.get("code", "?")), str(p.get("pattern", "?"))
    )
    try:
        count = int(p.get("count", 1))
    except (TypeError, ValueError):
        count = 1
    if count <= 1:
        return first
    codes = p.get("codes", ())
    named: Sequence[str] = [str(c) for c in codes] if isinstance(codes, list | tuple) else []
    listed = ", ".join([*named, "…"] if count > len(named) else named)
    # One sentence with the first code's: the language decides the space between them.
    return _t("{0} %n codes in all cannot be scanned: {1}.", "", count).format(first, listed)
