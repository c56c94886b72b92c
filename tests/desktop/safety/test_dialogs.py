"""The safety dialogs used like a person would: restore a backup, read the audit trail, work
through the retention list, save an inzage and erase someone, check the database."""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox
from sqlalchemy import func, select

from db.models import Resident
from db.safety import backup
from db.services import ListQuery, complexes, privacy, residents
from db.services.residents import ResidentData


def count_residents(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Resident))


def answer_yes(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a, **k: said.append(text))
    return said


def typed_name(monkeypatch, text: str) -> list:
    """The erase confirmation: type `text` like a worker, then press its erase button if it
    is enabled (else cancel). Returns the dialogs seen."""
    from desktop.safety.erase_confirm import EraseConfirmDialog

    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        dialog.typed.insert(text)  # as typed (QTest cannot type "ł" on every keyboard map)
        if dialog.erase_button.isEnabled():
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(EraseConfirmDialog, "exec", fake_exec)
    return seen


def test_restore_dialog_lists_backups_and_restores_the_chosen_one(
    db, window_factory, qtbot, monkeypatch
):
    from desktop.safety.backups import RestoreDialog

    residents.create(db, ResidentData(family_name="Eerste"))
    older = backup.make_backup(db.path, backup.DAILY, now=datetime(2026, 1, 5, 9, 0))
    residents.create(db, ResidentData(family_name="Tweede"))
    window = window_factory(db)
    dialog = RestoreDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 3).data() == "1"  # residents in the backup
    said = answer_yes(monkeypatch)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 2 and dialog.model.index(0, 3).data() == "2"
    dialog.view.selectRow(1)
    assert dialog.selected().path == older
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert count_residents(db) == 1  # the window's own database object sees the restored file
    assert any("as it was" in s or "zoals hij was" in s for s in said)
    reasons = [info.reason for info in backup.list_backups(db.path)]
    assert backup.BEFORE_RESTORE in reasons


def test_audit_viewer_filters_by_object_and_date_and_masks_notes(db, app, qtbot):
    from desktop.safety.audit import AuditDialog

    rid = residents.create(
        db, ResidentData(family_name="Yıldız", given_name="Şükrü", notes="geheim")
    )
    data = residents.get(db, rid)
    data.notes = "nog geheimer"
    data.phone = "0612345678"
    residents.update(db, rid, data)
    dialog = AuditDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 2
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("Resident"))
    dialog.id_edit.setText(str(rid))
    changes = [dialog.model.index(r, 5).data() for r in range(dialog.model.rowCount())]
    assert any("notities: *** → ***" in c for c in changes)
    assert dialog.model.query.descending  # newest first
    assert not any("geheim" in c for c in changes)
    assert "Şükrü" in " ".join(changes)
    # Who it is about, by name while they exist; numbers as the office writes them.
    assert {dialog.model.index(r, 4).data() for r in range(2)} == {"Şükrü Yıldız"}
    assert dialog.model.headerData(4, Qt.Orientation.Horizontal) == "Naam"
    assert any("telefoon: ∅ → 06 12345678" in c for c in changes)
    assert not any("+316" in c for c in changes)
    dialog.id_edit.setText(str(rid + 1))
    assert dialog.model.rowCount() == 0 and dialog.stack.currentWidget() is dialog.empty_label
    dialog.id_edit.clear()
    dialog.from_check.setChecked(True)
    dialog.from_date.setDate(dialog.from_date.date().addDays(1))
    assert dialog.model.rowCount() == 0


def test_retention_list_anonymises_everyone_in_the_background(demo_db, app, qtbot, monkeypatch):
    from desktop.safety.retention import RetentionDialog

    dialog = RetentionDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    listed = dialog.model.rowCount()
    assert listed > 0 and dialog.anonymise_button.isEnabled()
    dialog.years.setValue(10)
    assert dialog.model.rowCount() < listed and privacy.retention_years(demo_db) == 10
    dialog.years.setValue(2)
    assert dialog.model.rowCount() == listed
    answer_yes(monkeypatch)
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=20000)
    assert dialog.stack.currentWidget() is dialog.empty_label
    assert not dialog.anonymise_button.isEnabled()
    assert privacy.retention_candidates(demo_db) == []


