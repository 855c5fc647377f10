"""The reports view offscreen: run the night shift's report on the worker, read the figures,
double-click numbers to list the returns behind them, cancel a long report, export, print."""

from __future__ import annotations

import os
import threading
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import platformdirs
import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QTableWidget
from pytestqt.qtbot import QtBot

from receiving_desk.adapters.reports import SqlReportSource, open_local_source
from receiving_desk.adapters.station_reports import StationReports
from receiving_desk.bootstrap import Services
from receiving_desk.domain.users import Role, Session
from receiving_desk.gui.app import install_translations
from receiving_desk.gui.report_export import ReportExporter
from receiving_desk.gui.reports_view import ReportsView
from receiving_desk.gui.runtime import AppRuntime
from receiving_desk.services.reports import CancelToken, Drill, ReportFilter, ReportSource
from tests.conftest import FixedClock
from tests.integration.reports_ledger import OLGA, STATION
from tests.integration.reports_shift import ShiftScript, play_night_shift

DOCS = Path(__file__).resolve().parents[2] / "docs"
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
        "A: 4 (40%)", "B: 4 (40%)", "C: 1 (10%)", "D: 1 (10%)"
    ]  # fmt: skip
    row, _ = cell(summary, "Returns with fraud indicators")
    assert summary.item(row, 1).text() == "3"
    double_click(qtbot, view, summary, row, 1)
    assert drilled_rmas(view) == ["RMA-T03", "RMA-T04", "RMA-T05"]
    assert "3 returns behind: flag / Fraud" in view.drill_title.text()
    assert view.drill_dialog.isVisible()  # the list opens when asked, in its own window
    window = view.tables["window"]
    view.tabs.setCurrentWidget(window)
    row, _ = cell(window, "Outside the window")
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
        view.exporter.csv(report, tmp_path / "night.zip")
    with zipfile.ZipFile(tmp_path / "night.zip") as archive:
        assert "summary.csv" in archive.namelist()
    assert "CSV files" in view.status.text()
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


def test_export_dialogs_propose_the_documents_folder_then_the_last_one_used(
    view: ReportsView, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_night(view, qtbot)
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(documents))
    proposed: list[str] = []
    chosen = tmp_path / "exports" / "mine"  # the user types a name without the extension
    chosen.parent.mkdir()

    def save_as(parent: Any, title: str, where: str, kinds: str) -> tuple[str, str]:
        proposed.append(where)
        return str(chosen), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    with qtbot.waitSignal(view.exporter.finished, timeout=10_000):
        view.csv_button.click()
    stem = "report_Shift-night-2200-0600-starting-Sat-2026-03-28_all-stations"
    assert proposed == [str(documents / f"{stem}.zip")]
    assert zipfile.is_zipfile(chosen.with_suffix(".zip"))
    with qtbot.waitSignal(view.exporter.finished, timeout=10_000):
        view.pdf_button.click()
    assert proposed[-1] == str(chosen.parent / f"{stem}.pdf")  # the folder last saved to
    assert (chosen.parent / "mine.pdf").read_bytes().startswith(b"%PDF")
    again = ReportExporter(view.reports, view.tasks, view.config.data_dir / "reports.ini")
    assert again.folder() == chosen.parent  # remembered by the next view too


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


def _clipped(table: QTableWidget) -> list[str]:
    """Cells whose text is wider than their column (what the user would see cut off)."""
    metrics = table.fontMetrics()
    clipped = []
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = table.item(r, c)
            if item is None or not item.text():
                continue
            font_metrics = QFontMetrics(item.font()) if item.font() else metrics
            needed = font_metrics.horizontalAdvance(item.text()) + 2 * CELL_MARGIN
            if needed > table.columnWidth(c):
                clipped.append(f"{r},{c} {item.text()!r} needs {needed} > {table.columnWidth(c)}")
    return clipped


