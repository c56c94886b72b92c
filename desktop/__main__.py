"""`buurtkantoor` / `python -m desktop`: parse arguments, then start the window or a command."""

from __future__ import annotations

import argparse
import sys

from db.engine import resolve_url


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="buurtkantoor",
        description="Buurtkantoor: complexen, bewoners, vrijwilligers, aanvragen en activiteiten.",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PAD", help="SQLite-databasebestand om te gebruiken")
    where.add_argument("--database-url", metavar="URL",
                       help="database-URL, bijvoorbeeld postgresql+psycopg://gebruiker@server/buurtkantoor "
                            "(ook via BUURTKANTOOR_DATABASE_URL)")
    parser.add_argument("--demo", action="store_true",
                        help="vul een lege database met demogegevens voordat het venster opent")
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    demo = commands.add_parser("demo", help="vul de database met fictieve demogegevens")
    demo.add_argument("--residents", type=_positive, default=2000, metavar="N", help="aantal bewoners")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="startwaarde (zelfde S = zelfde data)")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen heel getal") from None
    if value < 1:
        raise argparse.ArgumentTypeError("moet minstens 1 zijn")
    return value


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    url = resolve_url(args.db, args.database_url)
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(url, demo=args.demo)
    from db.opening import DatabaseError, open_database

    try:
        db = open_database(url)
    except DatabaseError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        from desktop import cli

        return cli.run_demo(db, args.residents, args.seed)
    finally:
        db.dispose()


if __name__ == "__main__":
    raise SystemExit(main())
