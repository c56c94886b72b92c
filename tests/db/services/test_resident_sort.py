"""Every column of the residents list sorts from stored keys (SQLite): the order is the one the
columns' values give, and the keys follow every change, however it is written."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from db.services import ListQuery
from db.services.resident_list import STORED, list_residents


def every(db, **query) -> list:
    return list(list_residents(db, ListQuery(**query)).rows)


def _number(address: str) -> int:
    digits = "".join(ch if ch.isdigit() else " " for ch in address).split()
    return int(digits[0]) if digits else 0


def value(row, key: str):
    """What the column shows, in the order the list must follow."""
    return {
        "address": (row.address.rsplit(" ", 1)[0], _number(row.address.rsplit(" ", 1)[-1]))
        if row.address
        else ("", 0),
        "postcode": row.postcode,
        "complex_name": row.complex_name,
        "languages": row.languages.split(", ")[0] if row.languages else "",
        "support_flags": len(row.support_flags.split(", ")) if row.support_flags else 0,
    }[key]


@pytest.mark.parametrize("key", sorted(STORED))
@pytest.mark.parametrize("descending", [False, True])
def test_stored_keys_sort_like_the_values(demo_db, key, descending):
    page = every(demo_db, sort=key, descending=descending, limit=300)
    assert len(page) == 300
    shown = [value(r, key) for r in page]
    assert shown == sorted(shown, reverse=descending)
    # The first page is the start of the whole sorted list of current residents.
    everyone = every(demo_db, filters={"status": "current"})
    edge = sorted((value(r, key) for r in everyone), reverse=descending)[:300]
    assert shown == edge


def test_keys_follow_changes_written_by_any_writer(demo_db):
    first = every(demo_db, sort="complex_name", limit=1)[0]
    with demo_db.engine.begin() as conn:  # hand-written SQL: the triggers still see it
        conn.execute(
            text(
                "UPDATE complexes SET name = 'ZZZ laatste' WHERE id = "
                "(SELECT complex_id FROM homes WHERE id = "
                "(SELECT home_id FROM residents WHERE id = :id))"
            ),
            {"id": first.id},
        )
        conn.execute(
            text(
                "UPDATE homes SET street = 'Aaaastraat' WHERE id = "
                "(SELECT home_id FROM residents WHERE id = :id)"
            ),
            {"id": first.id},
        )
        conn.execute(
            text("INSERT INTO resident_languages(resident_id, language) VALUES (:id, 'aa')"),
            {"id": first.id},
        )
    assert every(demo_db, sort="complex_name", descending=True, limit=1)[0].complex_name == (
        "ZZZ laatste"
    )
    assert every(demo_db, sort="address", limit=1)[0].id == first.id
    assert every(demo_db, sort="languages", limit=1)[0].id == first.id


def test_counts_and_filters_agree_with_the_stored_keys(demo_db):
    for key in STORED:
        for status in ("current", "moved", "all"):
            page = list_residents(demo_db, ListQuery(sort=key, filters={"status": status}))
            plain = list_residents(demo_db, ListQuery(filters={"status": status}))
            assert page.total == plain.total == len(page.rows)
            assert sorted(r.id for r in page.rows) == sorted(r.id for r in plain.rows)
        searched = list_residents(demo_db, ListQuery(sort=key, text="an", limit=50))
        plain = list_residents(demo_db, ListQuery(text="an"))
        assert searched.total == plain.total
        assert {r.id for r in searched.rows} <= {r.id for r in plain.rows}


def test_keys_come_back_after_a_migration_dropped_their_triggers(demo_db, monkeypatch):
    from db import sort_keys

    with demo_db.engine.begin() as conn:
        sort_keys.drop_triggers(conn)
        conn.execute(text("UPDATE homes SET street = 'Aaaastraat' WHERE id = 1"))
    monkeypatch.setattr(sort_keys, "_ensured", type(sort_keys._ensured)())
    first = every(demo_db, sort="address", filters={"status": "all"}, limit=1)[0]
    assert first.address.startswith("Aaaastraat")


def test_complexes_count_residents_and_support_from_the_keys_like_from_the_residents(demo_db):
    from db.services import complexes

    with demo_db.engine.connect() as conn:
        expected = {
            row[0]: (row[1], row[2])
            for row in conn.execute(
                text(
                    "SELECT c.id, "
                    "(SELECT count(*) FROM residents r JOIN homes h ON h.id = r.home_id "
                    " WHERE h.complex_id = c.id AND r.move_out IS NULL), "
                    "(SELECT count(DISTINCT r.id) FROM residents r JOIN homes h "
                    " ON h.id = r.home_id JOIN resident_support_flags f ON f.resident_id = r.id"
                    " WHERE h.complex_id = c.id AND r.move_out IS NULL) FROM complexes c"
                )
            )
        }
    shown = {
        row.id: (row.residents_now, row.support_requested)
        for row in complexes.list_complexes(demo_db, ListQuery()).rows
    }
    assert shown == expected and any(support for _n, support in shown.values())
