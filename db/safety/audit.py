"""Audit trail: every create, change and delete made through an ORM session is recorded.

Hooked on the session factory (after_flush), so services cannot forget it. Sensitive
values are masked: the log says a note changed, never what it said.
"""

from __future__ import annotations

import enum
import getpass
import json
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from db import clock
from db.models import AuditEntry, ContactMoment, Resident, Signal, Volunteer

MASK = "***"
SENSITIVE: dict[type, set[str]] = {
    Resident: {"notes", "support_flags"},
    ContactMoment: {"note"},
    Signal: {"subject"},
    Volunteer: {"notes", "interview_notes"},
}
SKIPPED = {"created_at", "updated_at"}


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (e.g. a service account without passwd entry)
        return "onbekend"


def install(factory: sessionmaker) -> None:
    event.listen(factory, "after_flush", _after_flush)


def _after_flush(session: Session, _context) -> None:
    now = clock.now()
    user = session.info.get("audit_user") or current_user()
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
            user=session.info.get("audit_user") or current_user(),
            action=action,
            object_type=object_type,
            object_id=object_id,
            changes=json.dumps({"note": note}, ensure_ascii=False) if note else "",
        )
    )
