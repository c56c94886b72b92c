"""Events services: series, shifts with gaps and double bookings, waiting list, attendance, .ics."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from db import clock
from db.models import EventStatus, RegistrationStatus
from db.services import ServiceError, complexes, events, residents, volunteers
from db.services.events import ics, series, shifts
from db.services.events import registrations as regs

START = datetime.combine(clock.today() + timedelta(days=10), time(10, 0))


@pytest.fixture
def place(db):
    cid = complexes.create(
        db,
        complexes.ComplexData(
            name="Vulcanusdreef", home_count=188, common_room="Buurtkamer Vulcanusdreef"
        ),
    )
    complexes.add_home_range(db, cid, "Vulcanusdreef", 1, 12, "3533 ab")
    return cid, complexes.list_homes(db, cid)


@pytest.fixture
def people(db, place):
    _cid, homes = place
    names = [
        "Şükrü Yıldız",
        "Zoë de Vries",
        "Łukasz Wiśniewski",
        "محمد العلي",
        "Anna Bakker",
        "Piet Jansen",
    ]
    ids = []
    for home, name in zip(homes, names, strict=False):
        given_name, family = name.split(" ", 1)
        ids.append(
            residents.create(
                db,
                residents.ResidentData(given_name=given_name, family_name=family, home_id=home.id),
            )
        )
    return ids


def new_event(db, cid=None, capacity=None, start=START, **kw) -> int:
    return events.create(
        db,
        events.EventData(
            title="Koffieochtend",
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            complex_id=cid,
            capacity=capacity,
            **kw,
        ),
    )


def test_editor_rules(db):
    with pytest.raises(ServiceError, match="na het begin"):
        events.create(db, events.EventData(title="X", starts_at=START, ends_at=START))
    with pytest.raises(ServiceError, match="verleden"):
        new_event(db, start=clock.now() - timedelta(hours=1))
    with pytest.raises(ServiceError, match="tweede taal"):
        new_event(db, flyer_language="xx")
    eid = new_event(db)
    past = events.get(db, eid)
    past.starts_at, past.ends_at = datetime(2020, 1, 1, 10), datetime(2020, 1, 1, 12)
    events.update(
        db, eid, past
    )  # an existing activity may be moved to the past (recording history)
    assert events.get(db, eid).starts_at.year == 2020


def test_calendar_range_and_filters(db, place):
    cid, _homes = place
    a = new_event(db, cid)
    b = new_event(db, start=START + timedelta(days=40))
    rows = events.events_between(db, START.date(), START.date() + timedelta(days=1))
    assert [r.id for r in rows] == [a]
    assert rows[0].place == "Buurtkamer Vulcanusdreef"
    events.set_status(db, b, EventStatus.CANCELLED)
    from db.services import ListQuery

    assert [
        r.id for r in events.list_events(db, ListQuery(filters={"status": "cancelled"})).rows
    ] == [b]
    assert [r.id for r in events.list_events(db, ListQuery(filters={"complex_id": cid})).rows] == [
        a
    ]


def test_weekly_series_with_skips_and_count(db):
    first = START.date()
    skipped = [first + timedelta(weeks=2)]
    ids = series.create_series(
        db,
        events.EventData(
            title="Koffieochtend", starts_at=START, ends_at=START + timedelta(hours=2)
        ),
        series.SeriesData("weekly", 1, count=5, skipped=skipped),
    )
    assert len(ids) == 5
    starts = [events.get(db, i).starts_at for i in ids]
    assert first + timedelta(weeks=2) not in [s.date() for s in starts]
    assert starts[-1].date() == first + timedelta(weeks=5)
    assert all(s.time() == time(10, 0) for s in starts)
    # each occurrence stays its own: cancel one, change another
    events.set_status(db, ids[1], EventStatus.CANCELLED)
    changed = events.get(db, ids[2])
    changed.title = "Koffieochtend met taart"
    events.update(db, ids[2], changed)
    assert [events.get(db, i).title for i in ids].count("Koffieochtend") == 4
    assert events.get(db, ids[0]).status != EventStatus.CANCELLED
    info = series.get_series(db, events.get(db, ids[0]).series_id)
    assert info.event_ids == ids and info.skipped == skipped
    assert info.describe() == "elke week, 5 activiteiten"


def test_monthly_series_until_and_refusals(db):
    first = date(2031, 1, 31)
    dates = series.occurrence_dates(first, series.SeriesData("monthly", 1, until=date(2031, 6, 30)))
    assert dates == [
        date(2031, 1, 31),
        date(2031, 3, 31),
        date(2031, 5, 31),
    ]  # no 31 feb / apr / jun
    with pytest.raises(ServiceError, match="einddatum of een aantal"):
        series.occurrence_dates(first, series.SeriesData("weekly", 1))
    with pytest.raises(ServiceError, match="meer dan 200"):
        series.occurrence_dates(first, series.SeriesData("weekly", 1, until=date(2040, 1, 1)))
    with pytest.raises(ServiceError, match="verleden"):
        past = datetime(2020, 3, 1, 10)
        series.create_series(
            db,
            events.EventData(title="X", starts_at=past, ends_at=past + timedelta(hours=1)),
            series.SeriesData("weekly", 1, count=3),
        )


@settings(max_examples=60, deadline=None)
@given(
    first=st.dates(date(2030, 1, 1), date(2035, 12, 31)),
    interval=st.integers(1, 4),
    count=st.integers(1, 30),
    weekly=st.booleans(),
    skip=st.integers(0, 5),
)
def test_series_dates_properties(first, interval, count, weekly, skip):
    plain = series.occurrence_dates(
        first, series.SeriesData("weekly" if weekly else "monthly", interval, count=count)
    )
    skipped = plain[:skip]
    dates = series.occurrence_dates(
        first,
        series.SeriesData(
            "weekly" if weekly else "monthly", interval, count=count, skipped=skipped
        ),
    )
    assert len(dates) == count and not set(dates) & set(skipped)
    assert dates == sorted(set(dates))
    assert all(
        d.day == first.day if not weekly else (d - first).days % (7 * interval) == 0 for d in dates
    )


def _volunteer(db, resident_id=None, name="Fatma") -> int:
    return volunteers.create(
        db,
        volunteers.VolunteerData(
            resident_id=resident_id,
            given_name=name,
            family_name="Helper" if resident_id is None else "",
        ),
    )


def test_shifts_gaps_and_double_booking(db):
    a, b = new_event(db), new_event(db, start=START + timedelta(hours=1))
    vid = _volunteer(db)
    kitchen = shifts.shifts.create(
        db,
        shifts.ShiftData(
            event_id=a, role="Keuken", starts_at=START, ends_at=START + timedelta(hours=2), needed=3
        ),
    )
    welcome = shifts.shifts.create(
        db,
        shifts.ShiftData(
            event_id=b,
            role="Ontvangst",
            starts_at=START + timedelta(hours=1),
            ends_at=START + timedelta(hours=3),
        ),
    )
    assert shifts.assign(db, kitchen, vid) == []
    assert shifts.list_shifts(db, a)[0].missing == 2  # "nog 2 nodig"
    assert [c.role for c in shifts.clashes(db, welcome, vid)] == ["Keuken"]
    clash = shifts.assign(db, welcome, vid)
    assert (
        len(clash) == 1 and "Keuken" in clash[0].message() and "Fatma Helper" in clash[0].message()
    )
    assert len(shifts.event_clashes(db, a)) == 1
    with pytest.raises(ServiceError, match="al op deze dienst"):
        shifts.assign(db, kitchen, vid)
    shifts.unassign(db, welcome, vid)
    assert shifts.event_clashes(db, a) == []
    with pytest.raises(ServiceError, match="later einde"):
        shifts.shifts.create(
            db, shifts.ShiftData(event_id=a, role="X", starts_at=START, ends_at=START)
        )


def test_waiting_list_moves_up(db, people):
    eid = new_event(db, capacity=2)
    statuses = [
        regs.register(db, eid, rid, at=START - timedelta(days=9, minutes=-i))
        for i, rid in enumerate(people[:4])
    ]
    assert statuses == ["registered", "registered", "waiting", "waiting"]
    rows = regs.list_registrations(db, eid)
    assert [r.position for r in rows] == [None, None, 1, 2]
    with pytest.raises(ServiceError, match="al aangemeld"):
        regs.register(db, eid, people[0])
    first = next(r for r in rows if r.resident_id == people[0])
    assert regs.cancel(db, first.id) == [people[2]]  # first on the waiting list moves up
    assert regs.places(db, eid).taken == 2 and regs.places(db, eid).waiting == 1
    data = events.get(db, eid)
    data.capacity = 5
    events.update(db, eid, data)  # raising the capacity empties the waiting list
    assert regs.places(db, eid).waiting == 0 and regs.places(db, eid).free == 2
    assert (
        regs.register(db, eid, people[0]) == RegistrationStatus.REGISTERED
    )  # back after a cancellation


def test_helping_volunteers_take_no_place(db, people):
    eid = new_event(db, capacity=1)
    regs.register(db, eid, people[0], at=START - timedelta(days=3))
    assert regs.register(db, eid, people[1]) == RegistrationStatus.WAITING
    helper = _volunteer(db, resident_id=people[0])
    shift = shifts.shifts.create(
        db,
        shifts.ShiftData(
            event_id=eid, role="Opbouwen", starts_at=START - timedelta(hours=1), ends_at=START
        ),
    )
    shifts.assign(db, shift, helper)  # people[0] now helps, so people[1] moves up
    rows = regs.list_registrations(db, eid)
    assert {r.resident_id: r.status for r in rows} == {
        people[0]: "registered",
        people[1]: "registered",
    }
    assert [r.helper for r in rows if r.resident_id == people[0]] == [True]
    assert regs.places(db, eid).helpers == 1 and regs.places(db, eid).taken == 1


def test_attendance(db, people):
    eid = new_event(db)
    for rid in people[:3]:
        regs.register(db, eid, rid)
    rows = regs.list_registrations(db, eid)
    regs.record_attendance(db, eid, {rows[0].id: True, rows[1].id: True, rows[2].id: False}, 7)
    assert events.get(db, eid).attendance == 7
    assert sorted(r.attended for r in regs.list_registrations(db, eid)) == [False, True, True]
    with pytest.raises(ServiceError, match="kleiner"):
        regs.record_attendance(db, eid, {}, 1)
    events.set_status(db, eid, EventStatus.HELD)
    with pytest.raises(ServiceError, match="al geweest"):
        regs.register(db, eid, people[4])


def test_ics_roundtrip(db, place):
    cid, _homes = place
    a = new_event(db, cid, description="Gratis koffie en thee")
    b = new_event(db, start=START + timedelta(days=7), location="Bangkokdreef 10")
    events.set_status(db, b, EventStatus.CANCELLED)
    assert ics.upcoming_ids(db) == [a, b]
    cal = Calendar.from_ical(ics.ics_bytes(db, [a, b]))
    items = cal.walk("VEVENT")
    assert [str(e["summary"]) for e in items] == ["Koffieochtend", "Koffieochtend"]
    assert str(items[0]["location"]) == "Buurtkamer Vulcanusdreef"
    assert items[0].decoded("dtstart").replace(tzinfo=None) == START
    assert str(items[0]["dtstart"].params["TZID"]) == "Europe/Amsterdam"
    assert str(items[1]["status"]) == "CANCELLED"
    assert cal.walk("VTIMEZONE")
    with pytest.raises(ServiceError):
        ics.ics_bytes(db, [])


def test_flyer_info_organisers(db, place):
    cid, _homes = place
    vid = _volunteer(db)
    eid = new_event(
        db,
        cid,
        organiser_volunteer_id=vid,
        organiser_staff="Buurtkantoor Overvecht",
        costs=Decimal("10"),
    )
    info = events.flyer_info(db, eid)
    assert info.organisers == "Fatma Helper en Buurtkantoor Overvecht"
    assert info.place == "Buurtkamer Vulcanusdreef" and info.complex_name == "Vulcanusdreef"
