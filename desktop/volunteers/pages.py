"""The volunteer editor's pages that save at once, row by row: who they support, and hours."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import clock, validation
from db.services import ServiceError, SupportKind, volunteer_support, volunteers
from db.services import volunteer_matching as matching
from desktop import formatting
from desktop.volunteers.widgets import (
    day_name,
    day_names,
    support_kind,
)
from desktop.widgets.forms import DateEdit, ValidatedLineEdit
from desktop.widgets.modal import run_modal
from desktop.widgets.rows_model import RowsModel, rows_view
from desktop.widgets.table_model import Column


def _hours(value) -> str:
    return validation.format_money(value).replace("€", "").strip()


class SupportPage(QWidget):
    """The residents this volunteer supports; adding one checks the resident's consent."""

    changed = Signal()

    def __init__(self, db, volunteer_id: int, parent=None):
        super().__init__(parent)
        self.db, self.volunteer_id = db, volunteer_id
        self.model = RowsModel(
            [
                Column("name", self.tr("Resident")),
                Column("phone", self.tr("Phone")),
                Column("address", self.tr("Address")),
                Column("kind", self.tr("Support"), support_kind),
                Column("agreed_day", self.tr("Day"), day_name),
                Column("started_on", self.tr("Since"), formatting.day),
                Column("ended_on", self.tr("Ended"), formatting.day),
            ],
            self,
        )
        self.view = rows_view(self.model, fit_contents=True)
        self.kind = QComboBox()
        for kind in SupportKind:
            self.kind.addItem(support_kind(kind), kind)
        self.day = QComboBox()
        self.day.addItem(day_name(None), None)
        for number, name in enumerate(day_names()):
            self.day.addItem(name, number)
        self.add_button = QPushButton(self.tr("Add resident…"))
        self.end_button = QPushButton(self.tr("End support"))
        self.empty = QLabel(
            self.tr("Supports nobody yet. Add a resident, or use Match volunteers in the tab.")
        )
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Support")))
        row.addWidget(self.kind)
        row.addWidget(QLabel(self.tr("Day")))
        row.addWidget(self.day)
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.add_button.clicked.connect(self.add)
        self.end_button.clicked.connect(self.end_selected)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(matching.supported_by(self.db, self.volunteer_id))
        self.empty.setVisible(self.model.rowCount() == 0)
        self._update()

    def current_count(self) -> int:
        return sum(
            1 for row in range(self.model.rowCount()) if self.model.row(row).ended_on is None
        )

    def _update(self) -> None:
        chosen = self.selected()
        self.end_button.setEnabled(chosen is not None and chosen.ended_on is None)

    def selected(self) -> matching.SupportedResident | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def add(self) -> None:
        from desktop.volunteers.resident_picker import ResidentPicker

        picker = ResidentPicker(
            self.db,
            self.tr("Whom does this volunteer support?"),
            without_volunteer=False,
            show_consent=True,
            parent=self,
        )
        if not run_modal(picker) or picker.chosen() is None:
            return
        self.link(picker.chosen().id)

    def link(self, resident_id: int) -> bool:
        try:
            volunteer_support.support_links.create(
                self.db,
                volunteer_support.SupportLinkData(
                    volunteer_id=self.volunteer_id,
                    resident_id=resident_id,
                    kind=self.kind.currentData(),
                    agreed_day=self.day.currentData(),
                ),
            )
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not linked"), str(exc))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def end_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            volunteer_support.end_support(self.db, chosen.link_id, clock.today())
            self.refresh()
            self.changed.emit()


