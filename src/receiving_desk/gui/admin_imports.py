"""Administration → Reference data: products, customers, RMAs and bins imported from files,
with progress and every problem named file:line: column: problem."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from receiving_desk.domain.reference_rows import Kind
from receiving_desk.domain.users import Session
from receiving_desk.gui.import_texts import problem_text
from receiving_desk.gui.messages import failure_text
from receiving_desk.gui.setup_forms import status_label
from receiving_desk.gui.setup_view import ProgressRelay
from receiving_desk.gui.tasks import TaskManager
from receiving_desk.services.admin_app import AdminApp
from receiving_desk.services.desk import Desk
from receiving_desk.services.reference_import import ImportReport


def kind_text(kind: Kind) -> str:
    return {
        Kind.PRODUCTS: QCoreApplication.translate("ImportPage", "Products"),
        Kind.CUSTOMERS: QCoreApplication.translate("ImportPage", "Customers"),
        Kind.RMAS: QCoreApplication.translate("ImportPage", "Returns (RMAs with their lines)"),
        Kind.BINS: QCoreApplication.translate("ImportPage", "Bins"),
    }[kind]


class ImportPage(QWidget):
    """One file at a time: checked whole first; nothing imported if a row is wrong, unless
        bad rows may be skipped. Runs on the I/O thread (a big file does not hold up the scans on
    the store thread); progress comes back queued."""

    def __init__(self, admin: AdminApp, desk: Desk, tasks: TaskManager) -> None:
        super().__init__()
        self._admin, self._desk, self._tasks = admin, desk, tasks
        self.kind = QComboBox()
        for kind in Kind:
            self.kind.addItem(kind_text(kind), kind.value)
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("a CSV file, or a Shopify products export"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        self.skip_bad_rows = QCheckBox(self.tr("Import the good rows and skip the bad ones"))
        self.dry_run = QCheckBox(self.tr("Only check the file"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.clicked.connect(self.start)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.problems = QListWidget()
        self.status = status_label()
        form = QFormLayout()
        form.addRow(self.tr("What"), self.kind)
        form.addRow(self.tr("File"), row)
        form.addRow("", self.skip_bad_rows)
        form.addRow("", self.dry_run)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.import_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Problems (file:line: column: problem)")))
        layout.addWidget(self.problems, 1)
        self.file_dialog: QFileDialog | None = None

    def _choose(self) -> None:
        dialog = QFileDialog(self, self.tr("Reference data file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("CSV files (*.csv *.txt)"))
        dialog.fileSelected.connect(self.file.setText)
        self.file_dialog = dialog
        dialog.open()

    def _stage(self, stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        texts = {
            "read": self.tr("Read {0} rows; checking every row…"),
            "checked": self.tr("Checked {0} rows; writing…"),
            "written": self.tr("Written: {0} rows"),
        }
        self.status.setText(texts.get(stage, "{0}").format(total))

    def start(self) -> None:
        imports, desk = self._admin.imports, self._desk
        kind, path = Kind(str(self.kind.currentData())), Path(self.file.text().strip())
        skip, dry = self.skip_bad_rows.isChecked(), self.dry_run.isChecked()
        relay = ProgressRelay(self._stage, self)
        self.problems.clear()
        self.progress.setRange(0, 0)  # busy until the file is read
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Reading {0}…").format(path.name))

        def run(session: Session) -> None:
            # The session is read on the store thread (its owner); the import itself runs on
            # the I/O thread with its own transaction, so scans are not held up behind a big
            # file.
            self._tasks.run_io(
                lambda: imports.run(session, kind, path, skip, dry, relay.emit_from_worker),
                self._done,
                on_failure=self._failed,
            )

        self._tasks.run_in_store(desk.require_session, run, on_failure=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.status.setText(failure_text(error))

    def _done(self, report: ImportReport) -> None:
        self.import_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        shown = [problem_text(report.file, p) for p in report.details]
        self.problems.addItems(shown or report.problems)
        name = Path(report.file).name
        n, problems = report.valid, len(report.problems)
        if report.problems and not report.written and not report.skipped_lines:
            text = (
                self.tr("%n problem: nothing imported from {0}", "", problems)
                if problems == 1
                else self.tr("%n problems: nothing imported from {0}", "", problems)
            )
        elif not report.written:
            text = (
                self.tr("%n row valid; nothing written (check only): {0}", "", n)
                if n == 1
                else self.tr("%n rows valid; nothing written (check only): {0}", "", n)
            )
        elif report.skipped_lines:
            text = (
                self.tr("%n row imported from {0}; bad rows skipped on lines {1}", "", n)
                if n == 1
                else self.tr("%n rows imported from {0}; bad rows skipped on lines {1}", "", n)
            )
        else:
            text = (
                self.tr("%n row imported from {0}; {1} changed", "", n)
                if n == 1
                else self.tr("%n rows imported from {0}; {1} changed", "", n)
            )
        lines = ", ".join(map(str, report.skipped_lines))
        self.status.setText(text.format(name, lines if report.skipped_lines else report.changed))
