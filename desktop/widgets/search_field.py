"""A search box that waits for a short pause in typing before it searches."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit

DEBOUNCE_MS = 150  # fast typists should not trigger a query per key; 150 ms still feels instant


class SearchField(QLineEdit):
    search_changed = Signal(str)

    def __init__(self, placeholder: str, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.text().strip()))
        self.textChanged.connect(lambda _text: self._timer.start())

    def flush(self) -> None:
        """Search now (Enter pressed, or a test that should not wait)."""
        self._timer.stop()
        self.search_changed.emit(self.text().strip())
