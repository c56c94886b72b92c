"""Opening databases: migrations with data, backups, and every refusal leaves the file untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from db.engine import ENV_URL, Database, resolve_url, sqlite_url
from db.safety import migrate
from db.safety.opening import DatabaseError, DatabaseTooNew, open_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def first_revision() -> str:
    revisions = list(migrate.ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions())
    return next(r.revision for r in revisions if r.down_revision is None)


def test_migrate_with_data_from_first_revision_to_head(tmp_path):
    path = tmp_path / "old.sqlite"
    old = Database(sqlite_url(path))
    migrate.upgrade(old.engine, first_revision())
    with old.transaction() as session:
        session.execute(
            text(
                "INSERT INTO complexes (name, address_range, postcodes, buurt_code, buurt_name, "
                "home_count, owner, building_type, common_room, caretaker_name, caretaker_phone, "
                "caretaker_email, notes) "
                "VALUES ('Tigrisdreef','','','','',120,'','','','','','','')"
            )
        )
        session.execute(
            text(
                "INSERT INTO homes (complex_id, street, house_number, house_letter, addition, "
                "postcode, city) VALUES (1, 'Tigrisdreef', 7, '', '', '3561 AB', 'Utrecht')"
            )
        )
        session.execute(
            text(
                "INSERT INTO residents (given_name, name_prefix, family_name, sort_key, home_id, "
                "phone, email, consent_volunteer_contact, consent_share_partners, consent_photos, "
                "consent_how, notes) VALUES ('Şükrü','','Yıldız','yildiz sukru',1,'+31612345678',"
                "'',0,0,0,'','')"
            )
        )
    old.dispose()

    db = open_database(sqlite_url(path))
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.reading() as session:
        assert session.execute(
            text("SELECT given_name, family_name, phone FROM residents")
        ).one() == ("Şükrü", "Yıldız", "+31612345678")
        assert session.execute(text("SELECT house_number, postcode FROM homes")).one() == (
            7,
            "3561 AB",
        )
        assert session.scalar(text("SELECT count(*) FROM funds")) == 1  # seeded by a later revision
    db.dispose()
    backups = list((tmp_path / "backups").glob("old-*-voor-migratie-*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT family_name FROM residents").fetchone() == ("Yıldız",)


def test_new_file_is_private_and_at_head(tmp_path):
    path = tmp_path / "sub" / "new.sqlite"
    db = open_database(sqlite_url(path))
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    db.dispose()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_newer_database_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    open_database(sqlite_url(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = digest(path)
    with pytest.raises(DatabaseTooNew, match="nieuwere versie"):
        open_database(sqlite_url(path))
    assert digest(path) == before


def test_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"Dit is een boodschappenlijstje, geen database.\n" * 100)
    before = digest(path)
    with pytest.raises(DatabaseError, match="geen Buurtkantoor-database"):
        open_database(sqlite_url(path))
    assert digest(path) == before


def test_corrupt_database_is_refused_untouched(tmp_path):
    path = tmp_path / "broken.sqlite"
    db = open_database(sqlite_url(path))
    db.dispose()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2 : page * 2 + 600] = os.urandom(600)  # scribble over a table's b-tree page
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(DatabaseError, match="beschadigd"):
        open_database(sqlite_url(path))
    assert digest(path) == before


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    before = digest(path)
    with pytest.raises(DatabaseError, match="niet van Buurtkantoor"):
        open_database(sqlite_url(path))
    assert digest(path) == before


def test_locked_database_is_refused(tmp_path):
    path = tmp_path / "locked.sqlite"
    open_database(sqlite_url(path)).dispose()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="in gebruik"):
            open_database(sqlite_url(path))
    finally:
        other.rollback()
        other.close()


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root ignores file permissions"
)
def test_read_only_database_is_refused(tmp_path):
    path = tmp_path / "ro.sqlite"
    open_database(sqlite_url(path)).dispose()
    path.chmod(0o400)
    before = digest(path)
    with pytest.raises(DatabaseError, match="alleen-lezen"):
        open_database(sqlite_url(path))
    assert digest(path) == before


def test_read_only_flag_is_refused_even_for_root(tmp_path, monkeypatch):
    path = tmp_path / "ro.sqlite"
    open_database(sqlite_url(path)).dispose()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    with pytest.raises(DatabaseError, match="alleen-lezen"):
        open_database(sqlite_url(path))


def test_url_resolution_order(tmp_path):
    env = {ENV_URL: "postgresql+psycopg://kantoor@server/buurtkantoor"}
    assert resolve_url(tmp_path / "a.sqlite", None, env) == sqlite_url(tmp_path / "a.sqlite")
    assert resolve_url(None, "sqlite:///b.sqlite", env) == "sqlite:///b.sqlite"
    assert resolve_url(None, None, env) == env[ENV_URL]
    assert resolve_url(None, None, {}).endswith("buurtkantoor.sqlite")
