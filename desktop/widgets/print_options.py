"""Print options before the system's print dialog: printer, paper, actual size or fit to paper,
and for labels the printer's calibration with a test page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSizeF, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from desktop.widgets.printing import (
    A4_PT,
    Calibration,
    PrintOptions,
    PrintProfile,
    load_calibration,
    save_calibration,
)

SHIFT_LIMIT_MM = 10.0  # more than this is a wrong sheet in the tray, not a printer to calibrate


class PrintOptionsDialog(QDialog):
    test_page_requested = Signal()

    def __init__(self, profile: PrintProfile, page: QSizeF, parent=None):
        super().__init__(parent)
        self.profile = profile
        self.setWindowTitle(self.tr("Print"))
        self.printer_combo = QComboBox()
        names = QPrinterInfo.availablePrinterNames()
        if not names:
            self.printer_combo.addItem(self.tr("Default printer"), "")
        for name in names:
            self.printer_combo.addItem(name, name)
        default = self.printer_combo.findData(QPrinterInfo.defaultPrinterName())
        self.printer_combo.setCurrentIndex(max(default, 0))
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(_paper_text(page), False)
        if page.width() * page.height() < A4_PT.width() * A4_PT.height() * 0.9:
            self.paper_combo.addItem(self.tr("In the middle of an A4 sheet"), True)
        form = QFormLayout()
        form.addRow(self.tr("&Printer"), self.printer_combo)
        form.addRow(self.tr("P&aper"), self.paper_combo)
        self.scale_combo = QComboBox()
        self.scale_combo.addItem(self.tr("Actual size (100 %)"), False)
        if profile.may_scale:
            self.scale_combo.addItem(self.tr("Fit to paper"), True)
        else:
            self.scale_combo.setEnabled(False)
        form.addRow(self.tr("&Size"), self.scale_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if not profile.may_scale:
            note = QLabel(
                self.tr(
                    "Labels and letterbox sheets always print at actual size, so that they "
                    "can be stuck or cut exactly."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.right_spin = self._shift_spin()
        self.down_spin = self._shift_spin()
        self.test_button = QPushButton(self.tr("Print &test page…"))
        if profile.calibrated:
            layout.addWidget(self._calibration_box())
            self.printer_combo.currentIndexChanged.connect(self._load_calibration)
            self._load_calibration()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button = buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)  # the explanations wrap to readable lines, not a column

    def _shift_spin(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-SHIFT_LIMIT_MM, SHIFT_LIMIT_MM)
        spin.setDecimals(1)
        spin.setSingleStep(0.1)
        spin.setSuffix(" mm")
        return spin

    def _calibration_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Label calibration for this printer"))
        form = QFormLayout(box)
        form.addRow(self.tr("Shift &right"), self.right_spin)
        form.addRow(self.tr("Shift &down"), self.down_spin)
        hint = QLabel(
            self.tr(
                "Negative values move the print left or up. Print the test page on plain "
                "paper, lay it on a label sheet against the light and measure."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.test_button)
        form.addRow(row)
        self.test_button.clicked.connect(self._test_page)
        return box

    def printer_name(self) -> str:
        return self.printer_combo.currentData() or ""

    def calibration(self) -> Calibration:
        if not self.profile.calibrated:
            return Calibration()
        return Calibration(self.right_spin.value(), self.down_spin.value())

    def options(self) -> PrintOptions:
        shift = self.calibration()
        return PrintOptions(
            fit_to_paper=bool(self.scale_combo.currentData()),
            centre_on_a4=bool(self.paper_combo.currentData()),
            right_mm=shift.right_mm,
            down_mm=shift.down_mm,
        )

    def _load_calibration(self, *_args) -> None:
        stored = load_calibration(self.printer_name())
        self.right_spin.setValue(stored.right_mm)
        self.down_spin.setValue(stored.down_mm)

    def _test_page(self) -> None:
        save_calibration(self.printer_name(), self.calibration())
        self.test_page_requested.emit()

    def accept(self) -> None:
        if self.profile.calibrated:
            save_calibration(self.printer_name(), self.calibration())
        super().accept()


def _paper_text(page: QSizeF) -> str:
    """ "A5, portrait" for the document's own paper (or its size in mm when it has no name)."""
    portrait = QSizeF(min(page.width(), page.height()), max(page.width(), page.height()))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    name = size.name() if size.id() != QPageSize.PageSizeId.Custom else ""
    if not name:
        name = QCoreApplication.translate("PrintOptionsDialog", "%1 × %2 mm").replace(
            "%1", str(round(page.width() / 72 * 25.4))
        )
        name = name.replace("%2", str(round(page.height() / 72 * 25.4)))
    if page.width() > page.height():
        return QCoreApplication.translate(
            "PrintOptionsDialog", "As the document: %1, landscape"
        ).replace("%1", name)
    return QCoreApplication.translate(
        "PrintOptionsDialog", "As the document: %1, portrait"
    ).replace("%1", name)
