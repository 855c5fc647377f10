"""Start the GUI: application, translations, the app runtime, crash handling, main window.

The runtime (tasks, message bridge, error presenter) belongs to the application; the
exception hook is installed here, by the start-up, and nowhere else: a window built in a test
leaves pytest-qt's exception capture in force.

The window's first screen is painted before the store is opened: the composition root's
`open_app` (store, schema check, services) runs on the store executor after that paint
(`desk_opening.py`), and the window goes live when it returns.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from receiving_desk.gui.desk_opening import DeskOpening
from receiving_desk.gui.error_presenter import install_excepthook
from receiving_desk.gui.language import language_of, use_language
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.gui.runtime import AppRuntime
from receiving_desk.gui.start_probe import LIVE_PREFIX, StartProbe, print_now
from receiving_desk.gui.window_state import WindowState
from receiving_desk.resources import resource
from receiving_desk.services.app_ports import DeskApp, StationView

log = logging.getLogger(__name__)
# A scan crosses four threads (serial reader, scan journal, GUI, store worker); each hand-over
# waits for the GIL, by default up to 5 ms while another thread (the syncer, a label render)
# runs Python code. 1 ms keeps those waits out of the scan's latency.
GIL_SWITCH_INTERVAL_S = 0.001


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


def create_window(app: DeskApp, runtime: AppRuntime | None = None) -> MainWindow:
    """The main window over `app`, live at once (its store is open). Without a runtime it
    gets one of its own, shut down when the window closes (tests)."""
    install_fallback_fonts()
    own = runtime or AppRuntime(app.station().sound)
    window = MainWindow(app.station(), own)
    if runtime is None:
        own.setParent(window)
    window.attach(app)
    return window


def run_gui(
    station: StationView, open_app: Callable[[], DeskApp], quit_after_start: bool = False
) -> int:
    """The desk's window for `station`; `open_app` opens the store and builds the desk (on
    the store executor, after the first paint). Returns the exit status: 2 when the
    composition root refused to start (`StartRefused`, shown in the start-up dialog)."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    qt = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qt, QApplication)
    qt.setApplicationName("Receiving Desk")
    qt.setOrganizationName("Receiving Desk")
    qt.setWindowIcon(QIcon(str(resource("icons", "receiving-desk.png"))))
    qt.setDesktopFileName("receiving-desk")  # Wayland/X11 match the window to its .desktop
    translators = install_translations(qt, station.language)
    runtime = AppRuntime(station.sound)
    restore_hook = install_excepthook(runtime.presenter)
    try:
        install_fallback_fonts()
        window = MainWindow(station, runtime)  # its first screen: no store needed
        window.window_state = WindowState(QSettings(), station.station_id)
        opening = DeskOpening(window, open_app)
        if quit_after_start:

            def settled(status: int) -> None:
                if status == 0:
                    print_now(LIVE_PREFIX)
                qt.exit(status)

            StartProbe(
                window,
                window.receiving.rendered,
                window.receiving.shown is not None,
                on_ready=lambda: opening.when_settled(settled),
            )
        window.window_state.show(window)  # as it was left at this station, fitted to the screen
        status = qt.exec()
        if not window.closed:  # quit by the start probe or a refusal, not by the clerk:
            window.window_state = None  # the station's saved window stays as it was left
            window.close()  # and the window's timers and workers stop with it
        return status
    finally:
        runtime.shutdown()
        restore_hook()
        for translator in translators:  # (the application object may outlive this run)
            qt.removeTranslator(translator)
