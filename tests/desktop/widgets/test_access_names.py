"""Every interactive widget of every screen has an accessible name; errors are described."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QStackedWidget,
    QWidget,
)

from tests.desktop.widgets.screens import screen_makers


def reachable(widget: QWidget, window: QWidget) -> bool:
    """Shown, or only hidden because it sits on another tab or page of a stack."""
    while widget is not window and widget is not None:
        parent = widget.parentWidget()
        if widget.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        widget = parent
    return True


def interactive(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and w.window() is window
        and reachable(w, window)
        and not (isinstance(w, QAbstractScrollArea) and type(w).__name__ == "QScrollArea")
    ]


def accessible_name(widget: QWidget) -> str:
    if isinstance(widget, QComboBox | QAbstractSpinBox):
        # Qt falls back to the current value ("Alle fasen"), which says nothing about the field.
        return widget.accessibleName().strip() or _buddy_text(widget)
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip().strip("…‹›<> ") if face is not None else ""


def _buddy_text(widget: QWidget) -> str:
    labels = widget.window().findChildren(QLabel)
    return next((lb.text() for lb in labels if lb.buddy() is widget and lb.text()), "")


def unnamed(window: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r} tooltip={w.toolTip()!r}"
        for w in interactive(window)
        if not accessible_name(w)
    ]


def test_main_window_every_control_named(demo_db, window_factory):
    window = window_factory(demo_db)
    assert len(interactive(window)) > 40
    assert unnamed(window) == []
    window.events.show_calendar() if hasattr(window.events, "show_calendar") else None
    assert unnamed(window) == []


def test_every_editor_and_dialog_named(demo_db, window_factory, qtbot):
    window = window_factory(demo_db)
    report = {}
    for name, make in screen_makers(window):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        missing = unnamed(dialog)
        if missing:
            report[name] = missing
        dialog.hide()
    assert report == {}, "\n".join(f"{k}: {v}" for k, v in report.items())


def test_invalid_field_describes_its_error_and_ctrl_s_says_why(demo_db, window_factory, qtbot):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    from desktop.complexes.editor import ComplexEditor

    window = window_factory(demo_db)
    editor = ComplexEditor(demo_db, None, window)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.name.setText("Zuilenburg")
    fields = [w for w in editor.form._widgets if hasattr(w, "edit")]
    wrong = fields[fields.index(editor.name) + 1]
    wrong.setText("%%%")
    qtbot.keyClicks(editor.name.edit, "x")
    editor.name.setFocus()
    qtbot.keySequence(editor, QKeySequence.StandardKey.Save)
    assert editor.isVisible()  # nothing stored
    assert QApplication.focusWidget() is wrong.edit  # focus went to the field that is wrong
    message = wrong.error()
    assert message and wrong.edit.accessibleDescription() == message
    assert editor.refusal.isVisible() and message in editor.refusal.text()
    assert editor.refusal.text().startswith("Nog niet opgeslagen")
    wrong.setText("")  # optional field: emptied, the message and description go away
    assert wrong.edit.accessibleDescription() == "" and not editor.refusal.isVisible()
    editor.form.mark_clean()
    editor.hide()
