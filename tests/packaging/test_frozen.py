"""Build the one-folder app with PyInstaller (packaging/build.py) and run its --self-test.

This proves the shared spec bundles everything the program reads: translations, fonts, icons,
the Alembic scripts, Qt plugins (offscreen platform, image formats), reportlab's data and
uharfbuzz. It runs the build command people use, into tmp_path, so the checkout is untouched.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import appinfo  # noqa: E402  (packaging/appinfo.py)
import build  # noqa: E402  (packaging/build.py)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    assert importlib.util.find_spec("PyInstaller"), "PyInstaller missing: pip install -e '.[test]'"
    base = tmp_path_factory.mktemp("frozen")
    dist, work = base / "dist", base / "work"
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(dist),
            "--work",
            str(work),
            "--no-self-test",
            "--no-installer",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    size = build.folder_size(build.app_folder(dist))
    print(f"\nfrozen build: {seconds:.0f} s, {size / 1e6:.0f} MB in {build.app_folder(dist)}")
    return dist


def frozen_env(home: Path) -> dict[str, str]:
    """No Python or Buurtkantoor variables leak in; settings, data and logs live in `home`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "BUURTKANTOOR_", "VIRTUAL_ENV"))
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
    )
    return env


def run_frozen(dist: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    # cwd outside the checkout: nothing may be found relative to the working directory
    return subprocess.run(
        [str(build.program(dist)), *args],
        cwd=tmp_path,
        env=frozen_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_frozen_program_passes_its_self_test(frozen, tmp_path):
    result = run_frozen(frozen, tmp_path, "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "(bevroren build" in out
    for check in (
        "nieuwe database aangemaakt en gemigreerd",
        "demogegevens geschreven",
        "'Residents' → 'Bewoners'",
        "'Cancel' → 'Annuleren'",
        "pictogrammen",
        "uharfbuzz",
        "hoofdvenster geopend",
        "Zelftest geslaagd",
    ):
        assert check in out, out
    from desktop.reports import load_all

    for kind in load_all():
        assert f"ok      PDF '{kind}'" in out, out


def test_bundle_holds_every_migration_and_catalogue(frozen):
    internal = build.app_folder(frozen) / "_internal"
    shipped = {p.name for p in (internal / "db" / "migrations" / "versions").glob("*.py")}
    assert shipped == {p.name for p in (ROOT / "db" / "migrations" / "versions").glob("*.py")}
    catalogues = {p.name for p in (internal / "resources" / "translations").glob("*.qm")}
    assert catalogues == {p.name for p in (ROOT / "resources" / "translations").glob("*.qm")}
    qt_catalogues = {p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir()}
    assert qt_catalogues == set(appinfo.QT_TRANSLATIONS)  # Qt's Dutch only, not 100 languages
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert (plugins / "platforms" / "libqoffscreen.so").exists()
    assert (plugins / "imageformats" / "libqjpeg.so").exists()
    assert not list(internal.rglob("*.ts")), "translation sources are not shipped"


def test_frozen_command_line_verbs_work(frozen, tmp_path):
    result = run_frozen(frozen, tmp_path, "--help")
    assert result.returncode == 0 and "--self-test" in result.stdout


def test_frozen_window_starts_and_writes_its_log_file(frozen, tmp_path):
    """The real program (no verb): it must log to the platform's user log folder."""
    home = tmp_path / "home"
    log_file = home / "state" / "Buurtkantoor" / "log" / "buurtkantoor.log"
    database = tmp_path / "kantoor.sqlite"
    process = subprocess.Popen(
        [str(build.program(frozen)), "--db", str(database)],
        cwd=tmp_path,
        env=frozen_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            if log_file.exists() and "Buurtkantoor gestart" in log_file.read_text(encoding="utf-8"):
                break
            time.sleep(0.2)
        assert process.poll() is None, f"the program stopped with code {process.returncode}"
        assert "Buurtkantoor gestart" in log_file.read_text(encoding="utf-8")
    finally:
        process.terminate()
        process.wait(timeout=30)
