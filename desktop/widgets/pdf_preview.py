"""A PDF shown inside the application (rendered with pypdfium2), with Save as PDF and Print.

The dialog takes a `make(options) -> bytes` callable and optional choice boxes (document, paper
size, template); changing a choice renders again, so staff see exactly what will be printed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.services import ServiceError
from desktop.widgets.modal import run_modal

PREVIEW_DPI = 110


def render_pages(data: bytes, dpi: float) -> list[QImage]:
    """Every page as a QImage (a copy: pypdfium2's buffer is freed when the document closes)."""
    document = pdfium.PdfDocument(data)
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            raw = pil.tobytes()
            image = QImage(raw, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
            images.append(image.copy())
    finally:
        document.close()
    return images


class PdfPreview(QDialog):
    """Preview with choices; `make(choices)` gets a dict of the current choice data."""

    def __init__(
        self,
        title: str,
        make: Callable[[dict], bytes],
        suggested_name: str,
        choices: dict[str, tuple[str, list[tuple[str, object]]]] | None = None,
        parent=None,
    ):
        super().__init__(parent)
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
        scroll.setStyleSheet("QScrollArea { background: #7b8794; }")
        self.pages.setStyleSheet("background: #7b8794;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
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
            label.setStyleSheet("border: 1px solid #3e4c59;")
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
        if not self.data:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._suggested)
        dialog = QPrintDialog(printer, self)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return
        try:
            print_to(printer, self.data)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not printed"), str(exc))


def print_to(printer: QPrinter, data: bytes) -> None:
    """Each PDF page rendered at the printer's resolution (at most 300 dpi), fitted to the page."""
    dpi = min(printer.resolution(), 300)
    painter = QPainter()
    if not painter.begin(printer):
        raise ServiceError("De printer kan niet worden gestart.")
    try:
        for number, image in enumerate(render_pages(data, dpi)):
            if number:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(area.x(), area.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
    finally:
        painter.end()
