"""GS1 element strings for GS1-128: from the HRI a label carries to the encoded data.

biip's table of Application Identifiers gives each AI's syntax and whether it needs a
separator; parsing the HRI here directly is ~50x faster than a full `GS1Message.parse_hri`,
which matters when every restock label carries its unit's serial.
"""

from __future__ import annotations

import re
from functools import lru_cache

from biip import ParseError
from biip.gs1_application_identifiers import GS1ApplicationIdentifier

from receiving_desk.adapters.printing.labels import LabelError

GS = "\x1d"  # stands for FNC1 between elements, as scanners report it
_HRI = re.compile(r"\((\d{2,4})\)([^()]+)")
_CHECKED = ("00", "01", "02")  # SSCC and GTINs end in a GS1 mod-10 check digit


@lru_cache(maxsize=256)
def _syntax(ai: str) -> tuple[re.Pattern[str], bool]:
    try:
        definition = GS1ApplicationIdentifier.extract(ai)
    except ParseError:
        definition = None
    if definition is None or definition.ai != ai:
        raise LabelError(f"unknown GS1 Application Identifier ({ai})")
    return re.compile(definition.pattern), definition.separator_required


def _check_digit_ok(number: str) -> bool:
    """GS1 mod 10 over a string the AI pattern already proved to be digits (weights 3,1,...
    from the right of the data part)."""
    total = 3 * sum(map(int, number[-2::-2])) + sum(map(int, number[-3::-2]))
    return (10 - total % 10) % 10 == int(number[-1])


@lru_cache(maxsize=1024)
def element_string(hri: str) -> str:
    """`(01)...(21)ABC(10)LOT` -> `01...21ABC<GS>10LOT`: GS after each variable-length
    element that is not last (none after fixed-length 00/01/17), none at the start."""
    elements = _HRI.findall(hri)
    if not elements or "".join(f"({ai}){value}" for ai, value in elements) != hri:
        raise LabelError(f"GS1 data {hri!r}: expected (AI)value pairs")
    parts: list[str] = []
    for i, (ai, value) in enumerate(elements):
        pattern, separator = _syntax(ai)
        if not pattern.match(ai + value):
            raise LabelError(f"GS1 data {hri!r}: bad value {value!r} for ({ai})")
        if ai in _CHECKED and not _check_digit_ok(value):
            raise LabelError(f"GS1 data {hri!r}: wrong check digit in ({ai}){value}")
        parts.append(ai + value)
        if separator and i < len(elements) - 1:
            parts.append(GS)
    return "".join(parts)
