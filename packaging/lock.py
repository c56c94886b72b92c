"""Regenerate packaging/requirements-lock.txt: `python3 packaging/lock.py` (needs `pip install uv`).

One lock for every build, on every platform: `uv pip compile --universal --generate-hashes`
resolves pyproject.toml's dependencies with the test extra (pytest, PyInstaller) and the build
tools in packaging/build-tools.in once for Windows, macOS and Linux (Python 3.11 and newer),
with platform markers where a package is platform-only and the sha256 of every wheel and sdist
on PyPI. Install it the way CI does:

    python -m pip install --require-hashes --no-deps -r packaging/requirements-lock.txt
    python -m pip install --no-deps --no-build-isolation -e .

Lower bounds stay in pyproject.toml; a test fails when a raised bound leaves the lock behind.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "packaging" / "requirements-lock.txt"
TOOLS = ROOT / "packaging" / "build-tools.in"
PYTHON = "3.11"  # the oldest Python the project supports (requires-python) and the one CI uses


def uv() -> list[str]:
    if shutil.which("uv"):
        return ["uv"]
    if importlib.util.find_spec("uv"):
        return [sys.executable, "-m", "uv"]
    raise SystemExit("uv ontbreekt: installeer het met `pip install uv` en probeer opnieuw.")


def command() -> list[str]:
    return [
        *uv(),
        "pip",
        "compile",
        "--universal",
        "--generate-hashes",
        "--python-version",
        PYTHON,
        "--extra",
        "test",
        "--custom-compile-command",
        "python3 packaging/lock.py",
        "--output-file",
        str(LOCK.relative_to(ROOT)),
        "pyproject.toml",
        str(TOOLS.relative_to(ROOT)),
    ]


def main() -> int:
    result = subprocess.run(command(), cwd=ROOT)
    if result.returncode:
        return result.returncode
    pins = [line for line in LOCK.read_text().splitlines() if "==" in line and line[0].isalnum()]
    print(f"{LOCK.relative_to(ROOT)}: {len(pins)} packages pinned, with hashes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
