"""Backups of a SQLite database: consistent copies, rotation, listing and restoring.

Copies are made with SQLite's online backup API (never a plain file copy: a live WAL database
is only consistent together with its -wal file), written to a temporary name and renamed, so a
backup in the folder is always complete. Every file is created readable by this user only.
Nothing here imports Qt: the command line and scheduled tasks use it too.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from db import clock
from db.safety import integrity

BACKUP_DIR_NAME = "backups"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_NEWEST = 3  # whatever the calendar says, the last few copies always stay
DAILY, MANUAL, MIGRATION, BEFORE_RESTORE = (
    "dagelijks",
    "handmatig",
    "voor-migratie",
    "voor-terugzetten",
)
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z0-9-]+)\.sqlite$"
)


class BackupError(Exception):
    """A backup or restore could not be made; str() is a Dutch message for the user."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size: int  # bytes
    residents: int | None  # None when the file cannot be read
    activities: int | None

    @property
    def readable(self) -> bool:
        return self.residents is not None


def backups_dir(db_path: Path) -> Path:
    """The backups of a database live in a folder next to it (travel with it, same rights)."""
    return Path(db_path).parent / BACKUP_DIR_NAME


def _private_dir(folder: Path) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(_os_message(exc, folder)) from exc


def _os_message(exc: OSError, where: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return (
            f"De schijf is vol: er kon geen reservekopie worden gemaakt in '{where}'. "
            "Maak ruimte vrij en probeer het opnieuw. Er is niets verloren gegaan."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"Geen schrijfrechten in '{where}': er kon geen reservekopie worden gemaakt. "
            "Kies een andere map of vraag om schrijfrechten."
        )
    return f"De reservekopie in '{where}' is mislukt: {exc.strerror or exc}."


def _sqlite_message(exc: sqlite3.Error, where: Path) -> str:
    text = str(exc).lower()
    if "full" in text:
        return _os_message(OSError(errno.ENOSPC, "vol"), where)
    if "locked" in text or "busy" in text:
        return (
            f"De database is bezet door een ander programma; de reservekopie naar '{where}' "
            "is niet gelukt en er is niets achtergebleven. Probeer het over een minuut opnieuw."
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return _os_message(OSError(errno.EACCES, "geen rechten"), where)
    return f"De reservekopie naar '{where}' is mislukt: {exc}."


def _unique_target(folder: Path, stem: str, reason: str, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stem}-{stamp}-{reason}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stem}-{stamp}-{n}-{reason}.sqlite"
    return target


LOCK_WAIT_S = 3.0  # how long a backup waits for another program's lock before giving up


def copy_database(source: Path, target: Path) -> None:
    """A consistent, self-contained copy (rollback journal, no -wal file needed) at target.

    Written under a temporary name first; target appears only when the copy is complete.
    """
    partial = target.with_name(target.name + ".deel")
    try:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise BackupError(_os_message(exc, target.parent)) from exc
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=LOCK_WAIT_S)
        try:
            # One read transaction for the whole copy: it waits at most LOCK_WAIT_S for another
            # program's lock (the backup API itself would retry without end) and sees one
            # consistent state (no restarts while others write).
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            dest = sqlite3.connect(partial)
            try:
                src.backup(dest)
                # The copy inherits WAL mode from the page header; a backup must stand alone.
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            src.close()
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except sqlite3.Error as exc:
        _discard(partial)
        raise BackupError(_sqlite_message(exc, target.parent)) from exc
    except OSError as exc:
        _discard(partial)
        raise BackupError(_os_message(exc, target.parent)) from exc


