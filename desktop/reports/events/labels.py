"""Address labels for the homes of a complex on a common A4 label sheet (3 × 8, 70 × 37 mm),
starting at any label so a part-used sheet can go through the printer again.

Labels say "Aan de bewoner(s) van" and the address: no names, so nothing personal is printed."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas

from db.services import ServiceError, complexes
from desktop.reports import document, theme
from desktop.reports.layout import one_line
from desktop.reports.text import line_width, wrap_lines


@dataclass(frozen=True)
class LabelSheet:
    name: str
    cols: int
    rows: int
    width: float
    height: float
    left: float  # page margin to the first label
    top: float

    @property
    def per_page(self) -> int:
        return self.cols * self.rows


# Herma 4453 / Avery 3475 style: 3 × 8 labels of 70 × 37 mm, no gaps, 0.5 mm from the top.
A4_3X8 = LabelSheet("A4 3 × 8 (70 × 37 mm)", 3, 8, 70 * mm, 37 * mm, 0, 0.5 * mm)


def address_lines(home: complexes.HomeData) -> list[str]:
    """The Dutch postal layout: street and number, then postcode, two spaces, city in capitals."""
    return [
        "Aan de bewoner(s) van",
        complexes.address(home.street, home.house_number, home.house_letter, home.addition),
        f"{home.postcode}  {home.city.upper()}",
    ]


def labels_pdf(
    homes: list[complexes.HomeData], title: str, first_label: int = 1, sheet: LabelSheet = A4_3X8
) -> bytes:
    if not 1 <= first_label <= sheet.per_page:
        raise ServiceError(
            f"Het eerste etiket moet een nummer van 1 tot en met {sheet.per_page} zijn."
        )
    if not homes:
        raise ServiceError("Dit complex heeft nog geen woningen; voeg ze eerst toe bij Complexen.")
    theme.register_fonts()
    buffer = BytesIO()
    canv = pdfcanvas.Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=theme.FONT)
    canv.setTitle(title)
    theme.mark_document(canv)
    canv.setAuthor("Buurtkantoor")
    slot = first_label - 1
    for home in homes:
        if slot == sheet.per_page:
            canv.showPage()
            slot = 0
        row, col = divmod(slot, sheet.cols)
        x = sheet.left + col * sheet.width
        y = A4[1] - sheet.top - (row + 1) * sheet.height
        _label(canv, address_lines(home), x, y, sheet)
        slot += 1
    canv.showPage()
    canv.save()
    return buffer.getvalue()


def _label(canv, lines: list[str], x: float, y: float, sheet: LabelSheet) -> None:
    pad = 6 * mm
    width = sheet.width - 2 * pad
    middle = y + sheet.height / 2
    street = lines[1]
    if line_width(street, theme.FONT_BOLD, 11) <= width:
        one_line(canv, lines[0], x + pad, middle + 7 * mm, 8, color=theme.MUTED, max_width=width)
        one_line(canv, street, x + pad, middle + 0.5 * mm, 11, True, max_width=width)
        one_line(canv, lines[2], x + pad, middle - 5.5 * mm, 10.5, max_width=width)
        return
    # A long street name goes over two lines at a size a postman reads, never down to 5 pt.
    parts = wrap_lines(street, theme.FONT_BOLD, 10, width)
    parts = [parts[0], " ".join(parts[1:])]
    one_line(canv, lines[0], x + pad, middle + 9.5 * mm, 8, color=theme.MUTED, max_width=width)
    one_line(canv, parts[0], x + pad, middle + 3.5 * mm, 10, True, max_width=width)
    one_line(canv, parts[1], x + pad, middle - 1.5 * mm, 10, True, max_width=width)
    one_line(canv, lines[2], x + pad, middle - 7.5 * mm, 10, max_width=width)


def test_page_pdf(
    printer_name: str, right_mm: float, down_mm: float, sheet: LabelSheet = A4_3X8
) -> bytes:
    """One A4 page to calibrate a printer for labels: a millimetre grid, the outline of every
    label and the shift it was printed with. Printed with that shift and laid on a label sheet
    against the light, the outlines show how far the printer still lands off."""
    theme.register_fonts()
    width, height = A4
    buffer = BytesIO()
    canv = pdfcanvas.Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=theme.FONT)
    canv.setTitle("Testpagina etiketten")
    canv.setAuthor("Buurtkantoor")
    edge = 5 * mm  # nothing in a printer's unprintable edge
    canv.setLineWidth(0.25)
    canv.setStrokeColor(theme.RULE)
    for step in range(1, 42):
        x, y = step * 5 * mm, height - step * 5 * mm
        if edge <= x <= width - edge:
            canv.line(x, edge, x, height - edge)
        if edge <= y <= height - edge:
            canv.line(edge, y, width - edge, y)
    canv.setStrokeColor(theme.ACCENT)
    canv.setLineWidth(0.6)
    for row in range(sheet.rows):
        for col in range(sheet.cols):
            x = sheet.left + col * sheet.width
            y = height - sheet.top - (row + 1) * sheet.height
            left, bottom = max(x, edge), max(y, edge)
            right, top = min(x + sheet.width, width - edge), min(y + sheet.height, height - edge)
            canv.rect(left, bottom, right - left, top - bottom)
    for step in range(1, 29):
        label = f"{step * 10}"
        if step * 10 * mm < width - edge - 5 * mm:
            canv.setFillColor(colors.white)  # one_line leaves its own colour behind
            canv.rect(step * 10 * mm + 0.4 * mm, height - 8.6 * mm, 4 * mm, 2.6 * mm, 0, 1)
            one_line(canv, label, step * 10 * mm + 0.6 * mm, height - 8 * mm, 6, color=theme.MUTED)
        canv.setFillColor(colors.white)
        canv.rect(5.4 * mm, height - step * 10 * mm - 2.8 * mm, 4 * mm, 2.6 * mm, 0, 1)
        one_line(canv, label, 5.6 * mm, height - step * 10 * mm - 2.3 * mm, 6, color=theme.MUTED)
    box_x, box_y = 75 * mm, 133 * mm
    canv.setFillColor(colors.white)
    canv.rect(box_x - 3 * mm, box_y - 15 * mm, 66 * mm, 43 * mm, stroke=0, fill=1)
    one_line(canv, "Testpagina etiketten", box_x, box_y + 21 * mm, 12, True, max_width=60 * mm)
    one_line(
        canv,
        f"Printer: {printer_name or 'standaardprinter'}",
        box_x,
        box_y + 14 * mm,
        9,
        max_width=60 * mm,
    )
    one_line(canv, f"Naar rechts: {_mm(right_mm)}", box_x, box_y + 8 * mm, 9, max_width=60 * mm)
    one_line(canv, f"Omlaag: {_mm(down_mm)}", box_x, box_y + 3 * mm, 9, max_width=60 * mm)
    advice = [
        "Leg dit vel op een etiketvel tegen het licht.",
        "Vallen de groene lijnen niet op de randen?",
        "Meet hoeveel, en pas bij Afdrukken de",
        "kalibratie voor deze printer aan.",
    ]
    for number, line in enumerate(advice):
        one_line(canv, line, box_x, box_y - (2 + 3.4 * number) * mm, 7.5, color=theme.MUTED)
    canv.showPage()
    canv.save()
    return buffer.getvalue()


def _mm(value: float) -> str:
    return f"{value:.1f} mm".replace(".", ",")


@document("labels", "complex", "adresetiketten (A4, 3 × 8) voor alle woningen van een complex")
def render(db, complex_id: int, first_label: int = 1) -> bytes:
    complex_ = complexes.get(db, complex_id)
    return labels_pdf(
        complexes.list_homes(db, complex_id), f"Adresetiketten {complex_.name}", first_label
    )
