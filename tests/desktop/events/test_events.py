"""Activiteiten GUI: editor rules, shifts with a double booking warned, registrations past capacity
with the waiting list moving up, attendance, series, list/month views, .ics export, preview."""

from __future__ import annotations

import io
import unicodedata
from datetime import date, datetime, time, timedelta

import pypdf
import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from db import clock, validation
from db.models import EventStatus, RegistrationStatus
from db.services import complexes, events, residents, volunteers
from db.services.events import registrations as regs
from db.services.events import shifts
from desktop.events.calendar import STATUS_MARKS

DAY = clock.today() + timedelta(days=14)


@pytest.fixture
def place(db):
    cid = complexes.create(
        db, complexes.ComplexData(name="Vulcanusdreef", common_room="Buurtkamer")
    )
    complexes.add_home_range(db, cid, "Vulcanusdreef", 1, 10, "3533 AB")
    homes = complexes.list_homes(db, cid)
    people = {}
    for home, (given, family) in zip(
        homes,
        [("Şükrü", "Yıldız"), ("Anna", "Bakker"), ("Piet", "Jansen"), ("Fatma", "Demir")],
        strict=False,
    ):
        people[family] = residents.create(
            db, residents.ResidentData(given_name=given, family_name=family, home_id=home.id)
        )
    helper = volunteers.create(
        db, volunteers.VolunteerData(resident_id=people["Demir"], complex_id=cid)
    )
    return cid, people, helper


