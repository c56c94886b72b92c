"""Printing at actual size: labels, a letterbox sheet and an A5 flyer go through the program's own
print path to a PDF-format printer with a laser printer's 4.2 mm margins, and the ink lands where
the source PDF puts it (within 0.5 mm); the label calibration moves it by what it says."""

from __future__ import annotations

import itertools

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageOps
from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter

from db.services.complexes import HomeData
from desktop.reports.events import flyer as events_flyer
from desktop.reports.events import labels as events_labels
from desktop.reports.events import sheet as events_sheet
from desktop.widgets import printing
from tests.reports.events.test_events_pdfs import info

DPI = 150  # for comparing: 0.17 mm per pixel
PX = 25.4 / DPI  # millimetres per pixel
TOLERANCE_MM = 0.5
LASER_MARGIN_MM = 4.2


def homes(count: int = 24) -> list[HomeData]:
    return [
        HomeData(street="Vulcanusdreef", house_number=n, postcode="3533 AB", city="Utrecht")
        for n in range(1, count + 1)
    ]


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(300)
    m = LASER_MARGIN_MM
    printer.setPageMargins(QMarginsF(m, m, m, m), QPageLayout.Unit.Millimeter)
    return printer


def pages(data: bytes) -> list[Image.Image]:
    document = pdfium.PdfDocument(data)
    try:
        return [page.render(scale=DPI / 72).to_pil().convert("L") for page in document]
    finally:
        document.close()


def page_mm(image: Image.Image) -> tuple[float, float]:
    return image.width * PX, image.height * PX


def ink_box(image: Image.Image, top_mm: float = 0, bottom_mm: float | None = None):
    """Bounding box (left, top, right, bottom in mm from the paper's corner) of non-white pixels
    within a horizontal strip of the page."""
    top = round(top_mm / PX)
    # Clamped: PIL fills outside the image with black (Qt writes whole-point page sizes).
    bottom = image.height if bottom_mm is None else min(round(bottom_mm / PX), image.height)
    strip = image.crop((0, top, image.width, bottom))
    box = ImageOps.invert(strip).point(lambda v: 255 if v > 24 else 0).getbbox()
    if box is None:
        return None
    left, upper, right, lower = box
    return (left * PX, (upper + top) * PX, right * PX, (lower + top) * PX)


def strips(image: Image.Image, step_mm: float) -> list[tuple[float, float]]:
    """Horizontal strips about `step_mm` high, cut at the quietest rows of the source nearby, so
    that no cut runs along the very edge of a line (where one pixel more or less of anti-aliasing
    would move a box by a whole dash)."""
    ink = ImageOps.invert(image).point(lambda v: 1 if v > 24 else 0)
    width = image.width
    rows = [sum(ink.crop((0, y, width, y + 1)).histogram()[1:]) for y in range(image.height)]
    reach = round(3 / PX)
    edges = [0]
    nominal = step_mm / PX
    while nominal < image.height - reach:
        window = range(round(nominal) - reach, round(nominal) + reach)
        edges.append(min(window, key=lambda y: sum(rows[max(y - 3, 0) : y + 4])))
        nominal += step_mm / PX
    edges.append(image.height)
    return [(a * PX, b * PX) for a, b in itertools.pairwise(edges)]


def assert_same_ink(source, printed, rows, offset=(0.0, 0.0)) -> None:
    """Per strip of the source, the printed ink box is the source's moved by `offset` (mm)."""
    dx, dy = offset
    compared = 0
    for top, bottom in rows:
        expected = ink_box(source, top, bottom)
        actual = ink_box(printed, top + dy, bottom + dy)
        assert (expected is None) == (actual is None), (top, expected, actual)
        if expected is None:
            continue
        moved = (expected[0] + dx, expected[1] + dy, expected[2] + dx, expected[3] + dy)
        for want, got in zip(moved, actual, strict=True):
            assert abs(want - got) <= TOLERANCE_MM, (top, moved, actual)
        compared += 1
    assert compared


