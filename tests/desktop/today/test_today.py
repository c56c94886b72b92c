"""The Vandaag tab: each section fills from known data, opens its record, empties when resolved,
and "gezien" hides an item for the rest of the day (the one clock decides which day)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from db import clock
from db.models import SignalStatus, Stage
from db.services import complexes, contacts, events, funding, partners, residents
from db.services import volunteer_support as vsup
from db.services import volunteers as v
from db.services.events import registrations as regs
from db.services.events import shifts as event_shifts

NOW = datetime(2026, 11, 25, 9, 0)
TODAY = NOW.date()


@pytest.fixture(autouse=True)
def _on_today():
    with clock.frozen(NOW):
        yield


@dataclass
class Known:
    complex_id: int
    waiting: int  # asked for a weekly call, nobody yet
    called: int  # contact moment with a follow-up due yesterday
    moment_id: int
    signalled: int
    signal_id: int
    volunteer_id: int  # supports someone without a VOG
    application_id: int
    event_id: int
    shift_id: int
    helper_ids: tuple[int, int]


def resident(db, home, given, family, **kw) -> int:
    return residents.create(
        db,
        residents.ResidentData(
            given_name=given, family_name=family, home_id=home.id, move_in=date(2015, 1, 1), **kw
        ),
    )


def fill(db) -> Known:
    cid = complexes.create(
        db, complexes.ComplexData(name="Vulcanusdreef", home_count=40, nb_target_pct=Decimal(25))
    )
    complexes.add_home_range(db, cid, "Vulcanusdreef", 1, 12, "3533 AB")
    homes = complexes.list_homes(db, cid)
    waiting = resident(
        db,
        homes[0],
        "Şükrü",
        "Yıldız",
        consent_volunteer_contact=True,
        support_flags=["weekly_call"],
    )
    called = resident(db, homes[1], "Zoë", "de Vries")
    moment_id = contacts.moments.create(
        db,
        contacts.ContactMomentData(
            resident_id=called,
            occurred_on=TODAY - timedelta(days=8),
            by_whom="Ilse Kramer",
            note="Terugbellen over de huurtoeslag",
            follow_up_on=TODAY - timedelta(days=1),
        ),
    )
    signalled = resident(db, homes[2], "Łukasz", "Wiśniewski")
    partner = partners.partners.create(db, partners.PartnerData(name="Buurtteam Overvecht"))
    signal_id = contacts.signals.create(
        db,
        contacts.SignalData(
            resident_id=signalled,
            partner_id=partner,
            passed_on=TODAY - timedelta(days=3),
            subject="Schulden",
        ),
    )
    supported = resident(db, homes[3], "Anna", "Bakker", consent_volunteer_contact=True)
    volunteer_home = resident(db, homes[4], "Fatma", "Yılmaz")
    volunteer_id = v.create(
        db, v.VolunteerData(resident_id=volunteer_home, complex_id=cid, stage=Stage.ACTIVE)
    )
    vsup.support_links.create(
        db,
        vsup.SupportLinkData(volunteer_id=volunteer_id, resident_id=supported, started_on=TODAY),
    )
    fund = funding.list_funds(db)[0]
    start = TODAY + timedelta(weeks=fund.min_lead_weeks, days=5)  # submit within 5 days
    application_id = funding.save(
        db,
        funding.ApplicationData(
            fund_id=fund.id, title="Burendag Vulcanusdreef", activity_start=start
        ),
        [],
        [],
    )
    starts = NOW + timedelta(days=3, hours=1)
    event_id = events.create(
        db,
        events.EventData(
            title="Koffieochtend", starts_at=starts, ends_at=starts + timedelta(hours=2), capacity=2
        ),
    )
    shift_id = event_shifts.shifts.create(
        db,
        event_shifts.ShiftData(
            event_id=event_id,
            role="Keuken",
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            needed=2,
        ),
    )
    for home, name in zip(homes[5:8], ("Piet", "Kees", "Mina"), strict=True):
        regs.register(db, event_id, resident(db, home, name, "Jansen"))
    helpers = tuple(
        v.create(db, v.VolunteerData(given_name=name, family_name="Helper", complex_id=cid))
        for name in ("Eva", "Noor")
    )
    return Known(
        cid,
        waiting,
        called,
        moment_id,
        signalled,
        signal_id,
        volunteer_id,
        application_id,
        event_id,
        shift_id,
        helpers,
    )


@pytest.fixture
def known(db) -> Known:
    return fill(db)


@pytest.fixture
def tab(db, known, window_factory):
    window = window_factory(db)
    assert window.tabs.currentWidget() is window.today  # where the window opens
    window.today.open_requested.disconnect(window.open_record)  # no modal editors in these tests
    return window.today


def rows(tab, section) -> list[tuple[str, ...]]:
    model = tab.sections[section].model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_each_section_fills_from_known_data(tab, known):
    assert rows(tab, "deadlines") == [
        (
            (TODAY + timedelta(days=5)).strftime("%d-%m-%Y"),
            "Burendag Vulcanusdreef",
            "Indienen vóór, over 5 dagen",
        )
    ]
    assert rows(tab, "vog") == [("Fatma Yılmaz", "Ontbreekt, terwijl ze bewoners ondersteunt")]
    assert rows(tab, "followups") == [
        (
            (TODAY - timedelta(days=3)).strftime("%d-%m-%Y"),
            "Łukasz Wiśniewski",
            "Open signaal aan Buurtteam Overvecht",
        ),
        (
            (TODAY - timedelta(days=1)).strftime("%d-%m-%Y"),
            "Zoë de Vries",
            "Contactmoment (Ilse Kramer)",
        ),
    ]  # oldest first: most urgent
    ((_when, title, needs),) = rows(tab, "activities")
    assert (title, needs) == ("Koffieochtend", "nog 2 vrijwilligers nodig; wachtlijst 1")
    assert rows(tab, "support") == [("Vulcanusdreef", "1 bewoner")]
    assert rows(tab, "targets") == [("Vulcanusdreef", "1 / 40 = 2 % (doel 25 %)")]
    headings = {name: box.heading.text() for name, box in tab.sections.items()}
    assert headings == {
        "deadlines": "Termijnen (1)",
        "vog": "VOG (1)",
        "followups": "Opvolgen (2)",
        "activities": "Activiteiten (1)",
        "support": "Bewoners zonder steun (1)",
        "targets": "Complexen onder doel (1)",
    }
    assert "Wiśniewski" not in "".join("".join(r) for r in rows(tab, "deadlines"))
    assert "Schulden" not in str(rows(tab, "followups"))  # the sensitive subject stays in the file


@pytest.mark.parametrize(
    ("section", "row", "kind", "attr"),
    [
        ("deadlines", 0, "application", "application_id"),
        ("vog", 0, "volunteer", "volunteer_id"),
        ("followups", 0, "resident", "signalled"),
        ("followups", 1, "resident", "called"),
        ("activities", 0, "event", "event_id"),
        ("support", 0, "support", "complex_id"),
        ("targets", 0, "complex", "complex_id"),
    ],
)
def test_enter_opens_the_right_record(tab, known, qtbot, section, row, kind, attr):
    view = tab.sections[section].view
    view.setFocus()
    view.selectRow(row)
    with qtbot.waitSignal(tab.open_requested) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [kind, getattr(known, attr)]


def test_the_window_routes_each_record_to_its_editor(db, known, window_factory, monkeypatch):
    window = window_factory(db)
    opened = []
    for tab_name, method in (
        ("funding", "open_application"),
        ("volunteers", "open_volunteer"),
        ("residents", "open_resident"),
        ("events", "open_event"),
        ("complexes", "open_complex"),
    ):
        tab = getattr(window, tab_name)
        monkeypatch.setattr(tab, method, lambda i, m=method: opened.append((m, i)))
    monkeypatch.setattr(
        "desktop.volunteers.matching.MatchDialog.exec",
        lambda dialog: opened.append(("match", dialog.complex_filter.currentData())),
    )
    view = window.today.sections["followups"].view
    view.selectRow(1)
    view.doubleClicked.emit(view.currentIndex())
    for section in ("deadlines", "vog", "activities", "support", "targets"):
        box = window.today.sections[section]
        box.view.doubleClicked.emit(box.model.index(0, 0))
    assert opened == [
        ("open_resident", known.called),
        ("open_application", known.application_id),
        ("open_volunteer", known.volunteer_id),
        ("open_event", known.event_id),
        ("match", known.complex_id),
        ("open_complex", known.complex_id),
    ]


def test_sections_empty_when_resolved_and_the_tab_rests(db, tab, known):
    contacts.complete_followup(db, known.moment_id)
    contacts.set_signal_status(db, known.signal_id, SignalStatus.CLOSED, TODAY)
    tab.load()
    assert tab.sections["followups"].isHidden()
    assert not tab.sections["deadlines"].isHidden()
    data = v.get(db, known.volunteer_id)
    data.vog_date = TODAY - timedelta(days=10)
    v.update(db, known.volunteer_id, data)
    funding.submit(db, known.application_id, TODAY)  # the decision is 4 weeks away
    for helper in known.helper_ids:
        event_shifts.assign(db, known.shift_id, helper)
    event = events.get(db, known.event_id)
    event.capacity = 10  # the waiting resident moves up
    events.update(db, known.event_id, event)
    vsup.support_links.create(
        db,
        vsup.SupportLinkData(
            volunteer_id=known.volunteer_id, resident_id=known.waiting, started_on=TODAY
        ),
    )
    place = complexes.get(db, known.complex_id)
    place.nb_target_pct = Decimal(2)
    complexes.update(db, known.complex_id, place)
    tab.load()
    assert rows(tab, "activities")[0][2] == "7 plaatsen vrij"
    assert [n for n, box in tab.sections.items() if not box.isHidden()] == ["activities"]
    events.set_status(db, known.event_id, "cancelled")
    tab.load()
    assert all(box.isHidden() for box in tab.sections.values())
    assert tab.stack.currentWidget() is tab.empty_label
    assert tab.empty_label.text().startswith("Vandaag hoeft er niets")


def test_seen_hides_an_item_until_tomorrow(db, tab, known, qtbot):
    box = tab.sections["followups"]
    box.view.setFocus()
    box.view.selectRow(1)
    qtbot.mouseClick(box.seen_button, Qt.MouseButton.LeftButton)
    assert [r[1] for r in rows(tab, "followups")] == ["Łukasz Wiśniewski"]
    assert box.heading.text() == "Opvolgen (1)"
    assert tab.show_seen_button.isVisibleTo(tab)
    box.view.selectRow(0)
    qtbot.keyClick(box.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert box.isHidden()
    clock.advance(timedelta(days=1))  # a new day: the follow-ups are back, still undone
    tab.load()
    assert [r[1] for r in rows(tab, "followups")] == ["Łukasz Wiśniewski", "Zoë de Vries"]
    assert not tab.show_seen_button.isVisibleTo(tab)


def test_show_seen_again_brings_todays_marks_back(db, tab, qtbot):
    box = tab.sections["vog"]
    box.view.selectRow(0)
    box.mark_current_seen()
    assert box.isHidden()
    qtbot.mouseClick(tab.show_seen_button, Qt.MouseButton.LeftButton)
    assert not box.isHidden() and rows(tab, "vog")[0][0] == "Fatma Yılmaz"


def test_ctrl_0_returns_to_today(db, known, window_factory, qtbot):
    window = window_factory(db)
    window.tabs.setCurrentWidget(window.residents)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.today
    assert window.tabs.tabText(0) == "Vandaag"
