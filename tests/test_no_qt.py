"""Without Qt: the data layer, every PDF document and the command line's PDF verb work on a
server or in a scheduled task where PySide6 is not installed.

The check runs in a fresh interpreter in which importing PySide6 fails, as it would there."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WITHOUT_QT = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"no Qt here: {name}")

    sys.meta_path.insert(0, NoQt())
    """
)

IMPORT_ALL = WITHOUT_QT + textwrap.dedent(
    """
    import db, desktop.reports, desktop.commands
    names = ["desktop.cli", "desktop.__main__"]
    for package in (db, desktop.reports, desktop.commands):
        prefix = package.__name__ + "."
        names += [
            info.name
            for info in pkgutil.walk_packages(package.__path__, prefix)
            if ".migrations" not in info.name  # Alembic runs those, by path
        ]
    for name in names:
        importlib.import_module(name)
    documents = desktop.reports.load_all()
    assert "PySide6" not in sys.modules
    print(len(names), "modules,", len(documents), "documents")
    """
)

PDF_FROM_THE_COMMAND_LINE = WITHOUT_QT + textwrap.dedent(
    """
    from desktop.__main__ import main

    database, output = sys.argv[1], sys.argv[2]
    assert main(["--db", database, "demo", "--residents", "100"]) == 0
    assert main(["--db", database, "pdf", "labels", "1", "-o", output]) == 0
    assert "PySide6" not in sys.modules
    """
)


def run(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )


def test_the_data_layer_and_every_document_import_without_qt():
    done = run(IMPORT_ALL)
    assert done.returncode == 0, done.stderr
    assert " modules, " in done.stdout


def test_the_blocker_really_blocks():
    done = run(WITHOUT_QT + "import PySide6.QtCore")
    assert done.returncode != 0 and "no Qt here" in done.stderr


def test_a_pdf_from_the_command_line_without_qt(tmp_path):
    output = tmp_path / "etiketten.pdf"
    done = run(PDF_FROM_THE_COMMAND_LINE, str(tmp_path / "kantoor.sqlite"), str(output))
    assert done.returncode == 0, done.stderr
    assert output.read_bytes().startswith(b"%PDF-")
