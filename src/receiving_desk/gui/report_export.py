"""Exporting a report from the reports view: PDF and CSV written, and the PDF rendered for
printing, on the runtime's I/O executor (a PDF takes a few hundred milliseconds: not on the
GUI thread); only the printing itself, which paints through Qt, runs on the GUI thread. A
failure goes the default way (the app's error presenter) and to the view's status line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from receiving_desk.gui.messages import failure_text
from receiving_desk.gui.report_widgets import print_pdf
from receiving_desk.gui.tasks import TaskManager
from receiving_desk.services.app_ports import ReportPort
from receiving_desk.services.reports import Report


class ReportExporter(QObject):
    finished = Signal(str)  # what was done, for the status line
    failed = Signal(str)

    def __init__(
        self, reports: ReportPort, tasks: TaskManager, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._reports = reports
        self._tasks = tasks

    def _error(self, error: BaseException) -> None:
        self.failed.emit(self.tr("Export failed: %1").replace("%1", failure_text(error)))

    def pdf(self, report: Report, path: Path) -> None:
        reports = self._reports

        def write() -> None:
            path.write_bytes(reports.render_pdf(report))

        self._tasks.run_io(write, lambda _: self.finished.emit(
            self.tr("Saved %1").replace("%1", str(path))), on_failure=self._error)  # fmt: skip

    def csv(self, report: Report, folder: Path) -> None:
        def done(written: list[Path]) -> None:
            self.finished.emit(self.tr("Saved %1 CSV files in %2").replace(
                "%1", str(len(written))).replace("%2", str(folder)))  # fmt: skip

        reports = self._reports
        self._tasks.run_io(lambda: reports.write_csv(report, folder), done, on_failure=self._error)

    def print(self, report: Report, printer: QPrinter) -> None:
        def paint(data: bytes) -> None:
            pages = print_pdf(data, printer)
            self.finished.emit(
                self.tr("Printed %n page", "", pages)
                if pages == 1
                else self.tr("Printed %n pages", "", pages)
            )

        reports = self._reports
        self._tasks.run_io(lambda: reports.render_pdf(report), paint, on_failure=self._error)

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
