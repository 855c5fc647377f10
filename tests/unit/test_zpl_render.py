"""The ZPL renderer and the ~HS status parser, checked field by field."""

from __future__ import annotations

import pytest
from barcode import Code128

from receiving_desk.adapters.printing.backends import PrinterState
from receiving_desk.adapters.printing.backends.tcp9100 import parse_host_status
from receiving_desk.adapters.printing.labels import (
    TEMPLATES,
    BarcodeBox,
    Label,
    LabelError,
    restock_label,
)
from receiving_desk.adapters.printing.zpl import (
    code128_modules,
    code128_plan,
    field_data,
    fit_chars,
    render_zpl,
)
from tests.integration.printer_fixtures import (
    HS_HEAD_OPEN,
    HS_PAPER_OUT,
    HS_PAUSED,
    HS_READY,
    fields,
    hs_reply,
    parse_zpl,
)

GS1 = "(01)09506000134352(21)ABC123(10)LOT42"
VALUES = {
    "lpn": "LPN00000001L",
    "sku": "SKU-1",
    "description": "Wireless earbuds",
    "grade": "B",
    "disposition": "open box",
    "bin": "A-12-03",
    "rma": "RMA-2024-000123",
    "date": "2026-11-20",
    "gs1": GS1,
}


@pytest.mark.parametrize("name", sorted(TEMPLATES))
@pytest.mark.parametrize("dpi", [203, 300])
def test_every_template_is_one_complete_format_of_the_right_size(name: str, dpi: int) -> None:
    template = TEMPLATES[name]
    data = render_zpl(Label(template, VALUES), dpi)
    commands = parse_zpl(data)
    assert data.startswith(b"^XA") and data.endswith(b"^XZ")
    assert [c for c, _ in commands].count("XA") == 1
    assert ("CI", "28") in commands
    width, height = template.size.dots(dpi)
    assert ("PW", str(width)) in commands and ("LL", str(height)) in commands
    key = "bin" if template.kind == "bin" else "lpn"
    assert fields(data, "BC")[0] == VALUES[key]
    by = next(value for c, value in commands if c == "BY")
    bc = next(value for c, value in commands if c == "BC")
    box = next(e for e in template.elements if isinstance(e, BarcodeBox))
    assert by.split(",")[0] == str(round(box.module * dpi))  # whole dots
    assert bc.endswith(",N,N,N,A")  # automatic subsets, no printer interpretation line
    for command, value in commands:
        if command == "FO":
            x, y = map(int, value.split(","))
            assert 0 <= x < width and 0 <= y < height


def test_gs1_128_spells_out_start_c_and_fnc1() -> None:
    data = render_zpl(Label(TEMPLATES["restock-4x2"], VALUES), 203)
    assert fields(data, "BC") == ["LPN00000001L", ">;>8010950600013435221>6ABC123>810LOT42"]
    assert "^BCN,57,N,N,N,N^FD>;>8" in data.decode()
    assert GS1 in [value for c, value in parse_zpl(data) if c == "FD"]  # the HRI line


def test_a_label_without_gs1_has_one_barcode() -> None:
    data = render_zpl(Label(TEMPLATES["restock-4x2"], {**VALUES, "gs1": ""}), 203)
    assert fields(data, "BC") == ["LPN00000001L"]


def test_plan_matches_zebras_own_gs1_example() -> None:
    data = "01123456789012342112345" + "6\x1d10ABC123"
    assert code128_plan(data, gs1=True)[0] == ">;>8011234567890123421123456>810>6ABC123"


@pytest.mark.parametrize(
    "value", ["LPN00000001L", "CMD-GRADE-A", "A-12-03", "BIN-0042", "12345678", "123", "X1234567Y"]
)
def test_planned_width_matches_python_barcode(value: str) -> None:
    _, symbols = code128_plan(value, gs1=False)
    assert code128_modules(symbols) == len(Code128(value).build()[0])


def test_plan_escapes_and_refuses() -> None:
    assert code128_plan("A>B", gs1=False)[0] == ">:A><B"
    with pytest.raises(LabelError, match="cannot encode"):
        code128_plan("A\tB", gs1=False)


def test_field_data_hex_escapes_carets_tildes_and_underscores() -> None:
    assert field_data("plain text") == "^FDplain text"
    assert field_data("a^b~c_d") == "^FH^FDa_5Eb_7Ec_5Fd"
    label = restock_label(
        lpn="LPN1", sku="S^1", description="x", grade="A", disposition="d", bin="B_1"
    )
    parsed = parse_zpl(render_zpl(label))
    assert ("FD", "SKU S_5E1") in parsed and ("FD", "BIN B_5F1") in parsed


def test_utf8_text_and_the_unicode_font_switch() -> None:
    label = Label(TEMPLATES["restock-4x2"], {**VALUES, "description": "无线耳机 Наушники"})
    plain = render_zpl(label).decode("utf-8")
    assert "^A0N,32,32^FD无线耳机 Наушники^FS" in plain
    with_font = render_zpl(label, unicode_font="E:ANMDS.TTF").decode("utf-8")
    assert "^A@N,32,32,E:ANMDS.TTF^FD无线耳机 Наушники^FS" in with_font
    assert "^A0N,26,26^FDSKU SKU-1" in with_font  # Latin text keeps the resident font


def test_long_text_is_cut_counting_cjk_as_two_cells() -> None:
    assert fit_chars("abcdef", 6) == "abcdef"
    assert fit_chars("abcdefgh", 6) == "abc..."
    assert fit_chars("无线耳机无线耳机", 8) == "无线..."


@pytest.mark.parametrize(
    ("reply", "state"),
    [
        (HS_READY, PrinterState.READY),
        (HS_PAPER_OUT, PrinterState.PAPER_OUT),
        (HS_HEAD_OPEN, PrinterState.HEAD_OPEN),
        (HS_PAUSED, PrinterState.PAUSED),
        (hs_reply(ribbon_out=True), PrinterState.RIBBON_OUT),
        (hs_reply(head_open=True, paper_out=True), PrinterState.HEAD_OPEN),
        (HS_READY[:30], PrinterState.NOT_RESPONDING),
        (b"\x02x\x03\r\n\x02y\x03\r\n\x02z\x03\r\n", PrinterState.ERROR),
    ],
)
def test_host_status_reply(reply: bytes, state: PrinterState) -> None:
    assert parse_host_status(reply).state is state


def test_host_status_reports_formats_waiting() -> None:
    assert parse_host_status(hs_reply(formats_queued=3)).detail == "3 formats queued"
