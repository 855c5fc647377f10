"""End to end: a graded unit's restock label goes to a (fake) Zebra over TCP, the clerk scans
the bin label, the ledger has the unit in the bin; the stock view shows it and reprints."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.barcodes import make_lpn
from receiving_desk.gui.app import create_window
from receiving_desk.gui.main_window import MainWindow
from tests.conftest import FixedClock
from tests.gui.conftest import Clerk
from tests.integration.printer_fixtures import FakeZebra, fields
from tests.seed import EARBUDS, RMA1, item_code, seed


@pytest.fixture
def zebra() -> Iterator[FakeZebra]:
    with FakeZebra() as printer:
        yield printer


@pytest.fixture
def zebra_services(
    station_config: StationConfig, clock: FixedClock, fast_hasher: object, zebra: FakeZebra
) -> Iterator[Services]:
    config = dataclasses.replace(
        station_config, printers={"restock": {"url": zebra.url, "format": "zpl"}}
    )
    services = bootstrap(config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    seed(services.uow_factory, services.hasher, clock.now())
    yield services
    services.close()


@pytest.fixture
def zebra_window(zebra_services: Services, qtbot: QtBot) -> Iterator[MainWindow]:
    win = create_window(zebra_services.desk_app())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.receiving.current is not None)
    yield win
    win.close()


def test_label_printed_bin_scanned_stock_in_the_bin(
    zebra_window: MainWindow, zebra_services: Services, zebra: FakeZebra, qtbot: QtBot
) -> None:
    win, ui = zebra_window, zebra_window.receiving.ui
    clerk = Clerk(win, qtbot)
    clerk.login()
    clerk.scan(RMA1)
    clerk.scan(item_code(EARBUDS))
    clerk.hotkey("1")  # grade A: electronics -> restock open box -> BIN-OB-01
    lpn = make_lpn(1)
    (label,) = zebra.wait_for_labels(1)
    assert fields(label, "BC") == [lpn]  # the LPN barcode, exactly
    assert label.startswith(b"^XA") and label.rstrip().endswith(b"^XZ")
    assert "BIN-OB-01" in label.decode("utf-8")
    assert ui.unitsTable.item(0, 6).text() == lpn
    assert ui.unitsTable.item(0, 7).text() == "→ BIN-OB-01 (staged)"
    qtbot.waitUntil(lambda: "ready" in win._printer_label.text(), timeout=5000)

    clerk.scan("BIN-LQ-01")  # the wrong zone: refused, nothing moves
    assert clerk.banner == "Wrong bin: BIN-LQ-01 — this unit goes to BIN-OB-01"
    clerk.scan("BIN-OB-01")
    assert clerk.banner == "1 unit put away in BIN-OB-01"
    assert ui.unitsTable.item(0, 7).text() == "BIN-OB-01"
    assert zebra_services.inventory.stock(sku=EARBUDS.sku) == {(EARBUDS.sku, "BIN-OB-01", "A"): 1}

    clerk.key(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    stock = win.stock_dialog
    assert stock is not None and stock.isVisible()
    stock.kind.setCurrentIndex(1)  # LPN
    stock.query.setText(lpn)
    stock.search()
    qtbot.waitUntil(lambda: stock.history.rowCount() == 2, timeout=5000)
    assert [stock.history.item(r, 3).text() for r in range(2)] == ["received", "put away"]
    assert {stock.history.item(r, 4).text() for r in range(2)} == {"Ana Lima"}  # names, not ids
    qtbot.waitUntil(lambda: not stock.preview.pixmap().isNull(), timeout=10000)
    stock.reprint_button.click()
    qtbot.waitUntil(lambda: stock.status.text() == f"Label {lpn} reprinted", timeout=5000)
    labels = zebra.wait_for_labels(2)
    assert fields(labels[1], "BC") == [lpn]
    with zebra_services.engine.connect() as conn:
        reprints = conn.exec_driver_sql(
            "SELECT user_id, subject FROM audit_log WHERE action = 'label_reprinted'"
        ).all()
    assert [tuple(r) for r in reprints] == [("U-BADGE-C001", lpn)]
    # The same view makes the LPN's return into an evidence pack, off the GUI thread.
    assert stock.evidence_button.isEnabled()
    stock.evidence_button.click()
    qtbot.waitUntil(lambda: stock.status.text().startswith("Evidence pack saved:"), timeout=30000)
    pdf = Path(stock.status.text().split(": ", 1)[1].rsplit(" and ", 1)[0])
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.with_suffix(".zip").is_file()
    with zebra_services.engine.connect() as conn:
        made = conn.exec_driver_sql(
            "SELECT user_id FROM audit_log WHERE action = 'evidence_pack_made'"
        ).all()
    assert [tuple(r) for r in made] == [("U-BADGE-C001",)]
