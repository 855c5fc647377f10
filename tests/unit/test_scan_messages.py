"""What the clerk reads about a refused scan: the facts, what to do next, articles, plurals.

The English texts are checked whole. For the other languages this checks what a translation
depends on: every fact is a named {placeholder} the text fills, no placeholder or %n is ever
left unfilled, and every count goes to Qt with n so a translation can give each language its
own plural forms (proved here with Russian forms compiled on the fly).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QTranslator

from receiving_desk.domain.barcodes import Expect, ScanKind, interpret
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.gui import messages as m
from receiving_desk.gui.shown_code import shown_code
from receiving_desk.services.desk_events import Event
from receiving_desk.services.scan_errors import explain_near_miss, invalid_scan
from tests.conftest import FixedClock
from tests.fakes import FakeStore
from tests.seed import RMA1
from tests.unit.conftest import login, make_desk

GS = "\x1d"
GTIN = "09506000134352"
RESCAN = "If it fails again, type the number printed on the label."
NOT_RESCAN = "Rescanning will not help: scan another barcode on the item, or type its number."
UNFILLED = re.compile(r"\{[a-z_]+\}|%n")


def refused(payload: str, aim_id: str | None = None, expect: Expect = Expect.ANY) -> str:
    reading = interpret(payload, aim_id, expect)
    assert reading.kind is ScanKind.INVALID, reading
    return m.error_text(invalid_scan(reading))


@pytest.mark.parametrize(
    ("payload", "aim_id", "text"),
    [
        (
            "5901234123458",
            None,
            "Check digit wrong — rescan: 5901234123458 (GTIN: the check digit should be 7, "
            f"the scan has 8). {RESCAN}",
        ),
        (
            "1Z5R89390357567128",
            "]C0",
            "Check digit wrong — rescan: 1Z5R89390357567128 (UPS 1Z: the check digit should "
            f"be 7, the scan has 8). {RESCAN}",
        ),
        (
            "3318810010",
            None,
            "Check digit wrong — rescan: 3318810010 (DHL Express: the check digit should be 4, "
            f"the scan has 0). {RESCAN}",
        ),
        (
            f"01{GTIN}1726023110ABC",
            "]C1",
            f"Barcode not valid: 01{GTIN}1726023110ABC — AI 17: 260231 is not a valid date "
            f"(YYMMDD). {NOT_RESCAN}",
        ),
        (
            f"01{GTIN}10LOTA{GS}10LOTB",
            "]C1",
            f"Barcode not valid: 01{GTIN}10LOTA<GS>10LOTB — AI 10 appears twice, as LOTA and "
            f"as LOTB: the label contradicts itself. {NOT_RESCAN}",
        ),
        (
            f"01{GTIN}02{GTIN}3712",
            "]C1",
            f"Barcode not valid: 01{GTIN}02{GTIN}3712 — AI 01 and AI 02 must not be in one "
            f"barcode. {NOT_RESCAN}",
        ),
        (
            f"254EXT{GS}",
            "]C1",
            f"Barcode not valid: 254EXT<GS> — AI 254 needs AI 414 in the same barcode. "
            f"{NOT_RESCAN}",
        ),
        (
            "000000000000",
            None,
            "Barcode not valid: 000000000000 — a number of one repeated digit is a placeholder, "
            "not a real code. Scan the real label, or type its number.",
        ),
        (
            f"(01){GTIN}(10)LOT42",
            "]C0",
            f"Barcode not valid: (01){GTIN}(10)LOT42 — the barcode holds GS1 text in brackets: "
            "it is a printed label, not GS1 data. Scan the GS1 barcode next to it, or type the "
            "text.",
        ),
        (
            "5",
            "]E0",
            "Barcode not valid: 5 — an EAN/UPC barcode has 13 digits, this scan has 1 digit. "
            "Rescan; if it fails again, type the number printed on the label.",
        ),
        (
            f"01{GTIN}10{'L' * 21}",
            "]C1",
            f"Barcode not valid: 01{GTIN}10{'L' * 21} — AI 10 allows at most 20 characters, "
            f"this one has 21. {NOT_RESCAN}",
        ),
        (
            "RB123456785XX",
            "]C0",
            "Barcode not valid: RB123456785XX — XX is not a country code. Check the label, or "
            "type the number.",
        ),
    ],
)
def test_refused_scans_say_what_is_wrong_and_what_to_do(
    payload: str, aim_id: str | None, text: str
) -> None:
    assert refused(payload, aim_id) == text


def test_a_message_quotes_the_offending_value_not_the_rest_of_the_label() -> None:
    text = refused(f"01{GTIN}1726023110ABC", "]C1")
    assert "260231 " in text and "26023110" not in text.split("—", 1)[1]


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        ("badge", "Not expected now: X-1. Scan your badge first."),
        ("parcel", "Not expected now: X-1. Scan the RMA slip or the tracking label."),
        ("item", "Not expected now: X-1. Scan an item barcode."),
    ],
)
def test_wrong_step_sentences_have_their_articles(expected: str, text: str) -> None:
    got = m.error_text(DeskError(ErrorCode.WRONG_STEP, expected=expected, code="X-1"))
    assert got == text
    assert " a RMA" not in got and " a item" not in got


def test_a_near_miss_of_the_site_rma_pattern_is_shown_at_the_parcel_step(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = make_desk(store, clock)
    login(desk)
    with pytest.raises(DeskError) as caught:
        desk.scan("RMA-24-12")
    assert caught.value.code is ErrorCode.NEAR_MISS
    assert m.error_text(caught.value) == (
        "RMA-24-12 starts like an RMA number (RMA-…) but does not match this site's RMA "
        "format. Check the slip and scan it again, or type the RMA number."
    )
    desk.scan(RMA1)
    with pytest.raises(DeskError) as caught:  # at the item step: not "not in the catalog"
        desk.scan("LPN-12")
    assert caught.value.code is ErrorCode.NEAR_MISS
    assert m.error_text(caught.value).startswith("LPN-12 starts like a license plate (LPN…)")


def test_a_near_miss_only_replaces_vague_errors() -> None:
    reading = interpret("RMA-24-12")

    def locked() -> None:
        raise DeskError(ErrorCode.DATABASE_LOCKED)

    with pytest.raises(DeskError) as caught:
        explain_near_miss(reading, locked)
    assert caught.value.code is ErrorCode.DATABASE_LOCKED


@pytest.mark.parametrize(
    ("n", "units", "put_away", "flags", "graded"),
    [
        (
            1,
            "Return R completed (1 unit)",
            "1 unit put away in B",
            "Return R completed (1 unit) — 1 discrepancy flag",
            "1 unit still needs a grade",
        ),
        (
            2,
            "Return R completed (2 units)",
            "2 units put away in B",
            "Return R completed (2 units) — 2 discrepancy flags",
            "2 units still need a grade",
        ),
    ],
)
def test_counts_take_the_right_english_form(
    n: int, units: str, put_away: str, flags: str, graded: str
) -> None:
    assert m.event_text(Event.RETURN_COMPLETED, {"rma": "R", "units": n}) == units
    assert m.event_text(Event.PUT_AWAY, {"count": n, "bin": "B"}) == put_away
    assert m.event_text(Event.RETURN_COMPLETED, {"rma": "R", "units": n, "flags": n}) == flags
    assert m.error_text(DeskError(ErrorCode.UNITS_NOT_GRADED, count=n)) == graded
    several = m.event_text(Event.SEVERAL_RMAS, {"count": n + 1})
    assert several == f"{n + 1} open returns match — pick one by its number"
    checks = m.event_text(Event.ALL_CHECKS_PASSED, {"count": n})
    assert checks == f"Checklist: {n} remaining check{'s' if n > 1 else ''} answered OK"


payloads = st.text(alphabet="0123456789ABCLOTRMZ()-\x1d", max_size=40)


@given(payload=payloads, aim_id=st.sampled_from([None, "]C0", "]C1", "]E0", "]d2", "]Q1"]))
def test_no_refusal_leaves_a_placeholder_unfilled(payload: str, aim_id: str | None) -> None:
    reading = interpret(payload, aim_id)
    if reading.kind is ScanKind.INVALID:
        text = m.error_text(invalid_scan(reading))
        assert not UNFILLED.search(text), (text, dict(reading.problem_params))
        assert shown_code(reading.raw) in text  # quoted as a clerk sees it


# -- plural forms for the other languages -----------------------------------------------------

MESSAGES_PY = Path(m.__file__)


def extracted(tmp_path: Path) -> ET.Element:
    """The texts lupdate finds in gui/messages.py, as the translation script extracts them."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    ts = tmp_path / "messages_ru.ts"
    options = ["-source-language", "en", "-target-language", "ru", "-tr-function-alias", "tr+=_t"]
    subprocess.run(
        [str(lupdate), *options, str(MESSAGES_PY), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    return ET.parse(ts).getroot()


def test_every_count_reaches_the_translator_as_a_plural(tmp_path: Path) -> None:
    root = extracted(tmp_path)
    sources = {
        msg.findtext("source") or "": msg.get("numerus") == "yes" for msg in root.iter("message")
    }
    counted = {source for source, numerus in sources.items() if numerus}
    assert counted == {source for source in sources if "%n" in source}
    assert "%n units still need a grade" in counted and "%n unit put away in {bin}" in counted
    assert not any("(s)" in source for source in sources)  # no "unit(s)" left


RU_FORMS = ("%n единица ждёт оценки", "%n единицы ждут оценки", "%n единиц ждут оценки")


def test_a_translation_gets_its_own_plural_forms(tmp_path: Path, qapp: object) -> None:
    root = extracted(tmp_path)
    for msg in root.iter("message"):
        translation = msg.find("translation")
        assert translation is not None
        if msg.findtext("source") in ("%n unit still needs a grade", "%n units still need a grade"):
            translation.attrib.pop("type", None)
            for form, text in zip(translation.iter("numerusform"), RU_FORMS, strict=True):
                form.text = text
    for context in root.iter("context"):
        name = context.find("name")
        assert name is not None
        name.text = "Messages"  # as resources/translations/update.py files them
    ts, qm = tmp_path / "ru.ts", tmp_path / "ru.qm"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert QCoreApplication.installTranslator(translator)
    try:
        got = {
            n: m.error_text(DeskError(ErrorCode.UNITS_NOT_GRADED, count=n))
            for n in (1, 2, 5, 21, 22, 25)
        }
    finally:
        QCoreApplication.removeTranslator(translator)
    assert got == {
        1: "1 единица ждёт оценки",
        2: "2 единицы ждут оценки",
        5: "5 единиц ждут оценки",
        21: "21 единица ждёт оценки",
        22: "22 единицы ждут оценки",
        25: "25 единиц ждут оценки",
    }
