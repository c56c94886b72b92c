"""The Bewoners tab as staff use it: search, filters, sorting, the editor with validation,
moving out, unsaved changes, deleting, and sensitive columns hidden until asked for."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db.services import ListQuery, complexes, residents
from desktop.residents.editor import MoveOutDialog, ResidentEditor


def fill(db):
    cid = complexes.create(db, complexes.ComplexData(name="Vulcanusdreef", home_count=188))
    other = complexes.create(db, complexes.ComplexData(name="Bangkokdreef"))
    complexes.add_home_range(db, cid, "Vulcanusdreef", 1, 10, "3533 AB")
    complexes.add_home_range(db, other, "Bangkokdreef", 1, 4, "3564 AB")
    homes = complexes.list_homes(db, cid) + complexes.list_homes(db, other)
    people = [
        ("Şükrü", "", "Yıldız", "06 12345678", ["tr", "nl"], ["weekly_call"]),
        ("Zoë", "de", "Vries", "030 123 4567", ["nl"], []),
        ("Łukasz", "", "Wiśniewski", "", ["pl"], ["paperwork"]),
        ("Anna", "", "Bakker", "06 87654321", ["nl"], []),
    ]
    ids = [
        residents.create(
            db,
            residents.ResidentData(
                given_name=g,
                name_prefix=p,
                family_name=f,
                phone=ph,
                languages=langs,
                support_flags=flags,
                home_id=homes[i if i < 3 else 11].id,
                move_in=date(2020, 1, 1),
                notes="vertrouwelijk",
            ),
        )
        for i, (g, p, f, ph, langs, flags) in enumerate(people)
    ]
    return cid, other, ids


@pytest.fixture
def tab(db, window_factory):
    cid, other, ids = fill(db)
    window = window_factory(db)
    window.tabs.setCurrentWidget(window.residents)
    window.residents.ids = ids
    window.residents.complex_ids = (cid, other)
    return window.residents


def names(tab):
    return [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]


def column(tab, key):
    return [c.key for c in tab.model.columns()].index(key)


FAILURES: list[BaseException] = []


def in_dialog(action):
    """Run action(dialog) on the modal dialog as soon as it is shown; a failing check closes
    the dialog (so the test cannot hang) and is raised again by check_dialogs()."""

    def handle():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handle)
            return
        try:
            action(dialog)
        except BaseException as exc:
            FAILURES.append(exc)
            for form in (dialog, *dialog.findChildren(type(dialog))):
                if hasattr(form, "form"):
                    form.form.mark_clean()
            dialog.done(0)

    QTimer.singleShot(0, handle)


@pytest.fixture(autouse=True)
def check_dialogs():
    FAILURES.clear()
    yield
    if FAILURES:
        raise FAILURES[0]


def test_search_filters_and_count(tab, qtbot):
    qtbot.keyClicks(tab.search, "sukru")
    qtbot.waitUntil(lambda: tab.model.total == 1, timeout=2000)
    assert names(tab) == ["Şükrü Yıldız"] and tab.count_label.text() == "1 bewoner"
    tab.search.setText("3533 ab")
    tab.search.flush()
    assert tab.model.total == 3
    tab.search.setText("0612")
    tab.search.flush()
    assert names(tab) == ["Şükrü Yıldız"]
    tab.search.clear()
    tab.search.flush()
    tab.complex_filter.setCurrentIndex(tab.complex_filter.findData(tab.complex_ids[1]))
    assert names(tab) == ["Anna Bakker"]
    tab.complex_filter.setCurrentIndex(0)
    tab.language_filter.setCurrentIndex(tab.language_filter.findData("pl"))
    assert names(tab) == ["Łukasz Wiśniewski"]
    tab.language_filter.setCurrentIndex(0)
    assert not tab.flag_filter.isEnabled()  # sensitive: only after the deliberate toggle
    tab.sensitive_toggle.setChecked(True)
    tab.flag_filter.setCurrentIndex(tab.flag_filter.findData("paperwork"))
    assert names(tab) == ["Łukasz Wiśniewski"]
    tab.sensitive_toggle.setChecked(False)
    assert tab.flag_filter.currentIndex() == 0 and tab.model.total == 4


def test_sorting_every_column(tab):
    for number, col in enumerate(tab.model.columns()):
        tab.view.sortByColumn(number, Qt.SortOrder.AscendingOrder)
        first = [tab.model.index(r, 0).data() for r in range(4)]
        tab.view.sortByColumn(number, Qt.SortOrder.DescendingOrder)
        last = [tab.model.index(r, 0).data() for r in range(4)]
        assert sorted(first) == sorted(last), col.key
    tab.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert names(tab)[:3] == ["Anna Bakker", "Zoë de Vries", "Łukasz Wiśniewski"]


def test_sensitive_columns_hidden_until_toggled(tab):
    flags = column(tab, "support_flags")
    assert tab.show_sensitive is False and tab.view.isColumnHidden(flags)
    assert not any(
        "vertrouwelijk" in str(tab.model.index(0, c).data()) for c in range(tab.model.columnCount())
    )  # notes are never in the table
    tab.sensitive_toggle.setChecked(True)
    assert tab.show_sensitive is True and not tab.view.isColumnHidden(flags)
    tab.search.setText("sukru")
    tab.search.flush()
    assert tab.model.index(0, flags).data() == "Wil wekelijks gebeld worden"
    assert not tab.view.isColumnHidden(flags)  # stays visible after the model reset


def test_new_resident_invalid_then_valid(tab, qtbot, db):
    seen = {}

    def edit(dialog: ResidentEditor):
        assert not dialog.save_button.isEnabled()  # nothing typed yet
        assert not dialog.consent_banner.isVisible()  # an empty form warns about nobody
        assert dialog.birth_year.edit.placeholderText() == "bijv. 1950"  # a hint, not data
        qtbot.keyClicks(dialog.family.edit, "Jansen")
        assert dialog.consent_banner.isVisible()  # now someone without consent: clearly marked
        dialog.phone.setText("12345")
        dialog.phone.edit.editingFinished.emit()
        seen["error"] = dialog.phone.error_label.text()
        seen["error_visible"] = dialog.phone.error_label.isVisible()
        seen["save_while_invalid"] = dialog.save_button.isEnabled()
        dialog.phone.setText("06 11223344")
        seen["error_after_fix"] = dialog.phone.error_label.isVisible()
        dialog.household.setText("0")
        seen["household"] = dialog.household.error()
        dialog.household.setText("2")
        dialog.complex_combo.setCurrentIndex(dialog.complex_combo.findData(tab.complex_ids[0]))
        dialog.home_combo.setCurrentIndex(5)
        dialog.consent_contact.setChecked(True)
        seen["banner_after_consent"] = dialog.consent_banner.isVisible()
        seen["save_when_valid"] = dialog.save_button.isEnabled()
        dialog.save_button.click()

    in_dialog(edit)
    tab.new_resident()
    assert "Telefoonnummer '12345' is niet geldig" in seen["error"] and seen["error_visible"]
    assert seen["save_while_invalid"] is False and seen["error_after_fix"] is False
    assert "Huishouden '0'" in seen["household"]
    assert seen["banner_after_consent"] is False and seen["save_when_valid"] is True
    page = residents.list_residents(db, ListQuery(text="jansen"))
    assert page.total == 1 and page.rows[0].phone == "06 11223344" and page.rows[0].consent
    stored = residents.get(db, page.rows[0].id)
    assert (stored.phone, stored.household_size) == ("+31611223344", 2)
    assert "Jansen" in names(tab)


def test_enter_opens_editor_and_cancel_asks_about_changes(tab, qtbot, db, monkeypatch):
    tab.view.setFocus()
    tab.view.selectRow(0)
    asked = []

    def answer(*_args, **_kw):
        asked.append(True)
        return (
            QMessageBox.StandardButton.Discard
            if len(asked) > 1
            else QMessageBox.StandardButton.Cancel
        )

    monkeypatch.setattr(QMessageBox, "question", answer)
    state = {}

    def edit(dialog: ResidentEditor):
        state["name"] = dialog.family.text()
        dialog.family.setText("Anders")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # asks; Cancel keeps the dialog open
        state["still_open"] = dialog.isVisible()
        dialog.reject()  # asks again; Discard closes

    in_dialog(edit)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert state["still_open"] and len(asked) == 2
    assert residents.get(db, tab.model.row_id(0)).family_name == state["name"] != "Anders"


def test_move_out_keeps_the_record_and_frees_the_home(tab, qtbot, db, monkeypatch):
    rid = tab.ids[1]
    home = residents.get(db, rid).home_id

    def edit(dialog: ResidentEditor):
        def pick(move: MoveOutDialog):
            move.day.setText("15-03-2019")  # before moving in: refused next to the field
            move.problem.setVisible(bool(move.problem.text()))
            assert not move.save_button.isEnabled()
            move.day.set_date(date(2025, 6, 30))
            move.save_button.click()

        in_dialog(pick)
        dialog.move_out_button.click()

    in_dialog(edit)
    tab.open_resident(rid)
    stored = residents.get(db, rid)
    assert stored.move_out == date(2025, 6, 30) and stored.home_id == home
    assert "Zoë de Vries" not in names(tab)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("moved"))
    assert names(tab) == ["Zoë de Vries"]
    assert all(
        not h.occupied_by for h in residents.home_choices(db, tab.complex_ids[0]) if h.id == home
    )


def test_delete_asks_first(tab, qtbot, db, monkeypatch):
    tab.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    tab.view.setFocus()
    tab.view.selectRow(0)
    assert tab.model.index(0, 0).data() == "Anna Bakker"
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: next(answers))
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert tab.model.total == 4
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert tab.model.total == 3 and "Anna Bakker" not in names(tab)
    assert (
        residents.list_residents(db, ListQuery(text="bakker", filters={"status": "all"})).total == 0
    )


def test_keyboard_new_and_find(tab, qtbot):
    window = tab.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.view.setFocus()
    opened = []
    in_dialog(lambda dialog: (opened.append(type(dialog).__name__), dialog.reject()))
    qtbot.keyClick(tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["ResidentEditor"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is tab.search


def test_languages_are_written_out(demo_db, window_factory):
    window = window_factory(demo_db)
    tab = window.residents
    column = [c.key for c in tab.model.columns()].index("languages")
    cells = {tab.model.index(r, column).data() for r in range(tab.model.rowCount())}
    words = {w for cell in cells for w in cell.split(", ") if w}
    assert "Arabisch" in words or "Nederlands" in words
    assert not {"ar", "nl", "rif", "tr"} & words
    choices = [tab.language_filter.itemText(i) for i in range(1, tab.language_filter.count())]
    assert choices == sorted(choices) and "Riffijns" in choices
