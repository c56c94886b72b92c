"""The command line respects the locks the window and other programs hold: writing verbs take
the instance lock, restore writes into the live file, backup gives up within seconds, `check`
tells locked, read-only and damaged apart; a zero-byte file is damage, not a new database."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import sqlite_url
from db.models import Resident
from db.safety import backup, integrity
from db.safety.opening import DatabaseDamaged, open_database
from db.services import residents
from db.services.residents import ResidentData
from desktop.__main__ import main

ROOT = Path(__file__).resolve().parents[3]
WINDOW = """
import sys, time
from desktop.safety.lock import InstanceLock
lock = InstanceLock(sys.argv[1])
assert lock.acquire()
print("vast", flush=True)
time.sleep(60)
"""
# Another program with the file open; "write" holds an exclusive lock, "idle" only a connection
# and commits a row when told to.
PROGRAM = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
if sys.argv[2] == "write":
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("UPDATE residents SET notes = 'bezig' WHERE id = 1")
else:
    conn.execute("SELECT count(*) FROM residents").fetchone()
print("vast", flush=True)
sys.stdin.readline()
if sys.argv[2] == "idle":
    conn.execute(
        "INSERT INTO residents (given_name, name_prefix, family_name, sort_key, phone, email, "
        "consent_volunteer_contact, consent_share_partners, consent_photos, consent_how, notes, "
        "created_at, updated_at) VALUES ('', '', 'Later', 'later', '', '', 0, 0, 0, '', '', "
        "'2026-01-01', '2026-01-01')"
    )
print("klaar", flush=True)
"""


def make_db(path: Path, *families: str) -> None:
    db = open_database(sqlite_url(path))
    for family in families:
        residents.create(db, ResidentData(family_name=family))
    db.dispose()


def families(path: Path) -> list[str]:
    db = open_database(sqlite_url(path))
    try:
        with db.reading() as session:
            return sorted(session.scalars(select(Resident.family_name)))
    finally:
        db.dispose()


def start(script: str, *args: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "vast"
    return proc


def stop(proc: subprocess.Popen) -> None:
    proc.kill()
    proc.wait()


def test_import_waits_for_nobody_and_changes_nothing_while_the_window_is_open(tmp_path, capsys):
    path = tmp_path / "kantoor.sqlite"
    make_db(path, "Jansen")
    source = tmp_path / "lijst.csv"
    source.write_text("Achternaam;Voornaam\nBakker;Els\n", encoding="utf-8")
    window = start(WINDOW, str(path))
    try:
        assert main(["--db", str(path), "import", "residents", str(source)]) == 3
        assert "open" in capsys.readouterr().err
        assert main(["--db", str(path), "demo", "--residents", "5"]) == 3
    finally:
        stop(window)
    assert families(path) == ["Jansen"]
    assert main(["--db", str(path), "import", "residents", str(source)]) == 0
    assert families(path) == ["Bakker", "Jansen"]


def test_restore_writes_into_the_live_file_so_a_program_holding_it_loses_nothing(tmp_path):
    path = tmp_path / "kantoor.sqlite"
    make_db(path, "Jansen")
    copy = backup.make_backup(path)
    make_db(path, "Bakker")
    program = start(PROGRAM, str(path), "idle")
    try:
        assert main(["--db", str(path), "restore", str(copy), "--yes"]) == 0
        program.stdin.write("\n")
        program.stdin.flush()
        assert program.stdout.readline().strip() == "klaar"
    finally:
        stop(program)
    # The other program's later commit is in the database, not in a file set aside.
    assert families(path) == ["Jansen", "Later"]
    assert not list(tmp_path.glob("kantoor.sqlite.*[!l]"))  # no side file but the lock


def test_restore_and_backup_on_a_locked_database_give_up_within_seconds(tmp_path, capsys):
    path = tmp_path / "kantoor.sqlite"
    make_db(path, "Jansen")
    copy = backup.make_backup(path, to=tmp_path / "kopie.sqlite")
    program = start(PROGRAM, str(path), "write")
    try:
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        started = time.monotonic()
        assert main(["--db", str(path), "backup"]) == 1
        assert time.monotonic() - started < 15
        assert "bezet" in capsys.readouterr().err
        assert not backup.backups_dir(path).exists() or not any(backup.backups_dir(path).iterdir())
        started = time.monotonic()
        assert main(["--db", str(path), "restore", str(copy), "--yes"]) == 3
        assert time.monotonic() - started < 15
        assert "in gebruik" in capsys.readouterr().err
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
        assert main(["--db", str(path), "check"]) == 3
        err = capsys.readouterr().err
        assert "in gebruik" in err and "géén reservekopie" in err
    finally:
        stop(program)
    assert main(["--db", str(path), "check"]) == 0


def test_check_tells_read_only_from_damaged(tmp_path, capsys, monkeypatch):
    path = tmp_path / "kantoor.sqlite"
    make_db(path, "Jansen")
    if os.geteuid() == 0:  # root may write anywhere: play the read-only folder
        real = os.access
        monkeypatch.setattr(
            integrity.os, "access", lambda p, mode: mode != os.W_OK and real(p, mode)
        )
        assert main(["--db", str(path), "check"]) == 4
    else:
        tmp_path.chmod(0o555)
        try:
            assert main(["--db", str(path), "check"]) == 4
        finally:
            tmp_path.chmod(0o755)
    err = capsys.readouterr().err
    assert "niet beschadigd" in err and "alleen-lezen" in err


def test_a_zero_byte_file_with_backups_beside_it_is_damaged_not_new(tmp_path, capsys):
    path = tmp_path / "kantoor.sqlite"
    make_db(path, "Jansen")
    backup.make_backup(path)
    path.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    with pytest.raises(DatabaseDamaged, match="leeg"):
        open_database(sqlite_url(path))
    assert path.stat().st_size == 0  # left as it was
    assert main(["--db", str(path), "check"]) == 1
    assert "leeg" in capsys.readouterr().err
    fresh = tmp_path / "nieuw" / "kantoor.sqlite"
    fresh.parent.mkdir()
    fresh.write_bytes(b"")  # no backups: a database that was never filled
    open_database(sqlite_url(fresh)).dispose()
    with open_database(sqlite_url(fresh)).reading() as session:
        assert session.scalar(select(func.count()).select_from(Resident)) == 0
