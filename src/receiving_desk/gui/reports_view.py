"""The supervisor's reports view: pick a shift (or a date range), a station and a clerk, run
the report on a background worker (progress, Cancel), read it as charts and tables, double-
click any number to list the returns behind it, export it as PDF or CSV, print it.

Nothing here queries a database or blocks: the report and every drill-down run on the app
runtime's I/O executor (a report reads through its own read-only connection, so it never
holds up a scan on the store executor) and come back by signal; a long report can be
cancelled mid-query. Failures take the default path to the app's error presenter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from receiving_desk.domain.file_problems import wording_of
from receiving_desk.domain.shifts import DEFAULT_SHIFTS
from receiving_desk.domain.users import Session
from receiving_desk.gui.messages import failure_text
from receiving_desk.gui.problem_texts import wording_text
from receiving_desk.gui.report_charts import MixCharts
from receiving_desk.gui.report_export import ReportExporter
from receiving_desk.gui.report_names import code_text, label_text
from receiving_desk.gui.report_pickers import ReportPickers
from receiving_desk.gui.report_tiles import KpiTiles
from receiving_desk.gui.report_widgets import DrillDialog, fill_drill, fill_table
from receiving_desk.gui.tasks import TaskManager
from receiving_desk.services.app_ports import (
    EvidenceFiles,
    EvidencePort,
    ReportPort,
    StationView,
)
from receiving_desk.services.reports import (
    CancelToken,
    Drill,
    Report,
    ReportCancelled,
    ReportFilter,
    ReturnRow,
    drill_down,
    filter_label,
    run_report,
)

_DRILLS = {  # what a drill-down lists, by its metric
    "units": QT_TRANSLATE_NOOP("ReportNames", "units inspected"),
    "grade": QT_TRANSLATE_NOOP("ReportNames", "grade"),
    "disposition": QT_TRANSLATE_NOOP("ReportNames", "disposition"),
    "restock": QT_TRANSLATE_NOOP("ReportNames", "returned to stock"),
    "refund": QT_TRANSLATE_NOOP("ReportNames", "refund"),
    "window": QT_TRANSLATE_NOOP("ReportNames", "return window"),
    "clerk": QT_TRANSLATE_NOOP("ReportNames", "clerk"),
    "reason_product": QT_TRANSLATE_NOOP("ReportNames", "reason by product"),
    "reason_category": QT_TRANSLATE_NOOP("ReportNames", "reason by category"),
    "override": QT_TRANSLATE_NOOP("ReportNames", "overrides"),
    "product": QT_TRANSLATE_NOOP("ReportNames", "product"),
    "parcels": QT_TRANSLATE_NOOP("ReportNames", "parcels"),
    "flag": QT_TRANSLATE_NOOP("ReportNames", "flag"),
    "void": QT_TRANSLATE_NOOP("ReportNames", "voided"),
    "audit": QT_TRANSLATE_NOOP("ReportNames", "audited action"),
    "receipt": QT_TRANSLATE_NOOP("ReportNames", "return"),
    "labels": QT_TRANSLATE_NOOP("ReportNames", "labels printed"),
    "reprints": QT_TRANSLATE_NOOP("ReportNames", "reprints"),
}
DRILL_NAMES = {metric: str(text) for metric, text in _DRILLS.items()}


class _Progress(QObject):
    changed = Signal(int, int, str)  # emitted on the worker thread, delivered on the GUI's


DRILL_PAGE = 500  # returns fetched at a time: a page comes in well under 0.2 s


class ReportsView(QWidget):
    report_ready = Signal(object)  # Report
    drill_ready = Signal(object)  # list[ReturnRow]

    def __init__(
        self,
        reports: ReportPort,
        session: Session,
        config: StationView,
        tasks: TaskManager,
        parent: QWidget | None = None,
        evidence: EvidencePort | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reports"))
        self.evidence = evidence
        self.reports, self.session, self.config = reports, session, config
        self.source = reports.open_local()
        self.shifts = tuple(config.shifts) or DEFAULT_SHIFTS
        self.report: Report | None = None
        self.drill_rows: list[ReturnRow] = []
        self._token: CancelToken | None = None
        self._filter: ReportFilter | None = None
        self.tasks = tasks
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        self._build()
        self._run(self._pickers_data, self._fill_pickers)

    # -- layout ---------------------------------------------------------------------------
    def _run(self, fn: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        # A cancelled report is this view's business; any other failure goes the default way.
        self.tasks.run_io(fn, on_success, on_failure=self._failed, handles=(ReportCancelled,))

    def _build(self) -> None:
        self.pickers = ReportPickers(self.shifts, self.config)
        self.run_button = QPushButton(self.tr("Run"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.status = QLabel()
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.print_button = QPushButton(self.tr("Print…"))
        controls = QHBoxLayout()
        for widget in (self.pickers, self.run_button, self.cancel_button, self.progress):
            controls.addWidget(widget)
        exports = QHBoxLayout()
        exports.addWidget(self.status, 1)
        for button in (self.pdf_button, self.csv_button, self.print_button):
            exports.addWidget(button)
            button.setEnabled(False)
        self.tiles = KpiTiles()
        self.summary = QTableWidget()
        self.charts = MixCharts()
        self.tabs = QTabWidget()
        self.tables: dict[str, QTableWidget] = {"summary": self.summary}
        self.hint = QLabel(self.tr("Double-click a number to list the returns behind it."))
        self.drill_dialog = DrillDialog(self)
        self.drill_title, self.drill_list = self.drill_dialog.title, self.drill_dialog.list
        self.drill_dialog.evidence_button.setVisible(self.evidence is not None)
        self.drill_dialog.evidence_button.clicked.connect(self.make_evidence)
        self._next_page: Callable[[], None] | None = None  # the drill-down's next page, if any
        self.drill_dialog.more_button.clicked.connect(self.show_more)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.tiles)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint)
        layout.addLayout(exports)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.summary.cellDoubleClicked.connect(lambda r, c: self.drill("summary", r, c))
        self.tiles.drill.connect(self.show_returns)
        self.charts.clicked.connect(lambda table, key: self.drill_key(table, key))
        settings = self.config.data_dir / "reports.ini"
        self.exporter = ReportExporter(self.reports, self.tasks, settings, self)
        self.exporter.finished.connect(self.status.setText)
        self.exporter.failed.connect(self.status.setText)
        self.pdf_button.clicked.connect(lambda: self._export(self.exporter.ask_pdf))
        self.csv_button.clicked.connect(lambda: self._export(self.exporter.ask_csv))
        self.print_button.clicked.connect(lambda: self._export(self.exporter.ask_print))

    def _pickers_data(self) -> tuple[list[str], list[tuple[str, str]]]:
        return self.source.known_stations(), self.source.known_clerks()

    def _fill_pickers(self, data: tuple[list[str], list[tuple[str, str]]]) -> None:
        self.pickers.fill(*data)

    # -- running --------------------------------------------------------------------------
    def run(self) -> None:
        if self._token is not None:
            return  # one report at a time
        try:
            f, title = self.pickers.selection()
        except ValueError as exc:
            self.status.setText(wording_text(wording_of(exc)))  # in the reader's language
            return
        token = self._token = CancelToken()
        self._filter = f
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Running…"))

        def work() -> Report:
            return run_report(
                self.session, self.source, f, site=self.config.site_name, scope=title,
                timezone=self.config.site_timezone, now=datetime.now(UTC),
                progress=self._progress.changed.emit, cancel=token,
                standalone=self.config.standalone,
                currency=self.config.currency, locale=self.config.number_locale,
            )  # fmt: skip

        self._run(work, self._show_report)

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _show_progress(self, done: int, total: int, step: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setFormat(f"%p% {step}")

    def _finished(self) -> None:
        self._token = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _show_report(self, report: Report) -> None:
        self._finished()
        self.report = report
        self.tiles.show_report(report)
        fill_table(self.summary, report.table("summary"), report)
        self.charts.show_report(report)
        self.tabs.clear()
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.tabs.addTab(self.summary, label_text("Summary"))
        for table in report.tables[1:]:
            widget = self.tables.get(table.name) or QTableWidget()
            if table.name not in self.tables:
                self.tables[table.name] = widget
                widget.cellDoubleClicked.connect(
                    lambda r, c, name=table.name: self.drill(name, r, c)
                )
            fill_table(widget, table, report)
            self.tabs.addTab(widget, label_text(table.title))
        for button in (self.pdf_button, self.csv_button, self.print_button):
            button.setEnabled(True)
        covers = filter_label(report.filter, report.clerk_name, label_text)
        self.status.setText(f"{report.scope} · {covers} · {label_text(report.source)}")
        self.report_ready.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._finished()
        if isinstance(error, ReportCancelled):
            self.status.setText(self.tr("Cancelled."))
            self.progress.setValue(0)
            return
        reason = failure_text(error)
        self.status.setText(self.tr("The report failed: %1").replace("%1", reason))

    # -- drill-down -------------------------------------------------------------------------
    def drill(self, table: str, row: int, column: int) -> None:
        if self.report is not None:
            drill = self.report.table(table).drill_at(row, column)
            if drill is not None:
                self.show_returns(drill)

    def drill_key(self, table: str, key: str) -> None:
        """A chart's slice or bar: the returns behind that grade or disposition."""
        self.show_returns(Drill({"grades": "grade", "dispositions": "disposition"}[table], key))

    def show_returns(self, drill: Drill) -> None:
        f = self._filter
        if f is None:
            return
        self.drill_title.setText(self.tr("Loading…"))
        self.drill_dialog.more_button.setVisible(False)
        self.drill_dialog.show()
        self.drill_dialog.raise_()
        self._drill_page(f, drill, [])

    def _drill_page(self, f: ReportFilter, drill: Drill, shown: list[ReturnRow]) -> None:
        """The next page of the returns behind `drill` (the first when `shown` is empty)."""
        size, offset = DRILL_PAGE, len(shown)
        self._run(
            lambda: drill_down(self.session, self.source, f, drill, limit=size, offset=offset),
            lambda rows: self._show_drill(f, drill, shown + rows, more=len(rows) == size),
        )

    def _show_drill(
        self, f: ReportFilter, drill: Drill, rows: list[ReturnRow], more: bool = False
    ) -> None:
        self.drill_rows = rows
        what = " / ".join([label_text(DRILL_NAMES.get(drill.metric, drill.metric)),
                           *(code_text(k) for k in drill.key.split("\t") if k)])  # fmt: skip
        if drill.previous:
            what += self.tr(" (previous period)")
        n = len(rows)
        if more:
            behind = self.tr("The first %n returns behind: %1", "", n)
        elif n == 1:
            behind = self.tr("%n return behind: %1", "", n)
        else:
            behind = self.tr("%n returns behind: %1", "", n)
        self.drill_title.setText(behind.replace("%1", what))
        fill_drill(self.drill_list, rows, self.config.tz)
        self.drill_dialog.more_button.setVisible(more)
        self._next_page = (lambda: self._drill_page(f, drill, rows)) if more else None
        self.drill_ready.emit(rows)

    def show_more(self) -> None:
        if self._next_page is not None:
            self.drill_dialog.more_button.setVisible(False)  # one request at a time
            self._next_page()

    def make_evidence(self) -> None:
        """The selected drill-down return as an evidence pack, made on the I/O executor."""
        rows = self.drill_list.selectionModel().selectedRows()
        evidence = self.evidence
        if evidence is None or not rows or rows[0].row() >= len(self.drill_rows):
            self.drill_dialog.status.setText(self.tr("Select a return first."))
            return
        chosen = self.drill_rows[rows[0].row()]
        session, button = self.session, self.drill_dialog.evidence_button
        button.setEnabled(False)
        self.drill_dialog.status.setText(
            self.tr("Making the evidence pack of {0}…").format(chosen.rma or chosen.receipt_id)
        )

        def made(files: EvidenceFiles) -> None:
            button.setEnabled(True)
            self.drill_dialog.status.setText(
                self.tr("Evidence pack saved: {0} and {1}").format(files.pdf, files.zip.name)
            )

        def failed(error: BaseException) -> None:
            button.setEnabled(True)
            self.drill_dialog.status.setText(failure_text(error))

        self.tasks.run_io(
            lambda: evidence.make(session, receipt_id=chosen.receipt_id), made, on_failure=failed
        )

    # -- export -----------------------------------------------------------------------------
    def _export(self, ask: Callable[[QWidget, Report], None]) -> None:
        if self.report is not None:
            ask(self, self.report)

    def shutdown(self) -> None:
        """Cancel what runs, then close the source once the I/O executor is past it."""
        self.cancel()
        source = self.source
        self.tasks.run_io(source.close)

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)
