"""Command-line verbs, one module each: `add_parser(subparsers)` registers it and sets
`run=function(args, url) -> exit code`. Modules here must not import Qt widgets: verbs run on
servers and in scheduled tasks without a screen. Nor may they import the database layer or
reportlab at the top: `--help` registers every verb, and each verb pays only for what it uses."""

from __future__ import annotations

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
    """The migrated database, opened the window's way (db.safety.policy): a writing verb first
    takes the window's lock (CommandFailed(3) while someone holds it); a file that cannot be
    used stops the verb with the reason (CommandFailed(2)), naming the backup to restore when it
    is damaged."""
    from db.safety import policy

    opening = policy.open_with_policy(url, _window_lock() if write else None)
    if opening.held_by:
        raise CommandFailed(
            f"Buurtkantoor heeft deze database open op {opening.held_by}. "
            "Er is niets gewijzigd. Sluit het programma en probeer het opnieuw.",
            EXIT_LOCKED,
        )
    try:
        if opening.network_drive:
            say(
                "Let op: de database staat op een netwerkschijf. SQLite kan bestanden daar niet "
                "betrouwbaar vergrendelen; gebruik voor meerdere werkplekken de gedeelde server."
            )
        if opening.damaged:
            raise CommandFailed(_damaged_message(opening), 2)
        if opening.db is None:
            raise CommandFailed(opening.error, 2)
        yield opening.db
    finally:
        if opening.db is not None:
            opening.db.dispose()
        opening.release()


def _window_lock():
    try:
        from desktop.safety.lock import InstanceLock  # QtCore's QLockFile, as the window uses
    except ImportError:  # a server install without Qt: no window here to collide with
        return None
    return InstanceLock


def _damaged_message(opening) -> str:
    text = f"De database {opening.path} is beschadigd; er is niets gewijzigd."
    if opening.good_backup is None:
        return text + " Er staat geen goede reservekopie naast. Vraag om hulp."
    made = opening.good_backup.made_at.strftime("%d-%m-%Y %H:%M")
    return (
        f"{text} De nieuwste goede reservekopie is van {made}: zet die terug met "
        f"'buurtkantoor restore {opening.good_backup.path}'."
    )


def say(message: str) -> None:
    print(message, file=sys.stderr)
