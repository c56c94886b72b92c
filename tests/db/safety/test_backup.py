"""Backups, restore, integrity and faults: nothing already saved is ever lost."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from db.engine import Database
from db.models import AuditEntry, Resident
from db.safety import backup, integrity, migrate, recovery
from db.safety.opening import DatabaseDamaged, open_database

ROOT = Path(__file__).resolve().parents[3]
TABLES = [
    "residents",
    "homes",
    "complexes",
    "events",
    "registrations",
    "volunteers",
    "contact_moments",
    "signals",
    "funding_applications",
    "audit_log",
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def row_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def add_resident(db: Database, family: str) -> int:
    with db.transaction() as session:
        resident = Resident(family_name=family, sort_key=family.lower())
        session.add(resident)
        session.flush()
        return resident.id


def test_backup_while_another_connection_writes_then_restore_gives_identical_counts(demo_db):
    path = demo_db.path
    stop = threading.Event()
    written = []

    def writer():
        other = Database(demo_db.url)
        try:
            while not stop.is_set():
                written.append(add_resident(other, f"Schrijver {len(written)}"))
        finally:
            other.dispose()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        time.sleep(0.05)
        copy = backup.make_backup(path)
        time.sleep(0.05)
    finally:
        stop.set()
        thread.join()
    assert written, "the writer must have been busy during the backup"
    assert integrity.check(copy) == []
    in_copy = row_counts(copy)
    assert in_copy["residents"] < row_counts(path)["residents"]  # later writes are not in it
    demo_db.dispose()
    current = row_counts(path)
    kept = backup.restore(copy, path, migrate.known_revisions())
    after = row_counts(path)
    assert {t: n for t, n in after.items() if t != "audit_log"} == {
        t: n for t, n in in_copy.items() if t != "audit_log"
    }
    assert after["audit_log"] == in_copy["audit_log"] + 1  # the restore itself is on record
    assert kept is not None and row_counts(kept) == current  # the replaced state is kept too
    reopened = open_database(demo_db.url)
    with reopened.reading() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry.action == "restore" and copy.name in entry.changes
    reopened.dispose()


def test_backups_are_private_standalone_and_listed_with_counts(demo_db):
    made = backup.make_backup(demo_db.path, now=datetime(2026, 3, 2, 9, 30))
    assert made.parent == demo_db.path.parent / "backups"
    assert not Path(str(made) + "-wal").exists()
    with sqlite3.connect(made) as conn:  # no -wal needed: the copy uses a rollback journal
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    if os.name == "posix":
        assert stat.S_IMODE(made.stat().st_mode) == 0o600
        assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    [info] = backup.list_backups(demo_db.path)
    assert info.path == made and info.made_at == datetime(2026, 3, 2, 9, 30)
    with demo_db.reading() as session:
        assert info.residents == session.scalar(select(func.count()).select_from(Resident))
    assert info.activities > 0 and info.size > 0


def test_daily_backup_is_made_once_a_day(db):
    first = backup.backup_if_due(db.path, now=datetime(2026, 5, 1, 8, 0))
    assert first is not None
    assert backup.backup_if_due(db.path, now=datetime(2026, 5, 1, 17, 0)) is None
    assert backup.backup_if_due(db.path, now=datetime(2026, 5, 2, 8, 0)) is not None


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 25, 12, 0)
    for days in range(0, 500):  # two copies a day for well over a year
        for hour in (9, 15):
            made = now - timedelta(days=days) - timedelta(hours=12 - hour)
            (folder / f"kantoor-{made:%Y%m%d-%H%M%S}-dagelijks.sqlite").write_bytes(b"x")
    (folder / "ander-20261125-090000-dagelijks.sqlite").write_bytes(b"x")  # another database's
    backup.rotate(folder, "kantoor", now)
    kept = sorted(p.name for p in folder.glob("kantoor-*"))
    days = {name.split("-")[1] for name in kept}
    assert len(kept) <= 7 + 4 + 12 + backup.KEEP_NEWEST
    newest_days = sorted(days)[-7:]
    assert newest_days == [f"{now - timedelta(days=d):%Y%m%d}" for d in range(6, -1, -1)]
    months = {d[:6] for d in days}
    assert len(months) >= 12 and min(days) >= f"{now - timedelta(days=31 * 12):%Y%m%d}"
    assert (folder / "ander-20261125-090000-dagelijks.sqlite").exists()


def test_restore_refuses_a_damaged_or_newer_backup_and_changes_nothing(db, tmp_path):
    add_resident(db, "Blijft")
    copy = backup.make_backup(db.path)
    newer = tmp_path / "nieuwer.sqlite"
    backup.copy_database(copy, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_toekomst'")
    damaged = tmp_path / "kapot.sqlite"
    data = bytearray(copy.read_bytes())
    data[4096 * 2 : 4096 * 2 + 600] = os.urandom(600)
    damaged.write_bytes(bytes(data))
    db.dispose()
    before = digest(db.path)
    with pytest.raises(backup.BackupError, match="nieuwere versie"):
        backup.restore(newer, db.path, migrate.known_revisions())
    with pytest.raises(backup.BackupError, match="beschadigd"):
        backup.restore(damaged, db.path, migrate.known_revisions())
    assert digest(db.path) == before


def corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 600] = os.urandom(600)
    path.write_bytes(bytes(data))


def test_damaged_file_is_kept_aside_and_newest_good_backup_restored(db):
    add_resident(db, "Voor de schade")
    older = backup.make_backup(db.path, now=datetime(2026, 1, 1, 9, 0))
    newest = backup.make_backup(db.path, now=datetime(2026, 1, 2, 9, 0))
    corrupt(newest)  # the newest backup is damaged too: the older one must be chosen
    db.dispose()
    corrupt(db.path)
    damaged_digest = digest(db.path)
    with pytest.raises(DatabaseDamaged, match="beschadigd"):
        open_database(db.url)
    assert digest(db.path) == damaged_digest
    good = recovery.newest_good_backup(db.path)
    assert good is not None and good.path == older
    aside = recovery.replace_damaged(db.path, good.path, migrate.known_revisions())
    assert digest(aside) == damaged_digest and ".beschadigd-" in aside.name
    reopened = open_database(db.url)
    with reopened.reading() as session:
        assert session.scalar(select(Resident.family_name)) == "Voor de schade"
    reopened.dispose()


def test_full_check_reports_a_dangling_reference(db):
    add_resident(db, "Verwijzing")
    db.dispose()
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(
            "INSERT INTO contact_moments (resident_id, occurred_on, kind, by_whom, note, "
            "follow_up_done) VALUES (999, '2026-01-01', 'call', '', '', 0)"
        )
    assert integrity.check(db.path, full=False) == []
    assert any("contact_moments" in p for p in integrity.check(db.path, full=True))


def test_disk_full_during_backup_leaves_no_partial_file(db, monkeypatch):
    real_connect = sqlite3.connect

    class FullDisk:
        def __init__(self, conn):
            self._conn = conn

        def backup(self, *_args, **_kw):
            raise sqlite3.OperationalError("database or disk is full")

        def __getattr__(self, name):
            return getattr(self._conn, name)

    monkeypatch.setattr(
        backup.sqlite3, "connect", lambda *a, **kw: FullDisk(real_connect(*a, **kw))
    )
    with pytest.raises(backup.BackupError, match="schijf is vol"):
        backup.make_backup(db.path)
    assert list(backup.backups_dir(db.path).iterdir()) == []


def test_expected_save_faults_get_dutch_messages():
    assert "schijf is vol" in integrity.explain(
        sqlite3.OperationalError("database or disk is full")
    )
    assert "bezet" in integrity.explain(sqlite3.OperationalError("database is locked"))
    assert "alleen-lezen" in integrity.explain(
        sqlite3.OperationalError("attempt to write a readonly database")
    )
    assert integrity.explain(ValueError("iets anders")) is None


def test_network_drive_is_recognised(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(integrity, "_mounts", lambda: [("/", "ext4"), ("/mnt/kantoor", "cifs")])
    assert integrity.is_network_path(Path("/mnt/kantoor/buurtkantoor.sqlite"))
    assert not integrity.is_network_path(Path("/mnt/kantoorlokaal/buurtkantoor.sqlite"))
    assert not integrity.is_network_path(Path("/home/anouk/buurtkantoor.sqlite"))


CHILD = """
import sys, time
from sqlalchemy import text
from db.engine import Database
db = Database(sys.argv[1])
with db.transaction() as s:
    s.execute(text("INSERT INTO complexes (name, address_range, postcodes, buurt_code,"
                   " buurt_name, home_count, owner, building_type, common_room,"
                   " caretaker_name, caretaker_phone, caretaker_email, notes)"
                   " VALUES ('Vastgelegd', '', '', '', '', 0, '', '', '', '', '', '', '')"))
