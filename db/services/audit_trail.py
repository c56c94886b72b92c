"""Reading the audit trail: who changed what and when, filtered by person, object and date."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from db import validation
from db.engine import Database
from db.models import AuditEntry, Complex, Event, Resident, Volunteer
from db.safety import audit
from db.services.common import (  # noqa: F401 — last_change is part of this module's surface
    ListQuery,
    Page,
    StaleRecord,
    last_change,
    order,
    paged,
    unit_of_work,
)
from db.services.names import display_name, volunteer_name_columns


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user: str
    action: str  # create, update, delete, erase, merge, restore
    object_type: str  # model name: Resident, Volunteer, Event, ...
    object_id: int | None
    changes: str  # readable summary: "telefoon: 06 12345678 → 06 23456789; notities: …"
    object_name: str = ""  # the person's (or activity's) name while it still exists


# Field names as the office knows them (plain Dutch, like every message from the data layer).
FIELD_LABELS = {
    "given_name": "voornaam",
    "name_prefix": "tussenvoegsel",
    "family_name": "achternaam",
    "phone": "telefoon",
    "email": "e-mail",
    "notes": "notities",
    "support_flags": "kenmerken",
    "home_id": "woning",
    "birth_year": "geboortejaar",
    "household_size": "huishouden",
    "move_in": "ingetrokken",
    "move_out": "verhuisd",
    "consent_volunteer_contact": "toestemming contact",
    "consent_share_partners": "toestemming delen",
    "consent_photos": "toestemming foto's",
    "consent_recorded_on": "toestemming vastgelegd",
    "consent_how": "toestemming hoe",
    "note": "notitie",
    "subject": "onderwerp",
    "interview_notes": "gespreksnotities",
    "stage": "fase",
    "stage_since": "fase sinds",
    "title": "titel",
    "status": "status",
    "starts_at": "begin",
    "ends_at": "einde",
    "name": "naam",
    "street": "straat",
    "house_number": "huisnummer",
    "postcode": "postcode",
    "resident_id": "bewoner",
    "volunteer_id": "vrijwilliger",
    "event_id": "activiteit",
    "vog_date": "VOG-datum",
    "amount_granted": "toegekend bedrag",
    "iban": "IBAN",
    "attended": "aanwezig",
}


def summary(changes_json: str) -> str:
    if not changes_json:
        return ""
    try:
        changes = json.loads(changes_json)
    except ValueError:
        return changes_json
    parts = []
    for field, value in changes.items():
        if field == "note" and isinstance(value, str):
            parts.append(value)
        elif isinstance(value, list) and len(value) == 2:
            old, new = ("∅" if v in (None, "") else _shown(field, v) for v in value)
            parts.append(f"{FIELD_LABELS.get(field, field)}: {old} → {new}")
        else:
            parts.append(f"{FIELD_LABELS.get(field, field)}: {value}")
    return "; ".join(parts)


def _shown(field: str, value) -> str:
    """A value as the office writes it: phone numbers in Dutch notation, not E.164."""
    if field == "phone" and isinstance(value, str) and value.startswith("+"):
        return validation.format_phone(value)
    return str(value)


def _names(session, rows) -> dict[tuple[str, int], str]:
    """Names of the objects on one page, for those that still exist (erased ones do not)."""
    wanted: dict[str, set[int]] = {}
    for r in rows:
        if r[5] is not None:
            wanted.setdefault(r[4], set()).add(r[5])
    found: dict[tuple[str, int], str] = {}
    if wanted.get("Resident"):
        for rid, given, prefix, family in session.execute(
            select(
                Resident.id, Resident.given_name, Resident.name_prefix, Resident.family_name
            ).where(Resident.id.in_(wanted["Resident"]))
        ):
            found["Resident", rid] = display_name(given, prefix, family)
    if wanted.get("Volunteer"):
        given, prefix, family, _key = volunteer_name_columns()
        for vid, *parts in session.execute(
            select(Volunteer.id, given, prefix, family)
            .outerjoin(Resident, Volunteer.resident_id == Resident.id)
            .where(Volunteer.id.in_(wanted["Volunteer"]))
        ):
            found["Volunteer", vid] = display_name(*parts)
    for kind, model, column in (("Event", Event, Event.title), ("Complex", Complex, Complex.name)):
        if wanted.get(kind):
            for oid, name in session.execute(
                select(model.id, column).where(model.id.in_(wanted[kind]))
            ):
                found[kind, oid] = name
    return found


def list_entries(db: Database, query: ListQuery = ListQuery()) -> Page[AuditRow]:
    """Newest first. Filters: user, object_type, object_id, action, date_from, date_to (dates)."""
    stmt = select(
        AuditEntry.id,
        AuditEntry.at,
        AuditEntry.user,
        AuditEntry.action,
        AuditEntry.object_type,
        AuditEntry.object_id,
        AuditEntry.changes,
    )
    f = query.filters
    for key, column in (
        ("user", AuditEntry.user),
        ("object_type", AuditEntry.object_type),
        ("object_id", AuditEntry.object_id),
        ("action", AuditEntry.action),
    ):
        if f.get(key) not in (None, ""):
            stmt = stmt.where(column == f[key])
    if isinstance(f.get("date_from"), date):
        stmt = stmt.where(AuditEntry.at >= datetime.combine(f["date_from"], time.min))
    if isinstance(f.get("date_to"), date):
        stmt = stmt.where(
            AuditEntry.at < datetime.combine(f["date_to"] + timedelta(days=1), time.min)
        )
    columns = {
        "at": AuditEntry.at,
        "user": AuditEntry.user,
        "action": AuditEntry.action,
        "object_type": AuditEntry.object_type,
        "object_id": AuditEntry.object_id,
    }
    if not query.sort:
        stmt = stmt.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    else:
        stmt = order(stmt, columns, query, [AuditEntry.id.desc()])
    with db.reading() as session:
        raw = paged(session, stmt, query, tuple)
        names = _names(session, raw.rows)
        return Page(
            [
                AuditRow(
                    r[0], r[1], r[2], r[3], r[4], r[5], summary(r[6]), names.get((r[4], r[5]), "")
                )
                for r in raw.rows
            ],
            raw.total,
        )


def users(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(session.scalars(select(AuditEntry.user).distinct()))


def object_types(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(session.scalars(select(AuditEntry.object_type).distinct()))


def record_override(db: Database, conflict: StaleRecord) -> None:
    """A desk chose to save over another desk's newer version: the log says so, and whose."""
    fields = ", ".join(FIELD_LABELS.get(d.field, d.field) for d in conflict.differences)
    note = f"Opgeslagen over de versie van {conflict.changed_by or 'een andere werkplek'} heen"
    if fields:
        note = f"{note} ({fields})"
    with unit_of_work(db) as session:
        audit.record(session, "override", conflict.object_type, conflict.obj_id, note)
