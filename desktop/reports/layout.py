"""Canvas-level building blocks for PDFs drawn by hand (the activity documents): text that shrinks
or wraps to fit a box, right-to-left text, a cropped picture and reportlab's own QR code."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from db.services import ServiceError
from desktop.reports import theme
from desktop.reports.text import (
    Text,
    draw_line,
    is_rtl,
    line_width,
    rtl_paragraph,
    shorten,
    word_width,
)

__all__ = ["is_rtl"]

ALIGN = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}
# "start" is the reading side: left for Dutch, right for Arabic.


def style(
    size: float,
    bold: bool = False,
    color=theme.INK,
    align: str = "start",
    leading: float = 1.22,
    rtl: bool = False,
    tracking: float = 0,
) -> ParagraphStyle:
    theme.register_fonts()
    if rtl:
        size *= 1.15  # DejaVu's Arabic letters are small next to its Latin ones
    return ParagraphStyle(
        "flyer",
        fontName=theme.FONT_BOLD if bold else theme.FONT,
        fontSize=size,
        leading=size * leading,
        textColor=color,
        alignment=ALIGN[("right" if rtl else "left") if align == "start" else align],
        wordWrap="RTL" if rtl else None,  # read by text.Text: the paragraph runs right to left
    )


@dataclass
class Fitted:
    paragraph: Text
    width: float
    height: float
    size: float

    def draw(self, canv, x: float, top: float) -> float:
        """Draw with the top edge at `top`; returns the y below it."""
        self.paragraph.drawOn(canv, x, top - self.height)
        return top - self.height

    @property
    def cut(self) -> bool:
        """True when words had to be dropped behind '…': the caller must tell the user."""
        return self.paragraph.text.endswith(" …")


def fit(
    text: str, width: float, height: float, max_size: float, min_size: float, **kw
) -> Fitted | None:
    """The largest size (max → min) at which the text fits the box; at the smallest size words are
    dropped from the end behind an ellipsis so that nothing ever runs off the page (check
    `Fitted.cut` and say so)."""
    text = " ".join(text.split(" ")) if text else ""
    if not text.strip() or height <= 0:
        return None
    rtl = rtl_paragraph(text)
    font = theme.FONT_BOLD if kw.get("bold") else theme.FONT
    widest = max(word_width(word, font, 1) for word in text.split())
    size = max_size
    while True:
        para = Text(text, style(size, rtl=rtl, **kw))
        _w, h = para.wrap(width, height)
        # Shrink rather than break a word in two; only at the smallest size may a word be split.
        if (h <= height and widest * size <= width) or size <= min_size:
            break
        size = max(min_size, size * 0.92)
    if h > height:
        words = text.split()
        low, high = 0, len(words)
        while low < high:  # the most words that still fit
            middle = (low + high + 1) // 2
            candidate = Text(" ".join(words[:middle]) + " …", style(size, rtl=rtl, **kw))
            if candidate.wrap(width, height)[1] <= height:
                low = middle
            else:
                high = middle - 1
        if low == 0:
            return None
        para = Text(" ".join(words[:low]) + " …", style(size, rtl=rtl, **kw))
        _w, h = para.wrap(width, height)
    return Fitted(para, width, h, size)


def one_line(
    canv,
    text: str,
    x: float,
    y: float,
    size: float,
    bold: bool = False,
    color=theme.INK,
    align: str = "left",
    max_width: float | None = None,
    tracking: float = 0,
) -> float:
    """A single line that shrinks to max_width (down to 60 %), then ends in '…'."""
    theme.register_fonts()
    font = theme.FONT_BOLD if bold else theme.FONT
    if is_rtl(text):
        size *= 1.15  # as in style(): DejaVu's Arabic is small
        tracking = 0  # letter spacing would tear joined Arabic letters apart
    width = line_width(text, font, size) + tracking * max(len(text) - 1, 0)
    if max_width and width > max_width:
        factor = max(0.6, max_width / width)
        size *= factor
        tracking *= factor
    canv.setFillColor(color)
    if max_width and line_width(text, font, size) + tracking * len(text) > max_width:
        text = shorten(text, font, size, max_width - tracking * len(text))
    draw_line(canv, text, x, y, font, size, align, charSpace=tracking, rtl=rtl_paragraph(text))
    return size


# --- pictures and QR codes ---------------------------------------------------------------


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> Image.Image:
    try:
        image = Image.open(path)
        image.draft("RGB", (1800, 1800))  # JPEG: decode at a reduced scale, much faster
        image = image.convert("RGB")
    except FileNotFoundError:
        raise ServiceError(f"De afbeelding '{path}' is niet gevonden; kies hem opnieuw.") from None
    except (UnidentifiedImageError, OSError):
        raise ServiceError(
            f"'{path}' is geen afbeelding die gelezen kan worden (kies JPG of PNG)."
        ) from None
    image.thumbnail((1800, 1800))
    return image


def load_picture(path: str) -> Image.Image:
    try:
        mtime = Path(path).stat().st_mtime
    except OSError:
        raise ServiceError(f"De afbeelding '{path}' is niet gevonden; kies hem opnieuw.") from None
    return _load(path, mtime)


def draw_picture(
    canv, image: Image.Image, x: float, y: float, w: float, h: float, radius: float = 0
) -> None:
    """Fill the box (cropped to its proportions, never stretched), maybe with rounded corners."""
    iw, ih = image.size
    box_ratio, ratio = w / h, iw / ih
    if ratio > box_ratio:  # too wide: crop the sides
        new_w = int(ih * box_ratio)
        crop = image.crop(((iw - new_w) // 2, 0, (iw - new_w) // 2 + new_w, ih))
    else:  # too tall: keep a little more of the top, where faces usually are
        new_h = int(iw / box_ratio)
        top = int((ih - new_h) * 0.35)
        crop = image.crop((0, top, iw, top + new_h))
    target = (max(1, int(w / 72 * 200)), max(1, int(h / 72 * 200)))  # 200 dpi is plenty for print
    if crop.size[0] > target[0]:
        crop = crop.resize(target, Image.Resampling.BILINEAR)
    canv.saveState()
    if radius:
        path = canv.beginPath()
        path.roundRect(x, y, w, h, radius)
        canv.clipPath(path, stroke=0, fill=0)
    canv.drawImage(ImageReader(crop), x, y, w, h)
    canv.restoreState()


def qr_drawing(url: str, size: float) -> Drawing:
    """reportlab's own QR code (error correction M), scaled to a square of `size` points."""
    widget = QrCodeWidget(url, barLevel="M", barBorder=0)
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.add(widget)
    return drawing


QUIET_MODULES = 4  # the white border a phone's decoder needs around the code
MIN_QR = 20 * mm  # smaller codes failed to scan on A6


def qr_modules(url: str) -> int:
    widget = QrCodeWidget(url, barLevel="M", barBorder=0)
    widget.qr.make()
    return widget.qr.getModuleCount()


def qr_outer(url: str, code: float) -> float:
    """The square a code of side `code` needs with its quiet zone."""
    modules = qr_modules(url)
    return code * (modules + 2 * QUIET_MODULES) / modules


def draw_qr(canv, url: str, x: float, y: float, size: float) -> None:
    """The code with its quiet zone inside the square (x, y, size): white, whatever is behind."""
    modules = qr_modules(url)
    code = size * modules / (modules + 2 * QUIET_MODULES)
    quiet = (size - code) / 2
    canv.saveState()
    canv.setFillColorRGB(1, 1, 1)
    canv.rect(x, y, size, size, stroke=0, fill=1)
    canv.restoreState()
    renderPDF.draw(qr_drawing(url, code), canv, x + quiet, y + quiet)
