"""Choices for the editor (applicants, activities) and the signature list's addresses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from db import validation
from db.engine import Database
from db.models import (
    ApplicantKind,
    Complex,
    Event,
    Home,
    Resident,
    Volunteer,
)
from db.services.common import (
    ServiceError,
)
from db.services.funding.applications import applications
from db.services.names import display_name, volunteer_name_columns

# --- choices for the editor --------------------------------------------------------------


def people_choices(db: Database, kind: ApplicantKind) -> list[tuple[int, str]]:
    """(id, name) of current residents or of volunteers, for the applicant picker."""
    if kind == ApplicantKind.RESIDENT:
        stmt = (
            select(Resident.id, Resident.given_name, Resident.name_prefix, Resident.family_name)
            .where(Resident.move_out.is_(None))
            .order_by(Resident.sort_key)
        )
    else:  # a volunteer who lives here has their name on the resident: one person, one name
        given, prefix, family, key = volunteer_name_columns()
        stmt = (
            select(Volunteer.id, given, prefix, family)
            .outerjoin(Resident, Volunteer.resident_id == Resident.id)
            .order_by(key, Volunteer.id)
        )
    with db.reading() as session:
        return [(r[0], display_name(r[1], r[2], r[3])) for r in session.execute(stmt)]


def activity_choices(db: Database, app_id: int | None) -> list[tuple[int, str, date]]:
    """Activities not linked to another application: (id, title, start date)."""
    free = Event.funding_application_id.is_(None)
    if app_id:
        free = or_(free, Event.funding_application_id == app_id)
    with db.reading() as session:
        return [
            (r[0], r[1], r[2].date())
            for r in session.execute(
                select(Event.id, Event.title, Event.starts_at)
                .where(free)
                .order_by(Event.starts_at.desc())
            )
        ]


def activity_dates(db: Database, event_id: int) -> tuple[date, date, int | None, str]:
    """Start, end, complex and location of an activity, to fill in the application's dates."""
    with db.reading() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise ServiceError("Deze activiteit bestaat niet (meer).")
        return event.starts_at.date(), event.ends_at.date(), event.complex_id, event.location


# --- signature list ----------------------------------------------------------------------


@dataclass(frozen=True)
class SignatureSheet:
    title: str
    plan: str
    complex_name: str
    addresses: list[str]


def signature_sheet(db: Database, app_id: int) -> SignatureSheet:
    """The plan and the addresses of the homes in the application's complex."""
    with db.reading() as session:
        obj = applications.load(session, app_id)
        if obj.complex_id is None:
            raise ServiceError(
                f"Aanvraag {app_id} hoort niet bij een complex: kies eerst een complex, "
                "dan kan de handtekeningenlijst de adressen invullen."
            )
        complex_name = session.scalar(select(Complex.name).where(Complex.id == obj.complex_id))
        rows = session.execute(
            select(Home.street, Home.house_number, Home.house_letter, Home.addition, Home.postcode)
            .where(Home.complex_id == obj.complex_id)
            .order_by(Home.street, Home.house_number, Home.house_letter, Home.addition)
        )
        addresses = [
            f"{street} {validation.format_house_number(n, letter, add)}"
            for street, n, letter, add, _pc in rows
        ]
        return SignatureSheet(obj.title, obj.description or obj.goal, complex_name or "", addresses)
