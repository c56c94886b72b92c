"""Nothing outlives its window: every editor and dialog a worker opens from the tabs and the
menus is deleted once closed, so a program left open for a week does not grow with each record.
"""

from __future__ import annotations

import weakref

import pytest
import shiboken6

from tests.desktop.widgets.closing import (
    Closer,
    flush_deletes,
    live_dialogs,
    open_and_close,
    openers,
    still_alive,
)


@pytest.fixture
def window(demo_db, window_factory):
    window = window_factory(demo_db)
    flush_deletes()
    return window


def test_every_editor_and_dialog_is_deleted_once_closed(window):
    reachable = openers(window)
    assert len(reachable) >= 25  # the five tabs' editors and the menus' dialogs
    before = live_dialogs()
    for name, open_it in reachable:
        with Closer() as closer:
            open_and_close(open_it, closer)
        assert closer.closed, f"{name} opened no dialog"
        assert not still_alive(closer), f"{name}: still alive after closing"
        assert live_dialogs() == before, f"{name} left a dialog behind"


def test_a_dialog_opened_inside_an_editor_goes_too(window):
    """The contact-moment dialog inside the resident editor goes when closed, the editor (with
    its panels and models) when it is closed in turn."""
    from desktop.residents.editor import ResidentEditor
    from desktop.widgets.modal import run_modal

    editor = ResidentEditor(window.db, window.residents.model.row_id(0), window.residents)
    before = live_dialogs()
    with Closer() as closer:
        open_and_close(editor.contacts.add_moment, closer)
    assert [name for name, _ref in closer.closed] == ["ContactMomentDialog"]
    assert closer.closed[0][1]() is None
    assert live_dialogs() == before
    assert editor.isVisible() is False and shiboken6.isValid(editor)  # the editor is not touched

    gone = weakref.ref(editor)
    held = [editor]  # only the opening call holds it, as in the tabs
    del editor
    with Closer() as closer:
        open_and_close(lambda: run_modal(held.pop()), closer)
    flush_deletes()
    assert gone() is None
