"""`buurtkantoor import residents|homes|volunteers FILE [--skip-invalid] [--errors FILE]`.

The same checks and report as the wizard. A file with wrong rows imports nothing unless
--skip-invalid is given; then the good rows are imported and the rest reported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands import CommandFailed, opened, say

if TYPE_CHECKING:
    from db.transfer import importing

EXIT_BAD_ROWS = 3
# The kinds of db.transfer.importing.KINDS (a test keeps them equal): --help must not import
# the readers and the database layer just to list three words.
KINDS = ("residents", "homes", "volunteers")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "import",
        help="importeer bewoners, woningen of vrijwilligers uit .xlsx of .csv",
        description="Leest een Excel- of CSV-bestand; de kolommen worden herkend aan hun kopjes "
        "(Nederlands of Engels). Bestaande woningen (postcode + huisnummer) en "
        "bewoners (naam + geboortejaar) worden bijgewerkt in plaats van verdubbeld.",
    )
    parser.add_argument(
        "kind",
        choices=KINDS,
        metavar="SOORT",
        help="residents (bewoners), homes (woningen) of volunteers (vrijwilligers)",
    )
    parser.add_argument("file", type=Path, metavar="BESTAND", help=".xlsx- of .csv-bestand")
    parser.add_argument(
        "--skip-invalid", action="store_true", help="importeer de goede rijen en sla de foute over"
    )
    parser.add_argument(
        "--errors",
        type=Path,
        metavar="BESTAND",
        help="schrijf de foute rijen met een kolom 'fout' naar dit .xlsx- of .csv-bestand",
    )
    parser.set_defaults(run=run)


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve() or (other.exists() and one.samefile(other))
    except OSError:
        return False


def run(args, url: str) -> int:
    from db.services import ServiceError
    from db.transfer import importing
    from db.transfer.importing.mapping import field, missing_required
    from db.validation import Invalid

    if args.errors is not None and _same_file(args.file, args.errors):
        raise CommandFailed(
            f"--errors wijst naar het bestand dat u importeert ('{args.file}'); dat zou uw "
            "bronbestand overschrijven. Kies een andere naam voor het foutenbestand.",
            2,
        )
    try:
        table = importing.read_table(args.file, importing.known_headers())
    except Invalid as exc:
        raise CommandFailed(str(exc)) from exc
    mapping = importing.guess(args.kind, table.headers)
    missing = missing_required(args.kind, mapping)
    if missing:
        names = ", ".join(f.label for f in missing)
        raise CommandFailed(
            f"Geen kolom gevonden voor: {names}. Kolommen in het bestand: "
            f"{', '.join(table.headers)}."
        )
    for key, column in mapping.items():
        say(f"  {table.headers[column]} → {field(args.kind, key).label}")
    with opened(url, write=True) as db:
        plan = importing.make_plan(db, args.kind, table, mapping, source_name=args.file.name)
        for line in plan.report_lines():
            print(line)
        if args.errors and plan.bad_rows:
            _write_errors(plan, args.errors)
        if plan.bad_rows and not args.skip_invalid:
            print(
                f"Niets geïmporteerd: {len(plan.bad_rows)} van de {len(plan.outcomes)} rijen "
                "bevatten fouten. Verbeter ze, of gebruik --skip-invalid om alleen de goede "
                "rijen te importeren."
            )
            return EXIT_BAD_ROWS
        try:
            result = importing.run_import(
                db,
                plan,
                skip_invalid=args.skip_invalid,
                progress=lambda label, done, total: say(f"  {label} ({done}/{total})"),
            )
        except ServiceError as exc:
            raise CommandFailed(str(exc)) from exc
    if result.backup:
        print(f"Reservekopie gemaakt: {result.backup}")
    print(f"Geïmporteerd uit {args.file.name}: {plan_summary(result)}.")
    return 0


def plan_summary(result: importing.ImportResult) -> str:
    c = result.counts
    text = (
        f"{c['new']} nieuw, {c['update']} bijgewerkt, {c['same']} ongewijzigd, "
        f"{c['error']} overgeslagen"
    )
    return text + (f", {result.new_homes} nieuwe woningen" if result.new_homes else "")


def _write_errors(plan: importing.ImportPlan, path: Path) -> None:
    from db.transfer import importing
    from db.validation import Invalid

    try:
        importing.write_error_file(plan, path)
    except Invalid as exc:
        raise CommandFailed(str(exc)) from exc
    print(f"De foute rijen staan in {path}.")
