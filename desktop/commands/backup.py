"""`buurtkantoor backup [--to PAD]`: a consistent copy now (for scheduled tasks), rotated."""

from __future__ import annotations

from pathlib import Path

from desktop.commands import CommandFailed


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="maak nu een reservekopie van de database",
        description="Maakt een consistente reservekopie (ook terwijl Buurtkantoor open is). Zonder "
        "--to komt hij in de map 'backups' naast de database, waar oude kopieën worden "
        "opgeruimd (7 dagelijkse, 4 wekelijkse, 12 maandelijkse).",
    )
    parser.add_argument("--to", type=Path, metavar="PAD", help="bestand of map voor de kopie")
    parser.set_defaults(run=run)


def database_file(url: str) -> Path:
    from db.engine import sqlite_path

    path = sqlite_path(url)
    if path is None:
        raise CommandFailed(
            "Reservekopieën maakt Buurtkantoor alleen van een SQLite-bestand. Maak van "
            "een PostgreSQL-server een kopie met pg_dump.",
            2,
        )
    if not path.is_file():
        raise CommandFailed(f"De database '{path}' bestaat niet.", 2)
    return path


def run(args, url: str) -> int:
    from db.safety import backup

    path = database_file(url)
    try:
        target = backup.make_backup(path, backup.MANUAL, to=args.to)
    except backup.BackupError as exc:
        raise CommandFailed(str(exc)) from exc
    residents, activities = backup.counts(target)
    print(f"Reservekopie gemaakt: {target} ({residents} bewoners, {activities} activiteiten).")
    return 0
