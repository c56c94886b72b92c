"""Live changes between desks on PostgreSQL: each commit announces what it changed (NOTIFY),
and every desk listens on its own connection (LISTEN), so open lists follow within a second.

The announcement is sent inside the writing transaction, so PostgreSQL delivers it only when
that transaction commits, and never for one that rolled back. SQLite has one desk: no-op there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.engine import make_url

CHANNEL = "buurtkantoor_changes"
MAX_IDS = 50  # NOTIFY payloads are limited (8000 bytes); a bulk change announces its kinds only


@dataclass(frozen=True)
class Change:
    """One committed unit of work: which kinds of record, which ids, by whom, when."""

    kinds: frozenset[str]
    ids: dict[str, list[int]]
    user: str
    at: datetime | None
    backend_pid: int


def announce(connection, rows: list[dict]) -> None:
    """Called from the audit hook with its rows (object_type, object_id, user, at)."""
    if connection.dialect.name != "postgresql" or not rows:
        return
    ids: dict[str, list[int]] = {}
    for row in rows:
        if row["object_id"] is not None:
            ids.setdefault(row["object_type"], []).append(row["object_id"])
    payload = {
        "kinds": sorted({row["object_type"] for row in rows}),
        "ids": {kind: found[:MAX_IDS] for kind, found in ids.items()},
        "user": rows[0]["user"],
        "at": rows[0]["at"].isoformat(timespec="seconds"),
    }
    connection.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {"channel": CHANNEL, "payload": json.dumps(payload)},
    )


def conninfo(url: str) -> str:
    """libpq's URI for a SQLAlchemy PostgreSQL URL (the driver name removed)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeListener:
    """A desk's own LISTEN connection; poll() returns what other commits announced meanwhile."""

    def __init__(self, url: str):
        import psycopg  # only PostgreSQL offices need the driver

        self._conn = psycopg.connect(conninfo(url), autocommit=True)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def poll(self) -> list[Change]:
        found = []
        for note in self._conn.notifies(timeout=0, stop_after=None):
            try:
                data = json.loads(note.payload)
                at = datetime.fromisoformat(data["at"]) if data.get("at") else None
                found.append(
                    Change(
                        frozenset(data.get("kinds", [])),
                        {k: list(v) for k, v in data.get("ids", {}).items()},
                        data.get("user", ""),
                        at,
                        note.pid,
                    )
                )
            except (ValueError, KeyError, TypeError):  # not ours or garbled: ignore, never crash
                continue
        return found

    def close(self) -> None:
        self._conn.close()
