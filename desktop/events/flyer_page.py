"""The editor's Flyer page: a block in a second language, a picture, a QR link, the template,
and buttons to preview and print the flyer, the letterbox sheet and the presentielijst."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.services import ServiceError
from desktop.events.printing import open_event_pdf
from desktop.reports.events.flyer import DEFAULT_TEMPLATE, templates
from desktop.widgets.forms import show_service_error
from desktop.widgets.modal import run_modal


class FlyerPage(QWidget):
    def __init__(self, db, editor, parent=None):
        super().__init__(parent)
        self.db = db
        self.editor = editor
        self.template = QComboBox()
        for name, template in templates().items():
            self.template.addItem(template.label, name)
            self.template.setItemData(self.template.count() - 1, template.description, 3)  # tooltip
        self.language = QComboBox()
        self.language.addItem(self.tr("(only Dutch)"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Türkçe", "tr")
        self.language.addItem("العربية", "ar")
        self.foreign_title = QLineEdit()
        self.foreign_title.setPlaceholderText(self.tr("The title in the second language"))
        self.foreign_text = QPlainTextEdit()
        self.foreign_text.setPlaceholderText(self.tr("A short text in the second language"))
        self.foreign_text.setMaximumHeight(110)
        self.picture = QLineEdit()
        self.picture.setReadOnly(True)
        self.picture.setPlaceholderText(self.tr("No picture"))
        choose = QPushButton(self.tr("Choose…"))
        clear = QPushButton(self.tr("Remove"))
        choose.clicked.connect(self._choose_picture)
        clear.clicked.connect(lambda: self.picture.setText(""))
        picture_row = QHBoxLayout()
        for widget in (self.picture, choose, clear):
            picture_row.addWidget(widget)
        self.qr_url = QLineEdit()
        self.qr_url.setPlaceholderText(self.tr("Optional: a web address, printed as a QR code"))
        self.language.currentIndexChanged.connect(self._language_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Template"), self.template)
        form.addRow(self.tr("Picture"), picture_row)
        form.addRow(self.tr("&QR code link"), self.qr_url)
        form.addRow(self.tr("Second &language"), self.language)
        form.addRow(self.tr("Title (2nd language)"), self.foreign_title)
        form.addRow(self.tr("Text (2nd language)"), self.foreign_text)
        self.flyer_button = QPushButton(self.tr("&Flyer…"))
        self.sheet_button = QPushButton(self.tr("Letterbox &sheet…"))
        self.attendance_button = QPushButton(self.tr("&Attendance list…"))
        self.flyer_button.clicked.connect(lambda: self.open_pdf("flyer"))
        self.sheet_button.clicked.connect(lambda: self.open_pdf("sheet"))
        self.attendance_button.clicked.connect(lambda: self.open_pdf("attendance"))
        self.hint = QLabel(self.tr("Printing saves the activity first."))
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for widget in (self.flyer_button, self.sheet_button, self.attendance_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def watched(self) -> list:
        return [
            self.template,
            self.language,
            self.foreign_title,
            self.foreign_text,
            self.picture,
            self.qr_url,
        ]

    def load(self, data) -> None:
        self.template.setCurrentIndex(
            max(self.template.findData(data.flyer_template or DEFAULT_TEMPLATE), 0)
        )
        self.language.setCurrentIndex(max(self.language.findData(data.flyer_language), 0))
        self.foreign_title.setText(data.flyer_title)
        self.foreign_text.setPlainText(data.flyer_text)
        self.picture.setText(data.picture_path)
        self.qr_url.setText(data.qr_url)
        self._language_changed()

    def values(self) -> dict:
        return {
            "flyer_template": self.template.currentData(),
            "flyer_language": self.language.currentData(),
            "flyer_title": self.foreign_title.text(),
            "flyer_text": self.foreign_text.toPlainText(),
            "picture_path": self.picture.text(),
            "qr_url": self.qr_url.text(),
        }

    def set_event(self, event_id: int | None) -> None:
        self.hint.setVisible(event_id is None)

    def _language_changed(self, *_args) -> None:
        on = bool(self.language.currentData())
        self.foreign_title.setEnabled(on)
        self.foreign_text.setEnabled(on)
        rtl = self.language.currentData() == "ar"
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.foreign_title.setLayoutDirection(direction)
        self.foreign_text.setLayoutDirection(direction)

    def _choose_picture(self) -> None:
        settings = QSettings()
        folder = settings.value("events/picture_folder", str(Path.home()))
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a picture"), folder, self.tr("Pictures (*.jpg *.jpeg *.png)")
        )
        if path:
            self.picture.setText(path)
            settings.setValue("events/picture_folder", str(Path(path).parent))

    def open_pdf(self, kind: str) -> None:
        if not self.editor.save_and_stay():
            return
        try:
            dialog = open_event_pdf(self, self.db, self.editor.event_id, kind)
        except ServiceError as exc:
            show_service_error(self, self.tr("Cannot print"), str(exc))
            return
        run_modal(dialog)
