"""The command line: global options, then a verb from desktop/commands (or the window)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop import cli_dutch, commands

if TYPE_CHECKING:
    from db.services import Database


def build_parser() -> argparse.ArgumentParser:
    cli_dutch.install()
    parser = argparse.ArgumentParser(
        prog="buurtkantoor",
        description="Buurtkantoor: complexen, bewoners, vrijwilligers, aanvragen en activiteiten. "
        "Zonder opdracht opent het programmavenster.",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PAD", help="SQLite-databasebestand om te gebruiken")
    where.add_argument(
        "--database-url",
        metavar="URL",
        help="database-URL, bijvoorbeeld postgresql+psycopg://gebruiker@server/buurtkantoor "
        "(ook via de omgevingsvariabele BUURTKANTOOR_DATABASE_URL)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="vul een lege database met demogegevens voordat het venster opent",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="controleer of de installatie compleet is (tijdelijke database, "
        "demogegevens, alle PDF's, vertaling) en stop; uw eigen gegevens "
        "worden niet gebruikt",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for module in commands.modules():
        module.add_parser(subparsers)
    return parser


def run_command(args, url: str) -> int:
    try:
        return args.run(args, url)
    except commands.CommandFailed as exc:
        commands.say(str(exc))
        return exc.code


def fill_demo_if_empty(db: Database, count: int = 2000, seed: int = 1) -> bool:
    """For `--demo`: a newcomer sees something, but an office's own data is never touched."""
    from db import demo
    from db.services import residents

    if residents.count_current(db):
        return False
    demo.generate(db, residents=count, seed=seed)
    return True
