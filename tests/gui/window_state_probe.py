"""Run in a subprocess by test_window_state.py, on an offscreen screen of a given size: opens
the real main window with its saved state, optionally moves it, prints where it is, and
closes it (which saves the state). Usage: probe DATA_DIR INI STATION [x y w h]."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from receiving_desk.bootstrap import bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.gui.app import create_window
from receiving_desk.gui.window_state import WindowState


def main(argv: list[str]) -> int:
    data_dir, ini, station = Path(argv[0]), argv[1], argv[2]
    app = QApplication([])
    services = bootstrap(StationConfig(station_id=station, data_dir=data_dir, sound=False))
    try:
        window = create_window(services.desk_app())
        window.window_state = WindowState(QSettings(ini, QSettings.Format.IniFormat), station)
        window.window_state.show(window)
        app.processEvents()
        if len(argv) == 7:
            x, y, w, h = (int(v) for v in argv[3:])
            window.setGeometry(x, y, w, h)
            app.processEvents()
        frame, inner = window.frameGeometry(), window.geometry()
        screen = window.screen().availableGeometry()
        print(
            json.dumps(
                {
                    "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                    "geometry": [inner.x(), inner.y(), inner.width(), inner.height()],
                    "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
                }
            )
        )
        window.close()
    finally:
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
