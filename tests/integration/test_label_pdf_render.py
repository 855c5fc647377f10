"""PDF labels rendered to pixels (PDFium) and their barcodes decoded back (zxing-cpp)."""

from __future__ import annotations

import itertools
from io import BytesIO

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image, ImageChops

from receiving_desk.adapters.catalogue import Catalogue
from receiving_desk.adapters.printing import fonts
from receiving_desk.adapters.printing.commandsheet import render_command_sheet_pdf
from receiving_desk.adapters.printing.label_words import label_words
from receiving_desk.adapters.printing.labels import (
    TEMPLATES,
    Label,
    LabelError,
    TextBox,
    restock_label,
)
from receiving_desk.adapters.printing.pdf import render_pdf
from receiving_desk.adapters.printing.png import rasterize, render_png
from receiving_desk.adapters.printing.zpl import render_zpl
from receiving_desk.domain.rules import Disposition

GS1 = "(01)09506000134352(21)ABC123(10)LOT42"
VALUES = {
    "lpn": "LPN00000001L",
    "sku": "SKU-1",
    "description": "无线耳机 Wireless earbuds Наушники",
    "grade": "B",
    "disposition": "open box",
    "bin": "A-12-03",
    "rma": "RMA-2024-000123",
    "date": "2026-11-20",
    "gs1": GS1,
}


def pdf_text(data: bytes) -> str:
    document = pdfium.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def decode(image: Image.Image) -> dict[str, zxingcpp.Barcode]:
    return {r.text: r for r in zxingcpp.read_barcodes(image)}


@pytest.mark.parametrize("name", sorted(TEMPLATES))
@pytest.mark.parametrize("dpi", [203, 300])
def test_every_template_decodes_back_to_exactly_its_data(name: str, dpi: int) -> None:
    template = TEMPLATES[name]
    [image] = rasterize(render_pdf(Label(template, VALUES), dpi), dpi)
    assert image.size == template.size.dots(dpi)
    found = decode(image)
    key = "bin" if template.kind == "bin" else "lpn"
    expected = {VALUES[key]} | ({GS1} if name == "restock-4x2" else set())
    assert set(found) == expected
    plain = found[VALUES[key]]
    assert plain.format == zxingcpp.BarcodeFormat.Code128
    assert plain.bytes == VALUES[key].encode()
    assert plain.symbology_identifier == "]C0"


@pytest.mark.parametrize("dpi", [203, 300])
def test_gs1_128_carries_fnc1(dpi: int) -> None:
    [image] = rasterize(render_pdf(Label(TEMPLATES["restock-4x2"], VALUES), dpi), dpi)
    gs1 = decode(image)[GS1]
    assert gs1.content_type == zxingcpp.ContentType.GS1
    assert gs1.symbology_identifier == "]C1"
    assert gs1.bytes == b"010950600013435221ABC123\x1d10LOT42"


def test_bars_are_whole_dots_at_203_dpi() -> None:
    [image] = rasterize(render_pdf(Label(TEMPLATES["restock-4x2"], VALUES), 203), 203)
    row = [image.getpixel((x, 60)) for x in range(round(2.7 * 203))]  # through the LPN bars
    assert set(row) <= {0, 255}  # no grey edge: every bar starts and ends on a dot
    runs = [(colour, len(list(group))) for colour, group in itertools.groupby(row)]
    bar_widths = {n for colour, n in runs if colour == 0}
    assert bar_widths <= {2, 4, 6, 8}  # Code 128 bars are 1-4 modules of 2 dots


def region(text: str) -> Image.Image:
    """The description line of a 4x2 restock label showing `text`."""
    label = Label(TEMPLATES["restock-4x2"], {**VALUES, "description": text})
    [image] = rasterize(render_pdf(label, 203), 203)
    box = next(
        e
        for e in TEMPLATES["restock-4x2"].elements
        if isinstance(e, TextBox) and e.text == "{description}"
    )
    top, bottom = round(box.y * 203), round((box.y + box.height * 1.2) * 203)
    return image.crop((0, top, image.width, bottom))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("无线耳机", "退货商品"),
        ("無線耳機", "退貨商品"),
        ("무선이어폰", "반품상품입"),
        ("Наушники", "Гарнитур"),
    ],
)
def test_cjk_hangul_and_cyrillic_render_as_glyphs_not_boxes(one: str, other: str) -> None:
    blank, first, second = region(""), region(one), region(other)
    assert ImageChops.difference(blank, first).getbbox() is not None  # ink where the text is
    # Missing glyphs render as identical boxes: two different words of the same length
    # looking different proves real glyphs were drawn.
    assert ImageChops.difference(first, second).getbbox() is not None
    assert len(one) == len(other)


