"""Recurring activities: a series is created once and becomes separate events, one per date,
each of which can still be changed or cancelled on its own."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select

from db.engine import Database
from db.models import Event, EventSeries
from db.services.common import ServiceError, unit_of_work
from db.services.events.activities import EventData, check_times, crud

MAX_OCCURRENCES = 200
FREQUENCIES = ("weekly", "monthly")


@dataclass
class SeriesData:
    frequency: str = "weekly"  # "weekly" | "monthly"
    interval: int = 1  # every 1, 2, ... weeks or months
    until: date | None = None  # last possible date (inclusive) ...
    count: int | None = None  # ... or the number of activities to make
    skipped: list[date] = field(default_factory=list)  # holidays and other dates without one


def _add_months(start: date, months: int) -> date | None:
    """Same day number n months later; None when that month has no such day (31 april)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    if start.day > calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, start.day)


def occurrence_dates(first: date, series: SeriesData) -> list[date]:
    """The dates of a series. `count` counts activities actually held, so skipped dates do not
    use one up; months without the day (a series on the 31st) are left out."""
    if series.frequency not in FREQUENCIES:
        raise ServiceError("Kies wekelijks of maandelijks.")
    if series.interval < 1:
        raise ServiceError("Het interval moet minstens 1 zijn.")
    if series.until is None and series.count is None:
        raise ServiceError("Geef een einddatum of een aantal keer op.")
    if series.count is not None and not 1 <= series.count <= MAX_OCCURRENCES:
        raise ServiceError(f"Een reeks heeft 1 tot en met {MAX_OCCURRENCES} activiteiten.")
    if series.until is not None and series.until < first:
        raise ServiceError("De einddatum van de reeks ligt voor de eerste activiteit.")
    skipped = set(series.skipped)
    dates: list[date] = []
    step = 0
    while len(dates) < (series.count or MAX_OCCURRENCES + 1):
        if series.frequency == "weekly":
            day: date | None = first + timedelta(weeks=step * series.interval)
        else:
            day = _add_months(first, step * series.interval)
        step += 1
        if day is None:
            continue
        if series.until is not None and day > series.until:
            break
        if day not in skipped:
            dates.append(day)
        if step > 12 * MAX_OCCURRENCES:
            break
    if len(dates) > MAX_OCCURRENCES:
        raise ServiceError(
            f"Deze reeks zou meer dan {MAX_OCCURRENCES} activiteiten maken; "
            "kies een eerdere einddatum."
        )
    if not dates:
        raise ServiceError("Deze reeks heeft geen enkele datum: alle data zijn overgeslagen.")
    return dates


def create_series(db: Database, template: EventData, series: SeriesData) -> list[int]:
    """One event per date with the template's times, text and settings; returns their ids."""
    check_times(template.starts_at, template.ends_at, new=True)
    data = crud.prepare(template)
    assert data.starts_at is not None and data.ends_at is not None
    duration = data.ends_at - data.starts_at
    dates = occurrence_dates(data.starts_at.date(), series)
    with unit_of_work(db) as session:
        row = EventSeries(
            frequency=series.frequency,
            interval_count=series.interval,
            until=series.until,
            occurrences=series.count,
            skipped_dates=",".join(sorted(d.isoformat() for d in set(series.skipped))),
        )
        session.add(row)
        session.flush()
        ids = []
        for day in dates:
            starts_at = datetime.combine(day, data.starts_at.time())
            values = replace(
                data, starts_at=starts_at, ends_at=starts_at + duration, series_id=row.id
            )
            event = Event(**{name: getattr(values, name) for name in crud.fields()})
            session.add(event)
            session.flush()
            ids.append(event.id)
        return ids


@dataclass(frozen=True)
class SeriesInfo:
    id: int
    frequency: str
    interval: int
    until: date | None
    count: int | None
    skipped: list[date]
    event_ids: list[int]

    def describe(self) -> str:
        """Dutch summary for the editor: 'elke 2 weken, 10 activiteiten'."""
        unit = {("weekly", 1): "elke week", ("monthly", 1): "elke maand"}.get(
            (self.frequency, self.interval),
            f"elke {self.interval} {'weken' if self.frequency == 'weekly' else 'maanden'}",
        )
        return f"{unit}, {len(self.event_ids)} activiteiten"


def get_series(db: Database, series_id: int) -> SeriesInfo:
    with db.reading() as session:
        row = session.get(EventSeries, series_id)
        if row is None:
            raise ServiceError(f"Reeks {series_id} bestaat niet (meer).")
        ids = list(
            session.scalars(
                select(Event.id)
                .where(Event.series_id == series_id)
                .order_by(Event.starts_at, Event.id)
            )
        )
        skipped = [date.fromisoformat(d) for d in row.skipped_dates.split(",") if d]
        return SeriesInfo(
            row.id, row.frequency, row.interval_count, row.until, row.occurrences, skipped, ids
        )
