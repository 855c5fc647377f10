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
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_worker import runner
from tests.integration.stock_machine import StockMachine

pytestmark = pytest.mark.postgres


class CentralStockMachine(StockMachine):
    central: ClassVar[Engine]

    def __init__(self) -> None:
        self.station = f"ST-{uuid.uuid4().hex[:8].upper()}"  # one desk per run, one database
        super().__init__(self.station)
        self.pushes = 0

    def push_and_compare(self) -> None:
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