def test_scripts_go_to_the_font_that_has_them() -> None:
    assert fonts.runs("Earbuds 无线 Наушники 무선") == [
        (fonts.LATIN, "Earbuds "),
        (fonts.CJK, "无线"),
        (fonts.LATIN, " Наушники "),
        (fonts.CJK, "무선"),
    ]
    pdf = render_pdf(Label(TEMPLATES["restock-4x2"], VALUES))
    assert b"DroidSansFallback" in pdf and b"DejaVuSans" in pdf  # embedded subsets


def test_long_descriptions_are_cut_with_an_ellipsis() -> None:
    fitted = fonts.fit("Wireless earbuds with charging case " * 5, 12, 200)
    assert fitted.endswith(fonts.ELLIPSIS)
    assert fonts.text_width(fitted, 12) <= 200


def test_render_png_is_the_preview_at_printer_resolution() -> None:
    png = render_png(Label(TEMPLATES["restock-2x1"], VALUES), 300)
    with Image.open(BytesIO(png)) as image:
        assert image.format == "PNG"
        assert image.size == (600, 300)
        assert decode(image.convert("L")).keys() == {"LPN00000001L"}


def test_pdf_output_is_deterministic_for_reprints() -> None:
    label = Label(TEMPLATES["restock-4x2"], VALUES)
    assert render_pdf(label) == render_pdf(label)


def test_a_barcode_too_long_for_its_box_is_refused() -> None:
    with pytest.raises(LabelError, match="do not fit"):
        render_pdf(Label(TEMPLATES["bin-2x1"], {"bin": "BIN-" + "X" * 40}))


def test_command_sheet_pages_decode_to_every_command() -> None:
    commands = [(f"CMD-GRADE-{g}", f"Grade {g} / 等级 {g} / Сорт {g}") for g in "ABCD"]
    commands += [(f"CMD-STEP-{i:02d}", f"Step {i}") for i in range(20)]
    for page, per_page in (("A4", 14), ("letter", 12)):
        images = rasterize(render_command_sheet_pdf(commands, page=page, dpi=203), 203)
        assert len(images) == -(-len(commands) // per_page)
        seen: list[str] = []
        for image in images:
            found = decode(image)
            assert all(r.format == zxingcpp.BarcodeFormat.Code128 for r in found.values())
            seen += sorted(found)
        assert sorted(seen) == sorted(code for code, _ in commands)
    with pytest.raises(ValueError, match="at least one"):
        render_command_sheet_pdf([])


@pytest.mark.parametrize(("language", "grade", "bin_word"), [("ru", "ОЦЕНКА", "ЯЧЕЙКА"),
                         ("zh_CN", "等级", "库位"), ("ko", "등급", "보관 위치")])  # fmt: skip
def test_a_restock_label_speaks_the_stations_language(
    language: str, grade: str, bin_word: str
) -> None:
    """The label's words and the disposition in the station's language, from the catalogue;
    the codes stay as they are and the barcode still decodes to the LPN."""
    words = label_words(language)
    label = restock_label(
        lpn="LPN00000001L", sku="SKU-1", description="Wireless earbuds", grade="B",
        disposition=words.disposition(Disposition.RESTOCK_OPEN_BOX), bin="A-12-03",
        captions=words.captions(),
    )  # fmt: skip
    assert label.fill("{grade_word}") == grade
    text = pdf_text(render_pdf(label, 203))
    assert grade in text and f"{bin_word} A-12-03" in text and "SKU-1" in text
    assert Catalogue(language).text("Labels", "Restock as open box") in text
    assert "GRADE" not in text and "BIN " not in text
    [image] = rasterize(render_pdf(label, 203), 203)
    assert "LPN00000001L" in decode(image)
    zpl = render_zpl(label, 203, unicode_font="E:ANMDS.TTF").decode()
    assert f"^A@N,{round(0.11 * 203)}," in zpl and f"^FD{grade}^FS" in zpl  # printer's TTF


def test_a_label_stored_before_its_words_were_fields_reprints_in_english() -> None:
    """A job in the queue from an older desk has no caption fields: it prints as it did."""
    values = {"lpn": "LPN1", "sku": "S", "grade": "A", "disposition": "Restock", "bin": "B-1"}
    old = Label.from_dict({"template": "restock-4x2", "values": values})
    assert old.fill("{grade_word}") == "GRADE" and old.fill("{bin_word} {bin}") == "BIN B-1"
