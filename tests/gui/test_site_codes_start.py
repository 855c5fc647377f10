"""A store holding a bin the site's [barcodes] pattern would not let the desk scan: the desk
does not start; the dialog names the bin and the pattern, in the desk's language."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from receiving_desk import cli
from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.bootstrap import bootstrap
from receiving_desk.config import SiteCodesError, StationConfig, load_config
from tests.conftest import FixedClock
from tests.seed import seed

OLD_BIN_PATTERN = r"BIN-[A-Z0-9]{1,4}(?:-[A-Z0-9]{1,4}){0,3}"  # the default that lost SCRAP


def _seeded_store(config: StationConfig, clock: FixedClock, hasher: object) -> None:
    services = bootstrap(config, clock=clock, hasher=hasher)  # type: ignore[arg-type]
    seed(services.uow_factory, services.hasher, clock.now())  # BIN-SCRAP-01, BIN-STAGE-01...
    services.close()


def _station_file(
    path: Path, data_dir: Path, language: str, barcodes: str = f"bin = '{OLD_BIN_PATTERN}'"
) -> Path:
    path.write_text(
        f'data_dir = "{data_dir}"\nlanguage = "{language}"\n\n[barcodes]\n{barcodes}\n',
        encoding="utf-8",
    )
    return path


def test_bootstrap_refuses_a_store_with_an_unscannable_bin(
    station_config: StationConfig, clock: FixedClock, fast_hasher: object, tmp_path: Path
) -> None:
    _seeded_store(station_config, clock, fast_hasher)
    station = _station_file(tmp_path / "station.toml", station_config.data_dir, "en")
    config = dataclasses.replace(load_config(station, environ={}), log_dir=tmp_path / "logs")
    with pytest.raises(SiteCodesError) as refused:
        bootstrap(config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    assert [p.code for p in refused.value.problems] == ["BIN-SCRAP-01", "BIN-STAGE-01"]
    assert str(refused.value).startswith(f"{station}:5: the site's codes: bin 'BIN-SCRAP-01'")
    assert str(refused.value).endswith("(and 1 more)")
    # The default pattern takes them: the same store starts.
    bootstrap(station_config, clock=clock, hasher=fast_hasher).close()  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "title", "says", "counted", "detail"),
    [
        (
            "en",
            "Receiving Desk cannot start",
            "The bin BIN-SCRAP-01 cannot be scanned",
            "2 codes in all cannot be scanned: BIN-SCRAP-01, BIN-STAGE-01.",
            "the site's codes: bin 'BIN-SCRAP-01' cannot be scanned: the site's bin pattern",
        ),
        (
            "ru",
            "Приёмка возвратов не может запуститься",
            "Ячейку BIN-SCRAP-01 нельзя",
            "Всего нельзя отсканировать 2 кода: BIN-SCRAP-01, BIN-STAGE-01.",
            "коды площадки: ячейку 'BIN-SCRAP-01' нельзя отсканировать: шаблон ячеек площадки",
        ),
    ],
)
def test_the_start_dialog_names_the_bin_and_the_pattern(
    qtbot: QtBot,
    station_config: StationConfig,
    clock: FixedClock,
    fast_hasher: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    title: str,
    says: str,
    counted: str,
    detail: str,
) -> None:
    monkeypatch.setenv("RECEIVING_DESK_LOG_DIR", str(tmp_path / "logs"))
    _seeded_store(station_config, clock, fast_hasher)
    station = _station_file(tmp_path / "station.toml", station_config.data_dir, language)
    shown = _dialog_texts(station)
    assert "BIN-SCRAP-01" in capsys.readouterr().err
    ((got_title, text, details),) = shown
    assert got_title == title
    assert text.startswith(says) and OLD_BIN_PATTERN in text
    assert text.endswith(counted)
    # the detail line: file and line, then the same facts in the same language
    assert details.startswith(f"{station}:5: {detail} '{OLD_BIN_PATTERN}'")
    assert ("(and 1 more)" if language == "en" else "(и ещё 1)") in details


def _dialog_texts(station: Path) -> list[tuple[str, str, str]]:
    """Starts the desk on `station` (refused: exit status 2); the dialogs it showed."""
    shown: list[tuple[str, str, str]] = []
    finished = [False]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append((box.windowTitle(), box.text(), box.informativeText()))
            box.done(0)
        elif not finished[0]:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    try:
        assert cli.main(["--config", str(station), "gui"]) == 2
    finally:
        finished[0] = True
    return shown


FIVE_DIGITS = r"RMA-\d{4}-\d{5}"  # a site that narrowed its RMA numbers: its open RMAs are lost


@pytest.mark.parametrize(
    ("language", "says"),
    [
        ("en", "The RMA number RMA-2026-000001 cannot be scanned at this desk"),
        ("ru", "Номер RMA RMA-2026-000001 нельзя отсканировать"),
    ],
)
def test_open_rmas_the_pattern_would_lose_stop_the_start_counted(
    qtbot: QtBot,
    station_config: StationConfig,
    clock: FixedClock,
    fast_hasher: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    says: str,
) -> None:
    monkeypatch.setenv("RECEIVING_DESK_LOG_DIR", str(tmp_path / "logs"))
    _seeded_store(station_config, clock, fast_hasher)
    station = _station_file(
        tmp_path / "station.toml", station_config.data_dir, language, f"rma = '{FIVE_DIGITS}'"
    )
    config = dataclasses.replace(load_config(station, environ={}), log_dir=tmp_path / "logs")
    with pytest.raises(SiteCodesError) as refused:
        bootstrap(config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    engine = create_store_engine(station_config.database_path)
    with engine.connect() as conn:
        open_rmas = sorted(
            conn.execute(select(t.rmas.c.rma_number).where(t.rmas.c.status == "open")).scalars()
        )
    engine.dispose()
    assert [p.code for p in refused.value.problems] == open_rmas and len(open_rmas) == 3
    n = len(open_rmas)
    said = str(refused.value)  # the first named, the rest counted
    assert "the site's codes: rma 'RMA-2026-000001' cannot be scanned" in said
    assert said.endswith(f"(and {n - 1} more)")
    shown = _dialog_texts(station)
    assert "RMA-2026-000001" in capsys.readouterr().err
    ((_, text, _),) = shown
    assert text.startswith(says) and FIVE_DIGITS in text
    listed = ", ".join(open_rmas) + "."
    counted = {"en": f"{n} codes in all cannot be scanned: {listed}",
               "ru": f"Всего нельзя отсканировать {n} кода: {listed}"}  # fmt: skip
    assert text.endswith(counted[language])
