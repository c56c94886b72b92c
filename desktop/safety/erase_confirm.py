"""The last question before erasing someone: it names the person with what tells namesakes
apart, and the worker types the name, so the wrong "Ayşe Yıldız" is never erased by a click."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)


def same_name(typed: str, name: str) -> bool:
    return " ".join(typed.split()).casefold() == " ".join(name.split()).casefold()


class EraseConfirmDialog(QDialog):
    def __init__(self, question: str, name: str, details: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.name = name
        self.setWindowTitle(self.tr("Erase"))
        text = QLabel(question)
        text.setWordWrap(True)
        facts = QFormLayout()
        for label, value in details:
            facts.addRow(label, QLabel(value or "—"))
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Type the name to confirm"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.erase_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setText(self.tr("Erase for good"))
        self.erase_button.setEnabled(False)
        self.erase_button.setDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(
            lambda typed: self.erase_button.setEnabled(same_name(typed, name))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(facts)
        layout.addWidget(QLabel(self.tr("Type the name to confirm: %1").replace("%1", name)))
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
