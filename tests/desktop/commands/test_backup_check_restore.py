"""`buurtkantoor backup`, `check` and `restore` from the command line (as in a scheduled task)."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from db.engine import sqlite_url
from db.models import Resident
from db.safety import backup
from db.safety.opening import open_database
from db.services import residents
from db.services.residents import ResidentData
from desktop.__main__ import main

ROOT = Path(__file__).resolve().parents[3]


def make_db(path: Path, *families: str) -> None:
    db = open_database(sqlite_url(path))
    for family in families:
        residents.create(db, ResidentData(family_name=family))
    db.dispose()


def count(path: Path) -> int:
    db = open_database(sqlite_url(path))
    try:
        with db.reading() as session:
            return session.scalar(select(func.count()).select_from(Resident))
    finally:
        db.dispose()


def test_backup_to_the_backups_folder_and_to_a_chosen_file(tmp_path, capsys):
    path = tmp_path / "kantoor.sqlite"
    make_db(path, "Jansen", "Yıldız")
    assert main(["--db", str(path), "backup"]) == 0
    [made] = backup.list_backups(path)
    assert made.residents == 2 and "2 bewoners" in capsys.readouterr().out
    target = tmp_path / "usb" / "kopie.sqlite"
    assert main(["--db", str(path), "backup", "--to", str(target)]) == 0
    assert backup.counts(target) == (2, 0)


def test_check_exits_non_zero_on_a_damaged_file_and_leaves_it_alone(tmp_path, capsys):
    path = tmp_path / "kantoor.sqlite"
    make_db(path, "Jansen")
    assert main(["--db", str(path), "backup"]) == 0
    assert main(["--db", str(path), "check"]) == 0
    assert "in orde" in capsys.readouterr().out
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 600] = os.urandom(600)
    path.write_bytes(bytes(data))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main(["--db", str(path), "check"]) == 1
    err = capsys.readouterr().err
    assert "beschadigd" in err and "restore" in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_restore_with_yes_and_refusals(tmp_path, capsys, monkeypatch):
    path = tmp_path / "kantoor.sqlite"
    make_db(path, "Jansen")
    assert main(["--db", str(path), "backup", "--to", str(tmp_path / "een.sqlite")]) == 0
    make_db(path, "Bakker")
    assert count(path) == 2
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    assert (
        main(["--db", str(path), "restore", str(tmp_path / "een.sqlite")]) == 2
    )  # no terminal, no --yes
    assert count(path) == 2
    assert main(["--db", str(path), "restore", str(tmp_path / "een.sqlite"), "--yes"]) == 0
    assert count(path) == 1
    if os.name == "posix":  # the restored file is as private as the one it replaced
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert any(
        b.reason == backup.BEFORE_RESTORE and b.residents == 2 for b in backup.list_backups(path)
    )
    assert main(["--db", str(path), "restore", str(tmp_path / "bestaat-niet.sqlite"), "--yes"]) == 2


def test_restore_is_refused_while_the_program_has_the_file_open(tmp_path, capsys):
    path = tmp_path / "kantoor.sqlite"
    make_db(path, "Jansen")
    copy = backup.make_backup(path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom desktop.safety.lock import "
            "InstanceLock\nl = InstanceLock(sys.argv[1])\nassert l.acquire()\n"
            "print('vast', flush=True)\ntime.sleep(60)",
            str(path),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "vast"
        assert main(["--db", str(path), "restore", str(copy), "--yes"]) == 2
        assert "open" in capsys.readouterr().err
    finally:
        holder.kill()
        holder.wait()