def print_through(tmp_path, data: bytes, options=printing.PrintOptions(), name="printed.pdf"):
    target = tmp_path / name
    assert printing.print_document(pdf_printer(target), data, options)
    return target.read_bytes()


def label_rows(sheet=events_labels.A4_3X8):
    top = sheet.top / printing.MM
    height = sheet.height / printing.MM
    return [(top + r * height, top + (r + 1) * height) for r in range(sheet.rows)]


def test_labels_print_at_actual_size_row_by_row(app, tmp_path):
    source = events_labels.labels_pdf(homes(), "Adresetiketten")
    printed = print_through(tmp_path, source)
    [src], [out] = pages(source), pages(printed)
    assert page_mm(out) == pytest.approx(page_mm(src), abs=0.3)
    assert_same_ink(src, out, label_rows())
    left, top, right, bottom = ink_box(src)
    # Nothing lies where a laser printer cannot print: actual size loses nothing.
    width, height = page_mm(src)
    assert min(left, top, width - right, height - bottom) >= 5.0


def test_letterbox_sheet_and_its_cut_marks_print_at_actual_size(app, tmp_path):
    for per_sheet in (2, 4):
        source = events_sheet.sheet_pdf(info(), per_sheet)
        printed = print_through(tmp_path, source, name=f"sheet{per_sheet}.pdf")
        [src], [out] = pages(source), pages(printed)
        assert page_mm(out) == pytest.approx(page_mm(src), abs=0.3)
        assert_same_ink(src, out, strips(src, 20))
        # The cut marks too stay out of a laser printer's unprintable edge.
        left, top, right, bottom = ink_box(src)
        width, height = page_mm(src)
        assert min(left, top, width - right, height - bottom) >= 5.0 - PX


def test_a5_flyer_prints_on_a5_or_centred_on_a4(app, tmp_path):
    source = events_flyer.flyer_pdf(info(qr_url="https://example.org/koffie"), "A5", "rustig")
    [src] = pages(source)
    [own] = pages(print_through(tmp_path, source))
    assert page_mm(own) == pytest.approx((148, 210), abs=0.5)
    assert_same_ink(src, own, strips(src, 15))
    centred = printing.PrintOptions(centre_on_a4=True)
    [on_a4] = pages(print_through(tmp_path, source, centred, "a4.pdf"))
    assert page_mm(on_a4) == pytest.approx((210, 297), abs=0.5)
    offset = ((210 - 148) / 2, (297 - 210) / 2)
    assert_same_ink(src, on_a4, strips(src, 15), offset)


def test_fit_to_paper_scales_only_when_asked(app, tmp_path):
    source = events_flyer.flyer_pdf(info(), "A5", "rustig")
    fitted = printing.PrintOptions(fit_to_paper=True, centre_on_a4=True)
    [out] = pages(print_through(tmp_path, source, fitted))
    left, top, _right, bottom = ink_box(out)
    # A5 blown up into A4's printable area: the 4.2 mm margins bound the width, the height
    # follows A5's proportions, centred; the template's side bar runs from top to bottom.
    width = 210 - 2 * LASER_MARGIN_MM
    height = width * 210 / 148
    assert left == pytest.approx(LASER_MARGIN_MM, abs=TOLERANCE_MM)
    assert top == pytest.approx((297 - height) / 2, abs=TOLERANCE_MM)
    assert bottom == pytest.approx((297 + height) / 2, abs=TOLERANCE_MM)


def test_calibration_moves_the_labels_by_what_it_says(app, tmp_path):
    source = events_labels.labels_pdf(homes(), "Adresetiketten")
    shifted = printing.PrintOptions(right_mm=1.5, down_mm=-2.0)
    [src], [out] = pages(source), pages(print_through(tmp_path, source, shifted))
    assert_same_ink(src, out, label_rows()[1:-1], offset=(1.5, -2.0))
    printing.save_calibration("Etikettenprinter", printing.Calibration(1.5, -2.0))
    assert printing.load_calibration("Etikettenprinter") == printing.Calibration(1.5, -2.0)
    assert printing.load_calibration("Andere printer") == printing.Calibration(0.0, 0.0)


