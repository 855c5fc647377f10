"""Every bin, badge, RMA and LPN the store holds, read back with the site's patterns.

Bins (the locations and the products' home bins) and badges must scan: one that would not is
refused, at start and in the pull that would bring it (the pull's transaction rolls back, so
the desk keeps the reference data it had). RMA numbers come from the merchant's systems and
a parcel is found by its tracking or order number too: one the slip's barcode would not find
is reported, not refused.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

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


def _values(conn: Connection, column: object) -> Iterable[str]:
    return (v for v in conn.execute(select(column).distinct()).scalars() if v)  # type: ignore[call-overload]


def stored_codes(conn: Connection) -> dict[CodeKind, list[str]]:
    bins = set(_values(conn, t.locations.c.code)) | set(_values(conn, t.products.c.home_bin))
    lpns = conn.execute(
        select(t.received_units.c.lpn)
        .where(t.received_units.c.lpn.is_not(None))
        .order_by(t.received_units.c.scanned_at.desc())
        .limit(RECENT_LPNS)
    ).scalars()
    return {
        CodeKind.BIN: sorted(bins),
        CodeKind.BADGE: sorted(_values(conn, t.users.c.badge)),
        CodeKind.RMA: sorted(_values(conn, t.rmas.c.rma_number)),
        CodeKind.LPN: sorted(v for v in lpns if v),
    }


REFUSED = (CodeKind.BIN, CodeKind.BADGE, CodeKind.LPN)


def check_store_codes(
    conn: Connection, patterns: DeskPatterns, what: str, extra_lpns: Iterable[str] = ()
) -> list[UnscannableCode]:
    """Raise `UnscannableCodesError` for a bin, badge or LPN that would not scan; return (and
    log) the RMA numbers that would not."""
    codes = stored_codes(conn)
    codes[CodeKind.LPN].extend(extra_lpns)
    refused = [p for kind in REFUSED for p in unscannable(kind, codes[kind], patterns)]
    if refused:
        raise UnscannableCodesError(refused, what)
    rmas = unscannable(CodeKind.RMA, codes[CodeKind.RMA], patterns)
    for found in rmas[:20]:
        log.warning("%s: %s; find the parcel by its tracking or order number", what, found)
    return rmas
