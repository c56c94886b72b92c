"""The editor's registrations: sign residents up (search by name or address), capacity with a
waiting list that moves up by itself, and afterwards who came and how many people there were."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.services import ListQuery, RegistrationStatus, ServiceError, residents
from db.services.events import registrations as regs
from desktop import formatting
from desktop.widgets.forms import show_service_error
from desktop.widgets.rows_model import RowsModel
from desktop.widgets.search_field import SearchField
from desktop.widgets.table_model import Column


class RegistrationsModel(RowsModel):
    """Registrations with an Attended tick box that is kept here until 'Save attendance'."""

    CAME = 3  # the tick-box column

    def __init__(self, parent=None):
        super().__init__([], parent)
        self.attended: dict[int, bool | None] = {}
        columns = [
            Column("name", self.tr("Name")),
            Column("address", self.tr("Address")),
            Column("status", self.tr("Status"), value=self.status_text),
            Column("attended", self.tr("Came"), lambda _attended: ""),
        ]
        self.set_rows([], columns)

    def set_rows(self, rows: list[regs.RegistrationRow], columns=None) -> None:
        self.attended = {r.id: r.attended for r in rows}
        super().set_rows(rows, columns)

    def status_text(self, row: regs.RegistrationRow) -> str:
        if row.status == RegistrationStatus.WAITING:
            return self.tr("Waiting list %1").replace("%1", str(row.position))
        if row.status == RegistrationStatus.CANCELLED:
            return self.tr("Cancelled")
        return self.tr("Helps (takes no place)") if row.helper else self.tr("Registered")

    def _tickable(self, index) -> bool:
        return index.column() == self.CAME and (
            self.row(index.row()).status == RegistrationStatus.REGISTERED
        )

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if self._tickable(index) else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid():
            if not self._tickable(index):
                return None
            came = self.attended.get(self.row(index.row()).id)
            return Qt.CheckState.Checked if came else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.CAME:
            row_id = self.row(index.row()).id
            self.attended[row_id] = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(index, index, [role])
            return True
        return False


class RegistrationsPage(QWidget):
    def __init__(self, db, editor, parent=None):
        super().__init__(parent)
        self.db = db
        self.editor = editor
        self.event_id: int | None = None
        self.places = QLabel()
        self.places.setWordWrap(True)
        self.search = SearchField(self.tr("Find a resident by name, address or postcode"))
        self.results = QListWidget()
        self.results.setMaximumHeight(120)
        self.results.hide()  # shown while a search has results
        self.sign_up = QPushButton(self.tr("&Sign up"))
        self.sign_up.setToolTip(self.tr("Sign the chosen resident up (Enter in the list)"))
        self.search.search_changed.connect(self.find)
        self.search.returnPressed.connect(self.search.flush)
        self.results.itemActivated.connect(lambda _item: self.register())
        self.sign_up.clicked.connect(self.register)
        self.model = RegistrationsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.cancel_button = QPushButton(self.tr("&Cancel registration"))
        self.cancel_button.clicked.connect(self.cancel)
        self.total = QSpinBox()
        self.total.setRange(-1, 100000)
        self.total.setSpecialValueText(self.tr("not recorded"))
        self.total.setToolTip(self.tr("Everyone who came, walk-ins and volunteers included"))
        self.save_attendance = QPushButton(self.tr("Save a&ttendance"))
        self.save_attendance.clicked.connect(self.record)
        self.save_first = QPushButton(self.tr("Save the activity to take registrations"))
        self.save_first.clicked.connect(self.editor.save_and_stay)
        find_row = QHBoxLayout()
        find_row.addWidget(self.search, 1)
        find_row.addWidget(self.sign_up)
        after = QHBoxLayout()
        after.addWidget(self.cancel_button)
        after.addStretch(1)
        after.addWidget(QLabel(self.tr("Total attendance:")))
        after.addWidget(self.total)
        after.addWidget(self.save_attendance)
        layout = QVBoxLayout(self)
        layout.addWidget(self.save_first)
        layout.addWidget(self.places)
        layout.addLayout(find_row)
        layout.addWidget(self.results)
        layout.addWidget(self.view, 1)
        layout.addLayout(after)

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.save_first.setVisible(event_id is None)
        for widget in (
            self.search,
            self.results,
            self.sign_up,
            self.view,
            self.cancel_button,
            self.total,
            self.save_attendance,
        ):
            widget.setEnabled(event_id is not None)
        self.refresh()

    def refresh(self) -> None:
        if self.event_id is None:
            self.model.set_rows([])
            self.places.setText("")
            return
        rows = regs.list_registrations(self.db, self.event_id)
        self.model.set_rows(rows)
        capacity = regs.places(self.db, self.event_id).capacity
        # One count, from the rows the list shows: the sentence adds up to what is visible.
        taken = sum(r.status == RegistrationStatus.REGISTERED and not r.helper for r in rows)
        waiting = sum(r.status == RegistrationStatus.WAITING for r in rows)
        helping = sum(r.status == RegistrationStatus.REGISTERED and r.helper for r in rows)
        if capacity is None:
            text = self.tr(
                "%n name(s) in the list: %1 registered (no limit) · %2 waiting · %3 helping",
                "",
                len(rows),
            )
        else:
            text = self.tr(
                "%n name(s) in the list: %1 of %4 places taken · %2 waiting · %3 helping",
                "",
                len(rows),
            ).replace("%4", formatting.number(capacity))
        text = (
            text.replace("%1", formatting.number(taken))
            .replace("%2", formatting.number(waiting))
            .replace("%3", formatting.number(helping))
        )
        self.places.setText(text)
        attendance = self.editor.data.attendance if self.editor.data.id == self.event_id else None
        self.total.setValue(-1 if attendance is None else attendance)

    def find(self, text: str) -> None:
        self.results.clear()
        self.results.setVisible(False)
        if len(text) < 2:
            return
        for row in residents.list_residents(self.db, ListQuery(text=text, limit=20)).rows:
            item = QListWidgetItem(f"{row.name} · {row.address}" if row.address else row.name)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.results.setVisible(bool(self.results.count()))

    def register(self) -> None:
        item = self.results.currentItem()
        if item is None or self.event_id is None:
            return
        try:
            status = regs.register(self.db, self.event_id, item.data(Qt.ItemDataRole.UserRole))
        except ServiceError as exc:
            show_service_error(self, self.tr("Not signed up"), str(exc))
            return
        if status == RegistrationStatus.WAITING:
            QMessageBox.information(
                self,
                self.tr("Waiting list"),
                self.tr(
                    "The activity is full: %1 is on the waiting list and moves up automatically "
                    "when a place becomes free."
                ).replace("%1", item.text().split(" · ")[0]),
            )
        self.search.clear()
        self.results.clear()
        self.refresh()

    def cancel(self) -> None:
        row = self.view.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return
        registration = self.model.row(row)
        moved = regs.cancel(self.db, registration.id)
        self.refresh()
        if moved:
            names = [r.name for r in self.model.rows() if r.resident_id in moved]
            QMessageBox.information(
                self,
                self.tr("Moved up"),
                self.tr("From the waiting list, %1 now has a place.").replace(
                    "%1", ", ".join(names)
                ),
            )

    def record(self) -> None:
        total = None if self.total.value() < 0 else self.total.value()
        try:
            regs.record_attendance(self.db, self.event_id, dict(self.model.attended), total)
        except ServiceError as exc:
            show_service_error(self, self.tr("Attendance not saved"), str(exc))
            return
        self.editor.data.attendance = total
        self.refresh()