def _editor(qtbot, db, event_id=None):
    from desktop.events.editor import EventEditor

    editor = EventEditor(db, event_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _fill_times(editor, day: date, start: str, end: str) -> None:
    editor.start_date.setText(validation.format_date(day))
    editor.start_time.setText(start)
    editor.end_date.setText(validation.format_date(day))
    editor.end_time.setText(end)


def test_editor_refuses_end_before_start_and_the_past(app, qtbot, db, place):
    editor = _editor(qtbot, db)
    assert not editor.save_button.isEnabled()
    qtbot.keyClicks(editor.title.edit, "Burendag")
    _fill_times(editor, DAY, "14:00", "13:00")
    assert not editor.save_button.isEnabled()
    assert editor.time_error.text() == "Het einde moet na het begin liggen."
    _fill_times(editor, clock.today() - timedelta(days=1), "14:00", "17:00")
    assert editor.time_error.text() == "Een nieuwe activiteit kan niet in het verleden beginnen."
    assert not editor.save_button.isEnabled()
    _fill_times(editor, DAY, "14:00", "17:00")
    assert editor.time_error.isHidden() and editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.result() == QDialog.DialogCode.Accepted
    stored = events.get(db, editor.saved_id)
    assert stored.title == "Burendag" and stored.starts_at == datetime.combine(DAY, time(14))


def test_shifts_registrations_waiting_list_and_attendance(app, qtbot, db, place, monkeypatch):
    cid, _people, helper = place
    # The helper already works elsewhere at the same time: assigning her must warn.
    other = events.create(
        db,
        events.EventData(
            title="Kledingruil",
            starts_at=datetime.combine(DAY, time(13)),
            ends_at=datetime.combine(DAY, time(16)),
        ),
    )
    other_shift = shifts.shifts.create(
        db,
        shifts.ShiftData(
            event_id=other,
            role="Ontvangst",
            starts_at=datetime.combine(DAY, time(13)),
            ends_at=datetime.combine(DAY, time(15)),
        ),
    )
    shifts.assign(db, other_shift, helper)

    editor = _editor(qtbot, db)
    qtbot.keyClicks(editor.title.edit, "Burendag")
    _fill_times(editor, DAY, "14:00", "17:00")
    editor.complex_combo.setCurrentIndex(editor.complex_combo.findData(cid))
    editor.capacity.setValue(2)
    editor.tabs.setCurrentWidget(editor.shifts)
    assert editor.shifts.save_first.isVisible()
    qtbot.mouseClick(editor.shifts.save_first, Qt.MouseButton.LeftButton)  # saves, stays open
    event_id = editor.event_id
    assert event_id is not None and not editor.shifts.save_first.isVisible()

    from desktop.events.shifts import ShiftDialog

    def fake_shift_exec(dialog):
        dialog.role.setCurrentText("Keuken")
        dialog.starts.setText("13:30")
        dialog.ends.setText("15:00")
        dialog.needed.setValue(2)
        dialog._save_and_close()
        return dialog.result()

    monkeypatch.setattr(ShiftDialog, "exec", fake_shift_exec)
    qtbot.mouseClick(editor.shifts.add_button, Qt.MouseButton.LeftButton)
    assert editor.shifts.model.index(0, 4).data() == "nog 2 nodig"
    editor.shifts.view.selectRow(0)
    asked = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Fatma Demir", True))
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    qtbot.mouseClick(editor.shifts.assign_button, Qt.MouseButton.LeftButton)
    assert (
        asked and "Fatma Demir staat al ingeroosterd voor 'Ontvangst' bij 'Kledingruil'" in asked[0]
    )
    assert editor.shifts.model.index(0, 3).data() == "Fatma Demir"
    assert editor.shifts.model.index(0, 4).data() == "nog 1 nodig"
    assert (
        editor.shifts.warning.isVisible() and "Dubbel ingeroosterd" in editor.shifts.warning.text()
    )

    # Registrations: capacity 2, so the third resident waits; the helper takes no place.
    page = editor.registrations
    editor.tabs.setCurrentWidget(page)
    informed = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, title, text, *a: informed.append(text)
    )
    for family in ("Yıldız", "Bakker", "Jansen", "Demir"):
        page.search.setText(family)
        page.search.flush()
        assert page.results.count() == 1
        qtbot.mouseClick(page.sign_up, Qt.MouseButton.LeftButton)
    statuses = {row.name: page.model.index(i, 2).data() for i, row in enumerate(page.model.rows())}
    assert statuses == {
        "Şükrü Yıldız": "Aangemeld",
        "Anna Bakker": "Aangemeld",
        "Fatma Demir": "Helpt mee (neemt geen plaats)",
        "Piet Jansen": "Wachtlijst 1",
    }
    assert "Piet Jansen staat op de wachtlijst" in informed[0]
    # One count, adding up to the four rows the list shows.
    assert page.model.rowCount() == 4
    assert page.places.text() == (
        "4 namen in de lijst: 2 van 2 plaatsen bezet · 1 wachtend · 1 helpen mee"
    )
    bakker = next(i for i, r in enumerate(page.model.rows()) if r.name == "Anna Bakker")
    page.view.selectRow(bakker)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert informed[-1] == "Van de wachtlijst heeft Piet Jansen nu een plaats."
    stored = {
        r.name: r.status for r in regs.list_registrations(db, event_id, include_cancelled=True)
    }
    assert stored["Piet Jansen"] == RegistrationStatus.REGISTERED
    assert stored["Anna Bakker"] == RegistrationStatus.CANCELLED

    # Afterwards: tick who came and the head count with walk-ins.
    for i, row in enumerate(page.model.rows()):
        if row.name in ("Şükrü Yıldız", "Piet Jansen"):
            page.model.setData(
                page.model.index(i, 3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
            )
    page.total.setValue(6)
    qtbot.mouseClick(page.save_attendance, Qt.MouseButton.LeftButton)
    assert events.get(db, event_id).attendance == 6
    came = {r.name for r in regs.list_registrations(db, event_id) if r.attended}
    assert came == {"Şükrü Yıldız", "Piet Jansen"}
    editor.reject()  # nothing unsaved: closes without asking


def test_recurring_series_from_the_editor(app, qtbot, db, place):
    editor = _editor(qtbot, db)
    qtbot.keyClicks(editor.title.edit, "Koffieochtend")
    _fill_times(editor, DAY, "10:00", "12:00")
    editor.repeat.setChecked(True)
    editor.repeat.count.setValue(4)
    editor.repeat.skip_date.setText(validation.format_date(DAY + timedelta(weeks=1)))
    qtbot.mouseClick(editor.repeat.skip_button, Qt.MouseButton.LeftButton)
    assert "4 activiteiten" in editor.repeat.summary.text()
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert len(editor.saved_ids) == 4
    days = [events.get(db, i).starts_at.date() for i in editor.saved_ids]
    assert DAY + timedelta(weeks=1) not in days and days[-1] == DAY + timedelta(weeks=4)
    # one occurrence on its own: cancel the second
    second = _editor(qtbot, db, editor.saved_ids[1])
    assert "Onderdeel van een reeks (elke week, 4 activiteiten)" in second.series_label.text()
    assert second.repeat.isHidden()
    second.status.setCurrentIndex(second.status.findData("cancelled"))
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    assert [events.get(db, i).status for i in editor.saved_ids].count(EventStatus.CANCELLED) == 1


def test_tab_list_month_filters_and_ics(
    app, qtbot, db, place, window_factory, monkeypatch, tmp_path
):
    cid, _people, _helper = place
    start = datetime.combine(DAY, time(10))
    a = events.create(
        db,
        events.EventData(
            title="Koffieochtend",
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            complex_id=cid,
            status=EventStatus.ANNOUNCED,
        ),
    )
    events.create(
        db,
        events.EventData(
            title="Wandeling",
            starts_at=start + timedelta(days=1),
            ends_at=start + timedelta(days=1, hours=2),
        ),
    )
    window = window_factory(db)
    window.tabs.setCurrentWidget(window.events)
    tab = window.events
    assert tab.count_label.text() == "2 activiteiten"
    tab.complex_filter.setCurrentIndex(tab.complex_filter.findData(cid))
    assert tab.model.rowCount() == 1 and tab.model.index(0, 0).data() == "Koffieochtend"
    tab.complex_filter.setCurrentIndex(0)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("announced"))
    assert tab.model.rowCount() == 1
    tab.status_filter.setCurrentIndex(0)
    qtbot.mouseClick(tab.month_button, Qt.MouseButton.LeftButton)
    tab.calendar.set_month(DAY.year, DAY.month)
    assert tab.stack.currentWidget() is tab.calendar
    in_month = sum(1 for d in (DAY, DAY + timedelta(days=1)) if d.month == DAY.month)
    word = "activiteit" if in_month == 1 else "activiteiten"
    assert tab.count_label.text() == f"{in_month} {word} deze maand"
    tab.calendar.set_month(DAY.year + 1, DAY.month)  # nothing planned a year on
    assert tab.count_label.text() == "0 activiteiten deze maand"
    tab.calendar.set_month(DAY.year, DAY.month)
    cell = next(c for c in tab.calendar.cells if c.day == DAY)
    from PySide6.QtWidgets import QPushButton

    app.processEvents()  # new buttons are shown by a queued call
    buttons = [b for b in cell.findChildren(QPushButton) if b.isVisibleTo(cell)]
    # the status as a mark beside its colour, explained in the legend under the calendar
    mark = STATUS_MARKS[EventStatus.ANNOUNCED]
    assert [b.text() for b in buttons] == [f"{mark} 10:00 Koffieochtend"]
    opened = []
    monkeypatch.setattr(type(tab), "open_event", lambda self, event_id: opened.append(event_id))
    tab.calendar.open_requested.disconnect()
    tab.calendar.open_requested.connect(tab.open_event)
    buttons[0].click()
    assert opened == [a]
    qtbot.mouseClick(tab.list_button, Qt.MouseButton.LeftButton)
    assert tab.stack.currentWidget() is tab.view

    target = tmp_path / "agenda.ics"
    monkeypatch.setattr(
        "desktop.events.tab.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    action = next(act for act in window.menus["file"].actions() if "agenda" in act.text())
    tab.view.clearSelection()
    tab.view.setCurrentIndex(tab.model.index(-1, -1))
    action.trigger()
    cal = Calendar.from_ical(target.read_bytes())
    assert sorted(str(e["summary"]) for e in cal.walk("VEVENT")) == ["Koffieochtend", "Wandeling"]
    first = next(e for e in cal.walk("VEVENT") if str(e["summary"]) == "Koffieochtend")
    assert (
        first.decoded("dtstart").replace(tzinfo=None) == start
        and str(first["location"]) == "Buurtkamer"
    )


def test_preview_save_and_print(app, qtbot, db, place, monkeypatch, tmp_path):
    cid, _people, _helper = place
    start = datetime.combine(DAY, time(10))
    eid = events.create(
        db,
        events.EventData(
            title="Burendag",
            starts_at=start,
            ends_at=start + timedelta(hours=3),
            complex_id=cid,
            flyer_language="ar",
            flyer_title="يوم الجيران",
        ),
    )
    from desktop.events.printing import open_event_pdf
    from desktop.widgets import pdf_preview

    dialog = open_event_pdf(None, db, eid)
    qtbot.addWidget(dialog)
    assert dialog.page_count == 1
    flyer_text = pypdf.PdfReader(io.BytesIO(dialog.data)).pages[0].extract_text()
    assert "Burendag" in flyer_text and "الجيران" in unicodedata.normalize("NFKC", flyer_text)
    dialog.combos["kind"].setCurrentIndex(dialog.combos["kind"].findData("sheet"))
    dialog.combos["size"].setCurrentIndex(dialog.combos["size"].findData("A6"))
    reader = pypdf.PdfReader(io.BytesIO(dialog.data))
    assert reader.pages[0].extract_text().count("Burendag") == 4
    saved = tmp_path / "vel"
    monkeypatch.setattr(
        pdf_preview.QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), "")
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "vel.pdf").read_bytes() == dialog.data

    printed = tmp_path / "printed.pdf"

    class FakePrintDialog:
        def __init__(self, printer, _parent):
            printer.setOutputFormat(printer.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))

        def exec(self):
            return QDialog.DialogCode.Accepted

        def deleteLater(self):  # a real print dialog is deleted once closed
            pass

    monkeypatch.setattr(pdf_preview, "QPrintDialog", FakePrintDialog)
    monkeypatch.setattr(
        pdf_preview.PrintOptionsDialog, "exec", lambda self: QDialog.DialogCode.Accepted
    )
    dialog.combos["kind"].setCurrentIndex(dialog.combos["kind"].findData("attendance"))
    with qtbot.waitSignal(dialog.printed, timeout=30000) as done:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert done.args == [True]
    assert len(pypdf.PdfReader(printed).pages) == 1


