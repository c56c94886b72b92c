"""`buurtkantoor ics [ID ...] -o FILE`: activities as an .ics file for Outlook or another agenda."""

from __future__ import annotations

from pathlib import Path

from desktop.commands import CommandFailed, opened


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "ics",
        help="zet activiteiten in een agendabestand (.ics)",
        description="Zonder nummers: alle activiteiten die nog niet voorbij zijn.",
    )
    parser.add_argument(
        "event_ids", type=int, nargs="*", metavar="ID", help="nummer(s) van de activiteit(en)"
    )
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="BESTAND")
    parser.set_defaults(run=run)


def run(args, url: str) -> int:
    from db.services import ServiceError
    from db.services.events.ics import ics_bytes, upcoming_ids

    with opened(url) as db:
        try:
            ids = args.event_ids or upcoming_ids(db)
            data = ics_bytes(db, ids)
        except ServiceError as exc:
            raise CommandFailed(str(exc)) from exc
    try:
        args.output.write_bytes(data)
    except OSError as exc:
        raise CommandFailed(f"Kan '{args.output}' niet schrijven: {exc.strerror}.") from exc
    print(f"{args.output} geschreven: {len(ids)} activiteit(en).")
    return 0
