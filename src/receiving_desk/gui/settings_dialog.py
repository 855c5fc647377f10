"""The station settings dialog: scanners, scales and printers. Saving goes through the station-
settings use case on the store executor, which refuses anyone below supervisor; a refusal or
a bad setting takes the default failure path (the app's error presenter) and the page's
status line says it too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from receiving_desk.domain.barcodes.pin_scans import shown as pin_masked
from receiving_desk.gui.messages import failure_text
from receiving_desk.gui.printer_settings import PrinterSettingsPage
from receiving_desk.gui.scale_settings import ScaleSettingsPage
from receiving_desk.gui.scanner_bridge import ScannerBridge
from receiving_desk.gui.scanner_settings import ScannerSettingsPage
from receiving_desk.gui.screen_fit import resize_within, scrolled
from receiving_desk.gui.setup_forms import CentralActions, CentralForm, StationForm
from receiving_desk.gui.setup_view import ProgressRelay
from receiving_desk.gui.tasks import TaskManager
from receiving_desk.services.app_ports import DeskApp
from receiving_desk.services.desk import Desk


class SettingsDialog(QDialog):
    def __init__(
        self,
        app: DeskApp,
        desk: Desk,
        bridge: ScannerBridge,
        tasks: TaskManager,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        station = app.station()
        self.setWindowTitle(self.tr("Station settings — {0}").format(station.station_id))
        resize_within(self, 900, 760)
        self._app, self._desk, self._bridge, self._tasks = app, desk, bridge, tasks
        self.scanners = ScannerSettingsPage(station.scanners, app.scanners, tasks, self._save)
        self.scanners.shown_scan = lambda data: pin_masked(data, app.station().patterns)
        station_service = app.settings
        self.printers = PrinterSettingsPage(
            app.printers,
            tasks,
            self._save_printers,
            allow_test=lambda url: station_service.allow_test_label(desk.require_session(), url),
        )
        tabs = QTabWidget()
        tabs.addTab(scrolled(self.scanners), self.tr("Scanners"))
        tabs.addTab(scrolled(self.printers), self.tr("Printers"))
        self.scales = ScaleSettingsPage(station.scales, self._save_scales)
        tabs.insertTab(1, scrolled(self.scales), self.tr("Scales"))
        self.station_form: StationForm | None = None
        self.central_form: CentralForm | None = None
        if app.admin is not None:  # the first-run steps, revisited
            self.station_form = StationForm(station, self._save_station)
            self.central_form = CentralForm(
                station,
                app.admin.central_values(),
                CentralActions(self._test_central, self._pull, self._save_central),
            )
            tabs.addTab(scrolled(self.station_form), self.tr("Station"))
            tabs.addTab(scrolled(self.central_form), self.tr("Central database"))
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        bridge.scanned.connect(self.scanners.show_scan)
        self.finished.connect(lambda _=0: bridge.scanned.disconnect(self.scanners.show_scan))

    def _save(self, settings: list[dict[str, Any]]) -> None:
        desk, station = self._desk, self._app.settings
        self.scanners.status.setText(self.tr("Saving…"))
        self._tasks.run_in_store(
            lambda: station.save_scanners(desk.require_session(), settings),
            self._saved,
            on_failure=lambda error: self._show_failure(self.scanners.status, error),
        )

    def _save_scales(self, tables: list[dict[str, Any]]) -> None:
        desk, station = self._desk, self._app.settings
        self.scales.status.setText(self.tr("Saving…"))
        self._tasks.run_in_store(
            lambda: station.save_scales(desk.require_session(), tables),
            lambda _: self.scales.status.setText(self.tr("Saved and applied")),
            on_failure=lambda error: self._show_failure(self.scales.status, error),
        )

    def _save_printers(self, table: dict[str, Any]) -> None:
        desk, station = self._desk, self._app.settings
        self.printers.status.setText(self.tr("Saving…"))
        self._tasks.run_in_store(
            lambda: station.save_printers(desk.require_session(), table),
            lambda _: self.printers.status.setText(self.tr("Saved and applied")),
            on_failure=lambda error: self._show_failure(self.printers.status, error),
        )

    def _setup_op(self, fn: Callable[[], Any], status: QLabel, done: Callable[[Any], str]) -> None:
        status.setText(self.tr("Saving…"))
        self._tasks.run_in_store(
            fn,
            lambda result: status.setText(done(result)),
            on_failure=lambda error: self._show_failure(status, error),
        )

    def _save_station(self, values: dict[str, Any]) -> None:
        assert self._app.admin is not None and self.station_form is not None
        setup, desk = self._app.admin.setup, self._desk
        self._setup_op(
            lambda: setup.save_station(desk.require_session(), values),
            self.station_form.status,
            lambda _: self.tr("Saved and applied"),
        )

    def _test_central(self, values: dict[str, Any]) -> None:
        assert self._app.admin is not None and self.central_form is not None
        setup, desk = self._app.admin.setup, self._desk
        self._setup_op(
            lambda: setup.check_central(desk.require_session(), values),
            self.central_form.status,
            lambda found: self.tr("Connected: {0}").format(found),
        )

    def _pull(self, values: dict[str, Any]) -> None:
        assert self._app.admin is not None and self.central_form is not None
        setup, desk, form = self._app.admin.setup, self._desk, self.central_form
        relay = ProgressRelay(form.show_progress, self)
        self._setup_op(
            lambda: setup.pull_reference(desk.require_session(), values, relay.emit_from_worker),
            form.status,
            lambda rows: self.tr("Reference data pulled: {0} rows").format(rows),
        )

    def _save_central(self, values: dict[str, Any] | None) -> None:
        assert self._app.admin is not None and self.central_form is not None
        setup, desk = self._app.admin.setup, self._desk
        self._setup_op(
            lambda: setup.save_central(desk.require_session(), values),
            self.central_form.status,
            lambda _: self.tr("Saved: the syncer uses it from the next start"),
        )

    def _saved(self, _: object) -> None:
        self._bridge.reconfigure(self._app.station().scanners)
        self.scanners.status.setText(self.tr("Saved and applied"))

    def _show_failure(self, status: QLabel, error: BaseException) -> None:
        status.setText(failure_text(error))
