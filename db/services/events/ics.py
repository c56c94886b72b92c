"""Activities as an iCalendar (.ics) file, so staff can put them in Outlook or another agenda."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar
from icalendar import Event as IcsEvent
from sqlalchemy import select

from db import clock
from db.engine import Database
from db.models import Event, EventStatus
from db.services.common import ServiceError
from db.services.events.activities import flyer_info

TIMEZONE = ZoneInfo("Europe/Amsterdam")
_STATUS = {EventStatus.CANCELLED: "CANCELLED", EventStatus.IDEA: "TENTATIVE"}


def upcoming_ids(db: Database, now: datetime | None = None) -> list[int]:
    """Activities that have not ended yet (cancelled ones too, so agendas learn of it)."""
    with db.reading() as session:
        return list(
            session.scalars(
                select(Event.id)
                .where(Event.ends_at >= (now or clock.now()))
                .order_by(Event.starts_at, Event.id)
            )
        )


def ics_bytes(db: Database, event_ids: list[int]) -> bytes:
    if not event_ids:
        raise ServiceError("Er zijn geen activiteiten om te exporteren.")
    cal = Calendar()
    cal.add("prodid", "-//Buurtkantoor//Activiteiten//NL")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Activiteiten Buurtkantoor")
    stamp = clock.now().replace(tzinfo=clock.OFFICE_TZ).astimezone(TIMEZONE)
    years = []
    for event_id in event_ids:
        info = flyer_info(db, event_id)
        years.append(info.starts_at.year)
        item = IcsEvent()
        item.add("uid", f"activiteit-{info.id}@buurtkantoor")
        item.add("dtstamp", stamp)
        item.add("dtstart", info.starts_at.replace(tzinfo=TIMEZONE))
        item.add("dtend", info.ends_at.replace(tzinfo=TIMEZONE))
        item.add("summary", info.title)
        if info.place:
            item.add("location", info.place)
        if info.description:
            item.add("description", info.description)
        item.add("status", _STATUS.get(info.status, "CONFIRMED"))
        cal.add_component(item)
    # Only the years the activities are in: keeps the file small and Outlook happy.
    cal.add_missing_timezones(
        first_date=date(min(years), 1, 1), last_date=date(max(years) + 1, 12, 31)
    )
    return cal.to_ical()
