"""Manage → Audit trail: who changed what and when, filtered by person, object and date.

Sensitive values were masked when they were recorded ("***"); this view only reads.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
)

from db import clock
from db.services import Database, audit_trail
from desktop import formatting
from desktop.widgets.table_model import Column, ServiceTableModel


class AuditDialog(QDialog):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Audit trail"))
        self.user_box = QComboBox()
        self.type_box = QComboBox()
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("Number"))
        self.id_edit.setMaximumWidth(90)
        self.id_edit.setClearButtonEnabled(True)
        self.from_check = QCheckBox(self.tr("From"))
        self.from_date = self._date_edit()
        self.to_check = QCheckBox(self.tr("to"))
        self.to_date = self._date_edit()
        self._fill_boxes()
        self.model = ServiceTableModel(
            self.columns(), lambda q: audit_trail.list_entries(self.db, q), self
        )
        self.view = self._make_view()
        self.count_label = QLabel()
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("emptyState")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("&Who:"), buddy=self.user_box))
        filters.addWidget(self.user_box)
        filters.addWidget(QLabel(self.tr("&What:"), buddy=self.type_box))
        filters.addWidget(self.type_box)
        filters.addWidget(self.id_edit)
        for widget in (self.from_check, self.from_date, self.to_check, self.to_date):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        note = QLabel(self.tr("Sensitive values (notes, support flags, signals) are shown as ***."))
        note.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(note)
        layout.addWidget(close)
        for signal in (
            self.user_box.currentIndexChanged,
            self.type_box.currentIndexChanged,
            self.from_check.toggled,
            self.to_check.toggled,
            self.from_date.dateChanged,
            self.to_date.dateChanged,
            self.id_edit.textChanged,
        ):
            signal.connect(self.apply_filters)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.resize(1100, 620)
        self.model.refresh()  # the first load; filters and sorting reload from here on
        self.apply_filters()

    def columns(self) -> list[Column]:
        actions = {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
            "erase": self.tr("erased"),
            "merge": self.tr("merged"),
            "restore": self.tr("restored"),
        }
        return [
            Column("at", self.tr("When"), formatting.moment),
            Column("user", self.tr("Who")),
            Column("action", self.tr("Action"), lambda a: actions.get(a, a)),
            Column("object_type", self.tr("Object"), self.object_name),
            Column("object_id", self.tr("Name"), value=self.name_of, sortable=False),
            Column("changes", self.tr("Changes (old → new)"), sortable=False),
        ]

    def name_of(self, row) -> str:
        """The person's name while they exist; a number only for what is gone (erased)."""
        if row.object_name:
            return row.object_name
        if row.object_id is None:
            return ""
        return self.tr("no. %1 (no longer exists)").replace("%1", str(row.object_id))

    def object_name(self, name: str) -> str:
        names = {
            "Resident": self.tr("Resident"),
            "Volunteer": self.tr("Volunteer"),
            "Complex": self.tr("Complex"),
            "Home": self.tr("Home"),
            "Event": self.tr("Activity"),
            "Registration": self.tr("Registration"),
            "FundingApplication": self.tr("Funding application"),
            "ContactMoment": self.tr("Contact moment"),
            "Signal": self.tr("Signal"),
            "SupportLink": self.tr("Support link"),
            "Partner": self.tr("Partner"),
            "Database": self.tr("Database"),
        }
        return names.get(name, name)

    def _date_edit(self) -> QDateEdit:
        today = clock.today()
        edit = QDateEdit(QDate(today.year, today.month, today.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        return edit

    def _fill_boxes(self) -> None:
        self.user_box.addItem(self.tr("Everyone"), "")
        for user in audit_trail.users(self.db):
            self.user_box.addItem(user, user)
        self.type_box.addItem(self.tr("Everything"), "")
        for name in audit_trail.object_types(self.db):
            self.type_box.addItem(self.object_name(name), name)

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        # Newest first, and the header says so (enabling sorting would otherwise sort ascending).
        view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        view.setSortingEnabled(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        return view

    def filters(self) -> dict:
        filters: dict = {
            "user": self.user_box.currentData(),
            "object_type": self.type_box.currentData(),
        }
        if self.id_edit.text().strip().isdigit():
            filters["object_id"] = int(self.id_edit.text().strip())
        if self.from_check.isChecked():
            filters["date_from"] = self.from_date.date().toPython()
        if self.to_check.isChecked():
            filters["date_to"] = self.to_date.date().toPython()
        return {k: v for k, v in filters.items() if v not in (None, "")}

    def apply_filters(self, *_args) -> None:
        self.from_date.setEnabled(self.from_check.isChecked())
        self.to_date.setEnabled(self.to_check.isChecked())
        self.model.set_query(replace(self.model.query, filters=self.filters()))
        self.view.resizeColumnsToContents()
        for col in range(self.model.columnCount() - 1):
            self.view.setColumnWidth(col, min(self.view.columnWidth(col) + 16, 260))

    def show_object(self, object_type: str, object_id: int | None) -> None:
        """Open on one object's history (used from the privacy dialog)."""
        index = self.type_box.findData(object_type)
        self.type_box.setCurrentIndex(max(index, 0))
        self.id_edit.setText("" if object_id is None else str(object_id))

    def _update_count(self, *_args) -> None:
        total = self.model.total
        self.count_label.setText(self.tr("%n entry(ies)", "", total))
        filtered = bool(self.model.query.filters)
        self.empty_label.setText(
            self.tr("No entries match these filters.")
            if filtered
            else self.tr("Nothing has been changed yet.")
        )
        self.stack.setCurrentWidget(self.view if total else self.empty_label)
