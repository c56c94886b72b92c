"""Regenerate packaging/requirements-lock.txt: `python3 packaging/lock.py` (Python 3.11).

Makes a clean virtual environment in a temporary folder, installs the project with its test
extras (which include PyInstaller) and writes `pip freeze` of it. Lower bounds stay in
pyproject.toml; this file pins what release builds and the Windows/macOS CI install.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "packaging" / "requirements-lock.txt"
HEADER = f"""\
# Pinned versions for release builds and CI (Windows/macOS runners): Python \
{sys.version_info.major}.{sys.version_info.minor}.
# Made by `python3 packaging/lock.py`: pip freeze of a clean venv with `pip install -e '.[test]'`.
# Install: pip install -r packaging/requirements-lock.txt && pip install -e '.[test]'
# Lower bounds live in pyproject.toml; PyInstaller's Windows/macOS-only helpers (pefile,
# pywin32-ctypes, macholib) are not listed and resolve on those systems.
"""


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="buurtkantoor-lock-") as folder:
        venv.EnvBuilder(with_pip=True).create(folder)
        python = str(Path(folder) / ("Scripts/python.exe" if os.name == "nt" else "bin/python"))
        pip = [python, "-m", "pip", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "install", "-e", f"{ROOT}[test]"], check=True)
        frozen = subprocess.run(
            [*pip, "freeze", "--exclude-editable"], check=True, capture_output=True, text=True
        ).stdout
    lines = sorted((line for line in frozen.splitlines() if "==" in line), key=str.lower)
    LOCK.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{LOCK.relative_to(ROOT)}: {len(lines)} packages pinned")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
