"""What the Nieuwe Buren programme achieved: figures per month and per period, per complex or all.

The charts on screen, the progress report (PDF) and its .xlsx all read these same figures, so a
bar on screen, a number on paper and a cell in Excel can never disagree. Everything here is an
aggregate: no names, no support-flag categories, no notes. The small-count rule ("< 5") is for
whoever prints the figures for outside the office (see `shown`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, or_, select

from db.engine import Database
from db.models import (
    Complex,
    ContactMoment,
    CostLine,
    Event,
    EventStatus,
    FundingApplication,
    Home,
    Partner,
    PartnerKind,
    Registration,
    Resident,
    Signal,
    Stage,
    StageChange,
    SupportLink,
    Volunteer,
    VolunteerHours,
)
from db.models.people import resident_support_flags
from db.services.funding.applications import exact_requested

SMALL = 5  # counts below this are printed as "< 5" outside the office
NB_STAGES = (Stage.HOUSED, Stage.WELCOMED, Stage.ACTIVE)
ZERO = Decimal("0.00")


def shown(count: int) -> str:
    """A count as printed for the corporation and the municipality: below 5 it says "< 5"."""
    return "< 5" if 0 < count < SMALL else str(count)


def months_between(first: date, last: date) -> list[date]:
    """The first day of every month that the period first..last touches."""
    month, months = first.replace(day=1), []
    while month <= last:
        months.append(month)
        month = (month + timedelta(days=32)).replace(day=1)
    return months


def month_end(month: date) -> date:
    return (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)


@dataclass(frozen=True)
class Monthly:
    """One value per month, for the charts."""

    months: list[date]
    nb_share: list[float]  # Nieuwe Buren households as a percentage of the homes, at month end
    target: float | None  # the target percentage (homes-weighted over complexes with a target)
    activities: list[int]  # activities held
    participants: list[int]  # who came, walk-ins included
    hours: list[Decimal]  # volunteer hours
    asked_support: int  # residents living there now who asked for support
    have_volunteer: int  # ... of whom someone supports now


@dataclass(frozen=True)
class ComplexLine:
    """One complex in the report's table (or the total line, with complex_id None)."""

    complex_id: int | None
    name: str
    homes: int
    nb_households: int
    target: Decimal | None
    supported: int
    activities: int
    participants: int
    hours: Decimal


@dataclass(frozen=True)
class Period:
    first: date
    last: date
    complex_id: int | None
    complex_name: str  # "" for all complexes
    total: ComplexLine
    new_volunteers: dict[Stage, int]  # volunteers who reached each stage in the period
    contacts: int
    signals: dict[PartnerKind, int]
    walk_ins: int
    applications_submitted: int
    requested: Decimal
    applications_granted: int
    granted: Decimal
    applications_accounted: int
    accounted: Decimal
    per_complex: list[ComplexLine] = field(default_factory=list)


def _complex_filter(column, complex_id: int | None):
    return column == complex_id if complex_id else True


def _complexes(session, complex_id: int | None) -> list[tuple[int, str, int, Decimal | None]]:
    stmt = select(Complex.id, Complex.name, Complex.home_count, Complex.nb_target_pct).order_by(
        Complex.name
    )
    if complex_id:
        stmt = stmt.where(Complex.id == complex_id)
    return [tuple(r) for r in session.execute(stmt)]


def _nb_periods(session, complex_id: int | None) -> list[tuple[int | None, date, date | None]]:
    """(complex, since, stopped_on) for every volunteer who ever was a Nieuwe Buren household.

    "Since" is the first step to housed or later in the history (or stage_since when a volunteer
    was entered at that stage); stopped_on is the step to stopped after that, if any.
    """
    reached = (
        select(StageChange.volunteer_id, func.min(StageChange.changed_on).label("on"))
        .where(StageChange.stage.in_(NB_STAGES))
        .group_by(StageChange.volunteer_id)
        .subquery()
    )
    stopped = (
        select(StageChange.volunteer_id, func.max(StageChange.changed_on).label("on"))
        .where(StageChange.stage == Stage.STOPPED)
        .group_by(StageChange.volunteer_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Volunteer.complex_id, Volunteer.stage, Volunteer.stage_since, reached.c.on, stopped.c.on
        )
        .outerjoin(reached, reached.c.volunteer_id == Volunteer.id)
        .outerjoin(stopped, stopped.c.volunteer_id == Volunteer.id)
        .where(_complex_filter(Volunteer.complex_id, complex_id))
        .where(or_(reached.c.on.is_not(None), Volunteer.stage.in_(NB_STAGES)))
    )
    periods = []
    for cid, stage, since, reached_on, stopped_on in rows:
        start = reached_on or since or date.min
        end = (stopped_on or since) if Stage(stage) == Stage.STOPPED else None
        periods.append((cid, start, end))
    return periods


