"""Vrijwilligers tab: the pipeline board, linking a volunteer to a resident, match suggestions,
hours with totals, and the VOG warning — clicked and typed like a person, then checked in the
data."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db import clock
from db.models import Event, EventStatus, Stage
from db.services import complexes, residents
from db.services import volunteer_matching as matching
from db.services import volunteer_support as vsup
from db.services import volunteers as v
from desktop import labels
from desktop.volunteers import resident_picker, stage_step
from desktop.volunteers.editor import VolunteerDialog
from desktop.volunteers.matching import MatchDialog


@pytest.fixture
def place(db):
    cid = complexes.create(db, complexes.ComplexData(name="Vulcanusdreef", home_count=188))
    complexes.add_home_range(db, cid, "Vulcanusdreef", 1, 12, "3533 AB", floor_size=4)
    return cid, complexes.list_homes(db, cid)


def add_resident(
    db, home, given, family, consent=True, flags=("weekly_call",), phone="", languages=("nl",)
):
    return residents.create(
        db,
        residents.ResidentData(
            given_name=given,
            family_name=family,
            home_id=home.id,
            phone=phone,
            move_in=date(2015, 1, 1),
            consent_volunteer_contact=consent,
            support_flags=list(flags),
            languages=list(languages),
        ),
    )


def column(tab, key):
    return [c.key for c in tab.model.columns()].index(key)


def cell(tab, row, key):
    return tab.model.index(row, column(tab, key)).data()


def fill_step(dialog):
    """What a staff member types in the step dialog for each stage, then Save."""
    target = dialog.target
    if target == Stage.LETTER_SCORED:
        dialog.score.setValue(8)
    elif target == Stage.INTERVIEW:
        dialog.interviewers.setText("Fatima en Joost")
        dialog.interview_score.setValue(7)
    elif target == Stage.HOUSED:
        dialog.home.setCurrentIndex(1)
    elif target == Stage.STOPPED:
        dialog.reason.setText("Verhuisd naar Amersfoort")
    dialog.save_button.click()
    return dialog.result()


def test_candidate_moves_through_every_stage_on_the_board(
    db, place, window_factory, qtbot, monkeypatch
):
    cid, _homes = place
    vid = v.create(
        db,
        v.VolunteerData(
            given_name="Şükrü",
            family_name="Yıldız",
            complex_id=cid,
            stage_since=clock.today() - timedelta(days=30),
        ),
    )
    seen = []
    monkeypatch.setattr(
        stage_step.StageStepDialog,
        "exec",
        lambda self: seen.append(self.target) or fill_step(self),
    )
    window = window_factory(db)
    tab = window.volunteers
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.board_button, Qt.MouseButton.LeftButton)
    assert tab.stack.currentWidget() is tab.board
    for expected in list(Stage)[1:-1]:
        assert tab.board.select(vid)
        assert labels.stage(expected) in tab.board.next_button.text()
        qtbot.mouseClick(tab.board.next_button, Qt.MouseButton.LeftButton)
        assert [c.id for c in tab.board.columns[expected].model.cards] == [vid]
    tab.board.select(vid)
    qtbot.mouseClick(tab.board.stop_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in tab.board.columns[Stage.STOPPED].model.cards] == [vid]
    # Welcome meeting and active need nothing else recorded: one click, no dialog.
    assert seen == [Stage.LETTER_SCORED, Stage.INTERVIEW, Stage.HOUSED, Stage.STOPPED]
    assert [s for s, _d, _n in v.stage_history(db, vid)] == list(Stage)
    stored = v.get(db, vid)
    assert (stored.motivation_score, stored.interviewers, stored.stopped_reason) == (
        8,
        "Fatima en Joost",
        "Verhuisd naar Amersfoort",
    )
    assert stored.resident_id is not None  # housed: now a resident, typed once
    assert residents.get(db, stored.resident_id).family_name == "Yıldız"


def test_link_volunteer_to_resident_and_the_person_shows_once(
    db, place, window_factory, qtbot, monkeypatch
):
    cid, homes = place
    rid = add_resident(db, homes[2], "Zoë", "de Vries", phone="0612345678")
    vid = v.create(db, v.VolunteerData(given_name="Zoe", family_name="Vries", phone="0687654321"))

    def pick(self):
        qtbot.keyClicks(self.search, "Vries")
        self.search.flush()
        self.view.selectRow(0)
        return 1

    monkeypatch.setattr(resident_picker.ResidentPicker, "exec", pick)
    window = window_factory(db)
    dialog = VolunteerDialog(db, vid, window)
    qtbot.addWidget(dialog)
    assert dialog.own_fields.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    assert not dialog.own_fields.isVisibleTo(dialog)
    assert "Zoë de Vries" in dialog.linked.text() and "06 12345678" in dialog.linked.text()
    stored = v.get(db, vid)
    assert (stored.resident_id, stored.family_name, stored.phone, stored.complex_id) == (
        rid,
        "",
        "",
        cid,
    )
    window.volunteers.reload_all()
    tab = window.volunteers
    assert tab.model.total == 1 and cell(tab, 0, "name") == "Zoë de Vries"
    assert cell(tab, 0, "complex_name") == "Vulcanusdreef"


def test_accept_a_suggested_match(db, place, app, qtbot):
    cid, homes = place
    waiting = add_resident(db, homes[5], "Fatma", "Demir", languages=("tr", "nl"))
    helper = add_resident(db, homes[6], "Emre", "Kaya", flags=(), languages=("tr",))
    vid = v.create(
        db,
        v.VolunteerData(
            resident_id=helper,
            complex_id=cid,
            stage=Stage.ACTIVE,
            languages=["tr"],
            availability="tue-pm",
        ),
    )
    dialog = MatchDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.waiting.rowCount() == 1 and dialog.resident().id == waiting
    assert dialog.suggestion().volunteer_id == vid
    why = dialog.reasons.text()
    assert "zelfde complex" in why and "tr" in why and "dinsdag" in why, why
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    (link,) = matching.supported_by(db, vid)
    assert (link.resident_id, link.agreed_day) == (waiting, 1)
    assert dialog.waiting.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)


def test_no_consent_is_refused_with_a_dutch_message(db, place, app, qtbot, monkeypatch):
    cid, homes = place
    refuser = add_resident(db, homes[1], "Piet", "Bakker", consent=False)
    vid = v.create(db, v.VolunteerData(family_name="Helper", complex_id=cid, stage=Stage.ACTIVE))
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: messages.append(text))
    dialog = VolunteerDialog(db, vid)
    qtbot.addWidget(dialog)
    assert not dialog.support_page.link(refuser)
    assert "geen toestemming" in messages[0]
    assert matching.supported_by(db, vid) == []


def test_log_hours_and_see_totals(db, place, app, qtbot):
    vid = v.create(db, v.VolunteerData(family_name="Uren", complex_id=place[0], stage=Stage.ACTIVE))
    burendag = datetime.combine(clock.today() - timedelta(days=3), time(14))
    with (
        db.transaction() as session
    ):  # held three days ago (the editor refuses new past activities)
        event = Event(
            title="Burendag",
            starts_at=burendag,
            ends_at=burendag + timedelta(hours=3),
            complex_id=place[0],
            status=EventStatus.HELD,
        )
        session.add(event)
        session.flush()
        event_id = event.id
    dialog = VolunteerDialog(db, vid)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.hours_page
    dialog.pages.setCurrentWidget(page)
    # Per activity: choosing it fills in its day and title.
    page.activity.setCurrentIndex(page.activity.findText("Burendag", Qt.MatchFlag.MatchContains))
    assert page.worked_on.date() == burendag.date() and page.description.text() == "Burendag"
    qtbot.keyClicks(page.amount.edit, "4")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert vsup.hours.list_for(db, vid)[0].event_id == event_id
    for day, amount, what in (
        ("03-02-2026", "2,5", "Burendag"),
        ("17-02-2026", "1", "Bellen"),
        ("05-03-2026", "3", "Tuin"),
    ):
        page.worked_on.setText(day)
        qtbot.keyClicks(page.amount.edit, amount)
        qtbot.keyClicks(page.description, what)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 4
    totals = [
        (page.totals.index(r, 0).data().strip(), page.totals.index(r, 1).data())
        for r in range(page.totals.rowCount())
    ]
    year = clock.today().year
    assert ("februari 2026", "3,50") in totals and ("maart 2026", "3,00") in totals
    assert (f"Jaar {year}", "10,50" if year == 2026 else "4,00") in totals
    assert sum(total for _y, total in vsup.hours_totals(db, vid).by_year) == Decimal("10.50")


def test_vog_warning_appears_and_clears(db, place, window_factory, qtbot):
    cid, homes = place
    rid = add_resident(db, homes[0], "Riet", "Jansen")
    vid = v.create(
        db, v.VolunteerData(family_name="Zonder-VOG", complex_id=cid, stage=Stage.ACTIVE)
    )
    vsup.support_links.create(db, vsup.SupportLinkData(volunteer_id=vid, resident_id=rid))
    window = window_factory(db)
    tab = window.volunteers
    window.tabs.setCurrentWidget(tab)
    assert cell(tab, 0, "vog") == "⚠ Ontbreekt"
    tab.vog_filter.setCurrentIndex(1)
    assert tab.model.total == 1
    dialog = VolunteerDialog(db, vid, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.vog_banner.isVisible() and "Geen VOG" in dialog.vog_banner.text()
    dialog.vog_date.setText((clock.today() - timedelta(days=3 * 365 + 10)).strftime("%d-%m-%Y"))
    assert dialog.vog_banner.isVisible() and "ouder dan 3 jaar" in dialog.vog_banner.text()
    dialog.vog_date.setText(clock.today().strftime("%d-%m-%Y"))
    assert not dialog.vog_banner.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert v.get(db, vid).vog_date == clock.today()
    tab.reload_all()
    assert tab.model.total == 0  # the "VOG expires / missing" filter no longer finds anyone
    tab.vog_filter.setCurrentIndex(0)
    assert cell(tab, 0, "vog") == clock.today().strftime("%d-%m-%Y")


def test_new_candidate_is_typed_once_and_save_waits_for_a_valid_form(
    db, place, window_factory, qtbot, monkeypatch
):
    window = window_factory(db)
    tab = window.volunteers
    window.tabs.setCurrentWidget(tab)
    opened = []
    monkeypatch.setattr(tab, "open_volunteer", opened.append)

    def fill(self):
        assert not self.save_button.isEnabled()  # nothing typed yet: no family name
        qtbot.keyClicks(self.given, "Lukasz")
        self.family.setText("Wiśniewski")
        qtbot.keyClicks(self.phone.edit, "06 1234")
        self.form.show_errors()
        assert not self.save_button.isEnabled() and "06" in self.phone.error_label.text()
        self.phone.setText("06 12345678")
        self.languages.setText("pl, nl")
        self.availability.boxes["wed-pm"].setChecked(True)
        self.save_button.click()
        return self.result()

    monkeypatch.setattr(VolunteerDialog, "exec", fill)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.model.total == 1 and cell(tab, 0, "name") == "Lukasz Wiśniewski"
    stored = v.get(db, opened[0])
    assert (stored.phone, stored.languages, stored.availability, stored.stage) == (
        "+31612345678",
        ["nl", "pl"],
        "wed-pm",
        Stage.APPLIED,
    )
    assert [s for s, _d, _n in v.stage_history(db, opened[0])] == [Stage.APPLIED]


def test_print_lists_for_the_chosen_complex_and_set_the_vog_period(
    db, place, window_factory, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from db.services import settings
    from desktop.volunteers import menu as volunteers_menu

    cid, homes = place
    rid = add_resident(db, homes[0], "Riet", "Jansen", phone="0612345678")
    vid = v.create(db, v.VolunteerData(family_name="Bakker", complex_id=cid, stage=Stage.ACTIVE))
    vsup.support_links.create(
        db, vsup.SupportLinkData(volunteer_id=vid, resident_id=rid, agreed_day=2)
    )
    window = window_factory(db)
    tab = window.volunteers
    assert not tab.pdf_button.isEnabled()  # which complex? choose one first
    tab.complex_filter.setCurrentIndex(tab.complex_filter.findData(cid))
    assert tab.pdf_button.isEnabled()
    target = tmp_path / "belrooster.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.calllist_action.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (5, True))
    volunteers_menu.ask_vog_years(window)
    assert settings.vog_valid_years(db) == 5


def test_board_fits_a_laptop_with_folded_columns_and_search(demo_db, window_factory, qtbot):
    from db.services import Stage, volunteer_pipeline

    window = window_factory(demo_db)
    window.resize(1280, 720)
    tab = window.volunteers
    window.tabs.setCurrentWidget(tab)
    tab.show_board(True)
    board = tab.board
    everyone = volunteer_pipeline.pipeline(demo_db)
    total = sum(len(cards) for cards in everyone.values())
    assert tab.count_label.text() == f"{total} kandidaten op het bord"
    assert window.statusBar().currentMessage() == tab.count_label.text()
    active = board.columns[Stage.ACTIVE]
    assert active.is_folded() and not active.view.isVisible()
    assert active.title.text() == f"Actief ({len(everyone[Stage.ACTIVE])})"
    assert active.width() <= 120
    applied = board.columns[Stage.APPLIED]
    assert not applied.is_folded() and applied.view.width() >= 150
    first = applied.model.index(0).data()
    assert "\n" in first and "dag" in first.split("\n")[1]  # two short lines: name, waiting time
    # The search above the board filters its cards, and the count follows.
    name = everyone[Stage.APPLIED][0].name
    qtbot.keyClicks(tab.search, name)
    qtbot.waitUntil(lambda: applied.model.rowCount() < len(everyone[Stage.APPLIED]))
    shown = sum(c.model.rowCount() for c in board.columns.values())
    assert tab.count_label.text().startswith(f"{shown} kandida")
    assert any(card.name == name for card in applied.model.cards)
    assert not tab.stage_filter.isVisible()  # table-only filters make no sense on the board
    # Unfolding is one click on the title, and it is remembered.
    qtbot.mouseClick(active.title, Qt.MouseButton.LeftButton)
    assert active.view.isVisible()
    tab.show_board(False)
    again = window_factory(demo_db).volunteers.board
    assert not again.columns[Stage.ACTIVE].is_folded()
