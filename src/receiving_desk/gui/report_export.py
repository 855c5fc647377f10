"""Exporting a report from the reports view: PDF and CSV (one ZIP) written, and the PDF
rendered for printing, on the view's worker (a PDF takes a few hundred milliseconds: not on
the GUI thread); only the printing itself, which paints through Qt, runs on the GUI thread.

The file dialogs propose a name after the report's range or shift and station, in the folder
the user last saved to (kept in `settings_file`), else in the user's documents folder."""

from __future__ import annotations

import logging
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from receiving_desk.adapters.reports.csv_export import report_file_stem, write_report_zip
from receiving_desk.adapters.reports.pdf import render_report_pdf
from receiving_desk.gui.report_widgets import print_pdf
from receiving_desk.gui.task_runner import TaskRunner
from receiving_desk.services.reports import Report

log = logging.getLogger(__name__)


class ReportExporter(QObject):
    finished = Signal(str)  # what was done, for the status line
    failed = Signal(str)

    def __init__(
        self, runner: TaskRunner, settings_file: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._settings = QSettings(str(settings_file), QSettings.Format.IniFormat)

    def folder(self) -> Path:
        """Where the dialogs open: the last folder saved to, else the documents folder."""
        last = self._settings.value("export/last_folder", "")
        if isinstance(last, str) and last and Path(last).is_dir():
            return Path(last)
        return Path(platformdirs.user_documents_dir())

    def _remember(self, path: Path) -> None:
        self._settings.setValue("export/last_folder", str(path.parent))
        self._settings.sync()

    def suggested(self, report: Report, suffix: str) -> Path:
        return self.folder() / f"{report_file_stem(report)}{suffix}"

    def _error(self, error: BaseException) -> None:
        log.error("report export failed", exc_info=error)
        self.failed.emit(self.tr("Export failed: %1").replace("%1", str(error)))

    def pdf(self, report: Report, path: Path) -> None:
        def write() -> None:
            path.write_bytes(render_report_pdf(report))

        self._runner.run(write, lambda _: self.finished.emit(
            self.tr("Saved %1").replace("%1", str(path))), self._error)  # fmt: skip

    def csv(self, report: Report, path: Path) -> None:
        def done(written: Path) -> None:
            self.finished.emit(self.tr("Saved %1 CSV files in %2").replace(
                "%1", str(len(report.tables) + 1)).replace("%2", str(written)))  # fmt: skip

        self._runner.run(lambda: write_report_zip(report, path), done, self._error)

    def print(self, report: Report, printer: QPrinter) -> None:
        def paint(data: bytes) -> None:
            pages = print_pdf(data, printer)
            self.finished.emit(self.tr("Printed %1 page(s)").replace("%1", str(pages)))

        self._runner.run(lambda: render_report_pdf(report), paint, self._error)

    def _ask(self, parent: QWidget, title: str, proposed: Path, kind: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(proposed), kind)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != proposed.suffix:
            path = path.with_name(path.name + proposed.suffix)
        self._remember(path)
        return path

    def ask_pdf(self, parent: QWidget, report: Report) -> None:
        title = self.tr("Export PDF")
        path = self._ask(parent, title, self.suggested(report, ".pdf"), "PDF (*.pdf)")
        if path is not None:
            self.pdf(report, path)

    def ask_csv(self, parent: QWidget, report: Report) -> None:
        title = self.tr("Export CSV (one ZIP file)")
        path = self._ask(parent, title, self.suggested(report, ".zip"), "ZIP (*.zip)")
        if path is not None:
            self.csv(report, path)

    def ask_print(self, parent: QWidget, report: Report) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, parent).exec():
            self.print(report, printer)
