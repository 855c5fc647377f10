"""The weight on screen, offscreen, from a scale on a real pty: live in large type, the
parcel weighed by itself after its slip is scanned (the stable reading, never a moving
one), its expected range beside it, red for an empty box; the scale's plug in the status
bar; CMD-WEIGH for a unit."""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from receiving_desk.adapters.scales.reader import ScaleConfig
from receiving_desk.adapters.scales.simulator import VirtualScale
from receiving_desk.adapters.store import tables
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.gui.app import create_window
from receiving_desk.gui.main_window import MainWindow
from tests.conftest import FixedClock
from tests.gui.conftest import Clerk
from tests.seed import EARBUDS, RMA1, item_code, seed


@pytest.fixture
def scale(tmp_path: Path) -> Iterator[VirtualScale]:
    with VirtualScale("mt-sics", link=tmp_path / "bench-scale") as sim:
        yield sim


@pytest.fixture
def scale_window(
    station_config: StationConfig,
    clock: FixedClock,
    fast_hasher: object,
    scale: VirtualScale,
    qtbot: QtBot,
) -> Iterator[tuple[MainWindow, Services]]:
    assert scale.link is not None
    bench = ScaleConfig("bench", "mt-sics", port=str(scale.link), poll_ms=50, settle_ms=800)
    config = dataclasses.replace(station_config, scales=(bench,))
    services = bootstrap(config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    seed(services.uow_factory, services.hasher, clock.now())
    win = create_window(services.desk_app())
    qtbot.addWidget(win)
    win.show()
    assert win.scales is not None
    bridge = win.scales
    qtbot.waitUntil(
        lambda: "bench" in bridge.statuses and bridge.statuses["bench"].state == "connected",
        timeout=10000,
    )
    yield win, services
    win.close()
    services.close()


def test_the_parcel_weight_and_its_range_in_large_type(
    scale_window: tuple[MainWindow, Services], scale: VirtualScale, qtbot: QtBot
) -> None:
    win, services = scale_window
    panel = win.receiving.weight
    assert panel.isVisible()
    assert "bench: connected" in win._scale_label.text()
    assert panel.live.font().pointSize() >= 24  # read from arm's length
    clerk = Clerk(win, qtbot)
    clerk.login()
    scale.put(1250, stable=False)  # the box still swinging on the platform
    qtbot.waitUntil(lambda: panel.live.text() == "1.250 kg …", timeout=10000)
    clerk.scan(RMA1)
    assert panel.range.text() == "Parcel: expected 1.719 kg – 2.101 kg"
    assert panel.live.text() == "1.250 kg …"  # moving: shown, never recorded
    with services.engine.connect() as conn:
        assert conn.execute(select(tables.receipts.c.parcel_grams)).scalar() is None
    scale.put(262)  # settled: nothing in the box but its filling
    qtbot.waitUntil(lambda: clerk.banner.startswith("Parcel weighs 262 g"), timeout=10000)
    assert clerk.banner == "Parcel weighs 262 g — EMPTY BOX? It weighs about the packaging alone"
    assert panel.live.text() == "262 g"
    assert clerk.banner_state == "error"  # a finding: red, with the bad-scan sound
    assert "b71c1c" in panel.live.styleSheet()  # red: the clerk must not miss it
    with services.engine.connect() as conn:
        assert conn.execute(select(tables.receipts.c.parcel_grams)).scalar() == 262

    clerk.scan(item_code(EARBUDS))
    assert panel.range.text() == "Unit 1: expected 40 g – 80 g"
    scale.put(61)
    clerk.scan("CMD-WEIGH")
    assert clerk.banner == "Unit 1 weighs 61 g — weight as expected"
    assert panel.live.text() == "61 g" and "1b5e20" in panel.live.styleSheet()


def test_the_scale_unplugged_shows_in_the_status_bar(
    scale_window: tuple[MainWindow, Services], scale: VirtualScale, qtbot: QtBot
) -> None:
    win, _ = scale_window
    assert win.scales is not None
    bridge = win.scales
    scale.unplug()
    qtbot.waitUntil(lambda: bridge.statuses["bench"].state == "disconnected", timeout=10000)
    assert "bench: no scale" in win._scale_label.text()
    assert Clerk(win, qtbot).banner == "Scale bench disconnected — check its cable"
    scale.replug()
    qtbot.waitUntil(lambda: bridge.statuses["bench"].state == "connected", timeout=10000)
    assert "bench: connected" in win._scale_label.text()


def test_a_supervisor_edits_the_scale_on_the_settings_page(
    scale_window: tuple[MainWindow, Services],
    scale: VirtualScale,
    station_config: StationConfig,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    win, services = scale_window
    clerk = Clerk(win, qtbot)
    clerk.login("BADGE-S001", "222222")
    clerk.key(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = win.settings_dialog
    assert dialog is not None
    page = dialog.scales
    assert page.list.count() == 1 and page.name.text() == "bench"
    scale.put(2000)  # a test weight: the page shows it live
    qtbot.waitUntil(lambda: page.live.text() == "bench: 2.000 kg (stable)", timeout=10000)

    page.settle_ms.setValue(100_000)  # clamped by the field: 30 s at most
    page.poll_ms.setValue(40)  # clamped to 50 ms
    page.name.setText("bench")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Saved and applied", timeout=5000)
    written = tomllib.loads(  # a scale new to the file is written in full, as a scanner is
        station_config.settings_file.read_text(encoding="utf-8")
    )
    assert written["scale"] == [
        {
            "name": "bench",
            "protocol": "mt-sics",
            "port": str(scale.link),
            "baudrate": 9600,
            "bytesize": 8,
            "parity": "N",
            "stopbits": 1,
            "poll_ms": 50,
            "settle_ms": 30_000,
        }
    ]
    page.baudrate.setCurrentText("12")  # not a line speed a scale speaks
    page.port.setText("")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.status.text().startswith("Setting not saved"), timeout=5000)
    assert "set port or usb_vid/usb_pid/usb_serial" in page.status.text()
    with services.engine.connect() as conn:
        actions = conn.execute(select(tables.audit_log.c.action)).scalars().all()
    assert "scales_configured" in actions
    dialog.reject()
    assert win.receiving.weight.isVisible()
