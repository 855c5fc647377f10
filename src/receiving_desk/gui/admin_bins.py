"""Administration → Bins: the store's bins (all, or a zone's), and their labels — to the
station's printer for bin labels through the print queue, or saved as a PDF sheet. The chosen
rows, or every bin listed when none is chosen. Admins only (the service checks and audits);
nothing here waits on the store, the printer or the disk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from receiving_desk.domain.inventory import Location, Zone
from receiving_desk.domain.users import Session
from receiving_desk.gui.code_words import zone_text
from receiving_desk.gui.messages import failure_text
from receiving_desk.gui.setup_forms import status_label
from receiving_desk.gui.tasks import TaskManager
from receiving_desk.services.bin_labels import BinLabels
from receiving_desk.services.desk import Desk


class BinsPage(QWidget):
    def __init__(self, labels: BinLabels, desk: Desk, tasks: TaskManager) -> None:
        super().__init__()
        self._labels, self._desk, self._tasks = labels, desk, tasks
        self.shown: list[Location] = []
        self.pdf_path: Path | None = None
        self.zone = QComboBox()
        self.zone.addItem(self.tr("Every zone"), "")
        for zone in Zone:
            self.zone.addItem(zone_text(zone), zone.value)
        self.zone.currentIndexChanged.connect(self.reload)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Bin"), self.tr("Zone"), self.tr("Description")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column in (0, 1):  # a long zone name (ru) is shown whole, not wrapped
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.print_button = QPushButton(self.tr("Print labels (ZPL, to the label printer)"))
        self.pdf_button = QPushButton(self.tr("Save labels as PDF…"))
        self.open_pdf_button = QPushButton(self.tr("Open the PDF"))
        self.open_pdf_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_labels)
        self.pdf_button.clicked.connect(self._choose_pdf)
        self.open_pdf_button.clicked.connect(self._open_pdf)
        form = QFormLayout()
        form.addRow(self.tr("Zone"), self.zone)
        buttons = QHBoxLayout()
        for button in (self.print_button, self.pdf_button, self.open_pdf_button):
            buttons.addWidget(button)
        self.status = status_label()
        self.status.setText(self.tr("Labels for the chosen bins; none chosen: every bin listed"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.file_dialog: QFileDialog | None = None
        self.reload()

    def _zone(self) -> Zone | None:
        value = str(self.zone.currentData() or "")
        return Zone(value) if value else None

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.status.setText(failure_text(error))

    def _busy(self, busy: bool) -> None:
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(not busy)

    def reload(self) -> None:
        labels, desk, zone = self._labels, self._desk, self._zone()
        self._tasks.run_in_store(
            lambda: labels.bins(desk.require_session(), zone), self._show, on_failure=self._failed
        )

    def _show(self, bins: list[Location]) -> None:
        self.shown = bins
        self.table.setRowCount(len(bins))
        for row, location in enumerate(bins):
            cells = (location.code, zone_text(location.zone), location.description)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def chosen(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.shown[r].code for r in rows] if rows else [x.code for x in self.shown]

    def print_labels(self) -> None:
        labels, desk, codes = self._labels, self._desk, self.chosen()
        self._busy(True)
        n = len(codes)
        self.status.setText(
            self.tr("Queueing %n bin label…", "", n)
            if n == 1
            else self.tr("Queueing %n bin labels…", "", n)
        )

        def queued(count: int) -> None:
            self._busy(False)
            self.status.setText(
                self.tr("%n bin label sent to the label printer", "", count)
                if count == 1
                else self.tr("%n bin labels sent to the label printer", "", count)
            )

        self._tasks.run_in_store(
            lambda: labels.print(desk.require_session(), codes), queued, on_failure=self._failed
        )

    def _choose_pdf(self) -> None:
        dialog = QFileDialog(self, self.tr("Save bin labels"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile("bin-labels.pdf")
        dialog.fileSelected.connect(lambda name: self.save_pdf(Path(name)))
        self.file_dialog = dialog
        dialog.open()

    def save_pdf(self, path: Path) -> None:
        """The session is read on the store thread (its owner); the sheet is drawn and written
        on the I/O thread, so a thousand labels do not hold up the scans."""
        labels, codes = self._labels, self.chosen()
        self._busy(True)
        n = len(codes)
        self.status.setText(
            self.tr("Drawing %n bin label…", "", n)
            if n == 1
            else self.tr("Drawing %n bin labels…", "", n)
        )

        def draw(session: Session) -> None:
            def write() -> Path:
                sheet = labels.pdf(session, codes)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(sheet)
                return path

            self._tasks.run_io(write, self._written, on_failure=self._failed)

        self._tasks.run_in_store(self._desk.require_session, draw, on_failure=self._failed)

    def _written(self, path: Path) -> None:
        self._busy(False)
        self.pdf_path = path
        self.open_pdf_button.setEnabled(True)
        self.status.setText(self.tr("Bin labels saved: {0}").format(path))

    def _open_pdf(self) -> None:
        if self.pdf_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path)))
