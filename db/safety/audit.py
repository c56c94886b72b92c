"""Audit trail: every create, change and delete made through a session is recorded.

Hooked on the session factory, so services cannot forget it: after_flush for ORM objects,
do_orm_execute for UPDATE/DELETE/INSERT statements run through the session (the rows they touch
are read before and after). Sensitive values are masked: the log says a note changed, never
what it said.
"""

from __future__ import annotations

import enum
import getpass
import json
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Table, event, insert, inspect, select, tuple_
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from db import clock, live
from db.models import (
    Attachment,
    AuditEntry,
    Base,
    ContactMoment,
    Resident,
    Signal,
    Volunteer,
)

MASK = "***"
SENSITIVE: dict[type, set[str]] = {
    Resident: {"notes", "support_flags"},
    ContactMoment: {"note"},
    Signal: {"subject"},
    Volunteer: {"notes", "interview_notes"},
    # A receipt or signature list is personal data, and bytes have no place in a JSON log.
    Attachment: {"content"},
}
SKIPPED = {"created_at", "updated_at", "version"}
# Link tables have no model; which of their columns say something sensitive.
LINK_SENSITIVE = {"resident_support_flags": {"flag_id"}}
# session.info key: the caller writes its own entries for its statements (the bulk import).
UNAUDITED = "audit.unaudited"


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (e.g. a service account without passwd entry)
        return "onbekend"


def acting_user(session: Session) -> str:
    """On a shared server each staff member connects with their own login: that is who acted.
    On SQLite (one desk) it is the computer's login name."""
    bind = session.get_bind()
    if bind.dialect.name == "postgresql" and bind.url.username:
        return bind.url.username
    return current_user()


def install(factory: sessionmaker) -> None:
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _statement)


def _after_flush(session: Session, _context) -> None:
    now = clock.now()
    user = session.info.get("audit_user") or acting_user(session)
    rows = []
    for action, objects in (
        ("create", session.new),
        ("update", session.dirty),
        ("delete", session.deleted),
    ):
        for obj in objects:
            if isinstance(obj, AuditEntry):
                continue
            changes = _changes(obj, action) if action != "delete" else {}
            if action == "update" and not changes:
                continue
            rows.append(
                {
                    "at": now,
                    "user": user,
                    "action": action,
                    "object_type": type(obj).__name__,
                    "object_id": _identity(obj),
                    "changes": json.dumps(changes, ensure_ascii=False),
                }
            )
    if rows:
        session.connection().execute(insert(AuditEntry), rows)
        live.announce(session.connection(), rows)  # other desks refresh once this commits


def _statement(state: ORMExecuteState):
    """Audit an UPDATE, DELETE or INSERT statement: read the rows before and after."""
    if not (state.is_update or state.is_delete or state.is_insert):
        return None
    table = state.statement.table
    if not isinstance(table, Table) or table.name == AuditEntry.__tablename__:
        return None
    session = state.session
    if session.info.get(UNAUDITED):
        return None
    keys = list(table.primary_key.columns)
    if state.is_insert:
        result = state.invoke_statement()
        _core_inserts(session, table, state)
        return result
    where = state.statement.whereclause
    query = select(table) if where is None else select(table).where(where)
    conn = session.connection()
    before = {tuple(r[c.name] for c in keys): dict(r) for r in conn.execute(query).mappings()}
    result = state.invoke_statement()
    if not before:
        return result
    after = {}
    if state.is_update:
        key_of = tuple_(*keys) if len(keys) > 1 else keys[0]
        wanted = list(before) if len(keys) > 1 else [k[0] for k in before]
        for chunk in range(0, len(wanted), 500):
            rows = conn.execute(select(table).where(key_of.in_(wanted[chunk : chunk + 500])))
            after.update({tuple(r[c.name] for c in keys): dict(r) for r in rows.mappings()})
    name, masked = _describe(table)
    entries = []
    for key, old in before.items():
        new = after.get(key, {})
        if state.is_update:
            changes = {
                c: _masked(c in masked, old[c], new.get(c))
                for c in old
                if c not in SKIPPED and old[c] != new.get(c)
            }
            if not changes:
                continue
        else:  # a link row has no id of its own: say which two records were unlinked
            changes = {} if len(keys) == 1 else {c: [_plain(old[c]), None] for c in old}
        entries.append(
            _entry(session, "update" if state.is_update else "delete", name, key, changes)
        )
    if entries:
        conn.execute(insert(AuditEntry), entries)
    return result


def _core_inserts(session: Session, table: Table, state: ORMExecuteState) -> None:
    params = state.parameters
    rows = params if isinstance(params, list) else [params] if params else []
    compiled = state.statement.compile().params if not rows else {}
    rows = rows or [compiled]
    name, masked = _describe(table)
    keys = [c.name for c in table.primary_key.columns]
    entries = []
    for row in rows:
        changes = {
            str(k): _masked(str(k) in masked, None, v)
            for k, v in row.items()
            if v not in (None, "")
        }
        key = tuple(row.get(k) for k in keys)
        entries.append(_entry(session, "create", name, key, changes))
    if entries:
        session.connection().execute(insert(AuditEntry), entries)


def _describe(table: Table) -> tuple[str, set[str]]:
    """The model name of a table (or the table's own name for a link table) and masked fields."""
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table.name:
            return mapper.class_.__name__, SENSITIVE.get(mapper.class_, set())
    return table.name, LINK_SENSITIVE.get(table.name, set())


def _masked(masked: bool, old, new) -> list:
    if masked:
        return [MASK if old else None, MASK if new else None]
    return [_plain(old), _plain(new)]


def _entry(session: Session, action: str, name: str, key: tuple, changes: dict) -> dict:
    # A link row is filed under its first key column (the resident of resident_languages…),
    # so erasing that person finds it.
    return {
        "at": clock.now(),
        "user": session.info.get("audit_user") or acting_user(session),
        "action": action,
        "object_type": name,
        "object_id": key[0] if key and isinstance(key[0], int) else None,
        "changes": json.dumps(changes, ensure_ascii=False),
    }


def _identity(obj) -> int | None:
    # identity is not set yet for rows inserted by this flush; the primary key already is.
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return key[0] if len(key) == 1 and isinstance(key[0], int) else None


def _changes(obj, action: str) -> dict[str, list]:
    state = inspect(obj)
    masked = SENSITIVE.get(type(obj), set())
    changes: dict[str, list] = {}
    for attr in state.mapper.attrs:
        key = attr.key
        if key in SKIPPED or (key not in state.mapper.columns and key not in masked):
            continue
        hist = state.attrs[key].history
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if action == "create" and new in (None, ""):
            continue
        if key in masked:
            changes[key] = [MASK if old else None, MASK if new else None]
        else:
            changes[key] = [_plain(old), _plain(new)]
    return changes


def _plain(value):
    if isinstance(value, bytes | memoryview):  # never the content itself
        return f"{len(value)} bytes"
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def record(
    session: Session, action: str, object_type: str, object_id: int | None, note: str = ""
) -> None:
    """An entry for actions that are not plain row changes (erase, merge, restore)."""
    session.add(
        AuditEntry(
            at=clock.now(),
            user=session.info.get("audit_user") or acting_user(session),
            action=action,
            object_type=object_type,
            object_id=object_id,
            changes=json.dumps({"note": note}, ensure_ascii=False) if note else "",
        )
    )
