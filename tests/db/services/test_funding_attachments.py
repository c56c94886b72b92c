"""Attachments live in the database: in every backup, per database, seen by every desk."""

from __future__ import annotations

import json
import stat
from datetime import date
from decimal import Decimal

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.engine import Database, data_dir, make_engine, sqlite_url
from db.models import AuditEntry, Fund, FundingApplication
from db.safety import backup, migrate
from db.safety.opening import open_database
from db.services import ServiceError, funding
from db.services.funding import files

RECEIPT = b"%PDF-1.4 bon van de bouwmarkt \x00\x01\x02 einde"


def new_application(db: Database, title: str = "Burendag") -> int:
    fund = funding.list_funds(db)[0]
    data = funding.ApplicationData(
        fund_id=fund.id,
        title=title,
        activity_start=date(2027, 5, 1),
        activity_end=date(2027, 5, 1),
        iban="NL91ABNA0417164300",
        account_holder="Bewonerscommissie",
        organisation_name="Bewonerscommissie",
    )
    line = funding.CostLineData(description="Soep", category="Catering", unit_price=Decimal(50))
    return funding.save(db, data, [line], [])


def attach(db: Database, app_id: int, tmp_path, content: bytes = RECEIPT, name="bon.pdf") -> int:
    source = tmp_path / name
    source.write_bytes(content)
    att = funding.add_attachment(db, app_id, funding.RECEIPT, source)
    source.unlink()  # the original may go: the database holds the file
    return att


def test_open_and_save_as_give_back_the_bytes_privately(db, tmp_path):
    aid = new_application(db)
    att = attach(db, aid, tmp_path, name="bon bouwmarkt.pdf")
    (stored,) = funding.load(db, aid).attachments
    assert (stored.filename, stored.size) == ("bon bouwmarkt.pdf", len(RECEIPT))
    opened = funding.open_copy(db, att)
    assert opened.read_bytes() == RECEIPT and opened.name == "bon bouwmarkt.pdf"
    assert stat.S_IMODE(opened.stat().st_mode) == 0o600
    assert stat.S_IMODE(opened.parent.stat().st_mode) == 0o700
    target = tmp_path / "kopie.pdf"
    funding.save_attachment(db, att, target)
    assert target.read_bytes() == RECEIPT and stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not (data_dir() / "bijlagen").exists()  # nothing beside the database any more


def test_too_large_or_missing_file_changes_nothing(db, tmp_path, monkeypatch):
    aid = new_application(db)
    monkeypatch.setattr(files, "MAX_BYTES", 10)
    big = tmp_path / "film.mp4"
    big.write_bytes(b"x" * 11)
    with pytest.raises(ServiceError, match="hoogstens"):
        funding.add_attachment(db, aid, funding.PHOTO, big)
    with pytest.raises(ServiceError, match="bestaat niet"):
        funding.save_attachment(db, 999, tmp_path / "x.pdf")
    assert funding.load(db, aid).attachments == [] and not (tmp_path / "x.pdf").exists()


def test_audit_trail_says_a_file_was_added_never_its_content(db, tmp_path):
    aid = new_application(db)
    att = attach(db, aid, tmp_path)
    funding.remove_attachment(db, att)
    with db.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.object_type == "Attachment")
        ).all()
    assert [e.action for e in entries] == ["create", "delete"]
    changes = json.loads(entries[0].changes)
    assert changes["content"] == [None, "***"] and changes["filename"] == [None, "bon.pdf"]
    assert "bouwmarkt" not in entries[0].changes


def test_attachments_survive_backup_and_restore(db, tmp_path):
    aid = new_application(db)
    att = attach(db, aid, tmp_path)
    copy = backup.make_backup(db.path)
    funding.delete_application(db, aid)
    db.dispose()
    backup.restore(copy, db.path, migrate.known_revisions())
    restored = open_database(sqlite_url(db.path))
    try:
        assert [a.id for a in funding.load(restored, aid).attachments] == [att]
        assert funding.open_copy(restored, att).read_bytes() == RECEIPT
    finally:
        restored.dispose()


def test_another_database_with_the_same_application_number_is_untouched(db, tmp_path):
    other = open_database(sqlite_url(tmp_path / "ander-kantoor.sqlite"))
    try:
        mine, theirs = new_application(db), new_application(other)
        assert mine == theirs  # the same number, as application 31 was in both
        my_att = attach(db, mine, tmp_path, b"%PDF mine")
        their_att = attach(other, theirs, tmp_path, b"%PDF theirs")
        funding.delete_application(db, mine)
        assert funding.open_copy(other, their_att).read_bytes() == b"%PDF theirs"
        assert [a.id for a in funding.load(other, theirs).attachments] == [their_att]
        with pytest.raises(ServiceError):
            funding.open_copy(db, my_att)
    finally:
        other.dispose()


@pytest.mark.postgres
def test_postgresql_desk_sees_an_attachment_added_at_another_desk(pg_db, tmp_path):
    aid = new_application(pg_db)
    att = attach(pg_db, aid, tmp_path)
    other_desk = Database(pg_db.url)  # its own engine and connections, as another computer
    try:
        (seen,) = funding.load(other_desk, aid).attachments
        assert (seen.id, seen.filename, seen.size) == (att, "bon.pdf", len(RECEIPT))
        target = tmp_path / "desk2" / "bon.pdf"
        target.parent.mkdir()
        assert funding.save_attachment(other_desk, att, target).read_bytes() == RECEIPT
        funding.remove_attachment(other_desk, att)
    finally:
        other_desk.dispose()
    assert funding.load(pg_db, aid).attachments == []


def test_upgrade_reads_files_from_the_old_folder_into_the_database(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "oud.sqlite"))
    before = ScriptDirectory.from_config(migrate.alembic_config()).get_revision(
        "0008_safety_attachments"
    )
    migrate.upgrade(engine, before.down_revision)  # the schema just before attachments moved
    old = data_dir() / "bijlagen" / "aanvraag-1"
    old.mkdir(parents=True)
    (old / "bon.pdf").write_bytes(RECEIPT)
    with Session(engine) as session, session.begin():  # the applications table is unchanged
        fund = session.scalars(select(Fund.id).order_by(Fund.id)).first()
        session.add(
            FundingApplication(
                id=1, fund_id=fund, title="Burendag", activity_start=date(2027, 5, 1)
            )
        )
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO attachments (application_id, kind, filename, stored_path, added_on)"
                " VALUES (1, 'Bonnetje', 'bon.pdf', 'bijlagen/aanvraag-1/bon.pdf', '2026-11-02'),"
                " (1, 'Foto', 'weg.jpg', 'bijlagen/aanvraag-1/weg.jpg', '2026-11-03'),"
                " (1, 'Foto', 'buiten.jpg', '../../etc/passwd', '2026-11-03')"
            )
        )
    migrate.upgrade(engine)
    engine.dispose()
    db = open_database(sqlite_url(tmp_path / "oud.sqlite"))
    try:
        stored = funding.load(db, 1).attachments
        assert [(a.filename, a.size) for a in stored] == [
            ("bon.pdf", len(RECEIPT)),
            ("weg.jpg", 0),
            ("buiten.jpg", 0),
        ]
        assert funding.open_copy(db, stored[0].id).read_bytes() == RECEIPT
        with pytest.raises(ServiceError, match="ontbrak al"):
            funding.open_copy(db, stored[1].id)
        with pytest.raises(ServiceError, match="ontbrak al"):
            funding.open_copy(db, stored[2].id)
    finally:
        db.dispose()
    assert (old / "bon.pdf").read_bytes() == RECEIPT  # left for any other database to read in
