"""Administration → Rules: a new rules file compared with the rules in force (centrally: the
site's newest version), then loaded (admins; a file that fails validation is refused with
file:line: problem, and the refusal is audited)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from receiving_desk.domain.rules_reader import RulesFileError
from receiving_desk.gui.messages import failure_text
from receiving_desk.gui.problem_texts import file_problem_text
from receiving_desk.gui.setup_forms import status_label
from receiving_desk.gui.tasks import TaskManager
from receiving_desk.services.admin_app import AdminApp
from receiving_desk.services.desk import Desk
from receiving_desk.services.rules_admin import RulesChange, RulesLoaded


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

    def _compared(self, found: list[RulesChange]) -> None:
        self.changes.addItems([change_text(c) for c in found])
        self.status.setText(self.tr("Changes against the rules in force:"))

    def load(self) -> None:
        rules, desk, path = self._admin.rules, self._desk, Path(self.file.text().strip())
        self._tasks.run_in_store(
            lambda: rules.load(desk.require_session(), path),
            self._loaded,
            on_failure=self._refused,
            handles=(RulesFileError,),
        )

    def _loaded(self, done: RulesLoaded) -> None:
        version = done.rules.version
        if done.installed is not None:  # in force in this running desk already
            text = self.tr("Rules version {0} in force")
        elif done.unchanged:
            text = self.tr("Rules {0} are already the site's rules: nothing changed")
        else:
            text = self.tr(
                "Rules {0} loaded centrally: every desk of the site, this one too, puts them "
                "in force at its next pull"
            )
        self.status.setText(text.format(version))


def change_text(change: RulesChange) -> str:
    """One change of a new rules file in the desk's language; codes and ids as the file has
    them."""

    if change.what == "version":
        return QCoreApplication.translate("RulesPage", "Version: {0} → {1}").format(
            change.value, change.new
        )
    texts = {
        ("+", "category"): QCoreApplication.translate("RulesPage", "New category: {0}"),
        ("-", "category"): QCoreApplication.translate("RulesPage", "Category removed: {0}"),
        ("+", "grade"): QCoreApplication.translate("RulesPage", "New grade: {0}"),
        ("-", "grade"): QCoreApplication.translate("RulesPage", "Grade removed: {0}"),
        ("+", "condition"): QCoreApplication.translate("RulesPage", "New found condition: {0}"),
        ("-", "condition"): QCoreApplication.translate("RulesPage", "Found condition removed: {0}"),
        ("+", "rule"): QCoreApplication.translate("RulesPage", "New rule: {0}"),
        ("-", "rule"): QCoreApplication.translate("RulesPage", "Rule removed: {0}"),
        ("~", "rule"): QCoreApplication.translate("RulesPage", "Rule changed: {0}"),
    }
    return texts.get((change.sign, change.what), str(change)).format(change.value)
