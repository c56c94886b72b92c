"""Registrations for an activity: capacity, a waiting list that moves up by itself, attendance.

Places are counted over registered residents who are not helping as volunteers at the activity
(a helper never takes a place from a neighbour).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select, text

from db import clock
from db.engine import Database
from db.models import (
    Complex,
    Event,
    EventStatus,
    Home,
    Registration,
    RegistrationStatus,
    Resident,
    Shift,
    Volunteer,
)
from db.models.events import shift_assignments
from db.services.common import ChildCrud, ServiceError, unit_of_work
from db.services.complexes import address
from db.services.names import display_name


@dataclass
class RegistrationData:
    id: int | None = None
    event_id: int = 0
    resident_id: int = 0
    registered_at: datetime | None = None
    status: RegistrationStatus = RegistrationStatus.REGISTERED
    attended: bool | None = None


def _registration(data: RegistrationData) -> RegistrationData:
    return replace(data, registered_at=data.registered_at or clock.now())


registrations = ChildCrud(Registration, RegistrationData, "Aanmelding", "event_id", _registration)


@dataclass(frozen=True)
class RegistrationRow:
    id: int
    resident_id: int
    name: str
    address: str
    complex_name: str
    status: RegistrationStatus
    attended: bool | None
    helper: bool  # helps as a volunteer: takes no place
    position: int | None  # place on the waiting list, 1 = next to move up


@dataclass(frozen=True)
class Places:
    capacity: int | None
    taken: int
    waiting: int
    helpers: int

    @property
    def free(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.taken, 0)


def _queue(session, event_id: int, status: RegistrationStatus) -> list[Registration]:
    return list(
        session.scalars(
            select(Registration)
            .where(Registration.event_id == event_id, Registration.status == status)
            .order_by(Registration.registered_at, Registration.id)
        )
    )


def _taken(session, event_id: int, helpers: set[int]) -> int:
    return sum(
        1
        for r in _queue(session, event_id, RegistrationStatus.REGISTERED)
        if r.resident_id not in helpers
    )


def helping_residents(session, event_id: int) -> set[int]:
    """Residents who help at the activity as volunteers: their registration takes no place."""
    stmt = (
        select(Volunteer.resident_id)
        .join(shift_assignments, shift_assignments.c.volunteer_id == Volunteer.id)
        .join(Shift, Shift.id == shift_assignments.c.shift_id)
        .where(Shift.event_id == event_id, Volunteer.resident_id.is_not(None))
    )
    return set(session.scalars(stmt))


def lock_activity(session, event_id: int) -> Event | None:
    """Serialise everything that counts one activity's places (register, cancel, move up).

    Without it two desks both see the last free place and both take it. PostgreSQL: a row lock
    on the activity (SELECT … FOR UPDATE) held until commit. SQLite: a write as the very first
    statement takes the database's single write lock at once (as BEGIN IMMEDIATE would), so
    the counting below happens under it; a read first would leave a stale snapshot behind.
    Must therefore be the first statement of its unit of work.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE events SET id = id WHERE id = :id"), {"id": event_id})
        return session.get(Event, event_id)
    return session.get(Event, event_id, with_for_update=True, populate_existing=True)


def promote_waiting(session, event_id: int) -> list[int]:
    """Move people up from the waiting list while there is room; returns their resident ids.

    Callers hold the activity's lock (lock_activity) or wrote to it in this unit of work."""
    event = lock_activity(session, event_id)
    if event is None:
        return []
    helpers = helping_residents(session, event_id)
    taken = _taken(session, event_id, helpers)
    moved = []
    for waiting in _queue(session, event_id, RegistrationStatus.WAITING):
        if (
            waiting.resident_id not in helpers
            and event.capacity is not None
            and taken >= event.capacity
        ):
            break
        waiting.status = RegistrationStatus.REGISTERED
        moved.append(waiting.resident_id)
        if waiting.resident_id not in helpers:
            taken += 1
    return moved


