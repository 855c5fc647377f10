"""`receiving-desk --config FILE gui` on a new desk: a station file that does not exist yet on
a data folder with no store starts the desk (its setup flow writes the file named); the same
missing file on a desk that has a store is a mistake, and refused."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from receiving_desk.cli import _first_run, _parser
from receiving_desk.gui.start_probe import READY_PREFIX

SRC = Path(__file__).resolve().parents[2] / "src"


def _start(config: Path, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    args = ["--config", str(config), "--data-dir", str(data), "gui", "--quit-after-start"]
    return subprocess.run(
        [sys.executable, "-m", "receiving_desk", *args],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_a_new_desk_starts_with_a_station_file_still_to_write(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = _start(tmp_path / "station.toml", data)
    assert first.returncode == 0, first.stderr
    assert any(line.startswith(READY_PREFIX) for line in first.stdout.splitlines())
    assert (data / "desk.sqlite3").exists()

    # The same missing file once the store exists is a mistake (a typo): refused as before,
    # with the start-up dialog, so decided here without opening a window.
    typo = ["--config", str(tmp_path / "statoin.toml"), "--data-dir", str(data), "gui"]
    assert not _first_run(_parser().parse_known_args(typo)[0])
    new = ["--config", str(tmp_path / "new" / "station.toml"), "--data-dir",
           str(tmp_path / "new"), "gui"]  # fmt: skip
    assert _first_run(_parser().parse_known_args(new)[0])
