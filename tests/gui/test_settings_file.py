"""Settings saved from the real settings dialog on a station file as a site keeps it: the
section saved changes where a setting did, every other byte ([station], [central], [[shift]],
comments, the site's own section) stays, and overrides the desk was started with (--data-dir,
the environment) are not written."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from receiving_desk.adapters.scanners import feed
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import ENV_DATA_DIR, ENV_LOG_DIR, load_config
from receiving_desk.gui.app import create_window
from receiving_desk.gui.main_window import MainWindow
from tests.conftest import FixedClock
from tests.gui.conftest import Clerk
from tests.integration.printer_fixtures import FakeZebra
from tests.seed import seed

SITE_FILE = Path(__file__).resolve().parents[1] / "data" / "station.toml"


@pytest.fixture
def zebra() -> Iterator[FakeZebra]:
    with FakeZebra() as printer:
        yield printer


@pytest.fixture
def original(tmp_path: Path, zebra: FakeZebra) -> str:
    """The realistic file, its printers and serial port made reachable on this machine."""
    return (
        SITE_FILE.read_text(encoding="utf-8")
        .replace("tcp://10.0.0.50:9100", zebra.url)
        .replace("cups://office", (tmp_path / "bin-labels").as_uri())
        .replace("file:///var/lib/receiving-desk/labels", (tmp_path / "labels").as_uri())
        .replace("/dev/ttyS0", str(tmp_path / "no-such-port"))
    )


@pytest.fixture
def station_file(tmp_path: Path, original: str) -> Path:
    path = tmp_path / "etc" / "station.toml"
    path.parent.mkdir()
    path.write_text(original, encoding="utf-8")
    return path


@pytest.fixture
def site_services(
    station_file: Path, tmp_path: Path, clock: FixedClock, fast_hasher: object
) -> Iterator[Services]:
    # Started as a site may: the store elsewhere by option, logs by the environment.
    environ = {ENV_LOG_DIR: str(tmp_path / "logs"), ENV_DATA_DIR: str(tmp_path / "env-data")}
    config = load_config(station_file, data_dir=tmp_path / "option-data", environ=environ)
    config = dataclasses.replace(config, sound=False)  # an override made in code, too
    services = bootstrap(config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    seed(services.uow_factory, services.hasher, clock.now())
    yield services
    services.close()


@pytest.fixture
def site_window(site_services: Services, qtbot: QtBot) -> Iterator[MainWindow]:
    win = create_window(site_services.desk_app())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.receiving.current is not None)
    yield win
    win.close()


def open_dialog(window: MainWindow, qtbot: QtBot) -> Clerk:
    clerk = Clerk(window, qtbot)
    clerk.login("BADGE-S001", "222222")
    clerk.key(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.settings_dialog is not None and window.settings_dialog.isVisible()
    return clerk


def assert_overrides_not_written(text: str, tmp_path: Path) -> None:
    for started_with in ("option-data", "env-data", "logs"):
        assert str(tmp_path / started_with) not in text
    assert 'data_dir = "/var/lib/receiving-desk"\n' in text and "sound = true\n" in text


def test_saving_scanners_keeps_every_other_line(
    site_window: MainWindow,
    site_services: Services,
    station_file: Path,
    original: str,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(feed, "list_serial_ports", lambda: [])
    open_dialog(site_window, qtbot)
    dialog = site_window.settings_dialog
    assert dialog is not None
    page = dialog.scanners
    qtbot.waitUntil(lambda: page.refresh_button.isEnabled(), timeout=5000)
    assert [page.configured.item(r, 0).text() for r in range(2)] == ["dock-left", "dock-right"]
    page.configured.setCurrentCell(1, 0)
    assert page.name_edit.text() == "dock-right"
    page.baud_combo.setCurrentText("38400")
    page.apply_edit_button.click()
    page.save_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Saved and applied", timeout=5000)

    text = station_file.read_text(encoding="utf-8")
    assert text == original.replace(
        "idle_flush_ms = 100\n\n# Not read",
        "idle_flush_ms = 100\nbaudrate = 38400\n\n# Not read",
    )
    assert_overrides_not_written(text, tmp_path)
    reread = load_config(station_file, environ={})
    assert reread.scanners == site_services.config.scanners
    assert reread.scanners[1].baudrate == 38400
    assert reread.central.url == "postgresql://central.example:5432/returns"  # still syncing


def test_saving_printers_keeps_every_other_line(
    site_window: MainWindow,
    site_services: Services,
    station_file: Path,
    original: str,
    zebra: FakeZebra,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    open_dialog(site_window, qtbot)
    dialog = site_window.settings_dialog
    assert dialog is not None
    page = dialog.printers
    assert page.rows["restock"].url.text() == zebra.url
    page.rows["restock"].dpi.setCurrentText("300")
    page.rows["command-sheet"].url.setText("cups://office")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Saved and applied", timeout=5000)

    text = station_file.read_text(encoding="utf-8")
    restock = f'restock = {{ url = "{zebra.url}", format = "zpl", dpi = 203, size = "4x2" }}\n'
    bin_line = f'bin = "{(tmp_path / "bin-labels").as_uri()}"   # through the OS print system\n'
    assert restock in original and bin_line in original
    expected = original.replace(restock, restock.replace("dpi = 203", "dpi = 300")).replace(
        bin_line, bin_line + 'command-sheet = { url = "cups://office", dpi = 203, size = "4x2" }\n'
    )
    assert text == expected
    assert_overrides_not_written(text, tmp_path)
    assert site_services.printers.for_type("restock").dpi == 300


def test_saving_printers_into_a_new_file_writes_no_override(
    window: MainWindow, services: Services, tmp_path: Path, qtbot: QtBot
) -> None:
    """No station file yet: the page shows the built-in default printer, a folder under the
    data directory; saving must not turn that (possibly one-off) path into a setting."""
    open_dialog(window, qtbot)
    dialog = window.settings_dialog
    assert dialog is not None
    page = dialog.printers
    assert page.rows["default"].url.text() == services.config.label_dir.resolve().as_uri()
    page.rows["bin"].url.setText("cups://office")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Saved and applied", timeout=5000)
    assert services.config.source is not None
    assert services.config.source.read_text(encoding="utf-8") == (
        '[printers]\nbin = { url = "cups://office", dpi = 203, size = "4x2" }\n'
    )
