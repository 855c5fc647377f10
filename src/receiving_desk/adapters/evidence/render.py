"""An evidence pack as a PDF, in the reports' style (adapters/reports/pdf.py): a header with
the return's code as a Code 128 barcode (scan it back to find the return), every section as a
table, and each photo with its SHA-256."""

from __future__ import annotations

import hashlib
from datetime import datetime
from io import BytesIO
from typing import Any

from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from receiving_desk.adapters.evidence.words import PackWords, pack_words
from receiving_desk.adapters.printing import fonts
from receiving_desk.adapters.printing.pdf import RENDER_LOCK
from receiving_desk.adapters.reports.pdf import (
    BODY,
    FRAME_PAD,
    GRID,
    HEAD,
    HEAD_FILL,
    MARGIN,
    NOTE,
    PAD,
    STRIPE,
    TITLE,
    markup,
)
from receiving_desk.domain.evidence import EvidenceFacts, Section

PHOTO_SIZE = 60 * mm
PAGE = landscape(A4)  # wide tables (units, decisions) keep their words whole


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _widths(section: Section, width: float) -> list[float]:
    """As in the reports: each column as wide as its text; when they do not fit, columns give
    way in proportion, never below their longest word (words are not broken)."""
    pad = 2 * PAD + 1
    natural, least = [], []
    for i, column in enumerate(section.columns):
        cells = [(column, True), *((row[i], False) for row in section.rows)]
        natural.append(max(fonts.text_width(t, BODY.fontSize, bold=b) for t, b in cells) + pad)
        words = [(w, b) for t, b in cells for w in t.split()]
        least.append(
            min(max((fonts.text_width(w, BODY.fontSize, bold=b) for w, b in words), default=0)
                + pad, width / 3)
        )  # fmt: skip
    if sum(natural) <= width:
        return natural
    if sum(least) > width:  # long headings (Russian ...): every column gives way alike, and
        return [lo * width / sum(least) for lo in least]  # a word too long is split in it
    slack = sum(natural) - sum(least)
    room = max(width - sum(least), 0.0)
    return [
        lo + (n - lo) * room / slack if slack else lo for n, lo in zip(natural, least, strict=True)
    ]


def _grid(section: Section, width: float, w: PackWords) -> list[Any]:
    title = Paragraph(markup(section.title, bold=True), TITLE)
    header = [Paragraph(markup(c, bold=True), HEAD) for c in section.columns]
    body = [[Paragraph(markup(v), BODY) for v in row] for row in section.rows]
    if not body:
        body = [[Paragraph(markup(w("none")), NOTE)] + [""] * (len(header) - 1)]
    widths = _widths(section, width)
    grid = Table([header, *body], colWidths=widths, repeatRows=1,
                 hAlign="LEFT")  # fmt: skip
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), STRIPE) for i in range(2, len(body) + 1, 2)]
    if not section.rows:
        style.append(("SPAN", (0, 1), (-1, 1)))
    grid.setStyle(TableStyle(style))
    note = [Paragraph(markup(section.note), NOTE)] if section.note else []
    return [CondPageBreak(25 * mm), KeepTogether([title, *note]), grid]


def _photos(facts: EvidenceFacts, w: PackWords) -> list[Any]:
    if not facts.photos:
        return []
    story: list[Any] = [CondPageBreak(PHOTO_SIZE), Paragraph(markup(w("Photos"), bold=True), TITLE)]
    for photo in facts.photos:
        if photo.data is None:
            missing = w("Unit {seq} · {name} — file missing from the photo folder",
                        seq=photo.unit_seq, name=photo.name)  # fmt: skip
            story.append(Paragraph(markup(missing), NOTE))
            continue
        caption = w("Unit {seq} · {name} · SHA-256 {digest}", seq=photo.unit_seq,
                    name=photo.name, digest=sha256(photo.data))  # fmt: skip
        items: list[Any] = [Paragraph(markup(caption), BODY)]
        try:
            image = Image(BytesIO(photo.data))
            ratio = min(PHOTO_SIZE / image.imageWidth, PHOTO_SIZE / image.imageHeight, 1.0)
            image.drawWidth, image.drawHeight = image.imageWidth * ratio, image.imageHeight * ratio
            image.hAlign = "LEFT"
            items.append(image)
        except Exception:  # a format reportlab cannot draw (HEIC ...): the hash still stands
            items.append(Paragraph(markup(w("(not drawable here: see the ZIP)")), NOTE))
        story += [KeepTogether(items), Spacer(1, 3 * mm)]
    return story


def render_pack_pdf(facts: EvidenceFacts, pack_id: str, made_at: datetime) -> bytes:
    fonts.register_fonts()
    w = pack_words(facts.language)
    buffer = BytesIO()
    title = w("Evidence pack — {code}", code=facts.title_code)
    document = SimpleDocTemplate(
        buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=title, author="Receiving Desk", invariant=True,
    )  # fmt: skip
    width = PAGE[0] - 2 * MARGIN - 2 * FRAME_PAD
    barcode = createBarcodeDrawing(
        "Code128", value=facts.title_code, barWidth=0.33 * mm, barHeight=14 * mm, humanReadable=True
    )
    heading = Table(
        [[Paragraph(markup(title, bold=True), TITLE), barcode]],
        colWidths=[width - barcode.width - 4, barcode.width + 4],
    )
    heading.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    meta = w(
        "Station {station} · status {status} · pack {pack} · made {made}",
        station=facts.station_id, status=facts.status, pack=pack_id,
        made=made_at.isoformat(timespec="seconds"),
    )  # fmt: skip
    story: list[Any] = [heading, Paragraph(markup(meta), NOTE), Spacer(1, 3 * mm)]
    for section in facts.sections:
        story += _grid(section, width, w)
    story += _photos(facts, w)
    rule = Table([[""]], colWidths=[width])
    rule.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story += [Spacer(1, 4 * mm), rule, Paragraph(markup(w(
        "The SHA-256 of this file and of every photo are recorded at the desk and "
        "centrally: check a copy with `receiving-desk evidence verify FILE`.")), NOTE)]  # fmt: skip
    with RENDER_LOCK:
        document.build(story)
    return buffer.getvalue()
