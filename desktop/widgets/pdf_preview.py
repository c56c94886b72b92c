"""A PDF shown inside the application (rendered with pypdfium2), with Save as PDF and Print.

The dialog takes a `make(options) -> bytes` callable and optional choice boxes (document, paper
size, template); changing a choice renders again, so staff see exactly what will be printed."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QSettings, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.services import ServiceError
from desktop.widgets import colours
from desktop.widgets.colours import Tone
from desktop.widgets.modal import dispose, run_modal
from desktop.widgets.print_options import PrintOptionsDialog
from desktop.widgets.printing import (
    DOCUMENT,
    PDFIUM_LOCK,
    PrintOptions,
    PrintProfile,
    load_calibration,
    page_sizes,
    print_document,
)
from desktop.workers import Job

PREVIEW_DPI = 110


def render_pages(data: bytes, dpi: float) -> list[QImage]:
    """Every page as a QImage (a copy: pypdfium2's buffer is freed when the document closes)."""
    with PDFIUM_LOCK:  # a print job may be rendering in a worker
        document = pdfium.PdfDocument(data)
        images = []
        try:
            for page in document:
                bitmap = page.render(scale=dpi / 72)
                pil = bitmap.to_pil().convert("RGB")
                raw = pil.tobytes()
                image = QImage(
                    raw, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888
                )
                images.append(image.copy())
        finally:
            document.close()
    return images


class PdfPreview(QDialog):
    """Preview with choices; `make(choices)` gets a dict of the current choice data.

    `profile(choices)` says how the current document may print (labels and letterbox sheets
    never scale); `test_page(printer, right_mm, down_mm)` makes the label calibration page."""

    printed = Signal(bool)  # a print job ended: True when every page went out

    def __init__(
        self,
        title: str,
        make: Callable[[dict], bytes],
        suggested_name: str,
        choices: dict[str, tuple[str, list[tuple[str, object]]]] | None = None,
        parent=None,
        profile: Callable[[dict], PrintProfile] = lambda _choices: DOCUMENT,
        test_page: Callable[[str, float, float], bytes] | None = None,
    ):
        super().__init__(parent)
        self._profile = profile
        self._test_page = test_page
        self._job: tuple | None = None
        self.setWindowTitle(title)
        self._make = make
        self._suggested = suggested_name
        self.data = b""
        self.combos: dict[str, QComboBox] = {}
        bar = QHBoxLayout()
        for key, (label, items) in (choices or {}).items():
            combo = QComboBox()
            for text, value in items:
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(self.refresh)
            self.combos[key] = combo
            caption = QLabel(label)
            caption.setBuddy(combo)
            bar.addWidget(caption)
            bar.addWidget(combo)
        bar.addStretch(1)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setToolTip(self.tr("Save as PDF (Ctrl+S)"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print (Ctrl+P)"))
        close = QPushButton(self.tr("Close"))
        for button in (self.save_button, self.print_button, close):
            bar.addWidget(button)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_pdf)
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_as)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_pdf)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(16)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        desk = colours.hex_of(Tone.DESK)
        scroll.setStyleSheet(f"QScrollArea {{ background: {desk}; }}")
        self.pages.setStyleSheet(f"background: {desk};")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(colours.style(Tone.ERROR))
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self.resize(900, 860)
        self.refresh()

    def choices(self) -> dict:
        return {key: combo.currentData() for key, combo in self.combos.items()}

    def refresh(self, *_args) -> None:
        try:
            self.data = self._make(self.choices())
        except ServiceError as exc:
            self.data = b""
            self.message.setText(str(exc))
            self.message.show()
        else:
            # What did not fit on the paper (Dutch, from the document): never cut silently.
            warnings = getattr(self.data, "warnings", ())
            self.message.setText("\n".join(warnings))
            self.message.setVisible(bool(warnings))
        self.save_button.setEnabled(bool(self.data))
        self.print_button.setEnabled(bool(self.data))
        self._show_pages()

    def _show_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        if not self.data:
            return
        for image in render_pages(self.data, self._fit_dpi() * self.devicePixelRatioF()):
            label = QLabel()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            label.setPixmap(pixmap)
            label.setStyleSheet(f"border: 1px solid {colours.hex_of(Tone.PAGE_EDGE)};")
            self.pages_layout.addWidget(label)
        self.page_count = self.pages_layout.count()

    def _fit_dpi(self) -> float:
        """Fit the page width into the window (at most PREVIEW_DPI, at least a readable 50)."""
        document = pdfium.PdfDocument(self.data)
        try:
            width_pt = document[0].get_width()
        finally:
            document.close()
        room = max(self.scroll.viewport().width() - 40, 300)
        return max(50.0, min(PREVIEW_DPI, room / (width_pt / 72)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.data and event.oldSize().width() != event.size().width():
            self._show_pages()

    def save_as(self) -> None:
        if not self.data:
            return
        settings = QSettings()
        # The key dates from when only activities had a preview; kept, so the folder is remembered.
        folder = settings.value("events/pdf_folder", str(Path.home()))
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(Path(folder) / self._suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        try:
            target.write_bytes(self.data)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("Could not write %1: %2. Choose another folder.")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )
            return
        settings.setValue("events/pdf_folder", str(target.parent))
        self.saved_path = target

    def print_pdf(self) -> None:
        if not self.data or self._job:
            return
        profile = self._profile(self.choices())
        options = PrintOptionsDialog(profile, page_sizes(self.data)[0], self)
        if self._test_page:
            options.test_page_requested.connect(lambda: self._print_test_page(options))
        if run_modal(options) != QDialog.DialogCode.Accepted:
            return
        self._print(self.data, options.options(), options.printer_name(), profile)

    def _print_test_page(self, options: PrintOptionsDialog) -> None:
        shift = options.calibration()
        data = self._test_page(options.printer_name(), shift.right_mm, shift.down_mm)
        self._print(data, options.options(), options.printer_name(), options.profile)

    def _print(self, data: bytes, options: PrintOptions, name: str, profile: PrintProfile) -> None:
        if self._job:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._suggested)
        if name:
            printer.setPrinterName(name)
        dialog = QPrintDialog(printer, self)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return
        if profile.calibrated and printer.printerName() != name:
            # Another printer picked in the system dialog: its own calibration applies.
            shift = load_calibration(printer.printerName())
            options = replace(options, right_mm=shift.right_mm, down_mm=shift.down_mm)
        self._start_job(printer, data, options)

    def _start_job(self, printer: QPrinter, data: bytes, options: PrintOptions) -> None:
        """Render and send the pages in a worker, with progress and a Stop button."""
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Stop"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        stop, ended = threading.Event(), threading.Event()
        progress.canceled.connect(stop.set)

        def work(report):
            try:
                return print_document(printer, data, options, report, stop.is_set)
            finally:
                ended.set()

        job = Job(work)

        def on_progress(label: str, done: int, total: int) -> None:
            if label:
                progress.setLabelText(label)
            progress.setMaximum(total)
            progress.setValue(done)

        def on_end(result) -> None:
            dispose(progress)
            self._job = None
            self.print_button.setEnabled(bool(self.data))
            if isinstance(result, str):
                QMessageBox.warning(self, self.tr("Not printed"), result)
                self.printed.emit(False)
            else:
                self.printed.emit(bool(result))

        job.signals.progress.connect(on_progress)
        job.signals.failed.connect(on_end)
        job.signals.finished.connect(on_end)
        self._job = (job, printer, stop, ended)  # alive until the worker reports back
        self.print_button.setEnabled(False)
        QThreadPool.globalInstance().start(job)

    def done(self, result: int) -> None:
        if self._job:  # closing stops the job after the page being sent, then lets it end
            _job, _printer, stop, ended = self._job
            stop.set()
            ended.wait()
        super().done(result)
