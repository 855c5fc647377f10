"""A new site from nothing, through the screen alone: an empty data folder opens the setup
flow (not the receiving view); the first admin is created and logged in with a badge card
whose barcode scans back; the station is saved through the config store; the admin adds a
clerk and imports customers, products, returns and bins from files; the clerk logs in by badge and
PIN and completes a return. No SQL, no file editing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from receiving_desk.adapters.printing.png import rasterize
from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig, load_config
from receiving_desk.gui.admin_dialog import AdminDialog
from receiving_desk.gui.app import create_window, install_translations
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.resources import resource
from tests.conftest import FixedClock
from tests.gui.conftest import Clerk
from tests.seed import CLERK, SUPERVISOR

ADMIN_BADGE, ADMIN_PIN = "BADGE-ADM01", SUPERVISOR[1]
CLERK_BADGE, CLERK_PIN = "BADGE-CLK01", CLERK[1]
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def empty_desk(
    station_config: StationConfig, clock: FixedClock, fast_hasher: object, qtbot: QtBot
) -> Iterator[tuple[MainWindow, Services]]:
    assert not station_config.data_dir.exists()
    services = bootstrap(station_config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    window = create_window(services.desk_app())
    qtbot.addWidget(window)
    window.show()
    try:
        yield window, services
    finally:
        window.close()
        services.close()


def audit_actions(services: Services) -> list[str]:
    with services.engine.connect() as conn:
        return list(conn.execute(select(t.audit_log.c.action)).scalars())


def test_first_run_to_a_clerk_completing_a_return(
    empty_desk: tuple[MainWindow, Services], station_config: StationConfig, qtbot: QtBot
) -> None:
    window, services = empty_desk
    qtbot.waitUntil(lambda: window.setup_view is not None)
    setup = window.setup_view
    assert setup is not None and window.ui.pages.currentWidget() is setup
    assert not setup.skip_button.isVisible() and not setup.next_button.isEnabled()

    # 1. The first admin: two different PINs are refused on the spot, then created.
    admin = setup.admin_step
    admin.name.setText("Mina Park")
    admin.badge.setText(ADMIN_BADGE)
    admin.pin.setText(ADMIN_PIN)
    admin.pin_again.setText(ADMIN_PIN + "9")
    qtbot.mouseClick(admin.create_button, LEFT)
    assert admin.status.text() == "The two PINs differ: type the same PIN twice"
    admin.pin_again.setText(ADMIN_PIN)
    qtbot.mouseClick(admin.create_button, LEFT)
    qtbot.waitUntil(lambda: setup.card_path is not None, timeout=10000)
    assert setup.card_path == station_config.data_dir / f"badge-{ADMIN_BADGE}.pdf"
    [image] = rasterize(setup.card_path.read_bytes(), 300)
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [ADMIN_BADGE]
    qtbot.waitUntil(lambda: "Mina Park (administrator)" in window._user_label.text())
    assert admin.pin.text() == "" and admin.pin_again.text() == ""

    # 2. The station, saved through the config store.
    qtbot.mouseClick(setup.next_button, LEFT)
    station = setup.station_step
    assert setup.pages.currentWidget() is station
    station.site_name.setText("Leipzig dock")
    station.timezone.setCurrentText("Europe/Berlin")
    station.language.setCurrentIndex(station.language.findData("ru"))
    station.sound.setChecked(False)
    qtbot.mouseClick(station.save_button, LEFT)
    qtbot.waitUntil(lambda: station.status.text() == "Saved")
    saved = load_config(station_config.settings_file, station_config.data_dir)
    assert (saved.site_name, saved.site_timezone, saved.language, saved.sound) == (
        "Leipzig dock",
        "Europe/Berlin",
        "ru",
        False,
    )
    station.timezone.setCurrentText("Mars/Olympus")
    qtbot.mouseClick(station.save_button, LEFT)
    qtbot.waitUntil(lambda: "Mars/Olympus" in station.status.text())
    assert station.status.text().startswith("Setting not saved: unknown time zone")

    # 3-4. Scanners and printers skipped; 5. standalone, saved.
    qtbot.mouseClick(setup.skip_button, LEFT)
    assert setup.pages.currentWidget() is setup.scanner_step
    qtbot.mouseClick(setup.skip_button, LEFT)
    qtbot.mouseClick(setup.skip_button, LEFT)
    central = setup.central_step
    assert setup.pages.currentWidget() is central and central.standalone.isChecked()
    qtbot.mouseClick(central.save_button, LEFT)
    qtbot.waitUntil(lambda: central.status.text().startswith("Saved"))
    qtbot.mouseClick(setup.next_button, LEFT)
    assert "station TEST-01 at Leipzig dock, standalone" in setup.done_step.text()
    qtbot.mouseClick(setup.next_button, LEFT)  # "Start receiving"
    assert window.setup_view is None and window.ui.pages.currentWidget() is window.receiving

    # The admin adds a clerk and imports the site's files.
    window.open_admin()
    dialog = window.admin_dialog
    assert isinstance(dialog, AdminDialog)
    users = dialog.users
    qtbot.waitUntil(lambda: users.table.rowCount() == 1)
    users.badge.setText(CLERK_BADGE)
    users.name.setText("Lee Chan")
    users.role.setCurrentIndex(users.role.findData("clerk"))
    users.pin.setText(CLERK_PIN)
    users.pin_again.setText(CLERK_PIN)
    qtbot.mouseClick(users.add_button, LEFT)
    qtbot.waitUntil(lambda: users.table.rowCount() == 2)
    assert users.status.text() == f"Added Lee Chan ({CLERK_BADGE})"
    assert users.pin.text() == ""

    imports = dialog.imports
    for kind, rows in (("customers", 60), ("products", 200), ("rmas", None), ("bins", 70)):
        imports.kind.setCurrentIndex(imports.kind.findData(kind))
        imports.file.setText(str(resource("demo", f"{kind}.csv")))
        qtbot.mouseClick(imports.import_button, LEFT)
        qtbot.waitUntil(lambda: imports.import_button.isEnabled() and "imported" in
                        imports.status.text(), timeout=10000)  # fmt: skip
        assert imports.problems.count() == 0, imports.status.text()
        if rows is not None:
            assert imports.status.text().startswith(f"{rows} rows imported from {kind}.csv")
    dialog.accept()

    # The clerk logs in at the scanner and completes a return.
    window.ui.actionLogout.trigger()
    clerk = Clerk(window, qtbot)
    clerk.settle()
    clerk.login(CLERK_BADGE, CLERK_PIN)
    assert clerk.banner == "Welcome, Lee Chan"
    clerk.scan("RMA-2026-000001")
    assert clerk.banner == "Return RMA-2026-000001 opened"
    clerk.scan("9506000000015")
    assert clerk.banner == "Unit 1: EL-00001 — matched"
    clerk.hotkey("1")
    clerk.scan("BIN-OB-01")  # an imported bin: the open-box unit put away
    assert clerk.banner == "1 unit put away in BIN-OB-01"
    clerk.scan("9506000000046")
    assert clerk.banner == "Unit 2: HM-00004 — matched"
    clerk.hotkey("3")
    clerk.scan("CMD-COMPLETE")  # the command barcode: no keyboard needed
    assert clerk.banner.startswith("Return RMA-2026-000001 completed (2 units)")

    actions = audit_actions(services)
    assert actions.count("reference_imported") == 4
    for action in ("first_admin_created", "station_configured", "central_configured",
                   "user_added"):  # fmt: skip
        assert action in actions


def test_a_desk_with_users_opens_the_receiving_view(
    empty_desk: tuple[MainWindow, Services], qtbot: QtBot
) -> None:
    _window, services = empty_desk
    assert services.admin is not None
    services.admin.setup.first_admin(ADMIN_BADGE, "Mina Park", ADMIN_PIN)
    other = create_window(services.desk_app())
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: other.receiving.current is not None)
    qtbot.waitUntil(lambda: other.tasks.pending() == 0)
    assert other.setup_view is None and other.ui.pages.currentWidget() is other.receiving
    other.close()


def test_a_clerk_cannot_administer(
    empty_desk: tuple[MainWindow, Services], qtbot: QtBot, tmp_path: Path
) -> None:
    """The screen is no gate: the use case refuses, and the refusal is audited."""
    window, services = empty_desk
    assert services.admin is not None
    qtbot.waitUntil(lambda: window.setup_view is not None)
    services.admin.setup.first_admin(ADMIN_BADGE, "Mina Park", ADMIN_PIN)
    session = services.auth.login(ADMIN_BADGE, ADMIN_PIN)
    services.admin.users.add(session, CLERK_BADGE, "Lee Chan", CLERK[3], CLERK_PIN)
    window.setup_view.finished.emit()  # type: ignore[union-attr]
    clerk = Clerk(window, qtbot)
    clerk.login(CLERK_BADGE, CLERK_PIN)
    window.open_admin()
    dialog = window.admin_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.users.status.text() != "")
    assert "not allowed" in dialog.users.status.text().lower()
    assert dialog.users.table.rowCount() == 0
    dialog.imports.file.setText(str(resource("demo", "products.csv")))
    qtbot.mouseClick(dialog.imports.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog.imports.import_button.isEnabled())
    assert "not allowed" in dialog.imports.status.text().lower()
    qtbot.waitUntil(lambda: "not allowed" in dialog.bins.status.text().lower())
    assert dialog.bins.table.rowCount() == 0  # the bins tab lists nothing for a clerk
    dialog.reject()
    assert audit_actions(services).count("refused") == 3


def test_an_admin_compares_loads_and_is_refused_rules_from_the_dialog(
    empty_desk: tuple[MainWindow, Services], station_config: StationConfig, qtbot: QtBot,
    tmp_path: Path,
) -> None:  # fmt: skip
    window, services = empty_desk
    assert services.admin is not None
    qtbot.waitUntil(lambda: window.setup_view is not None)
    services.admin.setup.first_admin(ADMIN_BADGE, "Mina Park", ADMIN_PIN)
    window.setup_view.finished.emit()  # type: ignore[union-attr]
    Clerk(window, qtbot).login(ADMIN_BADGE, ADMIN_PIN)
    shipped = resource("rules", "returns.toml").read_text("utf-8")
    version = re.search(r'^version = "([^"]+)"', shipped, re.M)
    assert version is not None
    new = tmp_path / "new-rules.toml"
    new.write_text(
        shipped.replace(version.group(0), 'version = "2099.01-1"').replace(
            '[[rule]]\nid = "A-any"', '[[rule]]\nid = "A-anything"', 1
        ),
        "utf-8",
    )
    window.open_admin()
    assert window.admin_dialog is not None
    rules = window.admin_dialog.rules
    rules.file.setText(str(new))
    qtbot.mouseClick(rules.compare_button, LEFT)
    qtbot.waitUntil(lambda: rules.changes.count() > 0)
    shown = [rules.changes.item(i).text() for i in range(rules.changes.count())]  # type: ignore[union-attr]
    assert shown == [
        f"Version: {version.group(1)} → 2099.01-1",
        "New rule: A-anything",
        "Rule removed: A-any",
    ]

    broken = tmp_path / "broken.toml"
    broken.write_text(new.read_text("utf-8").replace('id = "A-anything"', "id = 7"), "utf-8")
    line = broken.read_text("utf-8").splitlines().index("id = 7") + 1
    rules.file.setText(str(broken))
    qtbot.mouseClick(rules.load_button, LEFT)
    qtbot.waitUntil(lambda: rules.status.text().startswith(f"{broken}:{line}: "))
    assert not station_config.settings_file.exists()  # refused: nothing written

    rules.file.setText(str(new))
    assert window.receiving.ui.bannerLabel.text() != "Rules version 2099.01-1 in force"
    qtbot.mouseClick(rules.load_button, LEFT)
    qtbot.waitUntil(lambda: rules.status.text() == "Rules version 2099.01-1 in force")
    # In force in the running desk, no restart: the banner says so, the status bar's station
    # tooltip names them, and the view is drawn again with them.
    banner = window.receiving.ui.bannerLabel
    qtbot.waitUntil(lambda: banner.text() == "Rules version 2099.01-1 in force")
    assert banner.property("state") == "ok"
    assert "Rules version 2099.01-1 in force" in window.rules_status.label.toolTip()
    qtbot.waitUntil(
        lambda: (
            window.receiving.current is not None
            and window.receiving.current.rules is not None
            and window.receiving.current.rules.version == "2099.01-1"
        )
    )
    # Said in the desk's language (here Russian), like every other banner.
    translators = install_translations(QApplication.instance(), "ru")  # type: ignore[arg-type]
    try:
        assert window.rules_status.text("2099.01-1") == "Действуют правила версии 2099.01-1"
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)  # type: ignore[union-attr]
    installed = load_config(station_config.settings_file, station_config.data_dir).rules_file
    assert installed is not None and installed.read_text("utf-8") == new.read_text("utf-8")
    assert {"rules_refused", "rules_loaded"} <= set(audit_actions(services))
    window.admin_dialog.reject()
