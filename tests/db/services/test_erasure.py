"""Erasure touches only what is linked to the person by key, lists free-text mentions for review,
and leaves nothing identifying in the audit trail or in the bytes of the file; statements run
through the services are audited like object changes."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from sqlalchemy import select

from db import clock
from db.models import ApplicantKind, AuditEntry, Event, Resident
from db.services import funding, privacy, residents
from db.services.residents import ResidentData
from db.transfer import duplicates

NAME = ("Hakan", "", "Yılmaz")


def person(db, phone: str, email: str, notes: str = "") -> int:
    given, prefix, family = NAME
    data = ResidentData(
        given_name=given,
        name_prefix=prefix,
        family_name=family,
        birth_year=1970,
        phone=phone,
        email=email,
        notes=notes,
    )
    return residents.create(db, data)


def application(db, rid: int, iban: str, title: str) -> int:
    fund = funding.list_funds(db)[0]
    data = funding.ApplicationData(
        fund_id=fund.id,
        title=title,
        applicant_kind=ApplicantKind.RESIDENT,
        applicant_resident_id=rid,
        contact_name="Hakan Yılmaz",
        iban=iban,
        account_holder="H. Yılmaz",
        description="Hakan Yılmaz kookt voor de buurt.",
    )
    return funding.save(db, data, [], [])


def raw_row(path, table: str, row_id: int) -> tuple:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
    finally:
        conn.close()


def file_bytes(path) -> bytes:
    raw = path.read_bytes()
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-journal")):
        if extra.exists():
            raw += extra.read_bytes()
    return raw


def test_erasing_one_namesake_leaves_the_other_byte_identical(db):
    erased = person(db, "0611111111", "hakan.een@example.org")
    other = person(db, "0622222222", "hakan.twee@example.org", notes="Hakan Yılmaz helpt graag.")
    mine = application(db, erased, "NL91ABNA0417164300", "Kookavond")
    theirs = application(db, other, "NL39RABO0300065264", "Voetbaltoernooi")
    when = datetime.combine(clock.today() + timedelta(days=7), datetime.min.time())
    with db.transaction() as session:
        event = Event(
            title="Buurtmaaltijd",
            description="Met dank aan Hakan Yılmaz.",
            starts_at=when,
            ends_at=when + timedelta(hours=2),
        )
        session.add(event)
        session.flush()
        event_id = event.id
    before = {
        ("funding_applications", theirs): raw_row(db.path, "funding_applications", theirs),
        ("residents", other): raw_row(db.path, "residents", other),
        ("events", event_id): raw_row(db.path, "events", event_id),
    }

    erasure = privacy.erase_resident(db, erased, privacy.Mode.ANONYMISE)

    for (table, row_id), row in before.items():
        assert raw_row(db.path, table, row_id) == row, table
    mentions = {(m.table, m.object_id, m.column) for m in erasure.mentions}
    assert ("events", event_id, "description") in mentions
    assert ("residents", other, "notes") in mentions
    assert ("funding_applications", theirs, "contact_name") in mentions
    with db.reading() as session:
        assert session.get(Resident, other).phone == "+31622222222"
        assert (
            session.scalars(
                select(AuditEntry.object_id).where(AuditEntry.object_type == "FundingApplication")
            )
            .all()
            .count(theirs)
            == 1
        )  # only its creation: nothing changed it
    mine_row = funding.get(db, mine)
    assert (mine_row.iban, mine_row.account_holder, mine_row.contact_name) == ("", "", "")


def test_after_erasure_neither_the_trail_nor_the_file_holds_phone_email_or_iban(db):
    rid = person(db, "0633333333", "hakan.drie@example.org")
    data = residents.get(db, rid)
    data.phone, data.email = "0644444444", "h.yilmaz.nieuw@example.org"
    residents.update(db, rid, data)  # the trail now holds old and new values
    duplicate = person(db, "0655555555", "dubbel.hakan@example.org")
    duplicates.merge(db, rid, duplicate)  # the duplicate's "create" entry holds its details
    app_id = application(db, rid, "NL20INGB0001234567", "Kookavond")
    app = funding.get(db, app_id)
    app.iban = "NL44RABO0123456789"  # an audited change of the IBAN
    funding.save(db, app, [], [])
    secrets = [
        "0633333333",
        "633333333",
        "644444444",
        "655555555",
        "hakan.drie@example.org",
        "h.yilmaz.nieuw@example.org",
        "dubbel.hakan@example.org",
        "NL20INGB0001234567",
        "NL44RABO0123456789",
    ]
    assert all(s.encode() in file_bytes(db.path) for s in secrets[2:])

    privacy.erase_resident(db, rid, privacy.Mode.ANONYMISE)

    raw = file_bytes(db.path)
    assert [s for s in secrets if s.encode() in raw] == []
    with db.reading() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.object_type, AuditEntry.object_id).where(
                AuditEntry.object_type == "Resident"
            )
        ).all()
    assert entries == [("erase", "Resident", rid)]


def test_statements_run_through_the_services_are_audited(db):
    fund = funding.list_funds(db)[0]
    when = datetime.combine(clock.today() + timedelta(days=70), datetime.min.time())
    with db.transaction() as session:
        session.add(Event(title="Burendag", starts_at=when, ends_at=when + timedelta(hours=3)))
    event_id = funding.activity_choices(db, None)[0][0]
    aid = funding.save(
        db, funding.ApplicationData(fund_id=fund.id, title="Burendag"), [], [], [event_id]
    )
    with db.reading() as session:
        linked = session.execute(
            select(AuditEntry.action, AuditEntry.changes).where(
                AuditEntry.object_type == "Event", AuditEntry.object_id == event_id
            )
        ).all()
    assert ("update", f'{{"funding_application_id": [null, {aid}]}}') in linked
    app = funding.get(db, aid)
    funding.save(db, app, [], [], [])  # unlinking is a plain statement too
    with db.reading() as session:
        changes = session.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.object_type == "Event", AuditEntry.object_id == event_id
            )
        ).all()
    assert f'{{"funding_application_id": [{aid}, null]}}' in changes
