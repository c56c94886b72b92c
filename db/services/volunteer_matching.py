"""Who supports whom: the residents a volunteer supports, match suggestions for residents who
asked for support and have nobody yet, and the data behind the call list and notice board.

Suggestions are ordered as the office matches by hand: same complex first, then the nearest
floor, a shared language, whether the volunteer gave any availability, and how many residents
they already support. Each suggestion carries its reasons so the office can see why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import exists, func, select

from db import validation
from db.engine import Database
from db.models import (
    Complex,
    Home,
    Resident,
    ResidentLanguage,
    Role,
    Stage,
    SupportFlag,
    SupportKind,
    SupportLink,
    Volunteer,
    VolunteerLanguage,
)
from db.models.people import resident_support_flags
from db.models.volunteers import volunteer_roles
from db.services.common import NotFound
from db.services.complexes import address
from db.services.names import display_name, sort_key
from db.services.volunteer_support import SupportLinkData, support_links
from db.services.volunteers import DAYS, parse_availability

# Support flags that ask for a volunteer, and the kind of link that answers them.
FLAG_KINDS = {
    "weekly_call": SupportKind.WEEKLY_CALL,
    "paperwork": SupportKind.PAPERWORK,
    "visit": SupportKind.VISIT,
}
MATCHING_STAGES = (Stage.WELCOMED, Stage.ACTIVE)
_active_link = SupportLink.ended_on.is_(None)


@dataclass(frozen=True)
class SupportedResident:
    link_id: int
    resident_id: int
    name: str
    phone: str
    address: str
    kind: SupportKind
    agreed_day: int | None
    started_on: date
    ended_on: date | None


def supported_by(db: Database, volunteer_id: int) -> list[SupportedResident]:
    """The residents a volunteer supports (current first); names and phones only, no flags."""
    stmt = (
        select(
            SupportLink.id,
            Resident.id,
            Resident.given_name,
            Resident.name_prefix,
            Resident.family_name,
            Resident.phone,
            Home.street,
            Home.house_number,
            Home.house_letter,
            Home.addition,
            SupportLink.kind,
            SupportLink.agreed_day,
            SupportLink.started_on,
            SupportLink.ended_on,
        )
        .join(Resident, SupportLink.resident_id == Resident.id)
        .outerjoin(Home, Resident.home_id == Home.id)
        .where(SupportLink.volunteer_id == volunteer_id)
        .order_by(SupportLink.ended_on.is_not(None), Resident.sort_key, SupportLink.id)
    )
    with db.reading() as session:
        return [
            SupportedResident(
                r[0],
                r[1],
                display_name(r[2], r[3], r[4]),
                validation.format_phone(r[5]) if r[5] else "",
                address(r[6], r[7], r[8], r[9]) if r[6] else "",
                SupportKind(r[10]),
                r[11],
                r[12],
                r[13],
            )
            for r in session.execute(stmt)
        ]


@dataclass(frozen=True)
class WaitingResident:
    id: int
    name: str
    complex_id: int | None
    complex_name: str
    kinds: tuple[SupportKind, ...]


def residents_waiting(db: Database, complex_id: int | None = None) -> list[WaitingResident]:
    """Current residents who asked for support, agreed to volunteer contact, and have nobody yet."""
    wanted = (
        select(resident_support_flags.c.resident_id, SupportFlag.code)
        .join(SupportFlag)
        .where(SupportFlag.code.in_(FLAG_KINDS))
    )
    stmt = (
        select(
            Resident.id,
            Resident.given_name,
            Resident.name_prefix,
            Resident.family_name,
            Home.complex_id,
            Complex.name,
        )
        .outerjoin(Home, Resident.home_id == Home.id)
        .outerjoin(Complex, Home.complex_id == Complex.id)
        .where(
            Resident.move_out.is_(None),
            Resident.consent_volunteer_contact.is_(True),
            Resident.id.in_(wanted.with_only_columns(resident_support_flags.c.resident_id)),
            ~exists().where(SupportLink.resident_id == Resident.id, _active_link),
        )
        .order_by(Complex.name, Resident.sort_key)
    )
    if complex_id:
        stmt = stmt.where(Home.complex_id == complex_id)
    with db.reading() as session:
        rows = session.execute(stmt).all()
        kinds: dict[int, list[SupportKind]] = {}
        for rid, code in session.execute(
            wanted.where(resident_support_flags.c.resident_id.in_([r[0] for r in rows]))
        ):
            kinds.setdefault(rid, []).append(FLAG_KINDS[code])
    return [
        WaitingResident(
            r[0],
            display_name(r[1], r[2], r[3]),
            r[4],
            r[5] or "",
            tuple(sorted(kinds.get(r[0], []), key=list(SupportKind).index)),
        )
        for r in rows
    ]


@dataclass(frozen=True)
class Suggestion:
    """A volunteer who could support the resident, and why (codes the GUI puts into words)."""

    volunteer_id: int
    name: str
    complex_name: str
    same_complex: bool
    floor_distance: int | None
    shared_languages: tuple[str, ...]
    available_slots: int
    first_free_day: int | None  # 0 = Monday, from the volunteer's availability
    supporting: int

    def sort_key(self) -> tuple:
        # Sharing a language other than Dutch counts most: that is where a neighbour helps.
        language = 0 if set(self.shared_languages) - {"nl"} else (1 if self.shared_languages else 2)
        return (
            not self.same_complex,
            99 if self.floor_distance is None else self.floor_distance,
            language,
            self.available_slots == 0,
            self.supporting,
            self.name,
        )


def suggestions(db: Database, resident_id: int, limit: int = 5) -> list[Suggestion]:
    with db.reading() as session:
        resident = session.get(Resident, resident_id)
        if resident is None:
            raise NotFound(f"Bewoner {resident_id} bestaat niet (meer).")
        home = resident.home
        r_complex, r_floor = (home.complex_id, home.floor) if home else (None, None)
        r_langs = {lang.language for lang in resident.languages}
        supporting = (
            select(func.count(SupportLink.id))
            .where(SupportLink.volunteer_id == Volunteer.id, _active_link)
            .scalar_subquery()
        )
        already = select(SupportLink.volunteer_id).where(
            SupportLink.resident_id == resident_id, _active_link
        )
        stmt = (
            select(
                Volunteer.id,
                Volunteer.resident_id,
                Volunteer.given_name,
                Volunteer.name_prefix,
                Volunteer.family_name,
                Resident.given_name,
                Resident.name_prefix,
                Resident.family_name,
                Volunteer.complex_id,
                Complex.name,
                Home.floor,
                Volunteer.availability,
                supporting,
            )
            .outerjoin(Resident, Volunteer.resident_id == Resident.id)
            .outerjoin(Home, Resident.home_id == Home.id)
            .outerjoin(Complex, Volunteer.complex_id == Complex.id)
            .where(
                Volunteer.stage.in_(MATCHING_STAGES),
                Volunteer.id.not_in(already),
                (Volunteer.resident_id.is_(None)) | (Volunteer.resident_id != resident_id),
            )
        )
        rows = session.execute(stmt).all()
        langs: dict[int, set[str]] = {}
        for vid, code in session.execute(
            select(VolunteerLanguage.volunteer_id, VolunteerLanguage.language).where(
                VolunteerLanguage.volunteer_id.in_([r[0] for r in rows])
            )
        ):
            langs.setdefault(vid, set()).add(code)
    found = []
    for r in rows:
        name = display_name(r[5], r[6], r[7]) if r[1] else display_name(r[2], r[3], r[4])
        same = r_complex is not None and r[8] == r_complex
        distance = (
            abs(r[10] - r_floor) if same and r[10] is not None and r_floor is not None else None
        )
        slots = parse_availability(r[11] or "")
        first_day = DAYS.index(slots[0].split("-")[0]) if slots else None
        found.append(
            Suggestion(
                r[0],
                name,
                r[9] or "",
                same,
                distance,
                tuple(sorted(r_langs & langs.get(r[0], set()))),
                len(slots),
                first_day,
                r[12],
            )
        )
    return sorted(found, key=Suggestion.sort_key)[:limit]


def accept(
    db: Database, resident_id: int, suggestion: Suggestion, kind: SupportKind | None = None
) -> int:
    """Make the suggested link; a weekly call is agreed on the volunteer's first free day."""
    kind = kind or next(iter(_wanted_kinds(db, resident_id)), SupportKind.WEEKLY_CALL)
    day = suggestion.first_free_day if kind == SupportKind.WEEKLY_CALL else None
    return support_links.create(
        db,
        SupportLinkData(
            volunteer_id=suggestion.volunteer_id, resident_id=resident_id, kind=kind, agreed_day=day
        ),
    )


