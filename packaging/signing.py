"""Code signing for the builds, driven by environment variables (CI maps its secrets onto them).

Nothing is required: without the variables each step is skipped with one line in the log saying
what the user will see instead, and the build goes on unsigned.

Windows (Authenticode, signtool.exe from the Windows SDK):
    BUURTKANTOOR_WINDOWS_CERTIFICATE           the code-signing certificate, a .pfx in base64
    BUURTKANTOOR_WINDOWS_CERTIFICATE_PASSWORD  its password
    BUURTKANTOOR_TIMESTAMP_URL                 RFC 3161 time-stamp server (default below)
  build.py signs buurtkantoor.exe and buurtkantoor-cli.exe before Inno Setup packs them; Inno
  Setup signs setup.exe and the uninstaller by calling `python packaging/signing.py
  windows-sign FILE` (this file), so the password never appears on a command line.

macOS (Developer ID, hardened runtime, notarisation, stapled tickets):
    BUURTKANTOOR_MACOS_IDENTITY               e.g. "Developer ID Application: Naam (TEAMID)"
    BUURTKANTOOR_MACOS_CERTIFICATE            that certificate with its key, a .p12 in base64
                                              (left out on a Mac whose keychain already has it)
    BUURTKANTOOR_MACOS_CERTIFICATE_PASSWORD   its password
    BUURTKANTOOR_NOTARY_APPLE_ID, BUURTKANTOOR_NOTARY_TEAM_ID, BUURTKANTOOR_NOTARY_PASSWORD
                                              Apple ID, team and app-specific password
  The spec signs every binary and the .app (PyInstaller's codesign_identity); build.py then
  notarises and staples the .app, signs the .dmg, and notarises and staples the .dmg.
"""

from __future__ import annotations

import base64
import glob
import json
import os
import secrets
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

WINDOWS_CERTIFICATE = "BUURTKANTOOR_WINDOWS_CERTIFICATE"
WINDOWS_PASSWORD = "BUURTKANTOOR_WINDOWS_CERTIFICATE_PASSWORD"
TIMESTAMP_URL = "BUURTKANTOOR_TIMESTAMP_URL"
DEFAULT_TIMESTAMP_URL = "http://timestamp.digicert.com"
MACOS_IDENTITY = "BUURTKANTOOR_MACOS_IDENTITY"
MACOS_CERTIFICATE = "BUURTKANTOOR_MACOS_CERTIFICATE"
MACOS_PASSWORD = "BUURTKANTOOR_MACOS_CERTIFICATE_PASSWORD"
NOTARY = (
    "BUURTKANTOOR_NOTARY_APPLE_ID",
    "BUURTKANTOOR_NOTARY_TEAM_ID",
    "BUURTKANTOOR_NOTARY_PASSWORD",
)
DESCRIPTION = "Buurtkantoor"
CODESIGN = "/usr/bin/codesign"
PARTITIONS = "apple-tool:,apple:,codesign:"


class SigningFailed(Exception):
    pass


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def skipped(what: str, consequence: str, environ: Mapping[str, str]) -> None:
    """One line in the log, and a warning on the CI run's summary page."""
    say(f"{what} overgeslagen: {consequence}")
    if environ.get("GITHUB_ACTIONS") == "true":
        print(f"::warning title={what} overgeslagen::{consequence}", flush=True)


def run(command: list[str], what: str) -> str:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode:
        raise SigningFailed(
            f"{what} mislukt (code {result.returncode}):\n{result.stdout}{result.stderr}"
        )
    return result.stdout


# --- Windows -----------------------------------------------------------------------------------


def windows_enabled(environ: Mapping[str, str]) -> bool:
    return bool(environ.get(WINDOWS_CERTIFICATE))


def report_windows(environ: Mapping[str, str]) -> bool:
    if windows_enabled(environ):
        say("Windows: setup.exe en de programma's worden ondertekend (Authenticode)")
        return True
    skipped(
        "Ondertekenen (Windows)",
        f"{WINDOWS_CERTIFICATE} is niet gezet; SmartScreen waarschuwt bij het eerste openen "
        "van setup.exe en een beheerde pc kan het weigeren.",
        environ,
    )
    return False


def signtool() -> str:
    """signtool.exe of the newest Windows 10/11 SDK (on the runners, not on PATH)."""
    kits = os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")
    found = sorted(glob.glob(rf"{kits}\Windows Kits\10\bin\10.*\x64\signtool.exe"))
    if found:
        return found[-1]
    return "signtool.exe"  # the SDK's command prompt puts it on PATH


@contextmanager
def decoded(data: str, suffix: str) -> Iterator[Path]:
    """A certificate from base64 in a private temporary file, removed afterwards."""
    handle, name = tempfile.mkstemp(suffix=suffix, prefix="buurtkantoor-")
    try:
        with os.fdopen(handle, "wb") as fh:
            fh.write(base64.b64decode(data))
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


def windows_sign_command(tool: str, pfx: Path, environ: Mapping[str, str], files: list[Path]):
    return [
        tool,
        "sign",
        "/f",
        str(pfx),
        "/p",
        environ.get(WINDOWS_PASSWORD, ""),
        "/fd",
        "sha256",
        "/tr",
        environ.get(TIMESTAMP_URL) or DEFAULT_TIMESTAMP_URL,
        "/td",
        "sha256",
        "/d",
        DESCRIPTION,
        *map(str, files),
    ]


