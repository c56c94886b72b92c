"""Opening a database safely: refuse what we cannot use, back up, then migrate.

Every refusal happens before anything is written, so a file we do not understand
(locked, read-only, damaged, not ours, or from a newer version) is left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from db.engine import Database, sqlite_path
from db.safety import migrate

SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """Cannot use the database; str() is a Dutch message for the user."""


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseDamaged(DatabaseError):
    """The file is ours but SQLite reports damage: offer the newest good backup."""


def open_database(url: str, *, upgrade: bool = True, quick_check: bool = True) -> Database:
    """quick_check=False: the window's start, which runs the check after the window is up and
    in the background (desktop.shell.startup); damage SQLite meets while opening still counts."""
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path, quick_check)
    db = Database(url)
    try:
        if path is None:  # SQLite files were checked read-only above, before any pragma ran
            _check_version(migrate.current_revision(db.engine), _has_tables(db), db.describe())
        if upgrade:
            _upgrade(db, path)
    except DatabaseError:
        db.dispose()
        raise
    except Exception as exc:
        db.dispose()
        raise DatabaseError(f"De database kan niet worden geopend: {exc}") from exc
    return db


def _check_sqlite_file(path: Path, quick_check: bool = True) -> None:
    if not path.exists():
        _create_private_file(path)
        return
    if path.is_dir():
        raise DatabaseError(f"'{path}' is een map, geen databasebestand.")
    if not os.access(path, os.R_OK):
        raise DatabaseError(f"Het bestand '{path}' kan niet worden gelezen (geen leesrechten).")
    if path.stat().st_size == 0:
        _refuse_empty_file(path)
        return
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise DatabaseError(
            f"'{path}' is geen Buurtkantoor-database of het bestand is beschadigd. "
            "Het bestand is niet gewijzigd. Kies een ander bestand of zet een reservekopie terug."
        )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseError(
            f"De database '{path}' is alleen-lezen (of de map waarin hij staat). "
            "Buurtkantoor moet erin kunnen schrijven. Vraag om schrijfrechten of kopieer het "
            "bestand naar een map waarin u mag schrijven."
        )
    _check_integrity_and_lock(path, quick_check)


def _refuse_empty_file(path: Path) -> None:
    """Zero bytes where the database was: the data is lost, not new. With backups beside it that
    is damage (offer the newest good one); without any, it is a database never filled."""
    from db.safety import recovery

    if recovery.newest_good_backup(path) is not None:
        raise DatabaseDamaged(
            f"De database '{path}' is leeg (0 bytes): de gegevens zijn verloren gegaan. "
            "Het bestand is niet gewijzigd. Zet de nieuwste goede reservekopie terug."
        )


def _create_private_file(path: Path) -> None:
    # Created readable by this user only before SQLite opens it: it holds personal data.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise DatabaseError(
            f"De database '{path}' kan niet worden aangemaakt: {exc.strerror}."
        ) from exc


def _check_integrity_and_lock(path: Path, quick_check: bool = True) -> None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=1.0)
    except sqlite3.Error as exc:
        raise DatabaseError(f"De database '{path}' kan niet worden geopend: {exc}.") from exc
    try:
        row = conn.execute("PRAGMA quick_check").fetchone() if quick_check else ("ok",)
        if row is None or row[0] != "ok":
            raise DatabaseDamaged(
                f"De database '{path}' is beschadigd. Het bestand is niet gewijzigd. "
                "Zet de nieuwste goede reservekopie terug."
            )
        conn.execute("BEGIN IMMEDIATE")
        conn.rollback()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = None
        if "alembic_version" in tables:
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        _check_version(version[0] if version else None, bool(tables), str(path))
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseError(
                f"De database '{path}' is in gebruik door een ander programma of een andere "
                "Buurtkantoor. Sluit dat programma en probeer het opnieuw."
            ) from exc
        raise DatabaseError(f"De database '{path}' kan niet worden gelezen: {exc}.") from exc
    except sqlite3.DatabaseError as exc:
        if "malformed" in str(exc):
            raise DatabaseDamaged(
                f"De database '{path}' is beschadigd. Het bestand is niet gewijzigd. "
                "Zet de nieuwste goede reservekopie terug."
            ) from exc
        raise DatabaseError(
            f"'{path}' is geen Buurtkantoor-database of het bestand is beschadigd. "
            "Het bestand is niet gewijzigd."
        ) from exc
    finally:
        conn.close()


def _check_version(current: str | None, has_tables: bool, where: str) -> None:
    if current is not None and current not in migrate.known_revisions():
        raise DatabaseTooNew(
            "Deze database is gemaakt met een nieuwere versie van Buurtkantoor "
            f"(schemaversie {current}). Installeer de nieuwste versie; "
            "de database is niet gewijzigd."
        )
    if current is None and has_tables:
        raise DatabaseError(
            f"'{where}' bevat gegevens die niet van Buurtkantoor zijn. "
            "Het bestand is niet gewijzigd."
        )


def _has_tables(db: Database) -> bool:
    from sqlalchemy import inspect

    return bool(inspect(db.engine).get_table_names())


def _upgrade(db: Database, path: Path | None) -> None:
    current = migrate.current_revision(db.engine)
    if current == migrate.head_revision():
        return
    if path is not None and current is not None:
        backup_before_migration(db, path, current)
    migrate.upgrade(db.engine)


def backup_before_migration(db: Database, path: Path, revision: str) -> Path:
    """A consistent copy in the backups folder (SQLite's online backup API, safe with WAL)."""
    from db.safety import backup

    try:
        return backup.make_backup(path, f"{backup.MIGRATION}-{revision}")
    except backup.BackupError as exc:
        raise DatabaseError(f"{exc} De database is niet bijgewerkt en niet gewijzigd.") from exc
