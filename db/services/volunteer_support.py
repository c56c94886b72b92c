"""Who supports whom (support links), volunteer hours and the activities hours can be logged on."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import or_, select

from db import clock, validation
from db.engine import Database
from db.models import (
    Resident,
    SupportKind,
    SupportLink,
    VolunteerHours,
)
from db.services.common import (
    ChildCrud,
    NotFound,
    ServiceError,
    unit_of_work,
)

# --- who supports whom, and hours --------------------------------------------------------


@dataclass
class SupportLinkData:
    id: int | None = None
    volunteer_id: int = 0
    resident_id: int = 0
    kind: SupportKind = SupportKind.WEEKLY_CALL
    agreed_day: int | None = None
    started_on: date | None = None
    ended_on: date | None = None
    note: str = ""


@dataclass
class HoursData:
    id: int | None = None
    volunteer_id: int = 0
    event_id: int | None = None
    worked_on: date | None = None
    hours: Decimal = Decimal("0")
    description: str = ""


NO_CONSENT = (
    "Deze bewoner heeft geen toestemming gegeven voor contact met vrijwilligers en kan dus niet "
    "op een bellijst. Leg eerst de toestemming vast bij de bewoner."
)


def _link(data: SupportLinkData) -> SupportLinkData:
    if data.agreed_day is not None and not 0 <= data.agreed_day <= 6:
        raise ServiceError("Kies een dag van maandag tot en met zondag.")
    return replace(data, started_on=data.started_on or clock.today(), note=data.note.strip())


class _SupportCrud(ChildCrud[SupportLinkData]):
    """Links may only be made to residents who agreed to be contacted by volunteers."""

    def _check_consent(self, db: Database, data: SupportLinkData) -> None:
        with db.reading() as session:
            resident = session.get(Resident, data.resident_id)
            if resident is None:
                raise NotFound(f"Bewoner {data.resident_id} bestaat niet (meer).")
            if not resident.consent_volunteer_contact and data.ended_on is None:
                raise ServiceError(NO_CONSENT)

    def create(self, db: Database, data: SupportLinkData) -> int:
        self._check_consent(db, data)
        return super().create(db, data)

    def update(self, db: Database, obj_id: int, data: SupportLinkData) -> None:
        self._check_consent(db, data)
        super().update(db, obj_id, data)


def _hours(data: HoursData) -> HoursData:
    hours = validation.money(data.hours)
    if not Decimal("0") < hours <= Decimal("24"):
        raise ServiceError("Vul een aantal uren tussen 0 en 24 in.")
    if data.worked_on is None:
        raise ServiceError("Vul de datum in.")
    return replace(data, hours=hours, description=data.description.strip())


support_links = _SupportCrud(
    SupportLink, SupportLinkData, "Koppeling", "volunteer_id", _link, "started_on"
)
hours = ChildCrud(VolunteerHours, HoursData, "Uren", "volunteer_id", _hours, "worked_on")


def end_support(db: Database, link_id: int, on: date | None = None) -> None:
    with unit_of_work(db) as session:
        link = support_links.load(session, link_id)
        link.ended_on = max(on or clock.today(), link.started_on)


@dataclass(frozen=True)
class HoursTotals:
    by_month: list[tuple[int, int, Decimal]]  # (year, month, hours), newest first
    by_year: list[tuple[int, Decimal]]  # newest first


def hours_totals(db: Database, volunteer_id: int) -> HoursTotals:
    months: dict[tuple[int, int], Decimal] = {}
    for entry in hours.list_for(db, volunteer_id):
        key = (entry.worked_on.year, entry.worked_on.month)
        months[key] = months.get(key, Decimal("0")) + entry.hours
    years: dict[int, Decimal] = {}
    for (year, _month), total in months.items():
        years[year] = years.get(year, Decimal("0")) + total
    return HoursTotals(
        sorted(((y, m, t) for (y, m), t in months.items()), reverse=True),
        sorted(years.items(), reverse=True),
    )


@dataclass(frozen=True)
class ActivityChoice:
    id: int
    day: date
    title: str


def activity_choices(
    db: Database, complex_id: int | None, today: date | None = None, days_back: int = 120
) -> list[ActivityChoice]:
    """Recent activities (of the volunteer's complex, or without a complex) to log hours against."""
    from db.models import Event, EventStatus

    today = today or clock.today()
    stmt = (
        select(Event.id, Event.starts_at, Event.title)
        .where(
            Event.starts_at >= today - timedelta(days=days_back),
            Event.starts_at < today + timedelta(days=1),
            Event.status != EventStatus.CANCELLED,
        )
        .order_by(Event.starts_at.desc())
        .limit(60)
    )
    if complex_id:
        stmt = stmt.where(or_(Event.complex_id == complex_id, Event.complex_id.is_(None)))
    with db.reading() as session:
        return [ActivityChoice(r[0], r[1].date(), r[2]) for r in session.execute(stmt)]
