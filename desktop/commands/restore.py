"""`buurtkantoor restore PAD [--yes]`: put a backup back (the current file is backed up first)."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.commands import EXIT_LOCKED, CommandFailed


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="zet een reservekopie terug",
        description="Zet een reservekopie terug in plaats van de database. "
        "Eerst wordt van de huidige "
        "database een reservekopie gemaakt; een beschadigde database wordt opzij gezet. "
        "Buurtkantoor mag op deze database niet geopend zijn.",
    )
    parser.add_argument("backup", type=Path, metavar="PAD", help="de reservekopie die terug moet")
    parser.add_argument("--yes", action="store_true", help="niet om bevestiging vragen")
    parser.set_defaults(run=run)


def _confirm(path: Path, source: Path) -> bool:
    from db.safety import backup

    residents, activities = backup.counts(source)
    print(
        f"De database '{path}' wordt vervangen door de reservekopie '{source}' "
        f"({residents} bewoners, {activities} activiteiten)."
    )
    answer = input("Doorgaan? Typ 'ja' om te bevestigen: ")
    return answer.strip().lower() in ("ja", "j", "yes", "y")


def run(args, url: str) -> int:
    from db.engine import sqlite_path
    from db.safety import backup, integrity, migrate, recovery
    from desktop.safety.lock import InstanceLock

    path = sqlite_path(url)
    if path is None:
        raise CommandFailed(
            "Terugzetten kan alleen bij een SQLite-bestand; gebruik bij PostgreSQL pg_restore.", 2
        )
    known = migrate.known_revisions()
    try:
        backup.verify_backup(args.backup, known)
    except backup.BackupError as exc:
        raise CommandFailed(str(exc), 2) from exc
    if not args.yes:
        if not sys.stdin.isatty():
            raise CommandFailed(
                "Bevestig het terugzetten met --yes (er is geen terminal om het te vragen).", 2
            )
        if not _confirm(path, args.backup):
            print("Niets gewijzigd.")
            return 1
    with InstanceLock(path) as lock:
        if not lock.acquire():
            raise CommandFailed(
                f"Buurtkantoor heeft deze database open op {lock.holder() or 'een andere plek'}. "
                "Sluit het programma en probeer het opnieuw.",
                2,
            )
        try:
            state = integrity.diagnose(path, full=False)[0] if path.exists() else None
            if state == integrity.LOCKED:  # a locked file is not damaged: never set it aside
                raise CommandFailed(
                    f"De database '{path}' is in gebruik door een ander programma; er is niets "
                    "teruggezet. Sluit dat programma en probeer het opnieuw.",
                    EXIT_LOCKED,
                )
            if state == integrity.DAMAGED:
                aside = recovery.replace_damaged(path, args.backup, known)
                print(f"De beschadigde database is bewaard als '{aside}'.")
            else:
                kept = backup.restore(args.backup, path, known)
                if kept:
                    print(f"De vorige database is bewaard als '{kept}'.")
        except backup.BackupError as exc:
            raise CommandFailed(str(exc)) from exc
    print(f"Reservekopie teruggezet in '{path}'.")
    return 0
