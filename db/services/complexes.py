"""Complexes and their homes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from sqlalchemy import and_, column, func, or_, select, table

from db import clock, sort_keys, validation
from db.engine import Database
from db.models import Complex, Event, EventStatus, Home, Resident, Stage, Volunteer
from db.models.people import resident_support_flags
from db.services.common import (
    Crud,
    ListQuery,
    Page,
    ServiceError,
    like_pattern,
    order,
    paged,
    unit_of_work,
)


@dataclass
class ComplexData:
    id: int | None = None
    name: str = ""
    address_range: str = ""
    postcodes: str = ""
    buurt_code: str = ""
    buurt_name: str = ""
    home_count: int = 0
    owner: str = ""
    building_type: str = ""
    floors: int | None = None
    common_room: str = ""
    caretaker_name: str = ""
    caretaker_phone: str = ""
    caretaker_email: str = ""
    nb_target_pct: Decimal | None = None
    notes: str = ""
    version: int | None = None  # as loaded; a save over a newer one is refused


@dataclass(frozen=True)
class ComplexRow:
    id: int
    name: str
    buurt_name: str
    home_count: int
    residents_now: int
    support_requested: int
    nb_households: int
    nb_target_pct: Decimal | None
    next_activity: datetime | None
    next_activity_title: str | None


def _normalise(data: ComplexData) -> ComplexData:
    return replace(
        data,
        name=validation.required_text(data.name, "Naam", 120),
        caretaker_phone=validation.phone(data.caretaker_phone) if data.caretaker_phone else "",
        caretaker_email=validation.email(data.caretaker_email) if data.caretaker_email else "",
    )


crud = Crud(Complex, ComplexData, "Complex", _normalise)
get, create, update = crud.get, crud.create, crud.update


def delete(db: Database, complex_id: int) -> None:
    """Refused while homes or residents still belong to the complex: nothing may dangle."""
    with unit_of_work(db) as session:
        obj = crud.load(session, complex_id)
        homes = session.scalar(select(func.count()).where(Home.complex_id == complex_id))
        if homes:
            residents = session.scalar(
                select(func.count())
                .select_from(Resident)
                .join(Home)
                .where(Home.complex_id == complex_id)
            )
            raise ServiceError(
                f"Complex '{obj.name}' kan niet worden verwijderd: er horen nog {homes} woningen "
                f"en {residents} bewoners bij. Verwijder of verplaats die eerst."
            )
        session.delete(obj)


def _now_residents(complex_id_col, db: Database | None = None):
    if db is not None and sort_keys.ensure(db.engine):  # from one index, not every resident row
        keys = table(sort_keys.TABLE, column("complex_id"), column("moved"))
        return (
            select(func.count())
            .select_from(keys)
            .where(keys.c.complex_id == complex_id_col, keys.c.moved == 0)
            .scalar_subquery()
        )
    return (
        select(func.count(Resident.id))
        .join(Home, Resident.home_id == Home.id)
        .where(Home.complex_id == complex_id_col, Resident.move_out.is_(None))
        .scalar_subquery()
    )


def _support_requested(db: Database):
    if sort_keys.ensure(db.engine):
        keys = table(sort_keys.TABLE, column("complex_id"), column("moved"), column("flags"))
        return (
            select(func.count())
            .select_from(keys)
            .where(keys.c.complex_id == Complex.id, keys.c.moved == 0, keys.c.flags >= "0001")
            .scalar_subquery()
        )
    return (
        select(func.count(func.distinct(Resident.id)))
        .join(Home, Resident.home_id == Home.id)
        .join(resident_support_flags, resident_support_flags.c.resident_id == Resident.id)
        .where(Home.complex_id == Complex.id, Resident.move_out.is_(None))
        .scalar_subquery()
    )


def list_complexes(db: Database, query: ListQuery = ListQuery()) -> Page[ComplexRow]:
    residents_now = _now_residents(Complex.id, db)
    support = _support_requested(db)
    nb = (
        select(func.count(Volunteer.id))
        .where(
            Volunteer.complex_id == Complex.id,
            Volunteer.stage.in_([Stage.HOUSED, Stage.WELCOMED, Stage.ACTIVE]),
        )
        .scalar_subquery()
    )
    upcoming = and_(
        Event.complex_id == Complex.id,
        Event.starts_at >= clock.now(),
        Event.status.in_([EventStatus.PLANNED, EventStatus.ANNOUNCED]),
    )
    next_at = select(func.min(Event.starts_at)).where(upcoming).scalar_subquery()
    next_title = (
        select(Event.title).where(upcoming).order_by(Event.starts_at).limit(1).scalar_subquery()
    )
    stmt = select(
        Complex.id,
        Complex.name,
        Complex.buurt_name,
        Complex.home_count,
        residents_now.label("r"),
        support.label("s"),
        nb.label("nb"),
        Complex.nb_target_pct,
        next_at.label("n"),
        next_title.label("t"),
    )
    if query.text:
        pattern = like_pattern(query.text)
        stmt = stmt.where(
            or_(
                Complex.name.ilike(pattern, escape="\\"),
                Complex.buurt_name.ilike(pattern, escape="\\"),
            )
        )
    columns = {
        "name": Complex.name,
        "buurt_name": Complex.buurt_name,
        "home_count": Complex.home_count,
        "residents_now": residents_now,
        "support_requested": support,
        "nb_households": nb,
        "next_activity": next_at,
    }
    stmt = order(stmt, columns, query, [Complex.name])
    with db.reading() as session:
        return paged(session, stmt, query, lambda r: ComplexRow(*r))


def names(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every complex, for pickers and filters."""
    with db.reading() as session:
        return [
            tuple(r)
            for r in session.execute(select(Complex.id, Complex.name).order_by(Complex.name))
        ]