def register(
    db: Database, event_id: int, resident_id: int, at: datetime | None = None
) -> RegistrationStatus:
    """Sign a resident up: a place when there is one, else the end of the waiting list."""
    with unit_of_work(db) as session:
        event = lock_activity(session, event_id)
        if event is None:
            raise ServiceError(f"Activiteit {event_id} bestaat niet (meer).")
        if event.status in (EventStatus.CANCELLED, EventStatus.HELD):
            raise ServiceError(
                "Aanmelden kan niet meer: deze activiteit is afgelast of al geweest."
            )
        if session.get(Resident, resident_id) is None:
            raise ServiceError(f"Bewoner {resident_id} bestaat niet (meer).")
        existing = session.scalars(
            select(Registration).where(
                Registration.event_id == event_id, Registration.resident_id == resident_id
            )
        ).first()
        if existing is not None and existing.status != RegistrationStatus.CANCELLED:
            raise ServiceError("Deze bewoner is al aangemeld voor deze activiteit.")
        helpers = helping_residents(session, event_id)
        full = event.capacity is not None and _taken(session, event_id, helpers) >= event.capacity
        waiting_before = bool(_queue(session, event_id, RegistrationStatus.WAITING))
        status = (
            RegistrationStatus.WAITING
            if resident_id not in helpers and (full or waiting_before)
            else RegistrationStatus.REGISTERED
        )
        if existing is None:
            existing = Registration(event_id=event_id, resident_id=resident_id)
            session.add(existing)
        existing.registered_at = at or clock.now()
        existing.status = status
        existing.attended = None
        return status


def cancel(db: Database, registration_id: int) -> list[int]:
    """Cancel a registration; returns the residents who moved up from the waiting list."""
    with unit_of_work(db) as session:
        event_id = session.scalar(
            select(Registration.event_id).where(Registration.id == registration_id)
        )
        if event_id is not None:
            lock_activity(session, event_id)
        registration = registrations.load(session, registration_id)
        registration.status = RegistrationStatus.CANCELLED
        session.flush()
        return promote_waiting(session, registration.event_id)


def places(db: Database, event_id: int) -> Places:
    with db.reading() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise ServiceError(f"Activiteit {event_id} bestaat niet (meer).")
        helpers = helping_residents(session, event_id)
        registered = _queue(session, event_id, RegistrationStatus.REGISTERED)
        return Places(
            event.capacity,
            sum(1 for r in registered if r.resident_id not in helpers),
            len(_queue(session, event_id, RegistrationStatus.WAITING)),
            sum(1 for r in registered if r.resident_id in helpers),
        )


def list_registrations(
    db: Database, event_id: int, include_cancelled: bool = False
) -> list[RegistrationRow]:
    """Registered first (by name), then the waiting list in queue order, then cancellations."""
    with db.reading() as session:
        helpers = helping_residents(session, event_id)
        stmt = (
            select(
                Registration,
                Resident.given_name,
                Resident.name_prefix,
                Resident.family_name,
                Resident.sort_key,
                Home.street,
                Home.house_number,
                Home.house_letter,
                Home.addition,
                Complex.name,
            )
            .join(Resident, Resident.id == Registration.resident_id)
            .outerjoin(Home, Home.id == Resident.home_id)
            .outerjoin(Complex, Complex.id == Home.complex_id)
            .where(Registration.event_id == event_id)
            .order_by(Registration.registered_at, Registration.id)
        )
        rows, position = [], 0
        for (
            reg,
            given,
            prefix,
            family,
            key,
            street,
            number,
            letter,
            addition,
            complex_name,
        ) in session.execute(stmt):
            if reg.status == RegistrationStatus.CANCELLED and not include_cancelled:
                continue
            waiting = reg.status == RegistrationStatus.WAITING
            position += waiting
            rows.append(
                (
                    key,
                    RegistrationRow(
                        reg.id,
                        reg.resident_id,
                        display_name(given, prefix, family),
                        address(street, number, letter, addition) if street else "",
                        complex_name or "",
                        RegistrationStatus(reg.status),
                        reg.attended,
                        reg.resident_id in helpers,
                        position if waiting else None,
                    ),
                )
            )
        rank = {
            RegistrationStatus.REGISTERED: 0,
            RegistrationStatus.WAITING: 1,
            RegistrationStatus.CANCELLED: 2,
        }
        rows.sort(
            key=lambda pair: (
                rank[pair[1].status],
                pair[1].position or 0,
                pair[0] if pair[1].status == RegistrationStatus.REGISTERED else "",
            )
        )
        return [row for _key, row in rows]


def record_attendance(
    db: Database, event_id: int, attended: dict[int, bool | None], total: int | None
) -> None:
    """After the activity: who came (registration id → yes/no) and the total head count,
    walk-ins included (used in the funding accountability)."""
    if total is not None and total < 0:
        raise ServiceError("Het aantal aanwezigen kan niet negatief zijn.")
    with unit_of_work(db) as session:
        event = session.get(Event, event_id)
        if event is None:
            raise ServiceError(f"Activiteit {event_id} bestaat niet (meer).")
        came = 0
        for reg in session.scalars(select(Registration).where(Registration.event_id == event_id)):
            if reg.id in attended:
                reg.attended = attended[reg.id]
            came += bool(reg.attended)
        if total is not None and total < came:
            raise ServiceError(
                f"Het totaal ({total}) is kleiner dan het aantal aangevinkte aanwezigen ({came})."
            )
        event.attendance = total
