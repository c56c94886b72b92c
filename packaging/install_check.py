"""Install the built installer as an office computer would, and check what a user relies on.

    python packaging/install_check.py [--dist DIR] [--work DIR]

Run by CI right after `python packaging/build.py`, on Windows and on macOS. It changes the
machine it runs on — installs Buurtkantoor for the current user, writes demo data into the
user's data folder, uninstalls — so it refuses to start where that data folder already exists.

Windows (packaging/install_check_windows.py): install an older build silently
(/VERYSILENT /CURRENTUSER), make data with the installed program, leave a stale migration
behind, update with the new setup.exe, start the installed copy with --self-test, check the
data and the start-menu shortcut, uninstall, check the data folder is still there.
macOS (packaging/install_check_macos.py): mount the .dmg, copy the app to /Applications,
check Info.plist, architectures and minimum macOS of every binary, the signature, start the
installed copy with --self-test, make data, replace and remove the app, check the data.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import appinfo  # noqa: E402

# What an update of an older version could leave in the program folder: a migration that the
# new version renamed or dropped. Alembic would load it and find two heads; start-up would fail.
STALE_MIGRATION_NAME = "0000_left_behind_by_an_older_version.py"
STALE_MIGRATION = '''"""Left behind by an older Buurtkantoor; an update must remove it."""

revision = "left_behind_by_an_older_version"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
'''
DEMO_RESIDENTS = "100"  # the smallest demo the program makes


class InstallCheckFailed(Exception):
    pass


def step(message: str) -> None:
    print(f"\n[install] == {message}", flush=True)


def ok(message: str) -> None:
    print(f"[install] ok  {message}", flush=True)


def check(condition: object, message: str) -> None:
    if not condition:
        raise InstallCheckFailed(message)
    ok(message)


def program_env() -> dict[str, str]:
    """The installed program runs as a user starts it: no Python or Buurtkantoor variables."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "BUURTKANTOOR_", "VIRTUAL_ENV"))
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run(command: list[str | Path], timeout: int = 600) -> subprocess.CompletedProcess:
    print(f"[install] $ {' '.join(map(str, command))}", flush=True)
    result = subprocess.run(
        [str(part) for part in command],
        env=program_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
    )
    print(result.stdout[-6000:] + result.stderr[-6000:], flush=True)
    return result


def data_dir() -> Path:
    """Where the installed program keeps the office's data (the same rule as db/engine.py)."""
    import platformdirs

    return platformdirs.user_data_path(appinfo.NAME, appauthor=False)


def database() -> Path:
    return data_dir() / "buurtkantoor.sqlite"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refuse_a_used_machine() -> None:
    if data_dir().exists():
        raise InstallCheckFailed(
            f"{data_dir()} bestaat al: deze controle installeert, maakt demogegevens en "
            "verwijdert weer, en draait daarom alleen op een lege machine (CI)."
        )


def make_data(program: Path) -> str:
    """Demo data in the default database, as an office would have; returns its checksum."""
    result = run([program, "demo", "--residents", DEMO_RESIDENTS, "--seed", "1"])
    check(result.returncode == 0, "het geïnstalleerde programma maakte gegevens (demo)")
    check(database().is_file(), f"de database staat in de gegevensmap: {database()}")
    return sha256(database())


def data_survived(program: Path | None, checksum: str, when: str) -> None:
    check(database().is_file() and sha256(database()) == checksum, f"{when}: gegevens onveranderd")
    if program is not None:
        result = run([program, "check"])
        check(result.returncode == 0, f"{when}: `check` vindt de database in orde")


def self_test(program: Path, when: str) -> None:
    result = run([program, "--self-test"])
    check(
        result.returncode == 0 and "Zelftest geslaagd" in result.stdout,
        f"{when}: de geïnstalleerde kopie doorstaat --self-test",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=appinfo.ROOT / "dist")
    parser.add_argument("--work", type=Path, default=appinfo.ROOT / "build" / "install-check")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    try:
        refuse_a_used_machine()
        if appinfo.platform_key() == "windows":
            import install_check_windows

            install_check_windows.run_all(dist, work)
        elif appinfo.platform_key() == "macos":
            import install_check_macos

            install_check_macos.run_all(dist, work)
        else:
            raise InstallCheckFailed("alleen voor Windows en macOS (Linux: .ci/run)")
    except (InstallCheckFailed, subprocess.TimeoutExpired) as exc:
        print(f"[install] MISLUKT: {exc}", flush=True)
        return 1
    print("\n[install] Installeren, bijwerken en verwijderen: alles in orde.", flush=True)
    return 0


if __name__ == "__main__":
    import install_check  # the platform halves import this module by name: use that one copy

    raise SystemExit(install_check.main())
