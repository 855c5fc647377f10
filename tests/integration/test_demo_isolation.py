"""The demo is a station of its own: its own id, folder, settings file and pepper, no central
database, none of the dock's printers; and it never empties a folder holding a real store."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from receiving_desk import cli
from receiving_desk.adapters.demo_station import MARKER
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.config import StationConfig

REAL_STATION = """[station]
station_id = "DOCK-09"
language = "ru"

[central]
url = "postgresql+psycopg://desk@central.example/returns"

[printers]
restock = "tcp://printer.example:9100"
"""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _real_store(folder: Path) -> Path:
    engine = create_store_engine(folder / "desk.sqlite3")
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    return folder / "desk.sqlite3"


def test_the_demo_on_a_configured_station_is_its_own_standalone_station(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    station = tmp_path / "station.toml"
    station.write_text(REAL_STATION, "utf-8")
    started: list[StationConfig] = []
    monkeypatch.setenv("RECEIVING_DESK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(cli, "_create_demo", lambda config: None)
    monkeypatch.setattr(cli, "_demo_gui", lambda config: started.append(config) or 0)
    demo_dir = tmp_path / "demo"
    assert cli.main(["--config", str(station), "--data-dir", str(demo_dir), "demo"]) == 0
    (demo,) = started
    assert demo.station_id.startswith("DEMO-") and demo.station_id != "DOCK-09"
    assert demo.standalone and demo.central.url == ""  # nothing is pushed anywhere
    assert demo.data_dir == demo_dir and demo.settings_file == demo_dir / "station.toml"
    assert demo.pepper_path == demo_dir / "pepper"  # not the site's pepper
    assert demo.printers == {}  # demo labels never reach the dock's printer
    assert demo.language == "ru"  # what the person at the desk reads is kept
    assert station.read_text("utf-8") == REAL_STATION


def test_the_demo_refuses_a_folder_holding_a_real_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RECEIVING_DESK_LOG_DIR", str(tmp_path / "logs"))
    real = tmp_path / "real"
    store = _real_store(real)
    before = _digest(store)
    for extra in ([], ["--keep"]):
        assert cli.main(["--data-dir", str(real), "demo", "--no-gui", *extra]) == 2
        assert "is not a demo store" in capsys.readouterr().err
        assert store.exists() and _digest(store) == before
    assert not (real / MARKER).exists()


def test_the_demo_replaces_only_its_own_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RECEIVING_DESK_LOG_DIR", str(tmp_path / "logs"))
    demo = tmp_path / "demo"
    assert cli.main(["--data-dir", str(demo), "demo", "--no-gui"]) == 0
    assert (demo / MARKER).exists() and (demo / "pepper").exists()
    first = _digest(demo / "desk.sqlite3")
    assert cli.main(["--data-dir", str(demo), "demo", "--no-gui"]) == 0  # fresh data again
    assert "4 users" in capsys.readouterr().out
    assert _digest(demo / "desk.sqlite3") != first
