"""Exporting a report from the reports view: PDF and CSV (one ZIP) written, and the PDF
rendered for printing, on the runtime's I/O executor (a PDF takes a few hundred milliseconds:
not on the GUI thread); only the printing itself, which paints through Qt, runs on the GUI
thread. A failure goes the default way (the app's error presenter) and to the view's status
line.

The file dialogs propose a name after the report's range or shift and station, in the folder
the user last saved to (kept in `settings_file`), else in the user's documents folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from receiving_desk.gui.messages import failure_text
from receiving_desk.gui.report_widgets import print_pdf
from receiving_desk.gui.tasks import TaskManager
from receiving_desk.services.app_ports import ReportPort
from receiving_desk.services.reports import Report, report_file_stem


class ReportExporter(QObject):
    finished = Signal(str)  # what was done, for the status line
    failed = Signal(str)

    def __init__(
        self,
        reports: ReportPort,
        tasks: TaskManager,
        settings_file: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reports = reports
        self._tasks = tasks
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
        self.failed.emit(self.tr("Export failed: %1").replace("%1", failure_text(error)))

    def pdf(self, report: Report, path: Path) -> None:
        reports = self._reports

        def write() -> None:
            path.write_bytes(reports.render_pdf(report))

        self._tasks.run_io(write, lambda _: self.finished.emit(
            self.tr("Saved %1").replace("%1", str(path))), on_failure=self._error)  # fmt: skip

    def csv(self, report: Report, path: Path) -> None:
        def done(written: Path) -> None:
            self.finished.emit(self.tr("Saved %1 CSV files in %2").replace(
                "%1", str(len(report.tables) + 1)).replace("%2", str(written)))  # fmt: skip

        reports = self._reports
        self._tasks.run_io(lambda: reports.write_csv(report, path), done, on_failure=self._error)

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
