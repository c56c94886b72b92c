"""Volunteers: CRUD with roles, languages and a dated stage history; the list."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, or_, select

from db import validation
from db.engine import Database
from db.models import (
    Complex,
    Resident,
    Role,
    Stage,
    StageChange,
    SupportKind,
    SupportLink,
    Volunteer,
    VolunteerHours,
    VolunteerLanguage,
)
from db.models.volunteers import volunteer_roles
from db.services.common import ChildCrud, Crud, ListQuery, Page, ServiceError, like_pattern, order, paged, unit_of_work
from db.services.names import display_name


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


@dataclass(frozen=True)
class VolunteerRow:
    id: int
    name: str
    complex_name: str
    stage: Stage
    supported: int
    vog_date: date | None


def _normalise(data: VolunteerData) -> VolunteerData:
    if data.resident_id is None:
        validation.required_text(data.family_name, "Achternaam", 100)
    return replace(
        data,
        phone=validation.phone(data.phone) if data.phone.strip() else "",
        email=validation.email(data.email) if data.email.strip() else "",
        languages=sorted({c.strip().lower() for c in data.languages if c.strip()}),
        stage_since=data.stage_since or date.today(),
    )


LIST_FIELDS = ("id", "roles", "languages")


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
        with unit_of_work(db) as session:
            obj = self.load(session, obj_id)
            if obj.stage != data.stage:
                data = replace(data, stage_since=date.today())
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


def list_volunteers(db: Database, query: ListQuery = ListQuery()) -> Page[VolunteerRow]:
    # A linked resident's name wins: the person is typed once, in the residents tab.
    given = func.coalesce(Resident.given_name, Volunteer.given_name)
    prefix = func.coalesce(Resident.name_prefix, Volunteer.name_prefix)
    family = func.coalesce(Resident.family_name, Volunteer.family_name)
    supported = (
        select(func.count(SupportLink.id))
        .where(SupportLink.volunteer_id == Volunteer.id, SupportLink.ended_on.is_(None))
        .scalar_subquery()
    )
    stage_order = case({s: i for i, s in enumerate(Stage)}, value=Volunteer.stage)
    stmt = (
        select(Volunteer.id, given, prefix, family, Complex.name, Volunteer.stage, supported, Volunteer.vog_date)
        .outerjoin(Resident, Volunteer.resident_id == Resident.id)
        .outerjoin(Complex, Volunteer.complex_id == Complex.id)
    )
    f = query.filters
    if f.get("stage"):
        stmt = stmt.where(Volunteer.stage == f["stage"])
    if f.get("complex_id"):
        stmt = stmt.where(Volunteer.complex_id == f["complex_id"])
    if f.get("role"):
        stmt = stmt.where(Volunteer.id.in_(
            select(volunteer_roles.c.volunteer_id).join(Role).where(Role.name == f["role"])))
    if query.text.strip():
        pattern = like_pattern(query.text.strip())
        stmt = stmt.where(or_((given + " " + prefix + " " + family).ilike(pattern, escape="\\"),
                              family.ilike(pattern, escape="\\")))
    columns = {"name": family, "complex_name": Complex.name, "stage": stage_order,
               "supported": supported, "vog_date": Volunteer.vog_date}
    stmt = order(stmt, columns, query, [family, given, Volunteer.id])
    with db.reading() as session:
        return paged(session, stmt, query, lambda r: VolunteerRow(
            r[0], display_name(r[1], r[2], r[3]), r[4] or "", Stage(r[5]), r[6], r[7]))


def role_names(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(Role.name).order_by(Role.name)))


# --- who supports whom, and hours --------------------------------------------------------


@dataclass
class SupportLinkData:
    id: int | None = None
    volunteer_id: int = 0
    resident_id: int = 0
    kind: SupportKind = SupportKind.WEEKLY_CALL
    agreed_day: int | None = None
    started_on: date | None = None
    ended_on: date | None = None
    note: str = ""


@dataclass
class HoursData:
    id: int | None = None
    volunteer_id: int = 0
    event_id: int | None = None
    worked_on: date | None = None
    hours: Decimal = Decimal("0")
    description: str = ""


def _link(data: SupportLinkData) -> SupportLinkData:
    return replace(data, started_on=data.started_on or date.today())


def _hours(data: HoursData) -> HoursData:
    hours = validation.money(data.hours)
    if not Decimal("0") < hours <= Decimal("24"):
        raise ServiceError("Vul een aantal uren tussen 0 en 24 in.")
    if data.worked_on is None:
        raise ServiceError("Vul de datum in.")
    return replace(data, hours=hours)


support_links = ChildCrud(SupportLink, SupportLinkData, "Koppeling", "volunteer_id", _link, "started_on")
hours = ChildCrud(VolunteerHours, HoursData, "Uren", "volunteer_id", _hours, "worked_on")


def stage_history(db: Database, volunteer_id: int) -> list[tuple[Stage, date, str]]:
    with db.reading() as session:
        rows = session.execute(
            select(StageChange.stage, StageChange.changed_on, StageChange.note)
            .where(StageChange.volunteer_id == volunteer_id).order_by(StageChange.id))
        return [(Stage(r[0]), r[1], r[2]) for r in rows]
