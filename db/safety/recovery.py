"""A damaged database file: never repaired in place or overwritten, but renamed aside (so an
expert can still rescue what is in it), and the newest good backup put in its place. No Qt here.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from db import clock
from db.safety import backup, integrity


def keep_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (with its -wal/-shm) to '<name>.beschadigd-<moment>'."""
    stamp = (now or clock.now()).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.beschadigd-{stamp}{path.suffix}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.stem}.beschadigd-{stamp}-{n}{path.suffix}")
    try:
        os.replace(path, aside)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + suffix))
    except OSError as exc:
        raise backup.BackupError(
            f"Het beschadigde bestand '{path}' kan niet opzij worden gezet: {exc.strerror}."
        ) from exc
    return aside


def newest_good_backup(db_path: Path) -> backup.BackupInfo | None:
    """The most recent backup that passes the full integrity check."""
    for info in backup.list_backups(db_path):
        if info.readable and not integrity.check(info.path, full=True):
            return info
    return None


def replace_damaged(db_path: Path, good: Path, known_revisions: set[str]) -> Path:
    """Keep the damaged file aside, put the good backup in its place; return the aside path."""
    backup.verify_backup(good, known_revisions)
    aside = keep_aside(db_path)
    try:
        backup.restore(good, db_path, known_revisions)
    except backup.BackupError:
        if not db_path.exists():  # put the damaged file back rather than leave nothing
            with contextlib.suppress(OSError):
                os.replace(aside, db_path)
        raise
    return aside
