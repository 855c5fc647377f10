"""ZPL II renderer: one ^XA...^XZ format per label, UTF-8 text (^CI28), Code 128 by ^BC.

Plain Code 128 uses ^BC automatic mode (the printer packs digit runs into subset C) so the
field data is exactly the value; GS1-128 spells its subsets and FNC1s out: `>;>8...`.
"""

from __future__ import annotations

import math
import re
import unicodedata

from receiving_desk.adapters.printing.gs1 import GS, element_string
from receiving_desk.adapters.printing.labels import (
    QUIET_MODULES,
    BarcodeBox,
    Label,
    LabelError,
    Symbology,
    Template,
    TextBox,
    module_dots,
    template_fields,
)

_DIGITS = "0123456789"
_SEGMENTS = re.compile(r"[0-9]+|\x1d|[^0-9\x1d]+")
_SUBSET_B = re.compile(r"[ -~]+")
HRI_GAP_IN = 0.02  # between the bars and their human-readable line
CHAR_WIDTH_EM = 0.55  # rough advance of font 0 at width = height, to cut long text


def render_zpl(label: Label, dpi: int = 203, *, unicode_font: str | None = None) -> bytes:
    """The label as ZPL bytes.

    `unicode_font`: a printer font path (e.g. "E:ANMDS.TTF") used for text beyond Latin-1;
    the resident font 0 has no CJK glyphs.
    """
    header, texts, barcodes = _layout(label.template, dpi)
    out = [header]
    values = label.values
    for box, names, origin, size, cells in texts:
        if not names:
            text = box.text
        elif any(values.get(name) for name in names):
            text = label.fill(box.text)
        else:
            continue  # every field it shows is empty (Label.text, inlined)
        if box.shrink < 1 and len(text) > cells:  # smaller before anything is cut
            size = max(10, round(size * max(box.shrink, cells / len(text))))
            cells = _text_metrics(size / dpi, box.width, dpi)[1]
        out.append(_text(origin, size, cells, text, unicode_font))
    for barcode in barcodes:
        value = label.value(barcode.field)
        if value:
            out.extend(_barcode(barcode, value, dpi, unicode_font))
    out.append("^XZ")
    return "\n".join(out).encode("utf-8")


# box, its fields, ^FO origin, font size and width in character cells
TextLayout = tuple[TextBox, tuple[str, ...], str, int, int]
Layout = tuple[str, list[TextLayout], list[BarcodeBox]]
_layouts: dict[tuple[int, int], tuple[Template, Layout]] = {}


def _layout(template: Template, dpi: int) -> Layout:
    """What does not change from label to label, worked out once per template and dpi
    (keyed by identity: hashing a whole template cost more than the lookup saved)."""
    cached = _layouts.get((id(template), dpi))
    if cached is not None and cached[0] is template:
        return cached[1]
    width, height = template.size.dots(dpi)
    texts: list[TextLayout] = []
    for box in template.elements:
        if isinstance(box, TextBox):
            size, cells = _text_metrics(box.height, box.width, dpi)
            origin = f"^FO{round(box.x * dpi)},{round(box.y * dpi)}"
            texts.append((box, template_fields(box.text), origin, size, cells))
    barcodes = [box for box in template.elements if isinstance(box, BarcodeBox)]
    layout = (f"^XA\n^CI28\n^PW{width}\n^LL{height}\n^LH0,0", texts, barcodes)
    _layouts[id(template), dpi] = (template, layout)
    return layout


def _text_metrics(size_in: float, width_in: float, dpi: int) -> tuple[int, int]:
    size = max(10, round(size_in * dpi))
    return size, math.floor(round(width_in * dpi) / (size * CHAR_WIDTH_EM))


def _text(origin: str, size: int, cells: int, text: str, unicode_font: str | None) -> str:
    text = " ".join(text.split())
    if len(text) > cells // 2 and not (len(text) <= cells and text.isascii()):
        text = fit_chars(text, cells)
    if unicode_font and not text.isascii() and any(ord(ch) > 0xFF for ch in text):
        return f"{origin}^A@N,{size},{size},{unicode_font}{field_data(text)}^FS"
    return f"{origin}^A0N,{size},{size}{field_data(text)}^FS"


