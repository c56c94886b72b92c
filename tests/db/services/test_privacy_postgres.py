"""Erasure, retention and the audit trail on a PostgreSQL server (the shared-server set-up)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from db.models import AuditEntry, Resident
from db.services import ListQuery, audit_trail, privacy, residents
from db.services.residents import ResidentData

pytestmark = pytest.mark.postgres


def test_erase_anonymise_retention_and_audit_on_postgres(pg_db):
    keep = residents.create(
        pg_db, ResidentData(given_name="Zoë", name_prefix="de", family_name="Vries")
    )
    gone = residents.create(
        pg_db,
        ResidentData(given_name="Şükrü", family_name="Yıldız", notes="x", move_in=date(2015, 1, 1)),
    )
    residents.move_out(pg_db, gone, date(2020, 6, 1))
    other = residents.create(
        pg_db,
        ResidentData(given_name="Łukasz", family_name="Wiśniewski", notes="Belt met Şükrü Yıldız."),
    )
    rows = privacy.retention_candidates(pg_db, date(2026, 11, 25))
    assert [r.id for r in rows] == [gone]
    found = []
    assert privacy.anonymise_all(pg_db, rows, mentions=found) == 1
    # Someone else's note is listed for review, never rewritten by name (it may be a namesake).
    assert residents.get(pg_db, other).notes == "Belt met Şükrü Yıldız."
    assert found == [privacy.Mention("residents", other, "notes")]
    privacy.erase_resident(pg_db, keep, privacy.Mode.DELETE)
    with pg_db.reading() as session:
        assert session.get(Resident, keep) is None
        assert session.get(Resident, gone).family_name == privacy.ANONYMOUS
        dump = " ".join(session.scalars(select(AuditEntry.changes)))
        assert "Yıldız" not in dump and "Vries" not in dump
        assert session.scalar(select(func.count()).where(AuditEntry.action == "erase")) == 2
        assert (
            session.scalar(text("SELECT count(*) FROM residents WHERE notes LIKE '%Yıldız%'")) == 1
        )
    page = audit_trail.list_entries(pg_db, ListQuery(filters={"action": "erase"}))
    assert page.total == 2 and all("vergetelheid" in r.changes for r in page.rows)
