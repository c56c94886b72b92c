"""The start-up sequence used like a person would: one window per database file, the restore
offer for a damaged file, a warning for a network drive or a read-only file, the daily backup."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from db.engine import sqlite_url
from db.models import Resident
from db.safety import backup
from db.safety.opening import open_database
from db.services import residents
from db.services.residents import ResidentData

ROOT = Path(__file__).resolve().parents[3]


def count_residents(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Resident))


def answer_yes(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a, **k: said.append(text))
    return said


LOCK_HOLDER = """
import sys, time
from desktop.safety.lock import InstanceLock
lock = InstanceLock(sys.argv[1])
assert lock.acquire()
print("vast", flush=True)
time.sleep(60)
"""


def test_second_instance_on_the_same_file_is_refused(db, app, monkeypatch):
    from desktop.shell.startup import open_safely

    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(db.path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "vast"
        said = answer_yes(monkeypatch)
        opened, guard = open_safely(db.url)
        assert opened is None and said and ("al geopend" in said[0] or "already open" in said[0])
    finally:
        holder.kill()
        holder.wait()
    # The holder died without unlocking: its stale lock is taken over, not a lock-out.
    opened, guard = open_safely(db.url)
    assert opened is not None
    opened.dispose()
    guard.release()


def test_damaged_file_at_start_offers_the_newest_good_backup(tmp_path, app, monkeypatch):
    from desktop.shell.startup import open_safely

    path = tmp_path / "kantoor.sqlite"
    db = open_database(sqlite_url(path))
    residents.create(db, ResidentData(family_name="Bewaard"))
    backup.make_backup(path, backup.DAILY)
    db.dispose()
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 600] = os.urandom(600)
    path.write_bytes(bytes(data))
    said = answer_yes(monkeypatch)
    opened, guard = open_safely(sqlite_url(path))
    assert opened is not None
    assert count_residents(opened) == 1
    assert list(tmp_path.glob("kantoor.beschadigd-*.sqlite"))
    assert any("beschadigde" in s or "damaged" in s for s in said)
    opened.dispose()
    guard.release()


def test_network_drive_gets_a_warning_but_opens(db, app, monkeypatch):
    from desktop.shell import startup

    db.dispose()
    said = answer_yes(monkeypatch)
    monkeypatch.setattr(startup.integrity, "is_network_path", lambda _p: True)
    opened, guard = startup.open_safely(db.url)
    assert (
        opened is not None and said and ("netwerkschijf" in said[0] or "network drive" in said[0])
    )
    opened.dispose()
    guard.release()


def test_daily_backup_runs_in_the_background_once_a_day(db, window_factory, qtbot):
    from desktop.shell.startup import StartupGuard

    window = window_factory(db)
    guard = StartupGuard(db.path, None)
    guard.start_daily_backup(window)
    qtbot.waitUntil(lambda: bool(backup.list_backups(db.path)), timeout=10000)
    qtbot.waitUntil(
        lambda: "reservekopie" in window.statusBar().currentMessage().lower(), timeout=5000
    )
    # Words for people, not a file name.
    assert window.statusBar().currentMessage() == "Reservekopie van vandaag gemaakt"
    guard.start_daily_backup(window)  # the second start of the day makes none
    guard.wait()
    assert len(backup.list_backups(db.path)) == 1


def test_read_only_database_at_start_is_explained(db, app, monkeypatch):
    from desktop.shell import startup

    db.dispose()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    said = answer_yes(monkeypatch)
    opened, guard = startup.open_safely(db.url)
    guard.release()
    assert opened is None and "alleen-lezen" in said[0]
