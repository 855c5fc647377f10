"""Screenshots of the receiving view for every dock screen and language, into docs/screenshots/.

    .venv/bin/python docs/screenshots.py            # every size × scaling × language
    .venv/bin/python docs/screenshots.py 1366x768@1 ru

Each shot runs in a process of its own, because Qt reads `QT_SCALE_FACTOR` once, at start: a
1920×1080 screen at 150 % gives the window 1280×720 logical pixels, less the taskbar and the
title bar, exactly as a maximised window on that screen. The window is the real one on a demo
store, driven by a scripted clerk (log in, open a return, grade a unit, scan the next one) so
the heaviest screen is shown: a checklist, found conditions and the last decision. The shots
are taken offscreen with the fonts the desk uses (Noto Sans CJK SC/TC/KR, DejaVu Sans).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "screenshots"
SCREENS = ("1366x768@1", "1366x768@1.25", "1920x1080@1", "1920x1080@1.25", "1920x1080@1.5")
LANGUAGES = ("en", "zh_CN", "zh_TW", "ru", "ko")
TASKBAR, TITLE_BAR = 40, 30  # physical pixels a maximised window does not get


def window_size(screen: str) -> tuple[int, int, float]:
    """Logical width and height of a maximised window on `screen` ("1366x768@1.25")."""
    size, scale = screen.split("@")
    width, height = (int(v) for v in size.split("x"))
    factor = float(scale)
    return int(width / factor), int((height - TASKBAR - TITLE_BAR) / factor), factor


def shot_name(screen: str, language: str) -> str:
    size, scale = screen.split("@")
    return f"receiving-{size}-{round(float(scale) * 100)}-{language}.png"


def take(screen: str, language: str) -> int:
    """In this process (QT_SCALE_FACTOR already set by the parent): one screenshot."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from receiving_desk.bootstrap import bootstrap
    from receiving_desk.config import StationConfig
    from receiving_desk.gui.app import create_window, install_translations
    from receiving_desk.services.demo_data import load_demo_data

    app = QApplication(sys.argv)
    install_translations(app, "en_GB" if language == "en" else language)
    tmp = Path(tempfile.mkdtemp())
    config = StationConfig(
        station_id="DOCK-A-01",
        site_name="Returns dock A",
        site_timezone="Europe/Berlin",
        data_dir=tmp,
        log_dir=tmp,
        sound=False,
        language=language,
        source=tmp / "station.toml",  # its own pepper beside it, not the user's
    )
    services = bootstrap(config)
    load_demo_data(services.uow_factory, services.hasher, services.clock.now())
    with services.uow_factory() as uow:
        rma = uow.rmas.by_number("RMA-2026-000001")
        assert rma is not None
        codes = [uow.catalog.by_sku(line.sku).gtins[0][1:] for line in rma.lines]  # type: ignore[union-attr]
    window = create_window(services.desk_app())
    width, height, _ = window_size(screen)
    window.resize(width, height)
    window.show()
    view = window.receiving
    script = [
        "BADGE-C001",
        "111111",
        rma.rma_number,
        codes[0],
        "CMD-CHK-ALL-OK",
        "CMD-GRADE-A",
        codes[1],
        "CMD-CHK-SEAL-INTACT-N",
        "CMD-COND-BOX-DAMAGED",
    ]
    target = OUT / shot_name(screen, language)

    def step() -> None:
        if window.tasks.pending() or window.scanners.keyboard_lines_in_flight:
            QTimer.singleShot(50, step)
            return
        if script:
            view.submit_line(script.pop(0))
            QTimer.singleShot(150, step)
            return
        window.grab().save(str(target))
        print("wrote", target.relative_to(HERE.parent))
        app.quit()

    QTimer.singleShot(300, step)
    QTimer.singleShot(60_000, app.quit)  # never hang a scripted run
    code = app.exec()
    window.close()
    services.close()
    return code


def main(argv: list[str]) -> int:
    if len(argv) == 3 and os.environ.get("SCREENSHOT_CHILD"):
        return take(argv[1], argv[2])
    screens = [a for a in argv[1:] if "@" in a] or list(SCREENS)
    languages = [a for a in argv[1:] if a in LANGUAGES] or list(LANGUAGES)
    OUT.mkdir(exist_ok=True)
    failed = 0
    for screen in screens:
        for language in languages:
            env = dict(os.environ, SCREENSHOT_CHILD="1", QT_QPA_PLATFORM="offscreen")
            env["QT_SCALE_FACTOR"] = str(window_size(screen)[2])
            run = subprocess.run([sys.executable, __file__, screen, language], env=env, check=False)  # noqa: S603 (this script)
            failed += run.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
