"""`buurtkantoor pdf KIND ID -o FILE [--size A4|A5] [--template NAME]`, for batch printing, and
`buurtkantoor pdf voortgang --from DATE --to DATE [--complex ID] -o FILE [--xlsx FILE]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands import CommandFailed, opened
from desktop.reports import MODULES, load


def add_parser(subparsers) -> None:
    # Only the names: the descriptions would import every document (reportlab) for --help.
    kinds = ", ".join(sorted(MODULES))
    parser = subparsers.add_parser(
        "pdf",
        help="maak een PDF-document",
        description=f"Soorten: {kinds}. Het ID is het nummer van het complex, de activiteit, "
        "de aanvraag, de bewoner of de vrijwilliger waarover het document gaat.",
    )
    parser.add_argument("kind", choices=sorted(MODULES), metavar="SOORT", help=kinds)
    parser.add_argument(
        "object_id",
        type=int,
        nargs="?",
        metavar="ID",
        help="nummer van het complex, de activiteit, ... (niet bij voortgang)",
    )
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="BESTAND")
    parser.add_argument(
        "--size", choices=["A4", "A5", "A6"], help="papierformaat (waar het document dat kent)"
    )
    parser.add_argument("--template", metavar="NAAM", help="sjabloon (waar het document dat kent)")
    period = parser.add_argument_group("voortgangsrapportage")
    period.add_argument("--from", dest="period_from", type=_date, metavar="DATUM", help="begin")
    period.add_argument("--to", dest="period_to", type=_date, metavar="DATUM", help="einde")
    period.add_argument("--complex", dest="complex_id", type=int, metavar="ID", help="één complex")
    period.add_argument("--xlsx", type=Path, metavar="BESTAND", help="de cijfers ook als .xlsx")
    parser.set_defaults(run=run)


def _date(text: str):
    from db import validation

    try:
        return validation.parse_date(text)
    except validation.Invalid as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


OPTIONS = ("size", "template", "period_from", "period_to", "complex_id", "xlsx")


def run(args, url: str) -> int:
    from db.services import ServiceError

    doc = load(args.kind)
    unused = [name for name in OPTIONS if getattr(args, name) and name not in doc.options]
    if unused:
        flag = {"period_from": "from", "period_to": "to", "complex_id": "complex"}
        raise CommandFailed(f"'{args.kind}' kent geen optie --{flag.get(unused[0], unused[0])}.")
    options = {name: getattr(args, name) for name in doc.options if getattr(args, name, None)}
    object_id = args.object_id
    if "complex_id" in doc.options:  # a report over a period: the complex is an option
        if object_id is not None:
            raise CommandFailed(f"'{args.kind}' vraagt geen ID; kies een complex met --complex ID.")
        if not (args.period_from and args.period_to):
            raise CommandFailed(f"'{args.kind}' vraagt een periode: --from DATUM --to DATUM.")
        object_id = options.pop("complex_id", None)
    elif object_id is None:
        raise CommandFailed(f"'{args.kind}' vraagt een ID ({doc.subject}).")
    with opened(url) as db:
        try:
            data = doc.render(db, object_id, **options)
        except ServiceError as exc:
            raise CommandFailed(str(exc)) from exc
    try:
        args.output.write_bytes(data)
    except OSError as exc:
        raise CommandFailed(f"Kan '{args.output}' niet schrijven: {exc.strerror}.") from exc
    print(f"{args.output} geschreven ({len(data) // 1024 + 1} kB).")
    for warning in getattr(data, "warnings", ()):
        print(f"Let op: {warning}", file=sys.stderr)
    return 0
