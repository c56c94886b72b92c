"""Noticing that the office's day has turned while the program stays open.

Office PCs stay on for days. Lists that show "today" (deadline colours, "upcoming only", VOG
warnings, the calendar's today) and the daily backup must follow the date without a restart.
A timer compares the one clock's date every minute — cheap, and a minute late is fine — and so
does the application becoming active again, which is what a wake from sleep or an unlocked
screen looks like to Qt (timers do not run while the computer sleeps).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from db import clock

CHECK_EVERY_MS = 60_000


class DayWatch(QObject):
    """Emits `day_changed(new_day)` once each time the office's date is no longer the one seen."""

    day_changed = Signal(date)

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_EVERY_MS):
        super().__init__(parent)
        self.day = clock.today()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._on_state_changed)

    def _on_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self) -> bool:
        """True (and the signal sent) when the date has changed since the last look."""
        today = clock.today()
        if today == self.day:
            return False
        self.day = today
        self.day_changed.emit(today)
        return True
