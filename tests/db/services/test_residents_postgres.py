"""The residents' substring index on PostgreSQL: a pg_trgm GIN index kept by plpgsql triggers."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from db.services import ListQuery, complexes, residents

pytestmark = pytest.mark.postgres


def names(db, typed):
    return sorted(r.name for r in residents.list_residents(db, ListQuery(text=typed)).rows)


def test_trigram_search_follows_changes(pg_db):
    cid = complexes.create(pg_db, complexes.ComplexData(name="Vulcanusdreef"))
    complexes.add_home_range(pg_db, cid, "Vulcanusdreef", 1, 4, "3533 AB")
    homes = complexes.list_homes(pg_db, cid)
    rid = residents.create(
        pg_db,
        residents.ResidentData(
            given_name="Şükrü", family_name="Yıldız", phone="06 12345678", home_id=homes[1].id
        ),
    )
    residents.create(
        pg_db,
        residents.ResidentData(
            given_name="Zoë", name_prefix="de", family_name="Vries", home_id=homes[2].id
        ),
    )
    assert names(pg_db, "sukru") == ["Şükrü Yıldız"]
    assert names(pg_db, "06 1234") == ["Şükrü Yıldız"]
    assert names(pg_db, "3533ab") == ["Zoë de Vries", "Şükrü Yıldız"]
    assert names(pg_db, "vulcanusdreef 3") == ["Zoë de Vries"]
    complexes.homes.update(
        pg_db,
        homes[1].id,
        complexes.HomeData(
            **{**complexes.homes.get(pg_db, homes[1].id).__dict__, "street": "Bangkokdreef"}
        ),
    )
    assert names(pg_db, "bangkok") == ["Şükrü Yıldız"]
    residents.delete(pg_db, rid)
    assert names(pg_db, "sukru") == []
    with pg_db.reading() as session:
        indexes = set(
            session.scalars(
                text(
                    "SELECT indexname FROM pg_indexes "
                    "WHERE tablename IN ('resident_search', 'home_search')"
                )
            )
        )
    assert {"ix_resident_search_trgm", "ix_home_search_trgm"} <= indexes
