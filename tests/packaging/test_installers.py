"""The installers' build files, read on Linux: what Windows and macOS will get from them.

The PyInstaller spec is executed here as it would be on macOS, Windows and Linux, with
recording stand-ins for PyInstaller's build steps; the Inno Setup script, the build command
line and the CI workflow are read. The real builds run in CI (.github/workflows/build.yml).
"""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import appinfo  # noqa: E402
import build  # noqa: E402
import install_check_macos  # noqa: E402
import signing  # noqa: E402

SPEC = ROOT / "packaging" / "buurtkantoor.spec"
ISS = ROOT / "packaging" / "windows" / "buurtkantoor.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"

QT_DATAS = [
    ("PySide6/Qt/translations/qtbase_nl.qm", "src", "DATA"),
    ("PySide6/Qt/translations/qtbase_de.qm", "src", "DATA"),
    ("PySide6/Qt/translations/qt_nl.qm", "src", "DATA"),
    ("PySide6/Qt/translations/qt_help_fr.qm", "src", "DATA"),
    ("resources/translations/shell_nl.qm", "src", "DATA"),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "src", "BINARY"),
]


class SpecRun:
    """What the spec asked PyInstaller to build."""

    def __init__(self):
        self.analysis = None
        self.exes: list[dict] = []
        self.bundles: list[dict] = []


