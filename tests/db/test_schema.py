"""The schema itself refuses bad rows, whatever writes them (not only the GUI)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError

from db.models import Complex, CostLine, Event, Fund, FundingApplication, Home, IncomeLine, Resident


def _write(db, stmt):
    with db.transaction() as session:
        session.execute(stmt)


@pytest.fixture
def complex_id(db):
    with db.transaction() as session:
        obj = Complex(name="Zamenhofdreef")
        session.add(obj)
        session.flush()
        return obj.id


def _home(complex_id, **kw):
    values = dict(complex_id=complex_id, street="Zamenhofdreef", house_number=1, postcode="3562 JS")
    values.update(kw)
    return insert(Home).values(**values)


def test_same_address_twice_is_refused(db, complex_id):
    _write(db, _home(complex_id, house_letter="", addition=""))
    with pytest.raises(IntegrityError, match="UNIQUE"):
        _write(db, _home(complex_id, house_letter="", addition=""))
    _write(db, _home(complex_id, house_letter="A"))  # 1A is another home


@pytest.mark.parametrize("values", [{"house_number": 0}, {"house_letter": "AB"}])
def test_bad_home_is_refused(db, complex_id, values):
    with pytest.raises(IntegrityError, match="CHECK"):
        _write(db, _home(complex_id, **values))


def test_unknown_complex_is_refused(db):
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        _write(db, _home(999))


def test_event_end_before_start_is_refused(db):
    with pytest.raises(IntegrityError, match="CHECK"):
        _write(
            db,
            insert(Event).values(
                title="x", starts_at=datetime(2026, 5, 1, 14), ends_at=datetime(2026, 5, 1, 13)
            ),
        )


def test_move_out_before_move_in_is_refused(db):
    with pytest.raises(IntegrityError, match="CHECK"):
        _write(
            db,
            insert(Resident).values(
                family_name="x", move_in=date(2026, 5, 1), move_out=date(2026, 4, 1)
            ),
        )


@pytest.fixture
def application_id(db):
    with db.transaction() as session:
        fund_id = session.scalar(text("SELECT id FROM funds"))
        obj = FundingApplication(fund_id=fund_id, title="Burendag")
        session.add(obj)
        session.flush()
        return obj.id


@pytest.mark.parametrize(
    "stmt",
    [
        lambda aid: insert(CostLine).values(
            application_id=aid, description="x", unit_price=Decimal("-1")
        ),
        lambda aid: insert(CostLine).values(
            application_id=aid, description="x", quantity=Decimal("-2")
        ),
        lambda aid: insert(IncomeLine).values(
            application_id=aid, kind="own_money", amount=Decimal("-0.01")
        ),
        lambda aid: insert(Fund).values(name="Negatief", max_per_request=Decimal("-5")),
    ],
)
def test_negative_amounts_are_refused(db, application_id, stmt):
    with pytest.raises(IntegrityError, match="CHECK"):
        _write(db, stmt(application_id))


def test_unknown_enum_value_is_refused(db, application_id):
    with pytest.raises(IntegrityError, match="CHECK"):
        _write(db, text("UPDATE funding_applications SET status = 'approved'"))


def test_money_comes_back_as_decimal(db, application_id):
    _write(
        db,
        insert(CostLine).values(
            application_id=application_id,
            description="x",
            quantity=Decimal("3"),
            unit_price=Decimal("0.10"),
        ),
    )
    with db.reading() as session:
        price = session.query(CostLine.unit_price).scalar()
    assert price == Decimal("0.10") and isinstance(price, Decimal)


def test_sqlite_is_opened_safely(db):
    with db.reading() as session:
        settings = {
            p: session.execute(text(f"PRAGMA {p}")).scalar()
            for p in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
        }
    assert settings == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,
        "busy_timeout": 5000,
    }
