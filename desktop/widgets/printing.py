"""Printing a PDF so that every point lands where the PDF puts it.

The printer is put in full-page mode on the document's own paper (size and orientation per page);
each page is rendered at the printer's resolution and painted 1:1 from the paper's corner, so the
printer's unprintable edge only clips and never shrinks or moves the page (the documents keep
their content at least 5 mm inside). Fitting to the paper is the user's explicit choice and is
never offered for labels and letterbox sheets, which are cut or stuck along fixed lines. Label
printers that feed a little askew get a per-printer shift in millimetres."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSettings, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from db.services import ServiceError

MM = 72 / 25.4  # PDF points per millimetre
MAX_RENDER_DPI = 600  # enough for any office printer; 1200 dpi A4 pages would need 400 MB each
A4_PT = QSizeF(210 * MM, 297 * MM)

# pdfium is not thread-safe: the preview (GUI thread) and a print job (worker) take turns.
PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class PrintProfile:
    """What a kind of document allows: scaling (not for things that are cut or stuck) and the
    label calibration (only for label sheets)."""

    may_scale: bool = True
    calibrated: bool = False


DOCUMENT = PrintProfile()
CUT_OR_STICK = PrintProfile(may_scale=False)
LABELS = PrintProfile(may_scale=False, calibrated=True)


@dataclass(frozen=True)
class PrintOptions:
    fit_to_paper: bool = False  # "Aanpassen aan papier"; otherwise actual size
    centre_on_a4: bool = False  # a smaller page (A5, A6) in the middle of an A4 sheet
    right_mm: float = 0.0  # label calibration: positive moves the print right
    down_mm: float = 0.0  # … and down


@dataclass(frozen=True)
class Calibration:
    right_mm: float = 0.0
    down_mm: float = 0.0


def _calibration_key(printer_name: str) -> str:
    # "/" and "\" would split the QSettings group; printer names may contain them on Windows.
    safe = (printer_name or "standaard").replace("/", "_").replace("\\", "_")
    return f"printing/calibration/{safe}"


def load_calibration(printer_name: str) -> Calibration:
    settings = QSettings()
    key = _calibration_key(printer_name)
    return Calibration(
        float(settings.value(f"{key}/right_mm", 0.0)), float(settings.value(f"{key}/down_mm", 0.0))
    )


def save_calibration(printer_name: str, calibration: Calibration) -> None:
    settings = QSettings()
    key = _calibration_key(printer_name)
    settings.setValue(f"{key}/right_mm", calibration.right_mm)
    settings.setValue(f"{key}/down_mm", calibration.down_mm)


def page_sizes(data: bytes) -> list[QSizeF]:
    """Each page's size in points, as the PDF defines it."""
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            return [QSizeF(*page.get_size()) for page in document]
        finally:
            document.close()


def render_page(data: bytes, number: int, dpi: float) -> QImage:
    """One page as an RGB QImage (a copy: pdfium's buffer is freed with the document)."""
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            bitmap = document[number].render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            )
            return image.copy()
        finally:
            document.close()


def render_dpi(printer_dpi: int) -> float:
    """The printer's own resolution, halved until it is affordable (whole device pixels)."""
    dpi = float(printer_dpi)
    while dpi > MAX_RENDER_DPI:
        dpi /= 2
    return dpi


def paper_for(page: QSizeF, options: PrintOptions) -> QSizeF:
    """The paper a page goes on: its own size, or A4 (turned like the page) when centred."""
    if not options.centre_on_a4:
        return QSizeF(page)
    if page.width() > page.height():
        return A4_PT.transposed()
    return QSizeF(A4_PT)


def placement(page: QSizeF, paper: QSizeF, printable: QRectF, options: PrintOptions) -> QRectF:
    """Where the page goes on the paper, in points from the paper's top-left corner."""
    if options.fit_to_paper:
        size = page.scaled(printable.size(), Qt.AspectRatioMode.KeepAspectRatio)
        origin = printable.center() - QPointF(size.width() / 2, size.height() / 2)
    else:
        size = QSizeF(page)
        origin = QPointF((paper.width() - page.width()) / 2, (paper.height() - page.height()) / 2)
    shift = QPointF(options.right_mm * MM, options.down_mm * MM)
    return QRectF(origin + shift, size)


def set_paper(printer: QPrinter, paper: QSizeF) -> None:
    """The printer's paper becomes `paper` (in points), portrait size plus orientation, so
    drivers pick their A4/A5 tray instead of a custom size; the margins stay the printer's."""
    portrait = QSizeF(min(paper.width(), paper.height()), max(paper.width(), paper.height()))
    size = QPageSize(
        portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyOrientationMatch
    )
    landscape = paper.width() > paper.height()
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    layout = QPageLayout(printer.pageLayout())
    layout.setPageSize(size, QMarginsF(0, 0, 0, 0))
    layout.setOrientation(orientation)
    printer.setPageLayout(layout)


def print_document(
    printer: QPrinter,
    data: bytes,
    options: PrintOptions,
    progress: Callable[[str, int, int], None] = lambda *_: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> bool:
    """Print every page; returns False when stopped halfway (the job is then aborted).

    Runs in a worker: Qt allows painting on a QPrinter outside the GUI thread."""
    sizes = page_sizes(data)
    if not sizes:
        raise ServiceError("Dit document heeft geen pagina's.")
    printer.setFullPage(True)  # origin at the paper's corner, not at the printable area's
    set_paper(printer, paper_for(sizes[0], options))
    painter = QPainter()
    if not painter.begin(printer):
        raise ServiceError(
            "De printer kan niet worden gestart. Kijk of hij aan staat en probeer het opnieuw."
        )
    try:
        resolution = printer.resolution()
        dpi = render_dpi(resolution)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for number, page in enumerate(sizes):
            if cancelled():
                printer.abort()
                return False
            progress(
                QCoreApplication.translate("Printing", "Printing page %1 of %2…")
                .replace("%1", str(number + 1))
                .replace("%2", str(len(sizes))),
                number,
                len(sizes),
            )
            paper = paper_for(page, options)
            if number:
                set_paper(printer, paper)
                printer.newPage()
            layout = printer.pageLayout()  # full-page mode: paintRect() is the whole sheet
            printable = layout.fullRect(QPageLayout.Unit.Point).marginsRemoved(
                layout.margins(QPageLayout.Unit.Point)
            )
            target = placement(page, paper, printable, options)
            scale = resolution / 72
            painter.drawImage(
                QRectF(
                    target.x() * scale,
                    target.y() * scale,
                    target.width() * scale,
                    target.height() * scale,
                ),
                render_page(data, number, dpi),
            )
        progress("", len(sizes), len(sizes))
    finally:
        painter.end()
    return True
