"""The one opening policy: the same steps and answers for the window and the command line."""

from __future__ import annotations

from pathlib import Path

from db.engine import sqlite_url
from db.safety import backup, policy
from db.safety.opening import open_database


class FakeLock:
    """Stands in for the window's QLockFile; `taken_by` says someone else holds the file."""

    def __init__(self, taken_by: str = ""):
        self.taken_by, self.held, self.released = taken_by, False, False

    def acquire(self) -> bool:
        self.held = not self.taken_by
        return self.held

    def holder(self) -> str:
        return self.taken_by

    def release(self) -> None:
        self.released = True


def _make(lock: FakeLock):
    return lambda _path: lock


def test_a_healthy_file_opens_with_its_lock(tmp_path):
    url = sqlite_url(tmp_path / "kantoor.sqlite")
    lock = FakeLock()
    opening = policy.open_with_policy(url, _make(lock))
    try:
        assert opening.db is not None and opening.lock is lock and lock.held
        assert not (opening.held_by or opening.damaged or opening.error or opening.network_drive)
    finally:
        opening.db.dispose()
        opening.release()
    assert lock.released


def test_a_held_file_is_not_opened_at_all(tmp_path):
    path = tmp_path / "kantoor.sqlite"
    opening = policy.open_with_policy(sqlite_url(path), _make(FakeLock("pc-balie (1234)")))
    assert opening.held_by == "pc-balie (1234)" and opening.db is None
    assert not path.exists()  # nothing was created or migrated behind the other program's back


def test_a_damaged_file_names_the_newest_good_backup(tmp_path):
    path = tmp_path / "kantoor.sqlite"
    db = open_database(sqlite_url(path))
    made = backup.make_backup(path)
    db.dispose()
    path.write_bytes(b"")  # zero bytes with a backup beside it: damaged, not a new database
    lock = FakeLock()
    opening = policy.open_with_policy(sqlite_url(path), _make(lock))
    assert opening.damaged and opening.db is None
    assert opening.good_backup is not None and Path(opening.good_backup.path) == made
    assert opening.lock is lock  # kept while the window asks whether to restore
    opening.release()


def test_a_file_that_cannot_be_used_explains_and_lets_go_of_the_lock(tmp_path):
    path = tmp_path / "kantoor.sqlite"
    path.write_bytes(b"dit is geen database" * 100)
    lock = FakeLock()
    opening = policy.open_with_policy(sqlite_url(path), _make(lock))
    assert opening.db is None and not opening.damaged
    assert "geen Buurtkantoor-database" in opening.error
    assert lock.released and opening.lock is None
