"""Two desks editing one record in the GUI: the stale save shows the conflict dialog, which can
load the other desk's version or (audited) save over it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db.engine import Database
from db.services import ListQuery, audit_trail, complexes, events, residents
from desktop.complexes.editor import ComplexEditor
from desktop.residents.editor import ResidentEditor
from desktop.widgets.conflict import ConflictDialog


@pytest.fixture(autouse=True)
def _no_blocking_message(monkeypatch):
    """A plain error box would wait for a click forever; here it fails the test instead."""

    def refuse(_parent, _title, text, *args):
        raise AssertionError(text)

    monkeypatch.setattr(QMessageBox, "warning", refuse)
    # Closing an editor left with typed changes at the end of a test: leave without saving.
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )


def other_desk(db) -> Database:
    return Database(db.url)


def answer_conflict(qtbot, button: str, seen: dict, shot: str | None = None) -> None:
    """When the modal conflict dialog shows, read it, optionally photograph it, click a button."""

    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(50, act)
            return
        model = dialog.model
        seen["title"] = dialog.windowTitle()
        seen["rows"] = [
            tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())
        ]
        # without the Alt+letter marks the accessibility layer adds when the dialog is shown
        seen["buttons"] = tuple(
            b.text().replace("&", "") for b in (dialog.theirs_button, dialog.mine_button)
        )
        if shot:
            dialog.grab().save(shot)
        getattr(dialog, f"{button}_button").click()

    QTimer.singleShot(50, act)


def test_stale_resident_save_load_theirs(app, qtbot, db):
    rid = residents.create(db, residents.ResidentData(given_name="Ans", family_name="Bos"))
    editor = ResidentEditor(db, rid)
    qtbot.addWidget(editor)
    editor.show()
    desk_a = other_desk(db)
    residents.update(desk_a, rid, replace(residents.get(desk_a, rid), phone="06 11112222"))

    editor.phone.setText("06 12345678")
    seen: dict = {}
    answer_conflict(qtbot, "theirs", seen, "/tmp/conflict_dialog.png")
    assert editor.save() is False
    assert seen["title"] == "Gewijzigd op een andere werkplek"
    assert seen["buttons"] == ("Hun versie laden", "Mijn wijzigingen er alsnog overheen")
    phone = next(r for r in seen["rows"] if r[0] == "telefoon")
    assert "1111" in phone[1].replace(" ", "") and "1234" in phone[2].replace(" ", "")
    # Their version is in the editor now, and nothing of ours was saved.
    assert "1111" in editor.phone.text().replace(" ", "")
    assert "1111" in residents.get(db, rid).phone
    desk_a.dispose()


def test_stale_resident_save_over_theirs_is_audited(app, qtbot, db):
    rid = residents.create(db, residents.ResidentData(given_name="Ans", family_name="Bos"))
    editor = ResidentEditor(db, rid)
    qtbot.addWidget(editor)
    desk_a = other_desk(db)
    residents.update(desk_a, rid, replace(residents.get(desk_a, rid), phone="06 11112222"))

    editor.given.setText("Anna")
    seen: dict = {}
    answer_conflict(qtbot, "mine", seen)
    assert editor.save() is True
    saved = residents.get(db, rid)
    assert saved.given_name == "Anna"
    override = audit_trail.list_entries(db, ListQuery(filters={"action": "override"})).rows
    assert [(r.object_type, r.object_id) for r in override] == [("Resident", rid)]
    assert "voornaam" in override[0].changes
    desk_a.dispose()


def test_complex_editor_uses_the_same_path(app, qtbot, db):
    cid = complexes.create(db, complexes.ComplexData(name="Vulcanusdreef"))
    editor = ComplexEditor(db, cid)
    qtbot.addWidget(editor)
    desk_a = other_desk(db)
    complexes.update(desk_a, cid, replace(complexes.get(desk_a, cid), owner="Mitros"))
    editor.owner.setText("Portaal")
    seen: dict = {}
    answer_conflict(qtbot, "theirs", seen)
    assert editor.save() is False
    assert editor.owner.text() == "Mitros"
    assert [r[0] for r in seen["rows"]] and all(r[1] != r[2] for r in seen["rows"])
    desk_a.dispose()


def test_event_editor_saves_twice_without_conflicting_with_itself(app, qtbot, db):
    from datetime import timedelta

    from db import clock
    from desktop.events.editor import EventEditor

    start = clock.now().replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days=7)
    eid = events.create(
        db, events.EventData(title="Koffie", starts_at=start, ends_at=start + timedelta(hours=1))
    )
    editor = EventEditor(db, eid)
    qtbot.addWidget(editor)
    editor.title.setText("Koffieochtend")
    assert editor.save_and_stay()
    editor.title.setText("Koffieochtend Vulcanusdreef")
    assert editor.save_and_stay()
    assert events.get(db, eid).title == "Koffieochtend Vulcanusdreef"
