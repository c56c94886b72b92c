"""Every model round-trips through the service layer on a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from db import clock
from db.models import (
    ApplicationStatus,
    ContactKind,
    EventStatus,
    IncomeKind,
    PartnerKind,
    RegistrationStatus,
    SignalStatus,
    Stage,
    SupportKind,
)
from db.services import (
    ListQuery,
    ServiceError,
    complexes,
    contacts,
    events,
    funding,
    partners,
    residents,
    volunteer_support,
    volunteers,
)

SOON = clock.now().replace(microsecond=0) + timedelta(days=30)


@pytest.fixture
def place(db):
    cid = complexes.create(
        db, complexes.ComplexData(name="Vulcanusdreef", home_count=188, nb_target_pct=Decimal("25"))
    )
    complexes.add_home_range(db, cid, "Vulcanusdreef", 1, 20, "3533 ab", floor_size=4)
    return cid, complexes.list_homes(db, cid)


@pytest.fixture
def resident_id(db, place):
    _cid, homes = place
    return residents.create(
        db,
        residents.ResidentData(
            given_name="Zoë",
            name_prefix="de",
            family_name="Vries-van 't Hof",
            home_id=homes[0].id,
            phone="06 12345678",
            email="zoe@example.nl",
            birth_year=1950,
            household_size=1,
            move_in=date(2010, 5, 1),
            languages=["NL", "en"],
            support_flags=["weekly_call"],
            notes="vertrouwelijk",
            consent_volunteer_contact=True,
        ),
    )


def roundtrip(crud, db, data, change: dict):
    """create → get equals what was stored → update → get shows the change → delete → gone."""
    obj_id = crud.create(db, data)
    stored = crud.get(db, obj_id)
    assert stored.id == obj_id
    crud.update(db, obj_id, replace(stored, **change))
    updated = crud.get(db, obj_id)
    for key, value in change.items():
        assert getattr(updated, key) == value
    crud.delete(db, obj_id)
    with pytest.raises(ServiceError):
        crud.get(db, obj_id)
    return stored


def test_complex_and_home_roundtrip(db):
    stored = roundtrip(
        complexes.crud,
        db,
        complexes.ComplexData(name="Bangkokdreef", floors=10),
        {"owner": "Woonstichting Voorbeeld", "nb_target_pct": Decimal("25.00")},
    )
    assert stored.floors == 10
    cid = complexes.create(db, complexes.ComplexData(name="Hanoidreef"))
    home = roundtrip(
        complexes.homes,
        db,
        complexes.HomeData(
            complex_id=cid, street="Hanoidreef", house_number=3, house_letter="a", postcode="3562ab"
        ),
        {"addition": "2", "floor": 1},
    )
    assert (home.postcode, home.house_letter) == ("3562 AB", "A")


def test_resident_roundtrip_keeps_lists_and_normalises(db, resident_id):
    stored = residents.get(db, resident_id)
    assert stored.phone == "+31612345678"
    assert stored.languages == ["en", "nl"]
    assert stored.support_flags == ["weekly_call"]
    assert stored.name == "Zoë de Vries-van 't Hof"
    residents.update(
        db, resident_id, replace(stored, support_flags=[], languages=["tr"], household_size=2)
    )
    again = residents.get(db, resident_id)
    assert (again.support_flags, again.languages, again.household_size) == ([], ["tr"], 2)
    residents.delete(db, resident_id)
    assert residents.list_residents(db).total == 0


def test_resident_invalid_input_changes_nothing(db, resident_id):
    stored = residents.get(db, resident_id)
    with pytest.raises(ServiceError, match="Telefoonnummer"):
        residents.update(db, resident_id, replace(stored, phone="12345", family_name="Anders"))
    assert residents.get(db, resident_id) == stored


def test_move_out_keeps_history_and_frees_home(db, resident_id):
    residents.move_out(db, resident_id, date(2026, 1, 31))
    assert residents.list_residents(db).total == 0
    moved = residents.list_residents(db, ListQuery(filters={"status": "moved"})).rows
    assert [r.id for r in moved] == [resident_id]
    assert moved[0].move_out == date(2026, 1, 31)


@pytest.mark.parametrize(
    "text", ["Zoë", "vries", "Vulcanusdreef 1", "3533 ab", "3533AB", "0612", "12345678"]
)
def test_resident_search(db, resident_id, text):
    assert [r.id for r in residents.list_residents(db, ListQuery(text=text)).rows] == [resident_id]


def test_resident_search_no_match(db, resident_id):
    assert residents.list_residents(db, ListQuery(text="Yıldız")).total == 0


def test_contact_moment_and_signal_roundtrip(db, resident_id):
    roundtrip(
        contacts.moments,
        db,
        contacts.ContactMomentData(
            resident_id=resident_id,
            occurred_on=date(2026, 3, 2),
            kind=ContactKind.CALL,
            note="belde",
        ),
        {"follow_up_on": date(2026, 3, 9), "kind": ContactKind.VISIT},
    )
    pid = partners.partners.create(
        db, partners.PartnerData(name="Buurtteam Overvecht", kind=PartnerKind.SOCIAL_TEAM)
    )
    contact = roundtrip(
        partners.contacts,
        db,
        partners.ContactData(partner_id=pid, name="Fatima Amrani"),
        {"role": "buurtwerker", "phone": "+31301234567"},
    )
    assert contact.name == "Fatima Amrani"
    roundtrip(
        contacts.signals,
        db,
        contacts.SignalData(
            resident_id=resident_id,
            partner_id=pid,
            passed_on=date(2026, 3, 2),
            subject="post stapelt zich op",
        ),
        {"status": SignalStatus.PICKED_UP},
    )
    roundtrip(
        partners.partners, db, partners.PartnerData(name="Wijkbureau"), {"email": "wijk@example.nl"}
    )


def test_volunteer_roundtrip_with_stage_history(db, resident_id, place):
    cid, _homes = place
    vid = volunteers.create(
        db,
        volunteers.VolunteerData(
            resident_id=resident_id, complex_id=cid, roles=["ICT-hulp"], languages=["nl", "ar"]
        ),
    )
    stored = volunteers.get(db, vid)
    assert (stored.roles, stored.languages, stored.stage) == (
        ["ICT-hulp"],
        ["ar", "nl"],
        Stage.APPLIED,
    )
    volunteers.update(db, vid, replace(stored, stage=Stage.INTERVIEW, vog_date=date(2025, 1, 1)))
    assert [s for s, _d, _n in volunteers.stage_history(db, vid)] == [
        Stage.APPLIED,
        Stage.INTERVIEW,
    ]
    row = volunteers.list_volunteers(db).rows[0]
    assert row.name == "Zoë de Vries-van 't Hof"  # the linked resident's name, typed once
    roundtrip(
        volunteer_support.support_links,
        db,
        volunteer_support.SupportLinkData(
            volunteer_id=vid, resident_id=resident_id, kind=SupportKind.WEEKLY_CALL, agreed_day=2
        ),
        {"agreed_day": 3},
    )
    roundtrip(
        volunteer_support.hours,
        db,
        volunteer_support.HoursData(volunteer_id=vid, worked_on=date(2026, 2, 1), hours="2,5"),
        {"hours": Decimal("3.00")},
    )
    volunteers.delete(db, vid)
    assert volunteers.list_volunteers(db).total == 0


def test_event_with_shift_and_registration(db, resident_id, place):
    cid, _homes = place
    stored = roundtrip(
        events.crud,
        db,
        events.EventData(
            title="Burendag",
            starts_at=SOON,
            ends_at=SOON + timedelta(hours=3),
            complex_id=cid,
            capacity=40,
            costs="150,00",
        ),
        {"status": EventStatus.ANNOUNCED},
    )
    assert stored.costs == Decimal("150.00")
    eid = events.create(
        db,
        events.EventData(title="Koffieochtend", starts_at=SOON, ends_at=SOON + timedelta(hours=2)),
    )
    roundtrip(
        events.shifts.shifts,
        db,
        events.ShiftData(
            event_id=eid, role="Keuken", starts_at=SOON, ends_at=SOON + timedelta(hours=1), needed=2
        ),
        {"needed": 3},
    )
    roundtrip(
        events.registrations.registrations,
        db,
        events.RegistrationData(event_id=eid, resident_id=resident_id),
        {"status": RegistrationStatus.WAITING},
    )


def test_event_rules(db):
    with pytest.raises(ServiceError, match="na het begin"):
        events.create(
            db, events.EventData(title="X", starts_at=SOON, ends_at=SOON - timedelta(hours=1))
        )
    with pytest.raises(ServiceError, match="verleden"):
        past = clock.now() - timedelta(days=1)
        events.create(
            db, events.EventData(title="X", starts_at=past, ends_at=past + timedelta(hours=1))
        )
    assert events.list_events(db).total == 0


def test_fund_and_application_with_budget(db):
    utrecht = funding.list_funds(db)[0]
    assert (utrecht.name, utrecht.min_lead_weeks, utrecht.max_per_year) == (
        "Initiatievenfonds Utrecht",
        8,
        Decimal("20000.00"),
    )
    roundtrip(
        funding.funds,
        db,
        funding.FundData(name="Bewonersfonds Rotterdam", min_lead_weeks=6),
        {"max_per_request": Decimal("10000.00")},
    )
    app = roundtrip(
        funding.applications,
        db,
        funding.ApplicationData(
            fund_id=utrecht.id,
            title="Burendag 2026",
            iban="nl91 abna 0417 1643 00",
            account_holder="Bewonerscommissie",
        ),
        {"status": ApplicationStatus.SUBMITTED, "submitted_on": date(2026, 3, 1)},
    )
    assert app.iban == "NL91ABNA0417164300"
    aid = funding.create(
        db, funding.ApplicationData(fund_id=utrecht.id, title="Kerstdiner", kvk_number="1234 5678")
    )
    roundtrip(
        funding.cost_lines,
        db,
        funding.CostLineData(
            application_id=aid, description="Huur zaal", quantity="2", unit_price="75,50"
        ),
        {"category": "huur"},
    )
    funding.cost_lines.create(
        db,
        funding.CostLineData(
            application_id=aid, description="Eten", quantity="40", unit_price="12,50"
        ),
    )
    roundtrip(
        funding.income_lines,
        db,
        funding.IncomeLineData(application_id=aid, kind=IncomeKind.COFUNDING, amount="50"),
        {"amount": Decimal("60.00")},
    )
    funding.income_lines.create(
        db, funding.IncomeLineData(application_id=aid, kind=IncomeKind.OWN_MONEY, amount="100")
    )
    row = next(r for r in funding.list_applications(db).rows if r.id == aid)
    assert row.requested == Decimal("400.00")  # 40 × 12,50 − 100, derived, never typed


def test_complex_with_homes_cannot_be_deleted(db, place):
    cid, _homes = place
    with pytest.raises(ServiceError, match="20 woningen"):
        complexes.delete(db, cid)
    assert complexes.list_complexes(db).total == 1


def test_duplicate_address_gets_dutch_message(db, place):
    cid, _homes = place
    with pytest.raises(ServiceError, match="adres bestaat al"):
        complexes.homes.create(
            db,
            complexes.HomeData(
                complex_id=cid, street="Vulcanusdreef", house_number=1, postcode="3533 AB"
            ),
        )


def test_complex_list_counts(db, place, resident_id):
    row = complexes.list_complexes(db).rows[0]
    assert (row.residents_now, row.support_requested, row.nb_households) == (1, 1, 0)


def test_list_paging_and_sorting(db, place):
    _cid, homes = place
    for i, (prefix, name) in enumerate(
        [("", "Bakker"), ("", "Aydın"), ("", "Çelik"), ("de", "Jong")]
    ):
        residents.create(
            db, residents.ResidentData(name_prefix=prefix, family_name=name, home_id=homes[i].id)
        )
    page = residents.list_residents(db, ListQuery(sort="name", limit=2))
    assert page.total == 4 and [r.name for r in page.rows] == ["Aydın", "Bakker"]
    rest = residents.list_residents(db, ListQuery(sort="name", offset=2, limit=2))
    assert len(rest.rows) == 2
    desc = residents.list_residents(db, ListQuery(sort="name", descending=True))
    assert desc.rows[0].name == "de Jong"
