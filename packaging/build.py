"""Build Buurtkantoor for the OS this runs on: `python packaging/build.py`.

1. PyInstaller with the one shared spec (packaging/buurtkantoor.spec) → a one-folder program.
2. The frozen program's `--self-test` (offscreen): proves everything it reads was bundled.
3. The thing staff double-click:
     Windows  Inno Setup → dist/Buurtkantoor-<version>-setup.exe   (needs ISCC.exe, Inno Setup 6)
     macOS    dist/Buurtkantoor.app in dist/Buurtkantoor-<version>-<arm64|x86_64>.dmg (hdiutil)
     Linux    dist/buurtkantoor-<version>-linux-x86_64.tar.gz
   signed and (macOS) notarised when packaging/signing.py finds its variables; otherwise
   unsigned, with a line in the log saying so.

Run it with the project's environment (`python3 dev.py setup` makes .venv with PyInstaller), or
for a release build with the hashed lock that CI uses:
    python -m pip install --require-hashes --no-deps -r packaging/requirements-lock.txt
    python -m pip install --no-deps --no-build-isolation -e .
Options: --dist DIR, --work DIR (defaults: dist/ and build/ in the checkout), --no-self-test,
--no-installer.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import appinfo  # noqa: E402
import signing  # noqa: E402

SPEC = HERE / "buurtkantoor.spec"
INNO_SCRIPT = HERE / "windows" / "buurtkantoor.iss"
DMG_SCRIPT = HERE / "macos" / "make_dmg.sh"
INNO_DEFAULT = Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")


class BuildFailed(Exception):
    pass


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run_pyinstaller(dist: Path, work: Path) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise BuildFailed(
            "PyInstaller ontbreekt in deze Python-omgeving: draai eerst "
            "`python3 dev.py setup` en bouw met .venv's python, of installeer "
            "packaging/requirements-lock.txt."
        ) from None
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    if subprocess.run(command, cwd=appinfo.ROOT).returncode:
        raise BuildFailed("PyInstaller is mislukt (zie de meldingen hierboven).")


def app_folder(dist: Path) -> Path:
    """What gets shipped: the .app on macOS, the one-folder program elsewhere."""
    if appinfo.platform_key() == "macos":
        return dist / f"{appinfo.NAME}.app"
    return dist / appinfo.EXE_NAME


def program(dist: Path) -> Path:
    """The frozen executable that prints: the console twin on Windows."""
    key = appinfo.platform_key()
    if key == "windows":
        return dist / appinfo.EXE_NAME / f"{appinfo.CLI_EXE_NAME}.exe"
    if key == "macos":
        return app_folder(dist) / "Contents" / "MacOS" / appinfo.EXE_NAME
    return dist / appinfo.EXE_NAME / appinfo.EXE_NAME


def self_test(dist: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("BUURTKANTOOR_DATABASE_URL", None)
    result = subprocess.run([str(program(dist)), "--self-test"], env=env)
    if result.returncode:
        raise BuildFailed(
            f"De zelftest van het gebouwde programma is mislukt (code {result.returncode})."
        )


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def inno_compiler() -> Path:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    if INNO_DEFAULT.exists():
        return INNO_DEFAULT
    raise BuildFailed(
        "Inno Setup 6 (ISCC.exe) niet gevonden: installeer het van jrsoftware.org "
        "of bouw met --no-installer."
    )


def inno_command(
    source: Path,
    output: Path,
    version: str | None = None,
    sign: bool = False,
    compiler: str | None = None,
) -> list[str]:
    """ISCC's command line: every value the script uses comes from appinfo."""
    version = version or appinfo.version()
    command = [
        compiler or str(inno_compiler()),
        f"/DAppVersion={version}",
        f"/DNumericVersion={appinfo.numeric_version(version)}",
        f"/DAppId={appinfo.WINDOWS_APP_ID}",
        f"/DAppUserModelId={appinfo.WINDOWS_APP_USER_MODEL_ID}",
        f"/DMinWindows={appinfo.WINDOWS_MINIMUM}",
        f"/DSourceDir={source}",
        f"/DIconFile={appinfo.ICONS / 'buurtkantoor.ico'}",
        f"/DOutputDir={output}",
    ]
    if sign:
        command += ["/DSign", signing.inno_sign_tool_option()]
    return [*command, str(INNO_SCRIPT)]


def windows_installer(
    dist: Path, version: str | None = None, output: Path | None = None, sign: bool | None = None
) -> Path:
    """setup.exe for the one-folder program in dist; version/output let CI make an older one."""
    version = version or appinfo.version()
    output = output or dist
    source = dist / appinfo.EXE_NAME
    if sign is None:
        sign = signing.report_windows(os.environ)
    if sign:
        signing.sign_windows(
            [source / f"{appinfo.EXE_NAME}.exe", source / f"{appinfo.CLI_EXE_NAME}.exe"]
        )
    if subprocess.run(inno_command(source, output, version, sign)).returncode:
        raise BuildFailed("Inno Setup is mislukt.")
    return output / f"{appinfo.NAME}-{version}-setup.exe"


def dmg_name(arch: str | None = None) -> str:
    """One .dmg per processor: Buurtkantoor-0.1.0-arm64.dmg (Apple chip), …-x86_64.dmg (Intel)."""
    return f"{appinfo.NAME}-{appinfo.version()}-{arch or platform.machine()}.dmg"


def macos_dmg(dist: Path, work: Path) -> Path:
    sign, notarise = signing.report_macos(os.environ)
    app = app_folder(dist)
    if notarise:  # staple the .app itself too: it opens offline once copied out of the .dmg
        signing.notarize(app, work)
    target = dist / dmg_name()
    if subprocess.run(
        ["bash", str(DMG_SCRIPT), str(app), str(target), f"{appinfo.NAME} {appinfo.version()}"]
    ).returncode:
        raise BuildFailed("Het maken van de .dmg is mislukt.")
    if sign:
        signing.sign_dmg(target)
    if notarise:
        signing.notarize(target, work)
    return target


def linux_archive(dist: Path) -> Path:
    base = dist / f"{appinfo.EXE_NAME}-{appinfo.version()}-linux-{platform.machine()}"
    return Path(shutil.make_archive(str(base), "gztar", root_dir=dist, base_dir=appinfo.EXE_NAME))


def installer(dist: Path, work: Path) -> Path:
    key = appinfo.platform_key()
    if key == "windows":
        return windows_installer(dist)
    if key == "macos":
        return macos_dmg(dist, work)
    return linux_archive(dist)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=appinfo.ROOT / "dist")
    parser.add_argument("--work", type=Path, default=appinfo.ROOT / "build")
    parser.add_argument("--no-self-test", action="store_true")
    parser.add_argument("--no-installer", action="store_true")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    say(f"{appinfo.NAME} {appinfo.version()} voor {appinfo.platform_key()} → {dist}")
    try:
        if appinfo.platform_key() == "macos":
            work.mkdir(parents=True, exist_ok=True)
            signing.import_macos_certificate(work)  # before PyInstaller: the spec signs
        started = time.perf_counter()
        run_pyinstaller(dist, work)
        seconds = time.perf_counter() - started
        size = folder_size(app_folder(dist))
        say(f"gebouwd in {seconds:.0f} s: {app_folder(dist)} ({size / 1e6:.0f} MB)")
        if not args.no_self_test:
            self_test(dist)
        if not args.no_installer:
            artefact = installer(dist, work)
            say(f"installatiebestand: {artefact} ({artefact.stat().st_size / 1e6:.0f} MB)")
    except (BuildFailed, signing.SigningFailed) as exc:
        say(f"MISLUKT: {exc}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
