"""Large text: at a 14 pt system font the main window and every editor and dialog fit a
1280×720 screen (logical pixels; 200 % scaling of 2560×1440 gives the same room)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from tests.desktop.widgets.screens import screen_makers

ROOM = (1280, 720)


@pytest.fixture
def large_font(app):
    before = QApplication.font()
    font = QFont(before)
    font.setPointSize(14)
    QApplication.setFont(font)
    yield font
    QApplication.setFont(before)


def too_big(widget) -> str | None:
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if hint.width() > ROOM[0] or hint.height() > ROOM[1]:
        return f"{hint.width()}×{hint.height()}"
    return None


@pytest.mark.xfail(
    strict=True,
    reason="not yet built: at 14 pt the main window needs 1437 px (filter bars), the funding "
    "application editor 1488×737, the event editor 924×841, partners 1453, print 1362",
)
def test_main_window_and_every_editor_fit_1280x720_at_14pt(
    demo_db, window_factory, qtbot, large_font
):
    window = window_factory(demo_db)
    assert QApplication.font().pointSize() == 14
    failures = {}
    for tab in window.all_tabs():
        window.tabs.setCurrentWidget(tab)
        if size := too_big(window):
            failures[f"main window ({tab.objectName() or type(tab).__name__})"] = size
    for name, make in screen_makers(window):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        if size := too_big(dialog):
            failures[name] = size
        dialog.hide()
    assert not failures, "\n".join(f"{k}: {v}" for k, v in failures.items())