def test_person_dialog_saves_inzage_and_anonymises(db, app, qtbot, monkeypatch, tmp_path):
    from desktop.safety.person import PersonDialog

    rid = residents.create(
        db, ResidentData(given_name="Łukasz", family_name="Wiśniewski", notes="Heeft een hond.")
    )
    anouk = residents.create(
        db,
        ResidentData(
            given_name="Anouk", family_name="Verhoef", notes="Buurvrouw van Łukasz Wiśniewski."
        ),
    )
    dialog = PersonDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.json_button.isEnabled()
    dialog.search.setText("Wiśniewski")
    dialog.search.flush()
    assert dialog.model.rowCount() == 1
    dialog.view.selectRow(0)
    target = tmp_path / "inzage.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.json_button, Qt.MouseButton.LeftButton)
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert (
        saved["gegevens"]["naam"] == "Łukasz Wiśniewski" and saved["notities"] == "Heeft een hond."
    )
    pdf = tmp_path / "inzage.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert pdf.read_bytes().startswith(b"%PDF")
    from desktop.safety import audit

    seen = []
    monkeypatch.setattr(audit.AuditDialog, "exec", lambda self: seen.append(self.model.total))
    qtbot.mouseClick(dialog.history_button, Qt.MouseButton.LeftButton)
    assert seen == [1]  # this resident's own history: created
    said = answer_yes(monkeypatch)
    typed_name(monkeypatch, "łukasz  wiśniewski")  # case and spacing do not matter
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    assert residents.get(db, rid).family_name == privacy.ANONYMOUS
    assert dialog.model.rowCount() == 0  # the search for the old name finds nobody now
    # Another resident's note is listed for the worker to review, and left as it was.
    assert f"• Bewoner {anouk} (notities)" in said[-1] and "controleer" in said[-1]
    assert residents.get(db, anouk).notes == "Buurvrouw van Łukasz Wiśniewski."


def test_menus_offer_the_safety_actions_in_dutch(db, window_factory):
    window = window_factory(db)
    file_texts = [a.text() for a in window.menus["file"].actions()]
    manage_texts = [a.text() for a in window.menus["manage"].actions()]
    assert "&Reservekopieën…" in file_texts and "&Database controleren" in file_texts
    assert {"&Logboek…", "&Bewaartermijnen…", "&Inzage en vergeten…"} <= set(manage_texts)


def test_check_database_from_the_menu(db, window_factory, qtbot, monkeypatch):
    window = window_factory(db)
    said = answer_yes(monkeypatch)
    [action] = [a for a in window.menus["file"].actions() if a.text() == "&Database controleren"]
    action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert "in orde" in said[0]


def test_erasing_names_the_person_and_wants_the_name_typed(db, app, qtbot, monkeypatch):
    from desktop.safety.person import PersonDialog

    cid = complexes.create(db, complexes.ComplexData(name="Hanoidreef", home_count=20))
    complexes.add_home_range(db, cid, "Hanoidreef", 1, 3, "3564 AB")
    homes = complexes.list_homes(db, cid)
    ids = [
        residents.create(
            db,
            ResidentData(
                given_name="Ayşe",
                family_name="Yıldız",
                birth_year=year,
                home_id=home.id,
                phone=phone,
            ),
        )
        for year, home, phone in zip(
            (1952, 1987), homes, ("0612345678", "0301234567"), strict=False
        )
    ]
    dialog = PersonDialog(db)
    qtbot.addWidget(dialog)
    dialog.search.setText("Yıldız")
    dialog.search.flush()
    assert dialog.model.rowCount() == 2
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Naam", "Geboren", "Adres", "Telefoon", "Complex"]
    years = {dialog.model.index(r, 1).data() for r in range(2)}
    assert years == {"1952", "1987"}
    row = next(r for r in range(2) if dialog.model.index(r, 1).data() == "1987")
    dialog.view.selectRow(row)
    seen = typed_name(monkeypatch, "Ayşe")  # not the whole name: nothing happens
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert len(residents.list_residents(db, ListQuery(text="Yıldız")).rows) == 2
    confirm_text = " ".join(label.text() for label in seen[0].findChildren(QLabel))
    assert "Typ de naam om te bevestigen: Ayşe Yıldız" in confirm_text
    assert "1987" in confirm_text and "Hanoidreef 2" in confirm_text and "030" in confirm_text
    answer_yes(monkeypatch)
    typed_name(monkeypatch, "Ayşe Yıldız")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    left = residents.list_residents(db, ListQuery(text="Yıldız")).rows
    assert [r.birth_year for r in left] == [1952]
    assert {r.id for r in left} < set(ids)
