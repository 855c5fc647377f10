"""A report as a PDF: vector text and charts drawn with reportlab (never a bitmap of a widget),
paginated, with a header on every page (site, scope, filter, when generated, page n of m).

Text goes through the bundled fonts with per-character fallback (DejaVu Sans for Latin and
Cyrillic, Droid Sans Fallback for CJK), embedded as subsets, so names like 张伟 print anywhere.
"""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from receiving_desk.adapters.printing import fonts
from receiving_desk.adapters.printing.pdf import RENDER_LOCK
from receiving_desk.adapters.reports.pdf_charts import mix_charts
from receiving_desk.adapters.reports.words import report_words
from receiving_desk.services.reports import Report, ReportTable, format_value

PAGE = A4
MARGIN = 14 * mm
HEADER = 22 * mm
BODY = ParagraphStyle("cell", fontName=fonts.LATIN, fontSize=7.5, leading=9.2)
NUMBER = ParagraphStyle("number", parent=BODY, alignment=2)  # right-aligned
HEAD = ParagraphStyle("head", parent=BODY, fontName=fonts.LATIN_BOLD, textColor=colors.white)
TITLE = ParagraphStyle("title", parent=BODY, fontName=fonts.LATIN_BOLD, fontSize=10.5,
                       leading=13, spaceBefore=6, spaceAfter=3)  # fmt: skip
NOTE = ParagraphStyle("note", parent=BODY, textColor=colors.HexColor("#555555"))
GRID = colors.HexColor("#b8c2cc")
HEAD_FILL = colors.HexColor("#2f4858")
STRIPE = colors.HexColor("#f2f5f7")
EMPTY = "none in this period"
PAD = 4.0  # cell padding left and right (points)
FRAME_PAD = 6.0  # platypus frames inset their content by this much


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup with each run in a font that has its glyphs."""
    return "".join(
        f'<font name="{font}">{escape(chunk)}</font>' for font, chunk in fonts.runs(text, bold)
    )


def cell_texts(report: Report, table: ReportTable) -> list[list[str]]:
    """Every cell as printed in the report's language: codes as names, the report's own
    words translated (as on screen), money in the site's currency."""
    words = report_words(report.locale)

    def text(i: int, v: object) -> str:
        if i in table.coded and v is not None:
            return words.code(str(v))
        if isinstance(v, str):
            return words.label(v)
        return format_value(v, report.currency, report.locale)  # type: ignore[arg-type]

    return [[text(i, v) for i, v in enumerate(row)] for row in table.rows]


def _widest_word(text: str, bold: bool) -> float:
    return max((fonts.text_width(w, BODY.fontSize, bold=bold) for w in text.split()), default=0)


def _widths(columns: tuple[str, ...], texts: list[list[str]], width: float) -> list[float]:
    """Each column as wide as its widest text; when they do not fit, columns give way in
    proportion to what they would lose, but never below their longest word (a word is
    never broken across lines)."""
    pad = 2 * PAD + 1
    natural, least = [], []
    for i, column in enumerate(columns):
        cells = [(column, True), *((row[i], False) for row in texts)]
        natural.append(max(fonts.text_width(t, BODY.fontSize, bold=b) for t, b in cells) + pad)
        least.append(max(_widest_word(t, b) for t, b in cells) + pad)
    if sum(natural) <= width:
        return natural
    slack = sum(natural) - sum(least)
    room = max(width - sum(least), 0.0)
    return [
        lo + (n - lo) * room / slack if slack else lo for n, lo in zip(natural, least, strict=True)
    ]


def flow_table(report: Report, table: ReportTable, width: float) -> list[Any]:
    """The table's title and grid; the header row repeats on every page it spans."""
    numeric = [
        bool(table.rows) and all(isinstance(r[i], int | Decimal | None) for r in table.rows)
        for i in range(len(table.columns))
    ]
    words = report_words(report.locale)
    texts = cell_texts(report, table)
    columns = tuple(words.label(c) for c in table.columns)
    header = [Paragraph(markup(c, bold=True), HEAD) for c in columns]
    body = [
        [Paragraph(markup(t), NUMBER if numeric[i] else BODY) for i, t in enumerate(row)]
        for row in texts
    ]
    if not body:
        body = [[Paragraph(markup(words.label(EMPTY)), NOTE)] + [""] * (len(header) - 1)]
    widths = _widths(columns, texts, width)
    grid = Table([header, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), STRIPE) for i in range(2, len(body) + 1, 2)]
    if not table.rows:  # the note spans the row: never squeezed into the first column
        style.append(("SPAN", (0, 1), (-1, 1)))
    grid.setStyle(TableStyle(style))
    title = Paragraph(markup(words.label(table.title), bold=True), TITLE)
    return [CondPageBreak(30 * mm), KeepTogether([title, grid]) if len(body) < 25 else title,
            *([] if len(body) < 25 else [grid])]  # fmt: skip


def _header(canvas: Canvas, report: Report, page: int, pages: int) -> None:
    width, height = PAGE
    top, left, right = height - MARGIN, MARGIN + FRAME_PAD, width - MARGIN - FRAME_PAD
    words = report_words(report.locale)
    generated = report.generated_at.astimezone(ZoneInfo(report.timezone))
    title = words.label("Shift report — {0}").format(report.site)
    fonts.draw_text(canvas, left, top - 11, title, 12, True)
    covers = words.covers(report.filter, report.clerk_name)
    fonts.draw_text(canvas, left, top - 24, f"{words.label(report.scope)} · {covers}", 8.5, False)
    source = words.label("{0} · generated {1}").format(
        words.label(report.source), f"{generated:%Y-%m-%d %H:%M %Z}"
    )
    fonts.draw_text(canvas, left, top - 35, source, 7.5, False)
    label = words.label("Page {0} of {1}").format(page, pages)
    fonts.draw_text(canvas, right - fonts.text_width(label, 8), top - 11, label, 8, False)
    canvas.setStrokeColor(HEAD_FILL)
    canvas.setLineWidth(0.8)
    canvas.line(left, top - 40, right, top - 40)


def _canvas_class(report: Report) -> type[Canvas]:
    class PagedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        """Holds pages back until the end, to write "page n of m" on each."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._held, 1):
                self.__dict__.update(state)
                _header(self, report, number, len(self._held))
                super().showPage()
            super().save()

    return PagedCanvas


def render_report_pdf(report: Report) -> bytes:
    """The whole report: summary and charts first, then every table."""
    fonts.register_fonts()
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + HEADER, bottomMargin=MARGIN,
        title=f"{report_words(report.locale).label('Shift report — {0}').format(report.site)}"
        f" — {report.scope}", author="Receiving Desk",
        invariant=True,
    )  # fmt: skip
    width = PAGE[0] - 2 * MARGIN - 2 * FRAME_PAD
    story: list[Any] = []
    summary, *tables = report.tables
    story += flow_table(report, summary, width)
    story += [Spacer(1, 4 * mm), mix_charts(report, width), Spacer(1, 2 * mm)]
    for table in tables:
        story += flow_table(report, table, width)
    with RENDER_LOCK:
        document.build(story, canvasmaker=_canvas_class(report))
    return buffer.getvalue()
