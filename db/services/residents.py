"""Residents: list and search, the editor's data, moving out."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import ClassVar

from sqlalchemy import func, select

from db import validation
from db.engine import Database
from db.models import Home, Resident, ResidentLanguage, SupportFlag
from db.services.common import Crud, ServiceError, unit_of_work
from db.services.complexes import address
from db.services.names import display_name, sort_key
from db.services.resident_list import ResidentRow, list_residents


@dataclass
class ResidentData:
    id: int | None = None
    given_name: str = ""
    name_prefix: str = ""
    family_name: str = ""
    home_id: int | None = None
    phone: str = ""
    email: str = ""
    birth_year: int | None = None
    household_size: int | None = None
    move_in: date | None = None
    move_out: date | None = None
    consent_volunteer_contact: bool = False
    consent_share_partners: bool = False
    consent_photos: bool = False
    consent_recorded_on: date | None = None
    consent_how: str = ""
    notes: str = ""
    languages: list[str] = field(default_factory=list)
    support_flags: list[str] = field(default_factory=list)  # flag codes; sensitive
    version: int | None = None  # as loaded; a save over a newer one is refused

    @property
    def name(self) -> str:
        return display_name(self.given_name, self.name_prefix, self.family_name)


def _normalise(data: ResidentData) -> ResidentData:
    return replace(
        data,
        given_name=data.given_name.strip(),
        name_prefix=data.name_prefix.strip(),
        family_name=validation.required_text(data.family_name, "Achternaam", 100),
        phone=validation.phone(data.phone) if data.phone.strip() else "",
        email=validation.email(data.email) if data.email.strip() else "",
        birth_year=validation.year_of_birth(data.birth_year) if data.birth_year else None,
        languages=sorted({code.strip().lower() for code in data.languages if code.strip()}),
    )


def _check_dates(data: ResidentData) -> None:
    if data.move_in and data.move_out and data.move_out < data.move_in:
        raise ServiceError("De verhuisdatum moet na de datum van intrek liggen.")
    if data.household_size is not None and data.household_size < 1:
        raise ServiceError("Een huishouden telt minstens 1 persoon.")


class _ResidentCrud(Crud[ResidentData]):
    """Columns plus the two list fields (languages, support flags) kept in their own tables."""

    COLUMN_FIELDS: ClassVar[list[str]] = [
        f
        for f in ResidentData.__dataclass_fields__
        if f not in ("id", "version", "languages", "support_flags")
    ]

    def fields(self) -> list[str]:
        return self.COLUMN_FIELDS

    def _columns(self, obj: Resident, data: ResidentData) -> None:
        for name in self.fields():
            setattr(obj, name, getattr(data, name))
        obj.sort_key = sort_key(data.family_name, data.given_name, data.name_prefix)

    def to_data(self, obj: Resident) -> ResidentData:
        data = super().to_data(obj)
        data.languages = sorted(lang.language for lang in obj.languages)
        data.support_flags = sorted(flag.code for flag in obj.support_flags)
        return data

    def create(self, db: Database, data: ResidentData) -> int:
        data = self.prepare(data)
        _check_dates(data)
        with unit_of_work(db) as session:
            obj = Resident()
            self._columns(obj, data)
            _set_lists(session, obj, data)
            session.add(obj)
            session.flush()
            return obj.id

    def update(self, db: Database, obj_id: int, data: ResidentData) -> None:
        data = self.prepare(data)
        _check_dates(data)
        with self.saving(db, obj_id, data) as (session, obj):
            self._columns(obj, data)
            _set_lists(session, obj, data)


def _set_lists(session, obj: Resident, data: ResidentData) -> None:
    current = {lang.language for lang in obj.languages}
    if current != set(data.languages):
        obj.languages = [ResidentLanguage(language=code) for code in data.languages]
    if {f.code for f in obj.support_flags} != set(data.support_flags):
        flags = session.scalars(
            select(SupportFlag).where(SupportFlag.code.in_(data.support_flags))
        ).all()
        if len(flags) != len(set(data.support_flags)):
            raise ServiceError("Onbekend ondersteuningskenmerk.")
        obj.support_flags = list(flags)


crud = _ResidentCrud(Resident, ResidentData, "Bewoner", _normalise)
get, create, update, delete = crud.get, crud.create, crud.update, crud.delete


def move_out(db: Database, resident_id: int, on: date) -> None:
    """Keeps the record (history) and frees the home for the next tenant."""
    with unit_of_work(db) as session:
        obj = crud.load(session, resident_id)
        if obj.move_in and on < obj.move_in:
            raise ServiceError("De verhuisdatum moet na de datum van intrek liggen.")
        obj.move_out = on


def count_current(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).where(Resident.move_out.is_(None)))


def support_flag_choices(db: Database) -> list[tuple[str, str]]:
    """(code, label) of the office's support flags, for the editor and the filter."""
    with db.reading() as session:
        return [
            tuple(r)
            for r in session.execute(
                select(SupportFlag.code, SupportFlag.label).order_by(SupportFlag.label)
            )
        ]


def language_choices(db: Database) -> list[str]:
    """Language codes in use, for the filter."""
    with db.reading() as session:
        return list(
            session.scalars(
                select(ResidentLanguage.language).distinct().order_by(ResidentLanguage.language)
            )
        )


@dataclass(frozen=True)
class HomeChoice:
    id: int
    address: str
    postcode: str
    occupied_by: str  # current residents' names, "" when free


def home_choices(
    db: Database, complex_id: int, except_resident: int | None = None
) -> list[HomeChoice]:
    """The homes of a complex in address order, with who lives there now (a move-out frees it)."""
    with db.reading() as session:
        homes = session.execute(
            select(
                Home.id,
                Home.street,
                Home.house_number,
                Home.house_letter,
                Home.addition,
                Home.postcode,
            )
            .where(Home.complex_id == complex_id)
            .order_by(Home.street, Home.house_number, Home.house_letter, Home.addition)
        ).all()
        living = (
            select(
                Resident.home_id, Resident.given_name, Resident.name_prefix, Resident.family_name
            )
            .join(Home, Resident.home_id == Home.id)
            .where(Home.complex_id == complex_id, Resident.move_out.is_(None))
        )
        if except_resident is not None:
            living = living.where(Resident.id != except_resident)
        who: dict[int, list[str]] = {}
        for home_id, given, prefix, family in session.execute(living):
            who.setdefault(home_id, []).append(display_name(given, prefix, family))
        return [
            HomeChoice(h[0], address(h[1], h[2], h[3], h[4]), h[5], ", ".join(who.get(h[0], [])))
            for h in homes
        ]


def complex_of_home(db: Database, home_id: int | None) -> int | None:
    if home_id is None:
        return None
    with db.reading() as session:
        return session.scalar(select(Home.complex_id).where(Home.id == home_id))


def household_size(text: str) -> int:
    """1 to 20 people; raises Invalid with a Dutch message."""
    stripped = text.strip()
    if not stripped.isdigit() or not 1 <= int(stripped) <= 20:
        raise validation.Invalid(
            f"Huishouden '{stripped[:20]}' is niet geldig: vul een aantal "
            "personen van 1 tot en met 20 in."
        )
    return int(stripped)


__all__ = [
    "HomeChoice",
    "ResidentData",
    "ResidentRow",
    "complex_of_home",
    "count_current",
    "create",
    "delete",
    "get",
    "home_choices",
    "household_size",
    "language_choices",
    "list_residents",
    "move_out",
    "support_flag_choices",
    "update",
]