CELL_MARGIN = 3  # the style's text margin inside a cell, each side


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_view_shows_its_numbers_whole_at_laptop_and_desktop_sizes(
    played: ShiftScript,
    services: Services,
    qtbot: QtBot,
    runtime: AppRuntime,
    tmp_path: Path,
    size: tuple[int, int],
) -> None:
    view = make_view(qtbot, open_local_source(services.config.database_path), services, runtime)
    try:
        view.resize(*size)
        run_night(view, qtbot)
        qtbot.waitUntil(lambda: view.tiles.tiles["Units inspected"].value.text() == "10")
        # the tiles: figure large, label below, comparison with the previous period, all whole
        for label, tile in view.tiles.tiles.items():
            assert tile.isVisible() and tile.caption.text() == label
            for part in (tile.value, tile.caption, tile.comparison):
                lines = part.text().split("\n")
                width = max(part.fontMetrics().horizontalAdvance(line) for line in lines)
                assert width <= part.contentsRect().width(), (label, part.text())
                height = part.fontMetrics().lineSpacing() * len(lines)
                assert part.visibleRegion().boundingRect().height() >= height, (label, lines)
            assert tile.value.font().pointSizeF() > view.summary.font().pointSizeF() * 1.5
        stock = view.tiles.tiles["Value returned to stock"]
        assert stock.value.text().startswith("€") and "." in stock.value.text()
        units = view.tiles.tiles["Units inspected"].comparison.text()
        assert units.startswith("▲") and "\nvs previous period (2)" in units
        # every table of the report: no cell cut off, none taken over by an empty list
        for name, table in view.tables.items():
            view.tabs.setCurrentWidget(table)
            qtbot.waitUntil(table.isVisible)
            assert not _clipped(table), (name, _clipped(table))
            shown = table.viewport().height() // max(1, table.rowHeight(0))
            assert shown >= min(table.rowCount(), 8), name  # the table has the room
        assert not view.drill_dialog.isVisible()  # the drill-down list appears when asked
        # charts: whole-number axes, names not codes, the trend over the range
        view.tabs.setCurrentWidget(view.charts)
        bar_axis = view.charts.bar_axis
        assert bar_axis is not None and bar_axis.labelFormat() == "%d"
        ticks = bar_axis.tickCount() - 1
        assert ticks and bar_axis.max() % ticks == 0 and bar_axis.max() >= 5
        bars = view.charts.dispositions.chart()
        categories = bars.axes(Qt.Orientation.Vertical)[0].categories()
        assert "Restock as open box" in categories and "restock_open_box" not in categories
        trend_sets = view.charts.trend.chart().series()[0].barSets()
        assert sum(trend_sets[0].at(i) for i in range(trend_sets[0].count())) == 10
        assert trend_sets[0].count() == 7  # the night's seven hours
        folder = DOCS if os.environ.get("UPDATE_DOCS") else tmp_path
        view.grab().save(str(folder / f"reports-view-{size[0]}x{size[1]}.png"))
        view.tabs.setCurrentWidget(view.tables["clerks"])
        view.grab().save(str(folder / f"reports-view-{size[0]}x{size[1]}-clerks.png"))
        with qtbot.waitSignal(view.drill_ready, timeout=5000):
            view.show_returns(Drill("product", "EL-00001"))
        notes = [view.drill_list.item(r, 6).text() for r in range(view.drill_list.rowCount())]
        assert "left earbud crackles" in " ".join(notes) and view.drill_dialog.isVisible()
        assert not _clipped(view.drill_list)
        view.drill_dialog.grab().save(str(folder / f"reports-drill-{size[0]}.png"))
    finally:
        view.shutdown()


def test_categories_read_in_the_desks_language(
    played: ShiftScript, services: Services, qtbot: QtBot, runtime: AppRuntime
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translations(app, "zh_CN")
    assert translators
    view = make_view(qtbot, open_local_source(services.config.database_path), services, runtime)
    try:
        run_night(view, qtbot)
        bars = view.charts.dispositions.chart()
        categories = bars.axes(Qt.Orientation.Vertical)[0].categories()
        assert "按开箱品重新入库" in categories  # "Restock as open box", from the catalogue
        dispositions = view.tables["dispositions"]
        names = {dispositions.item(r, 0).text() for r in range(dispositions.rowCount())}
        assert "按开箱品重新入库" in names and "restock_open_box" not in names
        # The status line says what the report covers in the desk's language too.
        status = view.status.text()
        assert status.startswith("班次 night 22:00–06:00，开始于 ") and "2026-03-28" in status
        everyone = QCoreApplication.translate("ReportNames", "all stations")
        assert everyone != "all stations" and everyone in status
        assert "starting" not in status and "all clerks" not in status
    finally:
        view.shutdown()
        for translator in translators:
            app.removeTranslator(translator)


def test_a_long_drill_down_comes_a_page_at_a_time(
    view: ReportsView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A month's figure can stand for thousands of returns: the list asks for a page, says
    it shows the first ones, and Show more appends the next page until there is none."""
    monkeypatch.setattr("receiving_desk.gui.reports_view.DRILL_PAGE", 2)
    run_night(view, qtbot)
    summary = view.summary
    row, _ = cell(summary, "Returns with fraud indicators")
    double_click(qtbot, view, summary, row, 1)
    more = view.drill_dialog.more_button
    assert drilled_rmas(view) == ["RMA-T03", "RMA-T04"]
    assert "The first 2 returns behind: flag / Fraud" in view.drill_title.text()
    assert more.isVisibleTo(view.drill_dialog)
    with qtbot.waitSignal(view.drill_ready, timeout=5000):
        qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert drilled_rmas(view) == ["RMA-T03", "RMA-T04", "RMA-T05"]  # the last, short page
    assert "3 returns behind: flag / Fraud" in view.drill_title.text()
    assert not more.isVisibleTo(view.drill_dialog)
