"""The command sheet: pages of Code 128 command barcodes ("CMD-GRADE-A") with captions,
for office printers, so a clerk can finish a return with the scanner alone."""

from __future__ import annotations

import math
from collections.abc import Sequence
from io import BytesIO

from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen.canvas import Canvas

from receiving_desk.adapters.printing import fonts
from receiving_desk.adapters.printing.labels import QUIET_MODULES, BarcodeBox, module_dots
from receiving_desk.adapters.printing.pdf import PT, RENDER_LOCK, bar_pattern, draw_bars

PAGE_SIZES = {"A4": A4, "letter": letter}
MARGIN_IN = 0.5
TITLE_IN = 0.45  # room for the title line
COLUMNS = 2
CELL_HEIGHT_IN = 1.4
CAPTION_PT = 14.0
CODE_PT = 9.0
BAR_HEIGHT_IN = 0.7
MODULE_IN = 0.015  # large modules: scanned from arm's length off a sheet on the desk


def render_command_sheet_pdf(
    commands: Sequence[tuple[str, str]],
    *,
    page: str = "A4",
    dpi: int = 300,
    title: str = "Receiving Desk - command barcodes",
) -> bytes:
    """`commands` as (code, caption) pairs, several per page, paginated.

    `dpi` is the printer's: module widths and bar origins fall on its dot grid.
    """
    if not commands:
        raise ValueError("a command sheet needs at least one command")
    if page not in PAGE_SIZES:
        raise ValueError(f"page must be one of {sorted(PAGE_SIZES)}, got {page!r}")
    width, height = PAGE_SIZES[page]
    cell_w = (width / PT - 2 * MARGIN_IN) / COLUMNS
    rows = math.floor((height / PT - 2 * MARGIN_IN - TITLE_IN) / CELL_HEIGHT_IN)
    per_page = rows * COLUMNS
    pages = math.ceil(len(commands) / per_page)
    patterns = [bar_pattern(code) for code, _ in commands]  # refuse bad codes before drawing
    buffer = BytesIO()
    with RENDER_LOCK:
        canvas = Canvas(buffer, pagesize=(width, height), invariant=True, pageCompression=1)
        canvas.setTitle(title)
        for number in range(pages):
            first = number * per_page
            footer = f"{title}    {number + 1}/{pages}"
            fonts.draw_text(canvas, MARGIN_IN * PT, height - MARGIN_IN * PT - 12, footer, 12, True)
            chunk = commands[first : first + per_page]
            for index, (code, caption) in enumerate(chunk):
                left = MARGIN_IN + (index % COLUMNS) * cell_w
                top = MARGIN_IN + TITLE_IN + (index // COLUMNS) * CELL_HEIGHT_IN
                _cell(
                    canvas, code, caption, patterns[first + index], (left, top, cell_w), height, dpi
                )
            canvas.showPage()
        canvas.save()
    return buffer.getvalue()


def _cell(
    canvas: Canvas,
    code: str,
    caption: str,
    pattern: str,
    cell: tuple[float, float, float],
    page_height: float,
    dpi: int,
) -> None:
    left, top, width = cell  # inches from the page's top-left
    page_h = page_height / PT
    caption = fonts.fit(caption, CAPTION_PT, (width - 0.2) * PT, True)
    baseline = (page_h - top) * PT - CAPTION_PT
    fonts.draw_text(canvas, (left + 0.1) * PT, baseline, caption, CAPTION_PT, True)
    box = BarcodeBox(code, left, top + 0.3, BAR_HEIGHT_IN, width - 0.1, module=MODULE_IN)
    module = module_dots(box, len(pattern), dpi)
    x = round(left * dpi) + QUIET_MODULES * module
    bottom = round((page_h - box.y - box.height) * dpi)
    draw_bars(canvas, pattern, x, bottom, round(box.height * dpi), module, dpi)
    text_baseline = (page_h - box.y - box.height - 0.04) * PT - CODE_PT
    fonts.draw_text(canvas, x / dpi * PT, text_baseline, code, CODE_PT, False)
