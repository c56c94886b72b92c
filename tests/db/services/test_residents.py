"""Residents' services beyond plain CRUD: the list (every sort key, page extras), homes to pick
from, moving out, follow-ups across residents."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from db import clock
from db.models import ContactKind, PartnerKind, SignalStatus
from db.services import ListQuery, ServiceError, complexes, contacts, partners, residents
from db.validation import Invalid

SORT_KEYS = [
    "name",
    "address",
    "postcode",
    "phone",
    "complex_name",
    "move_in",
    "move_out",
    "languages",
    "support_flags",
    "consent",
]


@pytest.fixture
def place(db):
    cid = complexes.create(db, complexes.ComplexData(name="Vulcanusdreef"))
    complexes.add_home_range(db, cid, "Vulcanusdreef", 1, 5, "3533 AB")
    return cid, complexes.list_homes(db, cid)


def add(db, home, family, **kw):
    return residents.create(db, residents.ResidentData(family_name=family, home_id=home.id, **kw))


def test_every_column_sorts_both_ways(demo_db):
    for key in SORT_KEYS:
        up = residents.list_residents(
            demo_db, ListQuery(sort=key, limit=50, filters={"status": "all"})
        ).rows
        down = residents.list_residents(
            demo_db, ListQuery(sort=key, descending=True, limit=50, filters={"status": "all"})
        ).rows
        assert up and down and up[0].id != down[0].id, key


def test_page_carries_languages_and_flags(db, place):
    _cid, homes = place
    add(
        db,
        homes[0],
        "Vries",
        given_name="Zoë",
        languages=["nl", "en"],
        support_flags=["weekly_call"],
    )
    row = residents.list_residents(db, ListQuery(limit=10)).rows[0]
    assert (row.languages, row.support_flags, row.consent) == (
        "en, nl",
        "Wil wekelijks gebeld worden",
        False,
    )
    assert residents.list_residents(db, ListQuery(filters={"flag": "weekly_call"})).total == 1
    assert residents.list_residents(db, ListQuery(filters={"flag": "visit"})).total == 0
    assert residents.list_residents(db, ListQuery(filters={"language": "en"})).total == 1
    assert residents.language_choices(db) == ["en", "nl"]


def test_move_out_keeps_history_and_frees_the_home(db, place):
    cid, homes = place
    rid = add(db, homes[0], "Vries", move_in=date(2020, 1, 1))
    assert residents.home_choices(db, cid)[0].occupied_by == "Vries"
    with pytest.raises(ServiceError, match="na de datum van intrek"):
        residents.move_out(db, rid, date(2019, 1, 1))
    residents.move_out(db, rid, date(2025, 6, 30))
    assert residents.get(db, rid).move_out == date(2025, 6, 30)
    assert residents.home_choices(db, cid)[0].occupied_by == ""
    assert residents.list_residents(db, ListQuery(filters={"status": "moved"})).total == 1
    assert residents.list_residents(db).total == 0


@pytest.mark.parametrize(
    "text, ok",
    [("1", True), ("20", True), ("0", False), ("21", False), ("twee", False), ("", False)],
)
def test_household_size(text, ok):
    if ok:
        assert residents.household_size(text) == int(text)
    else:
        with pytest.raises(Invalid, match="Huishouden"):
            residents.household_size(text)


def test_followups_across_residents(db, place):
    _cid, homes = place
    today = clock.today()
    a, b = add(db, homes[0], "Aksoy"), add(db, homes[1], "Bakker")
    pid = partners.partners.create(
        db, partners.PartnerData(name="Buurtteam", kind=PartnerKind.SOCIAL_TEAM)
    )
    due = contacts.moments.create(
        db,
        contacts.ContactMomentData(
            resident_id=a,
            occurred_on=today - timedelta(days=7),
            kind=ContactKind.CALL,
            note="Terugbellen",
            follow_up_on=today,
        ),
    )
    contacts.moments.create(
        db,
        contacts.ContactMomentData(
            resident_id=a,
            occurred_on=today,
            kind=ContactKind.VISIT,
            follow_up_on=today + timedelta(days=30),
        ),
    )
    sig = contacts.signals.create(
        db,
        contacts.SignalData(
            resident_id=b, partner_id=pid, passed_on=today, subject="Post stapelt zich op"
        ),
    )
    found = contacts.list_followups(db, today)
    assert [(f.kind, f.resident_name) for f in found] == [
        ("signal", "Bakker"),
        ("contact", "Aksoy"),
    ] or [(f.kind, f.resident_name) for f in found] == [("contact", "Aksoy"), ("signal", "Bakker")]
    contacts.complete_followup(db, due)
    contacts.set_signal_status(db, sig, SignalStatus.CLOSED, today)
    assert contacts.list_followups(db, today) == []
    assert contacts.signals.get(db, sig).closed_on == today
    with pytest.raises(ServiceError, match="partner"):
        contacts.signals.create(
            db, contacts.SignalData(resident_id=b, passed_on=today, subject="x")
        )
    with pytest.raises(ServiceError, match="opvolgdatum"):
        contacts.moments.create(
            db,
            contacts.ContactMomentData(
                resident_id=b, occurred_on=today, follow_up_on=today - timedelta(days=1)
            ),
        )
