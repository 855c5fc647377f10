"""The site's own codes must scan: every bin, badge, RMA and LPN that exists is read back
through the interpreter with the site's patterns, at the steps where it is scanned.

A code that would not come back as what it is (a bin read as an item, a badge that is not one,
a bin the PIN reader would take for a PIN) is a configuration error, found at start and at
every reference-data pull, not at the shelf.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from receiving_desk.domain.file_problems import Wording, wording
from receiving_desk.domain.file_problems import _t as _t

from .interpreter import interpret, label_kind
from .model import DeskPatterns, Expect, ScanKind
from .pattern_check import PatternError, check_patterns
from .pin_scans import read_pin_scan

__all__ = ["PatternError", "check_patterns"]  # (apart: the station file is read without these)

LABEL_AIM = "]C0"  # the desk prints its labels, slips and badges as Code 128


class CodeKind(StrEnum):
    BIN = "bin"
    BADGE = "badge"
    RMA = "rma"
    LPN = "lpn"


# The steps where each kind is scanned: a bin or an LPN with or without a parcel open.
_STEPS = {
    CodeKind.BIN: (Expect.PARCEL, Expect.ITEM),
    CodeKind.LPN: (Expect.PARCEL, Expect.ITEM),
    CodeKind.BADGE: (Expect.BADGE,),
    CodeKind.RMA: (Expect.PARCEL,),
}


# One sentence per kind (the kind's word is translated with the sentence); the English is
# what `str()` says.
_CANNOT_SCAN = {
    CodeKind.BIN: _t(
        "bin {code} cannot be scanned: the site's bin pattern {pattern} does not match it "
        "(it would be read as {read_as})"
    ),
    CodeKind.BADGE: _t(
        "badge {code} cannot be scanned: the site's badge pattern {pattern} does not match it "
        "(it would be read as {read_as})"
    ),
    CodeKind.RMA: _t(
        "rma {code} cannot be scanned: the site's rma pattern {pattern} does not match it "
        "(it would be read as {read_as})"
    ),
    CodeKind.LPN: _t(
        "lpn {code} cannot be scanned: the site's lpn pattern {pattern} does not match it "
        "(it would be read as {read_as})"
    ),
}
SITE_CODES = _t("the site's codes: {problem}")  # the store's codes, checked at start


@dataclass(frozen=True)
class UnscannableCode:
    kind: CodeKind
    code: str
    pattern: str  # the site's pattern for that kind
    read_as: str  # what the desk would take the scan for ("unknown", "gtin", "pin"...)

    def __str__(self) -> str:
        return self.wording().english()

    def wording(self) -> Wording:
        return wording(
            _CANNOT_SCAN[self.kind],
            code=repr(self.code),
            pattern=repr(self.pattern),
            read_as=self.read_as,
        )


def pattern_of(kind: CodeKind, patterns: DeskPatterns) -> str:
    return str(getattr(patterns, kind.value))


def problem(kind: CodeKind, code: str, patterns: DeskPatterns) -> UnscannableCode | None:
    """Why `code` would not scan as a `kind`, or None when it does at every step."""
    if read_pin_scan(code, patterns) is not None:
        return UnscannableCode(kind, code, pattern_of(kind, patterns), "pin")
    wanted = ScanKind(kind.value)
    for step in _STEPS[kind]:
        # The interpreter's own pattern choice, fast; the whole interpreter for anything else.
        read = label_kind(code, step, patterns)
        if read is None:
            read = interpret(code, LABEL_AIM, step, patterns, hri=False).kind
        if read is not wanted:
            return UnscannableCode(kind, code, pattern_of(kind, patterns), read.value)
    return None


def unscannable(
    kind: CodeKind, codes: Iterable[str], patterns: DeskPatterns
) -> list[UnscannableCode]:
    return [p for code in codes if (p := problem(kind, code, patterns)) is not None]


SHOWN = 3  # codes named in a refusal; the rest are counted


class UnscannableCodesError(Exception):
    """Codes the desk could not scan; `problems` names each with its kind and pattern. The
    message counts them and names the first few, so one wrong pattern that makes a thousand
    RMA numbers unscannable reads as that, not as a single bad code."""

    def __init__(self, problems: list[UnscannableCode], what: str) -> None:
        self.problems = problems
        super().__init__(f"{what}: {describe(problems)}")

    def wording(self) -> Wording:
        """The first code, and how many more (the screen's words start from this)."""
        first = self.problems[0].wording()
        if len(self.problems) == 1:
            return first
        return wording(
            _t("{problem} (and {more} more)"), problem=first, more=len(self.problems) - 1
        )

    def params(self) -> dict[str, object]:
        """The facts a screen words in its language (gui/site_code_texts.py)."""
        return refusal_params(self.problems)


def describe(problems: list[UnscannableCode]) -> str:
    """In English, for the command line and the log: how many, the first few, the rest counted."""
    if len(problems) == 1:
        return str(problems[0])
    named = "; ".join(str(p) for p in problems[:SHOWN])
    rest = len(problems) - SHOWN
    more = f"; and {rest} more" if rest > 0 else ""
    return f"{len(problems)} codes cannot be scanned: {named}{more}"


def refusal_params(problems: list[UnscannableCode]) -> dict[str, object]:
    first = problems[0]
    return {
        "kind": first.kind.value,
        "code": first.code,
        "pattern": first.pattern,
        "count": len(problems),
        "codes": [p.code for p in problems[:SHOWN]],
    }
