"""The month calendar by keyboard and screen reader: one Tab stop, arrows between days (across
months), Enter plans or opens, each day named with its date and activities."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

from db import clock, validation
from db.services import EventStatus, events
from desktop.events.calendar import STATUS_MARKS, _DayCell
from desktop.events.editor import EventEditor
from desktop.widgets import access

# A day in the middle of next month, so moving a few days stays in that month.
NEXT = (clock.today().replace(day=1) + timedelta(days=32)).replace(day=15)


def plan(db, title: str, day: date, hour: int, status=EventStatus.PLANNED) -> int:
    start = datetime.combine(day, time(hour))
    return events.create(
        db,
        events.EventData(
            title=title, starts_at=start, ends_at=start + timedelta(hours=1), status=status
        ),
    )


def name_of(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def focused_day(calendar) -> date:
    widget = QApplication.focusWidget()
    assert isinstance(widget, _DayCell) and calendar.isAncestorOf(widget)
    return widget.day


def month_calendar(db, window_factory, qtbot, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(EventEditor, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    window = window_factory(db)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab = window.events
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.month_button, Qt.MouseButton.LeftButton)
    tab.calendar.focus_day(NEXT)
    return window, tab.calendar, opened


def test_days_take_focus_arrows_move_and_enter_plans_or_opens(
    app, qtbot, db, window_factory, monkeypatch
):
    plan(db, "Koffieochtend", NEXT, 10)
    plan(db, "Bingo", NEXT + timedelta(days=1), 14)
    plan(db, "Yoga", NEXT + timedelta(days=1), 19, EventStatus.CANCELLED)
    window, calendar, opened = month_calendar(db, window_factory, qtbot, monkeypatch)
    assert focused_day(calendar) == NEXT
    # the grid is one Tab stop: Tab goes on to the next control, not to the next day
    stops = access.tab_stops(window)
    assert [w.day for w in stops if isinstance(w, _DayCell)] == [NEXT]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert not isinstance(QApplication.focusWidget(), _DayCell)
    calendar.focus_day(NEXT)

    cell = QApplication.focusWidget()
    qtbot.keyClick(cell, Qt.Key.Key_Right)
    assert focused_day(calendar) == NEXT + timedelta(days=1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert focused_day(calendar) == NEXT + timedelta(days=8)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert focused_day(calendar) == NEXT

    # Enter on a day with one activity opens it
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert opened == ["Koffieochtend"]
    # Enter on a day with two offers a choice (here: the second, Yoga)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    offered = []

    def choose():  # runs while the menu is open, as a person would pick from it
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        offered.extend(a.text() for a in menu.actions() if a.text())
        menu.actions()[1].trigger()
        menu.close()

    QTimer.singleShot(50, choose)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert offered == ["14:00 Bingo", "19:00 Yoga", "Nieuwe activiteit op deze dag…"]
    assert opened[-1] == "Yoga"
    # Enter on an empty day plans an activity on that day
    empty = NEXT + timedelta(days=2)
    calendar.focus_day(empty)  # after the menu closed, whichever window the system activates
    qtbot.keyClick(calendar.cell_of(empty), Qt.Key.Key_Enter)
    assert opened[-1] == "Activiteit"  # the new-activity editor


def test_arrows_turn_the_month_at_its_edges(app, qtbot, db, window_factory, monkeypatch):
    _window, calendar, _opened = month_calendar(db, window_factory, qtbot, monkeypatch)
    first = NEXT.replace(day=1)
    calendar.focus_day(first)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    before = first - timedelta(days=1)
    assert (calendar.year, calendar.month) == (before.year, before.month)
    assert focused_day(calendar) == before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert (calendar.year, calendar.month) == (NEXT.year, NEXT.month)
    assert focused_day(calendar) == first
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)  # the month after, same day
    assert focused_day(calendar).day == 1 and calendar.month == (NEXT.month % 12) + 1


def test_each_day_and_activity_is_named_for_a_screen_reader(
    app, qtbot, db, window_factory, monkeypatch
):
    plan(db, "Koffieochtend", NEXT, 10, EventStatus.ANNOUNCED)
    _window, calendar, _opened = month_calendar(db, window_factory, qtbot, monkeypatch)
    cell = calendar.cell_of(NEXT)
    weekday = validation.format_date_weekday(NEXT)
    assert name_of(cell) == f"{weekday}: 1 activiteit: Koffieochtend om 10:00, Aangekondigd"
    empty = calendar.cell_of(NEXT + timedelta(days=1))
    assert name_of(empty).endswith(": geen activiteiten")
    assert "Enter" in QAccessible.queryAccessibleInterface(cell).text(QAccessible.Text.Description)
    QApplication.processEvents()  # new buttons are shown by a queued call
    button = next(b for b in cell.findChildren(QPushButton) if b.isVisibleTo(cell))
    assert button.text() == f"{STATUS_MARKS[EventStatus.ANNOUNCED]} 10:00 Koffieochtend"
    assert name_of(button) == "Koffieochtend om 10:00, Aangekondigd"
    assert "&" not in button.text().replace("&&", "")  # no mnemonic stolen by a title
    assert name_of(calendar.previous) == "Vorige maand" and name_of(calendar.next) == (
        "Volgende maand"
    )