def test_labels_dialog_first_label(app, qtbot, db, place, monkeypatch):
    from desktop.events.address_labels import LabelsDialog
    from desktop.widgets.pdf_preview import PdfPreview

    shown = []
    monkeypatch.setattr(PdfPreview, "exec", lambda self: shown.append(self.data) or 0)
    dialog = LabelsDialog(db)
    qtbot.addWidget(dialog)
    dialog.group.button(5).click()
    assert dialog.hint.text() == "Etiket 1 tot en met 4 zijn al gebruikt en blijven leeg."
    dialog.preview_button.click()
    text = pypdf.PdfReader(io.BytesIO(shown[0])).pages[0].extract_text()
    assert "Vulcanusdreef 10" in text and "3533 AB  UTRECHT" in text


def test_double_click_a_day_plans_on_it_and_print_from_the_list(
    app, qtbot, db, place, window_factory, monkeypatch
):
    from desktop.events.editor import EventEditor
    from desktop.widgets.pdf_preview import PdfPreview

    start = datetime.combine(DAY, time(10))
    events.create(
        db, events.EventData(title="Bingo", starts_at=start, ends_at=start + timedelta(hours=2))
    )
    seen = []
    monkeypatch.setattr(EventEditor, "exec", lambda self: seen.append(self.start_date.text()) or 0)
    window = window_factory(db)
    tab = window.events
    window.tabs.setCurrentWidget(tab)
    tab.month_button.setChecked(True)
    tab.calendar.set_month(DAY.year, DAY.month)
    cell = next(c for c in tab.calendar.cells if c.day == DAY)
    qtbot.mouseDClick(cell, Qt.MouseButton.LeftButton)
    assert seen == [validation.format_date(DAY)]
    printed = []
    monkeypatch.setattr(PdfPreview, "exec", lambda self: printed.append(self.data) or 0)
    tab.list_button.setChecked(True)
    tab.view.selectRow(0)
    tab.print_button.click()
    assert printed and "Bingo" in pypdf.PdfReader(io.BytesIO(printed[0])).pages[0].extract_text()


def test_month_view_elides_titles_and_explains_its_colours(demo_db, window_factory, qtbot):
    from PySide6.QtWidgets import QLabel

    from desktop.events.calendar import _EventButton

    window = window_factory(demo_db)
    window.resize(1280, 720)
    tab = window.events
    window.tabs.setCurrentWidget(tab)
    tab.month_button.setChecked(True)
    assert tab.upcoming.isChecked()  # the list's filter; the month still shows its past days
    assert tab.calendar.in_month() > 0
    qtbot.wait(50)
    buttons = [b for b in tab.calendar.findChildren(_EventButton) if b.isVisible()]
    cut = [b for b in buttons if b.text() != b.full_text]
    assert cut and all(b.text().endswith("…") for b in cut)
    legend = [
        w.text() for w in tab.calendar.findChildren(QLabel) if w.objectName() == "calendarLegend"
    ]
    assert len(legend) == 5 and any("Geannuleerd" in t for t in legend)
