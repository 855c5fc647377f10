"""Bundled TrueType fonts for PDF labels, with per-character fallback.

reportlab draws a string in one font and has no fallback of its own, so text is split into
runs: DejaVu Sans (Latin, Cyrillic) where it has the glyph, Droid Sans Fallback (CJK, Hangul)
otherwise. Both are embedded as subsets, so the PDF shows the same on any machine.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from receiving_desk.resources import resource

LATIN = "RD-DejaVuSans"
LATIN_BOLD = "RD-DejaVuSans-Bold"
CJK = "RD-DroidSansFallback"
_FILES = {
    LATIN: "DejaVuSans.ttf",
    LATIN_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallback.ttf",
}
ELLIPSIS = "…"

_lock = threading.Lock()
_glyphs: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Load the bundled fonts once per process (parsing the CJK font takes a moment)."""
    if len(_glyphs) == len(_FILES):
        return
    with _lock:
        for name, file in _FILES.items():
            if name not in _glyphs:
                # asciiReadable=False: no 128-glyph ASCII block in every embedded subset
                # (its widths array alone cost a third of a label's rendering time).
                font = TTFont(name, str(resource("fonts", file)), asciiReadable=False)
                _cache_subsets(font)
                pdfmetrics.registerFont(font)
                _glyphs[name] = frozenset(font.face.charToGlyph)


def _cache_subsets(font: TTFont) -> None:
    """Memoise the font's subsetter: labels reuse the same few glyphs in the same order,
    and cutting a subset out of the font file was the costliest step of a PDF label."""
    make_subset = font.face.makeSubset

    @lru_cache(maxsize=128)
    def cached(subset: tuple[int, ...]) -> bytes:
        return bytes(make_subset(list(subset)))

    font.face.makeSubset = lambda subset: cached(tuple(subset))


@lru_cache(maxsize=8192)
def _font_for(ch: str, bold: bool) -> str:
    latin = LATIN_BOLD if bold else LATIN
    code = ord(ch)
    if code in _glyphs[latin] or code not in _glyphs[CJK]:
        return latin
    return CJK


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """`text` split into (font name, chunk) runs that the font can draw."""
    register_fonts()
    out: list[tuple[str, str]] = []
    for ch in text:
        font = _font_for(ch, bold)
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def has_glyph(ch: str) -> bool:
    """Whether a bundled font draws `ch` (else it would print as an empty box)."""
    register_fonts()
    return ord(ch) in _glyphs[LATIN] or ord(ch) in _glyphs[CJK]


def text_width(text: str, size: float, bold: bool = False) -> float:
    return float(sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in runs(text, bold)))


def fit(text: str, size: float, max_width: float, bold: bool = False) -> str:
    """`text` cut with an ellipsis so it is at most `max_width` points wide."""
    if text_width(text, size, bold) <= max_width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if text_width(text[:mid].rstrip() + ELLIPSIS, size, bold) <= max_width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS


def draw_text(
    canvas: Canvas, x: float, baseline: float, text: str, size: float, bold: bool
) -> None:
    """Draw `text` at a baseline, switching fonts per run."""
    for font, chunk in runs(text, bold):
        canvas.setFont(font, size)
        canvas.drawString(x, baseline, chunk)
        x += pdfmetrics.stringWidth(chunk, font, size)
