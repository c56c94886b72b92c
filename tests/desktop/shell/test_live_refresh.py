"""A change committed at desk A shows in desk B's open list within 2 seconds, and desk B's
selected row stays selected (PostgreSQL LISTEN/NOTIFY)."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from db.services import Database, residents

pytestmark = pytest.mark.postgres


def test_change_at_desk_a_reaches_desk_b_open_tab(pg_db, window_factory, qtbot):
    ids = [
        residents.create(pg_db, residents.ResidentData(given_name=g, family_name=f))
        for g, f in (("Ans", "Bos"), ("Fatma", "Yilmaz"), ("Zoë", "de Vries"))
    ]
    window = window_factory(pg_db)  # desk B
    tab = window.residents
    window.tabs.setCurrentWidget(tab)
    chosen = tab.model.row_of(ids[1])
    tab.view.selectRow(chosen)
    qtbot.wait(600)  # announcements of the set-up above have been taken in

    desk_a = Database(pg_db.url)
    try:
        residents.update(
            desk_a, ids[0], replace(residents.get(desk_a, ids[0]), family_name="Bosch")
        )
        started = time.monotonic()

        def shows_new_name() -> bool:
            texts = [
                str(tab.model.index(r, c).data())
                for r in range(tab.model.rowCount())
                for c in range(tab.model.columnCount())
            ]
            return any("Bosch" in t for t in texts)

        qtbot.waitUntil(shows_new_name, timeout=2000)
        took = time.monotonic() - started
        assert took < 2.0
        current = tab.view.currentIndex()
        assert tab.model.row_id(current.row()) == ids[1]  # B's selection kept
        assert tab.view.selectionModel().isRowSelected(current.row())
        window.grab().save("/tmp/live_refresh.png")
    finally:
        desk_a.dispose()


def test_open_editor_shows_a_calm_banner_and_keeps_the_typing(pg_db, window_factory, qtbot):
    from desktop.residents.editor import ResidentEditor

    rid = residents.create(pg_db, residents.ResidentData(given_name="Ans", family_name="Bos"))
    window = window_factory(pg_db)  # desk B, with its live refresh
    editor = ResidentEditor(pg_db, rid, window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.given.edit, "je")  # unsaved input at desk B
    qtbot.wait(600)

    desk_a = Database(pg_db.url)
    try:
        residents.update(desk_a, rid, replace(residents.get(desk_a, rid), phone="06 11112222"))
        qtbot.waitUntil(editor.changed_banner.isVisible, timeout=2000)
        text = editor.changed_banner.label.text()
        assert text.startswith(f"Gewijzigd door {pg_db.engine.url.username} om ")
        assert "opnieuw laden" in text
        assert editor.given.text() == "Ansje"  # typing kept
        editor.grab().save("/tmp/changed_banner.png")
        editor.changed_banner.reload()  # "opnieuw laden": their version in the editor
        assert "1111" in editor.phone.text().replace(" ", "")
        assert not editor.changed_banner.isVisible()
        editor.form.mark_clean()
    finally:
        desk_a.dispose()
