"""Volunteers: CRUD with roles and languages, the list, the recruitment pipeline with its dated
history, who supports whom, hours, VOG status and the data for the call list and notice board.

A volunteer who is also a resident is linked to that resident: the name, phone and e-mail then
come from the resident, so a person is typed once.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import and_, case, exists, func, or_, select

from db import clock, validation
from db.engine import Database
from db.models import (
    Complex,
    Home,
    Resident,
    Role,
    Stage,
    StageChange,
    SupportLink,
    Volunteer,
    VolunteerHours,
    VolunteerLanguage,
)
from db.models.volunteers import volunteer_roles
from db.services import settings
from db.services.common import (
    Crud,
    ListQuery,
    NotFound,
    Page,
    ServiceError,
    order,
    paged,
    unit_of_work,
)
from db.services.names import display_name, name_matches, volunteer_name_columns

# Warn this long before a VOG passes the configured validity period.
VOG_WARN_DAYS = 60

_ALL = ListQuery()


@dataclass
class VolunteerData:
    id: int | None = None
    resident_id: int | None = None
    given_name: str = ""
    name_prefix: str = ""
    family_name: str = ""
    phone: str = ""
    email: str = ""
    complex_id: int | None = None
    stage: Stage = Stage.APPLIED
    stage_since: date | None = None
    stopped_reason: str = ""
    motivation_score: int | None = None
    interview_on: date | None = None
    interviewers: str = ""
    interview_score: int | None = None
    interview_notes: str = ""
    skills: str = ""
    availability: str = ""
    vog_date: date | None = None
    on_notice_board: bool = False
    notes: str = ""
    roles: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    version: int | None = None  # as loaded; a save over a newer one is refused


class VogStatus(StrEnum):
    OK = "ok"
    NOT_NEEDED = "not_needed"  # no VOG and nobody supported (yet), or stopped
    MISSING = "missing"  # supports residents without a VOG
    EXPIRING = "expiring"  # passes the validity period within VOG_WARN_DAYS
    EXPIRED = "expired"

    @property
    def warns(self) -> bool:
        return self in (VogStatus.MISSING, VogStatus.EXPIRING, VogStatus.EXPIRED)


@dataclass(frozen=True)
class VolunteerRow:
    id: int
    name: str
    complex_name: str
    stage: Stage
    supported: int
    vog_date: date | None
    roles: str = ""
    languages: str = ""
    hours_year: Decimal = Decimal("0")
    vog_status: VogStatus = VogStatus.NOT_NEEDED

    @property
    def vog(self) -> tuple[VogStatus, date | None]:
        """Status and date together, for one table column."""
        return self.vog_status, self.vog_date


def vog_expires(vog_date: date, years: int) -> date:
    try:
        return vog_date.replace(year=vog_date.year + years)
    except ValueError:  # 29 February
        return vog_date.replace(year=vog_date.year + years, day=28)


def vog_status(
    vog_date: date | None, supported: int, stage: Stage, years: int, today: date | None = None
) -> VogStatus:
    today = today or clock.today()
    if stage == Stage.STOPPED:
        return VogStatus.NOT_NEEDED
    if vog_date is None:
        return VogStatus.MISSING if supported else VogStatus.NOT_NEEDED
    expires = vog_expires(vog_date, years)
    if expires <= today:
        return VogStatus.EXPIRED
    if expires <= today + timedelta(days=VOG_WARN_DAYS):
        return VogStatus.EXPIRING
    return VogStatus.OK


def _normalise(data: VolunteerData) -> VolunteerData:
    if data.resident_id is None:
        validation.required_text(data.family_name, "Achternaam", 100)
        own = {
            "given_name": data.given_name.strip(),
            "name_prefix": data.name_prefix.strip(),
            "family_name": data.family_name.strip(),
            "phone": validation.phone(data.phone) if data.phone.strip() else "",
            "email": validation.email(data.email) if data.email.strip() else "",
        }
    else:  # the resident's record holds the person; never keep a second copy here
        own = {"given_name": "", "name_prefix": "", "family_name": "", "phone": "", "email": ""}
    for score, what in (
        (data.motivation_score, "Motivatiescore"),
        (data.interview_score, "Gespreksscore"),
    ):
        if score is not None and not 0 <= score <= 10:
            raise ServiceError(f"{what} moet tussen 0 en 10 liggen.")
    return replace(
        data,
        **own,
        languages=sorted({c.strip().lower() for c in data.languages if c.strip()}),
        availability=",".join(parse_availability(data.availability)),
        stage_since=data.stage_since or clock.today(),
    )


DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS = ("am", "pm", "eve")


def parse_availability(text: str) -> list[str]:
    """'wed-pm, mon-am' → ['mon-am', 'wed-pm'] (week order); unknown codes are refused."""
    codes = {c.strip().lower() for c in text.split(",") if c.strip()}
    valid = [f"{d}-{p}" for d in DAYS for p in PARTS]
    unknown = sorted(codes - set(valid))
    if unknown:
        raise ServiceError(
            f"Onbekende beschikbaarheid '{unknown[0]}': gebruik bijvoorbeeld ma-ochtend (mon-am)."
        )
    return [code for code in valid if code in codes]


LIST_FIELDS = ("id", "version", "roles", "languages")


class _VolunteerCrud(Crud[VolunteerData]):
    def fields(self) -> list[str]:
        return [f for f in VolunteerData.__dataclass_fields__ if f not in LIST_FIELDS]

    def to_data(self, obj: Volunteer) -> VolunteerData:
        data = super().to_data(obj)
        data.roles = sorted(r.name for r in obj.roles)
        data.languages = sorted(lang.language for lang in obj.languages)
        return data

    def create(self, db: Database, data: VolunteerData) -> int:
        data = self.prepare(data)
        with unit_of_work(db) as session:
            obj = Volunteer(**{n: getattr(data, n) for n in self.fields()})
            _set_lists(session, obj, data)
            obj.stage_history.append(StageChange(stage=data.stage, changed_on=data.stage_since))
            session.add(obj)
            session.flush()
            return obj.id

    def update(self, db: Database, obj_id: int, data: VolunteerData) -> None:
        data = self.prepare(data)
        with self.saving(db, obj_id, data) as (session, obj):
            if obj.stage != data.stage:
                data = replace(data, stage_since=clock.today())
                obj.stage_history.append(StageChange(stage=data.stage, changed_on=data.stage_since))
            for name in self.fields():
                setattr(obj, name, getattr(data, name))
            _set_lists(session, obj, data)


def _set_lists(session, obj: Volunteer, data: VolunteerData) -> None:
    if {r.name for r in obj.roles} != set(data.roles):
        roles = session.scalars(select(Role).where(Role.name.in_(data.roles))).all()
        if len(roles) != len(set(data.roles)):
            raise ServiceError("Onbekende rol of commissie.")
        obj.roles = list(roles)
    if {lang.language for lang in obj.languages} != set(data.languages):
        obj.languages = [VolunteerLanguage(language=c) for c in data.languages]


crud = _VolunteerCrud(Volunteer, VolunteerData, "Vrijwilliger", _normalise)
get, create, update, delete = crud.get, crud.create, crud.update, crud.delete


def _supported_count():
    return (
        select(func.count(SupportLink.id))
        .where(SupportLink.volunteer_id == Volunteer.id, SupportLink.ended_on.is_(None))
        .scalar_subquery()
    )


def _vog_warning(years: int, today: date):
    """SQL for 'VOG expires soon, has expired, or is missing while supporting residents'."""
    warn_before = today + timedelta(days=VOG_WARN_DAYS)
    # vog_date + years <= warn_before  ⇔  vog_date <= warn_before - years
    cutoff = vog_expires(warn_before, -years)
    return and_(
        Volunteer.stage != Stage.STOPPED,
        or_(
            Volunteer.vog_date <= cutoff, and_(Volunteer.vog_date.is_(None), _supported_count() > 0)
        ),
    )


def list_volunteers(
    db: Database, query: ListQuery = _ALL, today: date | None = None
) -> Page[VolunteerRow]:
    """Filters: stage, complex_id, role (name), vog_warning (bool), not_stopped (bool)."""
    today = today or clock.today()
    years = settings.vog_valid_years(db)
    given, prefix, family, name_key = volunteer_name_columns()
    supported = _supported_count()
    hours_year = (
        select(func.coalesce(func.sum(VolunteerHours.hours), 0))
        .where(
            VolunteerHours.volunteer_id == Volunteer.id,
            VolunteerHours.worked_on >= date(today.year, 1, 1),
            VolunteerHours.worked_on <= date(today.year, 12, 31),
        )
        .scalar_subquery()
    )
    stage_order = case({s: i for i, s in enumerate(Stage)}, value=Volunteer.stage)
    stmt = (
        select(
            Volunteer.id,
            given,
            prefix,
            family,
            Complex.name,
            Volunteer.stage,
            supported,
            Volunteer.vog_date,
            hours_year,
        )
        .outerjoin(Resident, Volunteer.resident_id == Resident.id)
        .outerjoin(Complex, Volunteer.complex_id == Complex.id)
    )
    f = query.filters
    if f.get("stage"):
        stmt = stmt.where(Volunteer.stage == f["stage"])
    if f.get("not_stopped"):
        stmt = stmt.where(Volunteer.stage != Stage.STOPPED)
    if f.get("complex_id"):
        stmt = stmt.where(Volunteer.complex_id == f["complex_id"])
    if f.get("role"):
        stmt = stmt.where(
            Volunteer.id.in_(
                select(volunteer_roles.c.volunteer_id).join(Role).where(Role.name == f["role"])
            )
        )
    if f.get("vog_warning"):
        stmt = stmt.where(_vog_warning(years, today))
    if (found := name_matches(name_key, query.text)) is not None:
        stmt = stmt.where(found)
    # Dutch register order ("de Vries" under V, "Çelik" under C) via the plain-letter key.
    columns = {
        "name": name_key,
        "complex_name": Complex.name,
        "stage": stage_order,
        "supported": supported,
        "vog_date": Volunteer.vog_date,
        "vog_status": Volunteer.vog_date,
        "vog": Volunteer.vog_date,
        "hours_year": hours_year,
    }
    stmt = order(stmt, columns, query, [name_key, given, Volunteer.id])
    with db.reading() as session:
        page = paged(
            session,
            stmt,
            query,
            lambda r: VolunteerRow(
                r[0],
                display_name(r[1], r[2], r[3]),
                r[4] or "",
                Stage(r[5]),
                r[6],
                r[7],
                hours_year=Decimal(r[8] or 0).quantize(Decimal("0.01")),
                vog_status=vog_status(r[7], r[6], Stage(r[5]), years, today),
            ),
        )
        roles, langs = _lists_for(session, [row.id for row in page.rows])
    return Page(
        [
            replace(
                row,
                roles=", ".join(roles.get(row.id, [])),
                languages=", ".join(langs.get(row.id, [])),
            )
            for row in page.rows
        ],
        page.total,
    )


def _lists_for(session, ids: list[int]) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Roles and languages of one page of volunteers in two queries (portable, no group_concat)."""
    roles: dict[int, list[str]] = {}
    langs: dict[int, list[str]] = {}
    if ids:
        for vid, name in session.execute(
            select(volunteer_roles.c.volunteer_id, Role.name)
            .join(Role)
            .where(volunteer_roles.c.volunteer_id.in_(ids))
            .order_by(Role.name)
        ):
            roles.setdefault(vid, []).append(name)
        for vid, code in session.execute(
            select(VolunteerLanguage.volunteer_id, VolunteerLanguage.language)
            .where(VolunteerLanguage.volunteer_id.in_(ids))
            .order_by(VolunteerLanguage.language)
        ):
            langs.setdefault(vid, []).append(code)
    return roles, langs


