"""Address labels for a complex: choose the complex and, on a part-used sheet, the first free
label by clicking it on a picture of the 3 × 8 sheet; then preview, save or print."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.services import complexes
from desktop.events.printing import open_labels
from desktop.reports.events.labels import A4_3X8
from desktop.widgets.modal import run_modal


class LabelsDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Address labels"))
        self.complex_combo = QComboBox()
        for complex_id, name in complexes.names(db):
            self.complex_combo.addItem(name, complex_id)
        self.group = QButtonGroup(self)
        sheet = QWidget()
        grid = QGridLayout(sheet)
        grid.setSpacing(2)
        for number in range(1, A4_3X8.per_page + 1):
            button = QPushButton(str(number))
            button.setCheckable(True)
            button.setMinimumSize(56, 24)
            self.group.addButton(button, number)
            grid.addWidget(button, (number - 1) // A4_3X8.cols, (number - 1) % A4_3X8.cols)
        self.group.button(1).setChecked(True)
        self.group.idToggled.connect(self._update_hint)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Complex"), self.complex_combo)
        form.addRow(self.tr("Sheet"), QLabel(A4_3X8.name))
        form.addRow(self.tr("First label"), sheet)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = buttons.addButton(
            self.tr("&Preview…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.preview_button.setEnabled(self.complex_combo.count() > 0)
        buttons.accepted.connect(self.preview)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._update_hint()

    def first_label(self) -> int:
        return self.group.checkedId()

    def _update_hint(self, *_args) -> None:
        used = self.first_label() - 1
        self.hint.setText(
            self.tr("Labels 1 to %1 are already used and stay empty.").replace("%1", str(used))
            if used
            else self.tr("A fresh sheet: printing starts at the top left.")
        )

    def preview(self) -> None:
        complex_id = self.complex_combo.currentData()
        if complex_id is None:
            return
        dialog = open_labels(self, self.db, complex_id, self.first_label())
        if not dialog.data:
            QMessageBox.information(self, self.tr("Address labels"), dialog.message.text())
            return
        run_modal(dialog)
        self.accept()
