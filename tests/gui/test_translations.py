"""The shipped translations: complete, faithful to the placeholders, compiled, and shown.

The .ts files are the translators' sources (resources/translations/update.py re-extracts and
compiles them); the .qm files next to them are what `install_translations` loads.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from receiving_desk.bootstrap import Services
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.file_problems import Wording
from receiving_desk.domain.reconciliation import MatchStatus
from receiving_desk.domain.reference_codes import site_scannable
from receiving_desk.domain.reference_files import read_source
from receiving_desk.domain.reference_rows import Checker, Kind
from receiving_desk.domain.rules import Disposition
from receiving_desk.gui import messages as m
from receiving_desk.gui import problem_texts
from receiving_desk.gui.app import create_window, install_translations
from receiving_desk.gui.import_texts import problem_text
from receiving_desk.gui.note_texts import note_text
from receiving_desk.gui.problem_texts import wording_text
from receiving_desk.resources import resource
from receiving_desk.services.desk_events import Event
from tests.conftest import FixedClock
from tests.gui.conftest import Clerk
from tests.seed import RMA1, seed

FOLDER = resource("translations")
SCAN_YOUR_BADGE = {
    "zh_CN": "请扫描工牌",
    "zh_TW": "請掃描識別證",
    "ru": "Отсканируйте бейдж",
    "ko": "사원증을 스캔하세요",
}
LANGUAGES = tuple(SCAN_YOUR_BADGE)

# What must come through a translation unchanged: {placeholders}, %1 markers, key names in
# brackets ([F12], [1], [Ctrl+Z]) and command barcodes (CMD-BLIND).
KEPT = re.compile(r"\{[^{}]*\}|%\d|%n|\[[^\]]+\]|\bCMD-[A-Z-]+")
PLURAL_FORMS = {"zh_CN": 1, "zh_TW": 1, "ru": 3, "ko": 1}  # Qt's plural rules per language
ACCELERATOR = re.compile(r"&(?!&)\S")


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(FOLDER / f"receiving_desk_{language}.ts").getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@contextmanager
def installed(app: QApplication, translators: list[QTranslator]) -> Iterator[None]:
    """Translators on the running application, removed again so other tests see English."""
    try:
        for translator in translators:
            assert app.installTranslator(translator)
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def load(language: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(FOLDER / f"receiving_desk_{language}.qm"))
    return translator


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_keeps_its_placeholders(language: str) -> None:
    found = messages(language)
    assert len(found) > 300
    assert {context for context, _, _ in found} >= {"Messages", "ReceivingView", "MainWindow"}
    problems = []
    for context, source, message in found:
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")]
        if "%n" in source and (
            message.get("numerus") != "yes" or len(forms) != PLURAL_FORMS[language]
        ):
            problems.append(f"plural forms {len(forms)}: {context}: {source!r}")
        for text in forms or [translation.text or ""]:
            where = f"{context}: {source!r} -> {text!r}"
            if translation.get("type") is not None:  # unfinished, vanished or obsolete
                problems.append(f"{translation.get('type')}: {where}")
            elif not text.strip():
                problems.append(f"empty: {where}")
            elif Counter(KEPT.findall(text)) != Counter(KEPT.findall(source)):
                problems.append(f"placeholders: {where}")
            elif len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                problems.append(f"accelerator: {where}")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_qm_loads_and_holds_the_ts_translations(qapp: QApplication, language: str) -> None:
    translator = load(language)
    assert translator.translate("Messages", "Scan your badge") == SCAN_YOUR_BADGE[language]
    with installed(qapp, [translator]):
        translated = QCoreApplication.translate("Messages", "Scan your badge")
    assert translated == SCAN_YOUR_BADGE[language]
    assert QCoreApplication.translate("Messages", "Scan your badge") == "Scan your badge"
    stale = [
        (context, source)
        for context, source, message in messages(language)
        if message.get("numerus") != "yes"
        and translator.translate(context, source) != message.findtext("translation")
    ]
    for context, source, message in messages(language):
        if message.get("numerus") == "yes":  # each form, for a count that selects it
            forms = [f.text for f in message.iter("numerusform")]
            counts = {"ru": (1, 3, 5)}.get(language, (7,))
            for form, n in zip(forms, counts, strict=True):
                if translator.translate(context, source, "", n) != form:  # %n kept here
                    stale.append((context, source))
    assert stale == [], "the .qm is older than the .ts: run resources/translations/update.py"


@pytest.mark.parametrize("language", LANGUAGES)
def test_install_translations_finds_the_file_for_the_language(
    qapp: QApplication, language: str
) -> None:
    translators = install_translations(qapp, language)
    try:
        assert translators, "no translation found"
        assert Path(translators[0].filePath()).name == f"receiving_desk_{language}.qm"
        assert (
            QCoreApplication.translate("Messages", "Scan your badge") == (SCAN_YOUR_BADGE[language])
        )
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
            translator.deleteLater()
    assert QCoreApplication.translate("Messages", "Scan your badge") == "Scan your badge"


def test_the_window_speaks_simplified_chinese(
    qapp: QApplication, services: Services, clock: FixedClock, qtbot: QtBot
) -> None:
    seed(services.uow_factory, services.hasher, clock.now())
    with installed(qapp, [load("zh_CN")]):
        window = create_window(
            services.desk_app()
        )  # after the translator: texts are set when built
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.receiving.current is not None)
        try:
            ui = window.receiving.ui
            assert ui.stepLabel.text() == "请扫描工牌"
            assert ui.completeButton.text() == "完成退货 [F12]"
            assert window.ui.menuDesk.title() == "收货台(&D)"
            assert window.windowTitle() == "退货收货台 — TEST-01"
            clerk = Clerk(window, qtbot)
            clerk.login()  # scans are typed: ASCII only (non-ASCII keyClicks abort Qt)
            assert clerk.banner == "欢迎，Ana Lima"
            assert ui.stepLabel.text() == "请扫描 RMA 单或快递面单"
            clerk.scan(RMA1)
            assert ui.stepLabel.text() == "请扫描下一件商品，或完成退货（F12）"
            clerk.scan("ZZ-NOT-A-THING-42")
            assert clerk.banner_state == "error"
            assert clerk.banner == "商品不在目录中：ZZ-NOT-A-THING-42"
        finally:
            window.close()
    assert QCoreApplication.translate("Messages", "Scan your badge") == "Scan your badge"


UNFILLED = re.compile(r"\{[a-z_]+\}|%n|%\d")


def every_message() -> dict[str, str]:
    """Every error and event text as the clerk reads it, each of its facts given a value: the
    names are the {placeholders} gui/messages.py uses, so a new one is covered by itself."""
    names = set(re.findall(r"\{([a-z_]+)\}", Path(m.__file__).read_text(encoding="utf-8")))
    params: dict[str, object] = {name: 7 for name in names}
    params |= {
        "match": next(iter(MatchStatus)).value,
        "disposition": next(iter(Disposition)).value,
        "passed": True,
        "set": True,
        "flags": 3,
        "units": 3,
    }
    texts = {f"error {c.name}": m.error_text(DeskError(c, **params)) for c in ErrorCode}
    for event in Event:
        if event is not Event.NOTHING:
            texts[f"event {event.name}"] = m.event_text(event, dict(params))
    return texts


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_no_message_shows_a_placeholder_in_any_language(qapp: QApplication, language: str) -> None:
    """A translation that renamed or dropped a {placeholder} leaks it onto the banner: render
    every text through the installed translator and look for what was not filled in."""
    translators = [] if language == "en" else [load(language)]
    with installed(qapp, translators):
        texts = every_message()
    leaked = {key: text for key, text in texts.items() if UNFILLED.search(text) or not text}
    assert leaked == {}
    if language != "en":  # the translator was really in force
        english = every_message()
        # (texts added since the last translation pass stay English until the next one)
        assert sum(texts[k] != english[k] for k in texts) > len(texts) // 2


NOTES = (
    "outside the return window: day 50 of 45",
    "accepted by gold leniency: day 50 of 45 (+14)",
    "refund raised from partial 50% to full by gold leniency L-gold-B",
    "held for review: wrong item",
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_decisions_notes_are_read_in_the_desks_language(
    qapp: QApplication, language: str
) -> None:
    """The record keeps the English sentence; the clerk reads its facts in their language."""
    english = [note_text(n) for n in NOTES]
    assert english[0] == "Outside the return window: day 50 of 45"
    with installed(qapp, [load(language)]):
        texts = [note_text(n) for n in NOTES]
    for text, source, note in zip(texts, english, NOTES, strict=True):
        assert text != source
        assert not UNFILLED.search(text)
        assert sorted(re.findall(r"\d+", text)) == sorted(re.findall(r"\d+", note))  # every fact


def test_the_catalogues_hold_exactly_the_texts_the_code_has(tmp_path: Path) -> None:
    """A text added to (or changed in) the code without re-extracting would stay English in
    every language with nothing to say so: extract afresh and compare with the catalogue."""
    update = update_script()
    fresh = tmp_path / "receiving_desk_ru.ts"
    shutil.copy(FOLDER / "receiving_desk_ru.ts", fresh)
    update.extract([fresh])

    def texts(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context")
            for m in c.iter("message")
            if (m.find("translation") is None or m.find("translation").get("type") != "vanished")
        }

    committed, extracted = texts(FOLDER / "receiving_desk_ru.ts"), texts(fresh)
    assert extracted - committed == set(), "new texts: run resources/translations/update.py"
    assert committed - extracted == set(), "texts gone from the code: run update.py"


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_imports_problems_are_read_in_the_admins_language(
    qapp: QApplication, language: str, tmp_path: Path
) -> None:
    """A bad products file, checked as an import checks it: every problem named with its file,
    line and column, and said in the admin's language with every fact filled in."""
    bad = tmp_path / "products.csv"
    bad.write_text(
        "sku,description,category,unit_value,home_bin,gtins\n"
        "EL-1,Earbuds,electronics,12.50,BIN-A-01,5901234123458\n"  # wrong check digit
        "EL-2,Mug,gadgets,abc,BIN-A-01,09506000000015\n"  # unknown category, no amount
        "EL-3,Lamp,home,9.90,shelf-9,\n",  # a home bin the site's pattern would not scan
        encoding="utf-8",
    )
    source = read_source(bad, Kind.PRODUCTS)
    checker = Checker(["electronics", "home"], scannable=site_scannable(DeskPatterns()))
    found = checker.check(Kind.PRODUCTS, source.rows).problems
    assert [(p.line, p.column) for p in found] == [
        (2, "gtins"), (3, "category"), (3, "unit_value"), (4, "home_bin")
    ]  # fmt: skip
    english = [problem_text(str(bad), p) for p in found]
    assert english[0] == "products.csv:2: gtins: 5901234123458: check digit 8, expected 7"
    with installed(qapp, [load(language)]):
        said = [problem_text(str(bad), p) for p in found]
    for text, source_text, problem in zip(said, english, found, strict=True):
        assert text != source_text and not UNFILLED.search(text)
        assert text.startswith(f"products.csv:{problem.line}: {problem.column}: ")
        for _, fact in problem.params:  # each fact appears (the file's own values)
            assert fact.strip("'") in text


