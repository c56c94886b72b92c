"""The audit trail records who changed what, with sensitive values masked."""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import select

from db.models import AuditEntry
from db.services import residents


def entries(db, object_type="Resident"):
    with db.reading() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.object_type == object_type).order_by(AuditEntry.id)
        )
        return [(e.action, e.object_id, json.loads(e.changes or "{}"), e.user) for e in rows]


def test_create_update_delete_are_recorded_with_masked_notes(db):
    rid = residents.create(
        db,
        residents.ResidentData(
            given_name="Amanuel",
            family_name="Tesfay",
            notes="heeft schulden",
            support_flags=["paperwork"],
        ),
    )
    stored = residents.get(db, rid)
    residents.update(db, rid, replace(stored, family_name="Tesfaye", notes="geheim: opname"))
    residents.update(db, rid, residents.get(db, rid))  # saving without a change records nothing
    residents.delete(db, rid)

    log = entries(db)
    assert [action for action, *_ in log] == ["create", "update", "delete"]
    assert all(obj_id == rid for _a, obj_id, _c, _u in log)
    created, updated = log[0][2], log[1][2]
    assert created["family_name"] == [None, "Tesfay"]
    assert created["notes"] == [None, "***"] and created["support_flags"] == [None, "***"]
    assert updated["family_name"] == ["Tesfay", "Tesfaye"]
    assert updated["notes"] == ["***", "***"]
    assert log[0][3]  # the OS user
    everything = json.dumps(log, ensure_ascii=False)
    assert "schulden" not in everything and "opname" not in everything
