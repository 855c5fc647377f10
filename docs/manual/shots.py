"""The manual's screenshots: the real desk, offscreen, on a fresh demo store, driven through
the same scan path a scanner uses (clerk, then supervisor, then admin).

Every picture is taken after the desk has finished what the scan asked (its database worker
idle, the keyboard-wedge line delivered), so the screens show what a person would see.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.gui.app import create_window
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.gui.self_test import wait_until  # the event loop runs until it holds
from receiving_desk.services.demo_data import load_demo_data

SIZE = (1280, 860)  # what `receiving-desk` opens with


class Driver:
    def __init__(self, window: MainWindow, services: Services, out: Path) -> None:
        self.window, self.services, self.out = window, services, out
        self.view = window.receiving
        self.taken: list[Path] = []
        self.lpn = ""  # the first restock label of the shift

    def settle(self) -> None:
        wait_until(
            lambda: (
                self.window.scanners.keyboard_lines_in_flight == 0
                and self.window.tasks.pending() == 0
            ),
            "the desk to finish",
        )
        for _ in range(5):  # let layouts and repaints catch up
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def scan(self, *codes: str) -> None:
        for code in codes:
            before = self.view.current
            self.view.submit_line(code)
            wait_until(lambda b=before: self.view.current is not b, f"the desk to act on {code}")
            self.settle()

    def banner(self) -> str:
        return self.view.ui.bannerLabel.text()

    def shot(self, name: str, widget: QWidget | None = None) -> None:
        self.settle()
        path = self.out / f"{name}.png"
        if not (widget or self.window).grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.taken.append(path)
        print(f"  {path.name}: {self.banner() or '(no banner)'}")

    def items(self, rma_number: str) -> list[str]:
        """The item barcodes (GTIN-13) of a demo RMA's lines, as the parcel holds them."""
        with self.services.uow_factory() as uow:
            rma = uow.rmas.by_number(rma_number)
            assert rma is not None, rma_number
            codes = []
            for line in rma.lines:
                product = uow.catalog.by_sku(line.sku)
                assert product is not None, line.sku
                codes.append(product.gtins[0][1:])
        return codes


def clerk(d: Driver) -> None:
    d.shot("clerk-01-login")
    d.scan("BADGE-C001", "111111")
    d.scan("RMA-2026-000001")
    d.shot("clerk-02-parcel")
    earbuds, mugs = d.items("RMA-2026-000001")
    d.scan(earbuds)
    d.shot("clerk-03-checklist")
    d.scan("CMD-CHK-ALL-OK", "CMD-GRADE-A")
    d.shot("clerk-04-graded")
    d.scan("HELLO")
    d.shot("clerk-05-error")
    current = d.view.current
    unit = current.parcel.units[0] if current and current.parcel else None
    assert unit is not None and unit.lpn and unit.destination, "the graded unit has no LPN"
    d.lpn = unit.lpn
    d.scan(unit.lpn, unit.destination)  # the label on the item, then the bin's label
    d.shot("clerk-06-put-away")
    d.scan(mugs, "CMD-CHK-ALL-OK", "CMD-GRADE-C", "CMD-COMPLETE")
    d.shot("clerk-07-completed")
    d.scan("CMD-LOGOUT")


def supervisor(d: Driver) -> None:
    w = d.window
    d.scan("BADGE-S001", "222222", "RMA-2026-000002")
    first, *_rest = d.items("RMA-2026-000002")
    d.scan(first, "CMD-CHK-ALL-OK", "CMD-GRADE-B")
    w.ask_override()
    assert w.override_dialog is not None
    w.override_dialog.resize(520, w.override_dialog.sizeHint().height())
    d.shot("supervisor-01-override-dialog", w.override_dialog)
    w.override_dialog.reject()
    d.scan("CMD-OVERRIDE-LIQUIDATE", "CMD-REASON-GOODWILL")
    d.shot("supervisor-02-overridden")
    d.scan("CMD-COMPLETE")
    d.scan("RMA-2026-000003")
    d.scan(d.items("RMA-2026-000003")[0])
    w.ask_void_reason()
    dialog = w.void_dialog
    assert dialog is not None
    dialog.setTextValue("Customer withdrew the return at the counter")
    dialog.resize(560, dialog.sizeHint().height())
    d.shot("supervisor-03-void-dialog", dialog)
    before = d.view.current
    dialog.accept()
    wait_until(lambda: d.view.current is not before, "the void")
    d.shot("supervisor-04-voided")
    w.open_stock()
    stock = w.stock_dialog
    assert stock is not None
    stock.kind.setCurrentIndex(stock.kind.findData("lpn"))
    stock.query.setText(d.lpn)
    stock.search()
    wait_until(lambda: stock.preview.pixmap() is not None and not stock.preview.pixmap().isNull(),
               "the label preview")  # fmt: skip
    d.shot("supervisor-05-stock", stock)
    stock.reject()
    w.open_reports()
    reports = w.reports_view
    assert reports is not None
    reports.resize(1400, 900)
    wait_until(lambda: reports.pickers.clerk.count() > 1, "the report's pickers")
    reports.pickers.choose_range(date.today(), date.today())
    reports.run()
    wait_until(lambda: reports.report is not None, "the report")
    d.shot("supervisor-06-reports", reports)
    reports.close()
    d.scan("CMD-LOGOUT")


def admin(d: Driver) -> None:
    w = d.window
    d.scan("BADGE-A001", "333333")
    w.open_settings()
    settings = w.settings_dialog
    assert settings is not None
    settings.tabs.setCurrentIndex(0)
    d.shot("admin-01-scanners", settings)
    settings.tabs.setCurrentIndex(1)
    d.shot("admin-02-printers", settings)
    settings.reject()
    d.shot("admin-03-status-bar")


def _quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if "propagateSizeHints" not in message:  # offscreen windows cannot be resized natively
        print(message, file=sys.stderr)


def take_screenshots(out: Path) -> list[Path]:
    qInstallMessageHandler(_quiet)
    app = QApplication.instance() or QApplication(["receiving-desk-manual"])
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    # A fixed folder: its path shows in the printer settings and the status bar.
    data = Path(tempfile.gettempdir()) / "receiving-desk-manual"
    shutil.rmtree(data, ignore_errors=True)
    try:
        config = StationConfig(
            station_id="DOCK-A-01",
            site_name="Returns dock A",
            site_timezone="Europe/Berlin",
            data_dir=data,
            log_dir=data / "logs",
            sound=False,
            source=data / "station.toml",  # its own pepper beside it, not the user's
        )
        services = bootstrap(config)
        try:
            load_demo_data(services.uow_factory, services.hasher, services.clock.now())
            window = create_window(services.desk_app())
            window.resize(*SIZE)
            window.show()
            driver = Driver(window, services, out)
            wait_until(lambda: window.receiving.current is not None, "the first render")
            try:
                clerk(driver)
                supervisor(driver)
                admin(driver)
            finally:
                window.close()
        finally:
            services.close()
    finally:
        shutil.rmtree(data, ignore_errors=True)
    return driver.taken
