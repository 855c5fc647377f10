"""Administration at the desk (admins; the services check the role and audit every change
and refusal): users — add, change role, deactivate, reset PIN, badge card — here; reference
data imported from files (admin_imports.py), bin labels (admin_bins.py) and the rules file
(admin_rules.py) on their own tabs. Everything runs on the runtime's executors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from receiving_desk.domain.users import Role, User
from receiving_desk.gui.admin_bins import BinsPage
from receiving_desk.gui.admin_imports import ImportPage
from receiving_desk.gui.admin_rules import RulesPage
from receiving_desk.gui.code_words import role_text
from receiving_desk.gui.messages import failure_text
from receiving_desk.gui.screen_fit import resize_within, scrolled
from receiving_desk.gui.setup_forms import status_label
from receiving_desk.gui.tasks import TaskManager
from receiving_desk.services.admin_app import AdminApp
from receiving_desk.services.desk import Desk


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
        self.bins = BinsPage(admin.bin_labels, desk, tasks)
        self.tabs.addTab(scrolled(self.bins), self.tr("Bins"))
        self.rules = RulesPage(admin, desk, tasks)
        self.tabs.addTab(scrolled(self.rules), self.tr("Rules"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