def _wanted_kinds(db: Database, resident_id: int) -> list[SupportKind]:
    with db.reading() as session:
        codes = session.scalars(
            select(SupportFlag.code)
            .join(resident_support_flags)
            .where(resident_support_flags.c.resident_id == resident_id)
        )
        return sorted(
            {FLAG_KINDS[c] for c in codes if c in FLAG_KINDS}, key=list(SupportKind).index
        )


# --- printed lists (names and phone numbers only: these leave the office) -----------------


@dataclass(frozen=True)
class CallEntry:
    resident_name: str
    phone: str
    agreed_day: int | None


@dataclass(frozen=True)
class CallGroup:
    volunteer_name: str
    volunteer_phone: str
    calls: list[CallEntry]


def complex_name(db: Database, complex_id: int) -> str:
    with db.reading() as session:
        found = session.get(Complex, complex_id)
        if found is None:
            raise NotFound(f"Complex {complex_id} bestaat niet (meer).")
        return found.name


def call_list(db: Database, complex_id: int) -> list[CallGroup]:
    """Weekly calls to residents of a complex, per volunteer; only residents who consented."""
    complex_name(db, complex_id)
    v_res = Resident.__table__.alias("vres")
    stmt = (
        select(
            Volunteer.given_name,
            Volunteer.name_prefix,
            Volunteer.family_name,
            Volunteer.phone,
            v_res.c.given_name,
            v_res.c.name_prefix,
            v_res.c.family_name,
            v_res.c.phone,
            Resident.given_name,
            Resident.name_prefix,
            Resident.family_name,
            Resident.phone,
            SupportLink.agreed_day,
            Volunteer.id,
        )
        .join(Volunteer, SupportLink.volunteer_id == Volunteer.id)
        .outerjoin(v_res, Volunteer.resident_id == v_res.c.id)
        .join(Resident, SupportLink.resident_id == Resident.id)
        .join(Home, Resident.home_id == Home.id)
        .where(
            Home.complex_id == complex_id,
            SupportLink.kind == SupportKind.WEEKLY_CALL,
            _active_link,
            Resident.move_out.is_(None),
            Resident.consent_volunteer_contact.is_(True),
            Volunteer.stage != Stage.STOPPED,
        )
    )
    groups: dict[int, tuple[str, str, list[CallEntry]]] = {}
    with db.reading() as session:
        for r in session.execute(stmt):
            v_name = (
                display_name(r[4], r[5], r[6])
                if r[6] is not None
                else display_name(r[0], r[1], r[2])
            )
            v_phone = r[7] if r[6] is not None else r[3]
            group = groups.setdefault(r[13], (v_name, _phone(v_phone), []))
            group[2].append(CallEntry(display_name(r[8], r[9], r[10]), _phone(r[11]), r[12]))
    result = [
        CallGroup(
            name,
            phone,
            sorted(
                calls,
                key=lambda c: (
                    7 if c.agreed_day is None else c.agreed_day,
                    sort_key(c.resident_name, ""),
                ),
            ),
        )
        for name, phone, calls in groups.values()
    ]
    return sorted(result, key=lambda g: sort_key(g.volunteer_name, ""))


