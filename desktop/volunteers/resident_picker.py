"""Pick a current resident by name: to link a volunteer to the resident they are, or to add a
resident the volunteer supports. Residents without contact consent are marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from db.services import volunteers
from desktop.volunteers.widgets import (
    WARNING_MARK,
    WarningDelegate,
)
from desktop.widgets.rows_model import RowsModel, rows_view
from desktop.widgets.search_field import SearchField
from desktop.widgets.table_model import Column


class ResidentPicker(QDialog):
    def __init__(self, db, title: str, *, without_volunteer: bool, show_consent: bool, parent=None):
        super().__init__(parent)
        self.db = db
        self.without_volunteer = without_volunteer
        self.setWindowTitle(title)
        self.search = SearchField(self.tr("Search by name"))
        columns = [Column("name", self.tr("Name")), Column("address", self.tr("Address"))]
        if show_consent:
            columns.append(
                Column(
                    "consent",
                    self.tr("Contact by volunteers"),
                    lambda ok: self.tr("agreed") if ok else WARNING_MARK + self.tr("no consent"),
                )
            )
        self.model = RowsModel(columns, self)
        self.view = rows_view(self.model, lambda _row: self.accept(), fit_contents=True)
        self.view.setItemDelegate(WarningDelegate(self.view))
        self.empty = QLabel(self.tr("No resident found with this name."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Choose"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.search.search_changed.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.search.returnPressed.connect(self.view.setFocus)
        self.resize(620, 460)
        self.refresh("")

    def refresh(self, text: str) -> None:
        self.model.set_rows(
            volunteers.find_residents(self.db, text, without_volunteer=self.without_volunteer)
        )
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(self.chosen() is not None)

    def chosen(self) -> volunteers.ResidentChoice | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.row(rows[0].row()) if rows else None
