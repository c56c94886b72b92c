"""Events (activiteiten): CRUD and the list."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select

from db import validation
from db.engine import Database
from db.models import Complex, Event, EventStatus, Registration, RegistrationStatus, Shift
from db.services.common import ChildCrud, Crud, ListQuery, Page, ServiceError, like_pattern, order, paged


@dataclass
class EventData:
    id: int | None = None
    title: str = ""
    description: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    complex_id: int | None = None
    location: str = ""
    organiser_volunteer_id: int | None = None
    organiser_staff: str = ""
    capacity: int | None = None
    costs: Decimal = Decimal("0.00")
    funding_application_id: int | None = None
    status: EventStatus = EventStatus.IDEA
    attendance: int | None = None
    series_id: int | None = None


@dataclass(frozen=True)
class EventRow:
    id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    place: str
    status: EventStatus
    capacity: int | None
    registered: int


def _normalise(data: EventData) -> EventData:
    if data.starts_at is None or data.ends_at is None:
        raise ServiceError("Vul een begin en een einde in.")
    if data.ends_at <= data.starts_at:
        raise ServiceError("Het einde van de activiteit moet na het begin liggen.")
    if data.capacity is not None and data.capacity < 0:
        raise ServiceError("De capaciteit kan niet negatief zijn.")
    return replace(
        data,
        title=validation.required_text(data.title, "Titel", 200),
        costs=validation.money(data.costs),
    )


class _EventCrud(Crud[EventData]):
    def create(self, db: Database, data: EventData) -> int:
        if data.starts_at is not None and data.starts_at < datetime.now():
            raise ServiceError("Een nieuwe activiteit kan niet in het verleden beginnen.")
        return super().create(db, data)


crud = _EventCrud(Event, EventData, "Activiteit", _normalise)
get, create, update, delete = crud.get, crud.create, crud.update, crud.delete


def list_events(db: Database, query: ListQuery = ListQuery()) -> Page[EventRow]:
    registered = (
        select(func.count(Registration.id))
        .where(Registration.event_id == Event.id, Registration.status == RegistrationStatus.REGISTERED)
        .scalar_subquery()
    )
    place = func.coalesce(func.nullif(Event.location, ""), Complex.common_room, Complex.name, "")
    stmt = (
        select(Event.id, Event.title, Event.starts_at, Event.ends_at, place, Event.status,
               Event.capacity, registered)
        .outerjoin(Complex, Event.complex_id == Complex.id)
    )
    f = query.filters
    if f.get("status"):
        stmt = stmt.where(Event.status == f["status"])
    if f.get("complex_id"):
        stmt = stmt.where(Event.complex_id == f["complex_id"])
    if f.get("upcoming"):
        stmt = stmt.where(Event.ends_at >= datetime.now())
    if query.text.strip():
        stmt = stmt.where(Event.title.ilike(like_pattern(query.text.strip()), escape="\\"))
    columns = {"title": Event.title, "starts_at": Event.starts_at, "place": place,
               "status": Event.status, "capacity": Event.capacity, "registered": registered}
    stmt = order(stmt, columns, query, [Event.starts_at.desc(), Event.id])
    with db.reading() as session:
        return paged(session, stmt, query, lambda r: EventRow(
            r[0], r[1], r[2], r[3], r[4] or "", EventStatus(r[5]), r[6], r[7]))


# --- shifts and registrations ------------------------------------------------------------


@dataclass
class ShiftData:
    id: int | None = None
    event_id: int = 0
    role: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    needed: int = 1


@dataclass
class RegistrationData:
    id: int | None = None
    event_id: int = 0
    resident_id: int = 0
    registered_at: datetime | None = None
    status: RegistrationStatus = RegistrationStatus.REGISTERED
    attended: bool | None = None


def _shift(data: ShiftData) -> ShiftData:
    if data.starts_at is None or data.ends_at is None or data.ends_at <= data.starts_at:
        raise ServiceError("Een dienst moet een begin en een later einde hebben.")
    if data.needed < 1:
        raise ServiceError("Er is minstens 1 vrijwilliger nodig per dienst.")
    return replace(data, role=validation.required_text(data.role, "Taak", 80))


def _registration(data: RegistrationData) -> RegistrationData:
    return replace(data, registered_at=data.registered_at or datetime.now())


shifts = ChildCrud(Shift, ShiftData, "Dienst", "event_id", _shift, "starts_at")
registrations = ChildCrud(Registration, RegistrationData, "Aanmelding", "event_id", _registration)
