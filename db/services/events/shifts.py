"""Volunteer shifts at an activity: roles with times, who is assigned, gaps and double bookings."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import delete, insert, select

from db import validation
from db.engine import Database
from db.models import Event, Resident, Shift, Volunteer
from db.models.events import shift_assignments
from db.services.common import ChildCrud, ServiceError, unit_of_work
from db.services.events.registrations import lock_activity, promote_waiting
from db.services.names import display_name, volunteer_name_columns

STANDARD_ROLES = ("Opbouwen", "Keuken", "Ontvangst", "Opruimen")


@dataclass
class ShiftData:
    id: int | None = None
    event_id: int = 0
    role: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    needed: int = 1
    version: int | None = None  # as loaded; a save over a newer one is refused


@dataclass(frozen=True)
class ShiftRow:
    id: int
    role: str
    starts_at: datetime
    ends_at: datetime
    needed: int
    volunteers: tuple[tuple[int, str], ...]  # (volunteer id, name)

    @property
    def missing(self) -> int:
        """How many more are needed ("nog 2 nodig"); 0 when the shift is full."""
        return max(self.needed - len(self.volunteers), 0)


@dataclass(frozen=True)
class Clash:
    """A volunteer booked twice at once: this shift overlaps another one."""

    volunteer_id: int
    volunteer: str
    role: str
    event_title: str
    starts_at: datetime
    ends_at: datetime

    def message(self) -> str:
        return (
            f"{self.volunteer} staat al ingeroosterd voor '{self.role}' bij '{self.event_title}' "
            f"({validation.format_date(self.starts_at.date())} "
            f"{validation.format_time(self.starts_at)}–{validation.format_time(self.ends_at)})."
        )


def _shift(data: ShiftData) -> ShiftData:
    if data.starts_at is None or data.ends_at is None or data.ends_at <= data.starts_at:
        raise ServiceError("Een dienst moet een begin en een later einde hebben.")
    if data.needed < 1:
        raise ServiceError("Er is minstens 1 vrijwilliger nodig per dienst.")
    return replace(data, role=validation.required_text(data.role, "Taak", 80))


shifts = ChildCrud(Shift, ShiftData, "Dienst", "event_id", _shift, "starts_at")


def _names(session, volunteer_ids) -> dict[int, str]:
    if not volunteer_ids:
        return {}
    stmt = (
        select(Volunteer.id, *volunteer_name_columns()[:3])
        .outerjoin(Resident, Volunteer.resident_id == Resident.id)
        .where(Volunteer.id.in_(volunteer_ids))
    )
    return {r[0]: display_name(r[1], r[2], r[3]) for r in session.execute(stmt)}


def list_shifts(db: Database, event_id: int) -> list[ShiftRow]:
    with db.reading() as session:
        rows = (
            session.execute(
                select(Shift).where(Shift.event_id == event_id).order_by(Shift.starts_at, Shift.id)
            )
            .scalars()
            .all()
        )
        pairs = session.execute(
            select(shift_assignments.c.shift_id, shift_assignments.c.volunteer_id).where(
                shift_assignments.c.shift_id.in_([s.id for s in rows])
            )
        ).all()
        names = _names(session, {v for _s, v in pairs})
        assigned: dict[int, list[tuple[int, str]]] = {}
        for shift_id, volunteer_id in pairs:
            assigned.setdefault(shift_id, []).append((volunteer_id, names.get(volunteer_id, "")))
        return [
            ShiftRow(
                s.id,
                s.role,
                s.starts_at,
                s.ends_at,
                s.needed,
                tuple(sorted(assigned.get(s.id, []), key=lambda p: p[1].casefold())),
            )
            for s in rows
        ]


def missing_total(db: Database, event_id: int) -> int:
    return sum(row.missing for row in list_shifts(db, event_id))


def clashes(db: Database, shift_id: int, volunteer_id: int) -> list[Clash]:
    """Other shifts of this volunteer (at any activity) that overlap the given shift."""
    with db.reading() as session:
        shift = shifts.load(session, shift_id)
        return _clashes(session, volunteer_id, shift.id, shift.starts_at, shift.ends_at)


def _clashes(
    session, volunteer_id: int, shift_id: int, starts_at: datetime, ends_at: datetime
) -> list[Clash]:
    stmt = (
        select(Shift.role, Event.title, Shift.starts_at, Shift.ends_at)
        .join(shift_assignments, shift_assignments.c.shift_id == Shift.id)
        .join(Event, Event.id == Shift.event_id)
        .where(
            shift_assignments.c.volunteer_id == volunteer_id,
            Shift.id != shift_id,
            Shift.starts_at < ends_at,
            Shift.ends_at > starts_at,
            Event.status != "cancelled",
        )
        .order_by(Shift.starts_at)
    )
    name = _names(session, {volunteer_id}).get(volunteer_id, "")
    return [Clash(volunteer_id, name, r[0], r[1], r[2], r[3]) for r in session.execute(stmt)]


def event_clashes(db: Database, event_id: int) -> list[Clash]:
    """Every double booking of a volunteer assigned at this activity, for the warning banner."""
    with db.reading() as session:
        stmt = (
            select(Shift.id, Shift.starts_at, Shift.ends_at, shift_assignments.c.volunteer_id)
            .join(shift_assignments, shift_assignments.c.shift_id == Shift.id)
            .where(Shift.event_id == event_id)
        )
        found: list[Clash] = []
        for shift_id, starts_at, ends_at, volunteer_id in session.execute(stmt).all():
            found += _clashes(session, volunteer_id, shift_id, starts_at, ends_at)
        return found


def assign(db: Database, shift_id: int, volunteer_id: int) -> list[Clash]:
    """Put a volunteer on a shift; returns the double bookings this creates (the caller warns)."""
    with unit_of_work(db) as session:
        event_id = session.scalar(select(Shift.event_id).where(Shift.id == shift_id))
        if event_id is not None:  # the waiting list may move up: same lock as registering
            lock_activity(session, event_id)
        shift = shifts.load(session, shift_id)
        if session.get(Volunteer, volunteer_id) is None:
            raise ServiceError(f"Vrijwilliger {volunteer_id} bestaat niet (meer).")
        already = session.execute(
            select(shift_assignments).where(
                shift_assignments.c.shift_id == shift_id,
                shift_assignments.c.volunteer_id == volunteer_id,
            )
        ).first()
        if already:
            raise ServiceError("Deze vrijwilliger staat al op deze dienst.")
        session.execute(
            insert(shift_assignments).values(shift_id=shift_id, volunteer_id=volunteer_id)
        )
        found = _clashes(session, volunteer_id, shift.id, shift.starts_at, shift.ends_at)
        # A helping volunteer no longer takes a place: someone may move up from the waiting list.
        session.flush()
        promote_waiting(session, shift.event_id)
        return found


def unassign(db: Database, shift_id: int, volunteer_id: int) -> None:
    with unit_of_work(db) as session:
        shifts.load(session, shift_id)
        session.execute(
            delete(shift_assignments).where(
                shift_assignments.c.shift_id == shift_id,
                shift_assignments.c.volunteer_id == volunteer_id,
            )
        )
