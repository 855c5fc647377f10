"""First run: a desk with no user opens this flow instead of the receiving view. The first
admin is created (and logged in at the desk, with a badge card PDF made on the spot), then
the station, scanners, printers and the central database or standalone. Every step after the
admin can be skipped and revisited from the admin's Settings. All work runs on the app
runtime's executors; the GUI thread only collects values and shows what happened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from receiving_desk.gui.messages import failure_text
from receiving_desk.gui.printer_settings import PrinterSettingsPage
from receiving_desk.gui.scanner_bridge import ScannerBridge
from receiving_desk.gui.scanner_settings import ScannerSettingsPage
from receiving_desk.gui.setup_forms import CentralActions, CentralForm, StationForm, status_label
from receiving_desk.gui.tasks import TaskManager
from receiving_desk.services.admin_app import AdminApp
from receiving_desk.services.app_ports import DeskApp
from receiving_desk.services.desk import Desk
from receiving_desk.services.desk_events import DeskResult


class AdminStep(QWidget):
    """The first admin: name, badge code, PIN twice. The badge card is made at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.badge = QLineEdit()
        self.badge.setPlaceholderText("BADGE-A001")
        self.pin = QLineEdit()
        self.pin_again = QLineEdit()
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.create_button = QPushButton(self.tr("Create the admin and log in"))
        self.card_button = QPushButton(self.tr("Open the badge card to print it"))
        self.card_button.setEnabled(False)
        self.status = status_label()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Badge code"), self.badge)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This desk has no users yet. Create its first administrator: they log in "
                "with the badge card printed now and their PIN, and add everyone else."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.create_button)
        layout.addWidget(self.card_button)
        layout.addWidget(self.status)
        layout.addStretch(1)