def update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ts_update", FOLDER / "update.py")
    assert spec is not None and spec.loader is not None
    update = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update)
    return update


def test_every_module_that_words_a_file_problem_is_extracted() -> None:
    """A module marking station-file or rules-file problems (`_t` from file_problems) that
    update.py does not read would keep its texts out of the catalogue, English on screen."""
    update = update_script()
    package = Path(problem_texts.__file__).resolve().parents[1]
    marking = {
        path.resolve()
        for path in package.rglob("*.py")
        if re.search(
            r"^from receiving_desk\.domain\.file_problems import _t as _t$",
            path.read_text(encoding="utf-8"),
            re.M,
        )
    }
    assert len(marking) >= 15
    assert marking <= {p.resolve() for p in update.FILE_PROBLEM_SOURCES}
    assert {update.HELPER_CONTEXTS[p.name] for p in marking} == {"FileProblems"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_file_problem_is_said_in_the_language_with_its_facts(
    qapp: QApplication, language: str
) -> None:
    """Each station-file and rules-file problem, its facts filled in, in the language: none
    left English, none with a placeholder lost or left unfilled, the section kept."""
    templates = [s for c, s, _ in messages(language) if c == "FileProblems"]
    assert len(templates) > 120
    said = [
        Wording(t, tuple((name, f"<{name}>") for name in re.findall(r"\{(\w+)\}", t)), "[[x]]")
        for t in templates
    ]
    with installed(qapp, [load(language)]):
        texts = [wording_text(w) for w in said]
    problems = []
    for wording, text in zip(said, texts, strict=True):
        facts = [f"<{name}>" for name, _ in wording.params]
        if text == wording.english() or not text.startswith("[[x]] ") or UNFILLED.search(text):
            problems.append(f"{wording.template!r} -> {text!r}")
        elif Counter(re.findall(r"<\w+>", text)) != Counter(facts):
            problems.append(f"facts: {wording.template!r} -> {text!r}")
    assert problems == []


def test_every_module_that_words_a_refusal_is_extracted() -> None:
    """A module marking refusals (`_t` from domain/refusals.py) that update.py does not read
    would keep its texts out of the catalogue, English on screen."""
    update = update_script()
    package = Path(problem_texts.__file__).resolve().parents[1]
    marking = {
        path.resolve()
        for path in package.rglob("*.py")
        if re.search(
            r"^from receiving_desk\.domain\.refusals import .*\b_t\b",
            path.read_text(encoding="utf-8"),
            re.M,
        )
    } | {package / "domain" / "refusals.py"}
    assert len(marking) >= 10
    assert marking == {p.resolve() for p in update.REFUSAL_SOURCES}
    assert {update.HELPER_CONTEXTS[p.name] for p in marking} == {"Refusals"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_refusal_is_said_in_the_language_with_its_facts(
    qapp: QApplication, language: str
) -> None:
    """Each refusal (a badge, a name, a PIN, a bin, a photo, a printer, the central
    database), its facts filled in, in the language and in the frame the screen shows it in:
    none left English, none with a fact lost or a placeholder left unfilled."""
    templates = [s for c, s, _ in messages(language) if c == "Refusals"]
    assert len(templates) >= 20
    said = [
        Wording(
            t,
            tuple((name, f"<{name}>") for name in re.findall(r"\{(\w+)\}", t)),
            context="Refusals",
        )
        for t in templates
    ]
    with installed(qapp, [load(language)]):
        texts = [m.error_text(DeskError(ErrorCode.INVALID_SETTING, said=w)) for w in said]
    problems = []
    for wording, text in zip(said, texts, strict=True):
        english = f"Not done: {wording.english()}"
        if text == english or UNFILLED.search(text):
            problems.append(f"{wording.template!r} -> {text!r}")
        elif Counter(re.findall(r"<\w+>", text)) != Counter(f"<{n}>" for n, _ in wording.params):
            problems.append(f"facts: {wording.template!r} -> {text!r}")
    assert problems == []


def test_no_refusal_reaches_the_screen_in_english_only() -> None:
    """A DeskError whose `reason` is free text must carry its wording (`said`), or a printer's
    state the GUI translates: only the system's own error (error_classes: the OS's words,
    said inside "File {path}: ...") may come as it is."""
    import ast

    package = Path(problem_texts.__file__).resolve().parents[1]
    bare = []
    for path in package.rglob("*.py"):
        if path.name == "error_classes.py" or "gui" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "DeskError"):
                continue
            names = {k.arg for k in node.keywords}
            if "reason" in names and not names & {"said", "state"}:
                bare.append(f"{path.relative_to(package)}:{node.lineno}")
    assert bare == []
