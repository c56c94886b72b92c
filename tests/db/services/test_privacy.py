"""Erasing a person leaves no trace of their name; anonymising keeps the counts; the audit trail
records who changed what; the retention list and the inzage data."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text

from db import clock
from db.models import (
    AuditEntry,
    ContactMoment,
    FundingApplication,
    Registration,
    Resident,
    Stage,
    SupportLink,
    Volunteer,
)
from db.safety import backup
from db.services import ListQuery, ServiceError, audit_trail, privacy, privacy_inzage, residents
from db.services.residents import ResidentData
from db.transfer import exporting
from desktop.reports import load_all


def text_cells(path: Path) -> list[str]:
    """Every text value in every table of the file (read-only)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        cells = []
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                cells += [v for v in row if isinstance(v, str)]
        return cells
    finally:
        conn.close()


def traces(path: Path, name: str) -> list[str]:
    found = [c for c in text_cells(path) if name in c or name.lower() in c.lower()]
    raw = path.read_bytes()
    for wal in (path.with_name(path.name + "-wal"),):
        if wal.exists():
            raw += wal.read_bytes()
    if name.encode() in raw or name.lower().encode() in raw.lower():
        found.append("<bytes in the file>")
    return found


def pick_person(session, *, applicant: bool) -> Resident:
    """A resident with registrations (and contact moments, or a funding application) whose full
    name is unique."""
    moments = select(ContactMoment.resident_id)
    regs = select(Registration.resident_id)
    applicants = select(FundingApplication.applicant_resident_id).where(
        FundingApplication.applicant_resident_id.is_not(None)
    )
    stmt = select(Resident).where(Resident.id.in_(regs))
    if applicant:
        stmt = stmt.where(Resident.id.in_(applicants))
    else:
        stmt = stmt.where(Resident.id.in_(moments), Resident.id.not_in(applicants))
    for person in session.scalars(stmt.order_by(Resident.id)):
        same = session.scalar(
            select(func.count()).where(
                Resident.given_name == person.given_name, Resident.family_name == person.family_name
            )
        )
        if same == 1 and person.given_name and len(person.family_name) > 3:
            return person
    pytest.skip("the demo data has no suitable person")


def mention(db, resident_id: int, name: str) -> int:
    """Someone else's note mentions the person by name (free text erasure lists, never edits)."""
    with db.transaction() as session:
        other = session.scalar(
            select(ContactMoment).where(ContactMoment.resident_id != resident_id)
        )
        other.note = f"Samen met {name} naar de koffieochtend."
        return other.id


