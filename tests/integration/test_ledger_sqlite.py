"""The ledger on a real SQLite file: stock on hand summed in SQL equals the movements summed
in Python, for every SKU, bin and grade, and the ledger is only ever appended to."""

from __future__ import annotations

from sqlalchemy import func, select

from receiving_desk.adapters.store import tables
from receiving_desk.bootstrap import Services
from receiving_desk.domain.barcodes import make_lpn
from receiving_desk.domain.inventory import on_hand
from tests.conftest import FixedClock
from tests.seed import EARBUDS, JACKET, MUG, RMA1, RMA2, item_code, seed


def test_sql_stock_on_hand_is_the_sum_of_the_movements(
    services: Services, clock: FixedClock
) -> None:
    seed(services.uow_factory, services.hasher, clock.now())
    desk = services.new_desk()
    desk.scan("BADGE-C001")
    desk.submit_pin("111111")
    desk.scan(RMA1)
    for product, grade in ((EARBUDS, "A"), (MUG, "C")):
        desk.scan(item_code(product))
        desk.grade(grade)
    desk.complete()
    desk.scan(RMA2)
    for _ in range(2):
        desk.scan("0" + item_code(JACKET))
        desk.grade("B")
    desk.scan("BIN-LQ-01")  # the second jacket
    for lpn, bin_code in (
        (make_lpn(1), "BIN-OB-02"),
        (make_lpn(2), "BIN-LQ-01"),
        (make_lpn(3), "BIN-LQ-01"),
        (make_lpn(1), "BIN-OB-01"),
    ):
        desk.scan(lpn)
        desk.scan(bin_code)
    with services.uow_factory() as uow:
        everything = [m for n in range(1, 5) for m in uow.inventory.history(make_lpn(n))]
        sql = uow.inventory.on_hand()
    assert sql == on_hand(everything)
    assert sql == {
        (EARBUDS.sku, "BIN-OB-01", "A"): 1,
        (MUG.sku, "BIN-LQ-01", "C"): 1,
        (JACKET.sku, "BIN-LQ-01", "B"): 2,
    }
    assert services.inventory.stock(location="BIN-LQ-01") == {
        (MUG.sku, "BIN-LQ-01", "C"): 1,
        (JACKET.sku, "BIN-LQ-01", "B"): 2,
    }
    with services.engine.connect() as conn:
        count = conn.execute(select(func.count()).select_from(tables.stock_movements)).scalar()
        moved = conn.execute(
            select(func.count())
            .select_from(tables.outbox)
            .where(tables.outbox.c.topic == "stock.moved")
        ).scalar()
    assert count == len(everything) == 4 + 5  # 4 received + 5 put-aways/moves
    assert moved == 9  # every movement goes to the central side
