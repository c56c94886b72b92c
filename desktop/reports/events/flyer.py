"""Activity flyer (A4, A5, A6) in three templates; drawn into any box so the letterbox sheet can
put it 2 or 4 times on one A4. Big title, the date in words, time, place, a short text, an optional
picture and QR code, the organisers' line and an optional block in English, Turkish or Arabic."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5, A6
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas

from db import validation
from db.services import ServiceError, events
from db.services.events import FlyerInfo
from desktop.reports import document, theme
from desktop.reports.events.flyer_parts import (
    DEFAULT_TEMPLATE,
    LANGUAGE_NAMES,
    Box,
    Template,
    body,
    footer_text,
    foreign_when,
    template,
    templates,
    title_room,
    when_lines,
)
from desktop.reports.layout import fit, load_picture, one_line

SIZES = {"A4": A4, "A5": A5, "A6": A6}

__all__ = [
    "DEFAULT_TEMPLATE",
    "LANGUAGE_NAMES",
    "SIZES",
    "Box",
    "Template",
    "draw_flyer",
    "flyer_pdf",
    "footer_text",
    "foreign_when",
    "template",
    "templates",
    "when_lines",
]


def draw_flyer(canv, info: FlyerInfo, box: Box, tpl: Template) -> None:
    picture = load_picture(info.picture_path) if info.picture_path else None
    canv.saveState()
    path = canv.beginPath()
    path.rect(box.x, box.y, box.w, box.h)
    canv.clipPath(path, stroke=0, fill=0)  # a neighbour on the sheet is never drawn over
    {"band": _band, "badge": _badge, "bar": _bar}[tpl.layout](canv, info, box, tpl, picture)
    if info.status == "cancelled":
        _cancelled_stamp(canv, box)
    canv.restoreState()


def _eyebrow(info: FlyerInfo) -> str:
    return f"Activiteit in {info.complex_name}".upper() if info.complex_name else "IEDEREEN WELKOM"


def _band(canv, info, box: Box, tpl: Template, picture) -> None:
    s, m = box.s, 16 * mm * box.s
    title = fit(
        info.title,
        box.w - 2 * m,
        title_room(info, box),
        60 * s,
        20 * s,
        bold=True,
        color=colors.white,
        leading=1.1,
    )
    band_h = m * 1.1 + 16 * s + (title.height if title else 0) + m * 0.9
    canv.setFillColor(tpl.primary)
    canv.rect(box.x, box.top - band_h, box.w, band_h, stroke=0, fill=1)
    canv.setFillColor(tpl.secondary)
    canv.rect(box.x, box.top - band_h - 3 * mm * s, box.w, 3 * mm * s, stroke=0, fill=1)
    one_line(
        canv,
        _eyebrow(info),
        box.x + m,
        box.top - m * 1.1 - 4 * s,
        11 * s,
        True,
        tpl.secondary,
        max_width=box.w - 2 * m,
        tracking=1.5 * s,
    )
    if title is None or title.cut:
        box.too_long("De titel")
    if title:
        title.draw(canv, box.x + m, box.top - m * 1.1 - 16 * s)
    body(
        canv,
        info,
        box,
        tpl,
        picture,
        top=box.top - band_h - 3 * mm * s - 9 * mm * s,
        margin=m,
        radius=0,
    )


def _badge(canv, info, box: Box, tpl: Template, picture) -> None:
    s, m = box.s, 16 * mm * box.s
    canv.setFillColor(tpl.tint)
    canv.rect(box.x, box.y, box.w, box.h, stroke=0, fill=1)
    _confetti(canv, box, tpl)
    radius = 27 * mm * s
    cx, cy = box.x + box.w - m - radius, box.top - m - radius
    canv.setFillColor(tpl.primary)
    canv.circle(cx, cy, radius, stroke=0, fill=1)
    day = info.starts_at.date()
    one_line(
        canv,
        validation.format_date_weekday(day).split()[0].upper(),
        cx,
        cy + radius * 0.42,
        10 * s,
        True,
        colors.white,
        "center",
        radius * 1.5,
        1 * s,
    )
    one_line(canv, str(day.day), cx, cy - radius * 0.28, 46 * s, True, colors.white, "center")
    one_line(
        canv,
        validation.format_date_long(day).split()[1].upper(),
        cx,
        cy - radius * 0.62,
        10 * s,
        True,
        colors.white,
        "center",
        radius * 1.5,
        1 * s,
    )
    text_w = box.w - 2 * m - 2 * radius - 8 * mm * s
    one_line(
        canv,
        "KOM OOK!",
        box.x + m,
        box.top - m - 8 * s,
        13 * s,
        True,
        tpl.secondary,
        tracking=2 * s,
    )
    title = fit(
        info.title,
        text_w,
        max(2 * radius - 14 * s, title_room(info, box)),
        46 * s,
        18 * s,
        bold=True,
        color=tpl.ink,
        leading=1.1,
    )
    title_bottom = box.top - m - 22 * s
    if title is None or title.cut:
        box.too_long("De titel")
    if title:
        title_bottom = title.draw(canv, box.x + m, title_bottom)
    top = min(title_bottom, cy - radius) - 9 * mm * s
    body(canv, info, box, tpl, picture, top=top, margin=m, radius=5 * mm * s, card=True)


def _confetti(canv, box: Box, tpl: Template) -> None:
    s = box.s
    dots = [
        (0.08, 0.97, 9, tpl.extra),
        (0.02, 0.88, 5, tpl.secondary),
        (0.55, 0.985, 6, tpl.secondary),
        (0.67, 0.90, 3.5, tpl.extra),
        (0.48, 0.93, 3, tpl.primary),
        (0.97, 0.73, 7, tpl.extra),
        (0.985, 0.005, 14, tpl.secondary),
        (0.80, -0.004, 6, tpl.extra),
        (0.03, 0.30, 4, tpl.primary),
        (0.99, 0.45, 4, tpl.secondary),
    ]
    canv.saveState()
    for fx, fy, r, color in dots:
        canv.setFillColor(color)
        canv.setFillAlpha(0.35)
        canv.circle(box.x + fx * box.w, box.y + fy * box.h, r * mm * s, stroke=0, fill=1)
    canv.restoreState()


def _bar(canv, info, box: Box, tpl: Template, picture) -> None:
    s, m = box.s, 16 * mm * box.s
    bar = 7 * mm * s
    canv.setFillColor(tpl.primary)
    canv.rect(box.x, box.y, bar, box.h, stroke=0, fill=1)
    left = box.x + bar + m * 0.9
    width = box.x + box.w - m - left
    one_line(
        canv,
        _eyebrow(info),
        left,
        box.top - m - 6 * s,
        11 * s,
        True,
        tpl.secondary,
        max_width=width,
        tracking=1.5 * s,
    )
    title = fit(
        info.title,
        width,
        title_room(info, box),
        50 * s,
        20 * s,
        bold=True,
        color=tpl.ink,
        leading=1.1,
    )
    bottom = box.top - m - 18 * s
    if title is None or title.cut:
        box.too_long("De titel")
    if title:
        bottom = title.draw(canv, left, bottom)
    canv.setStrokeColor(tpl.primary)
    canv.setLineWidth(2.2 * s)
    canv.line(left, bottom - 6 * mm * s, left + 40 * mm * s, bottom - 6 * mm * s)
    inner = Box(left - m, box.y, width + 2 * m, box.h, box.problems)
    body(canv, info, inner, tpl, picture, top=bottom - 14 * mm * s, margin=m, radius=0, scale=s)


def _cancelled_stamp(canv, box: Box) -> None:
    s = box.s
    canv.saveState()
    canv.translate(box.x + box.w / 2, box.y + box.h / 2)
    canv.rotate(28)
    canv.setFillColor(colors.HexColor("#b91c1c"))
    canv.setFillAlpha(0.85)
    canv.rect(-box.w * 0.75, -18 * s, box.w * 1.5, 36 * s, stroke=0, fill=1)
    canv.setFillAlpha(1)
    one_line(canv, "AFGELAST", 0, -9 * s, 28 * s, True, colors.white, "center", tracking=4 * s)
    canv.restoreState()


# --- documents -----------------------------------------------------------------------------


def flyer_pdf(info: FlyerInfo, size: str = "A4", template_name: str | None = None) -> bytes:
    if size not in SIZES:
        raise ServiceError(f"Papierformaat '{size}' kennen we niet; kies A4, A5 of A6.")
    tpl = template(template_name or info.template or None)
    theme.register_fonts()
    buffer = BytesIO()
    width, height = SIZES[size]
    canv = pdfcanvas.Canvas(
        buffer, pagesize=(width, height), pageCompression=1, initialFontName=theme.FONT
    )
    canv.setTitle(info.title)
    theme.mark_document(canv)
    canv.setAuthor("Buurtkantoor")
    canv.setSubject(f"Flyer {size}, sjabloon {tpl.label}")
    box = Box(0, 0, width, height)
    draw_flyer(canv, info, box, tpl)
    canv.showPage()
    canv.save()
    return theme.Pdf(buffer.getvalue(), box.problems)


@document(
    "flyer",
    "activiteit",
    "flyer voor de activiteit (A4, A5 of A6; sjablonen: fris, feestelijk, rustig)",
    ("size", "template"),
)
def render(db, event_id: int, size: str = "A4", template: str | None = None) -> bytes:
    return flyer_pdf(events.flyer_info(db, event_id), size, template)
