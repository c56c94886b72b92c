"""What erasure leaves to the trail and the file: where the name is still mentioned (for review,
never rewritten), the applicant masked in their applications' history, duplicates merged into
the person, and compacting SQLite so erased bytes do not linger."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlalchemy import Enum, String, Text, select, update

from db.engine import Database
from db.models import AuditEntry, Base, Volunteer
from db.safety import audit
from db.services.names import display_name, sort_name

# The applicant's own details on an application, emptied by key and masked in the audit trail.
APPLICANT_FIELDS = ("contact_name", "account_holder", "iban")
MERGED = re.compile(r"^bewoner (\d+) ")  # the note duplicates.merge writes
# Name columns are people's own names, not mentions of someone else (a namesake is no mention).
NAME_COLUMNS = {
    ("residents", c) for c in ("given_name", "name_prefix", "family_name", "sort_key")
} | {("volunteers", c) for c in ("given_name", "name_prefix", "family_name")}


MODEL_LABELS = {
    "events": "Activiteit",
    "funding_applications": "Subsidieaanvraag",
    "residents": "Bewoner",
    "volunteers": "Vrijwilliger",
    "complexes": "Complex",
    "partners": "Partner",
    "contact_moments": "Contactmoment",
    "signals": "Signaal",
    "stage_changes": "Vrijwilligersstap",
    "support_links": "Koppeling",
}
COLUMN_LABELS = {
    "note": "notitie",
    "notes": "notities",
    "description": "omschrijving",
    "contact_name": "contactpersoon",
    "account_holder": "rekeninghouder",
    "report_text": "verantwoording",
    "flyer_text": "flyertekst",
    "subject": "onderwerp",
}


@dataclass(frozen=True)
class Mention:
    """The erased person's name in free text of another record: for the worker to review."""

    table: str  # "events", "funding_applications", …
    object_id: int
    column: str

    @property
    def label(self) -> str:
        what = MODEL_LABELS.get(self.table, self.table)
        return f"{what} {self.object_id} ({COLUMN_LABELS.get(self.column, self.column)})"


def name_forms(given: str, prefix: str, family: str) -> set[str]:
    """Forms in which a name may appear in free text; single words are left alone (namesakes)."""
    forms = {
        display_name(given, prefix, family),
        sort_name(family, given, prefix),
        display_name(given, "", family),
    }
    return {form for form in forms if " " in form.strip() and len(form) >= 5}


def volunteer_names(volunteer: Volunteer) -> set[str]:
    names = name_forms(volunteer.given_name, volunteer.name_prefix, volunteer.family_name)
    if volunteer.resident is not None:
        r = volunteer.resident
        names |= name_forms(r.given_name, r.name_prefix, r.family_name)
    return names


def merged_into(session, rid: int) -> list[int]:
    """Residents merged into this one (and into those, …): their history is this person's."""
    found, todo = [], [rid]
    while todo:
        notes = session.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.action == "merge",
                AuditEntry.object_type == "Resident",
                AuditEntry.object_id == todo.pop(),
            )
        )
        for changes in notes:
            match = MERGED.match(_note(changes))
            if match and int(match[1]) not in found:
                found.append(int(match[1]))
                todo.append(int(match[1]))
    return found


def _note(changes: str) -> str:
    try:
        note = json.loads(changes or "{}").get("note", "")
    except (ValueError, AttributeError):
        return ""
    return note if isinstance(note, str) else ""


def mask_applicant_history(session, applications: list[int]) -> None:
    """An application outlives its anonymised applicant; its history must not name them."""
    if not applications:
        return
    entries = session.execute(
        select(AuditEntry.id, AuditEntry.changes).where(
            AuditEntry.object_type == "FundingApplication", AuditEntry.object_id.in_(applications)
        )
    )
    for entry_id, changes in entries.all():
        try:
            values = json.loads(changes or "{}")
        except ValueError:
            values = {}
        if not isinstance(values, dict) or not set(values) & set(APPLICANT_FIELDS):
            continue
        for name in set(values) & set(APPLICANT_FIELDS):
            old, new = (
                (values[name] + [None, None])[:2] if isinstance(values[name], list) else ("", "")
            )
            values[name] = [audit.MASK if old else None, audit.MASK if new else None]
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.id == entry_id)
            .values(changes=json.dumps(values, ensure_ascii=False))
        )


def _text_columns():
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if (
                isinstance(column.type, String | Text)
                and not isinstance(column.type, Enum)
                and (table.name, column.name) not in NAME_COLUMNS
                and table.name != AuditEntry.__tablename__
                and len(table.primary_key.columns) == 1  # link tables hold no free text
            ):
                yield table, column


def mentions_of(session, names: set[str]) -> list[Mention]:
    """Where the name still occurs in free text (a LIKE scan per column: one person)."""
    found = []
    for table, column in _text_columns():
        key = next(iter(table.primary_key.columns))
        for name in sorted(names, key=len, reverse=True):
            hits = session.scalars(select(key).where(column.contains(name, autoescape=True)))
            found += [Mention(table.name, k, column.name) for k in hits]
    return sorted(set(found), key=lambda m: (m.table, m.object_id, m.column))


def mentions_batch(session, names: set[str]) -> list[Mention]:
    """The same look-up for many names at once: one read of each text column, matched in Python
    by first word (one LIKE scan per name and column would take an hour for thousands)."""
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name.split()[0], []).append(name)
    found = []
    for table, column in _text_columns():
        key = next(iter(table.primary_key.columns))
        rows = session.execute(select(key, column).where(column.is_not(None), column != ""))
        for object_id, value in rows.all():
            words = set(value.split()) & by_first.keys()
            if any(name in value for word in words for name in by_first[word]):
                found.append(Mention(table.name, object_id, column.name))
    return found


def compact(db: Database) -> None:
    """Rewrite a SQLite file so erased data does not linger in free pages or the -wal file."""
    if db.dialect != "sqlite":
        return  # PostgreSQL reclaims dead rows itself (autovacuum)
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        conn.commit()
        # Full-text indexes keep deleted words in old segments until they are merged.
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'"
        ).fetchall():
            conn.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'optimize\')')
        conn.commit()
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