class SetupView(QWidget):
    """The steps in a list at the left, one page at a time, Back / Skip / Next below."""

    finished = Signal()

    def __init__(
        self,
        app: DeskApp,
        admin: AdminApp,
        desk: Desk,
        scanners: ScannerBridge,
        tasks: TaskManager,
        refresh: Callable[[], None],  # the receiving view re-renders (after the login)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._app, self._admin, self._desk, self._tasks = app, admin, desk, tasks
        self._refresh = refresh
        self._bridge = scanners
        self.card_path: Path | None = None
        station = app.station()
        self.admin_step = AdminStep()
        self.station_step = StationForm(station, self._save_station)
        self.scanner_step = ScannerSettingsPage(
            station.scanners, app.scanners, tasks, self._save_scanners
        )
        settings, desk_ = app.settings, desk
        self.printer_step = PrinterSettingsPage(
            app.printers,
            tasks,
            self._save_printers,
            allow_test=lambda url: settings.allow_test_label(desk_.require_session(), url),
        )
        self.central_step = CentralForm(
            station,
            admin.central_values(),
            CentralActions(self._test_central, self._pull, self._save_central),
        )
        self.done_step = QLabel()
        self.done_step.setWordWrap(True)
        self.done_step.setAlignment(Qt.AlignmentFlag.AlignTop)
        steps = (
            (self.admin_step, self.tr("1. First administrator")),
            (self.station_step, self.tr("2. Station")),
            (self.scanner_step, self.tr("3. Scanners")),
            (self.printer_step, self.tr("4. Printers")),
            (self.central_step, self.tr("5. Central database")),
            (self.done_step, self.tr("6. Done")),
        )
        self.pages = QStackedWidget()
        self.step_list = QListWidget()
        self.step_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.step_list.setMaximumWidth(240)
        for page, title in steps:
            self.pages.addWidget(page)
            self.step_list.addItem(title)
        self.step_list.currentRowChanged.connect(self._picked)  # any step, once there is an admin
        heading = QLabel(self.tr("Set up this desk"))
        font = QFont(heading.font())
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        heading.setFont(font)
        self.back_button = QPushButton(self.tr("Back"))
        self.skip_button = QPushButton(self.tr("Skip this step"))
        self.next_button = QPushButton(self.tr("Next"))
        self.back_button.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.skip_button.clicked.connect(lambda: self.go(self.pages.currentIndex() + 1))
        self.next_button.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        body = QHBoxLayout()
        body.addWidget(self.step_list)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.admin_step.create_button.clicked.connect(self._create_admin)
        self.admin_step.card_button.clicked.connect(self._open_card)
        scanners.scanned.connect(self.scanner_step.show_scan)
        self.go(0)

    # -- moving between steps ------------------------------------------------------------------
    def go(self, index: int) -> None:
        index = max(0, min(index, self.pages.count() - 1))
        self.pages.setCurrentIndex(index)
        self.step_list.setCurrentRow(index)
        first, last = index == 0, index == self.pages.count() - 1
        admin_made = self.card_path is not None
        self.back_button.setEnabled(not first and not (index == 1 and admin_made))
        # Nobody could log in without the first admin: that step cannot be skipped.
        self.skip_button.setVisible(not first and not last)
        self.next_button.setEnabled(not first or admin_made)
        self.next_button.setText(self.tr("Start receiving") if last else self.tr("Next"))
        if last:
            self.done_step.setText(self._summary())

    def _picked(self, row: int) -> None:
        if row != self.pages.currentIndex():
            self.go(row if self.card_path is not None else 0)

    def _next(self) -> None:
        if self.pages.currentIndex() == self.pages.count() - 1:
            self._bridge.scanned.disconnect(self.scanner_step.show_scan)
            self.finished.emit()
            return
        self.go(self.pages.currentIndex() + 1)

    def _summary(self) -> str:
        station = self._app.station()
        where = (
            self.tr("standalone")
            if station.standalone
            else self.tr("syncing with the central database")
        )
        return self.tr(
            "This desk is set up: station {0} at {1}, {2}.\n\nYou are logged in as the "
            "administrator. Add users and import products and returns from Desk → "
            "Administration; every step here is in Desk → Settings."
        ).format(station.station_id, station.site_name, where)

    # -- the first admin -----------------------------------------------------------------------
    def _create_admin(self) -> None:
        step = self.admin_step
        name, badge, pin = step.name.text().strip(), step.badge.text().strip(), step.pin.text()
        if pin != step.pin_again.text():
            step.status.setText(self.tr("The two PINs differ: type the same PIN twice"))
            return
        setup, desk = self._admin.setup, self._desk

        def create() -> DeskResult:
            setup.first_admin(badge, name, pin)
            desk.scan(badge)  # logs in at the desk as at any start: badge, then PIN
            return desk.submit_pin(pin)

        step.create_button.setEnabled(False)
        step.status.setText(self.tr("Creating…"))
        self._tasks.run_in_store(
            create,
            lambda _result: self._admin_created(badge, name),
            on_failure=self._admin_refused,
        )

    def _admin_refused(self, error: BaseException) -> None:
        self.admin_step.create_button.setEnabled(True)
        self.admin_step.status.setText(failure_text(error))

    def _admin_created(self, badge: str, name: str) -> None:
        step = self.admin_step
        for field in (step.pin, step.pin_again):
            field.clear()  # the PIN leaves the screen's memory
        for field in (step.name, step.badge):
            field.setReadOnly(True)
        self._refresh()
        path = self._app.station().data_dir / f"badge-{badge}.pdf"
        render = self._admin.badge_card

        def write_card() -> Path:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(render(badge, name, "admin"))
            return path

        self._tasks.run_io(write_card, self._card_written, on_failure=self._admin_refused)

    def _card_written(self, path: Path) -> None:
        self.card_path = path
        self.admin_step.card_button.setEnabled(True)
        self.admin_step.status.setText(
            self.tr("Administrator created and logged in. Badge card: {0}").format(path)
        )
        self.go(self.pages.currentIndex())  # Next is open now

    def _open_card(self) -> None:
        if self.card_path is not None:  # the system's PDF viewer prints it
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.card_path)))

    # -- station, scanners, printers, central (the admin's session, on the store thread) --------
    def _store(self, fn: Callable[[], Any], status: QLabel, done: Callable[[Any], str]) -> None:
        status.setText(self.tr("Working…"))
        self._tasks.run_in_store(
            fn,
            lambda result: status.setText(done(result)),
            on_failure=lambda error: status.setText(failure_text(error)),
        )

    def _save_station(self, values: dict[str, Any]) -> None:
        setup, desk = self._admin.setup, self._desk
        self._store(
            lambda: setup.save_station(desk.require_session(), values),
            self.station_step.status,
            lambda _: self.tr("Saved"),
        )

    def _save_scanners(self, settings: list[dict[str, Any]]) -> None:
        station, desk = self._app.settings, self._desk

        def saved(_: object) -> str:
            self._bridge.reconfigure(self._app.station().scanners)
            return self.tr("Saved and applied")

        self._store(
            lambda: station.save_scanners(desk.require_session(), settings),
            self.scanner_step.status,
            saved,
        )

    def _save_printers(self, table: dict[str, Any]) -> None:
        station, desk = self._app.settings, self._desk
        self._store(
            lambda: station.save_printers(desk.require_session(), table),
            self.printer_step.status,
            lambda _: self.tr("Saved and applied"),
        )

    def _test_central(self, values: dict[str, Any]) -> None:
        setup, desk = self._admin.setup, self._desk
        self._store(
            lambda: setup.check_central(desk.require_session(), values),
            self.central_step.status,
            lambda found: self.tr("Connected: {0}").format(found),
        )

    def _pull(self, values: dict[str, Any]) -> None:
        setup, desk, form = self._admin.setup, self._desk, self.central_step
        progress = ProgressRelay(form.show_progress, self)
        self._store(
            lambda: setup.pull_reference(desk.require_session(), values, progress.emit_from_worker),
            form.status,
            lambda rows: self.tr("Reference data pulled: {0} rows").format(rows),
        )

    def _save_central(self, values: dict[str, Any] | None) -> None:
        setup, desk = self._admin.setup, self._desk
        self._store(
            lambda: setup.save_central(desk.require_session(), values),
            self.central_step.status,
            lambda _: self.tr("Saved: the syncer uses it from the next start"),
        )


class ProgressRelay(QObject):
    """Progress reported on a worker thread, shown on the GUI thread (a queued signal)."""

    progressed = Signal(str, int, int)

    def __init__(self, show: Callable[[str, int, int], None], parent: QObject) -> None:
        super().__init__(parent)
        self.progressed.connect(show, Qt.ConnectionType.QueuedConnection)

    def emit_from_worker(self, stage: str, done: int, total: int) -> None:
        self.progressed.emit(stage, done, total)
