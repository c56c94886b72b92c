"""Residents' privacy rights: erasing (vergeten) a person, and the retention list.

Erasing either removes a person entirely or anonymises them where counts must survive
(registrations for attendance figures, a funding application's accountability, volunteer
hours): name, contact details, notes, flags, contact moments and signals go; the anonymous
participation stays. The audit trail keeps only that an erasure happened: earlier entries about
the person's records are removed and their name is scrubbed from every free-text column.
Afterwards the SQLite file is compacted so the old bytes are not left in free pages.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Enum, String, Text, and_, delete, exists, func, or_, select, update

from db import clock
from db.engine import Database
from db.models import (
    AuditEntry,
    Base,
    Complex,
    ContactMoment,
    FundingApplication,
    Home,
    Registration,
    Resident,
    Signal,
    Stage,
    StageChange,
    SupportLink,
    Volunteer,
    VolunteerHours,
)
from db.safety import audit
from db.services import settings
from db.services.common import NotFound, ServiceError, unit_of_work
from db.services.names import display_name, sort_name

RETENTION_YEARS = "safety.retention_years"
DEFAULT_RETENTION_YEARS = 2
ANONYMOUS = "Geanonimiseerd"
REMOVED = "(verwijderd)"
BATCH = 1000  # people anonymised per transaction by anonymise_all
DEFERRED_SCRUB = "privacy.deferred_scrub"  # session.info key: names a batch scrubs at its end
# The person's own name columns are emptied directly; the scrub must not touch namesakes there.
OWN_NAME_COLUMNS = {
    ("residents", c) for c in ("given_name", "name_prefix", "family_name", "sort_key")
} | {("volunteers", c) for c in ("given_name", "name_prefix", "family_name")}


class Mode(enum.StrEnum):
    DELETE = "delete"  # remove entirely
    ANONYMISE = "anonymise"  # keep the anonymous participation


@dataclass(frozen=True)
class Erasure:
    kind: str  # "Resident" | "Volunteer"
    object_id: int
    mode: Mode


def erase_resident(db: Database, resident_id: int, mode: Mode) -> Erasure:
    with unit_of_work(db) as session:
        resident = session.get(Resident, resident_id)
        if resident is None:
            raise NotFound(f"Bewoner {resident_id} bestaat niet (meer).")
        _erase_resident(session, resident, Mode(mode))
    compact(db)
    return Erasure("Resident", resident_id, Mode(mode))


def erase_volunteer(db: Database, volunteer_id: int, mode: Mode) -> Erasure:
    """A volunteer's own data; a linked resident record (they may still live here) stays."""
    with unit_of_work(db) as session:
        volunteer = session.get(Volunteer, volunteer_id)
        if volunteer is None:
            raise NotFound(f"Vrijwilliger {volunteer_id} bestaat niet (meer).")
        _erase_volunteer(session, volunteer, Mode(mode), names=_volunteer_names(volunteer))
    compact(db)
    return Erasure("Volunteer", volunteer_id, Mode(mode))


def _names(given: str, prefix: str, family: str) -> set[str]:
    """Forms in which a name may appear in free text; single words are left alone (namesakes)."""
    forms = {
        display_name(given, prefix, family),
        sort_name(family, given, prefix),
        display_name(given, "", family),
    }
    return {form for form in forms if " " in form.strip() and len(form) >= 5}


def _volunteer_names(volunteer: Volunteer) -> set[str]:
    names = _names(volunteer.given_name, volunteer.name_prefix, volunteer.family_name)
    if volunteer.resident is not None:
        r = volunteer.resident
        names |= _names(r.given_name, r.name_prefix, r.family_name)
    return names


def _ids(session, column, where) -> list[int]:
    return list(session.scalars(select(column).where(where)))


def _erase_resident(session, resident: Resident, mode: Mode) -> None:
    rid = resident.id
    names = _names(resident.given_name, resident.name_prefix, resident.family_name)
    applications = _ids(
        session, FundingApplication.id, FundingApplication.applicant_resident_id == rid
    )
    if mode is Mode.DELETE and applications:
        raise ServiceError(
            "Deze bewoner is aanvrager van een subsidieaanvraag. Kies 'anonimiseren', "
            "dan blijft de verantwoording van die aanvraag kloppen."
        )
    trail = {
        "Resident": [rid],
        "ContactMoment": _ids(session, ContactMoment.id, ContactMoment.resident_id == rid),
        "Signal": _ids(session, Signal.id, Signal.resident_id == rid),
        "Registration": _ids(session, Registration.id, Registration.resident_id == rid),
        "SupportLink": _ids(session, SupportLink.id, SupportLink.resident_id == rid),
    }
    volunteer = session.scalar(select(Volunteer).where(Volunteer.resident_id == rid))
    if volunteer is not None:  # the same person: their volunteer record goes the same way
        _erase_volunteer(session, volunteer, mode, names | _volunteer_names(volunteer))
    if mode is Mode.DELETE:
        session.delete(
            resident
        )  # contact moments, signals, registrations, links: ON DELETE CASCADE
    else:
        _anonymise_resident(session, resident, applications)
    session.flush()
    _finish(session, "Resident", rid, mode, trail, names)