def test_erase_entirely_leaves_no_trace_in_tables_file_backup_export_or_pdf(demo_db, tmp_path):
    with demo_db.reading() as session:
        rid = pick_person(session, applicant=False).id
    data = residents.get(demo_db, rid)
    data.given_name, data.name_prefix, data.family_name = "Łucja", "", "Wiśniewska-Testnaam"
    residents.update(demo_db, rid, data)  # an audited edit: the new name is in the audit trail
    name = "Łucja Wiśniewska-Testnaam"
    moment = mention(demo_db, rid, name)
    with demo_db.reading() as session:
        assert (
            session.scalar(select(func.count()).where(AuditEntry.changes.contains("Testnaam"))) == 1
        )
    assert traces(demo_db.path, name)

    erasure = privacy.erase_resident(demo_db, rid, privacy.Mode.DELETE)

    # The other resident's note is listed for review, not rewritten; the worker edits it.
    assert erasure.mentions == (privacy.Mention("contact_moments", moment, "note"),)
    assert erasure.mentions[0].label == f"Contactmoment {moment} (notitie)"
    assert traces(demo_db.path, name) == [
        f"Samen met {name} naar de koffieochtend.",
        "<bytes in the file>",
    ]
    with demo_db.transaction() as session:
        session.get(ContactMoment, moment).note = "Samen naar de koffieochtend."
    privacy.compact(demo_db)
    assert traces(demo_db.path, name) == []
    assert traces(demo_db.path, "Testnaam") == []
    copy = backup.make_backup(demo_db.path)
    assert traces(copy, name) == [] and traces(copy, "Testnaam") == []
    with demo_db.reading() as session:
        assert session.get(Resident, rid) is None
        entries = session.scalars(
            select(AuditEntry).where(
                AuditEntry.object_type == "Resident", AuditEntry.object_id == rid
            )
        ).all()
        assert [e.action for e in entries] == ["erase"]
        assert session.scalar(select(func.count()).where(ContactMoment.resident_id == rid)) == 0
    # The general export (the residents table as csv and xlsx, everyone incl. moved out).
    rows = residents.list_residents(demo_db, ListQuery(filters={"status": "all"})).rows
    columns = [exporting.ExportColumn(h) for h in ("Naam", "Adres", "Telefoon", "Complex")]
    values = [(r.name, r.address, r.phone, r.complex_name) for r in rows]
    csv_file = exporting.write(tmp_path / "bewoners.csv", columns, values)
    assert "Testnaam" not in csv_file.read_text(encoding="utf-8-sig")
    sheet = openpyxl.load_workbook(
        exporting.write(tmp_path / "bewoners.xlsx", columns, values)
    ).active
    cells = " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)
    assert "Testnaam" not in cells and len(cells) > 1000
    assert not any("Testnaam" in r.name for r in rows) and len(rows) > 300
    rendered = 0
    for kind, doc in load_all().items():
        if doc.subject in ("complex", "event", "activiteit", "application"):
            try:
                data = doc.render(demo_db, 1)
            except ServiceError:  # an accountability exists only for a granted application
                assert kind == "accountability"
                continue
            pdf = PdfReader(io.BytesIO(data))
            text = " ".join(page.extract_text() or "" for page in pdf.pages)
            assert text and "Testnaam" not in text, kind
            rendered += 1
    assert rendered


def test_anonymise_keeps_participation_but_not_the_person(demo_db):
    with demo_db.reading() as session:
        person = pick_person(session, applicant=True)
        rid, name = person.id, f"{person.given_name} {person.family_name}"
        registrations = session.scalar(select(func.count()).where(Registration.resident_id == rid))
        applications = session.scalars(
            select(FundingApplication.id).where(FundingApplication.applicant_resident_id == rid)
        ).all()
        residents_before = session.scalar(select(func.count()).select_from(Resident))
    with pytest.raises(ServiceError, match="anonimiseren"):
        privacy.erase_resident(demo_db, rid, privacy.Mode.DELETE)

    privacy.erase_resident(demo_db, rid, privacy.Mode.ANONYMISE)

    assert traces(demo_db.path, name) == []
    with demo_db.reading() as session:
        anonymous = session.get(Resident, rid)
        assert anonymous.family_name == privacy.ANONYMOUS and anonymous.given_name == ""
        assert anonymous.phone == anonymous.email == anonymous.notes == ""
        assert anonymous.support_flags == [] and anonymous.home_id is None
        assert anonymous.move_out is not None  # no longer among the current residents
        assert (
            session.scalar(select(func.count()).where(Registration.resident_id == rid))
            == registrations
        )
        assert session.scalar(select(func.count()).where(ContactMoment.resident_id == rid)) == 0
        assert session.scalar(select(func.count()).select_from(Resident)) == residents_before
        for app_id in applications:
            application = session.get(FundingApplication, app_id)
            assert application.applicant_resident_id == rid and application.iban == ""
    assert privacy.is_erased(demo_db, "Resident", rid)


def test_erasing_a_volunteer_who_still_lives_here_keeps_the_resident(demo_db):
    with demo_db.reading() as session:
        volunteer = session.scalar(
            select(Volunteer).where(
                Volunteer.resident_id.is_not(None), Volunteer.interview_notes != ""
            )
        )
        vid, rid = volunteer.id, volunteer.resident_id
        hours_links = session.scalar(select(func.count()).where(SupportLink.volunteer_id == vid))
    privacy.erase_volunteer(demo_db, vid, privacy.Mode.ANONYMISE)
    with demo_db.reading() as session:
        volunteer = session.get(Volunteer, vid)
        assert (
            volunteer.resident_id is None
            and volunteer.interview_notes == ""
            and volunteer.notes == ""
        )
        assert volunteer.stage == Stage.STOPPED
        assert session.get(Resident, rid).family_name != privacy.ANONYMOUS
        assert (
            session.scalar(select(func.count()).where(SupportLink.volunteer_id == vid))
            == hours_links
        )