_EVERY = object()  # _households_on over every complex (None means: no complex)


def _households_on(periods, day: date, complex_id=_EVERY) -> int:
    return sum(
        1
        for cid, start, end in periods
        if start <= day and (end is None or end > day) and complex_id in (_EVERY, cid)
    )


def _target(places) -> float | None:
    with_target = [(homes, target) for _id, _name, homes, target in places if target is not None]
    homes = sum(h for h, _t in with_target)
    if not homes:
        return None
    return float(sum(h * t for h, t in with_target) / homes)


def _held(complex_id: int | None, first: date, last: date):
    return and_(
        Event.status == EventStatus.HELD,
        func.date(Event.starts_at) >= first,
        func.date(Event.starts_at) <= last,
        _complex_filter(Event.complex_id, complex_id),
    )


def _came(session, complex_id, first, last) -> list[tuple[int | None, date, int, int]]:
    """(complex, day, participants incl. walk-ins, registered who came) per held activity."""
    attended = (
        select(func.count(Registration.id))
        .where(Registration.event_id == Event.id, Registration.attended.is_(True))
        .scalar_subquery()
    )
    rows = session.execute(
        select(Event.complex_id, Event.starts_at, Event.attendance, attended).where(
            _held(complex_id, first, last)
        )
    )
    return [
        (cid, at.date(), max(total or 0, came or 0), came or 0) for cid, at, total, came in rows
    ]


def _hours(session, complex_id, first, last) -> list[tuple[int | None, date, Decimal]]:
    rows = session.execute(
        select(Volunteer.complex_id, VolunteerHours.worked_on, VolunteerHours.hours)
        .join(Volunteer, Volunteer.id == VolunteerHours.volunteer_id)
        .where(
            VolunteerHours.worked_on >= first,
            VolunteerHours.worked_on <= last,
            _complex_filter(Volunteer.complex_id, complex_id),
        )
    )
    return [(cid, day, Decimal(str(hours))) for cid, day, hours in rows]


def _support_now(session, complex_id: int | None) -> tuple[int, int]:
    asked = select(resident_support_flags.c.resident_id)
    helped = select(SupportLink.resident_id).where(SupportLink.ended_on.is_(None))
    base = (
        select(func.count(func.distinct(Resident.id)))
        .join(Home, Home.id == Resident.home_id)
        .where(
            Resident.move_out.is_(None),
            Resident.id.in_(asked),
            _complex_filter(Home.complex_id, complex_id),
        )
    )
    return (
        session.scalar(base) or 0,
        session.scalar(base.where(Resident.id.in_(helped))) or 0,
    )


def monthly(db: Database, first: date, last: date, complex_id: int | None = None) -> Monthly:
    months = months_between(first, last)
    with db.reading() as session:
        places = _complexes(session, complex_id)
        homes = sum(p[2] for p in places)
        periods = _nb_periods(session, complex_id)
        came = _came(session, complex_id, first, last)
        hours = _hours(session, complex_id, first, last)
        asked, helped = _support_now(session, complex_id)
    index = {m: i for i, m in enumerate(months)}
    activities, participants = [0] * len(months), [0] * len(months)
    for _cid, day, total, _registered in came:
        activities[index[day.replace(day=1)]] += 1
        participants[index[day.replace(day=1)]] += total
    worked = [ZERO] * len(months)
    for _cid, day, amount in hours:
        worked[index[day.replace(day=1)]] += amount
    share = [
        round(100 * _households_on(periods, min(month_end(m), last)) / homes, 1) if homes else 0.0
        for m in months
    ]
    return Monthly(months, share, _target(places), activities, participants, worked, asked, helped)


def _supported(session, complex_id, first, last) -> dict[int | None, int]:
    """Distinct residents someone supported at any time in the period, per complex."""
    rows = session.execute(
        select(Home.complex_id, func.count(func.distinct(SupportLink.resident_id)))
        .join(Resident, Resident.id == SupportLink.resident_id)
        .join(Home, Home.id == Resident.home_id)
        .where(
            SupportLink.started_on <= last,
            or_(SupportLink.ended_on.is_(None), SupportLink.ended_on >= first),
            _complex_filter(Home.complex_id, complex_id),
        )
        .group_by(Home.complex_id)
    )
    return dict(rows.all())


