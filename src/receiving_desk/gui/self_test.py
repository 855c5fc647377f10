"""`receiving-desk --self-test`: a headless start that checks the installation and exits.

For a site's IT person after an install or upgrade, and for CI on the wheel and the installer
bundle: resources, rules, label fonts, sounds, every translation, Qt's platform and multimedia
plugins, the configured station store (read only), and the main window opened offscreen on a
scratch demo store, where a demo clerk logs in and opens a return. Prints one line per check;
exits 0 when all pass, 1 naming what failed.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from receiving_desk import __version__
from receiving_desk.config import StationConfig
from receiving_desk.resources import resource
from receiving_desk.self_check import (
    LANGUAGES,
    Check,
    check_fonts,
    check_resources,
    check_rules,
    check_sound_files,
    check_station_store,
    run_check,
)

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from PySide6.QtCore import QMessageLogContext

    from receiving_desk.gui.receiving_view import ReceivingView
    from receiving_desk.services.app_ports import DeskApp

    ScratchApp = Callable[[], AbstractContextManager[DeskApp]]

# A text of the main window every translation has; its context is the class name.
PROBE = ("MainWindow", "Not logged in")
NATIVE_PLATFORM = {"linux": "xcb", "win32": "windows", "darwin": "cocoa"}


def run_self_test(config: StationConfig, scratch_app: ScratchApp) -> int:
    """`scratch_app` (from the composition root) opens the desk on a throwaway demo store."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # headless wherever it runs
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    # The offscreen platform says it cannot resize native windows: true, and beside the point.
    qInstallMessageHandler(_quiet_offscreen_notes)
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    print(f"receiving-desk {__version__} self-test (Python {sys.version.split()[0]})", flush=True)
    steps: list[tuple[str, Callable[[], str]]] = [
        ("resources", check_resources),
        ("rules", lambda: check_rules(config)),
        ("label fonts", check_fonts),
        ("sounds", check_sound_files),
        ("translations", check_translations),
        ("screen fonts", check_screen_fonts),
        ("qt plugins", check_qt_plugins),
        ("gui modules", check_gui_modules),
        ("station store", lambda: check_station_store(config)),
        ("main window", partial(check_main_window, scratch_app)),
    ]
    checks = []
    for name, fn in steps:  # each line as soon as its check is done: a hang shows where
        checks.append(run_check(name, fn))
        print(checks[-1].line(), flush=True)
    return report(checks)


def _quiet_offscreen_notes(kind: object, context: QMessageLogContext, message: str) -> None:
    # Qt Multimedia lists every optional library (PipeWire, VA-API) it did not find.
    category = context.category or ""
    if "propagateSizeHints" in message or category.startswith("qt.multimedia"):
        return
    print(message, file=sys.stderr)


def report(checks: list[Check]) -> int:
    failed = [c.name for c in checks if not c.ok]
    if failed:
        print(f"self-test FAILED: {', '.join(failed)}")
        return 1
    print(f"self-test passed ({len(checks)} checks)")
    return 0


def check_translations() -> str:
    from PySide6.QtCore import QTranslator

    folder = str(resource("translations"))
    done = []
    for lang in LANGUAGES:
        translator = QTranslator()
        if not translator.load(f"receiving_desk_{lang}", folder):
            raise FileNotFoundError(f"receiving_desk_{lang}.qm does not load from {folder}")
        text = translator.translate(*PROBE)
        if not text or text == PROBE[1]:
            raise ValueError(f"receiving_desk_{lang}.qm has no translation of {PROBE[1]!r}")
        done.append(f"{lang} ({text})")
    return ", ".join(done)


def check_screen_fonts() -> str:
    """Every script the desk shows (names, translations) has glyphs on screen: no empty
    boxes, with the system's fonts or the bundled CJK fallback."""
    from PySide6.QtGui import QFont, QTextLayout

    from receiving_desk.gui.app import install_fallback_fonts
    from receiving_desk.self_check import SAMPLE_TEXT

    added = install_fallback_fonts()
    layout = QTextLayout(SAMPLE_TEXT, QFont())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    missing = sum(list(run.glyphIndexes()).count(0) for run in runs)
    if missing:
        raise ValueError(f"{missing} of the characters of {SAMPLE_TEXT!r} have no glyph on screen")
    families = sorted({run.rawFont().familyName() for run in runs})
    return f"{SAMPLE_TEXT} drawn with {', '.join(families)} (bundled: {', '.join(added) or '-'})"


def check_qt_plugins() -> str:
    from PySide6 import __version__ as qt_version
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
    wanted = ["offscreen", NATIVE_PLATFORM.get(sys.platform, "offscreen")]
    missing = [w for w in wanted if not any(w in name for name in found)]
    if missing:
        raise FileNotFoundError(f"no {', '.join(missing)} platform plugin in {folder}")
    import PySide6.QtMultimedia as multimedia

    outputs = len(multimedia.QMediaDevices.audioOutputs())
    return f"PySide6 {qt_version}; platforms {', '.join(wanted)}; audio outputs: {outputs}"


def check_gui_modules() -> str:
    """Every view and dialog imports (reports with Qt Charts and Qt PDF, the camera with Qt
    Multimedia Widgets are loaded only when first opened: a bundle must still have them)."""
    import importlib
    import pkgutil

    import receiving_desk.gui as gui

    names = [m.name for m in pkgutil.iter_modules(gui.__path__) if not m.ispkg]
    for name in names:
        importlib.import_module(f"receiving_desk.gui.{name}")
    if len(names) < 10:
        raise ImportError(f"only {len(names)} GUI modules found in {list(gui.__path__)}")
    return f"{len(names)} modules"


def check_main_window(scratch_app: ScratchApp) -> str:
    """The real window on a scratch demo store: log in with a demo badge and PIN, open a
    return by its RMA number, through the same scan path a scanner uses."""
    from receiving_desk.gui.app import create_window

    with scratch_app() as app:
        window = create_window(app)
        try:
            window.show()
            view = window.receiving
            wait_until(lambda: view.current is not None, "the window's first render")
            for line, shown, what in (
                ("BADGE-C001", "pending_badge", "the PIN prompt"),
                ("111111", "user_name", "the clerk's login"),
                ("RMA-2026-000001", "parcel", "the return to open"),
            ):
                view.submit_line(line)
                wait_until(partial(_shows, view, shown), what)
            parcel = view.current.parcel if view.current else None
            title = window.windowTitle()
        finally:
            window.close()
    opened = parcel.rma_number if parcel else "?"
    return f"{title!r} shown offscreen; demo clerk logged in, {opened} opened"


def _shows(view: ReceivingView, attribute: str) -> bool:
    return bool(getattr(view.current, attribute, None))


def wait_until(condition: Callable[[], object], what: str, timeout_s: float = 30.0) -> None:
    """Run the event loop until `condition` holds (the desk works on its own threads)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout_s:.0f} s for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        QThread.msleep(5)
