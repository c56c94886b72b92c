"""Contact moments and signals on a resident (both sensitive: office eyes only)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import or_, select, true

from db import validation
from db.engine import Database
from db.models import ContactKind, ContactMoment, Partner, Resident, Signal, SignalStatus
from db.services.common import ChildCrud, ServiceError, unit_of_work
from db.services.names import display_name


@dataclass
class ContactMomentData:
    id: int | None = None
    resident_id: int = 0
    occurred_on: date | None = None
    kind: ContactKind = ContactKind.CALL
    by_whom: str = ""
    note: str = ""
    follow_up_on: date | None = None
    follow_up_done: bool = False


@dataclass
class SignalData:
    id: int | None = None
    resident_id: int = 0
    partner_id: int = 0
    contact_id: int | None = None
    passed_on: date | None = None
    subject: str = ""
    status: SignalStatus = SignalStatus.PASSED_ON
    follow_up_on: date | None = None
    closed_on: date | None = None
    by_whom: str = ""


def _moment(data: ContactMomentData) -> ContactMomentData:
    if data.occurred_on is None:
        raise ServiceError("Vul de datum van het contact in.")
    if data.follow_up_on and data.follow_up_on < data.occurred_on:
        raise ServiceError("De opvolgdatum moet na de datum van het contact liggen.")
    note = data.note.strip()
    if len(note) > 2000:
        raise ServiceError(f"De notitie is te lang: maximaal 2000 tekens, nu {len(note)}.")
    return replace(data, note=note, by_whom=data.by_whom.strip()[:120])


def _signal(data: SignalData) -> SignalData:
    if data.passed_on is None:
        raise ServiceError("Vul de datum in waarop het signaal is doorgegeven.")
    if not data.partner_id:
        raise ServiceError("Kies de partner aan wie het signaal is doorgegeven.")
    return replace(data, subject=validation.required_text(data.subject, "Onderwerp", 2000))


moments = ChildCrud(
    ContactMoment, ContactMomentData, "Contactmoment", "resident_id", _moment, "occurred_on"
)
signals = ChildCrud(Signal, SignalData, "Signaal", "resident_id", _signal, "passed_on")


@dataclass(frozen=True)
class FollowUp:
    """A contact moment whose follow-up date has come, or a signal that is still open."""

    kind: str  # "contact" or "signal"
    id: int
    resident_id: int
    resident_name: str
    due: date | None
    what: str  # sensitive: the note or the signal's subject
    partner: str
    status: SignalStatus | None
    by_whom: str


def list_followups(db: Database, until: date, since: date | None = None) -> list[FollowUp]:
    """Everything to follow up on or before `until` (and from `since`, when given), across all
    residents, oldest first.

    Open signals without a follow-up date are listed too: nobody planned a check, so it is due.
    """
    with db.reading() as session:
        moments_due = session.execute(
            select(
                ContactMoment.id,
                ContactMoment.resident_id,
                Resident.given_name,
                Resident.name_prefix,
                Resident.family_name,
                ContactMoment.follow_up_on,
                ContactMoment.note,
                ContactMoment.by_whom,
            )
            .join(Resident, Resident.id == ContactMoment.resident_id)
            .where(ContactMoment.follow_up_on <= until, ContactMoment.follow_up_done.is_(False))
            .where(true() if since is None else ContactMoment.follow_up_on >= since)
        )
        found = [
            FollowUp(
                "contact", m[0], m[1], display_name(m[2], m[3], m[4]), m[5], m[6], "", None, m[7]
            )
            for m in moments_due
        ]
        signals_due = session.execute(
            select(
                Signal.id,
                Signal.resident_id,
                Resident.given_name,
                Resident.name_prefix,
                Resident.family_name,
                Signal.follow_up_on,
                Signal.subject,
                Partner.name,
                Signal.status,
                Signal.by_whom,
            )
            .join(Resident, Resident.id == Signal.resident_id)
            .join(Partner, Partner.id == Signal.partner_id)
            .where(
                Signal.status != SignalStatus.CLOSED,
                or_(Signal.follow_up_on.is_(None), Signal.follow_up_on <= until),
                or_(
                    Signal.follow_up_on.is_(None),
                    true() if since is None else Signal.follow_up_on >= since,
                ),
            )
        )
        found += [
            FollowUp(
                "signal", s[0], s[1], display_name(s[2], s[3], s[4]), s[5], s[6], s[7], s[8], s[9]
            )
            for s in signals_due
        ]
    return sorted(found, key=lambda f: (f.due or date.min, f.resident_name, f.id))


def complete_followup(db: Database, moment_id: int) -> None:
    with unit_of_work(db) as session:
        moments.load(session, moment_id).follow_up_done = True


def set_signal_status(db: Database, signal_id: int, status: SignalStatus, on: date) -> None:
    """passed on → picked up → closed; closing records the date."""
    with unit_of_work(db) as session:
        signal = signals.load(session, signal_id)
        signal.status = status
        signal.closed_on = on if status == SignalStatus.CLOSED else None


def followups_due(db: Database, until: date) -> int:
    return len(list_followups(db, until))