def _phone(e164: str | None) -> str:
    return validation.format_phone(e164) if e164 else ""


@dataclass(frozen=True)
class BoardEntry:
    name: str
    roles: list[str]


def notice_board(db: Database, complex_id: int) -> list[BoardEntry]:
    """Active volunteers of a complex who opted in to the notice board: names and roles only."""
    complex_name(db, complex_id)
    stmt = (
        select(
            Volunteer.id,
            func.coalesce(Resident.given_name, Volunteer.given_name),
            func.coalesce(Resident.name_prefix, Volunteer.name_prefix),
            func.coalesce(Resident.family_name, Volunteer.family_name),
        )
        .outerjoin(Resident, Volunteer.resident_id == Resident.id)
        .where(
            Volunteer.complex_id == complex_id,
            Volunteer.stage == Stage.ACTIVE,
            Volunteer.on_notice_board.is_(True),
        )
    )
    with db.reading() as session:
        people = session.execute(stmt).all()
        roles: dict[int, list[str]] = {}
        for vid, name in session.execute(
            select(volunteer_roles.c.volunteer_id, Role.name)
            .join(Role)
            .where(volunteer_roles.c.volunteer_id.in_([p[0] for p in people]))
            .order_by(Role.name)
        ):
            roles.setdefault(vid, []).append(name)
    entries = [BoardEntry(display_name(p[1], p[2], p[3]), roles.get(p[0], [])) for p in people]
    return sorted(entries, key=lambda e: sort_key(e.name, ""))


def languages_of(db: Database, resident_id: int) -> list[str]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(ResidentLanguage.language)
                .where(ResidentLanguage.resident_id == resident_id)
                .order_by(ResidentLanguage.language)
            )
        )
