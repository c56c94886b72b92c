"""`buurtkantoor check`: the full integrity check. Exit codes: 0 sound, 1 damaged, 2 cannot be
checked (missing, not SQLite), 3 in use by another program, 4 read-only; only 1 says restore."""

from __future__ import annotations

from desktop.commands import EXIT_LOCKED, CommandFailed

MAX_SHOWN = 20
EXIT_READ_ONLY = 4


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "check",
        help="controleer de database op beschadiging",
        description="Voert de volledige controle van SQLite uit (integrity_check en verwijzingen). "
        "Het bestand wordt alleen gelezen. Eindigt met code 0 als het in orde is, 1 als het "
        "beschadigd is, 3 als een ander programma het in gebruik heeft en 4 als het "
        "alleen-lezen is.",
    )
    parser.set_defaults(run=run)


def run(args, url: str) -> int:
    from db.safety import integrity, recovery
    from desktop.commands.backup import database_file

    path = database_file(url)
    state, problems = integrity.diagnose(path, full=True)
    if state == integrity.LOCKED:
        raise CommandFailed(
            f"De database '{path}' is in gebruik door een ander programma en kon nu niet worden "
            "gecontroleerd. Dat betekent niet dat hij beschadigd is: zet géén reservekopie "
            "terug. Probeer het opnieuw als het andere programma klaar is.",
            EXIT_LOCKED,
        )
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
    if state == integrity.READ_ONLY:
        raise CommandFailed(
            f"De database '{path}' is niet beschadigd, maar alleen-lezen (of de map waarin hij "
            "staat): Buurtkantoor kan er niet in schrijven. Vraag om schrijfrechten of kopieer "
            "het bestand naar een map waarin u mag schrijven.",
            EXIT_READ_ONLY,
        )
    print(f"De database '{path}' is in orde.")
    return 0