def run_spec(platform: str, monkeypatch, tmp_path) -> SpecRun:
    recorded = SpecRun()

    class Analysis:
        def __init__(self, scripts, **options):
            self.options = options
            self.datas = list(QT_DATAS)
            self.binaries, self.scripts, self.pure = [], [], []
            recorded.analysis = self

    def exe(*parts, **options):
        recorded.exes.append(options)
        return options

    def bundle(*parts, **options):
        recorded.bundles.append(options)

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda *args, **kwargs: []
    hooks.collect_submodules = lambda *args, **kwargs: []
    hooks.copy_metadata = lambda *args, **kwargs: []
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(appinfo, "platform_key", lambda: platform)
    namespace = {
        "SPECPATH": str(SPEC.parent),
        "workpath": str(tmp_path),
        "Analysis": Analysis,
        "PYZ": lambda *parts, **options: "pyz",
        "EXE": exe,
        "COLLECT": lambda *parts, **options: "coll",
        "BUNDLE": bundle,
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return recorded


def built_info_plist(run: SpecRun) -> dict:
    """Info.plist as PyInstaller's BUNDLE writes it: its defaults, then the spec's keys."""
    (exe,) = run.exes
    (bundle,) = run.bundles
    plist = {
        "CFBundleIdentifier": bundle["bundle_identifier"],
        "CFBundleExecutable": exe["name"],
        "CFBundlePackageType": "APPL",
        "CFBundleShortVersionString": bundle["version"],
    }
    if exe["console"]:  # PyInstaller: "Setting EXE console=True implies LSBackgroundOnly=True"
        plist["LSBackgroundOnly"] = True
    plist.update(bundle["info_plist"])
    return plist


# --- 1. macOS: a windowed app with a Dock icon and the menu bar ---------------------------------


def test_macos_app_is_windowed_and_not_background_only(monkeypatch, tmp_path):
    monkeypatch.delenv("BUURTKANTOOR_MACOS_IDENTITY", raising=False)
    run = run_spec("macos", monkeypatch, tmp_path)
    (exe,) = run.exes
    assert exe["name"] == appinfo.EXE_NAME and exe["console"] is False
    plist = built_info_plist(run)
    assert plist.get("LSBackgroundOnly") is not True and not plist.get("LSUIElement")
    assert install_check_macos.info_plist_problems(plist, appinfo.version()) == []
    assert exe["codesign_identity"] is None  # unsigned: PyInstaller signs ad hoc


def test_plist_check_catches_a_background_only_app():
    plist = {"LSBackgroundOnly": True, "LSMinimumSystemVersion": "11.0"}
    problems = install_check_macos.info_plist_problems(plist, appinfo.version())
    assert any("LSBackgroundOnly" in problem for problem in problems)
    assert any("LSMinimumSystemVersion" in problem for problem in problems)


def test_windows_and_linux_programs(monkeypatch, tmp_path):
    windows = run_spec("windows", monkeypatch, tmp_path)
    assert [(e["name"], e["console"]) for e in windows.exes] == [
        (appinfo.EXE_NAME, False),  # the start menu's program: no console window
        (appinfo.CLI_EXE_NAME, True),  # the verbs and --self-test print
    ]
    assert not windows.bundles and Path(windows.exes[0]["version"]).is_file()
    linux = run_spec("linux", monkeypatch, tmp_path)
    assert [(e["name"], e["console"]) for e in linux.exes] == [(appinfo.EXE_NAME, True)]


def test_macos_signing_identity_reaches_pyinstaller(monkeypatch, tmp_path):
    identity = "Developer ID Application: Buurtkantoor (ABCDE12345)"
    monkeypatch.setenv("BUURTKANTOOR_MACOS_IDENTITY", identity)
    (exe,) = run_spec("macos", monkeypatch, tmp_path).exes
    assert exe["codesign_identity"] == identity
    assert Path(exe["entitlements_file"]).is_file()


# --- 2. macOS: the real minimum, both processors ---------------------------------------------


def test_macos_minimum_is_what_the_wheels_need(monkeypatch, tmp_path):
    """PySide6-Essentials 6.11.3 and pypdfium2 5.15.2 have only macosx_13_0 wheels; no Mac
    older than 13 can run the bundle, so Info.plist must not promise one."""
    assert appinfo.MACOS_MINIMUM == "13.0"
    lock = (ROOT / "packaging" / "requirements-lock.txt").read_text()
    assert "pyside6-essentials==6.11.3" in lock and "pypdfium2==5.15.2" in lock, (
        "a new PySide6 or pypdfium2: look up its macOS wheel tags and update MACOS_MINIMUM"
    )
    plist = built_info_plist(run_spec("macos", monkeypatch, tmp_path))
    assert plist["LSMinimumSystemVersion"] == appinfo.MACOS_MINIMUM


def test_one_dmg_per_processor():
    assert build.dmg_name("arm64").endswith(f"{appinfo.version()}-arm64.dmg")
    assert build.dmg_name("x86_64").endswith(f"{appinfo.version()}-x86_64.dmg")


def test_otool_minimum_versions_are_read_from_every_slice():
    text = """Buurtkantoor (architecture x86_64):
Load command 9
      cmd LC_BUILD_VERSION
  cmdsize 32
 platform 1
    minos 13.0
      sdk 14.2
Buurtkantoor (architecture arm64):
      cmd LC_VERSION_MIN_MACOSX
  cmdsize 16
  version 10.13
      sdk 10.15
"""
    assert install_check_macos.minimum_versions(text) == ["13.0", "10.13"]
    assert install_check_macos.version_key("13.0") < install_check_macos.version_key("13.1")


# --- 7. Qt's translations: only the one the program loads ------------------------------------


def test_spec_keeps_only_the_qt_catalogue_the_program_loads(monkeypatch, tmp_path):
    run = run_spec("linux", monkeypatch, tmp_path)
    kept = [entry[0] for entry in run.analysis.datas]
    assert kept == [
        "PySide6/Qt/translations/qtbase_nl.qm",
        "resources/translations/shell_nl.qm",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    ]


def test_the_program_loads_no_other_qt_catalogue(monkeypatch):
    from PySide6.QtCore import QLibraryInfo

    from desktop import i18n

    loaded = []

    class RecordingTranslator:
        def __init__(self, parent):
            pass

        def load(self, base, directory):
            loaded.append((base, directory))
            return True

    class App:
        def installTranslator(self, translator):
            pass

    monkeypatch.setattr(i18n, "QTranslator", RecordingTranslator)
    i18n.install(App())
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    from_qt = {f"{base}.qm" for base, directory in loaded if directory == qt_folder}
    assert from_qt and from_qt <= set(appinfo.QT_TRANSLATIONS)


# --- 4. Windows: updates, minimum Windows, shortcut identity, version resource ----------------


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections.setdefault(current, [])
        elif current:
            sections[current].append(line)
    return sections


def entry(line: str) -> dict[str, str]:
    """'Name: "x"; Flags: y' → {'Name': 'x', 'Flags': 'y'}."""
    pairs = re.findall(r'(\w+):\s*("[^"]*"|[^;]+)', line)
    return {key: value.strip().strip('"') for key, value in pairs}


def defines(sign: bool = False, version: str | None = None) -> dict[str, str]:
    command = build.inno_command(Path("src"), Path("out"), version, sign, compiler="ISCC.exe")
    return dict(part[2:].split("=", 1) for part in command if part.startswith("/D") and "=" in part)


def test_update_clears_the_bundled_files_and_never_the_data():
    sections = iss_sections()
    removed = [entry(line) for line in sections["InstallDelete"]]
    assert removed == [{"Type": "filesandordirs", "Name": r"{app}\_internal"}]
    assert "UninstallDelete" not in sections
    assert "[Files]" in ISS.read_text() and r'Source: "{#SourceDir}\*"' in ISS.read_text()


def test_setup_refuses_windows_older_than_qt_supports():
    setup = sections_setup()
    assert setup["MinVersion"] == "{#MinWindows}"
    assert defines()["MinWindows"] == appinfo.WINDOWS_MINIMUM == "10.0.17763"


def sections_setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_sections()["Setup"] if "=" in line)


