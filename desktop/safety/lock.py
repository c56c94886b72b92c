"""One Buurtkantoor per database file: a lock file next to the database (QLockFile).

QLockFile records the process id and host, so a lock left behind by a crash is recognised as
stale and taken over instead of locking the office out. Only QtCore: the command line uses it too.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile

STALE_AFTER_MS = 0  # never time out a live lock; a dead owner is detected by its process id


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


class InstanceLock:
    """Held while a window (or a restore) uses the database; released on close."""

    def __init__(self, db_path: Path):
        self.path = lock_path(db_path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(STALE_AFTER_MS)

    def acquire(self) -> bool:
        """True when this process now holds the lock (a stale lock of a dead process is removed)."""
        if not self._lock.tryLock(100):
            return False
        with contextlib.suppress(OSError):  # it names this computer and process: ours only
            os.chmod(self.path, 0o600)
        return True

    def holder(self) -> str:
        """'host (proces 1234)' of the other holder, for the message; '' if unknown."""
        info = self._lock.getLockInfo()
        if not info or not info[0]:
            return ""
        pid, host = info[0], info[1]
        return f"{host} (proces {pid})"

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_exc) -> None:
        self.release()
