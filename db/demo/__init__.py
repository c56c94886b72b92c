"""Realistic, deterministic demo data: for training, screenshots and performance tests.

``generate(db, residents=2000, seed=1)`` fills an empty, migrated database with Overvecht
complexes on real street names and fictitious people, volunteers, partners, events and funding
applications. The same seed and the same ``today`` give identical data, so a bug seen in a demo
database can be reproduced anywhere. Nothing here imports Qt: the CLI and tests use it too.

Speed matters (100,000 residents in seconds, not minutes), so every table is written with one
Core ``executemany`` inside a single transaction, with primary keys assigned here. Those bulk
inserts bypass the ORM audit hook on purpose: demo data is not a change anyone made.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import func, select

from db import clock, search, sort_keys
from db.demo import activities, funding, partners, places, volunteers
from db.demo import residents as households  # 'residents' is generate()'s count parameter
from db.demo.common import Context
from db.engine import Database
from db.models import Base, Complex, Event, FundingApplication, Partner, Resident, Volunteer
from db.services.common import ServiceError

HOMES_PER_RESIDENT = 1.1  # about one in eleven homes is empty or between tenants
MIN_RESIDENTS, MAX_RESIDENTS = 100, 500_000
STAGES = [
    "Complexen en woningen",
    "Bewoners",
    "Partners en signalen",
    "Vrijwilligers",
    "Subsidieaanvragen",
    "Activiteiten en uren",
    "Opslaan",
]

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind were made; field names are the table names."""

    complexes: int = 0
    homes: int = 0
    residents: int = 0
    resident_languages: int = 0
    resident_support_flags: int = 0
    contact_moments: int = 0
    partners: int = 0
    partner_contacts: int = 0
    signals: int = 0
    volunteers: int = 0
    volunteer_stage_changes: int = 0
    volunteer_roles: int = 0
    volunteer_languages: int = 0
    support_links: int = 0
    volunteer_hours: int = 0
    funding_applications: int = 0
    cost_lines: int = 0
    income_lines: int = 0
    application_status_changes: int = 0
    event_series: int = 0
    events: int = 0
    shifts: int = 0
    shift_assignments: int = 0
    registrations: int = 0
    moved_out: int = 0  # residents with a move-out date (included in residents)

    def table_counts(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "moved_out"}

    @property
    def current_residents(self) -> int:
        return self.residents - self.moved_out

    def lines(self) -> list[tuple[str, int]]:
        """The headline counts with Dutch labels, for the command line."""
        return [
            ("complexen", self.complexes),
            ("woningen", self.homes),
            ("bewoners", self.residents),
            ("waarvan verhuisd", self.moved_out),
            ("vrijwilligers", self.volunteers),
            ("partners", self.partners),
            ("activiteiten", self.events),
            ("aanmeldingen", self.registrations),
            ("aanvragen", self.funding_applications),
        ]


def generate(
    db: Database,
    residents: int = 2000,
    seed: int = 1,
    progress: Progress | None = None,
    *,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data in one transaction (all or nothing).

    ``progress(label, done, total)`` is called before each stage with a Dutch label, and once
    more with ("Klaar", total, total). Events and applications are placed around ``today``
    (default: the real date); pass a fixed date to get the very same data on any day.
    Refuses a database that already holds residents (or complexes, volunteers, partners,
    events or applications): demo people must never end up among a real office's residents.
    """
    if not MIN_RESIDENTS <= residents <= MAX_RESIDENTS:
        low, high = (f"{n:,}".replace(",", ".") for n in (MIN_RESIDENTS, MAX_RESIDENTS))
        raise ServiceError(f"Kies tussen {low} en {high} bewoners voor demogegevens.")
    report = progress or (lambda _label, _done, _total: None)
    total = len(STAGES)
    with db.transaction() as session:
        _refuse_if_not_empty(session)
        search.suspend(session.connection())  # bulk load: one index rebuild at the end is faster
        sort_keys.drop_triggers(session.connection())  # the same for the stored sort keys
        ctx = Context(session, random.Random(seed), today or clock.today())
        current = residents - round(residents * households.MOVED_OUT_SHARE)
        report(STAGES[0], 0, total)
        where = places.generate(ctx, max(188, round(current * HOMES_PER_RESIDENT)))
        report(STAGES[1], 1, total)
        people = households.generate(ctx, where, residents)
        report(STAGES[2], 2, total)
        partners.generate(ctx, people)
        report(STAGES[3], 3, total)
        team = volunteers.generate(ctx, where, people)
        report(STAGES[4], 4, total)
        applications = funding.generate(ctx, where, people, team)
        report(STAGES[5], 5, total)
        activities.generate(ctx, where, people, team, applications)
        report(STAGES[6], 6, total)
        ctx.finish()
        search.install(
            session.connection()
        )  # triggers back, search index rebuilt (same transaction)
        sort_keys.install(session.connection())
    with db.engine.begin() as conn:  # fresh statistics, or the planner picks poor indexes
        conn.exec_driver_sql("ANALYZE")
    report("Klaar", total, total)
    known = {f.name for f in fields(DemoSummary)}
    return DemoSummary(
        moved_out=people.moved_out, **{name: n for name, n in ctx.counts.items() if name in known}
    )


def _refuse_if_not_empty(session) -> None:
    checks = [
        (Resident, "bewoners"),
        (Complex, "complexen"),
        (Volunteer, "vrijwilligers"),
        (Partner, "partners"),
        (Event, "activiteiten"),
        (FundingApplication, "aanvragen"),
    ]
    for model, label in checks:
        if session.scalar(select(func.count()).select_from(model)):
            raise ServiceError(
                f"Deze database bevat al {label}. Demogegevens worden alleen in een lege database "
                "gezet, zodat ze nooit tussen echte gegevens terechtkomen. Maak een nieuwe, lege "
                "database aan en probeer het daar opnieuw."
            )


def kinds() -> dict[str, str]:
    """Every model's class name with its table name: the kinds first_ids() can be asked for."""
    return {
        m.class_.__name__: getattr(m.class_, "__tablename__", "") for m in Base.registry.mappers
    }


def first_ids(db: Database, kind: str, limit: int) -> list[int]:
    """The ids of the first `limit` objects of one kind (a model's class name), in id order."""
    model = next(m.class_ for m in Base.registry.mappers if m.class_.__name__ == kind)
    with db.reading() as session:
        return list(session.scalars(select(model.id).order_by(model.id).limit(limit)))
