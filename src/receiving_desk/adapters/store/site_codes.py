"""Every bin, badge, open RMA and LPN the store holds, read back with the site's patterns.

Bins (the locations and the products' home bins), badges and the numbers of open RMAs (the
slips still to come to the dock; a received or cancelled RMA is never scanned again) must
scan: one that would not is refused, at start (every one in the store) and in the pull that
would bring it (the rows that pull fetched: the others were checked at start with the same
patterns, so a pull checks what it changes, not the whole store). A refused pull applies
nothing and the desk keeps the reference data it had. LPNs are the desk's own, never pulled:
the latest ones, and one the desk would make now, are checked at start.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, select

from receiving_desk.adapters.store import tables as t
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.barcodes.site_codes import (
    CodeKind,
    UnscannableCodesError,
    unscannable,
)
from receiving_desk.domain.rma import RmaStatus

RECENT_LPNS = 500  # LPNs are the desk's own: the latest ones show a pattern that lost them
Rows = Mapping[str, Sequence[Mapping[str, Any]]]  # central table name -> rows a pull fetched


def _values(conn: Connection, column: Any) -> set[str]:
    return {v for v in conn.execute(select(column).distinct()).scalars() if v}


def stored_codes(conn: Connection) -> dict[CodeKind, list[str]]:
    """The bins, badges, open RMAs and latest LPNs of the store."""
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
        CodeKind.RMA: sorted(
            conn.execute(
                select(t.rmas.c.rma_number).where(t.rmas.c.status == RmaStatus.OPEN.value)
            ).scalars()
        ),
        CodeKind.LPN: sorted(v for v in lpns if v),
    }


def _refuse(codes: Mapping[CodeKind, Iterable[str]], patterns: DeskPatterns, what: str) -> None:
    refused = [p for kind, found in codes.items() for p in unscannable(kind, found, patterns)]
    if refused:
        raise UnscannableCodesError(refused, what)


def check_store_codes(
    conn: Connection, patterns: DeskPatterns, what: str, extra_lpns: Iterable[str] = ()
) -> None:
    """Raise `UnscannableCodesError` for a stored bin, badge, open RMA or LPN that would not
    scan."""
    codes = stored_codes(conn)
    codes[CodeKind.LPN].extend(extra_lpns)
    _refuse(codes, patterns, what)


def pulled_codes(rows: Rows) -> dict[CodeKind, list[str]]:
    def column(table: str, name: str) -> list[str]:
        return sorted({str(r[name]) for r in rows.get(table, ()) if r.get(name)})

    open_rmas = [r for r in rows.get("rmas", ()) if r.get("status") == RmaStatus.OPEN.value]
    return {
        CodeKind.BIN: sorted({*column("locations", "code"), *column("products", "home_bin")}),
        CodeKind.BADGE: column("users", "badge"),
        CodeKind.RMA: sorted({str(r["rma_number"]) for r in open_rmas}),
    }


def check_pulled_codes(rows: Rows, patterns: DeskPatterns, what: str) -> None:
    """Raise `UnscannableCodesError` for a bin, badge or open RMA a pull fetched that would
    not scan."""
    _refuse(pulled_codes(rows), patterns, what)
