"""A month calendar of activities: weeks start on Monday, each day lists its activities as
buttons (click to open), a day can be double-clicked to plan a new activity on it.

By keyboard the grid is one Tab stop: the arrow keys move between days (into the next or
previous month at the edges), Enter on a day plans an activity there, or opens its activity, or
offers a choice when it has several. Each day is named for screen readers with its date and its
activities; a status is shown by a mark and a legend beside its colour, never by colour alone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
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
from desktop.widgets import colours
from desktop.widgets.access import NO_MNEMONIC
from desktop.widgets.colours import Tone

MAX_PER_DAY = 3
STATUS_TONES = {  # left edge of an activity button; same meaning as the status column
    EventStatus.IDEA: Tone.IDEA,
    EventStatus.PLANNED: Tone.PLANNED,
    EventStatus.ANNOUNCED: Tone.ANNOUNCED,
    EventStatus.HELD: Tone.HELD,
    EventStatus.CANCELLED: Tone.CANCELLED,
}
STATUS_MARKS = {  # the mark beside the colour, explained in the legend under the calendar
    EventStatus.IDEA: "?",
    EventStatus.PLANNED: "○",
    EventStatus.ANNOUNCED: "●",
    EventStatus.HELD: "✓",
    EventStatus.CANCELLED: "✕",
}
MOVES = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}


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
    moved = Signal(object, int)  # (day, days to move)
    activated = Signal(object)  # Enter on the day

    def __init__(self, parent=None):
        super().__init__(parent)
        self.day: date | None = None
        self.rows: list[EventRow] = []
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the calendar hands out the Tab stop
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

    def keyPressEvent(self, event) -> None:
        if self.day is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if event.key() in MOVES:
                self.moved.emit(self.day, MOVES[event.key()])
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                self.activated.emit(self.day)
                return
        super().keyPressEvent(event)


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
        self.focused_day = today
        self.previous = QToolButton()
        self.previous.setText("‹")
        self.previous.setToolTip(self.tr("Previous month (Page Up)"))
        self.previous.setAccessibleName(self.tr("Previous month"))
        self.next = QToolButton()
        self.next.setText("›")
        self.next.setToolTip(self.tr("Next month (Page Down)"))
        self.next.setAccessibleName(self.tr("Next month"))
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
            cell.moved.connect(lambda day, days: self.focus_day(day + timedelta(days=days)))
            cell.activated.connect(self.activate_day)
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
        layout.addLayout(self._legend())

    def _legend(self) -> QHBoxLayout:
        """What each status mark and colour means, in words."""
        legend = QHBoxLayout()
        legend.setSpacing(16)
        for status, mark in STATUS_MARKS.items():
            label = QLabel(f"{mark} {labels.event_status(status)}")
            label.setObjectName("calendarLegend")
            label.setStyleSheet(
                f"border-left: 4px solid {colours.hex_of(STATUS_TONES[status])}; padding-left: 4px;"
            )
            legend.addWidget(label)
        legend.addStretch(1)
        return legend

    # --- keyboard ---------------------------------------------------------------------------
    def cell_of(self, day: date) -> _DayCell | None:
        return next((c for c in self.cells if c.day == day), None)

    def focus_day(self, day: date) -> None:
        """Move the keyboard to a day, turning to its month when it lies outside this one."""
        if (day.year, day.month) != (self.year, self.month):
            self.focused_day = day
            self.set_month(day.year, day.month)
        self._set_tab_stop(day)
        cell = self.cell_of(day)
        if cell is not None:
            cell.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_tab_stop(self, day: date) -> None:
        """One day of the grid takes Tab; the others only a click, so Tab leaves the grid."""
        self.focused_day = day
        for cell in self.cells:
            policy = Qt.FocusPolicy.StrongFocus if cell.day == day else Qt.FocusPolicy.ClickFocus
            cell.setFocusPolicy(policy)

    def activate_day(self, day: date) -> None:
        """Enter on a day: plan an activity there, open its one activity, or choose."""
        cell = self.cell_of(day)
        rows = cell.rows if cell is not None else []
        if not rows:
            self.new_requested.emit(day)
            return
        if len(rows) == 1:
            self.open_requested.emit(rows[0].id)
            return
        menu = QMenu(self)
        for row in rows:
            text = f"{validation.format_time(row.starts_at)} {row.title}".replace("&", "&&")
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, i=row.id: self.open_requested.emit(i))
        menu.addSeparator()
        menu.addAction(self.tr("New activity on this day…")).triggered.connect(
            lambda: self.new_requested.emit(day)
        )
        menu.exec(cell.mapToGlobal(cell.rect().center()))

    def step(self, months: int) -> None:
        index = self.year * 12 + self.month - 1 + months
        self.set_month(index // 12, index % 12 + 1)

    def go_today(self) -> None:
        today = clock.today()
        self.set_month(today.year, today.month)

    def set_month(self, year: int, month: int) -> None:
        if (self.focused_day.year, self.focused_day.month) != (year, month):
            # Page Up/Down keep the day of the month where they can (31 → 30 in a short month)
            last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
            self.focused_day = date(year, month, min(self.focused_day.day, last))
        focus = QApplication.focusWidget()
        had_focus = isinstance(focus, _DayCell) and self.isAncestorOf(focus)
        self.year, self.month = year, month
        self.refresh()
        if had_focus:  # the same 42 cells now show other days: keep the keyboard on its day
            self.cell_of(self.focused_day).setFocus(Qt.FocusReason.OtherFocusReason)
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
        self._set_tab_stop(self.focused_day)
        self.refreshed.emit()

    def _fill(
        self, cell: _DayCell, day: date, rows: list[EventRow], in_month: bool, today: bool
    ) -> None:
        cell.day = day
        cell.rows = rows
        while cell.layout_.count() > 2:  # keep the number and the stretch
            item = cell.layout_.takeAt(1)
            if item.widget():
                item.widget().hide()  # deleteLater alone would leave it painted until the loop runs
                item.widget().deleteLater()
        cell.number.setText(str(day.day))
        weight = "bold" if today else "normal"
        # days of the months around: a quieter colour that still reads at 4.5:1, and italic
        colour = "palette(text)" if in_month else colours.hex_of(Tone.MUTED)
        shape = "normal" if in_month else "italic"
        cell.number.setStyleSheet(f"font-weight: {weight}; font-style: {shape}; color: {colour};")
        frame = f"border: 2px solid {colours.hex_of(Tone.TODAY)};" if today else ""
        cell.setStyleSheet(
            f"_DayCell {{ {frame} }} _DayCell:focus {{ border: 3px solid palette(highlight); }}"
        )
        cell.setAccessibleName(self._day_name(day, rows, today))
        cell.setAccessibleDescription(
            self.tr("Enter plans an activity on this day or opens one; arrows move between days.")
        )
        for position, row in enumerate(rows[:MAX_PER_DAY], start=1):
            text = f"{STATUS_MARKS[row.status]} {validation.format_time(row.starts_at)} {row.title}"
            button = _EventButton(text.replace("&", "&&"))
            button.setProperty(NO_MNEMONIC, True)  # the title is data, not a command
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the day cell is the keyboard's stop
            button.setFlat(True)
            button.setToolTip(f"{row.title}\n{row.place}\n{labels.event_status(row.status)}")
            button.setAccessibleName(self._activity_name(row))
            strike = "text-decoration: line-through;" if row.status == EventStatus.CANCELLED else ""
            button.setStyleSheet(
                f"QPushButton {{ text-align: left; padding: 2px 4px; border: none; {strike}"
                f"border-left: 4px solid {colours.hex_of(STATUS_TONES[row.status])}; "
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

    def _activity_name(self, row: EventRow) -> str:
        return (
            self.tr("%1 at %2, %3")
            .replace("%1", row.title)
            .replace("%2", validation.format_time(row.starts_at))
            .replace("%3", labels.event_status(row.status))
        )

    def _day_name(self, day: date, rows: list[EventRow], today: bool) -> str:
        """'dinsdag 3 december 2026, vandaag: 2 activiteiten: …' for a screen reader."""
        when = validation.format_date_weekday(day)
        if today:
            when = self.tr("%1, today").replace("%1", when)
        if not rows:
            return self.tr("%1: no activities").replace("%1", when)
        return (
            self.tr("%1: %n activit(y/ies): %2", "", len(rows))
            .replace("%1", when)
            .replace("%2", "; ".join(self._activity_name(r) for r in rows))
        )
