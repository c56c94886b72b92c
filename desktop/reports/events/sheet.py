"""Letterbox sheet: the same flyer 2 × A5 (A4 landscape) or 4 × A6 (A4 portrait) with cut marks,
for printing a stack for the letterboxes of a complex."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas

from db.services import ServiceError, events
from db.services.events import FlyerInfo
from desktop.reports import document, theme
from desktop.reports.events.flyer import Box, draw_flyer, template

MARK = 4 * mm  # length of a cut mark
BLEED = 5 * mm  # unprinted strip along the paper edge: most office printers cannot print there


def layout(per_sheet: int) -> tuple[tuple[float, float], list[Box]]:
    """Page size and flyer boxes: 2 → A5 side by side on landscape A4, 4 → A6 in a 2 × 2 grid."""
    if per_sheet == 2:
        width, height = landscape(A4)
        cols, rows = 2, 1
    elif per_sheet == 4:
        width, height = A4
        cols, rows = 2, 2
    else:
        raise ServiceError("Een vel heeft 2 (A5) of 4 (A6) flyers.")
    w, h = width / cols, height / rows
    # Each flyer keeps its proportions but shrinks a little to stay clear of the unprintable edge.
    inner_w, inner_h = w - 2 * BLEED, h - 2 * BLEED
    boxes = [
        Box(c * w + BLEED, (rows - 1 - r) * h + BLEED, inner_w, inner_h)
        for r in range(rows)
        for c in range(cols)
    ]
    return (width, height), boxes


def _cut_marks(canv, width: float, height: float, cols: int, rows: int) -> None:
    """Short lines near the page edges and a cross where the cuts meet; hairline, light grey.

    The edge marks start BLEED inside the paper, in the gutter between two flyers: printed at
    actual size they land where an office printer can print, so a mark is never lost."""
    canv.saveState()
    canv.setStrokeColor(theme.MUTED)
    canv.setLineWidth(0.4)
    for c in range(1, cols):
        x = width * c / cols
        canv.line(x, BLEED, x, BLEED + MARK)
        canv.line(x, height - BLEED - MARK, x, height - BLEED)
    for r in range(1, rows):
        y = height * r / rows
        canv.line(BLEED, y, BLEED + MARK, y)
        canv.line(width - BLEED - MARK, y, width - BLEED, y)
    for c in range(1, cols):
        for r in range(1, rows):
            x, y = width * c / cols, height * r / rows
            canv.line(x - MARK / 2, y, x + MARK / 2, y)
            canv.line(x, y - MARK / 2, x, y + MARK / 2)
    if rows == 1:
        x = width / 2
        canv.setDash(2, 3)
        canv.line(x, BLEED + MARK + 2 * mm, x, height - BLEED - MARK - 2 * mm)
    canv.restoreState()


def sheet_pdf(
    info: FlyerInfo, per_sheet: int = 2, template_name: str | None = None, pages: int = 1
) -> bytes:
    tpl = template(template_name or info.template or None)
    if not 1 <= pages <= 100:
        raise ServiceError("Maak 1 tot en met 100 vellen tegelijk.")
    theme.register_fonts()
    (width, height), boxes = layout(per_sheet)
    buffer = BytesIO()
    canv = pdfcanvas.Canvas(
        buffer, pagesize=(width, height), pageCompression=1, initialFontName=theme.FONT
    )
    canv.setTitle(f"{info.title} (brievenbusvel)")
    theme.mark_document(canv)
    canv.setAuthor("Buurtkantoor")
    for _page in range(pages):
        for box in boxes:
            box.problems.clear()
            draw_flyer(canv, info, box, tpl)
        _cut_marks(canv, width, height, 2, 1 if per_sheet == 2 else 2)
        canv.showPage()
    canv.save()
    return theme.Pdf(buffer.getvalue(), boxes[0].problems)


@document(
    "sheet",
    "activiteit",
    "brievenbusvel: dezelfde flyer 2 × A5 (--size A5, standaard) of 4 × A6 "
    "(--size A6) op één A4 met snijtekens",
    ("size", "template"),
)
def render(db, event_id: int, size: str = "A5", template: str | None = None) -> bytes:
    per_sheet = {"A5": 2, "A6": 4}.get(size)
    if per_sheet is None:
        raise ServiceError("Een brievenbusvel heeft flyers van A5 (2 per vel) of A6 (4 per vel).")
    return sheet_pdf(events.flyer_info(db, event_id), per_sheet, template)