class HoursPage(QWidget):
    """Hours per date or activity, with totals per month and per year."""

    changed = Signal()

    def __init__(self, db, volunteer_id: int, parent=None):
        super().__init__(parent)
        self.db, self.volunteer_id = db, volunteer_id
        self.worked_on = DateEdit(optional=False, required_message=self.tr("Fill in the date."))
        self.worked_on.set_date(clock.today())
        self.amount = ValidatedLineEdit(
            validation.money,
            optional=False,
            placeholder="2,5",
            required_message=self.tr("Fill in the number of hours."),
        )
        self.amount.edit.setMaximumWidth(80)
        self.activity = QComboBox()
        self.activity.addItem(self.tr("No activity"), None)
        data = volunteers.get(db, volunteer_id)
        for choice in volunteer_support.activity_choices(db, data.complex_id):
            self.activity.addItem(f"{formatting.day(choice.day)}  {choice.title}", choice)
        self.activity.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.activity.setMinimumContentsLength(16)
        self.activity.currentIndexChanged.connect(self._activity_chosen)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("What was done"))
        self.description.setMaxLength(200)
        self.add_button = QPushButton(self.tr("Log hours"))
        self.delete_button = QPushButton(self.tr("Delete entry"))
        self.model = RowsModel(
            [
                Column("worked_on", self.tr("Date"), formatting.day),
                Column("hours", self.tr("Hours"), _hours, align_right=True),
                Column("description", self.tr("Activity")),
            ],
            self,
        )
        self.view = rows_view(self.model, fit_contents=True)
        self.totals = RowsModel(
            [
                Column("0", self.tr("Period")),
                Column("1", self.tr("Hours"), _hours, align_right=True),
            ],
            self,
        )
        self.totals_view = rows_view(self.totals, fit_contents=True)
        self.totals_view.setMaximumWidth(260)
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("Activity")))
        form.addWidget(self.activity, 1)
        for label, widget in ((self.tr("Date"), self.worked_on), (self.tr("Hours"), self.amount)):
            form.addWidget(QLabel(label))
            form.addWidget(widget)
        second = QHBoxLayout()
        second.addWidget(self.description, 1)
        second.addWidget(self.add_button)
        tables = QHBoxLayout()
        tables.addWidget(self.view, 1)
        tables.addWidget(self.totals_view)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(second)
        layout.addLayout(tables, 1)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)
        for field in (self.worked_on, self.amount):
            field.changed.connect(self._update)
        self.amount.edit.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.refresh()

    def _activity_chosen(self, _index: int) -> None:
        chosen = self.activity.currentData()
        if chosen is not None:  # the activity's day and title, still editable
            self.worked_on.set_date(chosen.day)
            self.description.setText(chosen.title)

    def _update(self) -> None:
        self.add_button.setEnabled(self.worked_on.is_valid() and self.amount.is_valid())
        self.delete_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def refresh(self) -> None:
        entries = volunteer_support.hours.list_for(self.db, self.volunteer_id)
        self.model.set_rows(sorted(entries, key=lambda e: e.worked_on, reverse=True))
        totals = volunteer_support.hours_totals(self.db, self.volunteer_id)
        rows = []
        for year, total in totals.by_year:
            rows.append((self.tr("Year %1").replace("%1", str(year)), total))
            rows += [
                (f"  {validation.format_date_long(date(y, m, 1)).split(' ', 1)[1]}", t)
                for y, m, t in totals.by_month
                if y == year
            ]
        self.totals.set_rows(rows)
        self._update()

    def add(self) -> None:
        self.amount.show_error()
        if not self.add_button.isEnabled():
            return
        try:
            chosen = self.activity.currentData()
            volunteer_support.hours.create(
                self.db,
                volunteer_support.HoursData(
                    volunteer_id=self.volunteer_id,
                    worked_on=self.worked_on.date(),
                    hours=self.amount.value(),
                    event_id=chosen.id if chosen else None,
                    description=self.description.text(),
                ),
            )
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Hours not logged"), str(exc))
            return
        self.amount.setText("")
        self.amount.clear_error()
        self.description.clear()
        self.activity.setCurrentIndex(0)
        self.refresh()
        self.changed.emit()

    def delete_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            volunteer_support.hours.delete(self.db, self.model.row(rows[0].row()).id)
            self.refresh()
            self.changed.emit()
