"""PDF renderer: python-barcode encodes the symbols, reportlab draws bars and text as vectors.

Bars are placed on the target printer's dot grid (whole-dot module widths and origins), so a
203-dpi printer or a 203-dpi rasterisation prints every bar at the same width.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from io import BytesIO

from barcode import Code128, Gs1_128
from reportlab.pdfgen.canvas import Canvas

from receiving_desk.adapters.printing import fonts
from receiving_desk.adapters.printing.gs1 import GS, element_string
from receiving_desk.adapters.printing.labels import (
    QUIET_MODULES,
    BarcodeBox,
    Label,
    LabelError,
    Symbology,
    TextBox,
    module_dots,
)

PT = 72.0  # PDF points per inch
BASELINE_EM = 0.8  # from the top of a text box to its baseline, in font sizes
HRI_GAP_IN = 0.02
# reportlab keeps per-document glyph assignments inside the shared font objects and warns
# they must not serve two documents at once: the queue worker and a GUI preview may try.
RENDER_LOCK = threading.RLock()


@lru_cache(maxsize=1024)
def bar_pattern(data: str, gs1: bool = False) -> str:
    """The symbol as a string of modules, "1" for a bar, from python-barcode's encoder."""
    try:
        if gs1:
            # python-barcode takes "\xf1" as FNC1 and adds the leading one itself.
            pattern: str = Gs1_128(element_string(data).replace(GS, Gs1_128.FNC1_CHAR)).build()[0]
        else:
            pattern = Code128(data).build()[0]
    except (KeyError, ValueError, IndexError) as exc:
        raise LabelError(f"Code 128 cannot encode {data!r}") from exc
    return pattern


def draw_bars(
    canvas: Canvas, pattern: str, x: int, bottom: int, height: int, module: int, dpi: int
) -> None:
    """Bars of `pattern` in printer dots from the page's bottom-left: whole-dot origin and
    module width. Written as raw `re` operators: reportlab's float formatting of one path
    call per bar was most of the time a label took."""
    ops = []
    start = -1
    for i, bit in enumerate(pattern + "0"):
        if bit == "1" and start < 0:
            start = i
        elif bit == "0" and start >= 0:
            ops.append(f"{x + start * module} {bottom} {(i - start) * module} {height} re")
            start = -1
    canvas.saveState()
    canvas.scale(PT / dpi, PT / dpi)
    canvas.addLiteral("\n".join(ops) + "\nf")
    canvas.restoreState()


def render_pdf(label: Label, dpi: int = 203) -> bytes:
    """One page the size of the label; `dpi` is the printer's, for the bar grid."""
    with RENDER_LOCK:
        return _render(label, dpi)


def render_pdf_pages(labels: list[Label], dpi: int = 203) -> bytes:
    """A batch: one page per label, in order (all of one template size)."""
    with RENDER_LOCK:
        return _render_pages(labels, dpi)


def _render(label: Label, dpi: int) -> bytes:
    return _render_pages([label], dpi)


def _render_pages(labels: list[Label], dpi: int) -> bytes:
    size = labels[0].template.size
    width, height = size.width_in * PT, size.height_in * PT
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=True, pageCompression=0)
    first = labels[0]
    more = f" (+{len(labels) - 1})" if len(labels) > 1 else ""
    canvas.setTitle(f"{first.template.name} {first.key}{more}")
    for label in labels:
        _draw(canvas, label, dpi, height)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw(canvas: Canvas, label: Label, dpi: int, height: float) -> None:
    for element in label.template.elements:
        if isinstance(element, TextBox):
            text = label.text(element)
            if text:
                _text(canvas, text, element, height)
        else:
            value = label.value(element.field)
            if value:
                _barcode(canvas, element, value, dpi, height)


def _text(canvas: Canvas, text: str, box: TextBox, page_height: float) -> None:
    text, size, room = " ".join(text.split()), box.height * PT, box.width * PT
    needs = fonts.text_width(text, size, box.bold)
    if needs > room:  # smaller, down to the box's limit, before anything is cut
        size *= max(box.shrink, room / needs)
    text = fonts.fit(text, size, room, box.bold)
    baseline = page_height - box.y * PT - BASELINE_EM * box.height * PT
    fonts.draw_text(canvas, box.x * PT, baseline, text, size, box.bold)


def _barcode(canvas: Canvas, box: BarcodeBox, value: str, dpi: int, page_height: float) -> None:
    pattern = bar_pattern(value, box.symbology is Symbology.GS1_128)
    module = module_dots(box, len(pattern), dpi)
    x_dots = round(box.x * dpi) + QUIET_MODULES * module
    bottom = round((page_height / PT - box.y - box.height) * dpi)
    draw_bars(canvas, pattern, x_dots, bottom, round(box.height * dpi), module, dpi)
    if box.hri_height:
        x_in = x_dots / dpi
        y_in = box.y + box.height + HRI_GAP_IN
        hri = TextBox("", x_in, y_in, box.hri_height, box.width - (x_in - box.x))
        _text(canvas, value, hri, page_height)
