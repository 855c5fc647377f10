"""A station file that cannot be used, at the desk's start: a dialog naming file, line and
problem, the same line on stderr, exit code 2, and no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from receiving_desk import cli


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('[station]\nstation_id = "DOCK-1"\nsound = "yes"\n', "3: sound must be true or false"),
        # found while the desk is built, after the file was read
        ('[station]\n\n[printers]\nbin = "lpt://x"\n', "4: [printers] bin: printer URL"),
    ],
)
def test_a_bad_station_file_at_start_is_a_dialog_and_one_line(
    qtbot: QtBot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    problem: str,
) -> None:
    monkeypatch.setenv("RECEIVING_DESK_LOG_DIR", str(tmp_path / "logs"))
    bad = tmp_path / "station.toml"
    bad.write_text(text, encoding="utf-8")
    shown: list[tuple[str, str, str]] = []
    finished = [False]

    def answer() -> None:  # the person reading the dialog: wait for it, read it, close it
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append((box.windowTitle(), box.text(), box.informativeText()))
            box.done(0)
        elif not finished[0]:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    try:
        assert cli.main(["--config", str(bad), "--data-dir", str(tmp_path), "gui"]) == 2
    finally:
        finished[0] = True
    err = capsys.readouterr().err
    assert err.startswith(f"receiving-desk: {bad}:{problem}") and err.count("\n") == 1
    line = err.removeprefix("receiving-desk: ").rstrip("\n")
    assert shown == [
        (
            "Receiving Desk cannot start",
            "The station settings file cannot be used.",
            f"{line}\n\nCorrect the file, then start the desk again.",
        )
    ]


def test_without_a_window_there_is_no_dialog(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "station.toml"
    bad.write_text("[station\n", encoding="utf-8")
    assert cli.main(["--config", str(bad), "db", "status"]) == 2
    assert QApplication.activeModalWidget() is None
    err = capsys.readouterr().err
    assert err.startswith(f"receiving-desk: {bad}:1: not valid TOML: ") and err.count("\n") == 1


def test_a_data_folder_that_cannot_be_written_is_a_dialog_and_one_line(
    qtbot: QtBot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A path under a plain file cannot become a folder, for root too (unlike a chmod).
    monkeypatch.setenv("RECEIVING_DESK_LOG_DIR", str(tmp_path / "logs"))
    (tmp_path / "blocker").write_text("", encoding="utf-8")
    data_dir = tmp_path / "blocker" / "data"
    shown: list[tuple[str, str]] = []
    finished = [False]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append((box.text(), box.informativeText()))
            box.done(0)
        elif not finished[0]:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    try:
        assert cli.main(["--data-dir", str(data_dir), "gui"]) == 2
    finally:
        finished[0] = True
    err = capsys.readouterr().err
    assert (
        err == f"receiving-desk: {data_dir}: the data folder cannot be written (Not a directory)\n"
    )
    assert shown == [
        (
            f"The data folder {data_dir} cannot be written (Not a directory). Give the desk a "
            "writable folder (data_dir in the station settings file), or have its permissions "
            "corrected.",
            "Nothing was changed.",
        )
    ]
