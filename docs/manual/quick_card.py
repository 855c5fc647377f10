"""The clerk's one-page quick card as a PDF, in each of the desk's languages.

Drawn with the desk's own label machinery: the bundled fonts with per-character CJK
fallback (embedded, so the card prints the same anywhere) and Code 128 command barcodes on
a 300 dpi dot grid, so the card is scanned like the desk's command sheet.
"""

from __future__ import annotations

from io import BytesIO
from typing import cast

from card_texts import COMMANDS, TEXTS
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from receiving_desk.adapters.printing import fonts
from receiving_desk.adapters.printing.labels import QUIET_MODULES
from receiving_desk.adapters.printing.pdf import RENDER_LOCK, bar_pattern, draw_bars
from receiving_desk.resources import resource

WIDTH, HEIGHT = A4
MARGIN = 36.0
DPI = 300
MODULE_DOTS = 3  # 0.01 in: read from arm's length, and the longest command fits a column
COLUMNS = 3
BLUE, GREEN, RED, ORANGE = (HexColor(c) for c in ("#1565c0", "#1b5e20", "#b71c1c", "#e65100"))


def wrap(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Lines of `text` at most `width` points wide: break at spaces, or after any Chinese
    character (Chinese has no spaces)."""
    lines: list[str] = []
    line = ""
    last_break = -1
    for ch in text:
        candidate = line + ch
        if fonts.text_width(candidate, size, bold) <= width or not line:
            line = candidate
        else:
            if last_break > 0 and ch != " ":
                lines.append(line[:last_break].rstrip())
                line = line[last_break:].lstrip() + ch
            else:
                lines.append(line.rstrip())
                line = ch.lstrip()
            last_break = -1
        if ch == " " or _breaks_anywhere(ch):
            last_break = len(line)
    if line.strip():
        lines.append(line.strip())
    return lines


def _breaks_anywhere(ch: str) -> bool:
    """Han ideographs, kana and full-width punctuation; Korean breaks at spaces like Latin."""
    code = ord(ch)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


class Card:
    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.y = HEIGHT - MARGIN  # the next line's top, from the page's bottom

    def text(self, x: float, text: str, size: float, bold: bool = False, width: float = 0) -> None:
        width = width or WIDTH - MARGIN - x
        for line in wrap(text, size, width, bold):
            self.y -= size * 1.3
            fonts.draw_text(self.canvas, x, self.y + size * 0.25, line, size, bold)

    def heading(self, text: str) -> None:
        self.y -= 10
        self.canvas.setFillColor(BLUE)
        self.text(MARGIN, text, 13, bold=True)
        self.canvas.setFillColor(HexColor("#000000"))
        self.y -= 3

    def swatch(self, colour: HexColor, text: str, size: float) -> None:
        top = self.y
        self.text(MARGIN + 22, text, size)
        self.canvas.setFillColor(colour)
        self.canvas.rect(MARGIN + 2, top - size * 1.25, 12, size, stroke=0, fill=1)
        self.canvas.setFillColor(HexColor("#000000"))


def render_card(language: str) -> bytes:
    """One A4 page; the text shrinks a step at a time until everything fits above the footer
    (Russian runs longer than Chinese)."""
    for size in (11.5, 11.0, 10.5, 10.0, 9.5, 9.0):
        pdf, fits = _render(TEXTS[language], size)
        if fits:
            return pdf
    raise ValueError(f"the {language} quick card does not fit on one page")


def _render(t: dict[str, object], size: float) -> tuple[bytes, bool]:
    buffer = BytesIO()
    with RENDER_LOCK:
        canvas = Canvas(buffer, pagesize=A4, invariant=True, pageCompression=1)
        canvas.setTitle(str(t["title"]))
        card = Card(canvas)
        _title(card, str(t["title"]), str(t["language"]))
        card.heading(str(t["steps_title"]))
        for number, step in enumerate(cast(tuple[str, ...], t["steps"]), 1):
            top = card.y
            card.text(MARGIN + 22, step, size)
            fonts.draw_text(canvas, MARGIN + 4, top - size, f"{number}.", size, True)
        card.heading(str(t["signals_title"]))
        for colour, key in ((GREEN, "good"), (RED, "bad"), (BLUE, "done"), (ORANGE, "window")):
            card.swatch(colour, str(t[key]), size - 0.5)
        card.heading(str(t["commands_title"]))
        _barcodes(card, cast(tuple[str, ...], t["captions"]))
        card.heading(str(t["keys_title"]))
        card.text(MARGIN, str(t["keys"]), size, bold=True)
        bottom_of_content = card.y
        footer = wrap(str(t["footer"]), size - 0.5, WIDTH - 2 * MARGIN, True)
        card.y = MARGIN + len(footer) * (size - 0.5) * 1.3
        fits = bottom_of_content > card.y + 12
        canvas.setFillColor(BLUE)
        card.text(MARGIN, str(t["footer"]), size - 0.5, bold=True)
        canvas.showPage()
        canvas.save()
    return buffer.getvalue(), fits


def _title(card: Card, title: str, language: str) -> None:
    canvas = card.canvas
    band = 46.0
    canvas.setFillColor(BLUE)
    canvas.rect(0, HEIGHT - band - 18, WIDTH, band + 18, stroke=0, fill=1)
    canvas.drawImage(
        str(resource("icons", "receiving-desk.png")),
        WIDTH - MARGIN - 40,
        HEIGHT - band - 10,
        40,
        40,
        mask="auto",
    )
    canvas.setFillColor(white)
    fonts.draw_text(canvas, MARGIN, HEIGHT - 44, fonts.fit(title, 18, WIDTH - 140, True), 18, True)
    fonts.draw_text(canvas, MARGIN, HEIGHT - 58, language, 9, False)
    canvas.setFillColor(HexColor("#000000"))
    card.y = HEIGHT - band - 22


def _barcodes(card: Card, captions: tuple[str, ...]) -> None:
    canvas = card.canvas
    cell_w = (WIDTH - 2 * MARGIN) / COLUMNS
    cell_h = 74.0
    bar_h_in = 0.5
    for index, (code, caption) in enumerate(zip(COMMANDS, captions, strict=True)):
        col, row = index % COLUMNS, index // COLUMNS
        left = MARGIN + col * cell_w
        top = card.y - row * cell_h
        # A long caption gets a smaller size before it gets an ellipsis.
        size = next((z for z in (10.0, 9.0) if fonts.text_width(caption, z, True) <= cell_w - 8), 9)
        fonts.draw_text(
            canvas, left + 4, top - 12, fonts.fit(caption, size, cell_w - 8, True), size, True
        )
        pattern = bar_pattern(code)
        x = round(left / 72 * DPI) + QUIET_MODULES * MODULE_DOTS
        bottom = round((top - 18) / 72 * DPI) - round(bar_h_in * DPI)
        draw_bars(canvas, pattern, x, bottom, round(bar_h_in * DPI), MODULE_DOTS, DPI)
        fonts.draw_text(canvas, x / DPI * 72, bottom / DPI * 72 - 9, code, 7, False)
    rows = -(-len(COMMANDS) // COLUMNS)
    card.y -= rows * cell_h
