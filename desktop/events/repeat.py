"""Repeat a new activity: weekly or monthly, every N, until a date or N times, skipping dates
(holidays). Shows which dates it will make before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from db import validation
from db.services import ServiceError
from db.services.events.series import SeriesData, occurrence_dates
from desktop.widgets.forms import DateEdit, ErrorLabel


class RepeatBox(QGroupBox):
    changed = Signal()

    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.setTitle(self.tr("&Repeat this activity"))
        self.setCheckable(True)
        self.setChecked(False)
        self.frequency = QComboBox()
        self.frequency.addItem(self.tr("weekly"), "weekly")
        self.frequency.addItem(self.tr("monthly (same day of the month)"), "monthly")
        self.interval = QSpinBox()
        self.interval.setRange(1, 12)
        self.interval.setPrefix(self.tr("every "))
        self.by_count = QRadioButton(self.tr("Number of times"))
        self.by_count.setChecked(True)
        self.count = QSpinBox()
        self.count.setRange(1, 200)
        self.count.setValue(10)
        self.by_until = QRadioButton(self.tr("Until"))
        self.until = DateEdit()
        self.skip_date = DateEdit()
        self.skip_button = QPushButton(self.tr("Skip this date"))
        self.skipped = QListWidget()
        self.skipped.setMaximumHeight(70)
        self.remove_skip = QPushButton(self.tr("Remove"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error_label = ErrorLabel()
        how = QHBoxLayout()
        how.addWidget(self.frequency)
        how.addWidget(self.interval)
        how.addStretch(1)
        end = QHBoxLayout()
        for widget in (self.by_count, self.count, self.by_until, self.until):
            end.addWidget(widget)
        end.addStretch(1)
        skip = QHBoxLayout()
        for widget in (self.skip_date, self.skip_button, self.skipped, self.remove_skip):
            skip.addWidget(widget)
        form = QFormLayout()
        form.addRow(self.tr("How often"), how)
        form.addRow(self.tr("Ends"), end)
        form.addRow(self.tr("Skip dates"), skip)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.error_label)
        self.skip_button.clicked.connect(self._add_skip)
        self.remove_skip.clicked.connect(self._remove_skip)
        for signal in (
            self.toggled,
            self.frequency.currentIndexChanged,
            self.interval.valueChanged,
            self.count.valueChanged,
            self.by_count.toggled,
            self.until.changed,
        ):
            signal.connect(self._changed)
        editor.start_date.changed.connect(self._changed)

    def watched(self) -> list:
        return [self]

    def form_state(self):
        return (
            self.isChecked(),
            self.frequency.currentData(),
            self.interval.value(),
            self.by_count.isChecked(),
            self.count.value(),
            self.until.text(),
            tuple(self._skipped_dates()),
        )

    def _changed(self, *_args) -> None:
        n = self.interval.value()
        self.interval.setSuffix(
            self.tr(" week(s)", "", n)
            if self.frequency.currentData() == "weekly"
            else self.tr(" month(s)", "", n)
        )
        self.count.setEnabled(self.by_count.isChecked())
        self.until.setEnabled(not self.by_count.isChecked())
        self._update_summary()
        self.changed.emit()

    def _skipped_dates(self):
        return [self.skipped.item(i).data(256) for i in range(self.skipped.count())]

    def _add_skip(self) -> None:
        day = self.skip_date.date()
        if day is None or day in self._skipped_dates():
            return
        item = QListWidgetItem(validation.format_date_weekday(day))
        item.setData(256, day)
        self.skipped.addItem(item)
        self.skipped.sortItems()
        self.skip_date.setText("")
        self._changed()

    def _remove_skip(self) -> None:
        for item in self.skipped.selectedItems():
            self.skipped.takeItem(self.skipped.row(item))
        self._changed()

    def series(self) -> SeriesData:
        return SeriesData(
            self.frequency.currentData(),
            self.interval.value(),
            until=None if self.by_count.isChecked() else self.until.date(),
            count=self.count.value() if self.by_count.isChecked() else None,
            skipped=self._skipped_dates(),
        )

    def dates(self):
        first = self.editor.start_date.date()
        if not self.isChecked() or first is None:
            return None
        return occurrence_dates(first, self.series())

    def error(self) -> str | None:
        if not self.isChecked():
            return None
        if not self.by_count.isChecked() and self.until.date() is None:
            return self.tr("Fill in the date the series ends.")
        try:
            self.dates()
        except ServiceError as exc:
            return str(exc)
        return None

    def _update_summary(self) -> None:
        try:
            dates = self.dates()
        except ServiceError:
            dates = None
        if not dates:
            self.summary.setText("")
            return
        self.summary.setText(
            self.tr("%n activit(y/ies): first %1, last %2.", "", len(dates))
            .replace("%1", validation.format_date_weekday(dates[0]))
            .replace("%2", validation.format_date_weekday(dates[-1]))
        )
