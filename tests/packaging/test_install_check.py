"""packaging/install_check*.py and signing.py, run on Linux against a simulated Windows and Mac.

The real install check runs only in CI (it installs with Inno Setup, mounts a .dmg). Here the
installers and the system tools are stand-ins that behave as documented, so the check's own
logic is exercised: it passes when the installer does its job and fails, with the reason, when
an update leaves an old migration behind.
"""

from __future__ import annotations

import importlib
import os
import plistlib
import shutil
import subprocess
import sys
import types
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import appinfo  # noqa: E402
import build  # noqa: E402
import install_check  # noqa: E402
import signing  # noqa: E402


def done(command, returncode=0, stdout=""):
    return subprocess.CompletedProcess(command, returncode, stdout, "")


def one_folder_build(dist: Path) -> Path:
    folder = dist / appinfo.EXE_NAME
    versions = folder / "_internal" / "db" / "migrations" / "versions"
    versions.mkdir(parents=True)
    (versions / "0001_initial_schema.py").write_text("revision = '0001'\n")
    (folder / "_internal" / "python311.dll").write_bytes(b"MZ")
    for name in (f"{appinfo.EXE_NAME}.exe", f"{appinfo.CLI_EXE_NAME}.exe"):
        (folder / name).write_bytes(b"MZ")
    return folder


class Office:
    """The user's data folder and what the installed program does with it."""

    def __init__(self, tmp_path: Path, monkeypatch):
        self.data = tmp_path / "data" / appinfo.NAME
        monkeypatch.setattr(install_check, "data_dir", lambda: self.data)

    def program(self, command: list[str], program_folder: Path):
        stale = program_folder.rglob(install_check.STALE_MIGRATION_NAME)
        if command[1:2] == ["demo"]:
            self.data.mkdir(parents=True)
            install_check.database().write_bytes(b"SQLite format 3\0 the office's data")
            return done(command)
        if command[1:] == ["--self-test"]:
            if any(stale):
                return done(command, 1, "MISLUKT: The script directory has multiple heads")
            return done(command, 0, "Zelftest geslaagd: 21 controles")
        if command[1:] == ["check"]:
            return done(command, 0 if install_check.database().is_file() else 1)
        raise AssertionError(command)


# --- Windows ---------------------------------------------------------------------------------


@pytest.fixture
def windows(tmp_path, monkeypatch):
    """install_check_windows with a stand-in registry, Inno Setup and installed program."""
    registry: dict[str, dict[str, str] | None] = {"entry": None}
    winreg = types.ModuleType("winreg")
    winreg.HKEY_CURRENT_USER = "HKCU"

    @contextmanager
    def open_key(root, key):
        if registry["entry"] is None or not key.endswith("_is1"):
            raise FileNotFoundError(key)
        yield key

    winreg.OpenKey = open_key
    winreg.QueryValueEx = lambda key, name: (registry["entry"][name], 1)
    monkeypatch.setitem(sys.modules, "winreg", winreg)
    monkeypatch.delitem(sys.modules, "install_check_windows", raising=False)
    module = importlib.import_module("install_check_windows")
    module.registry_state = registry
    monkeypatch.setenv("APPDATA", str(tmp_path / "appdata"))
    monkeypatch.delenv(signing.WINDOWS_CERTIFICATE, raising=False)
    monkeypatch.setattr(module.time, "sleep", lambda seconds: None)
    return module


