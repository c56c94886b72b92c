"""Vandaag: what needs doing today, gathered from every area in one read, most urgent first.

Each section counts everything that applies but lists at most ITEM_LIMIT items: the tab is a
reminder, not a register, and an office with 100,000 residents must still open it at once.
Items the office marked "gezien" (seen) today are left out until tomorrow; the marks live in the
office settings, so every desk sees the same list and yesterday's marks expire by themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, exists, func, or_, select

from db import clock
from db.engine import Database
from db.models import (
    ApplicationStatus,
    Complex,
    ContactMoment,
    Event,
    EventStatus,
    Fund,
    FundingApplication,
    Home,
    Partner,
    Registration,
    RegistrationStatus,
    Resident,
    Shift,
    Signal,
    SignalStatus,
    Stage,
    SupportFlag,
    SupportLink,
    Volunteer,
)
from db.models.events import shift_assignments
from db.models.people import resident_support_flags
from db.services import settings
from db.services.funding import rules
from db.services.funding.applications import exact_requested
from db.services.names import display_name, volunteer_name_columns
from db.services.volunteer_matching import FLAG_KINDS
from db.services.volunteers import VogStatus, vog_expires, vog_status

DEADLINE_DAYS = 14
ACTIVITY_DAYS = 14
VOG_WARN_DAYS = 60
ITEM_LIMIT = 50
SEEN_KEY = "today.seen"

SECTIONS = ("deadlines", "vog", "followups", "activities", "support", "targets")


@dataclass(frozen=True)
class TodayItem:
    """One line in a section. `kind` says what `record_id` opens; the facts depend on the section.

    deadlines: detail = deadline kind (funding.rules.DeadlineKind), when = the date
    vog:       detail = VogStatus, when = expiry date (None when missing)
    followups: detail = "contact" | "signal", when = due date, other = partner or who
    activities: when = start, numbers = (volunteers missing, places free, waiting)
    support:   numbers = (residents waiting,)
    targets:   numbers = (Nieuwe Buren households, homes), other = target percentage text
    """

    section: str
    # What record_id opens: "application" | "volunteer" | "resident" | "event" | "complex", or
    # "support": the match suggestions for the residents waiting in complex record_id.
    kind: str
    record_id: int
    title: str
    detail: str = ""
    when: date | datetime | None = None
    numbers: tuple[int, ...] = ()
    other: str = ""

    @property
    def key(self) -> str:
        """What a "gezien" mark remembers: the section, the record and its date or detail."""
        moment = self.when.isoformat() if self.when else ""
        return f"{self.section}:{self.kind}:{self.record_id}:{self.detail}:{moment}"


@dataclass(frozen=True)
class Section:
    name: str
    total: int  # the count in the heading: items (for support: residents) not marked seen
    items: list[TodayItem] = field(default_factory=list)  # unseen, most urgent first
    more: int = 0  # unseen items beyond the ones listed

    @property
    def count(self) -> int:
        return len(self.items)


@dataclass(frozen=True)
class Overview:
    today: date
    sections: dict[str, Section]

    @property
    def empty(self) -> bool:
        return not any(s.items for s in self.sections.values())


def overview(db: Database) -> Overview:
    today = clock.today()
    seen = seen_keys(db, today)
    with db.reading() as session:
        found = {
            "deadlines": _deadlines(session, today),
            "vog": _vog(session, today, settings.vog_valid_years(db)),
            "followups": _followups(session, today),
            "activities": _activities(session, today),
            "support": _support(session),
            "targets": _targets(session),
        }
    sections = {}
    for name in SECTIONS:
        total, items = found[name]
        unseen = [item for item in items if item.key not in seen]
        if name == "support":  # the heading counts residents, the lines are complexes
            headline = sum(item.numbers[0] for item in unseen)
        else:
            headline = max(total - (len(items) - len(unseen)), len(unseen))
        listed = unseen[:ITEM_LIMIT]
        more = headline - len(listed) if name != "support" else len(unseen) - len(listed)
        sections[name] = Section(name, headline, listed, more)
    return Overview(today, sections)


# --- gezien -------------------------------------------------------------------------------


def seen_keys(db: Database, today: date | None = None) -> set[str]:
    today = today or clock.today()
    lines = settings.get(db, SEEN_KEY).splitlines()
    if not lines or lines[0] != today.isoformat():
        return set()  # marks from an earlier day have expired
    return set(lines[1:])


def mark_seen(db: Database, keys: list[str]) -> None:
    today = clock.today()
    marks = sorted(seen_keys(db, today) | set(keys))
    settings.set(db, SEEN_KEY, "\n".join([today.isoformat(), *marks]))


def clear_seen(db: Database) -> None:
    settings.set(db, SEEN_KEY, "")


# --- sections -----------------------------------------------------------------------------
# Each returns (total, items sorted by urgency). Items are fetched a little beyond the limit so
# that marking a few as seen does not leave the section short.

_FETCH = ITEM_LIMIT * 4


def _deadlines(session, today: date) -> tuple[int, list[TodayItem]]:
    open_states = [
        ApplicationStatus.DRAFT,
        ApplicationStatus.SUBMITTED,
        ApplicationStatus.GRANTED,
        ApplicationStatus.PARTLY_GRANTED,
    ]
    rows = session.execute(
        select(
            FundingApplication.id,
            FundingApplication.title,
            FundingApplication.status,
            FundingApplication.activity_start,
            FundingApplication.activity_end,
            FundingApplication.submitted_on,
            Fund,
        )
        .join(Fund, FundingApplication.fund_id == Fund.id)
        .where(FundingApplication.status.in_(open_states))
    ).all()
    amounts = exact_requested(session, [r[0] for r in rows])
    horizon = today + timedelta(days=DEADLINE_DAYS)
    items = []
    for app_id, title, status, start, end, submitted, fund in rows:
        due = rules.next_deadline(fund, status, start, end, submitted, amounts[app_id])
        if due and due[1] <= horizon:
            items.append(TodayItem("deadlines", "application", app_id, title, due[0], due[1]))
    items.sort(key=lambda i: (i.when, i.title.casefold(), i.record_id))
    return len(items), items


def _vog(session, today: date, years: int) -> tuple[int, list[TodayItem]]:
    supported = (
        select(func.count(SupportLink.id))
        .where(SupportLink.volunteer_id == Volunteer.id, SupportLink.ended_on.is_(None))
        .scalar_subquery()
    )
    cutoff = vog_expires(today + timedelta(days=VOG_WARN_DAYS), -years)
    rows = session.execute(
        select(Volunteer.id, *volunteer_name_columns()[:3], Volunteer.vog_date, supported)
        .outerjoin(Resident, Volunteer.resident_id == Resident.id)
        .where(
            Volunteer.stage != Stage.STOPPED,
            or_(Volunteer.vog_date <= cutoff, and_(Volunteer.vog_date.is_(None), supported > 0)),
        )
    ).all()
    rank = {VogStatus.MISSING: 0, VogStatus.EXPIRED: 1, VogStatus.EXPIRING: 2}
    items = []
    for vid, given, prefix, family, vog_date, count in rows:
        status = vog_status(vog_date, count, Stage.ACTIVE, years, today)
        if status.warns:
            expires = vog_expires(vog_date, years) if vog_date else None
            name = display_name(given, prefix, family)
            items.append(TodayItem("vog", "volunteer", vid, name, str(status), expires))
    items.sort(key=lambda i: (rank[VogStatus(i.detail)], i.when or today, i.title.casefold()))
    return len(items), items


def _followups(session, today: date) -> tuple[int, list[TodayItem]]:
    """Contact moments whose follow-up date has come, and open signals (due or never planned)."""
    moment_due = and_(ContactMoment.follow_up_on <= today, ContactMoment.follow_up_done.is_(False))
    signal_due = and_(
        Signal.status != SignalStatus.CLOSED,
        or_(Signal.follow_up_on.is_(None), Signal.follow_up_on <= today),
    )
    total = session.scalar(select(func.count()).where(moment_due)) or 0
    total += session.scalar(select(func.count()).select_from(Signal).where(signal_due)) or 0
    names = (Resident.given_name, Resident.name_prefix, Resident.family_name)
    moments = session.execute(
        select(ContactMoment.resident_id, *names, ContactMoment.follow_up_on)
        .add_columns(ContactMoment.by_whom, ContactMoment.id)
        .join(Resident, Resident.id == ContactMoment.resident_id)
        .where(moment_due)
        .order_by(ContactMoment.follow_up_on, ContactMoment.id)
        .limit(_FETCH)
    ).all()
    due = func.coalesce(Signal.follow_up_on, Signal.passed_on)
    signals = session.execute(
        select(Signal.resident_id, *names, due, Partner.name, Signal.id)
        .join(Resident, Resident.id == Signal.resident_id)
        .join(Partner, Partner.id == Signal.partner_id)
        .where(signal_due)
        .order_by(due, Signal.id)
        .limit(_FETCH)
    ).all()
    items = [
        TodayItem(
            "followups", "resident", r[0], display_name(r[1], r[2], r[3]), kind, r[4], (), r[5]
        )
        for kind, rows in (("contact", moments), ("signal", signals))
        for r in rows
    ]
    items.sort(key=lambda i: (i.when, i.title.casefold(), i.record_id))
    return total, items


def _activities(session, today: date) -> tuple[int, list[TodayItem]]:
    start = clock.now()
    end = datetime.combine(today + timedelta(days=ACTIVITY_DAYS + 1), time())
    upcoming = and_(
        Event.starts_at >= start,
        Event.starts_at < end,
        Event.status.in_([EventStatus.IDEA, EventStatus.PLANNED, EventStatus.ANNOUNCED]),
    )

    def registrations(status: RegistrationStatus):
        return (
            select(func.count(Registration.id))
            .where(Registration.event_id == Event.id, Registration.status == status)
            .scalar_subquery()
        )

    assigned = (
        select(func.count())
        .select_from(shift_assignments)
        .where(shift_assignments.c.shift_id == Shift.id)
        .scalar_subquery()
    )
    missing = (
        select(
            func.coalesce(
                func.sum(case((Shift.needed > assigned, Shift.needed - assigned), else_=0)), 0
            )
        )
        .where(Shift.event_id == Event.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Event.id,
            Event.title,
            Event.starts_at,
            Event.capacity,
            registrations(RegistrationStatus.REGISTERED),
            registrations(RegistrationStatus.WAITING),
            missing,
        )
        .where(upcoming)
        .order_by(Event.starts_at, Event.id)
        .limit(_FETCH)
    ).all()
    total = session.scalar(select(func.count(Event.id)).where(upcoming)) or 0
    items = []
    for event_id, title, starts_at, capacity, registered, waiting, lacking in rows:
        free = max(capacity - registered, 0) if capacity is not None else -1
        numbers = (int(lacking or 0), free, int(waiting or 0))
        items.append(TodayItem("activities", "event", event_id, title, "", starts_at, numbers))
    return total, items


def _support(session) -> tuple[int, list[TodayItem]]:
    """Per complex: current residents who asked for a volunteer, agreed to contact, have none.

    Read from the support flags outwards: about one resident in eight asked for anything, so
    starting there touches a fraction of the residents table.
    """
    helped = exists().where(SupportLink.resident_id == Resident.id, SupportLink.ended_on.is_(None))
    rows = session.execute(
        select(Home.complex_id, func.count(func.distinct(Resident.id)))
        .select_from(resident_support_flags)
        .join(SupportFlag, SupportFlag.id == resident_support_flags.c.flag_id)
        .join(Resident, Resident.id == resident_support_flags.c.resident_id)
        .join(Home, Home.id == Resident.home_id)
        .where(
            SupportFlag.code.in_(FLAG_KINDS),
            Home.complex_id.is_not(None),
            Resident.move_out.is_(None),
            Resident.consent_volunteer_contact.is_(True),
            ~helped,
        )
        .group_by(Home.complex_id)
    ).all()
    names = dict(session.execute(select(Complex.id, Complex.name)).all())
    items = [TodayItem("support", "support", cid, names[cid], numbers=(n,)) for cid, n in rows]
    items.sort(key=lambda i: (-i.numbers[0], i.title.casefold()))
    return sum(i.numbers[0] for i in items), items


def _targets(session) -> tuple[int, list[TodayItem]]:
    """Complexes whose Nieuwe Buren households are a smaller share of the homes than the target."""
    counted = dict(
        session.execute(
            select(Volunteer.complex_id, func.count(Volunteer.id))
            .where(Volunteer.stage.in_([Stage.HOUSED, Stage.WELCOMED, Stage.ACTIVE]))
            .group_by(Volunteer.complex_id)
        ).all()
    )
    rows = session.execute(
        select(Complex.id, Complex.name, Complex.home_count, Complex.nb_target_pct)
        .where(Complex.nb_target_pct.is_not(None), Complex.nb_target_pct > 0)
        .where(Complex.home_count > 0)
    ).all()
    items = []
    for cid, name, homes, target in rows:
        nb = counted.get(cid, 0)
        if nb * 100 < target * homes:
            text = f"{target.normalize():f}".replace(".", ",")
            items.append(TodayItem("targets", "complex", cid, name, "", None, (nb, homes), text))
    # Furthest below target first: that is where recruitment matters most.
    items.sort(key=lambda i: i.numbers[0] / i.numbers[1] - float(i.other.replace(",", ".")) / 100)
    return len(items), items
