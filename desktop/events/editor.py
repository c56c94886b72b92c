"""The activity editor: details, repetition (for a new activity), flyer settings, and — once
saved — volunteer shifts and registrations. Save is enabled only while the form is valid."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import clock, validation
from db.services import EventStatus, complexes, events
from db.services.events.series import create_series, get_series
from desktop import labels
from desktop.events.flyer_page import FlyerPage
from desktop.events.registrations import RegistrationsPage
from desktop.events.repeat import RepeatBox
from desktop.events.shifts import ShiftsPage
from desktop.widgets.conflict import guarded_save, watch_record
from desktop.widgets.forms import (
    DateEdit,
    ErrorLabel,
    FormDialog,
    MoneyEdit,
    ValidatedLineEdit,
)


class EventEditor(FormDialog):
    def __init__(self, db, event_id: int | None, parent=None, on_day: date | None = None):
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.saved_id: int | None = event_id
        self.saved_ids: list[int] = []
        self.data = events.get(db, event_id) if event_id is not None else events.EventData()
        self.setWindowTitle(self.tr("Activity") if event_id is None else self.data.title)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._details_page(), self.tr("Details"))
        self.flyer = FlyerPage(db, self)
        self.tabs.addTab(self.flyer, self.tr("Flyer"))
        self.shifts = ShiftsPage(db, self)
        self.registrations = RegistrationsPage(db, self)
        self.tabs.addTab(self.shifts, self.tr("Volunteer shifts"))
        self.tabs.addTab(self.registrations, self.tr("Registrations"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._load(on_day)
        self.form.watch(
            self.title,
            self.description,
            self.start_date,
            self.start_time,
            self.end_date,
            self.end_time,
            self.complex_combo,
            self.location,
            self.organiser,
            self.staff,
            self.capacity,
            self.costs,
            self.funding,
            self.status,
            *self.flyer.watched(),
            *self.repeat.watched(),
        )
        self.form.add_check(self._time_error, self.time_error)
        self.form.add_check(self.repeat.error, self.repeat.error_label)
        self.form.mark_clean()
        self._set_saved_state()
        self.changed_banner = watch_record(
            self,
            "Event",
            event_id,
            lambda: events.get(self.db, event_id).version,
            lambda: self.data.version,
            self.load_theirs,
        )
        self.resize(860, 720)

    # --- building -------------------------------------------------------------------------
    def _details_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # fields keep their natural height; the space goes below them
        self.title = ValidatedLineEdit(
            lambda text: validation.required_text(text, "Titel", 200),
            optional=False,
            required_message=self.tr("Give the activity a title."),
        )
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(
            self.tr("A short text for the flyer: what, for whom, what to bring")
        )
        self.description.setMaximumHeight(110)
        self.start_date = DateEdit(optional=False, required_message=self.tr("Fill in the date."))
        self.start_time = ValidatedLineEdit(
            validation.parse_time,
            optional=False,
            placeholder="14:00",
            required_message=self.tr("Fill in the start time."),
        )
        self.end_date = DateEdit(optional=False, required_message=self.tr("Fill in the end date."))
        self.end_time = ValidatedLineEdit(
            validation.parse_time,
            optional=False,
            placeholder="16:00",
            required_message=self.tr("Fill in the end time."),
        )
        for edit in (self.start_time, self.end_time):
            edit.edit.setFixedWidth(edit.edit.fontMetrics().horizontalAdvance("000:000") + 16)
        self.time_error = ErrorLabel()
        self.start_date.changed.connect(self._follow_start_date)
        starts, ends = QHBoxLayout(), QHBoxLayout()
        for row, (d, t) in (
            (starts, (self.start_date, self.start_time)),
            (ends, (self.end_date, self.end_time)),
        ):
            row.addWidget(d)
            row.addWidget(t)
            row.addStretch(1)
        self.complex_combo = QComboBox()
        self.complex_combo.addItem(self.tr("(no complex)"), None)
        for complex_id, name in complexes.names(self.db):
            self.complex_combo.addItem(name, complex_id)
        self.location = QLineEdit()
        self.location.setPlaceholderText(
            self.tr("Empty: the common room of the complex; or another address")
        )
        self.organiser = QComboBox()
        self.organiser.addItem(self.tr("(no volunteer)"), None)
        for volunteer_id, name in events.volunteer_choices(self.db):
            self.organiser.addItem(name, volunteer_id)
        self.staff = QLineEdit()
        self.staff.setPlaceholderText(
            self.tr("Staff member or organisation, e.g. Buurtkantoor Overvecht")
        )
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 10000)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.costs = MoneyEdit()
        self.funding = QComboBox()
        self.funding.addItem(self.tr("(not linked)"), None)
        for app_id, title in events.funding_choices(self.db):
            self.funding.addItem(title, app_id)
        self.status = QComboBox()
        for status in EventStatus:
            self.status.addItem(labels.event_status(status), status.value)
        self.series_label = QLabel()
        self.series_label.setWordWrap(True)
        self.repeat = RepeatBox(self)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Starts"), starts)
        form.addRow(self.tr("Ends"), ends)
        form.addRow("", self.time_error)
        form.addRow(self.tr("&Complex"), self.complex_combo)
        form.addRow(self.tr("&Location"), self.location)
        form.addRow(self.tr("&Organiser"), self.organiser)
        form.addRow(self.tr("Organiser (staff)"), self.staff)
        form.addRow(self.tr("Ca&pacity"), self.capacity)
        form.addRow(self.tr("Costs"), self.costs)
        form.addRow(self.tr("&Funding application"), self.funding)
        form.addRow(self.tr("Stat&us"), self.status)
        form.addRow(self.tr("Descr&iption"), self.description)
        form.addRow(self.series_label)
        form.addRow(self.repeat)
        return page

    def _load(self, on_day: date | None) -> None:
        d = self.data
        self.title.setText(d.title)
        self.description.setPlainText(d.description)
        if d.starts_at and d.ends_at:
            self.start_date.set_date(d.starts_at.date())
            self.start_time.setText(validation.format_time(d.starts_at))
            self.end_date.set_date(d.ends_at.date())
            self.end_time.setText(validation.format_time(d.ends_at))
        elif on_day is not None:
            self.start_date.set_date(on_day)
            self.end_date.set_date(on_day)
        self.complex_combo.setCurrentIndex(max(self.complex_combo.findData(d.complex_id), 0))
        self.location.setText(d.location)
        self.organiser.setCurrentIndex(max(self.organiser.findData(d.organiser_volunteer_id), 0))
        self.staff.setText(d.organiser_staff)
        self.capacity.setValue(d.capacity or 0)
        self.costs.set_amount(d.costs)
        self.funding.setCurrentIndex(max(self.funding.findData(d.funding_application_id), 0))
        self.status.setCurrentIndex(max(self.status.findData(EventStatus(d.status).value), 0))
        self.flyer.load(d)

    def _set_saved_state(self) -> None:
        saved = self.event_id is not None
        self.repeat.setVisible(not saved)
        if saved and self.data.series_id:
            info = get_series(self.db, self.data.series_id)
            self.series_label.setText(
                self.tr(
                    "Part of a series (%1). Changes here apply to this date only; "
                    "set the status to Cancelled to cancel just this one."
                ).replace("%1", info.describe())
            )
        self.series_label.setVisible(saved and bool(self.data.series_id))
        self.shifts.set_event(self.event_id)
        self.registrations.set_event(self.event_id)
        self.flyer.set_event(self.event_id)

    # --- rules ----------------------------------------------------------------------------
    def _follow_start_date(self) -> None:
        if self.start_date.date() and (
            not self.end_date.date() or self.end_date.date() < self.start_date.date()
        ):
            self.end_date.set_date(self.start_date.date())

    def moments(self) -> tuple[datetime | None, datetime | None]:
        sd, st, ed, et = (
            self.start_date.date(),
            self.start_time.value(),
            self.end_date.date(),
            self.end_time.value(),
        )
        start = datetime.combine(sd, st) if sd and isinstance(st, time) else None
        end = datetime.combine(ed, et) if ed and isinstance(et, time) else None
        return start, end

    def _time_error(self) -> str | None:
        start, end = self.moments()
        if start is None or end is None:
            return None  # the fields themselves say what is missing
        if end <= start:
            return self.tr("The end must be after the start.")
        if self.event_id is None and start < clock.now():
            return self.tr("A new activity cannot start in the past.")
        return None

    # --- saving ---------------------------------------------------------------------------
    def collect(self) -> events.EventData:
        start, end = self.moments()
        return events.EventData(
            id=self.event_id,
            title=self.title.text(),
            description=self.description.toPlainText(),
            starts_at=start,
            ends_at=end,
            complex_id=self.complex_combo.currentData(),
            location=self.location.text(),
            organiser_volunteer_id=self.organiser.currentData(),
            organiser_staff=self.staff.text(),
            capacity=self.capacity.value() or None,
            costs=self.costs.amount() or 0,
            funding_application_id=self.funding.currentData(),
            status=EventStatus(self.status.currentData()),
            attendance=self.data.attendance,  # recorded on the Registrations page
            series_id=self.data.series_id,
            version=self.data.version,
            **self.flyer.values(),
        )

    def save(self) -> bool:
        def attempt(version: int | None) -> None:
            data = self.collect()
            if version is not None:
                data = replace(data, version=version)
            if self.event_id is not None:
                events.update(self.db, self.event_id, data)
                self.saved_ids = [self.event_id]
                self.data = events.get(self.db, self.event_id)  # the editor may stay open
            elif self.repeat.isChecked():
                self.saved_ids = create_series(self.db, data, self.repeat.series())
            else:
                self.saved_ids = [events.create(self.db, data)]

        if not guarded_save(self, self.db, attempt, self.load_theirs):
            return False
        self.saved_id = self.saved_ids[0]
        return True

    def load_theirs(self) -> None:
        self.data = events.get(self.db, self.event_id)
        self._load(None)
        self.form.mark_clean()

    def save_and_stay(self) -> bool:
        """Store now but keep the editor open (shifts and registrations need a saved activity)."""
        self.form.show_errors()
        if not self.form.is_valid():
            return False
        if (self.form.is_dirty() or self.event_id is None) and not self.save():
            return False
        if self.event_id is None:
            self.event_id = self.saved_id
            self.data = events.get(self.db, self.event_id)
            if len(self.saved_ids) > 1:
                QMessageBox.information(
                    self,
                    self.tr("Series made"),
                    self.tr(
                        "%n activities were made; you are now editing the first one.",
                        "",
                        len(self.saved_ids),
                    ),
                )
        self.form.mark_clean()
        self._set_saved_state()
        return True
