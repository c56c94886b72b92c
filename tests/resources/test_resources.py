"""The resource resolver from a source tree, and that what the program reads goes through it."""

from __future__ import annotations

import re
from pathlib import Path

import resources
from db.safety import migrate
from desktop import i18n

ROOT = Path(__file__).resolve().parents[2]


def test_resolver_finds_real_files_in_the_source_tree():
    assert resources.path("fonts", "DejaVuSans.ttf").is_file()
    font = resources.path("fonts", "DejaVuSans.ttf")
    assert font == ROOT / "resources" / "fonts" / "DejaVuSans.ttf"
    assert resources.path("translations").is_dir()
    assert list(resources.path("translations").glob("*_nl.qm"))


def test_resolver_does_not_depend_on_the_working_directory(tmp_path, monkeypatch):
    before = resources.path("icons", "buurtkantoor.png")
    monkeypatch.chdir(tmp_path)
    assert resources.path("icons", "buurtkantoor.png") == before
    assert before.is_absolute() and before.is_file()


def test_every_icon_format_the_builds_need_exists():
    icons = resources.path("icons")
    for name in ("buurtkantoor.png", "buurtkantoor.ico", "buurtkantoor.icns"):
        assert (icons / name).stat().st_size > 1000, name
    assert (icons / "buurtkantoor.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (icons / "buurtkantoor.icns").read_bytes()[:4] == b"icns"


def test_migration_scripts_are_found_in_db_migrations():
    assert migrate.SCRIPTS == ROOT / "db" / "migrations"
    assert (migrate.SCRIPTS / "env.py").is_file()
    assert migrate.head_revision() in migrate.known_revisions()


def test_translations_come_from_the_resolver():
    assert i18n.translations_dir() == resources.path("translations")


def test_no_module_reads_files_relative_to_the_working_directory():
    """Run-time code finds files via resources.path() (or db/safety/migrate.py: db/migrations)."""
    allowed = {"desktop/i18n.py", "db/safety/migrate.py"}  # i18n: developer tools; migrate: above
    offenders = []
    for source in sorted([*ROOT.glob("desktop/**/*.py"), *ROOT.glob("db/**/*.py")]):
        relative = source.relative_to(ROOT).as_posix()
        if relative in allowed or "/migrations/" in relative:
            continue
        text = source.read_text(encoding="utf-8")
        if re.search(r"__file__|os\.getcwd\(\)|Path\.cwd\(\)|Path\(\s*['\"](resources|db)/", text):
            offenders.append(relative)
    assert not offenders, f"use resources.path() instead in: {offenders}"