def role_names(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(Role.name).order_by(Role.name)))


# --- the person behind a volunteer --------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """Who the volunteer is, wherever that is kept (the linked resident or the volunteer)."""

    name: str
    phone: str
    email: str
    address: str
    floor: int | None
    complex_id: int | None
    linked_resident_id: int | None


def person(db: Database, volunteer_id: int) -> Person:
    from db.services.complexes import address

    with db.reading() as session:
        obj = crud.load(session, volunteer_id)
        r = obj.resident
        if r is None:
            return Person(
                display_name(obj.given_name, obj.name_prefix, obj.family_name),
                obj.phone,
                obj.email,
                "",
                None,
                obj.complex_id,
                None,
            )
        home = r.home
        addr = (
            address(home.street, home.house_number, home.house_letter, home.addition)
            if home
            else ""
        )
        return Person(
            display_name(r.given_name, r.name_prefix, r.family_name),
            r.phone,
            r.email,
            addr,
            home.floor if home else None,
            home.complex_id if home else obj.complex_id,
            r.id,
        )


def link_resident(db: Database, volunteer_id: int, resident_id: int) -> None:
    """The volunteer is this resident: drop the typed copy of name and contact details."""
    with unit_of_work(db) as session:
        obj = crud.load(session, volunteer_id)
        resident = session.get(Resident, resident_id)
        if resident is None:
            raise NotFound(f"Bewoner {resident_id} bestaat niet (meer).")
        taken = session.scalar(
            select(Volunteer.id).where(
                Volunteer.resident_id == resident_id, Volunteer.id != volunteer_id
            )
        )
        if taken:
            raise ServiceError("Deze bewoner is al als vrijwilliger geregistreerd.")
        obj.resident_id = resident_id
        obj.given_name = obj.name_prefix = obj.family_name = obj.phone = obj.email = ""
        if resident.home is not None and resident.home.complex_id is not None:
            obj.complex_id = resident.home.complex_id


