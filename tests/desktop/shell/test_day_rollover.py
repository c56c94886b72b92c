"""The program stays open over midnight: lists that depend on "today" refresh themselves and the
daily backup (with its rotation) runs again, in the background, as at start."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from db import clock
from db.safety import backup
from db.services import events


@pytest.fixture
def late_evening():
    """23:59 on a weekday, a minute before the office's day turns."""
    evening = datetime.combine(clock.today(), datetime.min.time()).replace(hour=23, minute=59)
    clock.set_now(evening)
    return evening


def titles(tab):
    return [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]


def test_upcoming_only_drops_yesterdays_activity_after_midnight(db, window_factory, late_evening):
    events.create(
        db,
        events.EventData(
            title="Late koffie",
            starts_at=late_evening + timedelta(seconds=30),
            ends_at=late_evening + timedelta(seconds=50),
        ),
    )
    events.create(
        db,
        events.EventData(
            title="Buurtontbijt",
            starts_at=late_evening + timedelta(days=3),
            ends_at=late_evening + timedelta(days=3, hours=1),
        ),
    )
    window = window_factory(db)
    tab = window.events
    tab.upcoming.setChecked(True)
    assert sorted(titles(tab)) == ["Buurtontbijt", "Late koffie"]

    clock.advance(timedelta(minutes=2))  # 00:01: nobody pressed F5
    assert window.day_watch.check()
    assert titles(tab) == ["Buurtontbijt"]
    assert not window.day_watch.check()  # one turn of the day, one refresh


def test_waking_from_sleep_on_a_new_day_refreshes_too(db, window_factory, late_evening):
    window = window_factory(db)
    seen = []
    window.day_watch.day_changed.connect(seen.append)
    clock.advance(timedelta(hours=9))  # the laptop slept through the night: no timer ran
    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert seen == [late_evening.date() + timedelta(days=1)]


def test_daily_backup_and_rotation_run_again_at_midnight(db, window_factory, qtbot, late_evening):
    from desktop.shell.startup import StartupGuard

    for days_ago in range(10, 0, -1):  # ten older daily copies: rotation must thin them out
        backup.make_backup(
            db.path, backup.DAILY, now=late_evening - timedelta(days=days_ago), rotate_after=False
        )
    old = len(backup.list_backups(db.path))
    window = window_factory(db)
    guard = StartupGuard(db.path, None)
    guard.keep_daily_backups(window)  # as the program does at start
    qtbot.waitUntil(lambda: len(backup.list_backups(db.path)) != old, timeout=10000)
    qtbot.waitUntil(
        lambda: "reservekopie" in window.statusBar().currentMessage().lower(), timeout=5000
    )
    guard.wait()
    after_start = {b.path for b in backup.list_backups(db.path)}

    clock.advance(timedelta(minutes=2))
    window.statusBar().clearMessage()
    window.day_watch.timer.timeout.emit()  # the minute timer fires after midnight
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Reservekopie van vandaag gemaakt",
        timeout=10000,
    )
    guard.wait()
    now = backup.list_backups(db.path)
    new = [b for b in now if b.path not in after_start]
    assert [b.made_at.date() for b in new] == [clock.today()]
    assert new[0].reason == backup.DAILY
    # Rotated as at start: nothing left that rotation would still remove.
    assert backup.rotate(backup.backups_dir(db.path), db.path.stem, clock.now()) == []
    assert len(now) < old + 2
