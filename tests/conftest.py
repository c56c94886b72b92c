"""Test set-up: headless Qt, private settings, and real SQLite databases in tmp_path."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Before anything imports Qt: tests never need a screen. The offscreen screen is 1920×1080
# (Qt's default is 800×600, smaller than any office monitor and than our main window).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = Path(__file__).with_name("offscreen_screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
os.environ.pop(  # a developer's own database must never be touched by the suite
    "BUURTKANTOOR_DATABASE_URL", None
)

from db import clock
from db.engine import Database, sqlite_url
from db.safety.opening import open_database

# One "now" for the whole run, in the office's time zone: a run that passes midnight (or runs
# under a shifted clock) still sees one day. Tests build their dates relative to it.
SESSION_NOW = clock.now()


@pytest.fixture(autouse=True)
def _one_clock():
    clock.set_now(SESSION_NOW)
    yield
    clock.reset()


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory, monkeypatch):
    """QSettings and the data folder point into a temp dir, never the tester's home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))


@pytest.fixture
def db(tmp_path) -> Database:
    database = open_database(sqlite_url(tmp_path / "test.sqlite"))
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A small demo database built once per run; tests get their own copy."""
    from db import demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(sqlite_url(path))
    demo.generate(database, residents=400, seed=7, today=SESSION_NOW.date())
    database.dispose()
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path) -> Database:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    database = open_database(sqlite_url(path))
    yield database
    database.dispose()


from tests.postgres import pg_db, pg_server  # noqa: E402,F401  (fixtures for PostgreSQL tests)
