"""A scrapped unit is put away by scanning the scrap bin's label, through a real pty: the
demo's and the tests' bin codes (BIN-SCRAP-01, BIN-STAGE-01) scan with the default pattern."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from receiving_desk.adapters.scanners.simulator import VirtualScanner
from receiving_desk.bootstrap import Services
from receiving_desk.gui.main_window import MainWindow
from tests.gui.conftest import Clerk, send
from tests.seed import CLERK, MUG, RMA1, item_code


def test_a_scrapped_unit_goes_to_the_scrap_bin_by_scan(
    pty_window: MainWindow, pty_services: Services, scanner: VirtualScanner, qtbot: QtBot
) -> None:
    win, ui = pty_window, pty_window.receiving.ui
    clerk = Clerk(win, qtbot)
    send(scanner, win, qtbot, CLERK[0], "]C0")
    send(scanner, win, qtbot, f"PIN-{CLERK[1]}", "]C0")
    send(scanner, win, qtbot, RMA1, "]C0")
    send(scanner, win, qtbot, item_code(MUG), "]E0")
    send(scanner, win, qtbot, "CMD-GRADE-SCRAP", "]C0")  # home goods, scrap: destroy
    assert ui.unitsTable.item(0, 7).text() == "→ BIN-SCRAP-01 (staged)"
    assert pty_services.inventory.stock(sku=MUG.sku) == {(MUG.sku, "BIN-STAGE-01", "SCRAP"): 1}
    send(scanner, win, qtbot, "BIN-SCRAP-01", "]C0")
    assert clerk.banner == "1 unit put away in BIN-SCRAP-01"
    assert ui.unitsTable.item(0, 7).text() == "BIN-SCRAP-01"
    assert pty_services.inventory.stock(sku=MUG.sku) == {(MUG.sku, "BIN-SCRAP-01", "SCRAP"): 1}
