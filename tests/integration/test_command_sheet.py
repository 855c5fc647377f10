"""`receiving-desk command-sheet`: every command of the flow as a barcode that scans back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp

from receiving_desk.adapters.catalogue import Catalogue
from receiving_desk.adapters.printing import render_command_sheet_pdf
from receiving_desk.bootstrap import default_rules_path
from receiving_desk.domain.rules_file import load_rules
from receiving_desk.services import commands as cmd
from tests.integration.test_label_pdf_render import decode, rasterize

RULES = load_rules(default_rules_path())


def test_the_catalogue_covers_every_action_and_parses_back() -> None:
    sheet = cmd.catalogue(RULES)
    codes = [code for code, _ in sheet]
    assert len(codes) == len(set(codes))
    actions = {cmd.parse(code.removeprefix("CMD-"))[0] for code in codes}  # type: ignore[index]
    assert actions == set(cmd.Action)  # nothing in the flow lacks a barcode
    for grade in RULES.all_grades:
        assert f"CMD-GRADE-{grade}" in codes
    for code, _ in RULES.condition_codes:
        assert f"CMD-COND-{cmd.to_code(code)}" in codes
    for category in RULES.categories:
        for check in RULES.checklist_for(category):
            assert f"CMD-CHK-{cmd.to_code(check.code)}-Y" in codes
            assert f"CMD-CHK-{cmd.to_code(check.code)}-N" in codes


def test_the_printed_sheet_decodes_to_every_command(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "receiving_desk", "command-sheet", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "RECEIVING_DESK_LOG_DIR": str(tmp_path), "RECEIVING_DESK_CONFIG": ""},
    )
    assert done.returncode == 0, done.stderr
    expected = [code for code, _ in cmd.catalogue(RULES)]
    assert done.stdout.strip() == f"{out}: {len(expected)} command barcodes"
    seen: list[str] = []
    for image in rasterize(out.read_bytes(), 300):  # the sheet is laid out for 300 dpi
        found = decode(image)
        assert all(r.format == zxingcpp.BarcodeFormat.Code128 for r in found.values())
        seen += found
    assert sorted(seen) == sorted(expected)


def sheet_text(pdf: bytes) -> str:
    """The text drawn on the sheet, as a PDF reader extracts it."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


@pytest.mark.parametrize(
    ("language", "complete", "hygiene_yes"),
    [
        ("ru", "Завершить возврат", "ДА · Гигиеническая пломба не нарушена"),
        ("zh_TW", "完成退貨", "是 · 衛生封條未破損"),
        ("ko", "반품 완료", "예 · 위생 봉인 손상 없음"),
    ],
)
def test_the_sheet_speaks_the_station_language(
    language: str, complete: str, hygiene_yes: str
) -> None:
    texts = Catalogue(language)
    sheet = dict(cmd.catalogue(RULES, lambda s: texts.text("Commands", s), language))
    assert sheet["CMD-COMPLETE"] == complete
    assert sheet["CMD-CHK-HYGIENE-SEAL-Y"] == hygiene_yes  # the rules file's own translation
    pdf = render_command_sheet_pdf(list(sheet.items()), title=texts.text("Commands", cmd.TITLE))
    drawn = sheet_text(pdf)
    assert complete in drawn
    assert hygiene_yes[:9] in drawn  # a long question may be cut short on the sheet, not the answer
    assert "Complete the return" not in drawn


def test_the_catalogue_picks_each_languages_plural_form() -> None:
    russian = Catalogue("ru")
    source = "Return {rma} completed (%n units)"
    assert [russian.text("Messages", source, n) for n in (1, 3, 5, 21)] == [
        "Возврат {rma} завершён (1 единица)",
        "Возврат {rma} завершён (3 единицы)",
        "Возврат {rma} завершён (5 единиц)",
        "Возврат {rma} завершён (21 единица)",
    ]
    assert Catalogue("ko").text("Messages", source, 3) == "반품 {rma} 완료(3개)"
    assert Catalogue("en_US").text("Messages", source, 3) == "Return {rma} completed (3 units)"
