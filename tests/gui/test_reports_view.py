"""The reports view offscreen: run the night shift's report on the worker, read the figures,
double-click numbers to list the returns behind them, cancel a long report, export, print."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from receiving_desk.adapters.reports import SqlReportSource, open_local_source
from receiving_desk.adapters.station_reports import StationReports
from receiving_desk.bootstrap import Services
from receiving_desk.domain.users import Role, Session
from receiving_desk.gui.reports_view import ReportsView
from receiving_desk.gui.runtime import AppRuntime
from receiving_desk.services.reports import CancelToken, ReportFilter, ReportSource
from tests.conftest import FixedClock
from tests.integration.reports_ledger import OLGA, STATION
from tests.integration.reports_shift import ShiftScript, play_night_shift

SUPERVISOR = Session(OLGA, "Ольга Петрова", Role.SUPERVISOR, STATION, datetime.now(UTC))


@pytest.fixture
def played(services: Services, clock: FixedClock) -> ShiftScript:
    return play_night_shift(services, clock)


class GivenSource(StationReports):
    """The composition root's report port, over a source the test chose."""

    def __init__(self, source: Any, services: Services) -> None:
        super().__init__(services.config.database_path)
        self.source = source

    def open_local(self) -> ReportSource:
        return self.source  # type: ignore[no-any-return]


@pytest.fixture
def runtime(qtbot: QtBot) -> Iterator[AppRuntime]:
    app_runtime = AppRuntime(sound=False)
    yield app_runtime
    app_runtime.shutdown()


def make_view(
    qtbot: QtBot,
    source: Any,
    services: Services,
    runtime: AppRuntime,
    session: Session = SUPERVISOR,
) -> ReportsView:
    view = ReportsView(GivenSource(source, services), session, services.config, runtime.tasks)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitUntil(lambda: view.pickers.clerk.count() > 1, timeout=5000)  # lists loaded
    return view


@pytest.fixture
def view(
    played: ShiftScript, services: Services, qtbot: QtBot, runtime: AppRuntime
) -> Iterator[ReportsView]:
    view = make_view(qtbot, open_local_source(services.config.database_path), services, runtime)
    yield view
    view.shutdown()


def run_night(view: ReportsView, qtbot: QtBot) -> None:
    view.pickers.choose_shift("night", date(2026, 3, 28))
    with qtbot.waitSignal(view.report_ready, timeout=10_000):
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)


def cell(table: QTableWidget, text: str, column: int = 0) -> tuple[int, int]:
    for row in range(table.rowCount()):
        item = table.item(row, column)
        if item is not None and item.text() == text:
            return row, column
    raise AssertionError(f"{text!r} not in the table")


def double_click(qtbot: QtBot, view: ReportsView, table: QTableWidget, row: int, col: int) -> None:
    table.scrollToItem(table.item(row, col))
    centre: QPoint = table.visualItemRect(table.item(row, col)).center()
    with qtbot.waitSignal(view.drill_ready, timeout=5000):
        # QTest's double click needs the press that selects the cell first, as a mouse does
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def drilled_rmas(view: ReportsView) -> list[str]:
    return [view.drill_list.item(r, 0).text() for r in range(view.drill_list.rowCount())]


def test_run_the_shift_report_and_drill_down_from_a_number(view: ReportsView, qtbot: QtBot) -> None:
    run_night(view, qtbot)
    summary = view.summary
    row, _ = cell(summary, "Units inspected")
    assert summary.item(row, 1).text() == "10"
    assert "Shift night 22:00–06:00 starting Sat 2026-03-28" in view.status.text()
    assert view.progress.value() == view.progress.maximum()
    pie = view.charts.pie
    assert pie is not None and sorted(s.label() for s in pie.slices()) == [
        "A: 4", "B: 4", "C: 1", "D: 1"
    ]  # fmt: skip
    row, _ = cell(summary, "Returns with fraud indicators")
    assert summary.item(row, 1).text() == "3"
    double_click(qtbot, view, summary, row, 1)
    assert drilled_rmas(view) == ["RMA-T03", "RMA-T04", "RMA-T05"]
    assert "3 returns behind: flag fraud" in view.drill_title.text()
    window = view.tables["window"]
    view.tabs.setCurrentWidget(window)
    row, _ = cell(window, "outside")
    double_click(qtbot, view, window, row, 1)
    assert drilled_rmas(view) == ["RMA-T02"]
    assert view.drill_list.item(0, 5).text() == "2"  # both jackets of that return
    clerks = view.tables["clerks"]
    view.tabs.setCurrentWidget(clerks)
    row, _ = cell(clerks, "张伟")
    double_click(qtbot, view, clerks, row, 1)
    assert drilled_rmas(view) == ["RMA-T03", "RMA-T04", "RMA-T07", "RMA-T11"]
    with qtbot.waitSignal(view.drill_ready, timeout=5000):
        view.charts.pie.slices()[0].clicked.emit()  # a slice of the grade pie
    assert view.drill_rows and "grade" in view.drill_title.text()


