"""Settings → Printers: a test label to a (fake) Zebra, and saving by role."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from receiving_desk.adapters.store import tables
from receiving_desk.bootstrap import Services
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.gui.main_window import MainWindow
from tests.gui.conftest import Clerk
from tests.integration.printer_fixtures import HS_PAPER_OUT, FakeZebra, fields


@pytest.fixture
def zebra() -> Iterator[FakeZebra]:
    with FakeZebra() as printer:
        yield printer


def open_printers(clerk: Clerk, window: MainWindow):  # type: ignore[no-untyped-def]
    clerk.key(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.settings_dialog is not None
    return window.settings_dialog.printers


def test_test_label_and_save(
    clerk: Clerk, window: MainWindow, services: Services, zebra: FakeZebra, qtbot: QtBot
) -> None:
    clerk.login("BADGE-S001", "222222")
    page = open_printers(clerk, window)
    row = page.rows["restock"]
    row.url.setText(zebra.url)
    row.format.setCurrentText("zpl")
    row.test.click()
    qtbot.waitUntil(lambda: row.result.text() == "printed (ready)", timeout=5000)
    (label,) = zebra.wait_for_labels(1)
    assert fields(label, "BC")[0].startswith("TEST")
    zebra.set_status(HS_PAPER_OUT)
    row.test.click()
    qtbot.waitUntil(lambda: row.result.text().startswith("not printed: paper out"), timeout=5000)
    with services.engine.connect() as conn:  # every test label is audited, with its URL
        tested = conn.execute(
            select(tables.audit_log.c.user_id, tables.audit_log.c.details).where(
                tables.audit_log.c.action == "test_label_printed"
            )
        ).all()
    assert [(u, d["url"]) for u, d in tested] == [("U-BADGE-S001", zebra.url)] * 2
    page.save_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Saved and applied", timeout=5000)
    saved = tomllib.loads(services.config.source.read_text(encoding="utf-8"))  # type: ignore[union-attr]
    assert saved["printers"]["restock"] == {
        "url": zebra.url,
        "dpi": 203,
        "size": "4x2",
        "format": "zpl",
    }
    assert services.printers.for_type("restock").url == zebra.url


def test_a_clerk_is_not_offered_settings_and_the_service_refuses(
    clerk: Clerk, window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    clerk.login()
    assert not window.ui.actionSettings.isEnabled()
    clerk.key(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.settings_dialog is None  # the shortcut of a disabled action does nothing
    session = services.auth.login("BADGE-C001", "111111")
    with pytest.raises(DeskError) as refused:
        services.station.save_printers(session, {"restock": "tcp://10.9.9.9:9100"})
    assert refused.value.code is ErrorCode.PERMISSION_DENIED
    assert services.config.printers == {}
    with services.engine.connect() as conn:
        details = conn.execute(
            select(tables.audit_log.c.details).where(tables.audit_log.c.action == "refused")
        ).scalar_one()
    assert details["action"] == "save_printers" and details["role"] == "clerk"
