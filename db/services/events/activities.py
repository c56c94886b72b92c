"""Events (activiteiten): CRUD, the list and calendar, and what a flyer needs to know."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from db import clock, validation
from db.engine import Database
from db.models import (
    Complex,
    Event,
    EventStatus,
    Registration,
    RegistrationStatus,
    Resident,
    Volunteer,
)
from db.services import office
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
from db.services.events.registrations import promote_waiting
from db.services.names import display_name, volunteer_name_columns

FLYER_LANGUAGES = ("", "en", "tr", "ar")
_ALL = ListQuery()


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
    flyer_language: str = ""
    flyer_title: str = ""
    flyer_text: str = ""
    picture_path: str = ""
    qr_url: str = ""
    flyer_template: str = ""
    version: int | None = None  # as loaded; a save over a newer one is refused


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
    series_id: int | None = None


def check_times(
    starts_at: datetime | None, ends_at: datetime | None, *, new: bool, now: datetime | None = None
) -> None:
    """The editor's rules, also used by series and the CLI; a Dutch ServiceError when broken."""
    if starts_at is None or ends_at is None:
        raise ServiceError("Vul een begin en een einde in.")
    if ends_at <= starts_at:
        raise ServiceError("Het einde van de activiteit moet na het begin liggen.")
    if new and starts_at < (now or clock.now()):
        raise ServiceError("Een nieuwe activiteit kan niet in het verleden beginnen.")


def _normalise(data: EventData) -> EventData:
    check_times(data.starts_at, data.ends_at, new=False)
    if data.capacity is not None and data.capacity < 0:
        raise ServiceError("De capaciteit kan niet negatief zijn.")
    if data.attendance is not None and data.attendance < 0:
        raise ServiceError("Het aantal aanwezigen kan niet negatief zijn.")
    if data.flyer_language not in FLYER_LANGUAGES:
        raise ServiceError("Kies Engels, Turks of Arabisch als tweede taal.")
    return replace(
        data,
        title=validation.required_text(data.title, "Titel", 200),
        description=data.description.strip(),
        location=data.location.strip(),
        organiser_staff=data.organiser_staff.strip(),
        costs=validation.money(data.costs),
        flyer_title=data.flyer_title.strip(),
        flyer_text=data.flyer_text.strip(),
        qr_url=data.qr_url.strip(),
    )


class _EventCrud(Crud[EventData]):
    def create(self, db: Database, data: EventData) -> int:
        check_times(data.starts_at, data.ends_at, new=True)
        return super().create(db, data)

    def update(self, db: Database, obj_id: int, data: EventData) -> None:
        data = self.prepare(data)
        with self.saving(db, obj_id, data) as (session, obj):
            for name in self.fields():
                setattr(obj, name, getattr(data, name))
            session.flush()
            # A raised capacity lets the waiting list move up at once.
            promote_waiting(session, obj_id)


crud = _EventCrud(Event, EventData, "Activiteit", _normalise)
get, create, update, delete = crud.get, crud.create, crud.update, crud.delete


def set_status(db: Database, event_id: int, status: EventStatus) -> None:
    """Cancel or confirm one occurrence without touching the rest of its series."""
    with unit_of_work(db) as session:
        crud.load(session, event_id).status = EventStatus(status)


def _place():
    return func.coalesce(
        func.nullif(Event.location, ""), func.nullif(Complex.common_room, ""), Complex.name, ""
    )


def _registered():
    return (
        select(func.count(Registration.id))
        .where(
            Registration.event_id == Event.id, Registration.status == RegistrationStatus.REGISTERED
        )
        .scalar_subquery()
    )


def _row(r) -> EventRow:
    return EventRow(r[0], r[1], r[2], r[3], r[4] or "", EventStatus(r[5]), r[6], r[7], r[8])


def _filtered(stmt, query: ListQuery):
    f = query.filters
    if f.get("status"):
        stmt = stmt.where(Event.status == f["status"])
    if f.get("complex_id"):
        stmt = stmt.where(Event.complex_id == f["complex_id"])
    if f.get("upcoming"):
        stmt = stmt.where(Event.ends_at >= clock.now())
    if query.text.strip():
        stmt = stmt.where(Event.title.ilike(like_pattern(query.text.strip()), escape="\\"))
    return stmt


