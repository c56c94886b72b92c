"""Programme figures per month and per period, from known data: Nieuwe Buren households at each
month's end (a volunteer who stopped no longer counts), activities held with participants and
walk-ins, hours, support, signals per partner kind and the funding sums."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from db import clock
from db.models import EventStatus, PartnerKind, Stage
from db.services import complexes, contacts, events, partners, progress, residents
from db.services import volunteer_support as vsup
from db.services import volunteers as v
from db.services.events import registrations as regs

NOW = datetime(2026, 11, 25, 10, 0)
FIRST, LAST = date(2026, 6, 1), date(2026, 11, 25)
RESIDENT_NAMES = ["Şükrü Yıldız", "Zoë de Vries", "Łukasz Wiśniewski", "Anna Bakker", "Piet Jansen"]


@dataclass
class Programme:
    vulcanus: int
    bangkok: int
    resident_ids: list[int]


def _volunteer(db, cid, name, since, stage=Stage.ACTIVE) -> int:
    return v.create(
        db,
        v.VolunteerData(
            given_name=name,
            family_name="Oosterhout",
            complex_id=cid,
            stage=stage,
            stage_since=since,
        ),
    )


def _held(db, cid, day: date, total: int, came: list[int]) -> None:
    start = datetime.combine(day, datetime.min.time()).replace(hour=14)
    with clock.frozen(start - timedelta(days=7)):
        eid = events.create(
            db,
            events.EventData(
                title="Koffieochtend",
                starts_at=start,
                ends_at=start + timedelta(hours=2),
                complex_id=cid,
                status=EventStatus.PLANNED,
            ),
        )
        ids = {}
        for rid in came:
            regs.register(db, eid, rid)
        for reg in regs.list_registrations(db, eid):
            ids[reg.id] = True
    events.set_status(db, eid, EventStatus.HELD)
    regs.record_attendance(db, eid, ids, total)


def build(db) -> Programme:
    vulcanus = complexes.create(
        db, complexes.ComplexData(name="Vulcanusdreef", home_count=40, nb_target_pct=Decimal(25))
    )
    bangkok = complexes.create(db, complexes.ComplexData(name="Bangkokdreef", home_count=20))
    complexes.add_home_range(db, vulcanus, "Vulcanusdreef", 1, 8, "3533 AB")
    homes = complexes.list_homes(db, vulcanus)
    ids = []
    for home, name in zip(homes, RESIDENT_NAMES, strict=False):
        given, family = name.split(" ", 1)
        ids.append(
            residents.create(
                db,
                residents.ResidentData(
                    given_name=given,
                    family_name=family,
                    home_id=home.id,
                    move_in=date(2015, 1, 1),
                    consent_volunteer_contact=True,
                    support_flags=["weekly_call"],
                ),
            )
        )
    helpers = [_volunteer(db, vulcanus, f"V{i}", date(2026, 3, 10)) for i in range(6)]
    _volunteer(db, vulcanus, "Nieuw", date(2026, 9, 5), Stage.HOUSED)
    with clock.frozen(date(2026, 6, 15)):
        leaver = _volunteer(db, vulcanus, "Weg", date(2026, 1, 10))
        data = v.get(db, leaver)
        data.stage = Stage.STOPPED
        v.update(db, leaver, data)
    for i in range(2):
        _volunteer(db, bangkok, f"B{i}", date(2026, 5, 1))
    _volunteer(db, bangkok, "Kandidaat", date(2026, 10, 1), Stage.APPLIED)
    for rid, helper in zip(ids[:3], helpers, strict=False):
        vsup.support_links.create(
            db,
            vsup.SupportLinkData(volunteer_id=helper, resident_id=rid, started_on=date(2026, 7, 1)),
        )
    _held(db, vulcanus, date(2026, 10, 8), 12, ids[:3])  # 3 registered came, 9 walked in
    _held(db, vulcanus, date(2026, 10, 20), 6, [])
    _held(db, bangkok, date(2026, 11, 3), 3, [])
    for day, hours in (
        (date(2026, 10, 8), "3.5"),
        (date(2026, 11, 2), "2"),
        (date(2025, 5, 1), "9"),
    ):
        vsup.hours.create(db, vsup.HoursData(volunteer_id=helpers[0], worked_on=day, hours=hours))
    partner = partners.partners.create(
        db, partners.PartnerData(name="Sociaal wijkteam", kind=PartnerKind.SOCIAL_TEAM)
    )
    for day in (date(2026, 7, 1), date(2026, 8, 1), date(2026, 1, 1)):
        contacts.signals.create(
            db,
            contacts.SignalData(resident_id=ids[0], partner_id=partner, passed_on=day, subject="x"),
        )
    contacts.moments.create(
        db, contacts.ContactMomentData(resident_id=ids[1], occurred_on=date(2026, 9, 9))
    )
    return Programme(vulcanus, bangkok, ids)


@pytest.fixture
def programme(db) -> Programme:
    with clock.frozen(NOW):
        yield build(db)


def test_monthly_figures(db, programme):
    with clock.frozen(NOW):
        figures = progress.monthly(db, FIRST, LAST)
    assert [m.month for m in figures.months] == [6, 7, 8, 9, 10, 11]
    # June: 6 + 2 (the leaver stopped on 15 June); from September 7 + 2 = 9 of 60 homes.
    assert figures.nb_share == [13.3, 13.3, 13.3, 15.0, 15.0, 15.0]
    assert figures.target == 25.0  # only Vulcanusdreef has a target
    assert figures.activities == [0, 0, 0, 0, 2, 1]
    assert figures.participants == [0, 0, 0, 0, 18, 3]
    assert figures.hours == [0, 0, 0, 0, Decimal("3.5"), Decimal("2")]
    assert (figures.asked_support, figures.have_volunteer) == (5, 3)
    one = progress.monthly(db, FIRST, LAST, programme.bangkok)
    assert one.nb_share == [10.0] * 6 and one.target is None and one.participants[-1] == 3


def test_period_totals_add_up_over_the_complexes(db, programme):
    p = progress.period(db, FIRST, LAST)
    assert [line.name for line in p.per_complex] == ["Bangkokdreef", "Vulcanusdreef"]
    bangkok, vulcanus = p.per_complex
    assert (vulcanus.nb_households, vulcanus.supported, vulcanus.participants) == (7, 3, 18)
    assert (bangkok.nb_households, bangkok.activities, bangkok.participants) == (2, 1, 3)
    assert (p.total.nb_households, p.total.activities, p.total.participants) == (9, 3, 21)
    assert p.total.hours == Decimal("5.5") and p.walk_ins == 9 + 6 + 3
    assert p.signals == {PartnerKind.SOCIAL_TEAM: 2} and p.contacts == 1
    assert p.new_volunteers == {Stage.HOUSED: 1, Stage.STOPPED: 1, Stage.APPLIED: 1}


@pytest.mark.parametrize(("count", "text"), [(0, "0"), (1, "< 5"), (4, "< 5"), (5, "5")])
def test_small_counts_are_hidden(count, text):
    assert progress.shown(count) == text
