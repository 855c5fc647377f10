"""The desk's dialogs fit a 1366×768 dock PC in each of the five languages, like its window:
opened the way a supervisor opens them, measured with the widgets' own font metrics."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.users import Role, User
from receiving_desk.gui.app import create_window
from receiving_desk.gui.main_window import MainWindow
from tests.conftest import FixedClock
from tests.gui import test_fit as fit
from tests.gui.conftest import Clerk
from tests.seed import EARBUDS, RMA1, SUPERVISOR, item_code

# The window's fixtures: each language, at 100 % and 125 % of a 1366×768 screen.
language, screen, dock_window = fit.language, fit.screen, fit.dock_window


def fits(dialog: QWidget, screen: QRect) -> list[str]:
    """What does not fit in the dialog, on a screen no larger than the dock PC's."""
    fit.settle()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height(), (
        f"{type(dialog).__name__} is {dialog.width()}×{dialog.height()}"
    )
    return fit.misfits(dialog)  # type: ignore[arg-type]


def supervisor(window: MainWindow, qtbot: QtBot) -> Clerk:
    clerk = Clerk(window, qtbot)
    badge, pin, _, _ = SUPERVISOR
    clerk.login(badge, pin)
    return clerk


def test_the_stock_dialog_fits(
    dock_window: MainWindow, language: str, screen: QRect, qtbot: QtBot
) -> None:
    supervisor(dock_window, qtbot)
    dock_window.open_stock()
    dialog = dock_window.stock_dialog
    assert isinstance(dialog, QDialog)
    qtbot.waitUntil(dialog.isVisible)
    try:
        assert fits(dialog, screen) == []
    finally:
        dialog.reject()


def test_the_override_dialog_fits(
    dock_window: MainWindow, language: str, screen: QRect, qtbot: QtBot
) -> None:
    clerk = supervisor(dock_window, qtbot)
    clerk.scan(RMA1)
    clerk.scan(item_code(EARBUDS))
    clerk.scan("CMD-CHK-ALL-OK")
    clerk.hotkey("2")
    dock_window.ask_override()
    dialog = dock_window.override_dialog
    assert isinstance(dialog, QDialog)
    qtbot.waitUntil(dialog.isVisible)
    try:
        assert fits(dialog, screen) == []
    finally:
        dialog.reject()


def test_every_step_of_the_first_run_fits(
    station_config: StationConfig,
    clock: FixedClock,
    fast_hasher: object,
    language: str,
    screen: QRect,
    qtbot: QtBot,
) -> None:
    """A new site's first screen, each of its steps, in each language and at 100 % and 125 %."""
    services = bootstrap(station_config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    window = create_window(services.desk_app())
    qtbot.addWidget(window)
    window.resize(screen.size())
    window.show()
    try:
        qtbot.waitUntil(lambda: window.setup_view is not None)
        setup = window.setup_view
        assert setup is not None
        problems = []
        for step in range(setup.pages.count()):
            setup.go(step)
            problems += [f"step {step + 1}: {m}" for m in fit.misfits(window)]
        assert window.size() == screen.size()  # no step grew the window past the screen
        assert problems == []
    finally:
        window.close()
        services.close()


ADMIN = ("BADGE-A001", "333333", "김민준 Kim Min-jun")


def administrator(window: MainWindow, services: Services, qtbot: QtBot) -> None:
    badge, pin, name = ADMIN
    with services.uow_factory() as uow:
        uow.users.add(User(f"U-{badge}", badge, name, Role.ADMIN, services.hasher.hash(pin)))
        uow.commit()
    Clerk(window, qtbot).login(badge, pin)


def test_the_settings_and_administration_dialogs_fit(
    dock_window: MainWindow, services: Services, language: str, screen: QRect, qtbot: QtBot
) -> None:
    """Every tab of the station settings and of the administration, as an admin sees them."""
    administrator(dock_window, services, qtbot)
    problems = []
    for open_it, name in ((dock_window.open_settings, "settings_dialog"),
                          (dock_window.open_admin, "admin_dialog")):  # fmt: skip
        open_it()
        dialog = getattr(dock_window, name)
        assert isinstance(dialog, QDialog), name
        qtbot.waitUntil(dialog.isVisible)
        try:
            for tabs in dialog.findChildren(QTabWidget):
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    found = fits(dialog, screen)
                    problems += [f"{name} {tabs.tabText(index)}: {m}" for m in found]
        finally:
            dialog.reject()
    assert problems == []
