"""The one way to open a dialog, editor, preview or wizard: shown, then deleted once closed.

A QDialog made with a parent lives as long as that parent — for a tab, as long as the program.
An editor opened 300 times a day would otherwise leave 300 hidden dialogs, with their forms,
models and rendered pages, in memory. `run_modal` schedules the deletion right after exec():
the caller can still read the dialog's answer (`dialog.data`, `picker.chosen()`) in the same
function, because Qt deletes it only when control returns to the event loop.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

D = TypeVar("D", bound=QDialog)


def run_modal(dialog: QDialog) -> int:
    """exec() the dialog and delete it afterwards; returns exec()'s result code."""
    try:
        return dialog.exec()
    finally:
        # Not close(): that would send a second close event to an editor that already asked
        # about unsaved changes. exec() has hidden it; deletion is all that is left.
        dialog.deleteLater()


def dispose(widget: QWidget) -> None:
    """Close and delete a window that is not needed any more (a progress dialog, say)."""
    widget.close()
    widget.deleteLater()


def show_modeless(dialog: D) -> D:
    """Show a non-blocking window that deletes itself when the user closes it."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog
