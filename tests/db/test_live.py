"""A change committed at one desk reaches another desk's listener (PostgreSQL LISTEN/NOTIFY)."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from db.engine import Database
from db.live import ChangeListener
from db.services import residents

pytestmark = pytest.mark.postgres


def wait_for(listener: ChangeListener, seconds: float = 2.0) -> list:
    deadline = time.monotonic() + seconds
    found: list = []
    while time.monotonic() < deadline and not found:
        found = listener.poll()
        time.sleep(0.05)
    return found


def test_commit_at_desk_a_reaches_desk_b_within_two_seconds(pg_db):
    desk_b = ChangeListener(pg_db.url)
    desk_a = Database(pg_db.url)
    try:
        rid = residents.create(desk_a, residents.ResidentData(given_name="Ans", family_name="Bos"))
        created = wait_for(desk_b)
        assert [(sorted(c.kinds), c.ids.get("Resident")) for c in created] == [
            (["Resident"], [rid])
        ]
        residents.update(desk_a, rid, replace(residents.get(desk_a, rid), given_name="Anna"))
        changed = wait_for(desk_b)
        assert changed and changed[0].ids["Resident"] == [rid] and changed[0].user
        assert changed[0].at is not None
    finally:
        desk_a.dispose()
        desk_b.close()


def test_the_audit_trail_records_the_server_login(pg_db):
    from db.services import ListQuery, audit_trail

    rid = residents.create(pg_db, residents.ResidentData(given_name="Ans", family_name="Bos"))
    rows = audit_trail.list_entries(pg_db, ListQuery(filters={"object_id": rid})).rows
    assert rows and {r.user for r in rows} == {pg_db.engine.url.username}
