"""The Complexen tab: the Nieuwe Buren share, the editor with validation and homes, and a
refused delete that says why."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db.models import Stage
from db.services import complexes, residents, volunteers
from desktop.complexes.editor import ComplexEditor

FAILURES: list[BaseException] = []


def in_dialog(action):
    def handle():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handle)
            return
        try:
            action(dialog)
        except BaseException as exc:
            FAILURES.append(exc)
            dialog.form.mark_clean()
            dialog.done(0)

    QTimer.singleShot(0, handle)


@pytest.fixture(autouse=True)
def check_dialogs():
    FAILURES.clear()
    yield
    if FAILURES:
        raise FAILURES[0]


@pytest.fixture
def tab(db, window_factory):
    cid = complexes.create(
        db, complexes.ComplexData(name="Vulcanusdreef", home_count=188, nb_target_pct=Decimal("25"))
    )
    complexes.add_home_range(db, cid, "Vulcanusdreef", 1, 188, "3533 AB")
    homes = complexes.list_homes(db, cid)
    for n in range(38):
        rid = residents.create(
            db, residents.ResidentData(family_name=f"Buur {n}", home_id=homes[n].id)
        )
        volunteers.create(
            db, volunteers.VolunteerData(resident_id=rid, complex_id=cid, stage=Stage.ACTIVE)
        )
    window = window_factory(db)
    window.tabs.setCurrentWidget(window.complexes)  # the window opens on Vandaag
    window.complexes.complex_id = cid
    return window.complexes


def cell(tab, row, key):
    return tab.model.index(row, [c.key for c in tab.model.columns()].index(key)).data()


def test_share_of_nieuwe_buren_against_target(tab):
    assert cell(tab, 0, "nb_share") == "38 / 188 = 20 % (doel 25 %)"
    assert cell(tab, 0, "residents_now") == "38"
    tab.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # sortable like every column
    assert tab.model.total == 1


def test_new_complex_invalid_then_valid_with_homes(tab, qtbot, db):
    seen = {}

    def edit(dialog: ComplexEditor):
        assert not dialog.homes_page.isEnabled()  # homes after the first save
        qtbot.keyClicks(dialog.name.edit, "Bangkokdreef")
        dialog.postcodes.setText("1234 SS")
        dialog.postcodes.show_error()
        seen["postcode"] = dialog.postcodes.error_label.text()
        seen["save_invalid"] = dialog.save_button.isEnabled()
        dialog.postcodes.setText("3564 ab, 3564AC")
        dialog.caretaker_phone.setText("12345")
        seen["phone"] = dialog.caretaker_phone.error()
        dialog.caretaker_phone.setText("030 123 4567")
        dialog.target.setText("120")
        seen["target"] = dialog.target.error()
        dialog.target.setText("25")
        seen["save_valid"] = dialog.save_button.isEnabled()
        dialog.save_button.click()

    in_dialog(edit)
    tab.new_complex()
    assert "SA, SD en SS" in seen["postcode"] and seen["save_invalid"] is False
    assert "Telefoonnummer '12345'" in seen["phone"] and "percentage" in seen["target"]
    assert seen["save_valid"] is True
    stored = next(c for c in complexes.list_complexes(db).rows if c.name == "Bangkokdreef")
    data = complexes.get(db, stored.id)
    assert (data.postcodes, data.caretaker_phone, data.nb_target_pct) == (
        "3564 AB, 3564 AC",
        "+31301234567",
        Decimal("25.00"),
    )
    assert tab.model.total == 2

    def homes(dialog: ComplexEditor):
        dialog.range_street.setText("Bangkokdreef")
        dialog.range_numbers.setText("1-12")
        dialog.range_postcode.setText("1234 SS")
        dialog.add_range()
        assert dialog.homes_model.rowCount() == 0  # refused: the postcode is not valid
        dialog.range_postcode.setText("3564 AB")
        dialog.add_range()
        assert dialog.homes_model.rowCount() == 12
        assert dialog.home_count.text() == "12"
        dialog.homes_view.selectRow(0)
        dialog.letter.setText("a")
        dialog.addition.setText("2")
        dialog.change_home()
        assert dialog.homes_model.index(0, 0).data() == "Bangkokdreef 1A-2"
        dialog.reject()

    in_dialog(homes)
    tab.open_complex(stored.id)
    assert len(complexes.list_homes(db, stored.id)) == 12


def test_delete_with_homes_is_refused_with_the_reason(tab, qtbot, db, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    tab.view.setFocus()
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert warned and "188 woningen en 38 bewoners" in warned[0]
    assert tab.model.total == 1 and complexes.get(db, tab.complex_id).name == "Vulcanusdreef"