def test_shortcuts_carry_the_app_user_model_id_the_program_sets():
    set_by_program = set()
    for source in (ROOT / "desktop").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        set_by_program |= set(
            re.findall(r'SetCurrentProcessExplicitAppUserModelID\(\s*"([^"]+)"', text)
        )
    assert set_by_program == {appinfo.WINDOWS_APP_USER_MODEL_ID}
    icons = [entry(line) for line in iss_sections()["Icons"]]
    program_shortcuts = [icon for icon in icons if icon["Filename"] == r"{app}\{#AppExe}"]
    assert len(program_shortcuts) == 2  # start menu, optional desktop
    assert all(icon.get("AppUserModelID") == "{#AppUserModelId}" for icon in program_shortcuts)
    assert defines()["AppUserModelId"] == appinfo.WINDOWS_APP_USER_MODEL_ID


@pytest.mark.parametrize(
    ("version", "numeric"),
    [
        ("0.1.0", "0.1.0.0"),
        ("1.2.3rc1", "1.2.3.0"),
        ("2.0", "2.0.0.0"),
        ("1.2.3.4.5", "1.2.3.4"),
        ("1!2.0.post1+local.7", "2.0.0.0"),
        ("2026.70000.1", "2026.65535.1.0"),
        ("v3", "3.0.0.0"),
        ("nightly", "0.0.0.0"),
    ],
)
def test_version_info_is_valid_for_any_version(version, numeric):
    assert sections_setup()["VersionInfoVersion"] == "{#NumericVersion}"
    assert sections_setup()["VersionInfoTextVersion"] == "{#AppVersion}"
    passed = defines(version=version)
    assert passed["NumericVersion"] == numeric and passed["AppVersion"] == version
    assert all(0 <= int(part) <= 65535 for part in numeric.split("."))


def test_every_value_the_script_uses_is_passed_by_build():
    text = ISS.read_text(encoding="utf-8")
    own = set(re.findall(r"#define (\w+)", text))
    used = set(re.findall(r"\{#(\w+)\}", text)) - own
    assert used <= defines().keys(), used - defines().keys()


def test_signing_is_wired_but_optional():
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r"#ifdef Sign\s+SignTool=signtool\s+SignedUninstaller=yes\s+#endif", text)
    unsigned = build.inno_command(Path("s"), Path("o"), compiler="ISCC.exe")
    assert not any(part.startswith(("/DSign", "/S")) for part in unsigned)
    signed = build.inno_command(Path("s"), Path("o"), sign=True, compiler="ISCC.exe")
    assert "/DSign" in signed
    (tool,) = [part for part in signed if part.startswith("/Ssigntool=")]
    assert tool.endswith("windows-sign $f") and "signing.py" in tool
    assert signing.WINDOWS_PASSWORD not in tool  # read from the environment, not the command


# --- 5. CI installs what it built; a tag releases it ------------------------------------------


def workflow() -> str:
    return WORKFLOW.read_text(encoding="utf-8")


def test_ci_builds_for_windows_and_both_kinds_of_mac():
    text = workflow()
    assert "os: windows-latest" in text
    assert "os: macos-15-intel" in text  # Intel
    assert re.search(r"os: macos-(14|15|latest)\b(?!-intel)", text)  # Apple chip


def test_ci_installs_the_installer_after_building_it():
    text = workflow()
    build_at = text.index("run: python packaging/build.py")
    install_at = text.index("run: python packaging/install_check.py")
    upload_at = text.index("actions/upload-artifact")
    assert build_at < install_at < upload_at
    install_step = text[text.rindex("- name:", 0, install_at) : install_at]
    assert "if:" not in install_step  # on every system of the matrix


def test_windows_install_check_is_silent_per_user_and_keeps_data():
    source = (ROOT / "packaging" / "install_check_windows.py").read_text(encoding="utf-8")
    assert '"/VERYSILENT", "/CURRENTUSER"' in source
    assert "unins000.exe" in source and "--self-test" in source


def test_ci_installs_only_hashed_locked_packages():
    text = workflow()
    assert "pip install --require-hashes --no-deps -r packaging/requirements-lock.txt" in text
    assert "pip install --no-deps --no-build-isolation -e ." in text
    assert "pip install --upgrade" not in text and "pip install -e" not in text


def test_a_tag_publishes_the_installers_with_checksums():
    text = workflow()
    release = text[text.index("\n  release:") :]
    assert "if: startsWith(github.ref, 'refs/tags/v')" in release
    assert "needs: build" in release and "contents: write" in release
    assert "sha256sum" in release and "SHA256SUMS.txt" in release
    assert "gh release create" in release and "installers/*" in release
    assert '"v$version"' in release  # the tag must name pyproject.toml's version


def test_signing_secrets_reach_the_build_as_the_variables_signing_reads():
    text = workflow()
    for name in [
        signing.WINDOWS_CERTIFICATE,
        signing.WINDOWS_PASSWORD,
        signing.MACOS_IDENTITY,
        signing.MACOS_CERTIFICATE,
        signing.MACOS_PASSWORD,
        *signing.NOTARY,
    ]:
        secret = name.removeprefix("BUURTKANTOOR_")  # the README names the secrets so
        assert f"{name}: ${{{{ secrets.{secret} }}}}" in text, name
