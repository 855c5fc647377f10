"""The desk's start-up loads only what its first screen needs.

Structural guards, not timings: each check runs a fresh interpreter and looks at
`sys.modules`. Migrations, reports, PDF and label rendering, the central database driver,
GS1 tables and Qt Multimedia/Charts are loaded on first use, never by starting the desk.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.gui.start_probe import READY_PREFIX

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


def test_starting_the_desk_loads_nothing_the_first_screen_does_not_need(tmp_path: Path) -> None:
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
    code = (
        "from receiving_desk.cli import main\n"
        f"code = main(['--config', {str(station)!r}, 'gui', '--quit-after-start'])\n"
        "assert code == 0, code\n" + LOADED
    )
    out = _python(code)
    assert any(line.startswith(READY_PREFIX) for line in out), out  # the window got ready
    assert json.loads(out[-1]) == []
