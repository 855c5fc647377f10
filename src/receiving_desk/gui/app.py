"""Start the GUI: application, translations, crash handling, main window."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from receiving_desk.adapters.scanners.simulator import VirtualScanner
from receiving_desk.bootstrap import Services
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.gui.sounds import Sounds
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


_fallback_fonts: list[str] = []


def install_fallback_fonts() -> list[str]:
    """The bundled CJK font joins the system's fonts (once per process), so Chinese and Korean
    names and translations render even where the system has no CJK font (a minimal Linux
    install shows empty boxes otherwise); the system's own fonts still come first."""
    if not _fallback_fonts:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", "DroidSansFallback.ttf")))
        if font_id < 0:
            log.warning("the bundled CJK font did not load: CJK text needs system fonts")
            _fallback_fonts.append("")
        else:
            _fallback_fonts.extend(QFontDatabase.applicationFontFamilies(font_id))
    return [family for family in _fallback_fonts if family]


def create_window(services: Services, demo_scanner: VirtualScanner | None = None) -> MainWindow:
    install_fallback_fonts()
    window = MainWindow(services, Sounds(services.config.sound), demo_scanner)
    presenter = window.receiving.presenter

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        presenter.present_bug(kind, error, tb)

    sys.excepthook = hook  # exceptions escaping Qt slots reach the crash dialog and the log
    return window


def run_gui(services: Services, demo_scanner: VirtualScanner | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Receiving Desk")
    app.setOrganizationName("Receiving Desk")
    app.setWindowIcon(QIcon(str(resource("icons", "receiving-desk.png"))))
    app.setDesktopFileName("receiving-desk")  # Wayland/X11 match the window to its .desktop
    install_translations(app, services.config.language)
    window = create_window(services, demo_scanner)
    window.resize(1280, 860)
    window.show()
    services.syncer.start()  # the background syncer (or the standalone stand-in)
    log.info("desk %s started on %s", services.config.station_id, services.config.database_path)
    return app.exec()