# --- homes -------------------------------------------------------------------------------


@dataclass
class HomeData:
    id: int | None = None
    complex_id: int | None = None
    street: str = ""
    house_number: int = 0
    house_letter: str = ""
    addition: str = ""
    postcode: str = ""
    city: str = "Utrecht"
    floor: int | None = None
    version: int | None = None  # as loaded; a save over a newer one is refused


def _normalise_home(data: HomeData) -> HomeData:
    return replace(
        data,
        street=validation.required_text(data.street, "Straat", 120),
        house_number=validation.house_number(data.house_number),
        house_letter=validation.house_letter(data.house_letter),
        addition=validation.house_addition(data.addition),
        postcode=validation.postcode(data.postcode),
    )


homes = Crud(Home, HomeData, "Woning", _normalise_home)


def address(street: str, number: int, letter: str, addition: str) -> str:
    """'Vulcanusdreef 12A-2', as on a Dutch envelope."""
    text = f"{street} {number}{letter}"
    return f"{text}-{addition}" if addition else text


def list_homes(db: Database, complex_id: int) -> list[HomeData]:
    with db.reading() as session:
        rows = session.scalars(
            select(Home)
            .where(Home.complex_id == complex_id)
            .order_by(Home.street, Home.house_number, Home.house_letter, Home.addition)
        )
        return [homes.to_data(h) for h in rows]


def add_home_range(
    db: Database,
    complex_id: int,
    street: str,
    first: int,
    last: int,
    postcode: str,
    floor_size: int | None = None,
) -> int:
    """'Vulcanusdreef 1-188' in one action; all or nothing. Returns how many were added."""
    if last < first:
        raise ServiceError("Het laatste huisnummer moet groter zijn dan het eerste.")
    if last - first >= 2000:
        raise ServiceError("Voeg hoogstens 2000 woningen tegelijk toe.")
    base = _normalise_home(
        HomeData(complex_id=complex_id, street=street, house_number=first, postcode=postcode)
    )
    with unit_of_work(db) as session:
        obj = crud.load(session, complex_id)
        for number in range(first, last + 1):
            floor = (number - first) // floor_size if floor_size else None
            session.add(
                Home(
                    complex_id=complex_id,
                    street=base.street,
                    house_number=number,
                    postcode=base.postcode,
                    city=base.city,
                    floor=floor,
                )
            )
        session.flush()
        registered = session.scalar(select(func.count()).where(Home.complex_id == complex_id))
        obj.home_count = max(obj.home_count or 0, registered)  # the table shows the larger
        return last - first + 1


def delete_home(db: Database, home_id: int) -> None:
    """Refused while anyone (also a former resident: history) is registered at the address."""
    with unit_of_work(db) as session:
        home = homes.load(session, home_id)
        people = session.scalar(select(func.count()).where(Resident.home_id == home_id))
        if people:
            raise ServiceError(
                f"{address(home.street, home.house_number, home.house_letter, home.addition)} "
                f"kan niet worden verwijderd: er staan {people} (oud-)bewoners op dit adres."
            )
        session.delete(home)