def simulate_windows(module, tmp_path, monkeypatch, clears_internal: bool = True):
    dist, work = tmp_path / "dist", tmp_path / "work"
    work.mkdir()
    built = one_folder_build(dist)
    (dist / f"{appinfo.NAME}-{appinfo.version()}-setup.exe").write_bytes(b"MZ")
    app = tmp_path / "LocalAppData" / "Programs" / appinfo.NAME
    office = Office(tmp_path, monkeypatch)
    registry = module.registry_state

    def older_installer(dist_, version, output, sign):
        assert (version, sign) == (module.OLDER_VERSION, False)
        output.mkdir(parents=True)
        setup = output / f"{appinfo.NAME}-{version}-setup.exe"
        setup.write_bytes(b"MZ")
        return setup

    def run(command, timeout=600):
        command = [str(part) for part in command]
        exe = Path(command[0])
        if exe.name.endswith("-setup.exe"):  # Inno Setup: [InstallDelete], [Files], [Icons]
            assert command[1:5] == [
                "/VERYSILENT",
                "/CURRENTUSER",
                "/SUPPRESSMSGBOXES",
                "/NORESTART",
            ]
            if clears_internal and (app / "_internal").exists():
                shutil.rmtree(app / "_internal")
            shutil.copytree(built, app, dirs_exist_ok=True)
            for name in module.UNINSTALLER_FILES:
                (app / name).write_bytes(b"MZ")
            module.start_menu_shortcut().parent.mkdir(parents=True, exist_ok=True)
            module.start_menu_shortcut().write_bytes(b"L")
            version = exe.name.split("-")[1]
            registry["entry"] = {
                "InstallLocation": f"{app}{os.sep}",
                "DisplayVersion": version,
                "DisplayName": appinfo.NAME,
            }
            return done(command)
        if exe.name == "unins000.exe":
            shutil.rmtree(app)
            module.start_menu_shortcut().unlink()
            registry["entry"] = None
            return done(command)
        return office.program(command, app)

    monkeypatch.setattr(build, "windows_installer", older_installer)
    monkeypatch.setattr(module, "run", run)
    monkeypatch.setattr(install_check, "run", run)
    monkeypatch.setattr(
        module, "shortcut_app_user_model_id", lambda path: appinfo.WINDOWS_APP_USER_MODEL_ID
    )
    return dist, work, office


def test_windows_check_passes_when_setup_updates_cleanly(windows, tmp_path, monkeypatch):
    dist, work, _ = simulate_windows(windows, tmp_path, monkeypatch)
    windows.run_all(dist, work)
    assert install_check.database().is_file()  # the data folder outlived the uninstall


def test_windows_check_fails_when_an_update_leaves_a_migration_behind(
    windows, tmp_path, monkeypatch
):
    dist, work, _ = simulate_windows(windows, tmp_path, monkeypatch, clears_internal=False)
    with pytest.raises(install_check.InstallCheckFailed, match="achtergebleven migratie is weg"):
        windows.run_all(dist, work)


def test_the_check_refuses_a_machine_with_data(tmp_path, monkeypatch):
    office = Office(tmp_path, monkeypatch)
    office.data.mkdir(parents=True)
    with pytest.raises(install_check.InstallCheckFailed, match="lege machine"):
        install_check.refuse_a_used_machine()


# --- macOS -----------------------------------------------------------------------------------


@pytest.fixture
def mac(tmp_path, monkeypatch):
    import install_check_macos

    monkeypatch.setattr(install_check_macos, "APPLICATIONS", tmp_path / "Applications")
    monkeypatch.setattr(install_check_macos.platform, "machine", lambda: "arm64")
    for name in (signing.MACOS_IDENTITY, *signing.NOTARY):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "Applications").mkdir()
    return install_check_macos


def built_app(dist: Path, minos: str, background: bool) -> Path:
    app = dist / f"{appinfo.NAME}.app"
    macos = app / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    (macos / appinfo.EXE_NAME).write_bytes(bytes.fromhex("cffaedfe") + minos.encode())
    (app / "Contents" / "Resources").mkdir()
    (app / "Contents" / "Resources" / "buurtkantoor.icns").write_bytes(b"icns")
    plist = {
        "CFBundleIdentifier": appinfo.BUNDLE_ID,
        "CFBundleExecutable": appinfo.EXE_NAME,
        "CFBundlePackageType": "APPL",
        "CFBundleShortVersionString": appinfo.version(),
        "LSMinimumSystemVersion": appinfo.MACOS_MINIMUM,
        "LSBackgroundOnly": background,
    }
    with (app / "Contents" / "Info.plist").open("wb") as fh:
        plistlib.dump(plist, fh)
    return app


