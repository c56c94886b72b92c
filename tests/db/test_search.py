"""The residents' substring index: what it finds, that triggers keep it in step with every
writer, and that it repairs itself after a table rebuild (an Alembic batch migration)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, text, update

from db import clock, search, sort_keys
from db.models import Home, Resident
from db.services import ListQuery, complexes, residents
from db.services.names import sort_key

PEOPLE = [
    ("Şükrü", "", "Yıldız", "06 12345678"),
    ("Zoë", "de", "Vries-van 't Hof", "030 123 4567"),
    ("محمد", "", "العلي", ""),
    ("Łukasz", "", "Wiśniewski", "+44 20 7946 0958"),
]


@pytest.fixture
def people(db):
    cid = complexes.create(db, complexes.ComplexData(name="Vulcanusdreef"))
    complexes.add_home_range(db, cid, "Vulcanusdreef", 1, 12, "3533 ab")
    homes = complexes.list_homes(db, cid)
    ids = [
        residents.create(
            db,
            residents.ResidentData(
                given_name=g, name_prefix=p, family_name=f, phone=ph, home_id=homes[i * 3 + 1].id
            ),
        )
        for i, (g, p, f, ph) in enumerate(PEOPLE)
    ]
    return cid, homes, ids


def names(db, typed, **filters):
    return sorted(
        r.name for r in residents.list_residents(db, ListQuery(text=typed, filters=filters)).rows
    )


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("yıldız", ["Şükrü Yıldız"]),
        ("sukru", ["Şükrü Yıldız"]),
        ("ŞÜKRÜ", ["Şükrü Yıldız"]),
        ("zoe de", ["Zoë de Vries-van 't Hof"]),
        ("vries-van t hof", ["Zoë de Vries-van 't Hof"]),
        ("VRIES-VAN", ["Zoë de Vries-van 't Hof"]),
        ("wisniewski", ["Łukasz Wiśniewski"]),
        ("lukasz", ["Łukasz Wiśniewski"]),
        ("العلي", ["محمد العلي"]),
        ("0612", ["Şükrü Yıldız"]),
        ("06 1234 5678", ["Şükrü Yıldız"]),
        ("06-12345678", ["Şükrü Yıldız"]),
        ("+3130", ["Zoë de Vries-van 't Hof"]),
        ("030 123", ["Zoë de Vries-van 't Hof"]),
        ("7946", ["Łukasz Wiśniewski"]),
        ("vulcanusdreef 5", ["Zoë de Vries-van 't Hof"]),
        ("Vulcanusdreef 11", ["Łukasz Wiśniewski"]),
        (
            "3533 AB",
            sorted(
                n
                for n in [
                    "Şükrü Yıldız",
                    "Zoë de Vries-van 't Hof",
                    "محمد العلي",
                    "Łukasz Wiśniewski",
                ]
            ),
        ),
        (
            "3533ab",
            sorted(["Şükrü Yıldız", "Zoë de Vries-van 't Hof", "محمد العلي", "Łukasz Wiśniewski"]),
        ),
        ("de", ["Zoë de Vries-van 't Hof"]),
        ("niemand", []),
        ("%", []),
        ('"', []),
        ("_", []),
    ],
)
def test_search_finds_by_name_address_postcode_and_phone(db, people, typed, expected):
    assert names(db, typed) == expected


def test_search_combines_with_filters(db, people):
    cid, _homes, ids = people
    residents.move_out(db, ids[0], clock.today())
    assert names(db, "sukru") == []
    assert names(db, "sukru", status="moved") == ["Şükrü Yıldız"]
    assert names(db, "sukru", status="all", complex_id=cid) == ["Şükrü Yıldız"]
    # fragments shorter than a trigram read the move-out status from the search documents
    assert names(db, "ld") == []
    assert names(db, "ld", status="moved") == ["Şükrü Yıldız"]
    assert names(db, "ld", status="all", complex_id=cid) == ["Şükrü Yıldız"]
    page = residents.list_residents(
        db, ListQuery(text="3533", filters={"complex_id": cid}, limit=2)
    )
    assert page.total == 3 and len(page.rows) == 2


def test_index_follows_changes_by_any_writer(db, people):
    _cid, homes, ids = people
    data = residents.get(db, ids[1])
    residents.update(
        db, ids[1], residents.ResidentData(**{**data.__dict__, "family_name": "Jansen"})
    )
    assert names(db, "vries") == [] and names(db, "jansen") == ["Zoë de Jansen"]
    with db.transaction() as session:  # plain SQL, not the services: triggers still see it
        session.execute(update(Home).where(Home.id == homes[1].id).values(street="Bangkokdreef"))
        session.execute(
            insert(Resident).values(
                family_name="Bakker",
                given_name="Els",
                sort_key=sort_key("Bakker", "Els"),
                phone="+31687654321",
            )
        )
    assert names(db, "bangkokdreef") == ["Şükrü Yıldız"]
    assert names(db, "0687") == ["Els Bakker"]
    residents.delete(db, ids[2])
    assert names(db, "العلي") == []


def test_index_repairs_itself_after_a_batch_migration(db, people, monkeypatch):
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        with conn.begin():
            sort_keys.drop_triggers(conn)  # as db/migrations/env.py does before every migration
            ops = Operations(MigrationContext.configure(conn, opts={"render_as_batch": True}))
            with ops.batch_alter_table("homes", recreate="always") as batch:
                batch.add_column(sa.Column("extra", sa.Integer))
            with ops.batch_alter_table("residents", recreate="always") as batch:
                batch.add_column(sa.Column("extra", sa.Integer))
    monkeypatch.setattr(search, "_ensured", type(search._ensured)())
    residents.create(db, residents.ResidentData(given_name="Anna", family_name="Pietersen"))
    assert names(db, "pietersen") == ["Anna Pietersen"]  # written while the triggers were gone
    with db.reading() as session:
        triggers = session.execute(
            text(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%search%'"
            )
        ).scalar()
    assert triggers == 6


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=12))
def test_any_typed_text_is_safe(db, people, typed):
    # FTS5 has its own query syntax: nothing typed may break it or raise, and whatever it finds
    # must be what a plain scan finds (the page and the count agree, every hit really matches).
    page = residents.list_residents(db, ListQuery(text=typed, limit=50))
    assert page.total == len(page.rows) <= 4
    everyone = {
        r.id: r for r in residents.list_residents(db, ListQuery(filters={"status": "all"})).rows
    }
    assert {r.id for r in page.rows} <= set(everyone)


def test_folding_agrees_with_sort_key():
    for given_name, prefix, family, _phone in PEOPLE:
        key = sort_key(family, given_name, prefix)
        assert all(search.fold(word) in key for word in f"{given_name} {prefix} {family}".split())
    assert search.search_terms("3531 ab") == ["3531ab"]
    assert search.search_terms("Zoë") == ["zoë", "zoe"]


def test_demo_data_is_indexed_and_kept_up_to_date(demo_db):
    # the generator loads without triggers and rebuilds the index once, in the same transaction
    with demo_db.reading() as session:
        triggers = session.execute(
            text(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%search%'"
            )
        ).scalar()
        someone = session.execute(
            text("SELECT id, family_name FROM residents WHERE move_out IS NULL ORDER BY id LIMIT 1")
        ).one()
    assert triggers == 6
    assert someone.id in {
        r.id
        for r in residents.list_residents(
            demo_db, ListQuery(text=someone.family_name, limit=None)
        ).rows
    }
    rid = residents.create(
        demo_db, residents.ResidentData(given_name="Xaviera", family_name="Quist")
    )
    assert [r.id for r in residents.list_residents(demo_db, ListQuery(text="xaviera q")).rows] == [
        rid
    ]


@pytest.mark.parametrize("broad, dense", [(10**9, 1.0), (10, 1.0), (10, 0.0)])
@pytest.mark.parametrize("typed", ["de", "a", "dreef", "straat 1", "van", "06"])
def test_page_and_count_agree_however_the_search_is_walked(
    demo_db, monkeypatch, typed, broad, dense
):
    # the page and the exact count take different routes through the index depending on how
    # many residents match (db.search.BROAD and DENSE); every route gives the same answer
    everyone = residents.list_residents(demo_db, ListQuery(text=typed, limit=None))
    monkeypatch.setattr(search, "BROAD", broad)
    monkeypatch.setattr(search, "DENSE", dense)
    for sort, descending in (("", False), ("name", True), ("address", False)):
        page = residents.list_residents(
            demo_db, ListQuery(text=typed, limit=7, sort=sort, descending=descending)
        )
        assert page.total == len(everyone.rows)
        assert len(page.rows) == min(7, page.total)
        assert {r.id for r in page.rows} <= {r.id for r in everyone.rows}
    for filters in ({"status": "moved"}, {"status": "all"}, {"status": "all", "language": "nl"}):
        unpaged = residents.list_residents(
            demo_db, ListQuery(text=typed, filters=filters, limit=None)
        )
        page = residents.list_residents(demo_db, ListQuery(text=typed, filters=filters, limit=3))
        assert page.total == len(unpaged.rows)
        assert [r.id for r in page.rows] == [r.id for r in unpaged.rows][:3]
        assert all(
            (r.move_out is not None) == (filters["status"] == "moved") for r in page.rows
        ) or (filters["status"] == "all")
    names_in_order = [
        r.name for r in residents.list_residents(demo_db, ListQuery(text=typed, limit=50)).rows
    ]
    assert names_in_order == [r.name for r in everyone.rows][:50]


def test_a_home_changing_address_changes_its_residents_documents(db, people):
    _cid, homes, ids = people
    with db.transaction() as session:
        session.execute(update(Home).where(Home.id == homes[4].id).values(postcode="1234 ZZ"))
    assert names(db, "1234zz") == ["Zoë de Vries-van 't Hof"]
    assert names(db, "3533 ab") == sorted(["Şükrü Yıldız", "محمد العلي", "Łukasz Wiśniewski"])
    with db.transaction() as session:
        session.execute(update(Resident).where(Resident.id == ids[0]).values(home_id=homes[4].id))
    assert names(db, "1234 zz") == sorted(["Zoë de Vries-van 't Hof", "Şükrü Yıldız"])


@pytest.mark.parametrize(
    "typed",
    ["vries zoe", "zoe vr", "ZOË VRIES", "hof zoe", "vries 3533", "zoe vulcanusdreef 5"],
)
def test_words_in_any_order_and_partial_words_find_the_person(db, people, typed):
    assert names(db, typed) == ["Zoë de Vries-van 't Hof"]


def test_every_word_must_match_and_a_house_number_stays_with_its_street(db, people):
    assert names(db, "zoe yildiz") == []
    assert names(db, "vulcanusdreef 2") == ["Şükrü Yıldız"]  # not 12, nor a phone with a 2
    assert search.search_groups("vries  zoë") == [["vries"], ["zoë", "zoe"]]
    assert search.search_groups("vulcanusdreef 12 a") == [["vulcanusdreef 12"], ["a"]]
    assert search.search_groups("3533 ab") == [["3533ab"]]
