"""Regenerate the README's screenshots: a demo store, the real window, a scripted clerk.

Run under a display (e.g. `xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python
docs/screenshots.py`) so the fonts and style are those a clerk sees.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from receiving_desk.bootstrap import bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.gui.app import create_window
from receiving_desk.services.demo_data import load_demo_data

HERE = Path(__file__).resolve().parent


def main() -> int:
    app = QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp())
    config = StationConfig(
        station_id="DOCK-A-01",
        site_name="Returns dock A",
        site_timezone="Europe/Berlin",
        data_dir=tmp,
        log_dir=tmp,
        sound=False,
    )
    services = bootstrap(config)
    load_demo_data(services.uow_factory, services.hasher, services.clock.now())
    with services.uow_factory() as uow:
        rma = uow.rmas.by_number("RMA-2026-000001")
        assert rma is not None
        codes = [uow.catalog.by_sku(line.sku).gtins[0][1:] for line in rma.lines]  # type: ignore[union-attr]
    window = create_window(services.desk_app())
    window.resize(1280, 860)
    window.show()
    view = window.receiving
    script = [
        "BADGE-C001",
        "1111",
        rma.rma_number,
        codes[0],
        "CMD-CHK-ALL-OK",
        "CMD-GRADE-A",
        codes[1],
        "CMD-CHK-SEAL-INTACT-N",
        "CMD-CHK-ACCESSORIES-COMPLETE-Y",
        "CMD-COND-BOX-DAMAGED",
    ]

    def step() -> None:
        if window.tasks.pending():
            QTimer.singleShot(50, step)
            return
        if script:
            view.submit_line(script.pop(0))
            QTimer.singleShot(300, step)
            return
        window.grab().save(str(HERE / "receiving-view.png"))
        print("wrote", HERE / "receiving-view.png")
        app.quit()

    QTimer.singleShot(500, step)
    QTimer.singleShot(30_000, app.quit)  # never hang a scripted run
    code = app.exec()
    window.close()
    services.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