with db.transaction() as s:  # a long write that is killed halfway
    for i in range(1_000_000):
        s.execute(text("INSERT INTO residents (given_name, name_prefix, family_name,"
                       " sort_key, phone, email, consent_volunteer_contact,"
                       " consent_share_partners, consent_photos, consent_how, notes)"
                       " VALUES ('Half', '', :n, '', '', '', 0, 0, 0, '', '')"),
                  {"n": f"Half {i}"})
        if i == 20_000:
            print("midden", flush=True)
"""


def test_killed_in_the_middle_of_a_write_keeps_every_earlier_commit(db):
    before = row_counts(db.path)
    db.dispose()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, db.url], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout.readline().strip() == "midden"
    finally:
        child.kill()
        child.wait()
    assert integrity.check(db.path, full=True) == []
    reopened = open_database(db.url)
    with reopened.reading() as session:
        assert session.scalar(text("SELECT count(*) FROM complexes WHERE name = 'Vastgelegd'")) == 1
        assert session.scalar(text("SELECT count(*) FROM residents")) == before["residents"]
    reopened.dispose()


def test_full_disk_while_saving_gives_a_dutch_message_and_keeps_what_was_saved(db):
    from sqlalchemy import event

    from db.services import ServiceError, residents
    from db.services.residents import ResidentData

    first = residents.create(db, ResidentData(family_name="Opgeslagen"))
    db.dispose()
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.dispose()
    # SQLite's own limit on the file size behaves exactly like a disk that is full.
    event.listen(
        db.engine, "connect", lambda dbapi, _r: dbapi.execute(f"PRAGMA max_page_count = {pages}")
    )
    with pytest.raises(ServiceError, match="schijf is vol"):
        for n in range(5000):
            residents.create(db, ResidentData(family_name=f"Bewoner {n}", notes="x" * 2000))
    assert residents.get(db, first).family_name == "Opgeslagen"
    assert integrity.check(db.path) == []
