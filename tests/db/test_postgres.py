"""The same data layer on a PostgreSQL server: migrations, services, search, sorting, refusals."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from db import clock
from db.models import IncomeKind, Stage
from db.safety import migrate
from db.safety.opening import DatabaseTooNew, open_database
from db.services import ListQuery, ServiceError, complexes, events, funding, residents, volunteers

pytestmark = pytest.mark.postgres


@pytest.fixture
def filled(pg_db):
    cid = complexes.create(pg_db, complexes.ComplexData(name="Vulcanusdreef", home_count=188))
    complexes.add_home_range(pg_db, cid, "Vulcanusdreef", 1, 6, "3533 AB")
    homes = complexes.list_homes(pg_db, cid)
    people = [
        ("Şükrü", "", "Yıldız", "06 12345678"),
        ("Zoë", "de", "Vries", "030 123 4567"),
        ("محمد", "", "العلي", ""),
        ("Łukasz", "", "Wiśniewski", ""),
    ]
    ids = [
        residents.create(
            pg_db,
            residents.ResidentData(
                given_name=g,
                name_prefix=p,
                family_name=f,
                phone=ph,
                home_id=home.id,
                languages=["nl"],
                support_flags=["weekly_call"] if g == "Zoë" else [],
            ),
        )
        for (g, p, f, ph), home in zip(people, homes, strict=False)
    ]
    return pg_db, cid, ids


def test_schema_is_at_head_with_seeds(pg_db):
    assert migrate.current_revision(pg_db.engine) == migrate.head_revision()
    assert funding.list_funds(pg_db)[0].name == "Initiatievenfonds Utrecht"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("wiśniewski", "Łukasz Wiśniewski"),
        ("3533ab", None),
        ("0612", "Şükrü Yıldız"),
        ("العلي", "محمد العلي"),
    ],
)
def test_search(filled, query, expected):
    db, _cid, _ids = filled
    names = [r.name for r in residents.list_residents(db, ListQuery(text=query)).rows]
    assert names == [expected] if expected else len(names) == 4


def test_sorting_and_paging(filled):
    db, _cid, _ids = filled
    page = residents.list_residents(db, ListQuery(sort="name", limit=2))
    assert page.total == 4 and [r.name for r in page.rows] == ["Zoë de Vries", "Łukasz Wiśniewski"]


def test_lists_and_counts(filled):
    db, cid, ids = filled
    volunteers.create(
        db, volunteers.VolunteerData(resident_id=ids[0], complex_id=cid, stage=Stage.ACTIVE)
    )
    row = complexes.list_complexes(db).rows[0]
    assert (row.residents_now, row.support_requested, row.nb_households) == (4, 1, 1)
    assert volunteers.list_volunteers(db, ListQuery(sort="stage")).rows[0].name == "Şükrü Yıldız"
    soon = clock.now().replace(microsecond=0) + timedelta(days=10)
    events.create(
        db,
        events.EventData(
            title="Burendag", starts_at=soon, ends_at=soon + timedelta(hours=2), complex_id=cid
        ),
    )
    assert events.list_events(db, ListQuery(sort="registered")).rows[0].title == "Burendag"


def test_money_stays_decimal(pg_db):
    fund = funding.list_funds(pg_db)[0]
    aid = funding.create(
        pg_db,
        funding.ApplicationData(
            fund_id=fund.id, title="Kerstdiner", activity_start=date(2026, 12, 20)
        ),
    )
    funding.cost_lines.create(
        pg_db,
        funding.CostLineData(
            application_id=aid, description="Eten", quantity="3", unit_price="0,10"
        ),
    )
    funding.income_lines.create(
        pg_db, funding.IncomeLineData(application_id=aid, kind=IncomeKind.OWN_MONEY, amount="0,05")
    )
    assert funding.list_applications(pg_db, ListQuery(sort="requested")).rows[
        0
    ].requested == Decimal("0.25")


def test_refusals_get_dutch_messages(filled):
    db, cid, _ids = filled
    with pytest.raises(ServiceError, match="adres bestaat al"):
        complexes.homes.create(
            db,
            complexes.HomeData(
                complex_id=cid, street="Vulcanusdreef", house_number=1, postcode="3533 AB"
            ),
        )
    with pytest.raises(ServiceError, match="kan niet worden verwijderd"):
        complexes.delete(db, cid)


def test_audit_is_written(filled):
    db, _cid, _ids = filled
    with db.reading() as session:
        assert (
            session.scalar(text("SELECT count(*) FROM audit_log WHERE object_type = 'Resident'"))
            == 4
        )


def test_newer_schema_is_refused(pg_server):
    url = pg_server.url(pg_server.create_database())
    open_database(url).dispose()
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(DatabaseTooNew):
        open_database(url)
