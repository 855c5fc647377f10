"""Each discrepancy type, with its evidence."""

from __future__ import annotations

from datetime import UTC, datetime

from receiving_desk.domain.flags import Flag, FlagKind
from receiving_desk.domain.receipt import Inspection, ParcelReceipt
from receiving_desk.domain.reconciliation import reconcile
from receiving_desk.domain.rules import Decision, Disposition, Refund, RefundKind
from tests.seed import CREAM, EARBUDS, JACKET, MUG, RMA1, RMA2, RMA3, SOLD_SERIAL, rmas

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
RMA_1, RMA_2, RMA_3 = rmas(NOW)


def receipt(rma_number: str | None) -> ParcelReceipt:
    return ParcelReceipt("r1", rma_number, "S1", "u1", NOW, rma_number or "X")


def scan(r: ParcelReceipt, rma: object, *products: object, serial: str | None = None) -> None:
    for n, product in enumerate(products):
        r.add_unit(
            f"u{len(r.units) + n}",
            rma,
            product,
            "code",
            None,
            NOW,
            "u1",  # type: ignore[arg-type]
            serial,
        )


def kinds(flags: list[Flag]) -> list[FlagKind]:
    return [f.kind for f in flags]


def test_all_matched_gives_no_flags() -> None:
    r = receipt(RMA1)
    scan(r, RMA_1, EARBUDS, MUG)
    assert reconcile(RMA_1, r.units, final=True) == []


def test_wrong_item_pairs_with_the_short_line_and_the_other_line_is_missing() -> None:
    r = receipt(RMA1)
    scan(r, RMA_1, CREAM)
    flags = reconcile(RMA_1, r.units, final=True)
    assert flags == [
        Flag(
            FlagKind.WRONG_ITEM,
            1,
            1,
            {"declared_sku": EARBUDS.sku, "received_sku": CREAM.sku, "received_code": "code"},
        ),
        Flag(FlagKind.MISSING_ITEM, 2, None, {"sku": MUG.sku, "declared": 1, "received": 0}),
    ]
    # While still scanning, a missing line is not yet a discrepancy.
    assert kinds(reconcile(RMA_1, r.units, final=False)) == [FlagKind.WRONG_ITEM]


def test_an_item_beyond_every_line_is_an_undeclared_extra() -> None:
    r = receipt(RMA1)
    scan(r, RMA_1, EARBUDS, MUG, CREAM)
    assert reconcile(RMA_1, r.units, final=True) == [
        Flag(FlagKind.EXTRA_ITEM, None, 3, {"received_sku": CREAM.sku})
    ]


def test_empty_box() -> None:
    assert reconcile(RMA_1, [], final=True) == [
        Flag(FlagKind.EMPTY_BOX, evidence={"declared_lines": 2})
    ]


def test_quantity_short_and_over() -> None:
    r = receipt(RMA2)
    scan(r, RMA_2, JACKET)
    assert reconcile(RMA_2, r.units, final=True) == [
        Flag(FlagKind.QUANTITY_SHORT, 1, None, {"sku": JACKET.sku, "declared": 2, "received": 1})
    ]
    scan(r, RMA_2, JACKET, JACKET)
    assert reconcile(RMA_2, r.units, final=True) == [
        Flag(FlagKind.QUANTITY_OVER, 1, 3, {"sku": JACKET.sku, "declared": 2})
    ]


def test_serial_not_the_one_sold() -> None:
    r = receipt(RMA3)
    scan(r, RMA_3, EARBUDS, serial="SN0000001")
    assert reconcile(RMA_3, r.units, final=True) == [
        Flag(
            FlagKind.SERIAL_MISMATCH,
            1,
            1,
            {"sold_serial": SOLD_SERIAL, "received_serial": "SN0000001", "sku": EARBUDS.sku},
        )
    ]
    good = receipt(RMA3)
    scan(good, RMA_3, EARBUDS, serial=SOLD_SERIAL)
    assert reconcile(RMA_3, good.units, final=True) == []


def test_blind_receipt_and_window_flags() -> None:
    r = receipt(None)
    scan(r, None, MUG, EARBUDS)
    decision = Decision(Disposition.LIQUIDATE, False, Refund(RefundKind.NONE, 0), "x", "v", "y")
    r.units[0].inspection = Inspection("C", (), "", "u1", NOW, decision, window="outside")
    r.units[1].inspection = Inspection("B", (), "", "u1", NOW, decision, window="lenient")
    assert kinds(reconcile(None, r.units, final=True)) == [
        FlagKind.NO_RMA,
        FlagKind.OUTSIDE_WINDOW,
        FlagKind.ACCEPTED_BY_LENIENCY,
    ]
