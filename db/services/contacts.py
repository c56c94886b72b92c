"""Contact moments and signals on a resident (both sensitive: office eyes only)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from db import validation
from db.models import ContactKind, ContactMoment, Signal, SignalStatus
from db.services.common import ChildCrud, ServiceError


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
    return data


def _signal(data: SignalData) -> SignalData:
    if data.passed_on is None:
        raise ServiceError("Vul de datum in waarop het signaal is doorgegeven.")
    return replace(data, subject=validation.required_text(data.subject, "Onderwerp", 2000))


moments = ChildCrud(ContactMoment, ContactMomentData, "Contactmoment", "resident_id", _moment, "occurred_on")
signals = ChildCrud(Signal, SignalData, "Signaal", "resident_id", _signal, "passed_on")
