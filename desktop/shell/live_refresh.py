"""Other desks' changes appear in this desk's open lists without F5 (PostgreSQL only).

A timer asks the desk's LISTEN connection twice a second what was committed elsewhere; the lists
reload and keep their selected row. Cheap: poll() reads what already arrived, it never waits.
A lost listen connection is opened again on the next tick; the connection banner tells the
person about the server itself.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from db.engine import Database
from db.live import Change, ChangeListener

POLL_MS = 500
log = logging.getLogger(__name__)


class LiveRefresh(QObject):
    """Emits `changed(change)` for every unit of work committed at any desk."""

    changed = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None, poll_ms: int = POLL_MS):
        super().__init__(parent)
        self.db = db
        self.listener: ChangeListener | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.poll)
        if db.dialect == "postgresql":
            self.timer.start()

    def poll(self) -> None:
        try:
            if self.listener is None:
                self.listener = ChangeListener(self.db.url)
            changes: list[Change] = self.listener.poll()
        except Exception as exc:
            log.info("live refresh: listen connection lost (%s)", exc)
            self.close()
            return
        for change in changes:
            self.changed.emit(change)

    def close(self) -> None:
        if self.listener is not None:
            listener, self.listener = self.listener, None
            try:
                listener.close()
            except Exception:
                log.debug("live refresh: closing the listen connection failed", exc_info=True)
