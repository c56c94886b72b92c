#!/usr/bin/env python3
"""Set up everything and run Buurtkantoor or its tests: `python3 dev.py run|test [args…]`.

Stdlib only, so it works on a fresh machine with nothing but Python: it creates `.venv`,
installs the project with its test extras, and on Debian/Ubuntu installs the few system
libraries Qt needs (when run as root or with sudo). Windows and macOS need no system step.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
import venv
from datetime import UTC
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed"

# Shared library → Debian package(s) providing it (first that exists wins; names moved in trixie).
QT_CORE_LIBS = {
    "libEGL.so.1": ["libegl1"],
    "libGL.so.1": ["libgl1"],
    "libxkbcommon.so.0": ["libxkbcommon0"],
    "libfontconfig.so.1": ["libfontconfig1"],
    "libdbus-1.so.3": ["libdbus-1-3"],
    "libglib-2.0.so.0": ["libglib2.0-0t64", "libglib2.0-0"],
}
QT_WINDOW_LIBS = {
    "libxcb-cursor.so.0": ["libxcb-cursor0"],
    "libxcb-icccm.so.4": ["libxcb-icccm4"],
    "libxcb-keysyms.so.1": ["libxcb-keysyms1"],
    "libxcb-image.so.0": ["libxcb-image0"],
    "libxcb-render-util.so.0": ["libxcb-render-util0"],
    "libxcb-shape.so.0": ["libxcb-shape0"],
    "libxcb-randr.so.0": ["libxcb-randr0"],
    "libxcb-xkb.so.1": ["libxcb-xkb1"],
    "libxkbcommon-x11.so.0": ["libxkbcommon-x11-0"],
    "libX11-xcb.so.1": ["libx11-xcb1"],
}
FONT_FILES = {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf": ["fonts-dejavu-core"]}
# The tests also start a throwaway PostgreSQL server, read PDFs back with pdftotext, and run
# once more under a shifted clock.
TEST_TOOLS = {
    "initdb": ["postgresql"],
    "faketime": ["faketime"],
    "pdftotext": ["poppler-utils"],  # PDFs are read back as a reader would
}


def log(message: str) -> None:
    print(f"[dev] {message}", file=sys.stderr, flush=True)


def debian_packages(gui: bool, tests: bool = False) -> None:
    if platform.system() != "Linux" or not shutil.which("apt-get"):
        return
    wanted = dict(QT_CORE_LIBS, **(QT_WINDOW_LIBS if gui else {}))
    have = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True).stdout
    missing = [pkgs for lib, pkgs in wanted.items() if lib not in have]
    missing += [pkgs for path, pkgs in FONT_FILES.items() if not Path(path).exists()]
    if tests:
        missing += [pkgs for tool, pkgs in TEST_TOOLS.items() if not _tool(tool)]
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else (["sudo"] if shutil.which("sudo") else None)
    if sudo is None:
        log("Qt needs system libraries; install them as root: " + " ".join(p[0] for p in missing))
        return
    apt_env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    log("installing system libraries for Qt …")
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True, env=apt_env)
    names = [_available(sudo, options) for options in missing]
    subprocess.run(
        [*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *names],
        check=True,
        env=apt_env,
    )


def _tool(name: str) -> str | None:
    """A command on PATH, or PostgreSQL's server programs where Debian keeps them."""
    found = shutil.which(name)
    if found or name != "initdb":
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return str(versions[-1]) if versions else None


def _available(sudo: list[str], options: list[str]) -> str:
    for name in options:
        policy = subprocess.run(
            ["apt-cache", "policy", name], capture_output=True, text=True
        ).stdout
        if "Candidate:" in policy and "(none)" not in policy:
            return name
    return options[-1]


def venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    return VENV / scripts / ("python.exe" if os.name == "nt" else "python")


def make_venv() -> None:
    if venv_python().exists():
        return
    log(f"creating virtual environment in {VENV}")
    try:
        venv.EnvBuilder(with_pip=True).create(VENV)
    except (subprocess.CalledProcessError, OSError):
        # Debian's python3 ships venv without ensurepip until python3-venv is installed.
        shutil.rmtree(VENV, ignore_errors=True)
        if platform.system() == "Linux" and shutil.which("apt-get") and os.geteuid() == 0:
            version = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"
            subprocess.run(["apt-get", "update", "-qq"], check=True)
            subprocess.run(["apt-get", "install", "-y", "-qq", version], check=True)
            venv.EnvBuilder(with_pip=True).create(VENV)
        else:
            raise SystemExit(
                "Python's venv module is missing: install python3-venv first."
            ) from None


def install_project() -> None:
    fingerprint = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == fingerprint:
        return
    log("installing Python packages (first run only) …")
    pip = [str(venv_python()), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "install", "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(fingerprint)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "setup"):
        print(__doc__, file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    debian_packages(gui=command == "run", tests=command == "test")
    make_venv()
    install_project()
    python = str(venv_python())
    if command == "setup":
        return 0
    if command == "run":
        return subprocess.run([python, "-m", "desktop", *rest], cwd=ROOT).returncode
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    code = subprocess.run([python, "-m", "pytest", *rest], cwd=ROOT, env=env).returncode
    if code or rest:
        return code
    return shifted_clock_run(python, env)


def shifted_clock_run(python: str, env: dict[str, str]) -> int:
    """The fast tests once more a year ahead, at 00:20 in Amsterdam while it is still
    yesterday in UTC: a test or service that reads the computer's clock instead of the
    program's one clock fails here."""
    faketime = shutil.which("faketime")
    if faketime is None:
        log("faketime is not installed: the shifted-clock run is left out")
        return 1 if os.environ.get("CI") else 0
    moment = shifted_moment()
    log(f"the fast tests again with the clock at {moment} UTC (00:20 in Amsterdam)")
    shifted = dict(env, TZ="UTC")
    fast = ["-m", "not slow", "-p", "no:randomly", "tests/db", "tests/reports", "tests/desktop"]
    return subprocess.run(
        [faketime, "-f", f"@{moment}", python, "-m", "pytest", "-q", *fast], cwd=ROOT, env=shifted
    ).returncode


def shifted_moment() -> str:
    """00:20 in Amsterdam one year from today, written in UTC for faketime."""
    from datetime import date, datetime, timedelta
    from zoneinfo import ZoneInfo

    day = date.today() + timedelta(days=365)
    local = datetime(day.year, day.month, day.day, 0, 20, tzinfo=ZoneInfo("Europe/Amsterdam"))
    return local.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
