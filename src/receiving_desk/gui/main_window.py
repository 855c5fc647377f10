"""The main window: menus, status bar and the receiving view."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QInputDialog, QLabel, QMainWindow, QMessageBox, QWidget

from receiving_desk import __version__
from receiving_desk.bootstrap import Services
from receiving_desk.gui.generated.ui_main_window import Ui_MainWindow
from receiving_desk.gui.receiving_view import ReceivingView
from receiving_desk.gui.sounds import Sounds
from receiving_desk.gui.task_runner import TaskRunner
from receiving_desk.services.desk_view import DeskView


class MainWindow(QMainWindow):
    def __init__(self, services: Services, sounds: Sounds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.services = services
        self.db_worker = TaskRunner("db", self)
        self.sounds = sounds
        self.receiving = ReceivingView(services.new_desk(), self.db_worker, sounds, self)
        self.ui.pages.addWidget(self.receiving)
        self.ui.pages.setCurrentWidget(self.receiving)
        self.void_dialog: QInputDialog | None = None
        self._user_label = QLabel()
        self._station_label = QLabel(
            self.tr("Station {0} · {1}").format(
                services.config.station_id, services.config.site_name
            )
        )
        self.ui.statusBar.addWidget(self._user_label, 1)
        self.ui.statusBar.addPermanentWidget(self._station_label)
        self.setWindowTitle(self.tr("Receiving Desk — {0}").format(services.config.station_id))
        self._connect()

    def _connect(self) -> None:
        ui, view = self.ui, self.receiving
        ui.actionComplete.triggered.connect(view.complete)
        ui.actionUndo.triggered.connect(view.undo_last_scan)
        ui.actionLogout.triggered.connect(view.logout)
        ui.actionVoid.triggered.connect(self.ask_void_reason)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionShowLog.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.config.log_dir)))
        )
        ui.actionAbout.triggered.connect(self._about)
        view.rendered.connect(self._update_status)

    def ask_void_reason(self) -> None:
        """Void the open return. The service refuses anyone but a supervisor."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Void return"))
        dialog.setLabelText(self.tr("Why is this return voided? (audited)"))
        dialog.textValueSelected.connect(self.receiving.void)
        dialog.finished.connect(lambda _=0: setattr(self, "void_dialog", None))
        self.void_dialog = dialog
        dialog.open()

    def _about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Receiving Desk"))
        box.setText(
            self.tr("Receiving Desk {0}\nData: {1}").format(
                __version__, self.services.config.data_dir
            )
        )
        box.open()

    def _update_status(self, view: DeskView) -> None:
        if view.user_name:
            role = view.role.value if view.role else ""
            self._user_label.setText(self.tr("Logged in: {0} ({1})").format(view.user_name, role))
        else:
            self._user_label.setText(self.tr("Not logged in"))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Let queued database work finish: every acknowledged step is already committed, and
        # nothing in flight is dropped.
        self.db_worker.shutdown()
        super().closeEvent(event)
