"""Central on-hand equals the desk's, after pushing any sequence of scan, grade, undo
(approved or not), cancel, override, void, complete, put-away and move: the stock state
machine (stock_machine.py) with one more rule, a push to a real PostgreSQL database, after
which the central `stock_on_hand` view must say what physically exists at that desk."""

from __future__ import annotations

import uuid
from typing import ClassVar

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis.stateful import rule, run_state_machine_as_test
from sqlalchemy import Engine, func, select

from receiving_desk.adapters.central import schema
from receiving_desk.adapters.central.stock import on_hand as central_on_hand
from receiving_desk.domain.barcodes import make_lpn
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_worker import runner
from tests.integration.stock_machine import StockMachine, scripted_shift
from tests.seed import EARBUDS

pytestmark = pytest.mark.postgres


class CentralStockMachine(StockMachine):
    central: ClassVar[Engine]

    def __init__(self) -> None:
        self.station = f"ST-{uuid.uuid4().hex[:8].upper()}"  # one desk per run, one database
        super().__init__(self.station)
        self.pushes = 0

    def push_and_compare(self) -> None:
        self.stock_adds_up()  # the desk's side first (and the screen the rules look at)
        runner(self.services, self.central).push_all()
        assert central_on_hand(self.central, self.station) == self.physical()
        with self.services.uow_factory() as uow:
            assert central_on_hand(self.central, self.station) == uow.inventory.on_hand()
        self.pushes += 1

    @rule()
    def push(self) -> None:
        self.push_and_compare()
        event("pushed mid-shift")

    def teardown(self) -> None:
        try:
            self.push_and_compare()  # whatever the sequence ended with
            with self.central.connect() as conn:
                central_rows = conn.execute(
                    select(func.count())
                    .select_from(schema.stock_movements)
                    .where(schema.stock_movements.c.desk_id == self.station)
                ).scalar_one()
            with self.services.engine.connect() as conn:
                local_rows = conn.exec_driver_sql("SELECT count(*) FROM stock_movements").scalar()
            assert central_rows == local_rows  # every movement once, none lost or doubled
        finally:
            super().teardown()


def test_central_on_hand_equals_the_desks_after_any_sequence(central_engine: Engine) -> None:
    CentralStockMachine.central = central_engine
    run_state_machine_as_test(
        CentralStockMachine,
        settings=settings(
            max_examples=12,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )


def test_a_scripted_shift_pushed_after_every_step_adds_up_centrally(
    central_engine: Engine,
) -> None:
    """Every path for certain (undo approved for a labelled and a shelved unit, void of staged
    and shelved units, override, moves), pushed and compared after each step."""
    CentralStockMachine.central = central_engine
    m = CentralStockMachine()
    try:
        scripted_shift(m, m.push_and_compare)
        assert central_on_hand(central_engine, m.station) == {(EARBUDS.sku, "BIN-RP-01", "A"): 1}
        with central_engine.connect() as conn:
            reversals = conn.execute(
                select(schema.stock_movements.c.lpn, schema.stock_movements.c.to_location)
                .where(
                    schema.stock_movements.c.desk_id == m.station,
                    schema.stock_movements.c.reason == "reversed",
                )
                .order_by(schema.stock_movements.c.moved_at)
            ).all()
            withdrawn = conn.execute(
                select(func.count())
                .select_from(schema.inspections)
                .where(
                    schema.inspections.c.desk_id == m.station,
                    schema.inspections.c.withdrawn_at.is_not(None),
                )
            ).scalar_one()
        assert [tuple(r) for r in reversals] == [
            (make_lpn(2), "BIN-STAGE-01"),  # the mug: labelled, undone on approval
            (make_lpn(1), "BIN-OB-01"),  # the earbuds: shelved, undone on approval
            (make_lpn(4), "BIN-LQ-01"),  # the voided return's jacket, put away
            (make_lpn(5), "BIN-STAGE-01"),  # ... and its mug, still staged
        ]
        assert withdrawn == 2  # the undone units, kept centrally and marked
    finally:
        m.teardown()
