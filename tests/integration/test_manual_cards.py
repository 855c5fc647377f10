"""The clerk's quick cards (docs/manual): one page per language, the desk's fonts embedded,
every command barcode on it scans back (rendered to pixels by PDFium, decoded by zxing-cpp)
to a command the desk understands."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pypdfium2
import pytest
import zxingcpp

from receiving_desk.adapters.printing.png import rasterize
from receiving_desk.services.commands import parse

MANUAL = Path(__file__).resolve().parents[2] / "docs" / "manual"


@pytest.fixture(scope="module")
def card_modules() -> Iterator[tuple[ModuleType, ModuleType]]:
    sys.path.insert(0, str(MANUAL))
    try:
        import card_texts
        import quick_card

        yield card_texts, quick_card
    finally:
        sys.path.remove(str(MANUAL))


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW", "ru", "ko"])
def test_a_quick_card_is_one_page_that_scans(
    card_modules: tuple[ModuleType, ModuleType], language: str
) -> None:
    card_texts, quick_card = card_modules
    pdf = quick_card.render_card(language)
    document = pypdfium2.PdfDocument(pdf)
    try:
        assert len(document) == 1
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    texts = card_texts.TEXTS[language]
    assert str(texts["steps"][0])[:8] in text  # the text is text, in the card's language
    faces = {m.split(b"+")[-1] for m in re.findall(rb"/BaseFont\s*/([^\s/>]+)", pdf)}
    assert b"DejaVuSans" in faces
    if language in ("zh_CN", "zh_TW", "ko"):
        assert b"DroidSansFallback" in faces
    (page,) = rasterize(pdf, 300)
    found = [r.text for r in zxingcpp.read_barcodes(page)]
    assert sorted(found) == sorted(card_texts.COMMANDS)
    for code in found:
        assert parse(code.removeprefix("CMD-")) is not None, code


def test_every_language_has_a_caption_for_every_command(
    card_modules: tuple[ModuleType, ModuleType],
) -> None:
    card_texts, _ = card_modules
    assert set(card_texts.TEXTS) == {"en", "zh_CN", "zh_TW", "ru", "ko"}
    keys = set(card_texts.TEXTS["en"])
    for language, texts in card_texts.TEXTS.items():
        assert set(texts) == keys, language
        assert len(texts["captions"]) == len(card_texts.COMMANDS), language
        assert len(texts["steps"]) == len(card_texts.TEXTS["en"]["steps"]), language
