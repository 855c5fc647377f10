"""The station settings dialog (scanners for now). Saving goes through the station-settings
use case on the database worker, which refuses anyone below supervisor."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from receiving_desk.bootstrap import Services
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.gui.messages import error_text
from receiving_desk.gui.printer_settings import PrinterSettingsPage
from receiving_desk.gui.scanner_bridge import ScannerBridge
from receiving_desk.gui.scanner_settings import ScannerSettingsPage
from receiving_desk.gui.task_runner import TaskRunner
from receiving_desk.services.desk import Desk


class SettingsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        desk: Desk,
        bridge: ScannerBridge,
        db_worker: TaskRunner,
        io_worker: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Station settings — {0}").format(services.config.station_id))
        self.resize(900, 760)
        self._services, self._desk, self._bridge, self._db = services, desk, bridge, db_worker
        self.scanners = ScannerSettingsPage(services.config.scanners, io_worker, self._save)
        self.printers = PrinterSettingsPage(services.printers, io_worker, self._save_printers)
        tabs = QTabWidget()
        tabs.addTab(self.scanners, self.tr("Scanners"))
        tabs.addTab(self.printers, self.tr("Printers"))
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        bridge.scanned.connect(self.scanners.show_scan)
        self.finished.connect(lambda _=0: bridge.scanned.disconnect(self.scanners.show_scan))

    def _save(self, settings: list[dict[str, Any]]) -> None:
        desk, services = self._desk, self._services

        def save() -> None:
            if desk.session is None:
                raise DeskError(ErrorCode.NOT_LOGGED_IN)
            services.station.save_scanners(desk.session, settings)

        self.scanners.status.setText(self.tr("Saving…"))
        self._db.run(save, self._saved, self._failed)

    def _save_printers(self, table: dict[str, Any]) -> None:
        desk, services = self._desk, self._services

        def save() -> None:
            if desk.session is None:
                raise DeskError(ErrorCode.NOT_LOGGED_IN)
            services.station.save_printers(desk.session, table)

        self.printers.status.setText(self.tr("Saving…"))
        self._db.run(
            save,
            lambda _: self.printers.status.setText(self.tr("Saved and applied")),
            lambda error: self._show_failure(self.printers.status, error),
        )

    def _saved(self, _: object) -> None:
        self._bridge.reconfigure(self._services.config.scanners)
        self.scanners.status.setText(self.tr("Saved and applied"))

    def _failed(self, error: BaseException) -> None:
        self._show_failure(self.scanners.status, error)

    def _show_failure(self, status: QLabel, error: BaseException) -> None:
        if isinstance(error, DeskError):
            status.setText(error_text(error))
        elif isinstance(error, ValueError):
            status.setText(self.tr("Not saved: {0}").format(error))
        else:
            raise error
