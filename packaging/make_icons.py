"""Draw Buurtkantoor's app icon with QPainter and write every format the builds need.

    python packaging/make_icons.py

writes into resources/icons/:
    buurtkantoor.png            1024 px master (the source image for the .icns)
    buurtkantoor-<N>.png        16 … 512 px, each drawn at its own size (sharp, not scaled down)
    buurtkantoor.ico            Windows: 16, 24, 32, 48, 64, 128, 256 px in one file
    buurtkantoor.icns           macOS: made by Pillow from the master

The drawing: a green tile (the colour of the PDFs) with a white block of flats and a
smaller house beside it, and a warm yellow door — a neighbourhood, readable at 16 px.
Run it again after changing the drawing and commit the results; the build only copies them.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPolygonF

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
MASTER = 1024

GREEN = QColor("#0b6e4f")
GREEN_DARK = QColor("#085a40")
WHITE = QColor("#ffffff")
YELLOW = QColor("#f4b942")


def draw(size: int) -> QImage:
    """The icon at `size` pixels, drawn on a 100-unit grid."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 100, size / 100)
    painter.setPen(Qt.PenStyle.NoPen)
    small = size <= 24  # fewer details where they would only blur

    tile = QPainterPath()
    margin = 2 if small else 4
    tile.addRoundedRect(QRectF(margin, margin, 100 - 2 * margin, 100 - 2 * margin), 20, 20)
    painter.fillPath(tile, GREEN)

    painter.setBrush(WHITE)  # block of flats, left
    painter.drawRect(QRectF(15, 22, 34, 62))
    painter.setBrush(GREEN_DARK if not small else GREEN)
    rows = [30, 44, 58] if small else [29, 40, 51, 62]
    for y in rows:
        for x in (20, 34):
            painter.drawRect(QRectF(x, y, 9, 7) if not small else QRectF(x, y, 10, 8))

    painter.setBrush(WHITE)  # house, right: roof and body
    painter.drawPolygon(QPolygonF([QPointF(53, 53), QPointF(70, 36), QPointF(87, 53)]))
    painter.drawRect(QRectF(58, 52, 24, 32))
    painter.setBrush(YELLOW)
    painter.drawRect(QRectF(65, 64, 10, 20))
    painter.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    master = draw(MASTER)
    master.save(str(ICONS / "buurtkantoor.png"))
    for size in PNG_SIZES:
        draw(size).save(str(ICONS / f"buurtkantoor-{size}.png"))
    ico_images = [to_pillow(draw(size)) for size in ICO_SIZES]
    ico_images[-1].save(
        ICONS / "buurtkantoor.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=ico_images[:-1],
    )
    to_pillow(master).save(ICONS / "buurtkantoor.icns", format="ICNS")
    for path in sorted(ICONS.glob("buurtkantoor*")):
        print(f"{path.relative_to(ICONS.parent.parent)}  {path.stat().st_size // 1024 + 1} kB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
