"""`buurtkantoor check`: the full integrity check; exit code 1 when the file is damaged."""

from __future__ import annotations

from db.safety import integrity, recovery
from desktop.commands import CommandFailed
from desktop.commands.backup import database_file

MAX_SHOWN = 20


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "check",
        help="controleer de database op beschadiging",
        description="Voert de volledige controle van SQLite uit (integrity_check en verwijzingen). "
        "Het bestand wordt alleen gelezen. Eindigt met code 1 als het beschadigd is.",
    )
    parser.set_defaults(run=run)


def run(args, url: str) -> int:
    path = database_file(url)
    problems = integrity.check(path, full=True)
    if problems:
        shown = "\n".join(f"  - {p}" for p in problems[:MAX_SHOWN])
        more = f"\n  ... en nog {len(problems) - MAX_SHOWN}" if len(problems) > MAX_SHOWN else ""
        good = recovery.newest_good_backup(path)
        advice = (
            f'Zet de nieuwste goede reservekopie terug met:\n  buurtkantoor --db "{path}" restore '
            f'"{good.path}"'
            if good
            else "Er is geen goede reservekopie gevonden."
        )
        raise CommandFailed(f"De database '{path}' is beschadigd:\n{shown}{more}\n{advice}", 1)
    if integrity.is_network_path(path):
        print(
            "Let op: de database staat op een netwerkschijf. Daar is SQLite niet betrouwbaar; "
            "gebruik voor meerdere werkplekken de gedeelde server (PostgreSQL)."
        )
    print(f"De database '{path}' is in orde.")
    return 0
