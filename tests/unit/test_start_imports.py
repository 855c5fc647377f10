"""The desk's start-up loads only what its first screen needs.

Structural guards, not timings: each check runs a fresh interpreter and looks at
`sys.modules`. Migrations, reports, PDF and label rendering, the central database driver,
GS1 tables and Qt Multimedia/Charts are loaded on first use, never by starting the desk.
The first screen is painted before the store is opened: up to that paint, not even the store
(SQLAlchemy, the composition root, the use cases, the serial readers, the barcode
interpreter) is loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.gui.start_probe import LIVE_PREFIX, READY_PREFIX

SRC = Path(__file__).resolve().parents[2] / "src"

NOT_AT_START = (
    "alembic",
    "mako",
    "reportlab",
    "pypdfium2",
    "barcode",  # python-barcode
    "biip",
    "psycopg",
    "sqlalchemy.orm",
    "sqlalchemy.dialects.postgresql",
    "PySide6.QtCharts",
    "PySide6.QtMultimedia",
    "receiving_desk.adapters.reports",
    "receiving_desk.adapters.imports",  # reference data files: the import command
    "receiving_desk.domain.reference_rows",  # the file rows' checks
    "receiving_desk.services.reports",
    "receiving_desk.services.report_model",
    "receiving_desk.services.report_tables",
    "receiving_desk.adapters.printing.pdf",
    "receiving_desk.adapters.printing.png",
    "receiving_desk.adapters.printing.zpl",
    "receiving_desk.adapters.printing.commandsheet",
    "receiving_desk.adapters.central.runner",
    "receiving_desk.adapters.central.push",
    "receiving_desk.adapters.central.pull",
    "receiving_desk.gui.reports_view",
    "receiving_desk.gui.report_export",
    "receiving_desk.gui.settings_dialog",
    "receiving_desk.gui.stock_dialog",
)

# Loaded with the store, on the store executor, once the first screen is painted.
NOT_ON_FIRST_SCREEN = (
    *NOT_AT_START,
    "sqlalchemy",
    "asyncio",
    "ssl",
    "serial",  # pyserial: the scanners open with the scan journal
    "stdnum",
    "tomlkit",  # the settings are written with it, read with tomllib
    "argon2",
    "receiving_desk.bootstrap",
    "receiving_desk.adapters.store",
    "receiving_desk.adapters.scanners.reader",
    "receiving_desk.adapters.scanners.manager",
    "receiving_desk.adapters.printing",
    "receiving_desk.adapters.central.syncer",
    "receiving_desk.adapters.backup.archive",
    "receiving_desk.domain.barcodes.interpreter",
    "receiving_desk.domain.events",
    "receiving_desk.services.desk",
    "receiving_desk.services.inspection",
    "receiving_desk.services.sync",
    "receiving_desk.services.weighing",
    "receiving_desk.gui.sync_status",
    "receiving_desk.gui.scale_bridge",
)

LOADED = (
    "import json, sys\n"
    f"names = {NOT_AT_START!r}\n"
    "loaded = sorted(m for m in sys.modules if any(m == n or m.startswith(n + '.') "
    "for n in names))\n"
    "print(json.dumps(loaded))\n"
)


def _python(code: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_importing_the_gui_start_path_loads_nothing_the_first_screen_does_not_need() -> None:
    code = (
        "import receiving_desk.cli, receiving_desk.bootstrap\n"
        "import receiving_desk.gui.app, receiving_desk.gui.main_window\n" + LOADED
    )
    assert json.loads(_python(code)[-1]) == []


def _station(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    engine = create_store_engine(data / "desk.sqlite3")
    try:
        migrate.upgrade(engine)  # an existing store at the latest revision, as at a station
    finally:
        engine.dispose()
    station = tmp_path / "station.toml"
    station.write_text(
        f'[station]\nstation_id = "T-01"\ndata_dir = "{data.as_posix()}"\n'
        f'log_dir = "{(tmp_path / "log").as_posix()}"\nsound = false\n',
        encoding="utf-8",
    )
    return station


def test_starting_the_desk_loads_nothing_the_first_screen_does_not_need(tmp_path: Path) -> None:
    station = _station(tmp_path)
    code = (
        "from receiving_desk.cli import main\n"
        f"code = main(['--config', {str(station)!r}, 'gui', '--quit-after-start'])\n"
        "assert code == 0, code\n" + LOADED
    )
    out = _python(code)
    assert any(line.startswith(READY_PREFIX) for line in out), out  # the window got ready
    assert json.loads(out[-1]) == []


def test_up_to_its_first_paint_the_desk_has_not_loaded_its_store(tmp_path: Path) -> None:
    """What is loaded when the window has been painted and the store is about to be opened
    (a real `gui --quit-after-start`: the snapshot is taken where the opening is submitted)."""
    station = _station(tmp_path)
    code = (
        "import json, linecache, sys\n"
        "from receiving_desk.gui import desk_opening\n"
        "seen = {}\n"
        "submit = desk_opening.DeskOpening._open\n"
        "def snapshot(self):\n"
        "    seen['modules'] = sorted(sys.modules)\n"
        "    seen['sources'] = sorted(f for f in linecache.cache if 'receiving_desk' in f)\n"
        "    submit(self)\n"
        "desk_opening.DeskOpening._open = snapshot\n"
        "from receiving_desk.cli import main\n"
        f"code = main(['--config', {str(station)!r}, 'gui', '--quit-after-start'])\n"
        "assert code == 0, code\n"
        "print(json.dumps(seen))\n"
    )
    out = _python(code)
    assert [line.split(":")[0] + ":" for line in out[:-1]] == [READY_PREFIX, LIVE_PREFIX]
    seen = json.loads(out[-1])
    loaded = [
        m
        for m in seen["modules"]
        if any(m == n or m.startswith(n + ".") for n in NOT_ON_FIRST_SCREEN)
    ]
    assert loaded == []
    assert "receiving_desk.gui.main_window" in seen["modules"]  # (the snapshot is the real one)
    # PySide6's import hook was answered without reading the desk's modules' source.
    assert seen["sources"] == []
