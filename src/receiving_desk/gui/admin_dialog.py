"""Administration at the desk (admins; the services check the role and audit every change
and refusal): users — add, change role, deactivate, reset PIN, badge card — and reference
data imported from files (products, customers, RMAs, bins), with progress and every problem
named file:line: column: problem. Everything runs on the runtime's executors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from receiving_desk.domain.reference_rows import Kind
from receiving_desk.domain.rules_reader import RulesFileError
from receiving_desk.domain.users import Role, Session, User
from receiving_desk.gui.code_words import role_text
from receiving_desk.gui.import_texts import problem_text
from receiving_desk.gui.messages import failure_text
from receiving_desk.gui.problem_texts import file_problem_text
from receiving_desk.gui.screen_fit import resize_within, scrolled
from receiving_desk.gui.setup_forms import status_label
from receiving_desk.gui.setup_view import ProgressRelay
from receiving_desk.gui.tasks import TaskManager
from receiving_desk.services.admin_app import AdminApp
from receiving_desk.services.desk import Desk
from receiving_desk.services.reference_import import ImportReport


class UsersPage(QWidget):
    def __init__(
        self,
        admin: AdminApp,
        desk: Desk,
        tasks: TaskManager,
        card_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._admin, self._desk, self._tasks = admin, desk, tasks
        self._card_folder = card_folder
        self.card_path: Path | None = None
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Badge"), self.tr("Name"), self.tr("Role"), self.tr("Active")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.badge = QLineEdit()
        self.badge.setPlaceholderText("BADGE-C002")
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_text(role.value), role.value)
        self.pin = QLineEdit()
        self.pin_again = QLineEdit()
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Badge code"), self.badge)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        self.add_button = QPushButton(self.tr("Add the user"))
        self.role_button = QPushButton(self.tr("Change the role"))
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.reset_button = QPushButton(self.tr("Reset the PIN"))
        self.card_button = QPushButton(self.tr("Badge card (PDF)"))
        self.open_card_button = QPushButton(self.tr("Open the badge card to print it"))
        self.open_card_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.reset_button.clicked.connect(self.reset_pin)
        self.card_button.clicked.connect(self.badge_card)
        self.open_card_button.clicked.connect(self._open_card)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.role_button,
            self.deactivate_button,
            self.reset_button,
            self.card_button,
            self.open_card_button,
        ):
            buttons.addWidget(button)
        self.status = status_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.reload()

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], str]) -> None:
        """A use case with the admin's session on the store thread, then the list again."""
        self.status.setText(self.tr("Working…"))

        def finished(result: Any) -> None:
            self.status.setText(done(result))
            self.reload()

        self._tasks.run_in_store(
            fn, finished, on_failure=lambda error: self.status.setText(failure_text(error))
        )

    def reload(self) -> None:
        users, desk = self._admin.users, self._desk
        self._tasks.run_in_store(
            lambda: users.users(desk.require_session()),
            self._show,
            on_failure=lambda error: self.status.setText(failure_text(error)),
        )

    def _show(self, users: list[User]) -> None:
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            cells = (
                user.badge,
                user.name,
                role_text(user.role.value),
                self.tr("yes") if user.active else self.tr("no"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            row = rows[0].row()
            for column, field in ((0, self.badge), (1, self.name)):
                item = self.table.item(row, column)
                field.setText(item.text() if item is not None else "")

    def _pin(self) -> str | None:
        if self.pin.text() != self.pin_again.text():
            self.status.setText(self.tr("The two PINs differ: type the same PIN twice"))
            return None
        pin = self.pin.text()
        self.pin.clear()
        self.pin_again.clear()
        return pin

    def add_user(self) -> None:
        pin = self._pin()
        if pin is None:
            return
        users, desk = self._admin.users, self._desk
        badge, name, role = self.badge.text().strip(), self.name.text(), self._role()
        self._run(
            lambda: users.add(desk.require_session(), badge, name, role, pin),
            lambda user: self.tr("Added {0} ({1})").format(user.name, user.badge),
        )

    def _role(self) -> Role:
        return Role(str(self.role.currentData()))

    def change_role(self) -> None:
        users, desk = self._admin.users, self._desk
        badge, role = self.badge.text().strip(), self._role()
        self._run(
            lambda: users.set_role(desk.require_session(), badge, role),
            lambda user: self.tr("{0} is now {1}").format(user.name, role_text(user.role.value)),
        )

    def deactivate(self) -> None:
        users, desk, badge = self._admin.users, self._desk, self.badge.text().strip()
        self._run(
            lambda: users.deactivate(desk.require_session(), badge),
            lambda user: self.tr("{0} can no longer log in").format(user.name),
        )

    def reset_pin(self) -> None:
        pin = self._pin()
        if pin is None:
            return
        users, desk, badge = self._admin.users, self._desk, self.badge.text().strip()
        self._run(
            lambda: users.reset_pin(desk.require_session(), badge, pin),
            lambda user: self.tr("New PIN set for {0}").format(user.name),
        )

    def badge_card(self) -> None:
        """Audited on the store thread (who printed whose card), drawn on the I/O thread."""
        admin, desk, badge = self._admin, self._desk, self.badge.text().strip()
        folder = self._card_folder

        def draw(user: User) -> None:
            path = folder / f"badge-{user.badge}.pdf"

            def write() -> Path:
                folder.mkdir(parents=True, exist_ok=True)
                path.write_bytes(
                    admin.badge_card(user.badge, user.name, role_text(user.role.value))
                )
                return path

            self._tasks.run_io(
                write,
                self._card_written,
                on_failure=lambda error: self.status.setText(failure_text(error)),
            )

        self._tasks.run_in_store(
            lambda: admin.users.badge_card(desk.require_session(), badge),
            draw,
            on_failure=lambda error: self.status.setText(failure_text(error)),
        )

    def _card_written(self, path: Path) -> None:
        self.card_path = path
        self.open_card_button.setEnabled(True)
        self.status.setText(self.tr("Badge card saved: {0}").format(path))

    def _open_card(self) -> None:
        if self.card_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.card_path)))


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


