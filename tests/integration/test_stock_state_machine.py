"""On-hand in the ledger equals the units that physically exist, after any sequence of scan,
grade, undo (a supervisor approving or not), cancel, override, void, complete, put-away and
move: a hypothesis state machine over the real services and a real SQLite file, checking the
invariant after every step (see stock_machine.py)."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

from tests.integration.stock_machine import StockMachine, scripted_shift
from tests.seed import EARBUDS

StockMachine.TestCase.settings = settings(
    max_examples=15,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestStockAddsUp = StockMachine.TestCase


def test_a_scripted_shift_takes_every_path_and_stock_adds_up_after_each_step() -> None:
    """The paths the random runs may or may not reach, taken for certain, invariant checked
    after every step (see stock_machine.scripted_shift)."""
    m = StockMachine()
    try:
        scripted_shift(m, m.stock_adds_up)
        with m.services.uow_factory() as uow:
            assert uow.inventory.on_hand() == {(EARBUDS.sku, "BIN-RP-01", "A"): 1}
    finally:
        m.teardown()
