"""Matching rows to what is already stored, and writing them: one class per kind.

The same code runs twice: once read-only for the preview (write=False) and once inside the
import's transaction. Existing rows are indexed in memory first (a few queries, not one per
row). Changed rows go through the ORM (the audit hook records them); new rows are collected and
inserted at the end with one multi-row INSERT … RETURNING per table, with their audit entries
written alongside, because 10,000 ORM objects would take longer than the whole budget.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from db import clock
from db.models import (
    AuditEntry,
    Complex,
    Home,
    Resident,
    ResidentLanguage,
    Stage,
    StageChange,
    Volunteer,
    VolunteerLanguage,
)
from db.safety import audit
from db.services.names import display_name, sort_key

NEW, UPDATE, SAME, ERROR = "new", "update", "same", "error"


@dataclass(eq=False)
class Ref:
    """One stored (or, during this import, created) row: its id or ORM object, and its values."""

    id: int | None
    values: dict[str, Any]
    obj: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


def changes(ref: Ref, wanted: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in wanted.items() if ref.values.get(k) != v}


class Target:
    """Base: complexes and homes are needed by every kind."""

    def __init__(self, session: Session, write: bool):
        self.session, self.write = session, write
        self.new_homes = 0
        self.pending: dict[type, list[tuple[Ref, dict[str, Any]]]] = {}
        self.deferred_homes: list[tuple[Any, Ref]] = []
        self.complexes = {
            name.casefold(): cid for cid, name in session.execute(select(Complex.id, Complex.name))
        }
        self.homes: dict[tuple, Ref] = {}
        self.homes_by_id: dict[int, Ref] = {}
        for row in session.execute(
            select(
                Home.id,
                Home.postcode,
                Home.house_number,
                Home.house_letter,
                Home.addition,
                Home.street,
                Home.city,
                Home.floor,
                Home.complex_id,
            )
        ):
            ref = Ref(
                row[0], {"street": row[5], "city": row[6], "floor": row[7], "complex_id": row[8]}
            )
            self.homes[(row[1], row[2], row[3], row[4])] = ref
            self.homes_by_id[row[0]] = ref

    def complex_id(self, values: dict, errors: list[str]) -> int | None:
        name = values.get("complex")
        if not name:
            return None
        found = self.complexes.get(name.casefold())
        if found is None:
            errors.append(
                f"Complex '{name}' bestaat niet. Voeg het eerst toe op het tabblad "
                "Complexen, of laat de kolom leeg."
            )
        return found

    @staticmethod
    def home_key(values: dict) -> tuple | None:
        if "postcode" not in values or "house_number" not in values:
            return None
        return (
            values["postcode"],
            values["house_number"],
            values["house_letter"],
            values["addition"],
        )

    def load(self, model, ref: Ref):
        if ref.obj is None:
            ref.obj = self.session.get(model, ref.id)
        return ref.obj

    def store(self, model, ref: Ref, changed: dict[str, Any]) -> None:
        ref.values.update(changed)
        if self.write and ref.id is None:
            self.update_pending(ref, changed)
        elif self.write:
            obj = self.load(model, ref)
            for key, value in changed.items():
                setattr(obj, key, value)

    def add_home(self, key: tuple, values: dict) -> Ref:
        wanted = {
            "street": values["street"],
            "city": values.get("city", "Utrecht"),
            "floor": values.get("floor"),
            "complex_id": values.get("complex_id"),
        }
        ref = Ref(None, wanted)
        if self.write:
            self.later(
                Home,
                ref,
                {
                    "postcode": key[0],
                    "house_number": key[1],
                    "house_letter": key[2],
                    "addition": key[3],
                    **wanted,
                },
            )
        self.homes[key] = ref
        self.new_homes += 1
        return ref

    def later(self, model, ref: Ref, row: dict[str, Any]) -> None:
        self.pending.setdefault(model, []).append((ref, row))
        ref.extra["row"] = row

    @staticmethod
    def update_pending(ref: Ref, changed: dict[str, Any]) -> None:
        """A second row for something this import creates: change what will be inserted."""
        row = ref.extra["row"]
        for key, value in changed.items():
            row["_" + key if "_" + key in row else key] = value

    def insert_pending(self) -> None:
        """Write the collected new rows, parents first, with an audit entry for each."""
        for model in (Home, Resident, Volunteer):
            items = self.pending.pop(model, [])
            if not items:
                continue
            rows = [self.resolve_row(model, row) for _ref, row in items]
            columns = [{k: v for k, v in row.items() if not k.startswith("_")} for row in rows]
            ids = self.session.scalars(
                insert(model).returning(model.id, sort_by_parameter_order=True), columns
            ).all()
            for (ref, _row), new_id in zip(items, ids, strict=True):
                ref.id = new_id
                ref.extra.pop("row", None)
            self.insert_children(model, rows, ids)
            self.audit_created(model, rows, ids)
        for obj, home in self.deferred_homes:  # existing residents moved into a new home
            obj.home_id = home.id

    def resolve_row(self, model, row: dict[str, Any]) -> dict[str, Any]:
        return row

    def insert_children(self, model, rows: list[dict], ids: list[int]) -> None:
        return None

    def audit_created(self, model, rows: list[dict], ids: list[int]) -> None:
        now = clock.now()
        user = self.session.info.get("audit_user") or audit.current_user()
        masked = audit.SENSITIVE.get(model, set())
        entries = []
        for row, new_id in zip(rows, ids, strict=True):
            changes = {
                k.lstrip("_"): [None, audit.MASK if k.lstrip("_") in masked else audit._plain(v)]
                for k, v in row.items()
                if v not in (None, "", [])
            }
            entries.append(
                {
                    "at": now,
                    "user": user,
                    "action": "create",
                    "object_type": model.__name__,
                    "object_id": new_id,
                    "changes": json.dumps(changes, ensure_ascii=False),
                }
            )
        self.session.execute(insert(AuditEntry), entries)


class HomeTarget(Target):
    def apply(self, values: dict, errors: list[str]) -> str:
        complex_id = self.complex_id(values, errors)
        if errors:
            return ERROR
        key = self.home_key(values)
        wanted = {k: values[k] for k in ("street", "city", "floor") if k in values}
        if complex_id is not None:
            wanted["complex_id"] = complex_id
        ref = self.homes.get(key)
        if ref is None:
            self.add_home(key, {**values, "complex_id": complex_id})
            self.new_homes -= 1  # the home is the row itself, counted as new
            return NEW
        changed = changes(ref, wanted)
        if not changed:
            return SAME
        self.store(Home, ref, changed)
        return UPDATE


class PeopleTarget(Target):
    """Residents indexed by name, for residents and for linking volunteers."""

    def __init__(self, session: Session, write: bool):
        super().__init__(session, write)
        self.by_name: dict[str, list[Ref]] = {}
        languages: dict[int, list[str]] = {}
        for rid, code in session.execute(
            select(ResidentLanguage.resident_id, ResidentLanguage.language)
        ):
            languages.setdefault(rid, []).append(code)
        cols = (
            Resident.id,
            Resident.given_name,
            Resident.name_prefix,
            Resident.family_name,
            Resident.birth_year,
            Resident.home_id,
            Resident.phone,
            Resident.email,
            Resident.household_size,
            Resident.move_in,
            Resident.move_out,
        )
        for row in session.execute(select(*cols)):
            values = dict(
                zip(
                    ("given_name", "name_prefix", "family_name", "birth_year"),
                    row[1:5],
                    strict=True,
                )
            )
            values.update(
                home=self.homes_by_id.get(row[5]),
                phone=row[6],
                email=row[7],
                household_size=row[8],
                move_in=row[9],
                move_out=row[10],
                languages=sorted(languages.get(row[0], [])),
            )
            self._index(Ref(row[0], values))

    def _index(self, ref: Ref) -> None:
        v = ref.values
        self.by_name.setdefault(
            sort_key(v["family_name"], v["given_name"], v["name_prefix"]), []
        ).append(ref)

    def find_resident(
        self, values: dict, home: Ref | None, errors: list[str], addressed: bool = False
    ) -> Ref | None:
        """The resident a row means: by name at the row's home first, else by name and year of
        birth. When more than one person could be meant the row is an error, never a guess."""
        refs = self.by_name.get(
            sort_key(values["family_name"], values["given_name"], values["name_prefix"]), []
        )
        year = values.get("birth_year")
        name = display_name(values["given_name"], values["name_prefix"], values["family_name"])
        if home is not None or addressed:  # a new home: nobody lives there yet
            here = [r for r in refs if home is not None and r.values["home"] is home]
            if year is not None:
                here = [r for r in here if r.values["birth_year"] in (year, None)]
            if len(here) > 1:
                errors.append(
                    f"Op dit adres wonen {_count(len(here))} bewoners die {name} heten; "
                    "vul het geboortejaar in of pas dit aan in Buurtkantoor zelf."
                )
                return None
            if here or year is None:
                return here[0] if here else None
            # Someone of that name living elsewhere may be a namesake: never moved by a list.
            # Only a person without a home here (and born that year) may be moving in.
            same = [r for r in refs if r.values["birth_year"] == year and r.values["home"] is None]
            if len(same) > 1:
                errors.append(
                    f"{_count(len(same)).capitalize()} bewoners zonder adres heten {name} en zijn "
                    f"geboren in {year}; leg in Buurtkantoor zelf vast wie hier is komen wonen."
                )
                return None
            return same[0] if same else None
        if year is not None:
            same = [r for r in refs if r.values["birth_year"] == year]
        else:
            same = [r for r in refs if r.values["home"] is None]
        if len(same) > 1:
            errors.append(
                f"{_count(len(same)).capitalize()} bewoners heten {name}; vul het adres in."
            )
            return None
        return same[0] if same else None


def _count(n: int) -> str:
    return {2: "twee", 3: "drie", 4: "vier"}.get(n, str(n))


class ResidentTarget(PeopleTarget):
    FIELDS = (
        "given_name",
        "name_prefix",
        "family_name",
        "birth_year",
        "phone",
        "email",
        "household_size",
        "move_in",
        "move_out",
        "languages",
    )

    def apply(self, values: dict, errors: list[str]) -> str:
        home = None
        key = self.home_key(values)
        if key is not None:
            home = self.homes.get(key)
            if home is None and "street" not in values:
                errors.append(
                    f"Woning {key[0]} {key[1]}{key[2]}{'-' + key[3] if key[3] else ''}"
                    " bestaat nog niet en de straat ontbreekt: voeg een kolom Straat "
                    "toe of importeer eerst de woningen."
                )
                return ERROR
        ref = self.find_resident(values, home, errors, addressed=key is not None)
        if errors:
            return ERROR
        if key is not None and home is None:
            home = self.add_home(key, values)
        wanted = {k: values[k] for k in self.FIELDS if k in values}
        if home is not None:
            wanted["home"] = home
        if ref is None:
            self._create(wanted)
            return NEW
        changed = changes(ref, wanted)
        if not changed:
            return SAME
        ref.values.update(changed)
        if self.write and ref.id is None:
            self.update_pending(ref, changed)
            v = ref.values
            ref.extra["row"]["sort_key"] = sort_key(
                v["family_name"], v["given_name"], v["name_prefix"]
            )
        elif self.write:
            obj = self.load(Resident, ref)
            for k, value in changed.items():
                self._set(obj, k, value)
            obj.sort_key = sort_key(obj.family_name, obj.given_name, obj.name_prefix)
        return UPDATE

    def _create(self, wanted: dict) -> None:
        full = {
            "birth_year": None,
            "home": None,
            "phone": "",
            "email": "",
            "household_size": None,
            "move_in": None,
            "move_out": None,
            "languages": [],
            **wanted,
        }
        ref = Ref(None, full)
        if self.write:
            row = {k: v for k, v in full.items() if k not in ("home", "languages")}
            row.update(
                sort_key=sort_key(full["family_name"], full["given_name"], full["name_prefix"]),
                _home=full["home"],
                _languages=full["languages"],
            )
            self.later(Resident, ref, row)
        self._index(ref)

    def resolve_row(self, model, row: dict[str, Any]) -> dict[str, Any]:
        if model is Resident:
            home = row["_home"]
            row["home_id"] = home.id if home is not None else None
            row.pop("_home")
        return row

    def insert_children(self, model, rows: list[dict], ids: list[int]) -> None:
        if model is not Resident:
            return
        languages = [
            {"resident_id": rid, "language": code}
            for row, rid in zip(rows, ids, strict=True)
            for code in row["_languages"]
        ]
        if languages:
            self.session.execute(insert(ResidentLanguage), languages)

    def _set(self, obj: Resident, key: str, value) -> None:
        if key == "languages":
            obj.languages = [ResidentLanguage(language=code) for code in value]
        elif key == "home":
            if value.id is None:
                self.deferred_homes.append((obj, value))
            else:
                obj.home_id = value.id
        else:
            setattr(obj, key, value)


class VolunteerTarget(PeopleTarget):
    FIELDS = ("phone", "email", "stage", "vog_date", "skills", "languages")

    def __init__(self, session: Session, write: bool):
        super().__init__(session, write)
        self.volunteers: dict[str, Ref] = {}
        self.by_resident: dict[int, Ref] = {}
        languages: dict[int, list[str]] = {}
        for vid, code in session.execute(
            select(VolunteerLanguage.volunteer_id, VolunteerLanguage.language)
        ):
            languages.setdefault(vid, []).append(code)
        given = func.coalesce(Resident.given_name, Volunteer.given_name)
        prefix = func.coalesce(Resident.name_prefix, Volunteer.name_prefix)
        family = func.coalesce(Resident.family_name, Volunteer.family_name)
        stmt = (
            select(
                Volunteer.id,
                Volunteer.resident_id,
                given,
                prefix,
                family,
                Volunteer.phone,
                Volunteer.email,
                Volunteer.complex_id,
                Volunteer.stage,
                Volunteer.vog_date,
                Volunteer.skills,
            )
            .outerjoin(Resident, Volunteer.resident_id == Resident.id)
            .order_by(Volunteer.id)
        )
        for row in session.execute(stmt):
            values = dict(
                zip(
                    ("phone", "email", "complex_id", "stage", "vog_date", "skills"),
                    row[5:],
                    strict=True,
                )
            )
            values["stage"] = Stage(values["stage"])
            values["languages"] = sorted(languages.get(row[0], []))
            ref = Ref(row[0], values, extra={"resident_id": row[1]})
            self.volunteers.setdefault(sort_key(row[4], row[2], row[3]), ref)
            if row[1] is not None:
                self.by_resident[row[1]] = ref

    def apply(self, values: dict, errors: list[str]) -> str:
        complex_id = self.complex_id(values, errors)
        if errors:
            return ERROR
        key = self.home_key(values)
        home = self.homes.get(key) if key else None
        resident = (
            self.find_resident(values, home, errors) if (home or "birth_year" in values) else None
        )
        if errors:
            return ERROR
        resident_id = resident.id if resident is not None else None
        ref = self.by_resident.get(resident_id) if resident_id is not None else None
        name = sort_key(values["family_name"], values["given_name"], values["name_prefix"])
        ref = ref or self.volunteers.get(name)
        wanted = {k: values[k] for k in self.FIELDS if k in values}
        if complex_id is not None:
            wanted["complex_id"] = complex_id
        if ref is None:
            self._create(name, values, wanted, resident_id)
            return NEW
        if resident_id is not None and ref.extra.get("resident_id") is None:
            wanted["resident_id"] = resident_id
        changed = changes(ref, wanted)
        if not changed:
            return SAME
        ref.values.update(changed)
        if self.write and ref.id is None:
            self.update_pending(ref, changed)
        elif self.write:
            obj = self.load(Volunteer, ref)
            for k, value in changed.items():
                if k == "languages":
                    obj.languages = [VolunteerLanguage(language=code) for code in value]
                else:
                    setattr(obj, k, value)
            if "stage" in changed:
                obj.stage_since = clock.today()
                obj.stage_history.append(
                    StageChange(stage=changed["stage"], changed_on=clock.today())
                )
        if resident_id is not None:
            ref.extra["resident_id"] = resident_id
            self.by_resident[resident_id] = ref
        return UPDATE

    def _create(self, name: str, values: dict, wanted: dict, resident_id: int | None) -> None:
        full = {
            "phone": "",
            "email": "",
            "complex_id": None,
            "stage": Stage.APPLIED,
            "vog_date": None,
            "skills": "",
            "languages": [],
            **wanted,
        }
        ref = Ref(None, full, extra={"resident_id": resident_id})
        if self.write:
            names = (
                {}
                if resident_id is not None
                else {k: values[k] for k in ("given_name", "name_prefix", "family_name")}
            )
            row = {
                "resident_id": resident_id,
                "stage_since": clock.today(),
                **names,
                **{k: v for k, v in full.items() if k != "languages"},
            }
            row["_languages"] = full["languages"]
            self.later(Volunteer, ref, row)
        self.volunteers.setdefault(name, ref)
        if resident_id is not None:
            self.by_resident[resident_id] = ref

    def insert_children(self, model, rows: list[dict], ids: list[int]) -> None:
        if model is not Volunteer:
            return
        pairs = list(zip(rows, ids, strict=True))
        languages = [
            {"volunteer_id": vid, "language": code}
            for row, vid in pairs
            for code in row["_languages"]
        ]
        if languages:
            self.session.execute(insert(VolunteerLanguage), languages)
        self.session.execute(
            insert(StageChange),
            [
                {"volunteer_id": vid, "stage": row["stage"], "changed_on": row["stage_since"]}
                for row, vid in pairs
            ],
        )


TARGETS = {"homes": HomeTarget, "residents": ResidentTarget, "volunteers": VolunteerTarget}
