"""Start the GUI: application, translations, crash handling, main window."""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from receiving_desk.bootstrap import Services
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.gui.sounds import Sounds
from receiving_desk.gui.start_probe import StartProbe
from receiving_desk.resources import resource

if TYPE_CHECKING:
    from receiving_desk.adapters.scanners.simulator import VirtualScanner

log = logging.getLogger(__name__)
# A scan crosses four threads (serial reader, scan journal, GUI, store worker); each hand-over
# waits for the GIL, by default up to 5 ms while another thread (the syncer, a label render)
# runs Python code. 1 ms keeps those waits out of the scan's latency.
GIL_SWITCH_INTERVAL_S = 0.001


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


def run_gui(
    services: Services, demo_scanner: VirtualScanner | None = None, quit_after_start: bool = False
) -> int:
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Receiving Desk")
    app.setOrganizationName("Receiving Desk")
    install_translations(app, services.config.language)
    window = create_window(services, demo_scanner)
    window.resize(1280, 860)
    if quit_after_start:
        StartProbe(window, window.receiving.rendered, window.receiving.current is not None)
    window.show()
    services.syncer.start()  # the background syncer (or the standalone stand-in)
    log.info("desk %s started on %s", services.config.station_id, services.config.database_path)
    return app.exec()
