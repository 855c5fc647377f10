"""The demo's reference data is the CSV files in resources/demo/, loaded by the import path:
the files pass the importer's checks on their own, and loading moves their dates to now."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from receiving_desk.bootstrap import bootstrap
from receiving_desk.cli import main
from receiving_desk.config import StationConfig
from receiving_desk.resources import resource
from receiving_desk.services.demo_data import load_demo_data
from tests.conftest import FixedClock


def test_the_demo_files_import_with_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for kind in ("customers", "products", "bins", "rmas"):
        path = resource("demo", f"{kind}.csv")
        assert main(["--data-dir", str(tmp_path), "import", kind, str(path)]) == 0
    out = capsys.readouterr().out
    assert "products (csv), 200 rows: 200 imported" in out
    assert "rmas (csv), 191 rows: 191 imported" in out


def test_loading_the_demo_moves_its_dates_to_now(
    station_config: StationConfig, fast_hasher: object
) -> None:
    now = datetime(2027, 3, 5, 9, 30, tzinfo=UTC)
    services = bootstrap(station_config, clock=FixedClock(now), hasher=fast_hasher)  # type: ignore[arg-type]
    try:
        load_demo_data(services.uow_factory, services.hasher, now)
        with services.uow_factory() as uow:
            first = uow.rmas.by_number("RMA-2026-000001")
        assert first is not None
        # The README's walk-through: delivered six days ago, ordered three days before that.
        assert first.delivered_at == now - timedelta(days=6)
        assert (first.delivered_at.date() - first.order_date).days == 3
    finally:
        services.close()
