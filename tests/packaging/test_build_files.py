"""The Windows and macOS build files agree with the shared metadata (they cannot run here)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import appinfo  # noqa: E402
import build  # noqa: E402


def test_version_comes_from_pyproject():
    with open(ROOT / "pyproject.toml", "rb") as fh:
        assert appinfo.version() == tomllib.load(fh)["project"]["version"]
    assert len(appinfo.version_tuple()) == 4


def test_windows_version_resource(tmp_path):
    text = appinfo.windows_version_info(tmp_path / "v.txt").read_text(encoding="utf-8")
    assert f"filevers={appinfo.version_tuple()}" in text
    assert "'ProductName', 'Buurtkantoor'" in text
    # PyInstaller eval()s this on Windows with its own classes: the same expression shape
    tree = ast.parse(text, mode="eval")
    called = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call)}
    assert called == {
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    }
    assert "'OriginalFilename', 'buurtkantoor.exe'" in text


def test_inno_setup_script_starts_the_exe_the_spec_builds_and_keeps_user_data():
    iss = (ROOT / "packaging" / "windows" / "buurtkantoor.iss").read_text(encoding="utf-8")
    assert f'#define AppExe "{appinfo.EXE_NAME}.exe"' in iss
    assert "{group}" in iss and "{uninstallexe}" in iss  # start menu entry and uninstaller
    code = "\n".join(line for line in iss.splitlines() if not line.startswith(";"))
    assert "[UninstallDelete]" not in code and "DelTree" not in code  # never the data folder
    assert "Dutch.isl" in iss
    for name in re.findall(r"\{#(\w+)\}", iss):  # every value build.py must pass with /D
        assert name in ("AppName", "AppExe") or f"/D{name}=" in Path(build.__file__).read_text()


def test_dmg_script_and_bundle_settings():
    script = (ROOT / "packaging" / "macos" / "make_dmg.sh").read_text(encoding="utf-8")
    assert "hdiutil create" in script and "/Applications" in script
    spec = (ROOT / "packaging" / "buurtkantoor.spec").read_text(encoding="utf-8")
    assert "bundle_identifier=appinfo.BUNDLE_ID" in spec and "buurtkantoor.icns" in spec
    assert re.fullmatch(r"[a-z]+(\.[a-z]+)+", appinfo.BUNDLE_ID)


def test_ci_workflow_builds_and_tests_on_windows_and_macos():
    workflow = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    assert "windows-latest" in workflow and "macos-15" in workflow
    assert "python packaging/build.py" in workflow and "pytest" in workflow
    assert "packaging/requirements-lock.txt" in workflow


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked() -> dict[str, tuple[str, list[str]]]:
    """name → (version, hashes) of packaging/requirements-lock.txt (uv's hashed format)."""
    from packaging.requirements import Requirement

    text = (ROOT / "packaging" / "requirements-lock.txt").read_text()
    entries = {}
    for block in text.replace("\\\n", " ").splitlines():
        if not block or block.lstrip().startswith("#"):
            continue
        line, *hashes = block.split("--hash=")
        requirement = Requirement(line.strip())
        (pin,) = requirement.specifier
        entries[normal(requirement.name)] = (pin.version, [h.strip() for h in hashes])
    return entries


def test_lock_file_agrees_with_the_lower_bounds_in_pyproject():
    """A raised bound or a new dependency must not leave the lock behind: CI installs the lock
    with --no-deps (python3 packaging/lock.py regenerates it)."""
    from packaging.requirements import Requirement

    with open(ROOT / "pyproject.toml", "rb") as fh:
        project = tomllib.load(fh)["project"]
    pinned = locked()
    assert {"pyside6-essentials", "reportlab", "uharfbuzz", "pyinstaller", "pip"} <= pinned.keys()
    for text in [*project["dependencies"], *project["optional-dependencies"]["test"]]:
        requirement = Requirement(text)
        version, _ = pinned[normal(requirement.name)]
        assert requirement.specifier.contains(version), f"{requirement.name}=={version}"
    for name, (_, hashes) in pinned.items():
        assert hashes and all(h.startswith("sha256:") for h in hashes), name