def _anonymise_resident(session, resident: Resident, applications: list[int]) -> None:
    session.execute(delete(ContactMoment).where(ContactMoment.resident_id == resident.id))
    session.execute(delete(Signal).where(Signal.resident_id == resident.id))
    for name in ("given_name", "name_prefix", "phone", "email", "notes", "consent_how"):
        setattr(resident, name, "")
    resident.family_name = ANONYMOUS
    resident.sort_key = "~"  # after every real name
    resident.home_id = None
    resident.birth_year = None
    resident.consent_volunteer_contact = resident.consent_share_partners = (
        resident.consent_photos
    ) = False
    resident.consent_recorded_on = None
    resident.languages = []
    resident.support_flags = []
    if resident.move_out is None:  # no longer counted among the current residents
        resident.move_out = max(clock.today(), resident.move_in or clock.today())
    if applications:
        session.execute(
            update(FundingApplication)
            .where(FundingApplication.id.in_(applications))
            .values(contact_name="", account_holder="", iban="")
        )


def _erase_volunteer(session, volunteer: Volunteer, mode: Mode, names: set[str]) -> None:
    vid = volunteer.id
    if mode is Mode.DELETE and session.scalar(
        select(func.count()).where(FundingApplication.applicant_volunteer_id == vid)
    ):
        raise ServiceError(
            "Deze vrijwilliger is aanvrager van een subsidieaanvraag. Kies "
            "'anonimiseren', dan blijft de verantwoording van die aanvraag kloppen."
        )
    trail = {
        "Volunteer": [vid],
        "StageChange": _ids(session, StageChange.id, StageChange.volunteer_id == vid),
        "SupportLink": _ids(session, SupportLink.id, SupportLink.volunteer_id == vid),
        "VolunteerHours": _ids(session, VolunteerHours.id, VolunteerHours.volunteer_id == vid),
    }
    if mode is Mode.DELETE:
        session.delete(volunteer)
    else:
        for name in (
            "given_name",
            "name_prefix",
            "phone",
            "email",
            "stopped_reason",
            "interviewers",
            "interview_notes",
            "skills",
            "availability",
            "notes",
        ):
            setattr(volunteer, name, "")
        volunteer.family_name = ANONYMOUS
        volunteer.resident_id = None
        volunteer.motivation_score = volunteer.interview_score = None
        volunteer.interview_on = volunteer.vog_date = None
        volunteer.on_notice_board = False
        volunteer.languages = []
        if volunteer.stage != Stage.STOPPED:
            volunteer.stage, volunteer.stage_since = Stage.STOPPED, clock.today()
        session.execute(update(StageChange).where(StageChange.volunteer_id == vid).values(note=""))
        session.execute(update(SupportLink).where(SupportLink.volunteer_id == vid).values(note=""))
    session.flush()
    _finish(session, "Volunteer", vid, mode, trail, names)


def _finish(
    session, kind: str, object_id: int, mode: Mode, trail: dict[str, list[int]], names: set[str]
) -> None:
    """Forget the history of the person's records, scrub their name, note the erasure."""
    for object_type, ids in trail.items():
        if ids:
            session.execute(
                delete(AuditEntry).where(
                    AuditEntry.object_type == object_type, AuditEntry.object_id.in_(ids)
                )
            )
    deferred = session.info.get(DEFERRED_SCRUB)
    if deferred is not None:  # a batch scrubs all its names in one pass at the end
        deferred |= names
    else:
        _scrub(session, names)
    label = {"Resident": "bewoner", "Volunteer": "vrijwilliger"}[kind]
    how = "volledig verwijderd" if mode is Mode.DELETE else "geanonimiseerd"
    audit.record(session, "erase", kind, object_id, f"{label} {how} (recht op vergetelheid)")
    session.flush()


def _text_columns():
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if (
                isinstance(column.type, String | Text)
                and not isinstance(column.type, Enum)
                and (table.name, column.name) not in OWN_NAME_COLUMNS
            ):
                yield table, column


def _scrub(session, names: set[str]) -> None:
    """Replace the person's name in every free-text column (core UPDATEs: not audited)."""
    for table, column in _text_columns():
        for name in sorted(names, key=len, reverse=True):
            session.execute(
                update(table)
                .where(column.contains(name, autoescape=True))
                .values({column.name: func.replace(column, name, REMOVED)})
            )


