"""Sync state on screen: standalone by default; online against a real PostgreSQL, with a
supervisor's "sync now" delivering a completed return centrally (a clerk is refused)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import URL, Engine, select

from receiving_desk.adapters.central import schema as central
from receiving_desk.adapters.central.connection import CentralSettings
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.gui.app import create_window
from receiving_desk.gui.main_window import MainWindow
from tests.conftest import FixedClock
from tests.gui.conftest import Clerk
from tests.integration.central_fixtures import *  # noqa: F403
from tests.seed import EARBUDS, RMA1, item_code, seed


def test_standalone_says_so(clerk: Clerk, window: MainWindow) -> None:
    assert "Sync: standalone (no central database)" in window._sync_label.text()


@pytest.fixture
def online(
    station_config: StationConfig, clock: FixedClock, fast_hasher: object, central_url: URL
) -> Iterator[Services]:
    settings = CentralSettings(
        sslmode="disable",  # the test server speaks no TLS
        url=central_url.render_as_string(hide_password=False),
        push_interval_s=3600,
        pull_interval_s=3600,
    )
    config = dataclasses.replace(station_config, central=settings)
    services = bootstrap(config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    seed(services.uow_factory, services.hasher, clock.now())
    yield services
    services.close()


def test_online_sync_now_by_a_supervisor(
    online: Services, central_engine: Engine, qtbot: QtBot
) -> None:
    window = create_window(online.desk_app())
    qtbot.addWidget(window)
    window.show()
    online.syncer.start()
    try:
        qtbot.waitUntil(lambda: "Sync: online" in window._sync_label.text(), timeout=15000)
        clerk = Clerk(window, qtbot)
        clerk.login()
        clerk.scan(RMA1)
        clerk.scan(item_code(EARBUDS))
        clerk.hotkey("1")
        clerk.scan("CMD-SET-ASIDE")
        # The syncer recounts its backlog every few seconds, also between pushes.
        qtbot.waitUntil(lambda: online.sync.status().backlog > 0, timeout=15000)
        window.sync_status.refresh()
        assert "oldest" in window._sync_label.text()
        assert not window.ui.actionSyncNow.isEnabled()  # not offered to a clerk
        window.sync_now()  # asked for anyway: the service refuses
        clerk.settle()
        assert clerk.banner == "Not allowed for your role (clerk): ask a supervisor"
        clerk.scan("CMD-LOGOUT")
        clerk.login("BADGE-S001", "222222")
        clerk.key(
            Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        assert clerk.banner == "Sync requested"
        qtbot.waitUntil(lambda: online.sync.status().backlog == 0, timeout=20000)
        window.sync_status.refresh()
        assert "backlog 0" in window._sync_label.text()
        with central_engine.connect() as conn:
            rows = conn.execute(
                select(central.receipts.c.rma_number, central.receipts.c.status)
            ).all()
        assert [tuple(r) for r in rows] == [(RMA1, "set_aside")]
    finally:
        window.close()


def test_a_missing_password_file_starts_the_desk_offline_with_the_reason(
    station_config: StationConfig,
    clock: FixedClock,
    fast_hasher: object,
    central_url: URL,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    secret = tmp_path / "central.password"
    settings = CentralSettings(
        sslmode="disable",  # the test server speaks no TLS
        url=central_url.set(password=None).render_as_string(hide_password=False),
        password_file=secret,
        push_interval_s=3600,
        pull_interval_s=3600,
    )
    config = dataclasses.replace(station_config, central=settings)
    services = bootstrap(config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    seed(services.uow_factory, services.hasher, clock.now())
    window = create_window(services.desk_app())
    qtbot.addWidget(window)
    window.show()
    services.syncer.start()
    try:
        label = window._sync_label
        qtbot.waitUntil(lambda: "Sync: OFFLINE" in label.text(), timeout=15000)
        assert "last error: password file " in label.text()
        assert f"password file {secret}: No such file or directory" in label.toolTip()
        clerk = Clerk(window, qtbot)  # the desk works meanwhile
        clerk.login()
        assert clerk.view.current is not None and clerk.view.current.user_name
        # The file appears (the test server may trust any password): picked up, no restart.
        secret.touch(mode=0o600)  # a password file only its owner may read
        secret.write_text(f"{central_url.password or 'unused-by-trust-auth'}\n")
        services.syncer.request_sync_now()
        qtbot.waitUntil(lambda: "Sync: online" in label.text(), timeout=15000)
    finally:
        window.close()
        services.close()
