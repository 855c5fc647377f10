"""Render the app icon's SVG to the PNG and ICO files the desktop entry and Windows need.

Run after editing `receiving-desk.svg`: `.venv/bin/python resources/icons/generate.py`.
"""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    svg.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv)
    svg = QSvgRenderer(str(HERE / "receiving-desk.svg"))
    images = {size: render(svg, size) for size in SIZES}
    images[256].save(HERE / "receiving-desk.png")
    images[48].save(HERE / "receiving-desk-48.png")
    images[256].save(HERE / "receiving-desk.ico", sizes=[(s, s) for s in SIZES])
    print("wrote receiving-desk.png, receiving-desk-48.png, receiving-desk.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
