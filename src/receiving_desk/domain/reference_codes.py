"""The site's own codes in a reference file: a bin (a bin's code, a product's home bin) or an
RMA number the desk could not scan is a problem of its row, named with the site's pattern,
so a file never brings what would stop the desk's start or a desk's next pull."""

from __future__ import annotations

from collections.abc import Callable

from .barcodes import DeskPatterns
from .barcodes.site_codes import CodeKind, pattern_of, problem
from .reference_kinds import Kind

# (kind of code, code) -> the site's pattern for that kind when the code would not scan
Scannable = Callable[[str, str], str | None]


def _t(text: str) -> str:
    """Marks a problem's text for the catalogue (context "Imports"), as reference_rows does."""
    return text


UNSCANNABLE = {
    "bin": _t("bin {value} cannot be scanned at this desk: the site's bin pattern is {pattern}"),
    "rma": _t(
        "RMA number {value} cannot be scanned at this desk: the site's RMA pattern is {pattern}"
    ),
}
_CELLS = {  # the columns of each kind that hold a code the desk scans
    Kind.BINS: (("code", "bin"),),
    Kind.PRODUCTS: (("home_bin", "bin"),),
    Kind.RMAS: (("rma_number", "rma"),),  # imported RMAs are open: their slips are to come
}


def code_cells(kind: Kind, record: object) -> list[tuple[str, str, str]]:
    """(column, kind of code, code) of a checked record."""
    return [(column, what, str(getattr(record, column))) for column, what in _CELLS.get(kind, ())]


def site_scannable(patterns: DeskPatterns) -> Scannable:
    """The check for `Checker`: each code read back once (files repeat an RMA per line)."""
    seen: dict[tuple[str, str], str | None] = {}

    def check(what: str, code: str) -> str | None:
        key = (what, code)
        if key not in seen:
            kind = CodeKind(what)
            seen[key] = (
                None if problem(kind, code, patterns) is None else pattern_of(kind, patterns)
            )
        return seen[key]

    return check


def never(_what: str, _code: str) -> str | None:
    """No check (a file checked without a site's patterns, e.g. by a tool)."""
    return None
