"""Keyboard only: Tab walks every screen in visual order and never gets stuck in a table."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit, QWidget

from desktop.widgets import access
from tests.desktop.widgets.screens import screen_makers


def shown_focusables(window: QWidget) -> list[QWidget]:
    return access.tab_stops(window)


def walk(qtbot, window: QWidget, start: QWidget, key=Qt.Key.Key_Tab, limit=200) -> list[QWidget]:
    """Press Tab from `start` until focus comes back to it; the widgets focus visited."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=1000)
    visited = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), key)
        now = QApplication.focusWidget()
        if now is start:
            return visited
        visited.append(now)
    raise AssertionError(f"Tab did not come back to {start!r} within {limit} presses")


def check_walk(qtbot, window: QWidget) -> None:
    expected = shown_focusables(window)
    assert expected, "nothing to focus"
    visited = walk(qtbot, window, expected[0])
    names = [f"{type(w).__name__}:{w.accessibleName()}" for w in visited]
    assert visited == expected, names  # layout order, every control once, no table stuck
    for before, after in pairwise(visited):
        if isinstance(before, QAbstractItemView | QPlainTextEdit):
            assert after is not before
    back = walk(qtbot, window, expected[0], Qt.Key.Key_Backtab)
    assert back == [expected[0], *reversed(expected[1:])]


def test_main_window_tab_walks_visual_order_and_leaves_tables(demo_db, window_factory, qtbot):
    window = window_factory(demo_db)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for tab in window.all_tabs():
        window.tabs.setCurrentWidget(tab)
        order = shown_focusables(window)
        # Tab bar, the search field, the filters and buttons beside it, then the table.
        assert order[0] is window.tabs.tabBar() and order[1] is tab.search
        assert order[-1] is tab.view or tab.view not in order
        check_walk(qtbot, window)


def test_main_window_opens_with_focus_in_search(demo_db, window_factory, qtbot):
    """Focus starts inside the open tab: its search field, or (Vandaag, which has none) its
    first control — never in a table that would swallow Tab."""
    window = window_factory(demo_db)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    tab = window.tabs.currentWidget()
    focus = QApplication.focusWidget()
    if hasattr(tab, "search"):
        assert focus is tab.search
    else:
        assert tab.isAncestorOf(focus) or focus is window.tabs.tabBar(), focus


def test_every_editor_and_dialog_tab_walk(demo_db, window_factory, qtbot):
    window = window_factory(demo_db)
    failures = {}
    for name, make in screen_makers(window):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        try:
            check_walk(qtbot, dialog)
        except AssertionError as exc:
            failures[name] = str(exc)[:600]
        dialog.hide()
    assert failures == {}, "\n".join(f"{k}: {v}" for k, v in failures.items())