def test_audit_trail_after_a_sequence_of_edits(db):
    rid = residents.create(
        db,
        ResidentData(
            given_name="Zoë",
            name_prefix="de",
            family_name="Vries-van 't Hof",
            phone="0612345678",
            notes="Heeft een hond.",
        ),
    )
    data = residents.get(db, rid)
    data.phone = "0687654321"
    data.notes = "Liever bezoek dan telefoon."
    residents.update(db, rid, data)
    residents.delete(db, rid)
    rows = audit_trail.list_entries(
        db, ListQuery(filters={"object_type": "Resident", "object_id": rid})
    ).rows
    assert [r.action for r in rows] == ["delete", "update", "create"]  # newest first
    update = rows[1]
    assert "telefoon: 06 12345678 → 06 87654321" in update.changes  # as the office writes it
    assert "notities: *** → ***" in update.changes
    assert "hond" not in update.changes and "bezoek" not in rows[2].changes
    assert rows[2].user and audit_trail.users(db) == [rows[2].user]
    today = clock.today()
    assert (
        audit_trail.list_entries(
            db, ListQuery(filters={"date_from": today + timedelta(days=1)})
        ).total
        == 0
    )
    assert (
        audit_trail.list_entries(
            db, ListQuery(filters={"date_from": today, "date_to": today, "user": rows[0].user})
        ).total
        == 3
    )


def test_retention_list_and_anonymising_everyone_on_it(demo_db):
    today = clock.today()
    rows = privacy.retention_candidates(demo_db, today)
    limit = privacy.cutoff(demo_db, today)
    assert limit.year == today.year - 2 and (limit.month, limit.day) <= (today.month, today.day)
    assert (today - limit).days in (730, 731)
    assert rows and all(r.since is None or r.since <= limit for r in rows)
    with demo_db.reading() as session:
        recent = session.scalar(select(func.count()).where(Resident.move_out > limit))
        old = session.scalar(select(func.count()).where(Resident.move_out <= limit))
    assert recent > 0, "the demo data should have recent leavers that stay off the list"
    assert sum(r.kind == "Resident" for r in rows) == old
    privacy.set_retention_years(demo_db, 5)
    assert len(privacy.retention_candidates(demo_db, today)) < len(rows)
    with pytest.raises(ServiceError):
        privacy.set_retention_years(demo_db, 0)
    privacy.set_retention_years(demo_db, 2)
    listed = next(r for r in rows if r.kind == "Resident" and " " in r.name)
    moment = mention(demo_db, listed.id, listed.name)
    found = []
    assert privacy.anonymise_all(demo_db, rows, mentions=found) == len(rows)
    with demo_db.reading() as session:  # listed for review, never rewritten by name
        assert listed.name in session.get(ContactMoment, moment).note
    assert privacy.Mention("contact_moments", moment, "note") in found
    assert privacy.retention_candidates(demo_db, today) == []
    with demo_db.reading() as session:
        assert session.scalar(text("SELECT count(*) FROM audit_log WHERE action = 'erase'")) >= len(
            rows
        )


def test_inzage_holds_everything_including_the_sensitive_parts(demo_db):
    with demo_db.reading() as session:
        person = pick_person(session, applicant=False)
        note = session.scalar(
            select(ContactMoment.note).where(ContactMoment.resident_id == person.id)
        )
        rid = person.id
    data = privacy_inzage.resident_inzage(demo_db, rid)
    assert data["gegevens"]["naam"].endswith(person.family_name)
    assert any(m["notitie"] == note for m in data["contactmomenten"])
    assert data["aanmeldingen"]
    decoded = json.loads(privacy_inzage.to_json(data))
    assert decoded["toestemming"].keys() >= {
        "contact_door_vrijwilligers",
        "delen_met_partners",
        "fotos_op_flyers",
    }
    with pytest.raises(ServiceError):
        privacy_inzage.resident_inzage(demo_db, 10_000_000)
