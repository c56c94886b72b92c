"""A calm bar over the tabs while the database server cannot be reached, that reconnects itself.

A restarted PostgreSQL server or a minute without network is not an error of the program: the
bar says what is going on, tries again every few seconds, and goes away once the server answers.
Open editors keep what was typed; their Save works again as soon as the bar is gone.
"""

from __future__ import annotations

from PySide6.QtCore import QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from db.engine import Database
from desktop.widgets import colours
from desktop.widgets.colours import Tone

RETRY_MS = 3000


class ConnectionBanner(QFrame):
    connection_changed = Signal(bool)  # from any thread; handled in the GUI thread

    def __init__(self, db: Database, parent=None, retry_ms: int = RETRY_MS):
        super().__init__(parent)
        self.db = db
        self.setObjectName("connectionBanner")
        self.setStyleSheet(
            f"#connectionBanner {{ background: {colours.hex_of(Tone.NOTICE_BACKGROUND)}; "
            f"border-bottom: 1px solid {colours.hex_of(Tone.NOTICE_BORDER)}; }}"
            f"#connectionBanner QLabel {{ color: {colours.hex_of(Tone.NOTICE_TEXT)}; }}"
        )
        self.label = QLabel(self.tr("No connection to the server — reconnecting…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        self.retry = QTimer(self)
        self.retry.setInterval(retry_ms)
        self.retry.timeout.connect(self.try_again)
        self.connection_changed.connect(self._show_state)
        self._listener = self.connection_changed.emit
        db.connection_listeners.append(self._listener)
        self.destroyed.connect(lambda _obj=None, db=db, f=self._listener: _forget(db, f))
        self.hide()

    def _show_state(self, connected: bool) -> None:
        if connected:
            self.retry.stop()
            self.hide()
        else:
            self.show()
            self.retry.start()

    def try_again(self) -> None:
        """One ping, in the pool: a server that does not answer must not freeze the window."""
        QThreadPool.globalInstance().start(self.db.ping)


def _forget(db: Database, listener) -> None:
    if listener in db.connection_listeners:
        db.connection_listeners.remove(listener)
