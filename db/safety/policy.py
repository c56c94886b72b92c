"""One opening policy for the window and the command line.

lock → network-drive warning → open → damaged? → the newest good backup to offer. The data layer
walks these steps and returns an `Opening`; the window turns it into dialogs, the command line
into a printed line and an exit code. The lock itself is handed in (the window's lock is Qt's
QLockFile, and the data layer never imports Qt).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from db.engine import Database, sqlite_path
from db.safety import integrity, recovery
from db.safety.backup import BackupInfo
from db.safety.opening import DatabaseDamaged, DatabaseError, open_database


class Lock(Protocol):
    def acquire(self) -> bool: ...
    def holder(self) -> str: ...
    def release(self) -> None: ...


@dataclass
class Opening:
    """What happened; exactly one of db, held_by, damaged or error describes the outcome."""

    path: Path | None = None  # None: a shared server, which handles its own concurrent users
    db: Database | None = None
    lock: Lock | None = None
    held_by: str = ""  # another program has the file open: where
    network_drive: bool = False
    damaged: bool = False
    good_backup: BackupInfo | None = None  # when damaged: the newest backup that passes a check
    error: str = ""  # why it cannot be opened, in Dutch

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def open_with_policy(
    url: str, make_lock: Callable[[Path], Lock] | None = None, **open_options
) -> Opening:
    """Open `url` the one way; `make_lock` is None for verbs that only read."""
    opening = Opening(path=sqlite_path(url))
    if opening.path is not None:
        if make_lock is not None:
            taken = _take_lock(opening.path, make_lock)
            if isinstance(taken, str):
                return Opening(path=opening.path, held_by=taken)
            opening.lock = taken
        opening.network_drive = integrity.is_network_path(opening.path)
    _open(url, opening, open_options)
    return opening


def _take_lock(path: Path, make_lock: Callable[[Path], Lock]) -> Lock | str | None:
    """The lock; who holds it when someone else does; None when no lock can be made here
    (a read-only folder: opening then says what is wrong)."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    lock = make_lock(path)
    if lock.acquire():
        return lock
    return lock.holder() or None


def _open(url: str, opening: Opening, options: dict) -> None:
    try:
        opening.db = open_database(url, **options)
    except DatabaseDamaged:
        opening.damaged = True
        opening.good_backup = recovery.newest_good_backup(opening.path) if opening.path else None
    except DatabaseError as exc:
        opening.error = str(exc)
    if opening.db is None and not opening.damaged:
        opening.release()
