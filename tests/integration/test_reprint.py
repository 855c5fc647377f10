"""`CMD-REPRINT` works for any unit with an LPN: with no label job (labels not printed
automatically at this station), the label is made from the unit's stored data; on the real
store and a TCP printer."""

from __future__ import annotations

from pathlib import Path

from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.bootstrap import bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.services.desk_events import Event
from tests.conftest import FixedClock
from tests.integration.printer_fixtures import FakeZebra, fields
from tests.seed import CLERK, EARBUDS, RMA1, item_code, seed


def test_a_unit_without_a_label_job_reprints_from_its_stored_data(
    tmp_path: Path, clock: FixedClock, fast_hasher: Argon2PinHasher
) -> None:
    with FakeZebra() as zebra:
        config = StationConfig(
            station_id="TEST-01",
            data_dir=tmp_path / "data",
            sound=False,
            auto_print=False,
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
            graded = desk.grade("A")
            assert services.print_queue.store.recent() == []  # no label job at grading
            reprinted = desk.scan("CMD-REPRINT")
            assert reprinted.event is Event.REPRINTED
            assert services.print_queue.wait_idle(20)
        finally:
            services.close()
        zebra.close()
    assert graded.view.parcel is not None
    lpn = graded.view.parcel.units[-1].lpn
    (label,) = zebra.labels()
    assert fields(label, "BC")[0] == lpn
    assert EARBUDS.sku in label.decode()
