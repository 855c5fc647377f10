"""Raster previews of labels: the PDF rendered by PDFium, for the GUI and for tests."""

from __future__ import annotations

import threading
from io import BytesIO

import pypdfium2
from PIL import Image

from receiving_desk.adapters.printing.labels import Label
from receiving_desk.adapters.printing.pdf import render_pdf

PT = 72.0
# PDFium is not thread-safe, and the GUI may ask for previews from a worker thread.
_pdfium_lock = threading.Lock()


def rasterize(pdf: bytes, dpi: int) -> list[Image.Image]:
    """Every page of `pdf` as a greyscale image at `dpi`, without path anti-aliasing so bars
    on the dot grid come out as whole pixels."""
    images: list[Image.Image] = []
    with _pdfium_lock:
        document = pypdfium2.PdfDocument(pdf)
        try:
            for index in range(len(document)):
                page = document[index]
                try:
                    bitmap = page.render(scale=dpi / PT, grayscale=True, no_smoothpath=True)
                    try:
                        images.append(bitmap.to_pil().convert("L"))
                    finally:
                        bitmap.close()
                finally:
                    page.close()
        finally:
            document.close()
    return images


def render_png(label: Label, dpi: int = 203) -> bytes:
    """The label as PNG bytes at the printer's resolution (what the GUI shows as preview)."""
    image = rasterize(render_pdf(label, dpi), dpi)[0]
    out = BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()