def sign_windows(files: list[Path], environ: Mapping[str, str] = os.environ) -> None:
    tool = signtool()
    with decoded(environ[WINDOWS_CERTIFICATE], ".pfx") as pfx:
        run(windows_sign_command(tool, pfx, environ, files), "signtool sign")
    run([tool, "verify", "/pa", *map(str, files)], "signtool verify")
    for path in files:
        say(f"ondertekend: {path.name}")


def inno_sign_tool_option() -> str:
    """ISCC's /S option: Inno Setup calls this file back for setup.exe and the uninstaller."""
    return f"/Ssigntool=$q{sys.executable}$q $q{Path(__file__).resolve()}$q windows-sign $f"


# --- macOS -------------------------------------------------------------------------------------


def macos_identity(environ: Mapping[str, str]) -> str | None:
    return environ.get(MACOS_IDENTITY) or None


def notary_credentials(environ: Mapping[str, str]) -> tuple[str, str, str] | None:
    values = tuple(environ.get(name, "") for name in NOTARY)
    return values if all(values) else None  # type: ignore[return-value]


def report_macos(environ: Mapping[str, str]) -> tuple[bool, bool]:
    """(sign, notarise), with a log line for what is skipped."""
    sign = macos_identity(environ) is not None
    notarise = sign and notary_credentials(environ) is not None
    if not sign:
        skipped(
            "Ondertekenen (macOS)",
            f"{MACOS_IDENTITY} is niet gezet; de app is alleen ad hoc ondertekend en macOS "
            "blokkeert hem bij het eerste openen (zie README: Installeren op een Mac).",
            environ,
        )
    elif not notarise:
        skipped(
            "Notariseren (macOS)",
            f"{', '.join(NOTARY)} zijn niet alle gezet; de app is ondertekend maar niet "
            "genotariseerd en macOS blokkeert hem bij het eerste openen.",
            environ,
        )
    else:
        say("macOS: de app en de .dmg worden ondertekend, genotariseerd en geniet (stapled)")
    return sign, notarise


def keychain_commands(keychain: Path, password: str, p12: Path, p12_password: str):
    """A temporary keychain holding the certificate, usable by codesign without a prompt."""
    chain = str(keychain)
    return [
        ["security", "create-keychain", "-p", password, chain],
        ["security", "set-keychain-settings", "-lut", "21600", chain],
        ["security", "unlock-keychain", "-p", password, chain],
        ["security", "import", str(p12), "-k", chain, "-P", p12_password, "-T", CODESIGN],
        ["security", "set-key-partition-list", "-S", PARTITIONS, "-s", "-k", password, chain],
    ]


def import_macos_certificate(work: Path, environ: Mapping[str, str] = os.environ) -> None:
    if not (macos_identity(environ) and environ.get(MACOS_CERTIFICATE)):
        return
    keychain = work / "buurtkantoor-signing.keychain-db"
    keychain.unlink(missing_ok=True)
    password = secrets.token_hex(16)
    with decoded(environ[MACOS_CERTIFICATE], ".p12") as p12:
        for command in keychain_commands(keychain, password, p12, environ.get(MACOS_PASSWORD, "")):
            run(command, command[1])
    listed = run(["security", "list-keychains", "-d", "user"], "security list-keychains")
    others = [line.strip().strip('"') for line in listed.splitlines() if line.strip()]
    run(["security", "list-keychains", "-d", "user", "-s", str(keychain), *others], "keychain")
    say(f"certificaat staat in de tijdelijke sleutelhanger {keychain.name}")


def sign_dmg(dmg: Path, environ: Mapping[str, str] = os.environ) -> None:
    identity = macos_identity(environ)
    if identity:
        run(["codesign", "--sign", identity, "--timestamp", str(dmg)], "codesign (dmg)")


def notarize(path: Path, work: Path, environ: Mapping[str, str] = os.environ) -> None:
    """Send the .app (zipped) or .dmg to Apple's notary service, wait, staple the ticket."""
    apple_id, team_id, password = notary_credentials(environ) or ("", "", "")
    upload = path
    if path.suffix == ".app":
        upload = work / f"{path.stem}-notarize.zip"
        run(["ditto", "-c", "-k", "--keepParent", str(path), str(upload)], "ditto")
    credentials = ["--apple-id", apple_id, "--team-id", team_id, "--password", password]
    say(f"notariseren: {path.name} (dit duurt enkele minuten)")
    submit = ["xcrun", "notarytool", "submit", str(upload), *credentials]
    output = run([*submit, "--wait", "--output-format", "json"], "notarytool submit")
    answer = json.loads(output)
    if answer.get("status") != "Accepted":
        log = subprocess.run(
            ["xcrun", "notarytool", "log", str(answer.get("id")), *credentials],
            capture_output=True,
            text=True,
        )
        raise SigningFailed(f"Apple weigerde {path.name}: {answer}\n{log.stdout}")
    run(["xcrun", "stapler", "staple", str(path)], "stapler staple")
    say(f"genotariseerd en geniet: {path.name}")


def main(argv: list[str]) -> int:
    """`python packaging/signing.py windows-sign FILE…`: Inno Setup's sign tool."""
    if len(argv) < 2 or argv[0] != "windows-sign":
        print(__doc__, file=sys.stderr)
        return 2
    try:
        sign_windows([Path(name) for name in argv[1:]])
    except SigningFailed as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
