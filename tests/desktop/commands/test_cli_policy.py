"""The command line opens a database the window's way (db.safety.policy) and says so in Dutch."""

from __future__ import annotations

from db.engine import sqlite_url
from db.safety import backup
from db.safety.opening import open_database
from desktop.__main__ import main


def test_a_damaged_database_stops_a_verb_and_names_the_backup_to_restore(tmp_path, capsys):
    path = tmp_path / "kantoor.sqlite"
    db = open_database(sqlite_url(path))
    made = backup.make_backup(path)
    db.dispose()
    path.write_bytes(b"")
    code = main(["--db", str(path), "ics", "-o", str(tmp_path / "agenda.ics")])
    said = capsys.readouterr().err
    assert code == 2
    assert "is beschadigd; er is niets gewijzigd" in said and str(made) in said
    assert path.read_bytes() == b"" and not (tmp_path / "agenda.ics").exists()