def _barcode(box: BarcodeBox, value: str, dpi: int, unicode_font: str | None) -> list[str]:
    if box.symbology is Symbology.GS1_128:
        data, symbols = code128_plan(element_string(value), gs1=True)
        mode = "N"
        module = module_dots(box, code128_modules(symbols), dpi)
    elif ">" not in value and _SUBSET_B.fullmatch(value):
        data, mode = value, "A"  # automatic mode: the printer picks subsets
        # All of it in subset B is the widest it can get; plan only if that would not fit.
        module = module_dots(box, code128_modules(len(value) + 3), dpi)
        if module < round(box.module * dpi):
            module = module_dots(box, code128_modules(code128_plan(value, gs1=False)[1]), dpi)
    else:
        data, symbols = code128_plan(value, gs1=False)
        mode = "N"
        module = module_dots(box, code128_modules(symbols), dpi)
    x = round(box.x * dpi) + QUIET_MODULES * module
    y = round(box.y * dpi)
    bar_h = round(box.height * dpi)
    lines = [f"^FO{x},{y}^BY{module},3,{bar_h}^BCN,{bar_h},N,N,N,{mode}{field_data(data)}^FS"]
    if box.hri_height:
        hri_y = round(((y + bar_h) / dpi + HRI_GAP_IN) * dpi)
        size, cells = _text_metrics(box.hri_height, box.width - (x / dpi - box.x), dpi)
        lines.append(_text(f"^FO{x},{hri_y}", size, cells, value, unicode_font))
    return lines


def code128_modules(symbols: int) -> int:
    """Width in modules: 11 per symbol (start and check included) and 13 for the stop."""
    return 11 * symbols + 13


def field_data(text: str) -> str:
    """^FD with ^, ~ and _ hex-escaped under ^FH (they would end or alter the field)."""
    if "^" in text or "~" in text or "_" in text:
        escaped = text.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")
        return f"^FH^FD{escaped}"
    return f"^FD{text}"


def fit_chars(text: str, units: int) -> str:
    """Cut `text` to `units` character cells (CJK counts two) with a trailing '...'."""
    if len(text) <= units // 2 or (text.isascii() and len(text) <= units):
        return text  # fits even if every character were double width
    widths = [2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text]
    if sum(widths) <= units:
        return text
    used, keep = 0, 0
    for w in widths:
        if used + w > units - 3:
            break
        used += w
        keep += 1
    return text[:keep].rstrip() + "..."


def code128_plan(data: str, *, gs1: bool) -> tuple[str, int]:
    """^BC data with explicit invocation codes (subset C for digit pairs, B otherwise) and
    the number of symbol characters it encodes to, start and check character included."""
    segments = _SEGMENTS.findall(data)
    lead = len(segments[0]) if segments and segments[0][0] in _DIGITS else 0
    subset_c = gs1 or lead >= 4 or (lead == len(data) and lead >= 2 and lead % 2 == 0)
    out = [">;" if subset_c else ">:"]
    symbols = 2  # start and check
    if gs1:
        out.append(">8")
        symbols += 1
    for segment in segments:
        run = len(segment)
        if segment == GS and gs1:
            out.append(">8")
            symbols += 1
        elif segment[0] in _DIGITS and (subset_c or run >= 4):
            if not subset_c:  # switch to C for the even tail of the run
                if run % 2:
                    out.append(segment[0])
                    segment, run, symbols = segment[1:], run - 1, symbols + 1
                out.append(">5")
                symbols += 1
                subset_c = True
            out.append(segment[: run - run % 2])
            symbols += run // 2
            if run % 2:  # a last odd digit goes in subset B
                out += [">6", segment[-1]]
                symbols += 2
                subset_c = False
        else:
            if not _SUBSET_B.fullmatch(segment):
                raise LabelError(f"Code 128 subset B cannot encode {segment!r} in {data!r}")
            if subset_c:
                out.append(">6")
                symbols += 1
                subset_c = False
            out.append(segment.replace(">", "><"))
            symbols += run
    return "".join(out), symbols
