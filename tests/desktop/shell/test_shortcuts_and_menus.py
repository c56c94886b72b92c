"""No key sequence is bound twice where both could fire, and Quit is the last File entry."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def bindings(window) -> list[tuple[str, str, QWidget | None, bool]]:
    """(key, who, widget it lives on or None for window-wide, reaches children)."""
    found = []
    for action in window.findChildren(QAction):
        if action.isSeparator() or not action.shortcuts():
            continue
        context = action.shortcutContext()
        places = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        if context in WINDOW_WIDE:
            scopes = [None] if places else []  # an action on no widget cannot fire
        else:
            scopes = [p for p in places if not isinstance(p, QMenu)]
        children = context != Qt.ShortcutContext.WidgetShortcut
        for key in action.shortcuts():
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            found += [(text, action.text(), scope, children) for scope in scopes]
    for shortcut in window.findChildren(QShortcut):
        scope = None if shortcut.context() in WINDOW_WIDE else shortcut.parent()
        children = shortcut.context() != Qt.ShortcutContext.WidgetShortcut
        for key in shortcut.keys():  # noqa: SIM118 (a list of key sequences, not a dict)
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            found.append(
                (text, f"QShortcut on {type(shortcut.parent()).__name__}", scope, children)
            )
    return found


def overlap(a, b) -> bool:
    (_k, _w, scope_a, kids_a), (_k2, _w2, scope_b, kids_b) = a, b
    if scope_a is None or scope_b is None or scope_a is scope_b:
        return True
    return (kids_a and scope_a.isAncestorOf(scope_b)) or (kids_b and scope_b.isAncestorOf(scope_a))


def test_no_key_sequence_is_bound_twice(demo_db, window_factory):
    window = window_factory(demo_db)
    window.volunteers.show_board(True)  # the board's own actions exist once it is built
    by_key = defaultdict(list)
    for binding in bindings(window):
        by_key[binding[0]].append(binding)
    assert by_key["Ctrl+Shift+L"] and by_key["Ctrl+N"]  # the walk sees tab and menu bindings
    clashes = [
        f"{key}: {a[1]!r} and {b[1]!r}"
        for key, items in by_key.items()
        for i, a in enumerate(items)
        for b in items[i + 1 :]
        if overlap(a, b)
    ]
    assert not clashes, "\n".join(clashes)


def test_the_activities_list_shortcut_reaches_the_list(demo_db, window_factory, qtbot):
    window = window_factory(demo_db)
    window.tabs.setCurrentWidget(window.events)
    tab = window.events
    tab.month_button.setChecked(True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.search.setFocus()
    qtbot.keyClick(
        tab.search,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert tab.list_button.isChecked()


def test_quit_is_the_last_file_entry(demo_db, window_factory):
    window = window_factory(demo_db)
    entries = [a for a in window.menus["file"].actions() if not a.isSeparator()]
    texts = [a.text() for a in entries]
    assert texts[-1] == "&Afsluiten"
    assert len(texts) > 4  # import, export, .ics, labels, backups all sit above it
    assert any("Importeren" in t.replace("&", "") for t in texts[:-1])
    assert any(".ics" in t for t in texts[:-1])
