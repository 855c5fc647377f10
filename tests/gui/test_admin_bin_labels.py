"""Administration → Bins, offscreen with real widgets: an admin lists a zone's bins and prints
their labels — ZPL through the print queue to a printer on a real TCP socket — and saves a
chosen bin's label as a PDF, whose barcode reads back (rendered to pixels, zxing-cpp). Both
audited; the dialog never waits on the printer or the disk."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from receiving_desk.adapters.printing.png import rasterize
from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.users import Role, User
from receiving_desk.gui.app import create_window
from receiving_desk.gui.main_window import MainWindow
from tests.conftest import FixedClock
from tests.gui.conftest import Clerk
from tests.integration.printer_fixtures import FakeZebra
from tests.seed import LOCATIONS, SUPERVISOR, seed
from tests.waiting import wait_until

LEFT = Qt.MouseButton.LeftButton
ADMIN_BADGE, ADMIN_PIN = "BADGE-A001", SUPERVISOR[1]


@pytest.fixture
def zebra() -> Iterator[FakeZebra]:
    with FakeZebra() as printer:
        yield printer


@pytest.fixture
def desk(
    station_config: StationConfig, clock: FixedClock, fast_hasher: Argon2PinHasher,
    zebra: FakeZebra, qtbot: QtBot,
) -> Iterator[tuple[MainWindow, Services]]:  # fmt: skip
    bin_printer = {"url": zebra.url, "format": "zpl", "dpi": 203, "size": "2x1"}
    config = dataclasses.replace(station_config, printers={"bin": bin_printer})
    services = bootstrap(config, clock=clock, hasher=fast_hasher)
    seed(services.uow_factory, services.hasher, clock.now())
    with services.uow_factory() as uow:
        hashed = fast_hasher.hash(ADMIN_PIN)
        uow.users.add(User(f"U-{ADMIN_BADGE}", ADMIN_BADGE, "Ada Admin", Role.ADMIN, hashed))
        uow.commit()
    window = create_window(services.desk_app())
    qtbot.addWidget(window)
    window.show()
    try:
        yield window, services
    finally:
        window.close()
        services.close()


def _printed(services: Services) -> list[dict[str, object]]:
    with services.engine.connect() as conn:
        audit = t.audit_log
        query = select(audit.c.details).where(audit.c.action == "bin_labels_printed")
        return list(conn.execute(query.order_by(audit.c.at)).scalars())


def test_an_admin_prints_a_zones_bin_labels_and_saves_a_pdf(
    desk: tuple[MainWindow, Services], zebra: FakeZebra, qtbot: QtBot, tmp_path: Path
) -> None:
    window, services = desk
    Clerk(window, qtbot).login(ADMIN_BADGE, ADMIN_PIN)
    window.open_admin()
    assert window.admin_dialog is not None
    bins = window.admin_dialog.bins
    qtbot.waitUntil(lambda: bins.table.rowCount() == len(LOCATIONS))
    bins.zone.setCurrentIndex(bins.zone.findData("open_box"))
    qtbot.waitUntil(lambda: [b.code for b in bins.shown] == ["BIN-OB-01", "BIN-OB-02"])
    assert bins.table.item(0, 1).text() == "Open box"  # type: ignore[union-attr]

    qtbot.mouseClick(bins.print_button, LEFT)  # none chosen: every bin listed
    qtbot.waitUntil(lambda: bins.status.text() == "2 bin labels sent to the label printer")
    wait_until(lambda: b"".join(zebra.labels()).count(b"^XZ") == 2, what="two labels printed")
    sent = b"".join(zebra.labels())
    assert sent.count(b"^XA") == 2
    barcodes = re.findall(rb"\^BC[^^]*\^FD([^^]+)\^FS", sent)  # Code 128 fields
    assert barcodes == [b"BIN-OB-01", b"BIN-OB-02"]  # the zone's bins, in the order listed

    bins.table.selectRow(1)  # only the second shelf
    pdf = tmp_path / "out" / "bins.pdf"
    bins.save_pdf(pdf)
    qtbot.waitUntil(lambda: bins.pdf_path == pdf)
    assert bins.open_pdf_button.isEnabled()
    pages = rasterize(pdf.read_bytes(), 300)
    assert [[r.text for r in zxingcpp.read_barcodes(page)] for page in pages] == [["BIN-OB-02"]]

    assert _printed(services) == [
        {"count": 2, "to": "printer", "codes": ["BIN-OB-01", "BIN-OB-02"]},
        {"count": 1, "to": "pdf", "codes": ["BIN-OB-02"]},
    ]
    window.admin_dialog.reject()
