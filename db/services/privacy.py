"""Residents' privacy rights: erasing (vergeten) a person, and the retention list.

Erasing either removes a person entirely or anonymises them where counts must survive
(registrations for attendance figures, a funding application's accountability, volunteer
hours): name, contact details, notes, flags, contact moments and signals go; the anonymous
participation stays. Only what is linked to the person by key changes: their own rows, their
registrations and links, the applications where they are the applicant. Free text in other
records is never rewritten by name (a namesake's notes would be damaged); where the name occurs
there it is listed as a mention for the worker to review.
The audit trail keeps only that an erasure happened: earlier entries about the person's records
(and those of duplicates merged into them) are removed, and the applicant's fields in the entries
of their applications are masked. Afterwards the SQLite file is compacted so the old bytes are not
left in free pages or the -wal file.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, delete, exists, func, or_, select, update

from db import clock
from db.engine import Database
from db.models import (
    AuditEntry,
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
from db.services.names import display_name
from db.services.privacy_trail import (
    APPLICANT_FIELDS,
    Mention,
    compact,
    mask_applicant_history,
    mentions_batch,
    mentions_of,
    merged_into,
)
from db.services.privacy_trail import (
    name_forms as _names,
)
from db.services.privacy_trail import (
    volunteer_names as _volunteer_names,
)

RETENTION_YEARS = "safety.retention_years"
DEFAULT_RETENTION_YEARS = 2
ANONYMOUS = "Geanonimiseerd"
BATCH = 1000  # people anonymised per transaction by anonymise_all
DEFERRED = "privacy.deferred_mentions"  # session.info key: names a batch looks up at its end


class Mode(enum.StrEnum):
    DELETE = "delete"  # remove entirely
    ANONYMISE = "anonymise"  # keep the anonymous participation


@dataclass(frozen=True)
class Erasure:
    kind: str  # "Resident" | "Volunteer"
    object_id: int
    mode: Mode
    mentions: tuple[Mention, ...] = field(default=())


def erase_resident(db: Database, resident_id: int, mode: Mode) -> Erasure:
    with unit_of_work(db) as session:
        resident = session.get(Resident, resident_id)
        if resident is None:
            raise NotFound(f"Bewoner {resident_id} bestaat niet (meer).")
        found = _erase_resident(session, resident, Mode(mode))
    compact(db)
    return Erasure("Resident", resident_id, Mode(mode), tuple(found))


def erase_volunteer(db: Database, volunteer_id: int, mode: Mode) -> Erasure:
    """A volunteer's own data; a linked resident record (they may still live here) stays."""
    with unit_of_work(db) as session:
        volunteer = session.get(Volunteer, volunteer_id)
        if volunteer is None:
            raise NotFound(f"Vrijwilliger {volunteer_id} bestaat niet (meer).")
        found = _erase_volunteer(session, volunteer, Mode(mode), names=_volunteer_names(volunteer))
    compact(db)
    return Erasure("Volunteer", volunteer_id, Mode(mode), tuple(found))


def _ids(session, column, where) -> list[int]:
    return list(session.scalars(select(column).where(where)))


def _erase_resident(session, resident: Resident, mode: Mode) -> list[Mention]:
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
    people = [rid, *merged_into(session, rid)]
    trail = {
        "Resident": people,
        "ResidentLanguage": people,
        "resident_support_flags": people,
        "ContactMoment": _ids(session, ContactMoment.id, ContactMoment.resident_id == rid),
        "Signal": _ids(session, Signal.id, Signal.resident_id == rid),
        "Registration": _ids(session, Registration.id, Registration.resident_id == rid),
        "SupportLink": _ids(session, SupportLink.id, SupportLink.resident_id == rid),
    }
    found = []
    volunteer = session.scalar(select(Volunteer).where(Volunteer.resident_id == rid))
    if volunteer is not None:  # the same person: their volunteer record goes the same way
        found = _erase_volunteer(session, volunteer, mode, names | _volunteer_names(volunteer))
        names = set()  # looked up with the volunteer's
    if mode is Mode.DELETE:
        session.delete(
            resident
        )  # contact moments, signals, registrations, links: ON DELETE CASCADE
    else:
        _anonymise_resident(session, resident, applications)
    session.flush()
    return found + _finish(session, "Resident", rid, mode, trail, names, applications)


def _anonymise_resident(session, resident: Resident, applications: list[int]) -> None:
    session.execute(delete(ContactMoment).where(ContactMoment.resident_id == resident.id))
    session.execute(delete(Signal).where(Signal.resident_id == resident.id))
    session.execute(
        update(SupportLink).where(SupportLink.resident_id == resident.id).values(note="")
    )
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
    _clear_applicant(session, applications)


def _clear_applicant(session, applications: list[int]) -> None:
    """The applicant's own details on the applications where they are the applicant by id."""
    if applications:
        session.execute(
            update(FundingApplication)
            .where(FundingApplication.id.in_(applications))
            .values(dict.fromkeys(APPLICANT_FIELDS, ""))
        )


def _erase_volunteer(session, volunteer: Volunteer, mode: Mode, names: set[str]) -> list[Mention]:
    vid = volunteer.id
    applications = _ids(
        session, FundingApplication.id, FundingApplication.applicant_volunteer_id == vid
    )
    if mode is Mode.DELETE and applications:
        raise ServiceError(
            "Deze vrijwilliger is aanvrager van een subsidieaanvraag. Kies "
            "'anonimiseren', dan blijft de verantwoording van die aanvraag kloppen."
        )
    trail = {
        "Volunteer": [vid],
        "VolunteerLanguage": [vid],
        "volunteer_roles": [vid],
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
        _clear_applicant(session, applications)
    session.flush()
    return _finish(session, "Volunteer", vid, mode, trail, names, applications)


def _finish(
    session,
    kind: str,
    object_id: int,
    mode: Mode,
    trail: dict[str, list[int]],
    names: set[str],
    applications: list[int],
) -> list[Mention]:
    """Forget the history of the person's records, mask them in their applications' history,
    note the erasure; returns where other records mention the name (never rewritten)."""
    for object_type, ids in trail.items():
        if ids:
            session.execute(
                delete(AuditEntry).where(
                    AuditEntry.object_type == object_type, AuditEntry.object_id.in_(ids)
                )
            )
    mask_applicant_history(session, applications)
    deferred = session.info.get(DEFERRED)
    found = []
    if deferred is not None:  # a batch looks up all its names in one pass at the end
        deferred |= names
    else:
        found = mentions_of(session, names)
    label = {"Resident": "bewoner", "Volunteer": "vrijwilliger"}[kind]
    how = "volledig verwijderd" if mode is Mode.DELETE else "geanonimiseerd"
    audit.record(session, "erase", kind, object_id, f"{label} {how} (recht op vergetelheid)")
    session.flush()
    return found


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
    db: Database,
    rows: list[RetentionRow],
    progress: Callable[[str, int, int], None] | None = None,
    mentions: list[Mention] | None = None,
) -> int:
    """Anonymise every listed person, in batches (one transaction each: a failure keeps the
    batches before it). Where their names occur in other records' free text is added to
    `mentions`, looked up in one pass per batch."""
    report = progress or (lambda _label, _done, _total: None)
    done = 0
    for start in range(0, len(rows), BATCH):
        with unit_of_work(db) as session:
            session.info[DEFERRED] = names = set()
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
            del session.info[DEFERRED]
            if mentions is not None:
                mentions += mentions_batch(session, names)
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
