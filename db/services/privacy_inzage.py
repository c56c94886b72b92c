"""Inzage (GDPR/AVG right of access): everything the office holds about one resident or volunteer.

The result is plain, JSON-ready data (Dutch keys and values, dates as ISO text) so the same
answer feeds the PDF for the person and the JSON file. It deliberately includes the sensitive
parts (notes, support flags, contact moments, signals): the person has a right to see them.
Other people's personal data stays out: a volunteer's inzage lists whom they support by kind
and dates, not by name.
"""

from __future__ import annotations

import enum
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select

from db import clock, validation
from db.engine import Database
from db.models import (
    AuditEntry,
    Complex,
    ContactMoment,
    Event,
    FundingApplication,
    Home,
    Partner,
    Registration,
    Resident,
    Signal,
    StageChange,
    SupportLink,
    Volunteer,
    VolunteerHours,
)
from db.services.common import NotFound
from db.services.names import display_name

CONTACT_KINDS = {"call": "telefoon", "visit": "bezoek", "activity": "activiteit", "other": "anders"}
SIGNAL_STATUS = {"passed_on": "doorgegeven", "picked_up": "opgepakt", "closed": "afgesloten"}
SUPPORT_KINDS = {
    "weekly_call": "wekelijks bellen",
    "paperwork": "hulp bij papieren",
    "visit": "bezoek",
    "other": "anders",
}
REGISTRATION_STATUS = {"registered": "aangemeld", "waiting": "wachtlijst", "cancelled": "afgemeld"}
STAGES = {
    "applied": "aanmelding",
    "letter_scored": "brief beoordeeld",
    "interview": "gesprek",
    "housed": "gehuisvest",
    "welcomed": "welkomstgesprek",
    "active": "actief",
    "stopped": "gestopt",
}
ACTIONS = {
    "create": "aangemaakt",
    "update": "gewijzigd",
    "delete": "verwijderd",
    "erase": "gewist",
    "merge": "samengevoegd",
    "restore": "teruggezet",
}


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def resident_inzage(db: Database, resident_id: int) -> dict:
    with db.reading() as session:
        person = session.get(Resident, resident_id)
        if person is None:
            raise NotFound(f"Bewoner {resident_id} bestaat niet (meer).")
        data = {
            "soort": "bewoner",
            "nummer": person.id,
            "gemaakt_op": clock.now().isoformat(sep=" ", timespec="minutes"),
            "gegevens": _resident_record(session, person),
            "toestemming": {
                "contact_door_vrijwilligers": person.consent_volunteer_contact,
                "delen_met_partners": person.consent_share_partners,
                "fotos_op_flyers": person.consent_photos,
                "vastgelegd_op": _plain(person.consent_recorded_on),
                "hoe": person.consent_how,
            },
            "ondersteuningskenmerken": sorted(flag.label for flag in person.support_flags),
            "notities": person.notes,
            "contactmomenten": _contact_moments(session, resident_id),
            "signalen": _signals(session, resident_id),
            "ondersteund_door": _supported_by(session, resident_id),
            "aanmeldingen": _registrations(session, resident_id),
            "subsidieaanvragen": _applications(
                session, FundingApplication.applicant_resident_id, resident_id
            ),
            "geschiedenis": _history(session, "Resident", [resident_id]),
        }
        volunteer = session.scalar(select(Volunteer).where(Volunteer.resident_id == resident_id))
        if volunteer is not None:
            data["vrijwilliger"] = _volunteer_part(session, volunteer)
        return data


def volunteer_inzage(db: Database, volunteer_id: int) -> dict:
    with db.reading() as session:
        volunteer = session.get(Volunteer, volunteer_id)
        if volunteer is None:
            raise NotFound(f"Vrijwilliger {volunteer_id} bestaat niet (meer).")
        if volunteer.resident is not None:
            record = _resident_record(session, volunteer.resident)
        else:
            record = {
                "naam": display_name(
                    volunteer.given_name, volunteer.name_prefix, volunteer.family_name
                ),
                "telefoon": _phone(volunteer.phone),
                "e_mail": volunteer.email,
            }
        return {
            "soort": "vrijwilliger",
            "nummer": volunteer.id,
            "gemaakt_op": clock.now().isoformat(sep=" ", timespec="minutes"),
            "gegevens": record,
            "vrijwilliger": _volunteer_part(session, volunteer),
            "subsidieaanvragen": _applications(
                session, FundingApplication.applicant_volunteer_id, volunteer_id
            ),
            "geschiedenis": _history(session, "Volunteer", [volunteer_id]),
        }


def to_json(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_plain).encode("utf-8")


def _phone(value: str) -> str:
    return validation.format_phone(value) if value else ""


def _resident_record(session, person: Resident) -> dict:
    home = session.get(Home, person.home_id) if person.home_id else None
    address = ""
    complex_name = ""
    if home is not None:
        number = validation.format_house_number(home.house_number, home.house_letter, home.addition)
        address = f"{home.street} {number}, {home.postcode} {home.city}"
        if home.complex_id:
            complex_name = session.get(Complex, home.complex_id).name
    return {
        "naam": display_name(person.given_name, person.name_prefix, person.family_name),
        "adres": address,
        "complex": complex_name,
        "telefoon": _phone(person.phone),
        "e_mail": person.email,
        "geboortejaar": person.birth_year,
        "huishouden": person.household_size,
        "talen": sorted(lang.language for lang in person.languages),
        "ingetrokken_op": _plain(person.move_in),
        "verhuisd_op": _plain(person.move_out),
    }


