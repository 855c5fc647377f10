"""The report's charts as reportlab vector graphics: grade mix (pie) and disposition mix
(bars), side by side, from the report's own tables (the same numbers as the tables)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from receiving_desk.adapters.printing import fonts
from receiving_desk.adapters.reports.words import report_words
from receiving_desk.services.reports import Report

PALETTE = [colors.HexColor(c) for c in (
    "#2f6690", "#3a7ca5", "#81c3d7", "#d9dcd6", "#f6ae2d", "#f26419", "#86bbd8", "#33658a",
    "#758e4f", "#55dde0",
)]  # fmt: skip
HEIGHT = 62 * mm


def _counts(report: Report, table: str) -> list[tuple[str, int]]:
    """(name, units) of the table's rows that count any."""
    t, words = report.table(table), report_words(report.locale)
    return [
        (words.code(str(r[0])) if 0 in t.coded else str(r[0]), int(r[1]))
        for r in t.rows
        if isinstance(r[1], int) and r[1] > 0
    ]


def _face(text: str, bold: bool = False) -> str:
    """One face for a whole chart label: the CJK face when the text needs it (a chart label
    is one string; it cannot switch fonts per run like the tables' paragraphs)."""
    faces = {font for font, _ in fonts.runs(text, bold)}
    return fonts.CJK if fonts.CJK in faces else (fonts.LATIN_BOLD if bold else fonts.LATIN)


def _title(drawing: Drawing, x: float, text: str) -> None:
    drawing.add(String(x, HEIGHT - 10, text, fontName=_face(text, True), fontSize=9))


def mix_charts(report: Report, width: float) -> Drawing:
    drawing = Drawing(width, HEIGHT)
    half = width / 2
    words = report_words(report.locale)
    grades = _counts(report, "grades")
    _title(drawing, 0, words.label("Grade mix (units)"))
    if grades:
        pie = Pie()
        pie.x, pie.y, pie.width, pie.height = 30, 12, HEIGHT - 40, HEIGHT - 40
        pie.data = [n for _, n in grades]
        total = sum(pie.data)
        pie.labels = [f"{g} {n} ({100 * n / total:.0f}%)" for g, n in grades]
        pie.sideLabels = True
        pie.simpleLabels = False
        pie.slices.strokeColor = colors.white
        pie.slices.fontName = fonts.LATIN
        pie.slices.fontSize = 7
        for i, label in enumerate(pie.labels):
            pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
            pie.slices[i].fontName = _face(label)
        drawing.add(pie)
    dispositions = _counts(report, "dispositions")
    _title(drawing, half + 10, words.label("Disposition mix (units, after overrides)"))
    if dispositions:
        bars = HorizontalBarChart()
        bars.x, bars.y = half + 85, 8
        bars.width, bars.height = half - 100, HEIGHT - 28
        bars.data = [[n for _, n in reversed(dispositions)]]
        bars.categoryAxis.categoryNames = [d for d, _ in reversed(dispositions)]
        bars.categoryAxis.labels.fontName = fonts.LATIN
        bars.categoryAxis.labels.fontSize = 7
        for i, name in enumerate(bars.categoryAxis.categoryNames):
            bars.categoryAxis.labels[i].fontName = _face(name)
        bars.categoryAxis.labels.boxAnchor = "e"
        bars.valueAxis.valueMin = 0
        bars.valueAxis.labels.fontName = fonts.LATIN
        bars.valueAxis.labels.fontSize = 7
        bars.valueAxis.forceZero = True
        step = max(1, max(n for _, n in dispositions) // 5)
        bars.valueAxis.valueStep = step
        bars.bars[0].fillColor = PALETTE[0]
        bars.barLabelFormat = "%d"
        bars.barLabels.fontName = fonts.LATIN
        bars.barLabels.fontSize = 7
        bars.barLabels.boxAnchor = "w"
        bars.barLabels.dx = 3
        drawing.add(bars)
    return drawing
