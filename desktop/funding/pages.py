"""Pages of the application editor that act at once rather than on Save: attachments (files are
stored in the database straight away) and the dated status history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import validation
from db.services import ServiceError, funding
from db.services.funding import rules
from desktop.funding.status import format_history
from desktop.widgets.forms import show_service_error


class AttachmentsPage(QWidget):
    """Files that belong to the application; the fund's required kinds are offered first."""

    changed = Signal()

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.app_id: int | None = None
        self.list = QListWidget()
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.add_button = QPushButton(self.tr("Add file…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save as…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Kind:")))
        row.addWidget(self.kind, 1)
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._choose)
        self.open_button.clicked.connect(self._open)
        self.save_button.clicked.connect(self._save_as)
        self.remove_button.clicked.connect(self._remove)
        self.list.itemDoubleClicked.connect(lambda _item: self._open())
        self.list.currentRowChanged.connect(self._update_buttons)

    def show_bundle(self, bundle: funding.ApplicationBundle | None, fund: funding.FundData) -> None:
        self.app_id = bundle.application.id if bundle else None
        current = self.kind.currentText()
        self.kind.clear()
        self.kind.addItems(
            [*rules.lines(fund.required_attachments), funding.PHOTO, funding.RECEIPT, funding.OTHER]
        )
        if current:
            self.kind.setCurrentText(current)
        self.list.clear()
        for att in bundle.attachments if bundle else []:
            item = QListWidgetItem(
                self.tr("%1: %2 (%3, added %4)")
                .replace("%1", att.kind)
                .replace("%2", att.filename)
                .replace("%3", format_size(att.size))
                .replace("%4", validation.format_date(att.added_on))
            )
            item.setData(Qt.ItemDataRole.UserRole, att)
            self.list.addItem(item)
        self.hint.setText(
            self.tr(
                "Files are stored in the database, so they are in every backup and the "
                "original may be moved or deleted afterwards."
            )
            if self.app_id
            else self.tr("Save the application first; then files can be attached.")
        )
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.add_button.setEnabled(self.app_id is not None)
        has = self.list.currentItem() is not None
        self.open_button.setEnabled(has)
        self.save_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file to attach"))
        if path:
            self.attach(self.kind.currentText(), Path(path))

    def attach(self, kind: str, path: Path) -> bool:
        try:
            funding.add_attachment(self.db, self.app_id, kind, path)
        except ServiceError as exc:
            show_service_error(self, self.tr("Attachment"), str(exc))
            return False
        self.changed.emit()
        return True

    def _selected(self) -> funding.AttachmentData | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _open(self) -> None:
        att = self._selected()
        if att is None:
            return
        try:
            path = funding.open_copy(self.db, att.id)
        except ServiceError as exc:
            show_service_error(self, self.tr("Attachment"), str(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _save_as(self) -> None:
        att = self._selected()
        if att is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save attachment as"), str(Path.home() / att.filename)
        )
        if path:
            self.save_to(att.id, Path(path))

    def save_to(self, attachment_id: int, path: Path) -> bool:
        try:
            funding.save_attachment(self.db, attachment_id, path)
        except ServiceError as exc:
            show_service_error(self, self.tr("Attachment"), str(exc))
            return False
        return True

    def _remove(self) -> None:
        att = self._selected()
        if att is None:
            return
        try:
            funding.remove_attachment(self.db, att.id)
        except ServiceError as exc:
            show_service_error(self, self.tr("Attachment"), str(exc))
            return
        self.changed.emit()


def format_size(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("AttachmentsPage", "%1 bytes").replace("%1", str(size))
    if size < 1024 * 1024:
        return QCoreApplication.translate("AttachmentsPage", "%1 kB").replace(
            "%1", str(round(size / 1024))
        )
    return QCoreApplication.translate("AttachmentsPage", "%1 MB").replace(
        "%1", f"{size / 1024 / 1024:.1f}".replace(".", ",")
    )


class HistoryPage(QListWidget):
    def show_bundle(self, bundle: funding.ApplicationBundle | None) -> None:
        self.clear()
        for change in bundle.history if bundle else []:
            self.addItem(format_history(change))
