"""Windows half of packaging/install_check.py: setup.exe installed, updated and removed silently.

1. An older setup.exe (the same program, an older version number, made here with Inno Setup)
   installs silently for the current user; the installed program makes demo data; a migration
   an older version could have left behind is put in the program folder, and the installed
   program's --self-test must now fail (two Alembic heads): the hazard is real.
2. The new setup.exe installs over it: the stale file is gone, the program folder holds exactly
   the new build, the installed copy passes --self-test, the data is byte for byte the same,
   and the start-menu shortcut carries the AppUserModelID the program sets.
3. The uninstaller runs silently: the program folder is gone, the data folder is still there.
"""

from __future__ import annotations

import os
import subprocess
import time
import winreg  # type: ignore[import-not-found]  # Windows only
from pathlib import Path

import appinfo
import build
import signing
from install_check import (
    STALE_MIGRATION,
    STALE_MIGRATION_NAME,
    InstallCheckFailed,
    check,
    data_survived,
    database,
    make_data,
    ok,
    run,
    self_test,
    step,
)

OLDER_VERSION = "0.0.1"
SILENT = ["/VERYSILENT", "/CURRENTUSER", "/SUPPRESSMSGBOXES", "/NORESTART"]
UNINSTALL_SILENT = ["/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"]
UNINSTALL_KEY = (
    r"Software\Microsoft\Windows\CurrentVersion\Uninstall"
    + "\\"
    + appinfo.WINDOWS_APP_ID[1:]  # Inno's "{{" escape → "{6E0B…}"
    + "_is1"
)
UNINSTALLER_FILES = {"unins000.exe", "unins000.dat"}


def registration() -> dict[str, str] | None:
    """The per-user Add/Remove Programs entry Inno Setup writes (None when not installed)."""
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, UNINSTALL_KEY) as key:
            names = ("InstallLocation", "DisplayVersion", "DisplayName")
            return {name: str(winreg.QueryValueEx(key, name)[0]) for name in names}
    except FileNotFoundError:
        return None


def install(setup: Path, log: Path, version: str) -> Path:
    check(setup.is_file(), f"installatiebestand gevonden: {setup.name}")
    result = run([setup, *SILENT, f"/LOG={log}"])
    if result.returncode:
        print(log.read_text(encoding="utf-8", errors="replace")[-8000:] if log.exists() else "")
    check(result.returncode == 0, f"{setup.name} installeerde stil ({' '.join(SILENT)})")
    entry = registration()
    check(entry and entry["DisplayVersion"] == version, f"geregistreerd als versie {version}")
    return Path(entry["InstallLocation"])


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def shortcut_app_user_model_id(shortcut: Path) -> str:
    script = (
        "$item = (New-Object -ComObject Shell.Application)"
        f".NameSpace('{shortcut.parent}').ParseName('{shortcut.name}'); "
        "$item.ExtendedProperty('System.AppUserModel.ID')"
    )
    result = subprocess.run(
        ["powershell", "-NoProfile", "-Command", script], capture_output=True, text=True
    )
    return result.stdout.strip()


def authenticode_status(path: Path) -> str:
    script = f"(Get-AuthenticodeSignature -LiteralPath '{path}').Status"
    result = subprocess.run(
        ["powershell", "-NoProfile", "-Command", script], capture_output=True, text=True
    )
    return result.stdout.strip()


def check_signatures(setup: Path, app: Path) -> None:
    if not signing.windows_enabled(os.environ):
        ok("niet ondertekend: Authenticode-controle overgeslagen (zie de regel in de build)")
        return
    for path in (setup, app / f"{appinfo.EXE_NAME}.exe", app / "unins000.exe"):
        status = authenticode_status(path)
        check(status == "Valid", f"Authenticode-handtekening van {path.name}: {status}")


def start_menu_shortcut() -> Path:
    programs = Path(os.environ["APPDATA"]) / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    return programs / appinfo.NAME / f"{appinfo.NAME}.lnk"


def uninstall(app: Path) -> None:
    result = run([app / "unins000.exe", *UNINSTALL_SILENT])
    check(result.returncode == 0, "het verwijderprogramma startte stil")
    # unins000.exe hands over to a copy of itself in %TEMP% and returns: wait for that copy
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and (registration() or (app / "unins000.exe").exists()):
        time.sleep(2)
    check(registration() is None, "niet meer geregistreerd in Apps en onderdelen")


def run_all(dist: Path, work: Path) -> None:
    version = appinfo.version()
    new_setup = dist / f"{appinfo.NAME}-{version}-setup.exe"
    if registration() is not None:
        raise InstallCheckFailed("Buurtkantoor is al geïnstalleerd op deze machine")

    step(f"1. een oudere versie ({OLDER_VERSION}) stil installeren en gebruiken")
    older_setup = build.windows_installer(dist, OLDER_VERSION, work / "older", sign=False)
    app = install(older_setup, work / "install-older.log", OLDER_VERSION)
    cli = app / f"{appinfo.CLI_EXE_NAME}.exe"
    checksum = make_data(cli)
    stale = app / "_internal" / "db" / "migrations" / "versions" / STALE_MIGRATION_NAME
    stale.write_text(STALE_MIGRATION, encoding="utf-8")
    result = run([cli, "--self-test"])
    check(result.returncode != 0, "met een achtergebleven migratie start het programma niet")

    step(f"2. bijwerken naar {version} met {new_setup.name}")
    check(install(new_setup, work / "install-new.log", version) == app, "zelfde programmamap")
    check(not stale.exists(), "de achtergebleven migratie is weg ([InstallDelete])")
    shipped = files_under(dist / appinfo.EXE_NAME)
    installed = files_under(app) - UNINSTALLER_FILES
    check(installed == shipped, f"de programmamap bevat precies de nieuwe build ({len(shipped)})")
    self_test(cli, "na bijwerken")
    data_survived(cli, checksum, "na bijwerken")
    check_signatures(new_setup, app)
    shortcut = start_menu_shortcut()
    check(shortcut.is_file(), f"snelkoppeling in het startmenu: {shortcut}")
    found = shortcut_app_user_model_id(shortcut)
    check(
        found == appinfo.WINDOWS_APP_USER_MODEL_ID,
        f"de snelkoppeling heeft AppUserModelID {appinfo.WINDOWS_APP_USER_MODEL_ID!r} ({found!r})",
    )

    step("3. stil verwijderen")
    uninstall(app)
    check(not cli.exists() and not (app / "_internal").exists(), "programma verwijderd")
    check(not shortcut.exists(), "snelkoppeling verwijderd")
    data_survived(None, checksum, "na verwijderen")
    ok(f"de gegevensmap blijft staan: {database().parent}")
