"""Start the GUI: application, translations, the app runtime, crash handling, main window.

The runtime (tasks, message bridge, error presenter) belongs to the application; the
exception hook is installed here, by the start-up, and nowhere else: a window built in a test
leaves pytest-qt's exception capture in force.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from receiving_desk.gui.error_presenter import install_excepthook
from receiving_desk.gui.language import language_of, use_language
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.gui.runtime import AppRuntime
from receiving_desk.resources import resource
from receiving_desk.services.app_ports import DeskApp

log = logging.getLogger(__name__)


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """The catalogues for `language` (or the system's), and its font (see `language.py`)."""
    locale = QLocale(language) if language else QLocale.system()
    use_language(app, language_of(locale))
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


def create_window(app: DeskApp, runtime: AppRuntime | None = None) -> MainWindow:
    """The main window over `app`. Without a runtime it gets one of its own, shut down when
    the window closes (tests); the application passes the one it owns."""
    if runtime is not None:
        return MainWindow(app, runtime)
    own = AppRuntime(app.station().sound)
    window = MainWindow(app, own)
    own.setParent(window)
    return window


def run_gui(app: DeskApp) -> int:
    qt = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qt, QApplication)
    qt.setApplicationName("Receiving Desk")
    qt.setOrganizationName("Receiving Desk")
    station = app.station()
    install_translations(qt, station.language)
    runtime = AppRuntime(station.sound)
    restore_hook = install_excepthook(runtime.presenter)
    try:
        window = create_window(app, runtime)
        window.resize(1280, 860)
        window.show()
        app.start()  # the background syncer (or the standalone stand-in)
        log.info("desk %s started", station.station_id)
        return qt.exec()
    finally:
        runtime.shutdown()
        restore_hook()
