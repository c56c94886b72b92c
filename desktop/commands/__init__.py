"""Command-line verbs, one module each: `add_parser(subparsers)` registers it and sets
`run=function(args, url) -> exit code`. Modules here must not import Qt widgets: verbs run on
servers and in scheduled tasks without a screen. Nor may they import the database layer or
reportlab at the top: `--help` registers every verb, and each verb pays only for what it uses."""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.services import Database

EXIT_LOCKED = 3  # another Buurtkantoor or program holds the database: nothing was done


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
def instance_lock(url: str) -> Iterator[None]:
    """The lock the window takes, for verbs that write (import, demo, restore); a shared
    PostgreSQL server handles its own concurrent users."""
    from db.engine import sqlite_path

    path = sqlite_path(url)
    if path is None or not path.parent.is_dir():
        yield
        return
    try:
        from desktop.safety.lock import InstanceLock  # QtCore's QLockFile, as the window uses
    except ImportError:  # a server install without Qt: no window here to collide with
        yield
        return
    lock = InstanceLock(path)
    try:
        if not lock.acquire():
            raise CommandFailed(
                f"Buurtkantoor heeft deze database open op {lock.holder() or 'een andere plek'}. "
                "Er is niets gewijzigd. Sluit het programma en probeer het opnieuw.",
                EXIT_LOCKED,
            )
        yield
    finally:
        lock.release()


@contextmanager
def opened(url: str, write: bool = False) -> Iterator[Database]:
    """The migrated database, or CommandFailed(2) with the reason it cannot be used; a writing
    verb first takes the instance lock (CommandFailed(3) when someone else holds it)."""
    from db.safety.opening import DatabaseError, open_database

    with contextlib.ExitStack() as stack:
        if write:
            stack.enter_context(instance_lock(url))
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
