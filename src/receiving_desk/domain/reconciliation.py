"""Reconciling what arrived against what the customer declared.

Each discrepancy becomes a flag with its evidence, shown to the clerk while scanning and kept
on the return at completion (reports count them). Pairing rule: an item that is not on the
RMA while a declared line is still short is a *wrong item* for that line (the customer sent
something else); only when no line is short is it an *undeclared extra*. Missing and short
lines are only final once the clerk completes the parcel.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from receiving_desk.domain.flags import Flag, FlagKind
from receiving_desk.domain.receipt import MatchStatus, ReceivedUnit
from receiving_desk.domain.rma import ReturnAuthorization

WINDOW_FLAGS = {"outside": FlagKind.OUTSIDE_WINDOW, "lenient": FlagKind.ACCEPTED_BY_LENIENCY}


def reconcile(
    rma: ReturnAuthorization | None, units: Sequence[ReceivedUnit], final: bool
) -> list[Flag]:
    window_flags = [
        Flag(WINDOW_FLAGS[u.inspection.window], u.line_no, u.seq, {"sku": u.sku})
        for u in units
        if u.inspection is not None and u.inspection.window in WINDOW_FLAGS
    ]
    if rma is None:
        return [Flag(FlagKind.NO_RMA, evidence={"units": len(units)}), *window_flags]
    flags: list[Flag] = window_flags
    received = Counter(u.line_no for u in units if u.line_no is not None)
    short = {line.line_no: line.quantity - received[line.line_no] for line in rma.lines}
    for unit in units:
        if unit.match is MatchStatus.NOT_ON_RMA:
            line_no = next((n for n, missing in short.items() if missing > 0), None)
            if line_no is None:
                flags.append(Flag(FlagKind.EXTRA_ITEM, None, unit.seq, {"received_sku": unit.sku}))
                continue
            short[line_no] -= 1
            declared = rma.line(line_no).sku
            wrong = {
                "declared_sku": declared,
                "received_sku": unit.sku,
                "received_code": unit.scanned_code,
            }
            flags.append(Flag(FlagKind.WRONG_ITEM, line_no, unit.seq, wrong))
        elif unit.match is MatchStatus.OVER_QUANTITY:
            line_no = next(line.line_no for line in rma.lines if line.sku == unit.sku)
            over = {"sku": unit.sku, "declared": rma.line(line_no).quantity}
            flags.append(Flag(FlagKind.QUANTITY_OVER, line_no, unit.seq, over))
        elif unit.line_no is not None:
            sold = rma.line(unit.line_no).serial
            if sold and unit.serial and unit.serial != sold:
                mismatch = {"sold_serial": sold, "received_serial": unit.serial, "sku": unit.sku}
                flags.append(Flag(FlagKind.SERIAL_MISMATCH, unit.line_no, unit.seq, mismatch))
    if final:
        if not units and rma.lines:
            flags.append(Flag(FlagKind.EMPTY_BOX, evidence={"declared_lines": len(rma.lines)}))
            return flags
        for line in rma.lines:
            missing = short[line.line_no]
            if missing <= 0:
                continue
            got = line.quantity - missing
            kind = FlagKind.MISSING_ITEM if got == 0 else FlagKind.QUANTITY_SHORT
            short_by = {"sku": line.sku, "declared": line.quantity, "received": got}
            flags.append(Flag(kind, line.line_no, None, short_by))
    return flags
