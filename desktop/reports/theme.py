"""The look every PDF shares: embedded Unicode fonts, colours, styles, page frame, tables.

Document modules only arrange content; no document registers fonts or picks colours itself.
No Qt here: PDFs are also made from the command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFString
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, TableStyle
from reportlab.platypus import Table as _Table

import resources
from db import clock, validation
from desktop.reports.text import Text, draw_text, isolate, set_text

__all__ = ["Table", "TableStyle", "Text", "draw_text", "isolate", "set_text"]

FONT = "BuurtSans"
FONT_BOLD = "BuurtSans-Bold"

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#0b6e4f")  # a calm green that prints well in greyscale too
RULE = colors.HexColor("#cbd2d9")
ZEBRA = colors.HexColor("#f3f5f7")

_registered = False

LANG = "nl-NL"


def mark_document(canv) -> None:
    """For documents drawn straight on a canvas: Dutch, and the title in the viewer's bar."""
    canv._doc.Catalog.Lang = PDFString(LANG)
    canv.setViewerPreference("DisplayDocTitle", "true")


class Pdf(bytes):
    """PDF bytes that can carry what did not fit (Dutch sentences), for the preview and the CLI."""

    warnings: tuple[str, ...] = ()

    def __new__(cls, data: bytes, warnings=()):
        self = super().__new__(cls, data)
        self.warnings = tuple(warnings)
        return self


def register_fonts() -> None:
    """DejaVu Sans, embedded: Turkish, Polish, Arabic letters all render on any printer."""
    global _registered
    if _registered:
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resources.path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resources.path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    _registered = True


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, textColor=INK)
    return {
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=20,
            leading=25,
            textColor=ACCENT,
            spaceAfter=4 * mm,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=15,
            spaceBefore=3 * mm,
            spaceAfter=1 * mm,
        ),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12),
        "cell_right": ParagraphStyle(
            "cell_right", parent=body, fontSize=9, leading=12, alignment=TA_RIGHT
        ),
        "cell_head": ParagraphStyle(
            "cell_head",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9,
            leading=12,
            textColor=colors.white,
        ),
        "cell_head_right": ParagraphStyle(
            "cell_head_right",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9,
            leading=12,
            textColor=colors.white,
            alignment=TA_RIGHT,
        ),
        "cell_total": ParagraphStyle(
            "cell_total", parent=body, fontName=FONT_BOLD, fontSize=9, leading=12
        ),
        "cell_total_right": ParagraphStyle(
            "cell_total_right",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9,
            leading=12,
            alignment=TA_RIGHT,
        ),
    }


class Table(_Table):
    """reportlab's table, but a plain string in a cell still goes through the one text path
    (no document can print an unshaped name by passing a str), in the embedded font."""

    def __init__(self, data, *args, **kwargs):
        cell = styles()["cell"]
        data = [[Text(v, cell) if isinstance(v, str) and v else v for v in row] for row in data]
        super().__init__(data, *args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)]))


def table(
    rows: Sequence[Sequence],
    col_widths: Sequence[float],
    right_cols: Sequence[int] = (),
    header_rows: int = 1,
    total_row: bool = False,
) -> Table:
    """A zebra table whose header repeats on every page it spills onto."""
    st = styles()
    cells = []
    for r, row in enumerate(rows):
        kind = (
            "cell_head"
            if r < header_rows
            else "cell_total"
            if total_row and r == len(rows) - 1
            else "cell"
        )
        cells.append(
            [
                value
                if not isinstance(value, str)
                else Text(value, st[f"{kind}_right" if c in right_cols else kind])
                for c, value in enumerate(row)
            ]
        )
    tbl = Table(cells, colWidths=col_widths, repeatRows=header_rows)
    commands = [
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in range(header_rows, len(rows)):
        if (r - header_rows) % 2:
            commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    if total_row:
        commands += [
            ("LINEABOVE", (0, -1), (-1, -1), 1, INK),
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
        ]
    tbl.setStyle(TableStyle(commands))
    return tbl


def paragraph(text: str, style: str = "body") -> Text:
    """Plain text (never markup from the database) as a paragraph, through the one text path."""
    return Text(text, styles()[style])


def text_width(text: str, font: str, size: float) -> float:
    from desktop.reports.text import line_width

    return line_width(" ".join(text.split()), font, size)


def _concept(canv, width: float, height: float) -> None:
    """A draft must never pass for a submitted document: CONCEPT at the top of every page."""
    canv.saveState()
    canv.setFillColor(colors.HexColor("#b91c1c"))
    draw_text(
        canv, "CONCEPT — niet ingediend", width / 2, height - 20 * mm, FONT_BOLD, 11, "center"
    )
    canv.restoreState()


class _NumberedCanvas(pdfcanvas.Canvas):
    """Defers page output so the footer can say 'pagina 2 van 3'."""

    def __init__(self, *args, **kwargs):
        # reportlab's default initial font is Helvetica, which it would reference unembedded.
        kwargs["initialFontName"] = FONT
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.setFillColor(MUTED)
            draw_text(
                self,
                f"pagina {self._pageNumber} van {total}",
                self._pagesize[0] - 18 * mm,
                10 * mm,
                FONT,
                8,
                "right",
            )
            super().showPage()
        super().save()


def build(
    story: list,
    title: str,
    subtitle: str = "",
    pagesize=A4,
    target: Path | BytesIO | None = None,
    margins_mm: float = 18,
    draft: bool = False,
    footer: str = "",
) -> bytes:
    """Lay out a story with the shared header and footer; return the PDF bytes, write target."""
    register_fonts()
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        title=title,
        author="Buurtkantoor",
        lang=LANG,  # screen readers pick the Dutch voice; viewers show the title, not the file
        displayDocTitle=True,
        leftMargin=margins_mm * mm,
        rightMargin=margins_mm * mm,
        topMargin=(margins_mm + 8) * mm,
        bottomMargin=(margins_mm + 2) * mm,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")

    def decorate(canv, document):
        canv.saveState()
        width, height = document.pagesize
        # Header: title left, subtitle right; each keeps to its own share of the line and is
        # shortened with "…" rather than printed over the other.
        inner = width - 2 * margins_mm * mm
        sub_w = min(inner * 0.4, text_width(subtitle, FONT, 8)) if subtitle else 0
        canv.setFillColor(ACCENT)
        draw_text(
            canv,
            title,
            margins_mm * mm,
            height - 12 * mm,
            FONT_BOLD,
            9,
            max_width=inner - sub_w - (6 * mm if subtitle else 0),
        )
        canv.setFillColor(MUTED)
        if subtitle:
            draw_text(
                canv,
                subtitle,
                width - margins_mm * mm,
                height - 12 * mm,
                FONT,
                8,
                "right",
                max_width=sub_w,
            )
        canv.setStrokeColor(RULE)
        canv.line(margins_mm * mm, height - 14 * mm, width - margins_mm * mm, height - 14 * mm)
        if draft:
            _concept(canv, width, height)
        canv.setFillColor(MUTED)
        draw_text(
            canv,
            footer or f"Buurtkantoor · gemaakt op {validation.format_date(clock.today())}",
            margins_mm * mm,
            10 * mm,
            FONT,
            8,
            max_width=inner - 30 * mm,
        )
        canv.restoreState()

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    doc.build(story, canvasmaker=_NumberedCanvas)
    data = buffer.getvalue()
    if isinstance(target, Path):
        target.write_bytes(data)
    elif target is not None:
        target.write(data)
    return data