def _resident_in(complex_id: int | None):
    if not complex_id:
        return True
    return Resident.home_id.in_(select(Home.id).where(Home.complex_id == complex_id))


def period(db: Database, first: date, last: date, complex_id: int | None = None) -> Period:
    with db.reading() as session:
        places = _complexes(session, complex_id)
        periods = _nb_periods(session, complex_id)
        came = _came(session, complex_id, first, last)
        hours = _hours(session, complex_id, first, last)
        supported = _supported(session, complex_id, first, last)
        stages = session.execute(
            select(StageChange.stage, func.count(func.distinct(StageChange.volunteer_id)))
            .join(Volunteer, Volunteer.id == StageChange.volunteer_id)
            .where(StageChange.changed_on >= first, StageChange.changed_on <= last)
            .where(_complex_filter(Volunteer.complex_id, complex_id))
            .group_by(StageChange.stage)
        ).all()
        contacts = session.scalar(
            select(func.count(ContactMoment.id))
            .join(Resident, Resident.id == ContactMoment.resident_id)
            .where(ContactMoment.occurred_on >= first, ContactMoment.occurred_on <= last)
            .where(_resident_in(complex_id))
        )
        signals = session.execute(
            select(Partner.kind, func.count(Signal.id))
            .join(Partner, Partner.id == Signal.partner_id)
            .join(Resident, Resident.id == Signal.resident_id)
            .where(Signal.passed_on >= first, Signal.passed_on <= last)
            .where(_resident_in(complex_id))
            .group_by(Partner.kind)
        ).all()
        money = _funding(session, complex_id, first, last)
    lines = [
        _line(cid, name, homes, target, periods, came, hours, supported.get(cid, 0), last)
        for cid, name, homes, target in places
    ]
    if complex_id is None:  # activities elsewhere, hours of candidates not housed yet
        other = _line(None, "", 0, None, periods, came, hours, supported.get(None, 0), last)
        if other.nb_households or other.supported or other.activities or other.hours:
            lines.append(other)
    target = _target(places)
    total = ComplexLine(
        None,
        "",
        sum(line.homes for line in lines),
        sum(line.nb_households for line in lines),
        Decimal(str(round(target, 1))) if target is not None else None,
        sum(line.supported for line in lines),
        sum(line.activities for line in lines),
        sum(line.participants for line in lines),
        sum((line.hours for line in lines), ZERO),
    )
    return Period(
        first,
        last,
        complex_id,
        places[0][1] if complex_id and places else "",
        total,
        {Stage(stage): count for stage, count in stages},
        contacts or 0,
        {PartnerKind(kind): count for kind, count in signals},
        sum(c[2] - c[3] for c in came),
        *money,
        per_complex=lines,
    )


def _line(cid, name, homes, target, periods, came, hours, supported, last) -> ComplexLine:
    return ComplexLine(
        cid,
        name,
        homes,
        _households_on(periods, last, cid),
        target,
        supported,
        sum(1 for c in came if c[0] == cid),
        sum(c[2] for c in came if c[0] == cid),
        sum((h[2] for h in hours if h[0] == cid), ZERO),
    )


def _funding(session, complex_id, first, last) -> tuple[int, Decimal, int, Decimal, int, Decimal]:
    """Submitted (with the amount asked), granted and accounted for within the period."""
    scope = _complex_filter(FundingApplication.complex_id, complex_id)
    submitted = session.scalars(
        select(FundingApplication.id).where(
            scope, FundingApplication.submitted_on >= first, FundingApplication.submitted_on <= last
        )
    ).all()
    asked = exact_requested(session, list(submitted))
    granted = session.execute(
        select(
            func.count(FundingApplication.id), func.sum(FundingApplication.amount_granted)
        ).where(
            scope,
            FundingApplication.decision_on >= first,
            FundingApplication.decision_on <= last,
            FundingApplication.amount_granted > 0,
        )
    ).one()
    accounted_ids = select(FundingApplication.id).where(
        scope, FundingApplication.accounted_on >= first, FundingApplication.accounted_on <= last
    )
    accounted = (
        session.scalar(select(func.count()).select_from(accounted_ids.subquery())) or 0,
        session.scalar(
            select(func.sum(CostLine.actual_amount)).where(
                CostLine.application_id.in_(accounted_ids)
            )
        ),
    )
    return (
        len(submitted),
        sum(asked.values(), ZERO),
        granted[0] or 0,
        Decimal(str(granted[1] or 0)).quantize(Decimal("0.01")),
        accounted[0] or 0,
        Decimal(str(accounted[1] or 0)).quantize(Decimal("0.01")),
    )
