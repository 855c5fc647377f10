"""On-hand in the ledger equals the units that physically exist, after any sequence of scan,
grade, undo (a supervisor approving or not), cancel, override, void, complete, put-away and
move: a hypothesis state machine over the real services and a real SQLite file, checking the
invariant after every step (see stock_machine.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, settings

from receiving_desk.domain.barcodes import make_lpn
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.rules import Disposition
from receiving_desk.services.desk_view import Step
from tests.integration.stock_machine import StockMachine
from tests.seed import EARBUDS, JACKET, MUG, RMA1

StockMachine.TestCase.settings = settings(
    max_examples=15,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestStockAddsUp = StockMachine.TestCase


def test_a_scripted_shift_takes_every_path_and_stock_adds_up_after_each_step() -> None:
    """The paths the random runs may or may not reach, taken for certain, invariant checked
    after every step: put away, undo refused / kept / approved (labelled and shelved), a
    re-grade to another zone refused, override, complete, void of staged and shelved units,
    and a move of shelved stock."""
    m = StockMachine()
    try:

        def then(step: Callable[[], object]) -> None:
            step()
            m.stock_adds_up()

        then(lambda: m.first_parcel(RMA1))
        then(lambda: m.receive_unit(EARBUDS, "A"))  # open box
        earbuds = make_lpn(1)
        then(lambda: m.move(earbuds, "BIN-LQ-01"))  # wrong zone: refused
        then(lambda: m.move(earbuds, "BIN-OB-01"))
        then(lambda: m.receive_unit(MUG, "C"))
        then(lambda: m.undo("keep"))
        assert m.desk.view().approval is None and len(m.things) == 2
        then(lambda: m.undo("wrong PIN"))
        assert m.desk.view().step is Step.APPROVE_BADGE
        then(lambda: m.supervisor_approves(True))  # the mug, labelled: undone
        then(lambda: m.undo("approve"))  # the earbuds, on the shelf: undone
        assert m.approvals == 2 and m.things == {}
        then(lambda: m.scan_item(EARBUDS))  # scanned again: its zone not changed by a grade
        m.desk.scan("CMD-CHK-ALL-OK")
        with pytest.raises(DeskError) as refused:
            m.desk.scan("CMD-GRADE-D")
        assert refused.value.code is ErrorCode.DISPOSITION_CHANGE_NEEDS_OVERRIDE
        m.stock_adds_up()
        assert m.desk.view().step is Step.GRADE_UNIT and m.things == {}
        then(m.cancel_unit)
        then(lambda: m.receive_unit(EARBUDS, "A"))  # as before
        regraded = make_lpn(3)
        then(lambda: m.supervisor_overrides(Disposition.REFURBISH))
        then(lambda: m.move(regraded, "BIN-RF-01"))
        then(m.complete)
        then(lambda: m.receive_unit(JACKET, "B"))
        then(lambda: m.receive_unit(MUG, "C"))
        jacket = make_lpn(4)
        destination = m.desk.view().parcel.units[0].destination  # type: ignore[union-attr]
        assert destination is not None
        then(lambda: m.move(jacket, destination))
        then(m.supervisor_voids)  # one shelved, one staged: both out
        then(lambda: m.move(jacket, "BIN-OB-02"))  # reversed: refused
        then(lambda: m.move(regraded, "BIN-RP-01"))  # shelved stock moves on
        assert {lpn: (t.sku, t.location) for lpn, t in m.things.items()} == {
            regraded: (EARBUDS.sku, "BIN-RP-01")
        }
        with m.services.uow_factory() as uow:
            assert uow.inventory.on_hand() == {(EARBUDS.sku, "BIN-RP-01", "A"): 1}
    finally:
        m.teardown()
