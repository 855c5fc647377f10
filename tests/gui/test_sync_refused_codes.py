"""A reference pull refused for a bin the desk could not scan, on screen: the status bar names
the bin and the pattern (translated), against a real PostgreSQL; once the bin is corrected
centrally the desk is online again."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import URL, Engine, insert, update

from receiving_desk.adapters.central import schema as central
from receiving_desk.adapters.central.connection import CentralSettings
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.gui.app import create_window
from tests.conftest import FixedClock
from tests.integration.central_fixtures import *  # noqa: F403
from tests.seed import seed


@pytest.fixture
def online(
    station_config: StationConfig, clock: FixedClock, fast_hasher: object, central_url: URL
) -> Iterator[Services]:
    settings = CentralSettings(
        url=central_url.render_as_string(hide_password=False),
        pull_interval_s=0.2,
        backoff_base_s=0.1,
        backoff_cap_s=0.2,
        sslmode="disable",  # the test server speaks no TLS
    )
    config = dataclasses.replace(station_config, central=settings)
    services = bootstrap(config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    seed(services.uow_factory, services.hasher, clock.now())
    yield services
    services.close()


def test_the_status_bar_names_the_refused_bin(
    online: Services, central_engine: Engine, qtbot: QtBot
) -> None:
    with central_engine.begin() as conn:
        conn.execute(insert(central.locations).values(code="SHELF-12", zone="sellable"))
    window = create_window(online.desk_app())
    qtbot.addWidget(window)
    window.show()
    online.syncer.start()
    try:
        label = window._sync_label
        qtbot.waitUntil(lambda: "reference data refused" in label.text(), timeout=15000)
        assert "Sync: OFFLINE" in label.text()
        assert (
            "reference data refused: The bin SHELF-12 cannot be scanned at this desk: it does "
            f"not match the site's bin pattern {DeskPatterns().bin}." in label.text()
        )
        with central_engine.begin() as conn:
            conn.execute(
                update(central.locations)
                .where(central.locations.c.code == "SHELF-12")
                .values(code="BIN-SHELF-12")
            )
        qtbot.waitUntil(lambda: "Sync: online" in label.text(), timeout=15000)
        assert "refused" not in label.text()
    finally:
        online.syncer.stop()
        window.close()