def _scrub_batch(session, names: set[str]) -> None:
    """The same scrub for many names at once: one read of each text column, matched in Python
    by first word (one LIKE scan per name and column would take an hour for thousands)."""
    by_first: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        by_first.setdefault(name.split()[0], []).append(name)
    for table, column in _text_columns():
        keys = list(table.primary_key.columns)
        if len(keys) != 1:
            continue  # link tables hold no free text
        rows = session.execute(select(keys[0], column).where(column.is_not(None), column != ""))
        for key, value in rows.all():
            changed = value
            for word in set(value.split()) & by_first.keys():
                for name in by_first[word]:
                    changed = changed.replace(name, REMOVED)
            if changed != value:
                session.execute(update(table).where(keys[0] == key).values({column.name: changed}))


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


# --- retention --------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionRow:
    kind: str  # "Resident" | "Volunteer"
    id: int
    name: str
    since: date | None  # moved out / stopped on
    complex_name: str


def retention_years(db: Database) -> int:
    years = settings.get_int(db, RETENTION_YEARS, DEFAULT_RETENTION_YEARS)
    return years if 1 <= years <= 30 else DEFAULT_RETENTION_YEARS


def set_retention_years(db: Database, years: int) -> None:
    if not isinstance(years, int) or not 1 <= years <= 30:
        raise ServiceError("Vul als bewaartermijn een aantal jaren van 1 tot en met 30 in.")
    settings.set(db, RETENTION_YEARS, str(years))


def cutoff(db: Database, today: date | None = None) -> date:
    today = today or clock.today()
    years = retention_years(db)
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def _not_erased(kind: str, id_column):
    return ~exists().where(
        AuditEntry.action == "erase",
        AuditEntry.object_type == kind,
        AuditEntry.object_id == id_column,
    )


def retention_candidates(db: Database, today: date | None = None) -> list[RetentionRow]:
    """Residents who moved out and volunteers who stopped longer ago than the retention period."""
    limit = cutoff(db, today)
    with db.reading() as session:
        residents = session.execute(
            select(
                Resident.id,
                Resident.given_name,
                Resident.name_prefix,
                Resident.family_name,
                Resident.move_out,
                Complex.name,
            )
            .outerjoin(Home, Resident.home_id == Home.id)
            .outerjoin(Complex, Home.complex_id == Complex.id)
            .where(
                Resident.move_out.is_not(None),
                Resident.move_out <= limit,
                _not_erased("Resident", Resident.id),
            )
            .order_by(Resident.move_out, Resident.id)
        )
        rows = [
            RetentionRow("Resident", r[0], display_name(r[1], r[2], r[3]), r[4], r[5] or "")
            for r in residents
        ]
        volunteers = session.execute(
            select(
                Volunteer.id,
                Volunteer.given_name,
                Volunteer.name_prefix,
                Volunteer.family_name,
                Resident.given_name,
                Resident.name_prefix,
                Resident.family_name,
                Volunteer.stage_since,
                Complex.name,
            )
            .outerjoin(Resident, Volunteer.resident_id == Resident.id)
            .outerjoin(Complex, Volunteer.complex_id == Complex.id)
            .where(
                Volunteer.stage == Stage.STOPPED,
                or_(Volunteer.stage_since.is_(None), Volunteer.stage_since <= limit),
                _not_erased("Volunteer", Volunteer.id),
            )
            .order_by(Volunteer.stage_since, Volunteer.id)
        )
        for v in volunteers:
            name = display_name(v[4], v[5], v[6]) if v[6] else display_name(v[1], v[2], v[3])
            rows.append(RetentionRow("Volunteer", v[0], name, v[7], v[8] or ""))
    return rows


def anonymise_all(
    db: Database, rows: list[RetentionRow], progress: Callable[[str, int, int], None] | None = None
) -> int:
    """Anonymise every listed person, in batches (one transaction each: a failure keeps the
    batches before it; the names of a batch are scrubbed in one pass)."""
    report = progress or (lambda _label, _done, _total: None)
    done = 0
    for start in range(0, len(rows), BATCH):
        with unit_of_work(db) as session:
            session.info[DEFERRED_SCRUB] = names = set()
            for number, row in enumerate(rows[start : start + BATCH], start=start):
                report(row.name, number, len(rows))
                model = Resident if row.kind == "Resident" else Volunteer
                obj = session.get(model, row.id)
                if obj is None or _erased(session, row.kind, row.id):
                    continue
                if row.kind == "Resident":
                    _erase_resident(session, obj, Mode.ANONYMISE)
                else:
                    _erase_volunteer(session, obj, Mode.ANONYMISE, _volunteer_names(obj))
                done += 1
            _scrub_batch(session, names)
            del session.info[DEFERRED_SCRUB]
    report("", len(rows), len(rows))
    if done:
        compact(db)
    return done


def _erased(session, kind: str, object_id: int) -> bool:
    return bool(
        session.scalar(
            select(func.count()).where(
                and_(
                    AuditEntry.action == "erase",
                    AuditEntry.object_type == kind,
                    AuditEntry.object_id == object_id,
                )
            )
        )
    )


def is_erased(db: Database, kind: str, object_id: int) -> bool:
    with db.reading() as session:
        return _erased(session, kind, object_id)
