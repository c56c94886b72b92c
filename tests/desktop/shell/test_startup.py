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


def _damage_an_index_start_does_not_read(path: Path) -> None:
    """Garbage over the root page of an audit-log index: opening the file and showing the lists
    never read it, the integrity quick check does."""
    import sqlite3

    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_audit_log_object_type'"
    ).fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with path.open("r+b") as fh:
        fh.seek(page_size * (root - 1))
        fh.write(b"\xff" * page_size)


def test_window_comes_up_first_and_damage_found_later_still_offers_the_restore(
    tmp_path, app, qtbot, monkeypatch
):
    from desktop.shell.main_window import MainWindow
    from desktop.shell.startup import open_safely

    path = tmp_path / "kantoor.sqlite"
    db = open_database(sqlite_url(path))
    residents.create(db, ResidentData(family_name="Bewaard"))
    backup.make_backup(path, backup.DAILY)
    residents.create(db, ResidentData(family_name="Na de kopie"))
    db.dispose()
    _damage_an_index_start_does_not_read(path)
    asked: list[str] = []
    said = answer_yes(monkeypatch)
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )

    opened, guard = open_safely(sqlite_url(path), quick_check=False)
    assert opened is not None and not asked  # the window does not wait for the check
    window = MainWindow(opened)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.residents)
    qtbot.waitUntil(lambda: window.residents.model.total == 2)
    shown = {}

    def restored(new_db) -> None:
        shown["db"] = new_db

    guard.check_then_keep_backups(window, restored, release=opened.dispose)
    qtbot.waitUntil(lambda: "db" in shown, timeout=10_000)
    assert asked and ("beschadigd" in asked[0] or "damaged" in asked[0])
    assert count_residents(shown["db"]) == 1  # the backup's state, the damaged file set aside
    assert list(tmp_path.glob("kantoor.beschadigd-*.sqlite"))
    assert any("teruggezet" in s or "restored" in s for s in said)
    shown["db"].dispose()
    guard.wait()
    guard.release()
