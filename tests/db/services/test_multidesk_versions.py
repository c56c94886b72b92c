"""Two desks on one database: a save over a version the desk never saw is refused (no lost update).

Each desk is its own Database (own engine and connections), as two PCs would be; the same
tests run on a SQLite file and on a real PostgreSQL server.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest

from db import clock
from db.engine import Database
from db.safety.opening import open_database
from db.services import (
    StaleRecord,
    audit_trail,
    complexes,
    events,
    funding,
    partners,
    residents,
    volunteers,
)
from db.services.common import ListQuery

START = clock.now().replace(hour=14, minute=0, second=0, microsecond=0) + timedelta(days=20)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def desks(request, tmp_path) -> tuple[Database, Database]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'kantoor.sqlite'}"
    else:
        server = request.getfixturevalue("pg_server")
        url = server.url(server.create_database())
    first = open_database(url)
    second = Database(url)
    yield first, second
    second.dispose()
    first.dispose()


@dataclass
class Kind:
    """How one kind of record is created, loaded and saved, and one change per desk."""

    name: str
    create: Callable[[Database], int]
    load: Callable[[Database, int], Any]
    save: Callable[[Database, Any], None]
    change_a: dict
    change_b: dict


def _complex(db) -> int:
    return complexes.create(db, complexes.ComplexData(name="Vulcanusdreef"))


def _home(db) -> int:
    cid = _complex(db)
    complexes.add_home_range(db, cid, "Vulcanusdreef", 1, 1, "3533 AB")
    return complexes.list_homes(db, cid)[0].id


def _event(db) -> int:
    return events.create(
        db,
        events.EventData(
            title="Koffieochtend", starts_at=START, ends_at=START + timedelta(hours=2)
        ),
    )


def _shift(db) -> int:
    return events.shifts.shifts.create(
        db,
        events.ShiftData(
            event_id=_event(db), role="Keuken", starts_at=START, ends_at=START + timedelta(hours=1)
        ),
    )


def _application(db) -> int:
    fund = funding.list_funds(db)[0]
    start = clock.today() + timedelta(weeks=10)
    data = funding.ApplicationData(
        fund_id=fund.id,
        title="Burendag",
        activity_start=start,
        activity_end=start,
        iban="nl91abna0417164300",
        account_holder="Bewonerscommissie",
        organisation_name="Bewonerscommissie",
    )
    lines = [
        funding.CostLineData(description="Soep", category="Catering", unit_price=Decimal("40"))
    ]
    return funding.save(db, data, lines, [])


def _save_application(db, data) -> None:
    bundle = funding.load(db, data.id)
    funding.save(db, data, bundle.costs, bundle.income)


def _fund(db) -> int:
    return funding.save_fund(db, funding.FundData(name="Buurtfonds Overvecht"))


def _fund_get(db, fund_id):
    return next(f for f in funding.list_funds(db) if f.id == fund_id)


KINDS = [
    Kind(
        "resident",
        lambda db: residents.create(
            db, residents.ResidentData(given_name="Ans", family_name="Bos")
        ),
        residents.get,
        lambda db, d: residents.update(db, d.id, d),
        {"given_name": "Anna"},
        {"notes": "Belt liever na de middag."},
    ),
    Kind(
        "home",
        _home,
        complexes.homes.get,
        lambda db, d: complexes.homes.update(db, d.id, d),
        {"floor": 3},
        {"house_letter": "B"},
    ),
    Kind(
        "complex",
        _complex,
        complexes.get,
        lambda db, d: complexes.update(db, d.id, d),
        {"name": "Vulcanusdreef Noord"},
        {"name": "Vulcanusdreef Zuid"},
    ),
    Kind(
        "volunteer",
        lambda db: volunteers.create(
            db, volunteers.VolunteerData(given_name="Fatma", family_name="Helper")
        ),
        volunteers.get,
        lambda db, d: volunteers.update(db, d.id, d),
        {"phone": "06 33334444"},
        {"languages": ["tr"]},
    ),
    Kind(
        "application",
        _application,
        funding.get,
        _save_application,
        {"title": "Burendag Noord"},
        {"contact_name": "Ans Bos"},
    ),
    Kind(
        "activity",
        _event,
        events.get,
        lambda db, d: events.update(db, d.id, d),
        {"title": "Koffie-ochtend"},
        {"capacity": 12},
    ),
    Kind(
        "shift",
        _shift,
        events.shifts.shifts.get,
        lambda db, d: events.shifts.shifts.update(db, d.id, d),
        {"needed": 2},
        {"role": "Ontvangst"},
    ),
    Kind(
        "fund",
        _fund,
        _fund_get,
        funding.save_fund,
        {"municipality": "Utrecht"},
        {"min_lead_weeks": 6},
    ),
    Kind(
        "partner",
        lambda db: partners.partners.create(db, partners.PartnerData(name="Buurtteam Overvecht")),
        partners.partners.get,
        lambda db, d: partners.partners.update(db, d.id, d),
        {"phone": "030 1234567"},
        {"email": "info@buurtteam.example"},
    ),
]


@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_stale_save_is_refused_with_the_differences(desks, kind):
    a, b = desks
    obj_id = kind.create(a)
    at_a, at_b = kind.load(a, obj_id), kind.load(b, obj_id)
    kind.save(a, replace(at_a, **kind.change_a))

    with pytest.raises(StaleRecord) as refused:
        kind.save(b, replace(at_b, **kind.change_b))

    conflict = refused.value
    fields = {d.field for d in conflict.differences}
    assert set(kind.change_a) <= fields and set(kind.change_b) <= fields
    assert conflict.current_version == kind.load(a, obj_id).version
    now = kind.load(b, obj_id)
    for field in kind.change_a:  # A's change survived B's refused save
        assert getattr(now, field) == getattr(kind.load(a, obj_id), field)
    # B saving over A on purpose (the dialog's second button) works and is logged.
    kind.save(b, replace(at_b, **kind.change_b, version=conflict.current_version))
    audit_trail.record_override(b, conflict)
    saved = kind.load(a, obj_id)
    for field in kind.change_b:
        assert getattr(saved, field) == getattr(replace(at_b, **kind.change_b), field)
    log = audit_trail.list_entries(a, ListQuery(filters={"action": "override"})).rows
    assert [(r.object_id, r.object_type) for r in log] == [(obj_id, conflict.object_type)]


@pytest.mark.parametrize("kind", [KINDS[0], KINDS[4]], ids=["resident", "application"])
def test_two_desks_saving_at_once_one_wins(desks, kind):
    """Both loaded the same version and save in the same instant: one is kept, one refused."""
    a, b = desks
    obj_id = kind.create(a)
    loaded = {a: kind.load(a, obj_id), b: kind.load(b, obj_id)}
    changes = {a: kind.change_a, b: kind.change_b}
    outcome: dict[Database, str] = {}
    gate = threading.Barrier(2)

    def desk(db):
        gate.wait()
        try:
            kind.save(db, replace(loaded[db], **changes[db]))
            outcome[db] = "saved"
        except StaleRecord:
            outcome[db] = "refused"

    threads = [threading.Thread(target=desk, args=(db,)) for db in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcome.values()) == ["refused", "saved"]
    winner = next(db for db, result in outcome.items() if result == "saved")
    final = kind.load(a, obj_id)
    for field in changes[winner]:
        assert getattr(final, field) == getattr(replace(loaded[winner], **changes[winner]), field)


def test_cli_style_save_without_version_makes_the_editor_stale(desks):
    a, b = desks
    rid = residents.create(a, residents.ResidentData(given_name="Ans", family_name="Bos"))
    editor = residents.get(b, rid)
    residents.update(a, rid, replace(residents.get(a, rid), phone="06 11112222", version=None))
    with pytest.raises(StaleRecord):
        residents.update(b, rid, replace(editor, notes="Nieuw"))
