"""Open every editor and dialog a worker can reach, close it at once, and see what is left.

Shared by the leak test and the soak benchmark: `openers(window)` lists what the five tabs and
the menus open; `open_and_close(fn)` runs one of them while a timer closes each modal window that
appears (as a worker pressing Esc would), and remembers weak references to the dialogs it closed.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

# Menu entries that do not open a window of ours (or would end the run / open another program).
_NOT_A_DIALOG = ("Demogegevens", "Logbestand", "Afsluiten")
_NO_ELLIPSIS_BUT_DIALOG = ("&Over Buurtkantoor", "&Database controleren")


def openers(window) -> list[tuple[str, Callable[[], None]]]:
    """(name, open it) for every editor and dialog reachable from the tabs and the menus."""
    w = window
    first = {tab: tab.model.row_id(0) for tab in w.all_tabs()}

    def print_first_event() -> None:
        w.events.view.selectRow(0)
        w.events.print_current()

    found = [
        ("complex editor", lambda: w.complexes.open_complex(first[w.complexes])),
        ("new complex", w.complexes.new_complex),
        ("resident editor", lambda: w.residents.open_resident(first[w.residents])),
        ("new resident", w.residents.new_resident),
        ("follow-ups", w.residents.show_followups),
        ("volunteer editor", lambda: w.volunteers.open_volunteer(first[w.volunteers])),
        ("new volunteer", w.volunteers.new_volunteer),
        ("matching", w.volunteers.open_matching),
        ("application editor", lambda: w.funding.open_application(first[w.funding])),
        ("new application", lambda: w.funding.open_application(None)),
        ("activity editor", lambda: w.events.open_event(first[w.events])),
        ("new activity", w.events.new_event),
        ("activity print preview", print_first_event),
    ]
    for menu in w.menus.values():
        for action in menu.actions():
            text = action.text()
            if not text or any(skip in text for skip in _NOT_A_DIALOG):
                continue
            if "…" in text or text in _NO_ELLIPSIS_BUT_DIALOG:
                found.append((f"menu {text.replace('&', '')}", action.trigger))
    return found


class Closer:
    """Closes each modal window as soon as it shows, remembering the dialogs it closed."""

    def __init__(self):
        self.closed: list[tuple[str, weakref.ref]] = []  # weak: holding them would keep them
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._close_modal)

    def _close_modal(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or isinstance(dialog, QProgressDialog):
            return  # a progress dialog closes itself when its work is done
        if dialog.isVisible():
            self.closed.append((type(dialog).__name__, weakref.ref(dialog)))
            dialog.done(0)  # like Esc, without the unsaved-changes question of a fresh form

    def __enter__(self) -> Closer:
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.stop()


def open_and_close(fn: Callable[[], None], closer: Closer) -> None:
    """Run `fn` (it opens a dialog) and wait until any background work it started is done."""
    fn()
    pool = QThreadPool.globalInstance()
    for _ in range(2000):  # at most ~10 s for a database check or export on a slow machine
        if pool.activeThreadCount() == 0 and QApplication.activeModalWidget() is None:
            break
        QApplication.processEvents()
        pool.waitForDone(5)
    flush_deletes()


def flush_deletes() -> None:
    """Let the event loop run its pending deletions, then drop Python's side of them."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        gc.collect()


def still_alive(closer: Closer) -> list[str]:
    """Names of closed dialogs whose Python object (and so its Qt object) is still there."""
    return [name for name, ref in closer.closed if ref() is not None]


def live_dialogs() -> int:
    """Dialogs Qt still has, hidden or not (the leak the weak references cannot see)."""
    return sum(
        1
        for widget in QApplication.allWidgets()
        if isinstance(widget, QDialog) and shiboken6.isValid(widget)
    )
