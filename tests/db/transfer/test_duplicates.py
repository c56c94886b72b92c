"""Finding likely duplicate residents and merging two while keeping every link."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from db.models import (
    AuditEntry,
    ContactKind,
    ContactMoment,
    Event,
    Fund,
    FundingApplication,
    Home,
    Partner,
    Registration,
    Resident,
    ResidentLanguage,
    Signal,
    SupportFlag,
    SupportLink,
    Volunteer,
)
from db.services import ServiceError
from db.transfer import duplicates


def add_resident(s, family, given="", home=None, phone="", email="", year=None, **kw):
    r = Resident(
        family_name=family,
        given_name=given,
        home=home,
        phone=phone,
        email=email,
        birth_year=year,
        sort_key=f"{family} {given}".casefold(),
        **kw,
    )
    s.add(r)
    s.flush()
    return r


@pytest.fixture
def people(db):
    with db.transaction() as s:
        home = Home(street="Vulcanusdreef", house_number=12, postcode="3533 AB")
        other = Home(street="Vulcanusdreef", house_number=14, postcode="3533 AB")
        s.add_all([home, other])
        zoe = add_resident(s, "Vries", "Zoë", home, year=1961)
        zoe2 = add_resident(s, "Vries", "Zoe", home, phone="+31612345678")
        partner = add_resident(s, "Bakker", "Jan", home)  # same home, other name: not a duplicate
        ali = add_resident(s, "Yılmaz", "Ali", other, email="ali@example.nl")
        ali2 = add_resident(s, "Yilmaz", "A.", None, email="ali@example.nl")
        return {
            k: v.id
            for k, v in dict(zoe=zoe, zoe2=zoe2, partner=partner, ali=ali, ali2=ali2).items()
        }


def test_finds_same_home_similar_name_and_same_email(db, people):
    pairs = {(p.first.id, p.second.id): p.reasons for p in duplicates.find_duplicates(db)}
    assert pairs == {
        (people["zoe"], people["zoe2"]): ("zelfde woning en naam lijkt op elkaar",),
        (people["ali"], people["ali2"]): ("zelfde e-mailadres",),
    }


def test_merge_keeps_every_link_and_is_audited(db, people):
    keep, remove = people["zoe"], people["zoe2"]
    with db.transaction() as s:
        flag = s.scalars(select(SupportFlag)).first()
        fund = s.scalars(select(Fund)).first()
        volunteer = Volunteer(family_name="Helper")
        other_volunteer = Volunteer(resident_id=remove)
        partner = Partner(name="Sociaal team")
        event = Event(
            title="Burendag", starts_at=datetime(2026, 9, 26, 14), ends_at=datetime(2026, 9, 26, 17)
        )
        event2 = Event(
            title="Koningsdag",
            starts_at=datetime(2026, 4, 27, 10),
            ends_at=datetime(2026, 4, 27, 12),
        )
        s.add_all([volunteer, other_volunteer, partner, event, event2])
        s.flush()
        s.add_all(
            [
                ResidentLanguage(resident_id=keep, language="nl"),
                ResidentLanguage(resident_id=remove, language="nl"),
                ResidentLanguage(resident_id=remove, language="en"),
                SupportLink(
                    volunteer_id=volunteer.id, resident_id=keep, started_on=date(2025, 1, 1)
                ),
                SupportLink(
                    volunteer_id=volunteer.id, resident_id=remove, started_on=date(2025, 2, 1)
                ),
                Registration(
                    event_id=event.id, resident_id=keep, registered_at=datetime(2026, 9, 1)
                ),
                Registration(
                    event_id=event.id, resident_id=remove, registered_at=datetime(2026, 9, 2)
                ),
                Registration(
                    event_id=event2.id, resident_id=remove, registered_at=datetime(2026, 4, 1)
                ),
                ContactMoment(
                    resident_id=remove, occurred_on=date(2026, 1, 5), kind=ContactKind.CALL
                ),
                Signal(
                    resident_id=remove,
                    partner_id=partner.id,
                    passed_on=date(2026, 1, 6),
                    subject="x",
                ),
            ]
        )
        removed = s.get(Resident, remove)
        removed.support_flags.append(flag)
        if fund is not None:
            s.add(
                FundingApplication(
                    fund_id=fund.id, title="Buurtfeest", applicant_resident_id=remove
                )
            )
    before = duplicates.link_counts(db, remove)
    assert before["contact_moments"] == 1 and before["volunteers"] == 1

    duplicates.merge(db, keep, remove)

    with db.reading() as s:
        assert s.get(Resident, remove) is None
        zoe = s.get(Resident, keep)
        assert zoe.phone == "+31612345678" and zoe.birth_year == 1961  # filled from the other
        assert sorted(lang.language for lang in zoe.languages) == ["en", "nl"]
        assert [f.id for f in zoe.support_flags] == [flag.id]

        def count(model, col):
            return s.scalar(select(func.count()).select_from(model).where(col == keep))

        assert count(SupportLink, SupportLink.resident_id) == 1  # same volunteer and kind: one link
        assert count(Registration, Registration.resident_id) == 2  # Burendag once, Koningsdag
        assert count(ContactMoment, ContactMoment.resident_id) == 1
        assert count(Signal, Signal.resident_id) == 1
        assert count(Volunteer, Volunteer.resident_id) == 1
        if fund is not None:
            assert count(FundingApplication, FundingApplication.applicant_resident_id) == 1
        merge_entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "merge")).one()
        assert merge_entry.object_id == keep
        assert f"bewoner {remove}" in json.loads(merge_entry.changes)["note"]


def test_merge_refuses_two_volunteers_and_the_same_person(db, people):
    with db.transaction() as s:
        s.add_all([Volunteer(resident_id=people["ali"]), Volunteer(resident_id=people["ali2"])])
    with pytest.raises(ServiceError, match="Beide bewoners zijn als vrijwilliger"):
        duplicates.merge(db, people["ali"], people["ali2"])
    with pytest.raises(ServiceError, match="twee verschillende"):
        duplicates.merge(db, people["ali"], people["ali"])
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Resident)) == 5


def test_a_household_sharing_an_email_ranks_below_a_real_duplicate(db):
    with db.transaction() as s:
        home = Home(street="Hanoidreef", house_number=3, postcode="3564 AB")
        s.add(home)
        mother = add_resident(s, "Yıldız", "Ayşe", home, email="fam@example.nl", year=1961)
        daughter = add_resident(s, "Yıldız", "Elif", home, email="fam@example.nl", year=1994)
        twice = add_resident(s, "Demir", "Fatma", None, phone="+31612345678", year=1970)
        again = add_resident(s, "Demir", "Fatma", None, phone="+31612345678", year=1970)
        ids = (mother.id, daughter.id, twice.id, again.id)
    pairs = duplicates.find_duplicates(db)
    order = [(p.first.id, p.second.id) for p in pairs]
    assert order == [(ids[2], ids[3]), (ids[0], ids[1])]
    real, household = pairs
    assert real.likely == "high" and household.likely == "low"
    assert "zelfde geboortejaar" in real.evidence
    assert "ander geboortejaar (1961 / 1994)" in household.evidence
    assert household.reasons == ("zelfde e-mailadres",)