def _select():
    registered, place = _registered(), _place()
    stmt = select(
        Event.id,
        Event.title,
        Event.starts_at,
        Event.ends_at,
        place,
        Event.status,
        Event.capacity,
        registered,
        Event.series_id,
    ).outerjoin(Complex, Event.complex_id == Complex.id)
    return stmt, registered, place


def list_events(db: Database, query: ListQuery = _ALL) -> Page[EventRow]:
    stmt, registered, place = _select()
    stmt = _filtered(stmt, query)
    columns = {
        "title": Event.title,
        "starts_at": Event.starts_at,
        "place": place,
        "status": Event.status,
        "capacity": Event.capacity,
        "registered": registered,
    }
    stmt = order(stmt, columns, query, [Event.starts_at.desc(), Event.id])
    with db.reading() as session:
        return paged(session, stmt, query, _row)


def events_between(
    db: Database, first: date, last: date, query: ListQuery = _ALL
) -> list[EventRow]:
    """Activities that touch the days first..last (inclusive), for the month calendar."""
    stmt, _registered_col, _place_col = _select()
    stmt = (
        _filtered(stmt, query)
        .where(
            Event.starts_at < datetime.combine(last + timedelta(days=1), time()),
            Event.ends_at > datetime.combine(first, time()),
        )
        .order_by(Event.starts_at, Event.id)
    )
    with db.reading() as session:
        return [_row(r) for r in session.execute(stmt)]


# --- what the flyer, sheet and attendance list print --------------------------------------


@dataclass(frozen=True)
class FlyerInfo:
    id: int
    title: str
    description: str
    starts_at: datetime
    ends_at: datetime
    place: str  # "Buurtkamer Vulcanusdreef" or a free address
    complex_id: int | None
    complex_name: str
    organisers: str  # "Fatma Yılmaz en het Buurtkantoor"
    status: EventStatus
    capacity: int | None
    language: str
    foreign_title: str
    foreign_text: str
    picture_path: str
    qr_url: str
    template: str
    register_line: str = ""  # "Aanmelden: bel 030 … of mail …", from the Kantoorgegevens


def flyer_info(db: Database, event_id: int) -> FlyerInfo:
    register = office.get(db).register_line()
    with db.reading() as session:
        event = crud.load(session, event_id)
        complex_ = session.get(Complex, event.complex_id) if event.complex_id else None
        place = event.location or (complex_.common_room or complex_.name if complex_ else "")
        organisers = [
            name
            for name in (
                _volunteer_name(session, event.organiser_volunteer_id),
                event.organiser_staff,
            )
            if name
        ]
        return FlyerInfo(
            event.id,
            event.title,
            event.description,
            event.starts_at,
            event.ends_at,
            place,
            event.complex_id,
            complex_.name if complex_ else "",
            " en ".join(organisers),
            event.status,
            event.capacity,
            event.flyer_language,
            event.flyer_title,
            event.flyer_text,
            event.picture_path,
            event.qr_url,
            event.flyer_template,
            register,
        )


def _volunteer_name(session, volunteer_id: int | None) -> str:
    if volunteer_id is None:
        return ""
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None:
        return ""
    if volunteer.resident_id is not None:
        resident = session.get(Resident, volunteer.resident_id)
        if resident is not None:
            return display_name(resident.given_name, resident.name_prefix, resident.family_name)
    return display_name(volunteer.given_name, volunteer.name_prefix, volunteer.family_name)


def volunteer_choices(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every volunteer who has not stopped, for organiser and shift pickers."""
    given, prefix, family, key = volunteer_name_columns()
    stmt = (
        select(Volunteer.id, given, prefix, family)
        .outerjoin(Resident, Volunteer.resident_id == Resident.id)
        .where(Volunteer.stage != "stopped")
        .order_by(key, Volunteer.id)
    )
    with db.reading() as session:
        return [(r[0], display_name(r[1], r[2], r[3])) for r in session.execute(stmt)]


def funding_choices(db: Database) -> list[tuple[int, str]]:
    """(id, title) of the funding applications an activity can be linked to."""
    from db.models import FundingApplication

    with db.reading() as session:
        rows = session.execute(
            select(FundingApplication.id, FundingApplication.title).order_by(
                FundingApplication.title, FundingApplication.id
            )
        )
        return [(r[0], r[1]) for r in rows]