def test_export_and_print_the_report(view: ReportsView, qtbot: QtBot, tmp_path: Path) -> None:
    run_night(view, qtbot)
    report = view.report
    assert report is not None
    with qtbot.waitSignal(view.exporter.finished, timeout=10_000):
        view.exporter.pdf(report, tmp_path / "night.pdf")
    assert view.status.text() == f"Saved {tmp_path / 'night.pdf'}"
    exported = pdfium.PdfDocument(tmp_path / "night.pdf")
    pages = len(exported)
    exported.close()
    with qtbot.waitSignal(view.exporter.finished, timeout=10_000):
        view.exporter.csv(report, tmp_path / "csv")
    assert (tmp_path / "csv" / "summary.csv").exists() and "CSV files" in view.status.text()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    with qtbot.waitSignal(view.exporter.finished, timeout=10_000):
        view.exporter.print(report, printer)
    assert view.status.text() == (f"Printed {pages} pages" if pages != 1 else "Printed 1 page")
    printed = pdfium.PdfDocument(tmp_path / "printed.pdf")
    assert len(printed) == pages
    printed.close()


class StalledSource:
    """The real source, except that parcels() hangs like a slow query until cancelled."""

    def __init__(self, real: SqlReportSource) -> None:
        self.real = real
        self.label = real.label
        self.waiting = threading.Event()

    def parcels(self, f: ReportFilter, cancel: CancelToken) -> list[tuple[str, int]]:
        released = threading.Event()
        with cancel.interrupting(released.set):
            self.waiting.set()
            released.wait(10)
        return self.real.parcels(f, cancel)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def test_a_long_report_shows_progress_and_can_be_cancelled(
    played: ShiftScript, services: Services, qtbot: QtBot, runtime: AppRuntime
) -> None:
    source = StalledSource(open_local_source(services.config.database_path))
    view = make_view(qtbot, source, services, runtime)
    try:
        view.pickers.choose_shift("night", date(2026, 3, 28))
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(source.waiting.is_set, timeout=5000)
        qtbot.waitUntil(lambda: "parcels" in view.progress.format(), timeout=5000)
        assert not view.run_button.isEnabled() and view.cancel_button.isEnabled()
        qtbot.mouseClick(view.pickers.scope, Qt.MouseButton.LeftButton)  # the GUI still answers
        qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.status.text() == "Cancelled.", timeout=5000)
        assert view.run_button.isEnabled() and view.report is None
        assert runtime.presenter.last_shown is None  # a cancel is not an error
    finally:
        view.shutdown()


def test_a_clerk_is_refused_by_the_service(
    played: ShiftScript, services: Services, qtbot: QtBot, runtime: AppRuntime
) -> None:
    clerk = Session("U-BADGE-C001", "Ana Lima", Role.CLERK, STATION, datetime.now(UTC))
    source = open_local_source(services.config.database_path)
    view = make_view(qtbot, source, services, runtime, clerk)
    try:
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "failed" in view.status.text(), timeout=5000)
        assert "Not allowed for your role (clerk)" in view.status.text()
        assert view.report is None and view.run_button.isEnabled()
        # The default failure path: the app's one presenter showed it too.
        assert runtime.presenter.last_shown is not None
        assert runtime.presenter.last_shown[:2] == ("user", "permission_denied")
    finally:
        view.shutdown()
