"""Activities (events): one package, imported as `db.services.events`.

activities: CRUD, the list and calendar, what a flyer needs to know; series: repeating activities;
shifts: volunteer shifts and double bookings; registrations: sign-ups, the waiting list and
attendance; ics: the agenda export."""

# ics (icalendar) is imported by who exports an agenda, not by everyone who lists activities.
from db.services.events import registrations, series, shifts
from db.services.events.activities import (
    FLYER_LANGUAGES,
    EventData,
    EventRow,
    FlyerInfo,
    check_times,
    create,
    crud,
    delete,
    events_between,
    flyer_info,
    funding_choices,
    get,
    list_events,
    set_status,
    update,
    volunteer_choices,
)
from db.services.events.registrations import RegistrationData
from db.services.events.shifts import ShiftData

__all__ = [
    "FLYER_LANGUAGES",
    "EventData",
    "EventRow",
    "FlyerInfo",
    "RegistrationData",
    "ShiftData",
    "check_times",
    "create",
    "crud",
    "delete",
    "events_between",
    "flyer_info",
    "funding_choices",
    "get",
    "list_events",
    "registrations",
    "series",
    "set_status",
    "shifts",
    "update",
    "volunteer_choices",
]