def _discard(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def make_backup(
    db_path: Path,
    reason: str = MANUAL,
    to: Path | None = None,
    now: datetime | None = None,
    rotate_after: bool = True,
) -> Path:
    """Back up db_path into its backups folder (rotated) or to `to` (a file or a folder)."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise BackupError(f"De database '{db_path}' bestaat niet; er is niets om te bewaren.")
    now = now or clock.now()
    reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or MANUAL
    if to is None:
        folder = backups_dir(db_path)
        _private_dir(folder)
        target = _unique_target(folder, db_path.stem, reason, now)
    elif to.is_dir():
        target = _unique_target(to, db_path.stem, reason, now)
    else:
        _private_dir(to.parent)
        target = to
    copy_database(db_path, target)
    if to is None and rotate_after:
        rotate(backups_dir(db_path), db_path.stem, now)
    return target


def backup_if_due(db_path: Path, now: datetime | None = None) -> Path | None:
    """The once-a-day backup at start: made only if no backup of today exists yet."""
    now = now or clock.now()
    if any(
        made.date() == now.date()
        for _p, made, _r in _parsed(backups_dir(db_path), Path(db_path).stem)
    ):
        return None
    return make_backup(db_path, DAILY, now=now)


def _parsed(folder: Path, stem: str) -> list[tuple[Path, datetime, str]]:
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite"):
        match = _NAME.match(path.name)
        if match and match["stem"] == stem:
            made = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            found.append((path, made, match["reason"]))
    return sorted(found, key=lambda item: (item[1], item[0].name), reverse=True)


def rotate(
    folder: Path,
    stem: str,
    now: datetime | None = None,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> list[Path]:
    """Keep the newest copy of each of the last `daily` days, `weekly` weeks and `monthly`
    months (plus the newest few); delete the rest. Returns what was deleted."""
    now = now or clock.now()
    found = _parsed(folder, stem)
    keep = {path for path, _made, _reason in found[:KEEP_NEWEST]}
    buckets = [
        (daily, lambda d: d.date(), timedelta(days=daily)),
        (weekly, lambda d: d.isocalendar()[:2], timedelta(weeks=weekly)),
        (monthly, lambda d: (d.year, d.month), timedelta(days=31 * monthly)),
    ]
    for count, bucket_of, span in buckets:
        seen: set = set()
        for path, made, _reason in found:  # newest first: the first of each bucket stays
            bucket = bucket_of(made)
            if bucket not in seen and len(seen) < count and now - made <= span:
                seen.add(bucket)
                keep.add(path)
    removed = []
    for path, _made, _reason in found:
        if path not in keep:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            removed.append(path)
    return removed


def counts(path: Path) -> tuple[int | None, int | None]:
    """(residents, activities) in a database file, read without changing it; None if unreadable."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None, None
    try:
        residents = conn.execute("SELECT count(*) FROM residents").fetchone()[0]
        activities = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        return residents, activities
    except sqlite3.Error:
        return None, None
    finally:
        conn.close()


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of this database, newest first, with what is in them."""
    result = []
    for path, made, reason in _parsed(backups_dir(db_path), Path(db_path).stem):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        residents, activities = counts(path)
        result.append(BackupInfo(path, made, reason, size, residents, activities))
    return result


def describe_reason(reason: str) -> str:
    return {
        DAILY: "dagelijks",
        MANUAL: "handmatig",
        MIGRATION: "voor een update",
        BEFORE_RESTORE: "voor het terugzetten",
    }.get(reason, reason.replace("-", " "))


def verify_backup(path: Path, known_revisions: set[str]) -> None:
    """Refuse a file that is damaged, not ours, or from a newer version of the program."""
    if not Path(path).is_file():
        raise BackupError(f"De reservekopie '{path}' bestaat niet.")
    problems = integrity.check(Path(path), full=True)
    if problems:
        raise BackupError(f"De reservekopie '{path}' is beschadigd en kan niet worden teruggezet.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupError(f"'{path}' is geen reservekopie van Buurtkantoor.") from exc
    if row is None:
        raise BackupError(f"'{path}' is geen reservekopie van Buurtkantoor.")
    if row[0] not in known_revisions:
        raise BackupError(
            f"De reservekopie '{path}' is gemaakt met een nieuwere versie van "
            "Buurtkantoor. Installeer eerst de nieuwste versie."
        )


def restore(backup: Path, db_path: Path, known_revisions: set[str], user: str = "") -> Path | None:
    """Put a backup in place of the database. The current file is backed up first (or, when it
    is damaged, kept aside by the caller).

    The caller holds the single-instance lock. The backup's pages are written into the live
    file through SQLite (one transaction), not swapped in by renaming: a program that still has
    the file open then sees the restored data, and its later commits land in the live file
    instead of a file set aside. A file in use by another program is refused within seconds.
    Returns the backup made of the current file, if there was one.
    """
    backup, db_path = Path(backup), Path(db_path)
    verify_backup(backup, known_revisions)
    safety_copy = None
    if db_path.exists() and db_path.stat().st_size:
        _refuse_if_busy(db_path)
        _checkpoint(db_path)
        safety_copy = make_backup(db_path, BEFORE_RESTORE, rotate_after=False)
    incoming = db_path.with_name(db_path.name + ".terugzetten")
    copy_database(backup, incoming)
    _note_restore(incoming, backup, user)
    try:
        if safety_copy is None:  # nothing there to keep in step with: a plain atomic rename
            os.replace(incoming, db_path)
        else:
            _write_into(incoming, db_path)
    except OSError as exc:
        raise BackupError(_os_message(exc, db_path.parent)) from exc
    except sqlite3.Error as exc:
        raise BackupError(_sqlite_message(exc, db_path.parent)) from exc
    finally:
        _discard(incoming)
    return safety_copy


def _refuse_if_busy(db_path: Path) -> None:
    try:
        conn = sqlite3.connect(db_path, timeout=LOCK_WAIT_S)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.rollback()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupError(
                f"De database '{db_path}' is in gebruik door een ander programma; er is niets "
                "teruggezet. Sluit dat programma en probeer het opnieuw."
            ) from exc
        raise BackupError(_sqlite_message(exc, db_path.parent)) from exc


def _write_into(source: Path, db_path: Path) -> None:
    """Copy source's pages into the live database file in one SQLite transaction."""
    deadline = time.monotonic() + 10 * LOCK_WAIT_S

    def give_up_when_late(_status, _remaining, _total) -> None:
        if time.monotonic() > deadline:  # the backup API would otherwise wait for ever
            raise sqlite3.OperationalError("database is locked")

    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(db_path, timeout=LOCK_WAIT_S)
        try:
            src.backup(dest, progress=give_up_when_late)
            dest.execute("PRAGMA journal_mode=WAL")
            dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dest.close()
    finally:
        src.close()


def _checkpoint(db_path: Path) -> None:
    """Fold the -wal file into the database so the file on disk is the whole truth."""
    try:
        conn = sqlite3.connect(db_path, timeout=5.0)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass  # a damaged file cannot be checkpointed; its backup copies what can be read


def _note_restore(path: Path, backup: Path, user: str) -> None:
    """The audit trail of the restored database says it was restored, by whom and from what."""
    from db.safety.audit import current_user

    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(
                "INSERT INTO audit_log (at, user, action, object_type, object_id, changes) "
                "VALUES (?, ?, 'restore', 'Database', NULL, ?)",
                (
                    clock.now().isoformat(sep=" "),
                    user or current_user(),
                    json.dumps({"note": f"teruggezet uit {backup.name}"}, ensure_ascii=False),
                ),
            )
    finally:
        conn.close()
