"""The report's "labels printed" is what the printer received: every restock label, those of
units undone after their label printed and reprints included (on a real TCP printer)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from receiving_desk.adapters.reports import open_local_source
from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.bootstrap import bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.shifts import Period
from receiving_desk.services.desk_events import Event
from receiving_desk.services.reports import CancelToken, ReportFilter
from tests.conftest import FixedClock
from tests.integration.printer_fixtures import FakeZebra, fields
from tests.seed import CLERK, EARBUDS, MUG, RMA1, SUPERVISOR, item_code, seed


def test_labels_printed_equals_what_the_printer_received(
    tmp_path: Path, clock: FixedClock, fast_hasher: Argon2PinHasher
) -> None:
    start = clock.now()
    with FakeZebra() as zebra:
        config = StationConfig(
            station_id="TEST-01",
            data_dir=tmp_path / "data",
            sound=False,
            printers={"restock": {"url": zebra.url, "format": "zpl"}},
            source=tmp_path / "station.toml",
        )
        services = bootstrap(config, clock=clock, hasher=fast_hasher)
        try:
            seed(services.uow_factory, services.hasher, clock.now())
            desk = services.new_desk()
            desk.scan(CLERK[0])
            desk.submit_pin(CLERK[1])
            desk.scan(RMA1)
            desk.scan(item_code(EARBUDS))
            desk.pass_all_checks()
            desk.grade("A")
            desk.scan(item_code(MUG))
            desk.grade("B")
            assert services.print_queue.wait_idle(20)
            asked = desk.undo_last_scan()  # the mug's label has printed: a supervisor approves
            assert asked.event is Event.APPROVAL_NEEDED and asked.params["why"] == "label_printed"
            desk.scan(SUPERVISOR[0])
            undone = desk.submit_pin(SUPERVISOR[1])  # the unit goes
            assert undone.event is Event.SCAN_UNDONE
            desk.scan(item_code(MUG))  # scanned and graded again: a label with a new LPN
            desk.grade("B")
            assert desk.reprint().event is Event.REPRINTED
            if desk.complete().event is Event.CONFIRM_NEEDED:
                desk.confirm_complete()
            assert services.print_queue.wait_idle(20)
        finally:
            services.close()
        zebra.close()
        received = [fields(label, "BC")[0] for label in zebra.labels()]
    assert len(received) == 4 and len(set(received)) == 3  # 3 LPNs, one reprinted

    source = open_local_source(config.database_path)
    try:
        period = Period(start - timedelta(hours=1), clock.now() + timedelta(hours=1))
        everything = ReportFilter(period)
        assert source.labels(everything, CancelToken()) == (len(received), 1)
        at_station = ReportFilter(period, station="TEST-01")
        assert source.labels(at_station, CancelToken()) == (len(received), 1)
        by_clerk = ReportFilter(period, clerk=f"U-{CLERK[0]}")
        assert source.labels(by_clerk, CancelToken()) == (len(received), 1)
        elsewhere = ReportFilter(period, station="OTHER")
        assert source.labels(elsewhere, CancelToken()) == (0, 0)
    finally:
        source.close()
