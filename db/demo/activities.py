"""Events: held ones with registrations and attendance, upcoming ones with volunteer shifts,
one cancelled, a weekly coffee-morning series, and the volunteer hours that go with them.

Everything is placed relative to the fixed 'today', so a demo database made for a training day
always has something last week and something next week.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from db.demo.common import ANY_MONTH, STAFF, Context, at, burendag, koningsdag
from db.demo.funding import ApplicationInfo
from db.demo.places import Places
from db.demo.residents import People
from db.demo.volunteers import Team
from db.models import (
    ApplicationStatus,
    Event,
    EventSeries,
    EventStatus,
    Registration,
    RegistrationStatus,
    Shift,
    Stage,
    VolunteerHours,
)
from db.models.events import shift_assignments


@dataclass(frozen=True)
class Template:
    title: str
    description: str
    start: tuple[int, int]
    minutes: int
    capacity: tuple[int, int]
    costs: tuple[int, int]
    months: tuple[int, ...] = ANY_MONTH
    shifts: tuple[str, ...] = ()
    place: str = ""  # empty: the complex's common room
    flyer: tuple[str, str, str] = ("", "", "")  # second language on the flyer: code, title, text


# fmt: off
TEMPLATES = [  # title, description, start, minutes, capacity, costs, months, shifts, place
    Template("Koffieochtend", "Even bijpraten met de buren, koffie en thee staan klaar.",
             (10, 0), 120, (15, 30), (10, 40), shifts=("Ontvangst",)),
    Template("Samen koken en eten", "Buren koken voor buren; iedereen eet mee.",
             (17, 30), 180, (20, 40), (80, 250), shifts=("Keuken", "Opruimen")),
    Template("Tuinmiddag", "Samen de tuin achter de flat bijhouden.",
             (14, 0), 180, (10, 25), (20, 120), (4, 5, 6, 7, 8, 9), ("Opbouw",),
             "Tuin achter de flat"),
    Template("ICT-spreekuur", "Hulp bij telefoon, DigiD en e-mail.",
             (13, 30), 120, (8, 15), (0, 20), shifts=("Ontvangst",)),
    Template("Schoonmaakactie rond de flat", "Met knijpers en vuilniszakken de buurt in.",
             (10, 0), 180, (10, 40), (20, 80), (3, 4, 5, 6, 7, 8, 9, 10), ("Opbouw", "Opruimen"),
             "Voor de ingang"),
    Template("Spelletjesmiddag", "Sjoelen, kaarten en rummikub.",
             (14, 0), 150, (15, 30), (15, 60), shifts=("Ontvangst",)),
    Template("Welkomstborrel nieuwe buren", "Kennismaken met wie er net is komen wonen.",
             (19, 30), 120, (20, 50), (50, 150), shifts=("Ontvangst", "Opruimen")),
    Template("Formulierenspreekuur", "Samen brieven en formulieren doornemen.",
             (10, 0), 120, (6, 12), (0, 0)),
    Template("Bingo", "Bingo met kleine prijsjes.",
             (19, 30), 150, (25, 50), (60, 150), shifts=("Ontvangst", "Opruimen")),
    Template("Zomerbarbecue", "Barbecue op het grasveld, vega en halal.",
             (17, 0), 240, (40, 100), (150, 450), (6, 7, 8), ("Opbouw", "Keuken", "Opruimen"),
             "Grasveld naast de flat"),
    Template("Kerstbrunch", "Brunch voor wie de feestdagen niet alleen wil doorbrengen.",
             (11, 0), 180, (30, 60), (150, 400), (12,), ("Opbouw", "Keuken")),
]
KONINGSDAG = Template("Koningsdag: oranjetraktatie", "Tompoucen, limonade en spelletjes.",
                      (11, 0), 180, (40, 120), (150, 400), (4,),
                      ("Opbouw", "Ontvangst", "Opruimen"), "Grasveld naast de flat",
                      ("tr", "Kral Günü", "Çocuklar için limonata, pasta ve oyunlar."))
BURENDAG = Template("Burendag", "Samen opruimen, planten en daarna soep met de buren.",
                    (13, 0), 240, (30, 80), (100, 300), (9,), ("Opbouw", "Keuken", "Opruimen"))
COFFEE = Template("Koffieochtend in de huiskamer", "Elke dinsdag: koffie, thee en een praatje.",
                  (10, 0), 90, (20, 20), (10, 20), shifts=("Ontvangst",),
                  flyer=("ar", "صباح القهوة", "كل يوم ثلاثاء: قهوة وشاي وحديث مع الجيران."))
IFTAR = Template("Iftar met de buren", "Samen het vasten breken; iedereen is welkom.",
                 (18, 30), 150, (30, 80), (100, 300), (2, 3), ("Keuken", "Opruimen"))
# fmt: on
BY_TITLE = {t.title: t for t in TEMPLATES}
# The activity behind each kind of funding application (see db.demo.funding.INITIATIVES).
FUNDED = {
    "Koningsdag in de flat": KONINGSDAG,
    "Burendag": BURENDAG,
    "Koffieochtenden": COFFEE,
    "Moestuin achter de flat": BY_TITLE["Tuinmiddag"],
    "Iftar met de buren": IFTAR,
    "Kerstbrunch": BY_TITLE["Kerstbrunch"],
    "ICT-spreekuur": BY_TITLE["ICT-spreekuur"],
    "Zomerfeest": BY_TITLE["Zomerbarbecue"],
}
HOUR_TASKS = [
    "Belronde senioren",
    "Tuin bijhouden",
    "Hulp bij formulieren",
    "Huisbezoek",
    "Flyers rondbrengen",
    "Overleg Nieuwe Buren",
]


class _Events:
    """Collects rows for all event tables; each event gets its id at once so children can refer
    to it before anything is inserted."""

    def __init__(self, ctx: Context, places: Places, people: People, team: Team):
        self.ctx, self.places, self.people, self.team = ctx, places, people, team
        self.events: list[dict] = []
        self.shifts: list[dict] = []
        self.assignments: list[dict] = []
        self.registrations: list[dict] = []
        self.worked: list[dict] = []  # volunteer hours from shifts at held events
        self.by_day: dict[tuple[int, date, str], dict] = {}  # (complex, day, template) -> event

    def add(
        self,
        k: int,
        t: Template,
        day: date,
        status: EventStatus,
        *,
        title: str = "",
        application: int | None = None,
        series: int | None = None,
        registrations: bool = True,
    ) -> dict:
        ctx, rng = self.ctx, self.ctx.rng
        starts = at(day, *t.start)
        event_id = ctx.ids(Event.__table__, 1)[0]
        capacity = rng.randint(*t.capacity)
        helpers = self.team.active_by_complex[k]
        organiser = rng.choice(helpers) if helpers and rng.random() < 0.7 else None
        row = {
            "id": event_id,
            "title": title or t.title,
            "description": t.description,
            "starts_at": starts,
            "ends_at": starts + timedelta(minutes=t.minutes),
            "complex_id": self.places.complexes[k].id,
            "location": t.place,
            "organiser_volunteer_id": organiser.id if organiser else None,
            "organiser_staff": "" if organiser else rng.choice(STAFF),
            "capacity": capacity,
            "costs": ctx.money(*t.costs, "1"),
            "funding_application_id": application,
            "status": status,
            "attendance": None,
            "series_id": series,
            "flyer_language": t.flyer[0],
            "flyer_title": t.flyer[1],
            "flyer_text": t.flyer[2],
        }
        if status == EventStatus.CANCELLED:
            row["description"] += " Afgelast: de huiskamer was onverwacht niet beschikbaar."
        self.events.append(row)
        self.by_day[(k, day, t.title)] = row
        held = status == EventStatus.HELD
        if registrations and status in (
            EventStatus.HELD,
            EventStatus.ANNOUNCED,
            EventStatus.CANCELLED,
        ):
            attended = self._registrations(k, row, status)
            if held:
                row["attendance"] = min(capacity + 10, attended + rng.randint(0, 10))
        elif held:
            row["attendance"] = rng.randint(capacity // 3, capacity)
        planned = status in (EventStatus.PLANNED, EventStatus.ANNOUNCED)
        if t.shifts and (planned or (held and rng.random() < 0.5)):
            self._shifts(k, row, t.shifts, fill=status != EventStatus.PLANNED)
        return row

    def _registrations(self, k: int, event: dict, status: EventStatus) -> int:
        rng, start = self.ctx.rng, event["starts_at"]
        pool = [r for r in self.people.current_by_complex[k] if r.move_in < start.date()]
        wanted = rng.randint(event["capacity"] // 3, event["capacity"] + 3)
        attended = taken = 0
        for r in rng.sample(pool, min(wanted, len(pool))):
            latest = min(start.date() - timedelta(days=1), self.ctx.today)
            day = self.ctx.between(max(start.date() - timedelta(days=21), r.move_in), latest)
            # A waiting list only once every place is taken: a cancellation frees a place, and
            # the program moves the next one up, so the demo does the same.
            if status == EventStatus.CANCELLED or rng.random() < 0.05:
                state = RegistrationStatus.CANCELLED
            elif taken < event["capacity"]:
                state, taken = RegistrationStatus.REGISTERED, taken + 1
            else:
                state = RegistrationStatus.WAITING
            came = None
            if status == EventStatus.HELD and state == RegistrationStatus.REGISTERED:
                came = rng.random() < 0.8
                attended += came
            self.registrations.append(
                {
                    "event_id": event["id"],
                    "resident_id": r.id,
                    "registered_at": at(day, rng.randint(9, 20), rng.choice((0, 15, 30, 45))),
                    "status": state,
                    "attended": came,
                }
            )
        return attended

    def _shifts(self, k: int, event: dict, roles: tuple[str, ...], fill: bool) -> None:
        rng = self.ctx.rng
        free = list(self.team.active_by_complex[k])  # nobody in two shifts of one event
        rng.shuffle(free)
        ids = self.ctx.ids(Shift.__table__, len(roles))
        for shift_id, role in zip(ids, roles, strict=True):
            begin, end = _shift_window(role, event["starts_at"], event["ends_at"])
            needed = rng.randint(1, 3)
            self.shifts.append(
                {
                    "id": shift_id,
                    "event_id": event["id"],
                    "role": role,
                    "starts_at": begin,
                    "ends_at": end,
                    "needed": needed,
                }
            )
            count = needed if fill else rng.randint(0, needed)
            for v in [free.pop() for _ in range(min(count, len(free)))]:
                self.assignments.append({"shift_id": shift_id, "volunteer_id": v.id})
                if event["status"] == EventStatus.HELD:
                    hours = (Decimal((end - begin).seconds // 60) / 60).quantize(Decimal("0.01"))
                    self.worked.append(
                        {
                            "volunteer_id": v.id,
                            "event_id": event["id"],
                            "worked_on": begin.date(),
                            "hours": hours,
                            "description": f"{role}: {event['title']}",
                        }
                    )


def _shift_window(role: str, starts: datetime, ends: datetime) -> tuple[datetime, datetime]:
    """Set-up before, reception around the start, kitchen throughout, clearing up after."""
    minutes = timedelta(minutes=1)
    if role == "Opbouw":
        return starts - 60 * minutes, starts
    if role == "Ontvangst":
        return starts - 15 * minutes, min(starts + 60 * minutes, ends)
    if role == "Opruimen":
        return ends, ends + 60 * minutes
    return starts, ends


def generate(
    ctx: Context, places: Places, people: People, team: Team, applications: list[ApplicationInfo]
) -> None:
    rng = ctx.rng
    ev = _Events(ctx, places, people, team)
    _special_days(ev)
    _coffee_series(ev)
    for k in range(len(places.complexes)):
        busy = bool(team.active_by_complex[k])
        past = 8 if k == 0 else rng.randint(2, 6) if busy else rng.randint(0, 2)
        upcoming = 4 if k == 0 else rng.randint(1, 3) if busy else rng.randint(0, 1)
        for n in range(past):
            day = ctx.days_ago(3, 365)
            # The one cancellation: the Vulcanusdreef's first event (room unavailable).
            status = EventStatus.CANCELLED if k == 0 and n == 0 else EventStatus.HELD
            ev.add(k, _fitting(ctx, day), day, status)
        for _ in range(upcoming):
            day = ctx.days_ahead(2, 120)
            status = (
                EventStatus.IDEA
                if (day - ctx.today).days > 60
                else rng.choice([EventStatus.PLANNED, EventStatus.ANNOUNCED])
            )
            ev.add(k, _fitting(ctx, day), day, status)
    _funded(ev, applications)
    ctx.insert(Event.__table__, ev.events)
    ctx.insert(Shift.__table__, ev.shifts)
    ctx.insert(shift_assignments, ev.assignments)
    ctx.insert(Registration.__table__, ev.registrations)
    _hours(ctx, team, ev.worked)


def _fitting(ctx: Context, day: date) -> Template:
    """A template that suits the season: no barbecue in January."""
    return ctx.pick([t for t in TEMPLATES if day.month in t.months])


def _upcoming_status(ctx: Context, day: date) -> EventStatus:
    days = (day - ctx.today).days
    return (
        EventStatus.ANNOUNCED
        if days <= 21
        else EventStatus.PLANNED
        if days <= 60
        else EventStatus.IDEA
    )


def _special_days(ev: _Events) -> None:
    """Koningsdag and Burendag at the Vulcanusdreef on their real dates, last and next time."""
    ctx = ev.ctx
    for template, day_in in ((KONINGSDAG, koningsdag), (BURENDAG, burendag)):
        for year in (ctx.today.year - 1, ctx.today.year, ctx.today.year + 1):
            day = day_in(year)
            if -365 < (day - ctx.today).days < 0:
                ev.add(0, template, day, EventStatus.HELD)
            elif 0 <= (day - ctx.today).days < 365:
                ev.add(0, template, day, _upcoming_status(ctx, day))


def _coffee_series(ev: _Events) -> None:
    """Every Tuesday at the Vulcanusdreef: 16 weeks from 8 weeks ago, one week skipped."""
    ctx = ev.ctx
    series_id = ctx.ids(EventSeries.__table__, 1)[0]
    first = ctx.today - timedelta(weeks=8)
    first += timedelta(days=(1 - first.weekday()) % 7)  # the Tuesday on or after
    weeks = [first + timedelta(weeks=n) for n in range(16)]
    skipped = weeks[5]
    ctx.insert(
        EventSeries.__table__,
        [
            {
                "id": series_id,
                "frequency": "weekly",
                "interval_count": 1,
                "until": None,
                "occurrences": len(weeks) - 1,  # counts activities held, not skipped weeks
                "skipped_dates": skipped.isoformat(),
            }
        ],
    )
    for day in weeks:
        if day == skipped:
            continue
        status = EventStatus.HELD if day < ctx.today else _upcoming_status(ctx, day)
        ev.add(0, COFFEE, day, status, series=series_id, registrations=False)


def _funded(ev: _Events, applications: list[ApplicationInfo]) -> None:
    """The activity behind each granted application, linked to it (Koningsdag at the
    Vulcanusdreef already exists: the application is linked to that event instead)."""
    ctx = ev.ctx
    granted = (
        ApplicationStatus.GRANTED,
        ApplicationStatus.PARTLY_GRANTED,
        ApplicationStatus.ACCOUNTED,
        ApplicationStatus.CLOSED,
    )
    for app in applications:
        if app.status not in granted:
            continue
        day = app.activity_start
        template = FUNDED.get(app.initiative) or _fitting(ctx, day)
        existing = ev.by_day.get((app.complex, day, template.title))
        if existing and existing["funding_application_id"] is None:
            existing["funding_application_id"] = app.id
            continue
        status = EventStatus.HELD if day < ctx.today else _upcoming_status(ctx, day)
        ev.add(app.complex, template, day, status, title=app.title, application=app.id)


def _hours(ctx: Context, team: Team, worked: list[dict]) -> None:
    """Shifts worked at held events, plus the everyday work nobody puts on a poster."""
    rng = ctx.rng
    rows = list(worked)
    for v in team.volunteers:
        if v.stage not in (Stage.ACTIVE, Stage.WELCOMED):
            continue
        for _ in range(rng.randint(0, 8)):
            rows.append(
                {
                    "volunteer_id": v.id,
                    "event_id": None,
                    "worked_on": ctx.between(
                        max(v.since, ctx.today - timedelta(days=180)), ctx.today
                    ),
                    "hours": Decimal(rng.choice(("1", "1.5", "2", "2.5", "3", "4"))).quantize(
                        Decimal("0.01")
                    ),
                    "description": rng.choice(HOUR_TASKS),
                }
            )
    ctx.insert(VolunteerHours.__table__, rows)
