"""A month calendar of activities: weeks start on Monday, each day lists its activities as
buttons (click to open), a day can be double-clicked to plan a new activity on it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db import clock, validation
from db.services import EventStatus
from db.services.events import EventRow
from desktop import labels

MAX_PER_DAY = 3
STATUS_COLOURS = {  # left edge of an activity button; same meaning as the status column
    EventStatus.IDEA: "#9aa5b1",
    EventStatus.PLANNED: "#2680c2",
    EventStatus.ANNOUNCED: "#0b6e4f",
    EventStatus.HELD: "#616e7c",
    EventStatus.CANCELLED: "#b3261e",
}


class _EventButton(QPushButton):
    """An activity in a day cell: a title too long for the cell ends in "…", never just cut."""

    def __init__(self, text: str, parent=None):
        super().__init__(text, parent)
        self.full_text = text

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        room = max(self.width() - 14, 10)  # the coloured edge and the padding
        self.setText(
            self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        )


def month_grid(year: int, month: int) -> list[date]:
    """The 42 days (6 weeks, Monday first) that show the month."""
    first = date(year, month, 1)
    start = first - timedelta(days=first.weekday())
    return [start + timedelta(days=i) for i in range(42)]


def weekday_names() -> list[str]:
    return [
        QCoreApplication.translate("EventsCalendar", "Mon"),
        QCoreApplication.translate("EventsCalendar", "Tue"),
        QCoreApplication.translate("EventsCalendar", "Wed"),
        QCoreApplication.translate("EventsCalendar", "Thu"),
        QCoreApplication.translate("EventsCalendar", "Fri"),
        QCoreApplication.translate("EventsCalendar", "Sat"),
        QCoreApplication.translate("EventsCalendar", "Sun"),
    ]


class _DayCell(QFrame):
    double_clicked = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.day: date | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(4, 2, 4, 4)
        self.layout_.setSpacing(2)
        self.number = QLabel()
        self.layout_.addWidget(self.number)
        self.layout_.addStretch(1)

    def mouseDoubleClickEvent(self, event) -> None:
        if self.day is not None:
            self.double_clicked.emit(self.day)
        super().mouseDoubleClickEvent(event)


class EventsMonthCalendar(QWidget):
    """`fetch(first, last)` returns the EventRows to show; open_requested(event id),
    new_requested(date)."""

    open_requested = Signal(int)
    new_requested = Signal(object)
    month_changed = Signal()
    refreshed = Signal()  # the activities shown changed (month, filter or data)

    def __init__(self, fetch: Callable[[date, date], list[EventRow]], parent=None):
        super().__init__(parent)
        self._fetch = fetch
        today = clock.today()
        self.year, self.month = today.year, today.month
        self.shown: list[EventRow] = []
        self.previous = QToolButton()
        self.previous.setText("‹")
        self.previous.setToolTip(self.tr("Previous month (Page Up)"))
        self.next = QToolButton()
        self.next.setText("›")
        self.next.setToolTip(self.tr("Next month (Page Down)"))
        self.today_button = QPushButton(self.tr("Today"))
        self.title = QLabel()
        self.title.setObjectName("calendarTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        QShortcut(
            QKeySequence(Qt.Key.Key_PageUp), self, activated=lambda: self.step(-1)
        ).setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(
            QKeySequence(Qt.Key.Key_PageDown), self, activated=lambda: self.step(1)
        ).setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        top = QHBoxLayout()
        for widget in (self.previous, self.title, self.next):
            top.addWidget(widget)
        top.addStretch(1)
        # What the coloured edges mean, once, beside the month.
        for status, colour in STATUS_COLOURS.items():
            key = QLabel(f'<span style="color:{colour}">■</span> {labels.event_status(status)}')
            key.setObjectName("calendarLegend")
            top.addWidget(key)
        top.addSpacing(12)
        top.addWidget(self.today_button)
        grid = QGridLayout()
        grid.setSpacing(2)
        for col, name in enumerate(weekday_names()):
            label = QLabel(name)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 0, col)
        self.cells: list[_DayCell] = []
        for i in range(42):
            cell = _DayCell()
            cell.double_clicked.connect(self.new_requested.emit)
            grid.addWidget(cell, 1 + i // 7, i % 7)
            self.cells.append(cell)
        for row in range(1, 7):
            grid.setRowStretch(row, 1)
        for col in range(7):
            grid.setColumnStretch(col, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(grid, 1)

    def step(self, months: int) -> None:
        index = self.year * 12 + self.month - 1 + months
        self.set_month(index // 12, index % 12 + 1)

    def go_today(self) -> None:
        today = clock.today()
        self.set_month(today.year, today.month)

    def set_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.refresh()
        self.month_changed.emit()

    def in_month(self) -> int:
        """Activities in the month itself, not in the grid's days of the months around it."""
        return sum(
            1
            for r in self.shown
            if (r.starts_at.year, r.starts_at.month) == (self.year, self.month)
        )

    def refresh(self) -> None:
        days = month_grid(self.year, self.month)
        self.title.setText(
            validation.format_date_long(date(self.year, self.month, 1)).split(" ", 1)[1]
        )
        self.shown = self._fetch(days[0], days[-1])
        by_day: dict[date, list[EventRow]] = {}
        for row in self.shown:
            day = row.starts_at.date()
            while day <= row.ends_at.date() and day <= days[-1]:
                by_day.setdefault(day, []).append(row)
                day += timedelta(days=1)
        today = clock.today()
        for cell, day in zip(self.cells, days, strict=True):
            self._fill(cell, day, by_day.get(day, []), day.month == self.month, day == today)
        self.refreshed.emit()

    def _fill(
        self, cell: _DayCell, day: date, rows: list[EventRow], in_month: bool, today: bool
    ) -> None:
        cell.day = day
        while cell.layout_.count() > 2:  # keep the number and the stretch
            item = cell.layout_.takeAt(1)
            if item.widget():
                item.widget().hide()  # deleteLater alone would leave it painted until the loop runs
                item.widget().deleteLater()
        cell.number.setText(str(day.day))
        weight = "bold" if today else "normal"
        colour = "palette(text)" if in_month else "palette(mid)"
        cell.number.setStyleSheet(f"font-weight: {weight}; color: {colour};")
        cell.setStyleSheet("_DayCell { border: 2px solid #0b6e4f; }" if today else "")
        for position, row in enumerate(rows[:MAX_PER_DAY], start=1):
            button = _EventButton(f"{validation.format_time(row.starts_at)} {row.title}")
            button.setFlat(True)
            button.setToolTip(f"{row.title}\n{row.place}")
            strike = "text-decoration: line-through;" if row.status == EventStatus.CANCELLED else ""
            button.setStyleSheet(
                f"QPushButton {{ text-align: left; padding: 2px 4px; border: none; {strike}"
                f"border-left: 4px solid {STATUS_COLOURS[row.status]}; "
                "background: palette(base); } QPushButton:hover { background: palette(midlight); }"
            )
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.clicked.connect(
                lambda _c=False, event_id=row.id: self.open_requested.emit(event_id)
            )
            cell.layout_.insertWidget(position, button)
        if len(rows) > MAX_PER_DAY:
            more = QLabel(self.tr("+%n more", "", len(rows) - MAX_PER_DAY))
            more.setToolTip("\n".join(r.title for r in rows[MAX_PER_DAY:]))
            cell.layout_.insertWidget(MAX_PER_DAY + 1, more)
