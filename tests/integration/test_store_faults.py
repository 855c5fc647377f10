"""A use case meets a full store mid-transaction: refused whole, as the known error its SQLite
code names, and the same step works once space returns."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from receiving_desk import bootstrap as bootstrap_module
from receiving_desk.adapters.store import tables
from receiving_desk.bootstrap import Services
from receiving_desk.config import StationConfig
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.services.desk_events import Event
from tests.conftest import FixedClock
from tests.seed import EARBUDS, RMA1, item_code, seed
from tests.store_faults import PageLimit


@pytest.fixture
def limited(
    station_config: StationConfig,
    clock: FixedClock,
    fast_hasher: object,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[Services, PageLimit]]:
    limit = PageLimit()
    made = bootstrap_module.create_store_engine
    monkeypatch.setattr(
        bootstrap_module, "create_store_engine", lambda p, **kw: limit.attach(made(p, **kw))
    )
    services = bootstrap_module.bootstrap(station_config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    seed(services.uow_factory, services.hasher, clock.now())
    yield services, limit
    services.close()


def units(services: Services) -> int:
    with services.engine.connect() as conn:
        query = select(func.count()).select_from(tables.received_units)
        return int(conn.execute(query).scalar_one())


def test_a_full_store_refuses_a_use_case_whole(limited: tuple[Services, PageLimit]) -> None:
    services, limit = limited
    desk = services.new_desk()
    desk.scan("BADGE-C001")
    desk.submit_pin("111111")
    assert desk.scan(RMA1).event is Event.PARCEL_OPENED
    limit.fill()
    acknowledged = 0
    with pytest.raises(DeskError) as refused:  # the clerk keeps scanning until the disk is full
        for _ in range(2000):
            desk.scan(item_code(EARBUDS))
            acknowledged += 1
    assert refused.value.code is ErrorCode.DATABASE_FULL
    assert refused.value.params == {"sqlite": "SQLITE_FULL"}
    assert acknowledged > 0 and units(services) == acknowledged  # nothing half-written
    view = desk.view()
    assert view.parcel is not None and len(view.parcel.units) == acknowledged
    limit.lift()
    assert desk.scan(item_code(EARBUDS)).event is Event.UNIT_ADDED
    assert units(services) == acknowledged + 1
