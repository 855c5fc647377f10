"""Exporting a report from the reports view: PDF and CSV written, and the PDF rendered for
printing, on the view's worker (a PDF takes a few hundred milliseconds: not on the GUI
thread); only the printing itself, which paints through Qt, runs on the GUI thread."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from receiving_desk.adapters.reports.csv_export import write_report_csv
from receiving_desk.adapters.reports.pdf import render_report_pdf
from receiving_desk.gui.report_widgets import print_pdf
from receiving_desk.gui.task_runner import TaskRunner
from receiving_desk.services.reports import Report

log = logging.getLogger(__name__)


class ReportExporter(QObject):
    finished = Signal(str)  # what was done, for the status line
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner

    def _error(self, error: BaseException) -> None:
        log.error("report export failed", exc_info=error)
        self.failed.emit(self.tr("Export failed: %1").replace("%1", str(error)))

    def pdf(self, report: Report, path: Path) -> None:
        def write() -> None:
            path.write_bytes(render_report_pdf(report))

        self._runner.run(write, lambda _: self.finished.emit(
            self.tr("Saved %1").replace("%1", str(path))), self._error)  # fmt: skip

    def csv(self, report: Report, folder: Path) -> None:
        def done(written: list[Path]) -> None:
            self.finished.emit(self.tr("Saved %1 CSV files in %2").replace(
                "%1", str(len(written))).replace("%2", str(folder)))  # fmt: skip

        self._runner.run(lambda: write_report_csv(report, folder), done, self._error)

    def print(self, report: Report, printer: QPrinter) -> None:
        def paint(data: bytes) -> None:
            pages = print_pdf(data, printer)
            self.finished.emit(self.tr("Printed %1 page(s)").replace("%1", str(pages)))

        self._runner.run(lambda: render_report_pdf(report), paint, self._error)

    def ask_pdf(self, parent: QWidget, report: Report) -> None:
        title = self.tr("Export PDF")
        name, _ = QFileDialog.getSaveFileName(parent, title, "report.pdf", "PDF (*.pdf)")
        if name:
            self.pdf(report, Path(name))

    def ask_csv(self, parent: QWidget, report: Report) -> None:
        folder = QFileDialog.getExistingDirectory(parent, self.tr("Export CSV into folder"))
        if folder:
            self.csv(report, Path(folder))

    def ask_print(self, parent: QWidget, report: Report) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, parent).exec():
            self.print(report, printer)
