"""macOS half of packaging/install_check.py: the .dmg mounted, the app copied, checked and used.

1. Mount the .dmg (read-only, as Finder does), check it holds Buurtkantoor.app and the link to
   /Applications, copy the app to /Applications, unmount.
2. Check the installed app: Info.plist (a foreground app with a Dock icon and menu bar, the
   minimum macOS, identifier, version), every Mach-O file has this Mac's architecture and needs
   no newer macOS than Info.plist says, the signature is intact (and, when signed with a
   Developer ID, Gatekeeper accepts it and the notarisation ticket is stapled).
3. Start the installed copy with --self-test; make data; replace the app from the .dmg (an
   update) and remove it (uninstall): the data in ~/Library/Application Support stays.
"""

from __future__ import annotations

import os
import platform
import plistlib
import shutil
import subprocess
from pathlib import Path

import appinfo
import build
import signing
from install_check import (
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

APPLICATIONS = Path("/Applications")
MACHO_MAGICS = {
    bytes.fromhex(magic)
    for magic in ("feedface", "feedfacf", "cefaedfe", "cffaedfe", "cafebabe", "bebafeca")
}


def version_key(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def info_plist_problems(plist: dict, version: str) -> list[str]:
    """What in a built Info.plist would hurt a user; empty when all is well."""
    problems = []
    for key in ("LSBackgroundOnly", "LSUIElement"):
        if plist.get(key) in (True, 1, "1", "YES", "true"):
            problems.append(f"{key} staat aan: geen Dock-pictogram en geen menubalk")
    expected = {
        "LSMinimumSystemVersion": appinfo.MACOS_MINIMUM,
        "CFBundleIdentifier": appinfo.BUNDLE_ID,
        "CFBundleExecutable": appinfo.EXE_NAME,
        "CFBundlePackageType": "APPL",
        "CFBundleShortVersionString": version,
    }
    for key, value in expected.items():
        if plist.get(key) != value:
            problems.append(f"{key} is {plist.get(key)!r}, verwacht {value!r}")
    return problems


def minimum_versions(otool_output: str) -> list[str]:
    """Every minimum macOS version in `otool -l` output (LC_BUILD_VERSION, LC_VERSION_MIN_*)."""
    found, wanted = [], None
    for line in otool_output.splitlines():
        words = line.split()
        if words[:2] == ["cmd", "LC_BUILD_VERSION"]:
            wanted = "minos"
        elif words[:2] == ["cmd", "LC_VERSION_MIN_MACOSX"]:
            wanted = "version"
        elif wanted and len(words) == 2 and words[0] == wanted:
            found.append(words[1])
            wanted = None
    return found


def is_macho(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(4) in MACHO_MAGICS


def binaries(app: Path) -> list[Path]:
    return [p for p in app.rglob("*") if p.is_file() and not p.is_symlink() and is_macho(p)]


def output(command: list[str]) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def check_binaries(app: Path) -> None:
    arch = platform.machine()
    found = binaries(app)
    wrong_arch, too_new = [], []
    for path in found:
        if arch not in output(["lipo", "-archs", str(path)]).split():
            wrong_arch.append(path.relative_to(app))
        for minimum in minimum_versions(output(["otool", "-arch", "all", "-l", str(path)])):
            if version_key(minimum) > version_key(appinfo.MACOS_MINIMUM):
                too_new.append(f"{path.relative_to(app)} (macOS {minimum})")
    check(not wrong_arch, f"alle {len(found)} binaire bestanden bevatten {arch}: {wrong_arch}")
    check(not too_new, f"geen bestand vraagt een nieuwere macOS dan {appinfo.MACOS_MINIMUM}")


def check_signature(app: Path) -> None:
    result = run(["codesign", "--verify", "--deep", "--strict", "--verbose=2", app])
    check(result.returncode == 0, "de handtekening van de app is intact (codesign --verify)")
    if signing.macos_identity(os.environ) and signing.notary_credentials(os.environ):
        result = run(["xcrun", "stapler", "validate", app])
        check(result.returncode == 0, "het notarisatiebewijs zit in de app (stapler validate)")
        result = run(["spctl", "--assess", "--type", "execute", "--verbose", app])
        check(result.returncode == 0, "Gatekeeper aanvaardt de app (spctl --assess)")
    else:
        ok("niet genotariseerd: Gatekeeper-controle overgeslagen (zie de regel in de build)")


def copy_from_dmg(dmg: Path, mount: Path, target: Path) -> None:
    mount.mkdir(parents=True, exist_ok=True)
    attach = ["hdiutil", "attach", "-nobrowse", "-readonly", "-noautoopen", "-mountpoint"]
    result = run([*attach, mount, dmg])
    check(result.returncode == 0, f"{dmg.name} is aangekoppeld")
    try:
        source = mount / f"{appinfo.NAME}.app"
        check(source.is_dir(), f"de .dmg bevat {source.name}")
        link = mount / "Applications"
        check(link.is_symlink() and str(link.readlink()) == "/Applications", "en de map-link")
        if target.exists():
            shutil.rmtree(target)  # Finder's "Vervang"
        result = run(["ditto", source, target])
        check(result.returncode == 0, f"gekopieerd naar {target}")
    finally:
        run(["hdiutil", "detach", mount])


def run_all(dist: Path, work: Path) -> None:
    version = appinfo.version()
    dmg = dist / build.dmg_name()
    check(dmg.is_file(), f".dmg gevonden: {dmg.name}")
    app = APPLICATIONS / f"{appinfo.NAME}.app"
    if app.exists():
        raise InstallCheckFailed(f"{app} bestaat al op deze machine")
    program = app / "Contents" / "MacOS" / appinfo.EXE_NAME

    step("1. de .dmg aankoppelen en de app naar Programma's kopiëren")
    copy_from_dmg(dmg, work / "dmg", app)

    step("2. de geïnstalleerde app controleren")
    with (app / "Contents" / "Info.plist").open("rb") as fh:
        problems = info_plist_problems(plistlib.load(fh), version)
    check(not problems, f"Info.plist in orde {problems}")
    check_binaries(app)
    check_signature(app)

    step("3. starten, gegevens maken, bijwerken en verwijderen")
    self_test(program, "na installeren")
    checksum = make_data(program)
    copy_from_dmg(dmg, work / "dmg", app)
    self_test(program, "na bijwerken")
    data_survived(program, checksum, "na bijwerken")
    shutil.rmtree(app)  # what dragging it to the Trash does to the program
    data_survived(None, checksum, "na verwijderen")
    ok(f"de gegevensmap blijft staan: {database().parent}")
