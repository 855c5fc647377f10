"""The main window: menus, status bar and the receiving view.

It is given the app's runtime (tasks, message bridge, error presenter, sounds) and the
station's settings, and shows its first screen at once; the `DeskApp` facade is attached
when the store is open (`attach`), and only then do the status bar's ports, the scanners and
the scales start. It knows no adapter. Failures take the runtime's default path.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from receiving_desk import __version__
from receiving_desk.domain.barcodes.pin_scans import shown as pin_masked
from receiving_desk.domain.users import Permission
from receiving_desk.gui.camera_dialog import CameraDialog, cameras  # Qt Multimedia: on use
from receiving_desk.gui.generated.ui_main_window import Ui_MainWindow
from receiving_desk.gui.idle_watch import IdleWatch
from receiving_desk.gui.messages import role_text, scanner_state_text
from receiving_desk.gui.receiving_view import ReceivingView
from receiving_desk.gui.role_gate import RoleGate
from receiving_desk.gui.runtime import AppRuntime
from receiving_desk.gui.scan_guard import ScanGuard
from receiving_desk.gui.scan_router import ScanRouter
from receiving_desk.gui.scanner_bridge import ScannerBridge
from receiving_desk.gui.screen_fit import resize_within
from receiving_desk.gui.status_fit import StatusFit
from receiving_desk.gui.window_state import WindowState
from receiving_desk.services.app_ports import (
    DeskApp,
    ScannerStatusView,
    StationView,
)
from receiving_desk.services.desk_view import DeskView

if TYPE_CHECKING:  # loaded on first use (or with the store): the first screen needs none
    from receiving_desk.gui.admin_dialog import AdminDialog
    from receiving_desk.gui.backup_status import BackupStatusLabel
    from receiving_desk.gui.demo_player import DemoScriptPlayer
    from receiving_desk.gui.override_dialog import OverrideDialog
    from receiving_desk.gui.printer_status import PrinterStatus
    from receiving_desk.gui.reports_view import ReportsView
    from receiving_desk.gui.rules_status import RulesStatus
    from receiving_desk.gui.scale_bridge import ScaleBridge
    from receiving_desk.gui.settings_dialog import SettingsDialog
    from receiving_desk.gui.setup_view import SetupView
    from receiving_desk.gui.stock_dialog import StockDialog
    from receiving_desk.gui.sync_status import SyncStatusLabel


class MainWindow(QMainWindow):
    app: DeskApp  # set by `attach`, once the store is open

    def __init__(
        self, station: StationView, runtime: AppRuntime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.station = station  # as started; `app.station()` once attached (it changes)
        self.runtime = runtime
        self.tasks = runtime.tasks
        self.bridge = runtime.bridge
        self.settings_dialog: SettingsDialog | None = None
        self.sounds = runtime.sounds
        self.receiving = ReceivingView(None, self.tasks, self.sounds, self)
        self.receiving.shown_scan = lambda data: pin_masked(data, self._station().patterns)
        self.idle_watch = IdleWatch(self.receiving, self)
        runtime.presenter.attach(self.receiving.banner, lambda: self)
        self.scanners = ScannerBridge(None, self)
        self.ui.pages.addWidget(self.receiving)
        self.ui.pages.setCurrentWidget(self.receiving)
        self.void_dialog: QInputDialog | None = None
        self.photo_dialog: QFileDialog | None = None
        self.camera_dialog: CameraDialog | None = None
        self.override_dialog: OverrideDialog | None = None
        self._user_label = QLabel()
        # The station by its id (the status bar is shared); the site in its tooltip.
        self._station_label = QLabel(self.tr("Station {0}").format(station.station_id))
        self._station_label.setToolTip(station.site_name)
        self._scanner_label = QLabel()
        self._printer_label = QLabel()
        self.ui.statusBar.addWidget(self._user_label, 1)
        self.ui.statusBar.addPermanentWidget(self._printer_label)
        self.ui.statusBar.addPermanentWidget(self._scanner_label)
        self.printer_status: PrinterStatus | None = None  # these three: once attached
        self._sync_label = QLabel()
        self.ui.statusBar.addPermanentWidget(self._sync_label)
        self.sync_status: SyncStatusLabel | None = None
        self._backup_label = QLabel()
        self.ui.statusBar.addPermanentWidget(self._backup_label)
        self.backup_status: BackupStatusLabel | None = None
        self.window_state: WindowState | None = None  # set by the app: saved on close
        self.stock_dialog: StockDialog | None = None
        self.reports_view: ReportsView | None = None
        self.ui.statusBar.addPermanentWidget(self._station_label)
        self.rules_status: RulesStatus | None = None
        self.scan_router: ScanRouter | None = None  # made when the desk goes live
        self._scale_label = QLabel()
        self.ui.statusBar.addPermanentWidget(self._scale_label)
        self.scales: ScaleBridge | None = None
        self.setWindowTitle(self.tr("Receiving Desk — {0}").format(station.station_id))
        # Sound switched on but impossible: say so on screen, a clerk relies on the sounds.
        self._sound_label = QLabel(self.tr("No sound: no audio device"))
        self._sound_label.setStyleSheet("color:#b71c1c;font-weight:bold;")
        self._sound_label.hide()
        self.ui.statusBar.addPermanentWidget(self._sound_label)
        self.sounds.silent.connect(lambda _why: self._sound_label.show())
        # What gives way first when the parts do not fit (1366×768 at 125 %, long languages).
        self.status_fit = StatusFit(self.ui.statusBar, [
            (self._sound_label, 90), (self._printer_label, 80), (self._user_label, 70),
            (self._sync_label, 60), (self._scanner_label, 50), (self._station_label, 20),
            (self._backup_label, 10),
        ])  # fmt: skip
        # The window fits a 1366×768 screen at 125 % scaling; the details scroll.
        self.setMinimumSize(800, 500)
        self.scan_guard = ScanGuard(self._scan_fields, self._owns, self)
        QApplication.instance().installEventFilter(self.scan_guard)  # type: ignore[union-attr]
        ui = self.ui
        self.role_gate = RoleGate(
            self.receiving,
            self.tasks,
            {
                Permission.VOID_RETURN: [ui.actionVoid],
                Permission.OVERRIDE_DISPOSITION: [self.receiving.ui.overrideButton],
                Permission.CONFIGURE_STATION: [ui.actionSettings],
                Permission.RUN_REPORTS: [ui.actionReports],
                Permission.SYNC_NOW: [ui.actionSyncNow],
            },
        )
        # What acts on the desk waits for its store (the role gate keeps the rest off).
        self._needs_store = [ui.actionComplete, ui.actionUndo, ui.actionLogout, ui.actionStock]
        for action in self._needs_store:
            action.setEnabled(False)
        self._connect()
        self.demo_player: DemoScriptPlayer | None = None
        self.setup_view: SetupView | None = None
        self.admin_dialog: AdminDialog | None = None
        self._closed = False

    @property
    def live(self) -> bool:
        return self.receiving.live

    @property
    def closed(self) -> bool:
        return self._closed

    def _station(self) -> StationView:
        return self.app.station() if self.live else self.station

    def attach(self, app: DeskApp) -> None:
        """The store is open: the desk, its status ports, the scanners and scales go live;
        lines typed meanwhile go to the scan journal now, in order."""
        from receiving_desk.gui.backup_status import BackupStatusLabel
        from receiving_desk.gui.printer_status import PrinterStatus
        from receiving_desk.gui.rules_status import RulesStatus
        from receiving_desk.gui.scale_bridge import ScaleBridge
        from receiving_desk.gui.sync_status import SyncStatusLabel

        self.app = app
        self.station = app.station()
        self.receiving.attach(app.new_desk())
        for action in self._needs_store:
            action.setEnabled(True)
        self.printer_status = PrinterStatus(app.printers, self._printer_label)
        self.sync_status = SyncStatusLabel(app.sync, self._sync_label)
        self.backup_status = BackupStatusLabel(app.backups, self._backup_label)
        self.rules_status = RulesStatus(  # a new version in force: the banner says so
            app.rules, self.receiving, self._station_label, self.tasks, app.rules_watch
        )
        if app.scales is not None:
            self.scales = ScaleBridge(
                app.scales, self.receiving, self.tasks, self.receiving.weight,
                self._scale_label, self.bridge, self,
            )  # fmt: skip
        if app.demo is not None:
            from receiving_desk.gui.demo_player import DemoScriptPlayer

            self.demo_player = DemoScriptPlayer(app.demo, self.tasks, self)
            action = self.ui.menuDesk.addAction(self.tr("Play the demo scan script"))
            action.triggered.connect(self.demo_player.play)
        if app.admin is not None:
            admin_action = self.ui.menuDesk.addAction(self.tr("Administration…"))
            admin_action.triggered.connect(self.open_admin)
            self.tasks.run_in_store(app.admin.setup.needs_setup, self._first_run)
        self.scanners.attach(app.scanners)
        self.scan_router = ScanRouter(self.scanners, self.receiving, self)
        self._route_scans()
        self.scanners.start()
        if self.scales is not None:
            self.scales.start()

    def _connect(self) -> None:
        ui, view = self.ui, self.receiving
        view.line_entered.connect(self.scanners.keyboard_line)
        view.photo_requested.connect(self.ask_photo)
        view.override_requested.connect(self.ask_override)
        self.scan_guard.scanned.connect(view.submit_line)
        self.scan_guard.undo.connect(ui.actionUndo.trigger)
        self.scanners.status_changed.connect(self._scanner_status)
        self.scanners.trouble.connect(self._journal_trouble)
        ui.actionComplete.triggered.connect(view.complete)
        ui.actionUndo.triggered.connect(view.undo_last_scan)
        ui.actionLogout.triggered.connect(view.logout)
        ui.actionVoid.triggered.connect(self.ask_void_reason)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionStock.triggered.connect(self.open_stock)
        ui.actionSyncNow.triggered.connect(self.sync_now)
        ui.actionReports.triggered.connect(self.open_reports)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionShowLog.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._station().log_dir)))
        )
        ui.actionAbout.triggered.connect(self._about)
        view.rendered.connect(self._update_status)

    def _scan_fields(self) -> set[QWidget]:
        """Text fields that take scans themselves (the scan box, a dialog's scan field)."""
        fields: set[QWidget] = {self.receiving.ui.scanInput}
        if self.stock_dialog is not None:
            fields.add(self.stock_dialog.scan_field)
        return fields

    def _owns(self, widget: QWidget) -> bool:
        window = widget.window()
        return window is self or window.parentWidget() is self

    def ask_void_reason(self) -> None:
        """Void the open return: the reason is asked only of whoever may void."""
        self.role_gate.then(Permission.VOID_RETURN, "void", self._ask_void_reason)

    def _ask_void_reason(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Void return"))
        dialog.setLabelText(self.tr("Why is this return voided? (audited)"))
        dialog.textValueSelected.connect(self.receiving.void)
        dialog.finished.connect(lambda _=0: setattr(self, "void_dialog", None))
        self.void_dialog = dialog
        dialog.open()

    def ask_photo(self) -> None:
        """From the camera if the desk has one (the clerk may still pick a file)."""
        found = cameras()
        if found:
            choice = QMessageBox(self)
            choice.setWindowTitle(self.tr("Add a photo of the unit"))
            camera = choice.addButton(self.tr("Camera"), QMessageBox.ButtonRole.AcceptRole)
            choice.addButton(self.tr("From a file…"), QMessageBox.ButtonRole.ActionRole)
            choice.buttonClicked.connect(
                lambda button: (
                    self.open_camera(found[0]) if button is camera else self.ask_photo_file()
                )
            )
            choice.open()
            return
        self.ask_photo_file()

    def open_camera(self, device: object) -> None:
        dialog = CameraDialog(device, self)
        dialog.captured.connect(self.add_photo_file)
        self.camera_dialog = dialog
        dialog.open()

    def ask_photo_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Add a photo of the unit"))
        dialog.setNameFilter(self.tr("Photos (*.jpg *.jpeg *.png *.webp *.heic)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.add_photo_file)
        self.photo_dialog = dialog
        dialog.open()

    def add_photo_file(self, path: str) -> None:
        """Copy the photo in off the GUI thread, then reference it on the unit."""
        photos = self.app.photos
        self.tasks.run_io(lambda: photos.add(Path(path)), self.receiving.add_photo)

    def ask_override(self) -> None:
        self.role_gate.then(Permission.OVERRIDE_DISPOSITION, "start_override", self._ask_override)

    def _ask_override(self) -> None:
        from receiving_desk.gui.override_dialog import OverrideDialog

        dialog = OverrideDialog(self)
        dialog.accepted.connect(lambda: self.receiving.override(*dialog.chosen()))
        self.override_dialog = dialog
        dialog.open()

    def sync_now(self) -> None:
        """Supervisors only (checked by the service); the sync itself runs on its thread."""
        desk, sync = self.receiving.desk, self.app.sync
        self.tasks.run_in_store(
            lambda: sync.sync_now(desk.require_session()),
            lambda _: self.bridge.confirm(self.tr("Sync requested")),
        )

    def open_reports(self) -> None:
        """Supervisors and admins; the report service checks the permission again."""
        self.role_gate.then(Permission.RUN_REPORTS, "open_reports", self._open_reports)

    def _open_reports(self) -> None:
        shown = self.receiving.current  # the snapshot on screen, not the desk's live state
        session = shown.session if shown is not None else None
        if session is None:  # logged out while the service was asked
            return
        # The reports stack (queries, charts, reportlab) loads when a supervisor asks for it.
        from receiving_desk.gui.reports_view import ReportsView

        view = ReportsView(
            self.app.reports, session, self.app.station(), self.tasks, evidence=self.app.evidence
        )
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        resize_within(view, 1400, 900)
        view.destroyed.connect(lambda _=None: setattr(self, "reports_view", None))
        self.reports_view = view
        view.show()

    def open_stock(self) -> None:
        from receiving_desk.gui.stock_dialog import StockDialog

        dialog = StockDialog(self.app, self.receiving.desk, self.tasks, self)
        dialog.finished.connect(lambda _=0: setattr(self, "stock_dialog", None))
        self.stock_dialog = dialog
        dialog.open()

    def open_settings(self) -> None:
        """Supervisors and admins; nobody with no one logged in."""
        self.role_gate.then(Permission.CONFIGURE_STATION, "open_settings", self._open_settings)

    def _open_settings(self) -> None:
        from receiving_desk.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.app, self.receiving.desk, self.scanners, self.tasks, self)
        dialog.finished.connect(self._settings_closed)
        if self.scales is not None:
            self.scales.attach(dialog.scales.show_reading, dialog)
        self.settings_dialog = dialog
        self._route_scans()
        dialog.open()

    def _settings_closed(self) -> None:
        self.settings_dialog = None
        self._route_scans()

    def _first_run(self, needed: bool) -> None:
        """A desk with no user opens the setup flow instead of the receiving view."""
        if not needed or self.app.admin is None or self._closed:
            return  # (closed before the store answered: nothing to set up)
        from receiving_desk.gui.setup_view import SetupView

        view = SetupView(
            self.app, self.app.admin, self.receiving.desk, self.scanners, self.tasks,
            self.receiving.refresh,
        )  # fmt: skip
        view.finished.connect(self._setup_done)
        self.setup_view = view
        self._route_scans()
        self.ui.pages.addWidget(view)
        self.ui.pages.setCurrentWidget(view)

    def _setup_done(self) -> None:
        view, self.setup_view = self.setup_view, None
        self._route_scans()
        self.ui.pages.setCurrentWidget(self.receiving)
        self.receiving.refresh()
        if view is not None:
            self.ui.pages.removeWidget(view)
            view.deleteLater()

    def open_admin(self) -> None:
        """Admins; each use case checks the role again (and audits a refusal)."""
        if self.app.admin is None:
            return
        from receiving_desk.gui.admin_dialog import AdminDialog

        dialog = AdminDialog(
            self.app.admin, self.receiving.desk, self.tasks, self.app.station().data_dir, self
        )
        dialog.finished.connect(lambda _=0: setattr(self, "admin_dialog", None))
        self.admin_dialog = dialog
        dialog.open()

    def _about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Receiving Desk"))
        box.setText(
            self.tr("Receiving Desk {0}\nData: {1}").format(__version__, self._station().data_dir)
        )
        box.open()

    def _update_status(self, view: DeskView) -> None:
        self.role_gate.offer(view.session)
        if view.user_name:
            role = role_text(view.role.value) if view.role else ""
            self._user_label.setText(self.tr("Logged in: {0} ({1})").format(view.user_name, role))
        else:
            self._user_label.setText(self.tr("Not logged in"))

    def _route_scans(self) -> None:
        """While the settings or the setup are open, scans test the scanners there."""
        if self.scan_router is not None:
            self.scan_router.testing(
                self.settings_dialog is not None or self.setup_view is not None
            )

    def _scanner_status(self, status: ScannerStatusView) -> None:
        parts = []
        for name, known in sorted(self.scanners.statuses.items()):
            colour = "#1b5e20" if known.state == "connected" else "#b71c1c"
            text = scanner_state_text(known.state)
            parts.append(f'<span style="color:{colour}">● {name}: {text}</span>')
        self._scanner_label.setText("  ".join(parts))
        if status.state == "disconnected":
            self.bridge.warn(
                self.tr("Scanner {0} disconnected — check its cable").format(status.source)
            )
        elif status.state == "connected":
            self.bridge.confirm(self.tr("Scanner {0} connected").format(status.source))

    def _journal_trouble(self, error: BaseException | None) -> None:
        """Scans wait in memory while the store refuses them: say why, and when it is over."""
        if error is not None:
            self.bridge.report(error)
        else:
            self.bridge.confirm(self.tr("The local database takes scans again"))

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt API name
        # Scans already journaled stay in the journal; queued database work finishes, so
        # nothing acknowledged or in flight is dropped.
        self._closed = True
        self.idle_watch.stop()
        if self.window_state is not None:
            self.window_state.save(self)
        if self.reports_view is not None:
            self.reports_view.close()
        if self.demo_player is not None:
            self.demo_player.stop()
        self.scanners.stop()
        if self.rules_status is not None:
            self.rules_status.stop()
        if self.scales is not None:
            self.scales.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scan_guard)
        if self.runtime.parent() is self:  # a runtime made for this window alone
            self.runtime.shutdown()
        super().closeEvent(event)