@dataclass(frozen=True)
class ResidentChoice:
    id: int
    name: str
    address: str
    consent: bool  # agreed to contact by volunteers


def find_residents(
    db: Database, text: str = "", *, without_volunteer: bool = False, limit: int = 50
) -> list[ResidentChoice]:
    """Current residents matching a name, for the pickers (link a volunteer, add support)."""
    from db.services.complexes import address

    stmt = (
        select(
            Resident.id,
            Resident.given_name,
            Resident.name_prefix,
            Resident.family_name,
            Home.street,
            Home.house_number,
            Home.house_letter,
            Home.addition,
            Resident.consent_volunteer_contact,
        )
        .outerjoin(Home, Resident.home_id == Home.id)
        .where(Resident.move_out.is_(None))
        .order_by(Resident.sort_key, Resident.id)
        .limit(limit)
    )
    if without_volunteer:
        stmt = stmt.where(~exists().where(Volunteer.resident_id == Resident.id))
    if (found := name_matches(Resident.sort_key, text)) is not None:
        stmt = stmt.where(found)
    with db.reading() as session:
        return [
            ResidentChoice(
                r[0],
                display_name(r[1], r[2], r[3]),
                address(r[4], r[5], r[6], r[7]) if r[4] else "",
                bool(r[8]),
            )
            for r in session.execute(stmt)
        ]


def stage_history(db: Database, volunteer_id: int) -> list[tuple[Stage, date, str]]:
    with db.reading() as session:
        rows = session.execute(
            select(StageChange.stage, StageChange.changed_on, StageChange.note)
            .where(StageChange.volunteer_id == volunteer_id)
            .order_by(StageChange.id)
        )
        return [(Stage(r[0]), r[1], r[2]) for r in rows]


def vog_status_of(db: Database, volunteer_id: int, today: date | None = None) -> VogStatus:
    years = settings.vog_valid_years(db)
    with db.reading() as session:
        obj = crud.load(session, volunteer_id)
        supported = session.scalar(
            select(func.count(SupportLink.id)).where(
                SupportLink.volunteer_id == volunteer_id, SupportLink.ended_on.is_(None)
            )
        )
        return vog_status(obj.vog_date, supported, Stage(obj.stage), years, today)