def test_placement_of_a_landscape_page_centred_on_a4():
    page = QSizeF(210 * printing.MM, 148 * printing.MM)
    paper = printing.paper_for(page, printing.PrintOptions(centre_on_a4=True))
    assert paper.width() > paper.height()
    spot = printing.placement(page, paper, paper, printing.PrintOptions(centre_on_a4=True))
    assert spot.x() / printing.MM == pytest.approx(43.5)
    assert spot.y() / printing.MM == pytest.approx(31)


def test_labels_through_the_preview_with_a_printers_calibration(
    app, qtbot, db, tmp_path, monkeypatch
):
    """The program's own path: preview → print options (calibration for this printer, stored)
    → system dialog → worker; then the calibration test page through the same path."""
    from PySide6.QtWidgets import QDialog

    from db.services import complexes
    from desktop.events.printing import open_labels
    from desktop.widgets import pdf_preview

    cid = complexes.create(db, complexes.ComplexData(name="Vulcanusdreef"))
    complexes.add_home_range(db, cid, "Vulcanusdreef", 1, 20, "3533 AB")
    target = tmp_path / "printed.pdf"

    class FakePrintDialog:
        def __init__(self, printer, _parent):
            self.printer = printer

        def exec(self):
            configured = pdf_printer(target)
            self.printer.setOutputFormat(configured.outputFormat())
            self.printer.setOutputFileName(str(target))
            self.printer.setResolution(300)
            self.printer.setPageLayout(configured.pageLayout())
            return QDialog.DialogCode.Accepted

        def deleteLater(self):  # run_modal disposes of every dialog it ran
            pass

    seen = {}

    def options_exec(options):
        seen["size_enabled"] = options.scale_combo.isEnabled()
        seen["scale_items"] = options.scale_combo.count()
        options.right_spin.setValue(2.0)
        options.down_spin.setValue(1.0)
        options.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(pdf_preview, "QPrintDialog", FakePrintDialog)
    monkeypatch.setattr(pdf_preview.PrintOptionsDialog, "exec", options_exec)
    preview = open_labels(None, db, cid, 1)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.printed, timeout=60000) as done:
        preview.print_button.click()
    assert done.args == [True]
    assert seen == {"size_enabled": False, "scale_items": 1}  # labels never scale
    [src], [out] = pages(preview.data), pages(target.read_bytes())
    rows = [row for row in label_rows() if ink_box(src, *row)]
    assert_same_ink(src, out, rows, offset=(2.0, 1.0))
    assert printing.load_calibration("") == printing.Calibration(2.0, 1.0)

    # The test page prints with the stored shift, from the same options, through the same path.
    made = []
    preview._test_page = lambda *args: made.append(args) or events_labels.test_page_pdf(*args)

    def test_page_exec(options):
        seen["stored_right"] = options.right_spin.value()
        options.test_button.click()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(pdf_preview.PrintOptionsDialog, "exec", test_page_exec)
    with qtbot.waitSignal(preview.printed, timeout=60000):
        preview.print_button.click()
    assert made == [("", 2.0, 1.0)] and seen["stored_right"] == 2.0
    [test_page] = pages(target.read_bytes())
    source = events_labels.test_page_pdf("", 2.0, 1.0)
    text = pdfium.PdfDocument(source)[0].get_textpage().get_text_range()
    assert "Naar rechts: 2,0 mm" in text and "Omlaag: 1,0 mm" in text
    [source_page] = pages(source)
    assert_same_ink(source_page, test_page, strips(source_page, 30), offset=(2.0, 1.0))


def test_stop_ends_the_job_after_the_page_being_sent(app, tmp_path):
    asked, reported = [], []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1  # Stop pressed while the first page was going out

    data = events_labels.labels_pdf(homes(72), "Adresetiketten")  # three sheets
    printer = pdf_printer(tmp_path / "stopped.pdf")
    done = printing.print_document(
        printer, data, printing.PrintOptions(), lambda *a: reported.append(a), cancelled
    )
    assert done is False and [r[1:] for r in reported] == [(0, 3)]
