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