def _contact_moments(session, resident_id: int) -> list[dict]:
    rows = session.scalars(
        select(ContactMoment)
        .where(ContactMoment.resident_id == resident_id)
        .order_by(ContactMoment.occurred_on, ContactMoment.id)
    )
    return [
        {
            "datum": _plain(m.occurred_on),
            "soort": CONTACT_KINDS.get(m.kind.value, m.kind.value),
            "door": m.by_whom,
            "notitie": m.note,
            "opvolgen_op": _plain(m.follow_up_on),
        }
        for m in rows
    ]


def _signals(session, resident_id: int) -> list[dict]:
    rows = session.execute(
        select(Signal, Partner.name)
        .join(Partner, Signal.partner_id == Partner.id)
        .where(Signal.resident_id == resident_id)
        .order_by(Signal.passed_on, Signal.id)
    )
    return [
        {
            "doorgegeven_op": _plain(s.passed_on),
            "aan": partner,
            "onderwerp": s.subject,
            "status": SIGNAL_STATUS.get(s.status.value, s.status.value),
            "door": s.by_whom,
        }
        for s, partner in rows
    ]


def _volunteer_name(volunteer: Volunteer) -> str:
    if volunteer.resident is not None:
        r = volunteer.resident
        return display_name(r.given_name, r.name_prefix, r.family_name)
    return display_name(volunteer.given_name, volunteer.name_prefix, volunteer.family_name)


def _supported_by(session, resident_id: int) -> list[dict]:
    rows = session.execute(
        select(SupportLink, Volunteer)
        .join(Volunteer, SupportLink.volunteer_id == Volunteer.id)
        .where(SupportLink.resident_id == resident_id)
        .order_by(SupportLink.started_on)
    )
    return [
        {
            "vrijwilliger": _volunteer_name(v),
            "soort": SUPPORT_KINDS.get(link.kind.value, link.kind.value),
            "sinds": _plain(link.started_on),
            "tot": _plain(link.ended_on),
        }
        for link, v in rows
    ]


def _registrations(session, resident_id: int) -> list[dict]:
    rows = session.execute(
        select(Registration, Event.title, Event.starts_at)
        .join(Event, Registration.event_id == Event.id)
        .where(Registration.resident_id == resident_id)
        .order_by(Event.starts_at)
    )
    return [
        {
            "activiteit": title,
            "datum": _plain(starts.date()),
            "status": REGISTRATION_STATUS.get(reg.status.value, reg.status.value),
            "aanwezig": reg.attended,
        }
        for reg, title, starts in rows
    ]


def _applications(session, column, person_id: int) -> list[dict]:
    rows = session.scalars(
        select(FundingApplication).where(column == person_id).order_by(FundingApplication.id)
    )
    return [
        {
            "titel": a.title,
            "status": a.status.value,
            "ingediend_op": _plain(a.submitted_on),
            "rekeninghouder": a.account_holder,
            "iban": validation.format_iban(a.iban) if a.iban else "",
        }
        for a in rows
    ]


def _volunteer_part(session, volunteer: Volunteer) -> dict:
    links = session.scalars(
        select(SupportLink)
        .where(SupportLink.volunteer_id == volunteer.id)
        .order_by(SupportLink.started_on)
    )
    hours = session.scalars(
        select(VolunteerHours)
        .where(VolunteerHours.volunteer_id == volunteer.id)
        .order_by(VolunteerHours.worked_on)
    )
    stages = session.scalars(
        select(StageChange)
        .where(StageChange.volunteer_id == volunteer.id)
        .order_by(StageChange.changed_on, StageChange.id)
    )
    return {
        "fase": STAGES.get(volunteer.stage.value, volunteer.stage.value),
        "fase_sinds": _plain(volunteer.stage_since),
        "rollen": sorted(role.name for role in volunteer.roles),
        "vaardigheden": volunteer.skills,
        "beschikbaarheid": volunteer.availability,
        "talen": sorted(lang.language for lang in volunteer.languages),
        "vog_datum": _plain(volunteer.vog_date),
        "op_prikbord": volunteer.on_notice_board,
        "motivatiescore": volunteer.motivation_score,
        "gesprek_op": _plain(volunteer.interview_on),
        "gesprek_door": volunteer.interviewers,
        "gespreksscore": volunteer.interview_score,
        "gespreksnotities": volunteer.interview_notes,
        "gestopt_omdat": volunteer.stopped_reason,
        "notities": volunteer.notes,
        "fasegeschiedenis": [
            {
                "fase": STAGES.get(s.stage.value, s.stage.value),
                "op": _plain(s.changed_on),
                "notitie": s.note,
            }
            for s in stages
        ],
        # Other residents' names stay out of this person's inzage.
        "ondersteunt": [
            {
                "soort": SUPPORT_KINDS.get(link.kind.value, link.kind.value),
                "sinds": _plain(link.started_on),
                "tot": _plain(link.ended_on),
            }
            for link in links
        ],
        "uren": [
            {"datum": _plain(h.worked_on), "uren": str(h.hours), "omschrijving": h.description}
            for h in hours
        ],
    }


def _history(session, object_type: str, ids: list[int]) -> list[dict]:
    rows = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.object_type == object_type, or_(*(AuditEntry.object_id == i for i in ids))
        )
        .order_by(AuditEntry.at, AuditEntry.id)
    )
    history = []
    for entry in rows:
        try:
            changes = json.loads(entry.changes) if entry.changes else {}
        except ValueError:
            changes = {}
        history.append(
            {
                "op": _plain(entry.at),
                "door": entry.user,
                "wat": ACTIONS.get(entry.action, entry.action),
                "velden": sorted(k for k in changes if k != "note"),
            }
        )
    return history
