"""The Administration dialog on a desk with central settings (real PostgreSQL): the users it
lists and adds, the files it imports and the rules file it loads are the central database's —
the desk's own store (and station file) gets them by its pull, like every other desk."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import URL, Engine, func, select

from receiving_desk.adapters.central import migrate as central_migrate
from receiving_desk.adapters.central import reference_schema as c
from receiving_desk.adapters.central.admin_work import CentralAdminWork
from receiving_desk.adapters.central.connection import CentralSettings
from receiving_desk.adapters.central.schema import audit_entries
from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import bootstrap
from receiving_desk.cli import main
from receiving_desk.config import StationConfig, load_config
from receiving_desk.gui.app import create_window
from receiving_desk.resources import resource
from receiving_desk.services.clock import SystemClock
from receiving_desk.services.user_admin import UserAdmin
from tests.conftest import FixedClock
from tests.gui.conftest import Clerk
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_worker import fast_hasher, runner
from tests.seed import CLERK, SUPERVISOR

pytestmark = pytest.mark.postgres
ADMIN, ADMIN_PIN = "BADGE-HQ01", SUPERVISOR[1]
LEFT = Qt.MouseButton.LeftButton


def test_users_and_imports_from_the_dialog_go_to_central(
    central_url: URL, central_engine: Engine, tmp_path: Path, clock: FixedClock, qtbot: QtBot
) -> None:
    UserAdmin(lambda: CentralAdminWork(central_engine), fast_hasher(), SystemClock(), "HQ") \
        .first_admin(ADMIN, "Mina Park", ADMIN_PIN)  # fmt: skip
    config = StationConfig(
        station_id="DESK-C", data_dir=tmp_path / "data", log_dir=tmp_path / "logs", sound=False,
        source=tmp_path / "station.toml",
        central=CentralSettings(
            sslmode="disable",  # the test server speaks no TLS
            url=central_url.render_as_string(hide_password=False),
        ),
    )  # fmt: skip
    services = bootstrap(config, clock=clock, hasher=fast_hasher())
    try:
        runner(services, central_engine).pull()
        window = create_window(services.desk_app())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.receiving.current is not None)
        Clerk(window, qtbot).login(ADMIN, ADMIN_PIN)
        assert window.setup_view is None
        window.open_admin()
        dialog = window.admin_dialog
        assert dialog is not None
        users = dialog.users
        qtbot.waitUntil(lambda: users.table.rowCount() == 1)
        users.badge.setText("BADGE-C888")
        users.name.setText("Noor Aziz")
        users.pin.setText(CLERK[1])
        users.pin_again.setText(CLERK[1])
        qtbot.mouseClick(users.add_button, LEFT)
        qtbot.waitUntil(lambda: users.table.rowCount() == 2, timeout=10000)
        imports = dialog.imports
        imports.kind.setCurrentIndex(imports.kind.findData("products"))
        imports.file.setText(str(resource("demo", "products.csv")))
        qtbot.mouseClick(imports.import_button, LEFT)
        qtbot.waitUntil(lambda: "imported" in imports.status.text(), timeout=20000)
        rules = dialog.rules  # a new rules file: a new version of the site's, centrally
        new_rules = tmp_path / "site-rules.toml"
        shipped = resource("rules", "returns.toml").read_text("utf-8")
        new_rules.write_text(re.sub(r'^version = "[^"]+"', 'version = "2099.03-1"', shipped,
                                    count=1, flags=re.M), "utf-8")  # fmt: skip
        rules.file.setText(str(new_rules))
        qtbot.mouseClick(rules.load_button, LEFT)
        qtbot.waitUntil(lambda: "loaded centrally" in rules.status.text(), timeout=10000)
        dialog.reject()

        with central_engine.connect() as conn:
            badges = set(conn.execute(select(c.users.c.badge)).scalars())
            products = conn.execute(select(func.count()).select_from(c.products)).scalar_one()
            actions = set(conn.execute(select(audit_entries.c.action)).scalars())
        assert badges == {ADMIN, "BADGE-C888"} and products == 200
        assert {"user_added", "reference_imported"} <= actions
        with services.uow_factory() as uow:  # the desk's store: only by its pull
            assert uow.users.by_badge("BADGE-C888") is None
        with central_engine.connect() as conn:
            loaded = conn.execute(select(c.rules_files.c.version, c.rules_files.c.loaded_at_desk))
            assert loaded.all() == [("2099.03-1", "DESK-C")]
        assert not config.settings_file.exists()  # loaded centrally: installed by the pull
        runner(services, central_engine, after_pull=services.central_rules).pull()
        assert services.auth.login("BADGE-C888", CLERK[1]).name == "Noor Aziz"
        installed = load_config(config.settings_file, config.data_dir).rules_file
        assert installed is not None and installed.read_text("utf-8") == new_rules.read_text(
            "utf-8"
        )
        window.close()
    finally:
        services.close()


def test_the_setup_flow_tests_central_pulls_with_progress_and_saves(
    central_url: URL, tmp_path: Path, station_config: StationConfig, clock: FixedClock,
    qtbot: QtBot,
) -> None:  # fmt: skip
    # The test server speaks no TLS: the URL says so, the one way the setup form offers.
    url = central_url.update_query_dict({"sslmode": "disable"}).render_as_string(False)
    for kind in ("customers", "products"):
        path = str(resource("demo", f"{kind}.csv"))
        assert main(["--data-dir", str(tmp_path / "cli"), "import", kind, path,
                     "--central-url", url]) == 0  # fmt: skip
    services = bootstrap(station_config, clock=clock, hasher=fast_hasher())
    try:
        window = create_window(services.desk_app())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.setup_view is not None)
        setup = window.setup_view
        assert setup is not None
        admin = setup.admin_step
        admin.name.setText("Mina Park")
        admin.badge.setText(ADMIN)
        admin.pin.setText(ADMIN_PIN)
        admin.pin_again.setText(ADMIN_PIN)
        qtbot.mouseClick(admin.create_button, LEFT)
        qtbot.waitUntil(lambda: setup.card_path is not None, timeout=10000)
        setup.go(4)
        form = setup.central_step
        assert form.standalone.isChecked() and not form.url.isEnabled()
        form.central.setChecked(True)
        form.url.setText(url)
        qtbot.mouseClick(form.test_button, LEFT)
        qtbot.waitUntil(lambda: form.status.text().startswith("Connected:"), timeout=10000)
        heads = central_migrate.head_revisions()
        assert "PostgreSQL" in form.status.text() and all(h in form.status.text() for h in heads)
        qtbot.mouseClick(form.pull_button, LEFT)
        qtbot.waitUntil(lambda: form.status.text().startswith("Reference data pulled"),
                        timeout=20000)  # fmt: skip
        assert form.progress.value() == form.progress.maximum() > 0
        with services.uow_factory() as uow:
            assert uow.catalog.by_sku("EL-00001") is not None  # pulled into this desk's store
        qtbot.mouseClick(form.save_button, LEFT)
        qtbot.waitUntil(lambda: form.status.text().startswith("Saved"))
        saved = load_config(station_config.settings_file, station_config.data_dir)
        assert saved.central.url == url and not saved.standalone

        form.url.setText(url.replace(str(central_url.database), "no_such_database"))
        qtbot.mouseClick(form.test_button, LEFT)
        qtbot.waitUntil(lambda: "no_such_database" in form.status.text(), timeout=10000)
        assert form.status.text().startswith("Setting not saved:")  # the refusal, named
        with services.engine.connect() as conn:
            actions = set(conn.execute(select(t.audit_log.c.action)).scalars())
        assert {"central_configured", "reference_pulled"} <= actions
        window.close()
    finally:
        services.close()
