"""The editor's volunteer shifts: roles with times and how many are needed, who is assigned,
the gaps ("nog 2 nodig"), and a warning when someone is booked twice at the same time."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import validation
from db.services import ServiceError, events
from db.services.events import shifts
from desktop.widgets import colours
from desktop.widgets.colours import Tone
from desktop.widgets.forms import ErrorLabel, FormDialog, ValidatedLineEdit, show_service_error
from desktop.widgets.modal import run_modal
from desktop.widgets.rows_model import RowsModel
from desktop.widgets.table_model import Column


def _times(row: shifts.ShiftRow) -> str:
    return f"{validation.format_time(row.starts_at)}–{validation.format_time(row.ends_at)}"


class ShiftDialog(FormDialog):
    """A new shift on the activity's day: task, from, until, how many volunteers."""

    def __init__(self, day: datetime, parent=None):
        super().__init__(parent, require_changes=False)
        self.day = day
        self.setWindowTitle(self.tr("New shift"))
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(
            [self.tr("Set-up"), self.tr("Kitchen"), self.tr("Welcome"), self.tr("Clean-up")]
        )
        self.starts = ValidatedLineEdit(
            validation.parse_time,
            optional=False,
            placeholder="13:00",
            required_message=self.tr("Fill in the start time."),
        )
        self.ends = ValidatedLineEdit(
            validation.parse_time,
            optional=False,
            placeholder="14:00",
            required_message=self.tr("Fill in the end time."),
        )
        self.needed = QSpinBox()
        self.needed.setRange(1, 50)
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("&Task"), self.role)
        form.addRow(self.tr("&From"), self.starts)
        form.addRow(self.tr("&Until"), self.ends)
        form.addRow(self.tr("&Volunteers needed"), self.needed)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.form.watch(self.role, self.starts, self.ends, self.needed)
        self.form.add_check(self._check, self.error)
        self.data: shifts.ShiftData | None = None

    def _check(self) -> str | None:
        if not self.role.currentText().strip():
            return self.tr("Name the task.")
        start, end = self.starts.value(), self.ends.value()
        if start is not None and end is not None and end <= start:
            return self.tr("The end must be after the start.")
        return None

    def save(self) -> bool:
        self.data = shifts.ShiftData(
            role=self.role.currentText(),
            starts_at=datetime.combine(self.day.date(), self.starts.value()),
            ends_at=datetime.combine(self.day.date(), self.ends.value()),
            needed=self.needed.value(),
        )
        return True


class ShiftsPage(QWidget):
    def __init__(self, db, editor, parent=None):
        super().__init__(parent)
        self.db = db
        self.editor = editor
        self.event_id: int | None = None
        self.model = RowsModel(
            [
                Column("role", self.tr("Task")),
                Column("starts_at", self.tr("Time"), value=_times),
                Column("needed", self.tr("Needed")),
                Column("volunteers", self.tr("Assigned"), lambda vs: ", ".join(n for _i, n in vs)),
                Column(
                    "missing",
                    self.tr("Gap"),
                    lambda n: self.tr("%n more needed", "", n) if n else self.tr("Complete"),
                    colour=lambda row: Tone.ERROR if row.missing else None,
                ),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.summary = QLabel()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(colours.notice_style() + " padding: 6px;")
        self.warning.hide()
        self.save_first = QPushButton(self.tr("Save the activity to plan shifts"))
        self.save_first.clicked.connect(self.editor.save_and_stay)
        self.add_button = QPushButton(self.tr("&New shift…"))
        self.remove_button = QPushButton(self.tr("Remove shift"))
        self.assign_button = QPushButton(self.tr("&Assign volunteer…"))
        self.unassign_button = QPushButton(self.tr("Take volunteer off…"))
        self.add_button.clicked.connect(self.add_shift)
        self.remove_button.clicked.connect(self.remove_shift)
        self.assign_button.clicked.connect(self.assign)
        self.unassign_button.clicked.connect(self.unassign)
        buttons = QHBoxLayout()
        for widget in (
            self.add_button,
            self.remove_button,
            self.assign_button,
            self.unassign_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.save_first)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.save_first.setVisible(event_id is None)
        for widget in (
            self.add_button,
            self.remove_button,
            self.assign_button,
            self.unassign_button,
            self.view,
        ):
            widget.setEnabled(event_id is not None)
        self.refresh()

    def refresh(self) -> None:
        if self.event_id is None:
            self.model.set_rows([])
            self.summary.setText("")
            self.warning.hide()
            return
        rows = shifts.list_shifts(self.db, self.event_id)
        self.model.set_rows(rows)
        missing = sum(r.missing for r in rows)
        if not rows:
            self.summary.setText(
                self.tr("No shifts yet. Add set-up, kitchen, welcome or clean-up.")
            )
        elif missing:
            self.summary.setText(self.tr("%n more volunteer(s) needed.", "", missing))
        else:
            self.summary.setText(self.tr("All shifts are filled."))
        clashes = shifts.event_clashes(self.db, self.event_id)
        self.warning.setText(
            "\n".join(self.tr("Double booking: %1").replace("%1", c.message()) for c in clashes)
        )
        self.warning.setVisible(bool(clashes))

    def current(self) -> shifts.ShiftRow | None:
        row = self.view.currentIndex().row()
        return self.model.row(row)

    def add_shift(self) -> None:
        event = events.get(self.db, self.event_id)
        dialog = ShiftDialog(event.starts_at, self)
        if run_modal(dialog) and dialog.data is not None:
            dialog.data.event_id = self.event_id
            try:
                shifts.shifts.create(self.db, dialog.data)
            except ServiceError as exc:
                show_service_error(self, self.tr("Shift not added"), str(exc))
            self.refresh()

    def remove_shift(self) -> None:
        shift = self.current()
        if shift is None:
            return
        shifts.shifts.delete(self.db, shift.id)
        self.refresh()

    def assign(self) -> None:
        shift = self.current()
        if shift is None:
            QMessageBox.information(
                self, self.tr("Assign volunteer"), self.tr("Select a shift first.")
            )
            return
        taken = {vid for vid, _name in shift.volunteers}
        choices = [
            (vid, name) for vid, name in events.volunteer_choices(self.db) if vid not in taken
        ]
        if not choices:
            QMessageBox.information(
                self, self.tr("Assign volunteer"), self.tr("There are no other volunteers.")
            )
            return
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Assign volunteer"),
            self.tr("Volunteer for %1:").replace("%1", shift.role),
            [n for _v, n in choices],
            0,
            False,
        )
        if not ok:
            return
        volunteer_id = next(v for v, n in choices if n == name)
        clashes = shifts.clashes(self.db, shift.id, volunteer_id)
        if clashes:
            answer = QMessageBox.question(
                self,
                self.tr("Booked twice"),
                self.tr("%1\n\nAssign anyway?").replace(
                    "%1", "\n".join(c.message() for c in clashes)
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            shifts.assign(self.db, shift.id, volunteer_id)
        except ServiceError as exc:
            show_service_error(self, self.tr("Not assigned"), str(exc))
        self.refresh()
        self.editor.registrations.refresh()  # a helper may have freed a place

    def unassign(self) -> None:
        shift = self.current()
        if shift is None or not shift.volunteers:
            return
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Take volunteer off"),
            shift.role,
            [n for _v, n in shift.volunteers],
            0,
            False,
        )
        if ok:
            volunteer_id = next(v for v, n in shift.volunteers if n == name)
            shifts.unassign(self.db, shift.id, volunteer_id)
            self.refresh()
            self.editor.registrations.refresh()