class RulesPage(QWidget):
    """A new rules file: compared with the rules in force, then loaded (admins; a file that
    fails validation is refused with file:line: problem, and the refusal is audited)."""

    def __init__(self, admin: AdminApp, desk: Desk, tasks: TaskManager) -> None:
        super().__init__()
        self._admin, self._desk, self._tasks = admin, desk, tasks
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("a rules file (TOML)"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        self.compare_button = QPushButton(self.tr("Compare with the rules in force"))
        self.load_button = QPushButton(self.tr("Load these rules"))
        self.compare_button.clicked.connect(self.compare)
        self.load_button.clicked.connect(self.load)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.load_button)
        self.changes = QListWidget()
        self.status = status_label()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.changes, 1)
        self.file_dialog: QFileDialog | None = None

    def _choose(self) -> None:
        dialog = QFileDialog(self, self.tr("Rules file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Rules files (*.toml)"))
        dialog.fileSelected.connect(self.file.setText)
        self.file_dialog = dialog
        dialog.open()

    def _refused(self, error: BaseException) -> None:
        # A rules file's own problem is named as file:line: problem; anything else as usual.
        self.status.setText(
            file_problem_text(error.located)
            if isinstance(error, RulesFileError)
            else failure_text(error)
        )

    def compare(self) -> None:
        rules, path = self._admin.rules, Path(self.file.text().strip())
        self.changes.clear()
        self._tasks.run_io(
            lambda: rules.preview(path),
            self._compared,
            on_failure=self._refused,
            handles=(RulesFileError,),
        )

    def _compared(self, lines: list[str]) -> None:
        self.changes.addItems(lines)
        self.status.setText(self.tr("Changes against the rules in force:"))

    def load(self) -> None:
        rules, desk, path = self._admin.rules, self._desk, Path(self.file.text().strip())
        self._tasks.run_in_store(
            lambda: rules.load(desk.require_session(), path),
            lambda done: self.status.setText(
                self.tr("Rules {0} in force from the next start").format(done[0].version)
            ),
            on_failure=self._refused,
            handles=(RulesFileError,),
        )


class AdminDialog(QDialog):
    def __init__(
        self,
        admin: AdminApp,
        desk: Desk,
        tasks: TaskManager,
        card_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Administration"))
        resize_within(self, 1000, 700)
        self.users = UsersPage(admin, desk, tasks, card_folder)
        self.imports = ImportPage(admin, desk, tasks)
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolled(self.users), self.tr("Users"))
        self.tabs.addTab(scrolled(self.imports), self.tr("Reference data"))
        self.rules = RulesPage(admin, desk, tasks)
        self.tabs.addTab(scrolled(self.rules), self.tr("Rules"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
