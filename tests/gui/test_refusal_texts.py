"""A refusal of what someone typed is said on screen in the desk's language: the user
administration (Administration → Users and the first-run setup), the report's date range, a
file that is not a photo and a printer that did not print a test label. The facts (a badge,
a length, a date, a file name) stay as they were typed; the command line keeps the English."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.gui.app import create_window, install_translations
from receiving_desk.gui.main_window import MainWindow
from tests.conftest import FixedClock
from tests.gui.conftest import Clerk
from tests.integration.printer_fixtures import HS_PAPER_OUT, FakeZebra
from tests.seed import EARBUDS, RMA1, SUPERVISOR, item_code

LEFT = Qt.MouseButton.LeftButton
ADMIN_BADGE, ADMIN_PIN = "BADGE-ADM01", SUPERVISOR[1]
LANGUAGES = ("ru", "zh_CN")

# What each refusal reads as, per language ("Not done: <why>").
SAID = {
    "ru": {
        "name": "Не выполнено: у пользователя должно быть имя",
        "pin": "Не выполнено: PIN-код должен состоять из 6–12 цифр",
        "badge": "Не выполнено: бейдж 'X1': код бейджа — BADGE- и от 3 до 12 заглавных латинских"
        " букв или цифр (BADGE-A001)",
        "taken": f"Не выполнено: бейдж {ADMIN_BADGE} уже занят",
        "self": "Не выполнено: нельзя отключить самого себя",
        "nobody": "Не выполнено: ни у одного пользователя нет бейджа BADGE-NOBODY",
        "range": "период заканчивается (2026-03-20) раньше, чем начинается (2026-03-28)",
        "photo": "Фото не добавлено: notes.txt: это не фото (.heic, .jpeg, .jpg, .png, .webp)",
        "printed": "напечатано (готов)",
        "paper": "не напечатано: нет бумаги",
    },
    "zh_CN": {
        "name": "未完成：用户需要姓名",
        "pin": "未完成：PIN 码须为 6 到 12 位数字",
        "badge": "未完成：工牌 'X1'：工牌编码为 BADGE- 加 3 到 12 个大写字母或数字（BADGE-A001）",
        "taken": f"未完成：工牌 {ADMIN_BADGE} 已被使用",
        "self": "未完成：不能停用自己",
        "nobody": "未完成：没有用户使用工牌 BADGE-NOBODY",
        "range": "日期范围的结束日（2026-03-20）早于开始日（2026-03-28）",
        "photo": "照片未添加：notes.txt：不是照片（.heic, .jpeg, .jpg, .png, .webp）",
        "printed": "已打印（就绪）",
        "paper": "未打印：缺纸",
    },
}


@contextmanager
def speaking(qapp: QApplication, language: str) -> Iterator[None]:
    translators = install_translations(qapp, language)
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def shows(qtbot: QtBot, label: QLabel, expected: str) -> None:
    """Waits for the label to say `expected` (the last text it showed, if it never does)."""

    def said() -> None:
        assert label.text() == expected

    qtbot.waitUntil(said, timeout=5000)


@pytest.fixture
def admin_desk(
    station_config: StationConfig, clock: FixedClock, fast_hasher: object
) -> Iterator[Services]:
    services = bootstrap(station_config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    assert services.admin is not None
    services.admin.setup.first_admin(ADMIN_BADGE, "Mina Park", ADMIN_PIN)
    try:
        yield services
    finally:
        services.close()


@pytest.fixture
def admin_window(admin_desk: Services, qtbot: QtBot) -> Iterator[MainWindow]:
    window = create_window(admin_desk.desk_app())
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_user_administration_refusals_are_said_in_the_admins_language(
    qapp: QApplication, admin_window: MainWindow, qtbot: QtBot, language: str
) -> None:
    """Administration → Users: each refusal of the service (name, PIN length, badge format,
    badge taken, deactivating oneself, an unknown badge) in the admin's words, its facts kept;
    nothing was added."""
    said = SAID[language]
    with speaking(qapp, language):
        Clerk(admin_window, qtbot).login(ADMIN_BADGE, ADMIN_PIN)
        admin_window.open_admin()
        assert admin_window.admin_dialog is not None
        users = admin_window.admin_dialog.users

        def add(badge: str, name: str, pin: str) -> None:
            users.status.setText("")
            users.badge.setText(badge)
            users.name.setText(name)
            users.pin.setText(pin)
            users.pin_again.setText(pin)
            qtbot.mouseClick(users.add_button, LEFT)

        add("BADGE-C777", "  ", "123456")
        shows(qtbot, users.status, said["name"])
        add("BADGE-C777", "Ivan", "123")
        shows(qtbot, users.status, said["pin"])
        add("X1", "Ivan", "123456")
        shows(qtbot, users.status, said["badge"])
        add(ADMIN_BADGE, "Ivan", "123456")
        shows(qtbot, users.status, said["taken"])
        for badge, key in ((ADMIN_BADGE, "self"), ("BADGE-NOBODY", "nobody")):
            users.status.setText("")
            users.badge.setText(badge)
            qtbot.mouseClick(users.deactivate_button, LEFT)
            shows(qtbot, users.status, said[key])
        assert users.table.rowCount() == 1  # only the admin: nothing was added
        admin_window.admin_dialog.reject()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_admins_refusals_are_said_in_the_language(
    qapp: QApplication,
    station_config: StationConfig,
    clock: FixedClock,
    fast_hasher: object,
    qtbot: QtBot,
    language: str,
) -> None:
    """The first-run setup's first administrator: a missing name and a short PIN refused in
    the desk's language, then the admin is created."""
    services = bootstrap(station_config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    try:
        with speaking(qapp, language):
            window = create_window(services.desk_app())
            qtbot.addWidget(window)
            window.show()
            qtbot.waitUntil(lambda: window.setup_view is not None)
            setup = window.setup_view
            assert setup is not None
            step = setup.admin_step
            for name, pin, key in (("", ADMIN_PIN, "name"), ("Mina Park", "12", "pin")):
                step.status.setText("")
                step.name.setText(name)
                step.badge.setText(ADMIN_BADGE)
                step.pin.setText(pin)
                step.pin_again.setText(pin)
                qtbot.mouseClick(step.create_button, LEFT)
                shows(qtbot, step.status, SAID[language][key])
            assert services.admin is not None and services.admin.setup.needs_setup()
            window.close()
    finally:
        services.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_report_range_that_ends_before_it_starts_is_said_in_the_language(
    qapp: QApplication, admin_window: MainWindow, qtbot: QtBot, language: str
) -> None:
    with speaking(qapp, language):
        Clerk(admin_window, qtbot).login(ADMIN_BADGE, ADMIN_PIN)
        admin_window.open_reports()
        view = admin_window.reports_view
        assert view is not None
        view.pickers.choose_range(date(2026, 3, 28), date(2026, 3, 20))
        qtbot.mouseClick(view.run_button, LEFT)
        shows(qtbot, view.status, SAID[language]["range"])
        assert view.report is None and view.run_button.isEnabled()
        qtbot.waitUntil(lambda: admin_window.tasks.pending() == 0)  # its lists are in
        view.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_file_that_is_not_a_photo_is_refused_in_the_clerks_language(
    qapp: QApplication, clerk: Clerk, window: MainWindow, qtbot: QtBot, tmp_path: Path,
    language: str,
) -> None:  # fmt: skip
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture", encoding="utf-8")
    with speaking(qapp, language):
        clerk.login()
        clerk.scan(RMA1)
        clerk.scan(item_code(EARBUDS))
        window.add_photo_file(str(notes))
        shows(qtbot, window.receiving.ui.bannerLabel, SAID[language]["photo"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_test_label_the_printer_refused_is_said_in_the_language(
    qapp: QApplication, clerk: Clerk, window: MainWindow, qtbot: QtBot, language: str
) -> None:
    """Settings → Printers, to a (fake) Zebra on a real socket: the printer's state in the
    supervisor's words, printed and then refused for want of paper."""
    with FakeZebra() as zebra, speaking(qapp, language):
        clerk.login(SUPERVISOR[0], SUPERVISOR[1])
        clerk.key(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        assert window.settings_dialog is not None
        row = window.settings_dialog.printers.rows["restock"]
        row.url.setText(zebra.url)
        row.format.setCurrentText("zpl")
        row.test.click()
        shows(qtbot, row.result, SAID[language]["printed"])
        zebra.set_status(HS_PAPER_OUT)
        row.test.click()
        qtbot.waitUntil(lambda: row.result.text().startswith(SAID[language]["paper"]))
        window.settings_dialog.reject()


@pytest.mark.parametrize("language", LANGUAGES)
def test_two_scanners_of_one_name_are_a_setting_not_saved_in_the_language(
    qapp: QApplication, clerk: Clerk, window: MainWindow, qtbot: QtBot, tmp_path: Path,
    language: str,
) -> None:  # fmt: skip
    """Settings → Scanners: the refusal is a setting not saved (not an entry "not done"),
    both said in the supervisor's words, the name as typed."""
    said = {
        "ru": "Настройка не сохранена: у двух сканеров не может быть одинакового названия: dock",
        "zh_CN": "设置未保存：两个扫描枪不能同名：dock",
    }
    with speaking(qapp, language):
        clerk.login(SUPERVISOR[0], SUPERVISOR[1])
        clerk.key(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        assert window.settings_dialog is not None
        page = window.settings_dialog.scanners
        for port in ("a", "b"):
            page.add_button.click()
            page.name_edit.setText("dock")
            page.port_edit.setText(str(tmp_path / port))
            page.apply_edit_button.click()
        page.save_button.click()
        shows(qtbot, page.status, said[language])
        window.settings_dialog.reject()
