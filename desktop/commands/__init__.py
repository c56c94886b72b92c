"""Command-line verbs, one module each: `add_parser(subparsers)` registers it and sets
`run=function(args, url) -> exit code`. Modules here must not import Qt widgets: verbs run on
servers and in scheduled tasks without a screen."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

from db.services import Database


class CommandFailed(Exception):
    """Stops a verb with a Dutch message on stderr and the given exit code."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def modules() -> list[ModuleType]:
    return [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name)
    ]


@contextmanager
def opened(url: str) -> Iterator[Database]:
    """The migrated database, or CommandFailed(2) with the reason it cannot be used."""
    from db.safety.opening import DatabaseError, open_database

    try:
        db = open_database(url)
    except DatabaseError as exc:
        raise CommandFailed(str(exc), 2) from exc
    try:
        yield db
    finally:
        db.dispose()


def say(message: str) -> None:
    print(message, file=sys.stderr)
