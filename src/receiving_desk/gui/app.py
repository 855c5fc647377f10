"""Start the GUI: application, translations, crash handling, main window."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from receiving_desk.adapters.backup.lock import DeskRunningError
from receiving_desk.adapters.scanners.simulator import VirtualScanner
from receiving_desk.adapters.store.migrate import StoreTooNewError
from receiving_desk.bootstrap import Services
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.gui.sounds import Sounds
from receiving_desk.gui.window_state import WindowState
from receiving_desk.resources import resource

log = logging.getLogger(__name__)


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    locale = QLocale(language) if language else QLocale.system()
    installed = []
    for name, folder in (
        ("receiving_desk", str(resource("translations"))),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def create_window(services: Services, demo_scanner: VirtualScanner | None = None) -> MainWindow:
    window = MainWindow(services, Sounds(services.config.sound), demo_scanner)
    presenter = window.receiving.presenter

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        presenter.present_bug(kind, error, tb)

    sys.excepthook = hook  # exceptions escaping Qt slots reach the crash dialog and the log
    return window


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Receiving Desk")
    app.setOrganizationName("Receiving Desk")
    return app


def start_error_text(error: Exception) -> str:
    """The reason the desk cannot start, in the desk's language."""
    if isinstance(error, StoreTooNewError):
        return QCoreApplication.translate(
            "StartError",
            "The store {0} was upgraded by a newer version of Receiving Desk (schema "
            "revision {1}). This version cannot open it: install that version or newer, "
            "or restore a backup made by this version.",
        ).format(error.path, ", ".join(error.unknown))
    if isinstance(error, DeskRunningError):
        return QCoreApplication.translate(
            "StartError", "Receiving Desk is already running on {0} (process {1})."
        ).format(error.data_dir, error.holder or "?")
    return str(error)


def start_error_box(error: Exception) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("StartError", "Receiving Desk cannot start"),
        start_error_text(error),
    )
    box.setInformativeText(QCoreApplication.translate("StartError", "Nothing was changed."))
    return box


def show_start_error(error: Exception, language: str = "") -> int:
    """The desk cannot start (a newer store, a desk already running): say why in a dialog.
    Returns the exit status (2)."""
    app = _application()
    install_translations(app, language)
    start_error_box(error).exec()
    return 2


def run_gui(services: Services, demo_scanner: VirtualScanner | None = None) -> int:
    app = _application()
    install_translations(app, services.config.language)
    window = create_window(services, demo_scanner)
    window.window_state = WindowState(QSettings(), services.config.station_id)
    window.window_state.show(window)
    services.syncer.start()  # the background syncer (or the standalone stand-in)
    services.backups.start()  # scheduled backups, on their own thread
    log.info("desk %s started on %s", services.config.station_id, services.config.database_path)
    return app.exec()
