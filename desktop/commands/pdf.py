"""`buurtkantoor pdf KIND ID -o FILE [--size A4|A5] [--template NAME]`, for batch printing."""

from __future__ import annotations

import sys
from pathlib import Path

from db.services import ServiceError
from desktop.commands import CommandFailed, opened
from desktop.reports import load_all


def add_parser(subparsers) -> None:
    documents = load_all()
    if not documents:
        return
    kinds = "; ".join(
        f"{d.kind} ({d.subject}): {d.description}"
        for d in sorted(documents.values(), key=lambda d: d.kind)
    )
    parser = subparsers.add_parser("pdf", help="maak een PDF-document", description=kinds or None)
    parser.add_argument("kind", choices=sorted(documents), metavar="SOORT", help=kinds)
    parser.add_argument(
        "object_id", type=int, metavar="ID", help="nummer van het complex, de activiteit, ..."
    )
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="BESTAND")
    parser.add_argument(
        "--size", choices=["A4", "A5", "A6"], help="papierformaat (waar het document dat kent)"
    )
    parser.add_argument("--template", metavar="NAAM", help="sjabloon (waar het document dat kent)")
    parser.set_defaults(run=run)


def run(args, url: str) -> int:
    doc = load_all()[args.kind]
    options = {name: getattr(args, name) for name in doc.options if getattr(args, name, None)}
    unused = [
        name for name in ("size", "template") if getattr(args, name) and name not in doc.options
    ]
    if unused:
        raise CommandFailed(f"'{args.kind}' kent geen optie --{unused[0]}.")
    with opened(url) as db:
        try:
            data = doc.render(db, args.object_id, **options)
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