def simulate_mac(module, tmp_path, monkeypatch, minos="13.0", background=False):
    dist, work = tmp_path / "dist", tmp_path / "work"
    built = built_app(dist, minos, background)
    dmg = dist / build.dmg_name()
    dmg.write_bytes(b"dmg")
    installed = module.APPLICATIONS / built.name
    office = Office(tmp_path, monkeypatch)

    def run(command, timeout=600):
        command = [str(part) for part in command]
        if command[:2] == ["hdiutil", "attach"]:
            mount = Path(command[-2])
            shutil.copytree(built, mount / built.name)
            (mount / "Applications").symlink_to("/Applications")
            return done(command)
        if command[:2] == ["hdiutil", "detach"]:
            shutil.rmtree(command[2])
            return done(command)
        if command[0] == "ditto":
            shutil.copytree(command[1], command[2])
            return done(command)
        if command[0] == "codesign":
            return done(command)
        return office.program(command, installed)

    def output(command):
        if command[0] == "lipo":
            return "x86_64 arm64\n"
        version = Path(command[-1]).read_bytes()[4:].decode()
        return f"      cmd LC_BUILD_VERSION\n  cmdsize 32\n platform 1\n    minos {version}\n"

    monkeypatch.setattr(module, "run", run)
    monkeypatch.setattr(install_check, "run", run)
    monkeypatch.setattr(module, "output", output)
    return dist, work


def test_mac_check_passes_for_a_good_app(mac, tmp_path, monkeypatch):
    dist, work = simulate_mac(mac, tmp_path, monkeypatch)
    mac.run_all(dist, work)
    assert install_check.database().is_file() and not (mac.APPLICATIONS / "x.app").exists()


def test_mac_check_fails_for_a_background_only_app(mac, tmp_path, monkeypatch):
    dist, work = simulate_mac(mac, tmp_path, monkeypatch, background=True)
    with pytest.raises(install_check.InstallCheckFailed, match="LSBackgroundOnly"):
        mac.run_all(dist, work)


def test_mac_check_fails_for_a_binary_that_needs_a_newer_macos(mac, tmp_path, monkeypatch):
    dist, work = simulate_mac(mac, tmp_path, monkeypatch, minos="14.0")
    with pytest.raises(install_check.InstallCheckFailed, match="nieuwere macOS"):
        mac.run_all(dist, work)


# --- signing: optional, and loud when skipped --------------------------------------------------


def test_unsigned_builds_say_so_in_the_log_and_on_the_ci_summary(capsys):
    assert signing.report_windows({"GITHUB_ACTIONS": "true"}) is False
    assert signing.report_macos({"GITHUB_ACTIONS": "true"}) == (False, False)
    out = capsys.readouterr().out
    assert "[build] Ondertekenen (Windows) overgeslagen" in out
    assert "[build] Ondertekenen (macOS) overgeslagen" in out
    assert out.count("::warning title=") == 2


def test_signed_but_not_notarised_mac_build_says_so(capsys):
    environ = {signing.MACOS_IDENTITY: "Developer ID Application: X (T)"}
    assert signing.report_macos(environ) == (True, False)
    assert "Notariseren (macOS) overgeslagen" in capsys.readouterr().out
    full = {**environ, **dict.fromkeys(signing.NOTARY, "x")}
    assert signing.report_macos(full) == (True, True)


def test_signtool_command_timestamps_with_sha256(tmp_path):
    command = signing.windows_sign_command(
        "signtool.exe", tmp_path / "c.pfx", {signing.WINDOWS_PASSWORD: "pw"}, [Path("a.exe")]
    )
    assert command[:2] == ["signtool.exe", "sign"] and command[-1] == "a.exe"
    for option in ("/fd", "/td"):  # file digest and time-stamp digest
        assert command[command.index(option) + 1] == "sha256"
    assert command[command.index("/tr") + 1] == signing.DEFAULT_TIMESTAMP_URL


def test_certificates_from_secrets_live_only_while_needed():
    with signing.decoded("aGVsbG8=", ".pfx") as path:
        assert path.read_bytes() == b"hello"
    assert not path.exists()
