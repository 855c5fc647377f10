"""A station file or a rules file that cannot be used is named to whoever fixes it in the
desk's language: the file, the line, the section and every fact as the file writes them, the
words translated (the command line and the log keep the English line)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from receiving_desk import cli
from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.errors import DeskError
from receiving_desk.domain.rules_file import load_rules
from receiving_desk.domain.rules_reader import RulesFileError
from receiving_desk.gui.admin_rules import change_text
from receiving_desk.gui.app import create_window, install_translations
from receiving_desk.gui.messages import failure_text
from receiving_desk.resources import resource
from receiving_desk.services.rules_admin import RulesChange
from tests.conftest import FixedClock
from tests.gui.conftest import Clerk
from tests.seed import SUPERVISOR

LEFT = Qt.MouseButton.LeftButton
ADMIN_BADGE, ADMIN_PIN = "BADGE-ADM01", SUPERVISOR[1]

STATION = """\
[station]
station_id = "DOCK-7"
language = "{language}"

[[scanner]]
name = "gun"
port = "/dev/ttyS0"
baudrate = 0
"""
# What the dialog says, per language: its title, its sentence, and the problem after
# "<file>:8: [[scanner]] " (the key, the scanner's name and the range untouched).
SAID = {
    "ru": (
        "Приёмка возвратов не может запуститься",
        "сканер 'gun': значение baudrate должно быть в пределах 1..4000000",
    ),
    "zh_CN": ("退货收货台无法启动", "扫描枪 'gun'：baudrate 必须在 1..4000000 之间"),
}


def open_start_dialog(argv: list[str]) -> tuple[int, list[tuple[str, str, str]]]:
    """Start the desk as the command line does; read the dialog it shows, then close it."""
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
        status = cli.main(argv)
    finally:
        finished[0] = True
    return status, shown


@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_a_bad_station_file_at_start_is_said_in_the_language_it_asks_for(
    qtbot: QtBot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    """The file cannot be used, so its settings are not in force: its `language` is still
    read to say the problem in it."""
    monkeypatch.setenv("RECEIVING_DESK_LOG_DIR", str(tmp_path / "logs"))
    bad = tmp_path / "station.toml"
    bad.write_text(STATION.format(language=language), encoding="utf-8")
    status, shown = open_start_dialog(
        ["--config", str(bad), "--data-dir", str(tmp_path / "data"), "gui"]
    )
    assert status == 2
    english = f"{bad}:8: [[scanner]] scanner 'gun': baudrate must be 1..4000000"
    assert capsys.readouterr().err == f"receiving-desk: {english}\n"  # the log's line
    assert len(shown) == 1
    title, sentence, details = shown[0]
    assert title == SAID[language][0]
    assert sentence not in ("", "The station settings file cannot be used.")
    problem, hint = details.split("\n\n")
    assert problem == f"{bad}:8: [[scanner]] {SAID[language][1]}"
    assert hint != "Correct the file, then start the desk again." and hint


@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_a_bad_printer_found_while_the_desk_is_built_is_said_translated(
    qtbot: QtBot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    monkeypatch.setenv("RECEIVING_DESK_LOG_DIR", str(tmp_path / "logs"))
    bad = tmp_path / "station.toml"
    bad.write_text(
        f'[station]\nlanguage = "{language}"\n\n[printers]\nbin = "tcp://printer:99999"\n',
        encoding="utf-8",
    )
    status, shown = open_start_dialog(
        ["--config", str(bad), "--data-dir", str(tmp_path / "data"), "gui"]
    )
    assert status == 2
    err = capsys.readouterr().err
    assert err == (
        f"receiving-desk: {bad}:5: [printers] bin: "
        "printer URL 'tcp://printer:99999': the port must be 1..65535\n"
    )
    problem = shown[0][2].split("\n\n")[0]
    said = {
        "ru": "URL принтера 'tcp://printer:99999': порт должен быть 1..65535",
        "zh_CN": "打印机 URL 'tcp://printer:99999'：端口必须在 1..65535 之间",
    }
    assert problem == f"{bad}:5: [printers] bin: {said[language]}"


@pytest.fixture
def admin_desk(
    station_config: StationConfig, clock: FixedClock, fast_hasher: object
) -> Iterator[Services]:
    """A desk with its first admin (the window is made by the test, in its language)."""
    services = bootstrap(station_config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    assert services.admin is not None
    services.admin.setup.first_admin(ADMIN_BADGE, "Mina Park", ADMIN_PIN)
    try:
        yield services
    finally:
        services.close()


@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_a_refused_rules_file_is_said_in_the_admins_language(
    qapp: QApplication,
    admin_desk: Services,
    qtbot: QtBot,
    tmp_path: Path,
    language: str,
) -> None:
    """Administration → Rules: a file with an unknown grade is refused on Compare and on
    Load, named with its file and line, in the admin's language; the refusal is audited in
    English (the record's words)."""
    services = admin_desk
    shipped = resource("rules", "returns.toml").read_text("utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text(shipped.replace('grade = "A"', 'grade = "Z"', 1), "utf-8")
    line = broken.read_text("utf-8").splitlines().index('grade = "Z"') + 1
    with pytest.raises(RulesFileError) as refused:
        load_rules(broken)
    rule = re.match(r"(\[\[rule\]\] '[^']+'):", refused.value.problem)
    assert rule is not None and refused.value.line == line
    allowed = dict(refused.value.wording.params)["allowed"]
    said = {
        "ru": f"неизвестная категория качества 'Z' (допустимо: {allowed})",
        "zh_CN": f"未知等级 'Z'（可选：{allowed}）",
    }
    expected = f"{broken}:{line}: {rule.group(1)}: {said[language]}"

    translators = install_translations(qapp, language)
    try:
        window = create_window(services.desk_app())
        qtbot.addWidget(window)
        window.show()
        Clerk(window, qtbot).login(ADMIN_BADGE, ADMIN_PIN)
        window.open_admin()
        assert window.admin_dialog is not None
        rules = window.admin_dialog.rules
        rules.file.setText(str(broken))
        qtbot.mouseClick(rules.compare_button, LEFT)
        qtbot.waitUntil(lambda: rules.status.text() != "")
        assert rules.status.text() == expected
        rules.status.setText("")
        qtbot.mouseClick(rules.load_button, LEFT)
        qtbot.waitUntil(lambda: rules.status.text() != "")
        assert rules.status.text() == expected
        window.admin_dialog.reject()
        window.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    with services.engine.connect() as conn:
        details = conn.execute(
            select(t.audit_log.c.details).where(t.audit_log.c.action == "rules_refused")
        ).scalar_one()
    assert details["problem"] == str(refused.value)  # the record keeps the English line


@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_a_setting_the_settings_page_refuses_is_said_translated(
    qapp: QApplication, admin_desk: Services, language: str
) -> None:
    """Settings → Scales: a poll interval out of range is refused by the use case; the page's
    status line says which scale, which key and the range, in the admin's words."""
    services = admin_desk
    session = services.auth.login(ADMIN_BADGE, ADMIN_PIN)
    app = services.desk_app()
    scale = {"name": "bench", "port": "/dev/ttyS0", "poll_ms": 10}
    with pytest.raises(DeskError) as refused:
        app.settings.save_scales(session, [scale])
    assert failure_text(refused.value) == (
        "Setting not saved: scale 'bench': poll_ms must be 50..5000"
    )
    translators = install_translations(qapp, language)
    try:
        said = failure_text(refused.value)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert (
        said
        == {
            "ru": "Настройка не сохранена: весы 'bench': значение poll_ms должно быть в пределах "
            "50..5000",
            "zh_CN": "设置未保存：秤 'bench'：poll_ms 必须在 50..5000 之间",
        }[language]
    )


def test_a_bad_rules_file_at_start_is_a_dialog_not_a_traceback(
    qtbot: QtBot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The station's rules_file is read while the desk is built: a bad one refuses the start
    like a bad setting, named with the rules file's own line, in the station's language."""
    monkeypatch.setenv("RECEIVING_DESK_LOG_DIR", str(tmp_path / "logs"))
    shipped = resource("rules", "returns.toml").read_text("utf-8")
    rules = tmp_path / "rules.toml"
    rules.write_text(shipped.replace('grade = "A"', 'grade = "Z"', 1), "utf-8")
    line = rules.read_text("utf-8").splitlines().index('grade = "Z"') + 1
    station = tmp_path / "station.toml"
    station.write_text(f'[station]\nlanguage = "ru"\nrules_file = "{rules}"\n', "utf-8")
    status, shown = open_start_dialog(
        ["--config", str(station), "--data-dir", str(tmp_path / "data"), "gui"]
    )
    assert status == 2
    err = capsys.readouterr().err
    assert err.startswith(f"receiving-desk: {rules}:{line}: [[rule]] ") and "Traceback" not in err
    assert "unknown grade 'Z'" in err
    title, sentence, details = shown[0]
    assert (title, sentence) == (
        "Приёмка возвратов не может запуститься",
        "Файл правил нельзя использовать.",
    )
    assert details.startswith(f"{rules}:{line}: [[rule]] ")
    assert "неизвестная категория качества 'Z' (допустимо: " in details


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("ru", "ошибка TOML: недопустимое значение (позиция 9)"),
        ("zh_CN", "不是有效的 TOML：无效的值（第 9 列）"),
    ],
)
def test_a_station_file_that_is_not_toml_is_said_translated(
    qtbot: QtBot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    said: str,
) -> None:
    """A syntax error: the parser's sentence is one of ours too, and the file's `language`
    line is still read though the file as a whole cannot be."""
    monkeypatch.setenv("RECEIVING_DESK_LOG_DIR", str(tmp_path / "logs"))
    bad = tmp_path / "station.toml"
    bad.write_text(f'[station]\nlanguage = "{language}"\nsound = \n', encoding="utf-8")
    status, shown = open_start_dialog(
        ["--config", str(bad), "--data-dir", str(tmp_path / "data"), "gui"]
    )
    assert status == 2
    assert capsys.readouterr().err == (
        f"receiving-desk: {bad}:3: not valid TOML: Invalid value (column 9)\n"
    )
    assert shown[0][2].split("\n\n")[0] == f"{bad}:3: {said}"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("ru", ["Версия: 1 → 2", "Новое правило: A-new", "Правило удалено: A-old"]),
        ("zh_CN", ["版本：1 → 2", "新增规则：A-new", "已删除规则：A-old"]),
    ],
)
def test_what_a_new_rules_file_changes_is_said_translated(
    qtbot: QtBot, language: str, said: list[str]
) -> None:
    """Administration → Rules → Compare: each change in the admin's language, the rule ids
    as the file writes them."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translations(app, language)
    try:
        found = [
            RulesChange("=", "version", "1", "2"),
            RulesChange("+", "rule", "A-new"),
            RulesChange("-", "rule", "A-old"),
        ]
        assert [change_text(c) for c in found] == said
        assert [str(c) for c in found] == ["version: 1 -> 2", "+ rule A-new", "- rule A-old"]
    finally:
        for translator in translators:
            app.removeTranslator(translator)
