"""On-hand in the ledger equals the units that physically exist, after any sequence of scan,
grade, undo (a supervisor approving or not), cancel, override, void, complete, put-away and
move: a hypothesis state machine over the real services and a real SQLite file, checking the
invariant after every step (see stock_machine.py)."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

from tests.integration.stock_machine import StockMachine

StockMachine.TestCase.settings = settings(
    max_examples=30,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestStockAddsUp = StockMachine.TestCase
