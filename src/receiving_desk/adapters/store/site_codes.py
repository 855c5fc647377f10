"""Every bin, badge and LPN the store holds, read back with the site's patterns.

Bins (the locations and the products' home bins) and badges must scan: one that would not is
refused, at start (every one in the store) and in the pull that would bring it (the rows that
pull fetched: the others were checked at start with the same patterns, and a pull runs in the
store's write transaction, so it checks what it changes, not the whole store). The pull's
transaction then rolls back and the desk keeps the reference data it had. RMA numbers come
from the merchant's systems and a parcel is found by its tracking or order number too: those
a pull brings that the slip's barcode would not find are logged, after the pull committed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, select

from receiving_desk.adapters.store import tables as t
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.barcodes.site_codes import (
    CodeKind,
    UnscannableCode,
    UnscannableCodesError,
    unscannable,
)

log = logging.getLogger(__name__)

RECENT_LPNS = 500  # LPNs are the desk's own: the latest ones show a pattern that lost them
Rows = Mapping[str, Sequence[Mapping[str, Any]]]  # central table name -> rows a pull fetched


def _values(conn: Connection, column: Any) -> set[str]:
    return {v for v in conn.execute(select(column).distinct()).scalars() if v}


def stored_codes(conn: Connection) -> dict[CodeKind, list[str]]:
    """The bins, badges and latest LPNs of the store."""
    bins = _values(conn, t.locations.c.code) | _values(conn, t.products.c.home_bin)
    lpns = conn.execute(
        select(t.received_units.c.lpn)
        .where(t.received_units.c.lpn.is_not(None))
        .order_by(t.received_units.c.scanned_at.desc())
        .limit(RECENT_LPNS)
    ).scalars()
    return {
        CodeKind.BIN: sorted(bins),
        CodeKind.BADGE: sorted(_values(conn, t.users.c.badge)),
        CodeKind.LPN: sorted(v for v in lpns if v),
    }


def _refuse(codes: Mapping[CodeKind, Iterable[str]], patterns: DeskPatterns, what: str) -> None:
    refused = [p for kind, found in codes.items() for p in unscannable(kind, found, patterns)]
    if refused:
        raise UnscannableCodesError(refused, what)


def check_store_codes(
    conn: Connection, patterns: DeskPatterns, what: str, extra_lpns: Iterable[str] = ()
) -> None:
    """Raise `UnscannableCodesError` for a stored bin, badge or LPN that would not scan."""
    codes = stored_codes(conn)
    codes[CodeKind.LPN].extend(extra_lpns)
    _refuse(codes, patterns, what)


def pulled_codes(rows: Rows) -> dict[CodeKind, list[str]]:
    def column(table: str, name: str) -> list[str]:
        return sorted({str(r[name]) for r in rows.get(table, ()) if r.get(name)})

    return {
        CodeKind.BIN: sorted({*column("locations", "code"), *column("products", "home_bin")}),
        CodeKind.BADGE: column("users", "badge"),
        CodeKind.RMA: column("rmas", "rma_number"),
    }


def check_pulled_codes(rows: Rows, patterns: DeskPatterns, what: str) -> None:
    """Raise `UnscannableCodesError` for a bin or badge a pull fetched that would not scan."""
    codes = pulled_codes(rows)
    _refuse({k: codes[k] for k in (CodeKind.BIN, CodeKind.BADGE)}, patterns, what)


def log_unscannable_rmas(rows: Rows, patterns: DeskPatterns) -> list[UnscannableCode]:
    """The RMA numbers a pull brought that their slips' barcodes would not find (logged)."""
    found = unscannable(CodeKind.RMA, pulled_codes(rows)[CodeKind.RMA], patterns)
    for problem in found[:20]:
        log.warning("%s; find the parcel by its tracking or order number", problem)
    if len(found) > 20:
        log.warning("%d more RMA numbers do not match the site's RMA pattern", len(found) - 20)
    return found
