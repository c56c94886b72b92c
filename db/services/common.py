"""Shared service plumbing: list queries and pages, errors, and a small CRUD helper."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.exc import StaleDataError

from db.engine import Database
from db.errors import ServiceError
from db.models import AuditEntry
from db.validation import Invalid

VERSION = "version"
T = TypeVar("T")
D = TypeVar("D")


class NotFound(ServiceError):
    pass


@dataclass(frozen=True)
class FieldDifference:
    """One field as the other desk saved it (theirs) and as this desk wants it (yours)."""

    field: str
    theirs: Any
    yours: Any


class StaleRecord(ServiceError):
    """Another desk saved this record after the editor loaded it; nothing of this save was kept.

    Carries the record's current version (to save over it on purpose) and the fields that
    differ, so the editor can show "field: theirs → yours".
    """

    def __init__(
        self,
        label: str,
        obj_id: int | None,
        current_version: int | None = None,
        differences: list[FieldDifference] | None = None,
        changed_by: str = "",
        changed_at: Any = None,
        object_type: str = "",
    ):
        super().__init__(
            f"{label} is intussen op een andere werkplek gewijzigd; "
            "uw wijzigingen zijn nog niet opgeslagen."
        )
        self.label = label
        self.obj_id = obj_id
        self.current_version = current_version
        self.differences = differences or []
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.object_type = object_type


@dataclass(frozen=True)
class ListQuery:
    text: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str = ""
    descending: bool = False
    offset: int = 0
    limit: int | None = None


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    total: int


# Constraint fragments (as SQLite and PostgreSQL word them) → what the user should read.
CONSTRAINT_MESSAGES = [
    ("homes.postcode", "Dit adres bestaat al (postcode, huisnummer, letter en toevoeging)."),
    ("uq_homes_postcode", "Dit adres bestaat al (postcode, huisnummer, letter en toevoeging)."),
    ("complexes.name", "Er is al een complex met deze naam."),
    ("uq_complexes_name", "Er is al een complex met deze naam."),
    ("volunteers.resident_id", "Deze bewoner is al als vrijwilliger geregistreerd."),
    ("uq_volunteers_resident_id", "Deze bewoner is al als vrijwilliger geregistreerd."),
    ("registrations.event_id", "Deze bewoner is al aangemeld voor deze activiteit."),
    ("uq_registrations_event_id", "Deze bewoner is al aangemeld voor deze activiteit."),
    ("end_after_start", "Het einde moet na het begin liggen."),
    ("move_out_after_in", "De verhuisdatum moet na de datum van intrek liggen."),
    ("not_negative", "Bedragen en aantallen mogen niet negatief zijn."),
    ("FOREIGN KEY", "Dit kan niet: er zijn nog gegevens aan gekoppeld."),
    ("foreign key", "Dit kan niet: er zijn nog gegevens aan gekoppeld."),
    ("UNIQUE", "Dit bestaat al."),
]


def integrity_message(exc: IntegrityError) -> str:
    text = str(exc.orig)
    for fragment, message in CONSTRAINT_MESSAGES:
        if fragment in text:
            return message
    return "Opslaan is geweigerd omdat de gegevens niet kloppen; er is niets gewijzigd."


@contextmanager
def unit_of_work(db: Database) -> Iterator[Session]:
    """A transaction whose database refusals come out as a Dutch ServiceError."""
    try:
        with db.transaction() as session:
            yield session
    except IntegrityError as exc:
        raise ServiceError(integrity_message(exc)) from exc
    except OperationalError as exc:  # disk full, locked, read-only: nothing of this unit was saved
        from db.safety.integrity import explain

        message = explain(exc)
        if message is None:
            raise
        raise ServiceError(message) from exc
    except Invalid as exc:
        raise ServiceError(str(exc)) from exc
    except StaleDataError as exc:  # a versioned row changed between our read and our write
        raise StaleRecord("Dit gegeven", None) from exc


def last_change(
    session: Session, object_type: str, object_id: int | None
) -> tuple[str, datetime | None]:
    """Who last changed this record and when (for "Gewijzigd door … om 14:02")."""
    row = session.execute(
        select(AuditEntry.user, AuditEntry.at)
        .where(AuditEntry.object_type == object_type, AuditEntry.object_id == object_id)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else ("", None)


def paged(session: Session, stmt: Select, query: ListQuery, convert: Callable) -> Page:
    total = session.execute(
        select(func.count()).select_from(stmt.order_by(None).subquery())
    ).scalar_one()
    if query.offset:
        stmt = stmt.offset(query.offset)
    if query.limit is not None:
        stmt = stmt.limit(query.limit)
    return Page([convert(row) for row in session.execute(stmt)], total)


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def order(stmt: Select, columns: dict[str, Any], query: ListQuery, default: list) -> Select:
    """Sort on a whitelisted column, with the default order as a stable tie-breaker."""
    chosen = columns.get(query.sort)
    if chosen is None:
        return stmt.order_by(*default)
    chosen = chosen.desc() if query.descending else chosen.asc()
    return stmt.order_by(chosen, *default)


class Crud(Generic[D]):
    """get/create/update/delete of one model through a dataclass of the same field names."""

    def __init__(
        self, model: type, data_cls: type[D], label: str, normalise: Callable[[D], D] | None = None
    ):
        self.model = model
        self.data_cls = data_cls
        self.label = label
        self.normalise = normalise or (lambda data: data)

    def fields(self) -> list[str]:
        return [f.name for f in dataclasses.fields(self.data_cls) if f.name not in ("id", VERSION)]

    def prepare(self, data: D) -> D:
        """Validated, normalised data; bad input becomes a ServiceError before any write."""
        try:
            return self.normalise(data)
        except Invalid as exc:
            raise ServiceError(str(exc)) from exc

    def load(self, session: Session, obj_id: int):
        obj = session.get(self.model, obj_id)
        if obj is None:
            raise NotFound(f"{self.label} {obj_id} bestaat niet (meer).")
        return obj

    def to_data(self, obj) -> D:
        data = self.data_cls(id=obj.id, **{name: getattr(obj, name) for name in self.fields()})
        if hasattr(data, VERSION):
            data.version = obj.version
        return data

    def guard(self, obj, data: D) -> None:
        """Refuse a save over a version the editor never saw; raise the counter either way.

        A data object without a version (CLI, older callers) is not checked but still raises
        the counter, so an editor holding the old version is refused afterwards.
        """
        if not hasattr(obj, VERSION):  # rows edited only through their parent (contact moments)
            return
        expected = getattr(data, VERSION, None)
        if expected is not None and expected != obj.version:
            raise self.stale(obj, data)
        obj.version = obj.version + 1  # also when only linked rows (languages, lines) change

    def stale(self, obj, data: D) -> StaleRecord:
        theirs = self.to_data(obj)
        differences = [
            FieldDifference(f.name, getattr(theirs, f.name), getattr(data, f.name))
            for f in dataclasses.fields(self.data_cls)
            if f.name not in ("id", VERSION) and getattr(theirs, f.name) != getattr(data, f.name)
        ]
        who, when = last_change(object_session(obj), type(obj).__name__, obj.id)
        return StaleRecord(
            self.label, obj.id, obj.version, differences, who, when, type(obj).__name__
        )

    @contextmanager
    def saving(self, db: Database, obj_id: int, data: D) -> Iterator[tuple[Session, Any]]:
        """The unit of work of an editor's save: the record loaded and its version checked.

        The version is checked twice: here against what the editor loaded, and by the UPDATE
        itself (WHERE version = …), which catches a desk committing between our read and write.
        """
        try:
            with unit_of_work(db) as session:
                obj = self.load(session, obj_id)
                self.guard(obj, data)
                yield session, obj
        except StaleRecord as exc:
            if exc.obj_id is not None:
                raise
            with db.reading() as session:
                raise self.stale(self.load(session, obj_id), data) from exc

    def get(self, db: Database, obj_id: int) -> D:
        with db.reading() as session:
            return self.to_data(self.load(session, obj_id))

    def create(self, db: Database, data: D) -> int:
        data = self.prepare(data)
        with unit_of_work(db) as session:
            obj = self.model(**{name: getattr(data, name) for name in self.fields()})
            session.add(obj)
            session.flush()
            return obj.id

    @contextmanager
    def editing(
        self, db: Database, data: D, new: Callable[[], Any] | None = None
    ) -> Iterator[tuple[Session, Any]]:
        """Create-or-update in one unit of work: a new record, or the saved one version-checked."""
        obj_id = getattr(data, "id", None)
        if obj_id:
            with self.saving(db, obj_id, data) as pair:
                yield pair
            return
        with unit_of_work(db) as session:
            obj = new() if new else self.model()
            session.add(obj)
            yield session, obj

    def update(self, db: Database, obj_id: int, data: D) -> None:
        data = self.prepare(data)
        with self.saving(db, obj_id, data) as (_session, obj):
            for name in self.fields():
                setattr(obj, name, getattr(data, name))

    def delete(self, db: Database, obj_id: int) -> None:
        with unit_of_work(db) as session:
            session.delete(self.load(session, obj_id))


class ChildCrud(Crud[D]):
    """CRUD for rows that belong to a parent (cost lines of an application, shifts of an event)."""

    def __init__(
        self,
        model: type,
        data_cls: type[D],
        label: str,
        parent_key: str,
        normalise: Callable[[D], D] | None = None,
        order_by: str = "id",
    ):
        super().__init__(model, data_cls, label, normalise)
        self.parent_key = parent_key
        self.order_by = order_by

    def list_for(self, db: Database, parent_id: int) -> list[D]:
        with db.reading() as session:
            stmt = (
                select(self.model)
                .where(getattr(self.model, self.parent_key) == parent_id)
                .order_by(getattr(self.model, self.order_by), self.model.id)
            )
            return [self.to_data(obj) for obj in session.scalars(stmt)]
