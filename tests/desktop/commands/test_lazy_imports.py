"""Each command-line verb imports only what it needs, and `--help` nothing heavy at all: the
module lists that make this possible stay equal to what they stand in for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

LOADED_AFTER = """
import sys
from desktop.__main__ import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = ("sqlalchemy", "reportlab", "alembic", "PySide6", "openpyxl", "icalendar", "db.demo")
print("LOADED:", " ".join(sorted({m.split(".")[0] if m != "db.demo" else m for m in sys.modules
                       if m.startswith(heavy)})))
"""


def loaded_by(*argv: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", LOADED_AFTER, *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = next(line for line in done.stdout.splitlines() if line.startswith("LOADED:"))
    return set(line.split()[1:])


def test_help_imports_no_database_layer_pdf_library_or_qt():
    assert loaded_by("--help") == set()
    assert loaded_by("pdf", "--help") == set()
    assert loaded_by("import", "--help") == set()


def test_a_flyer_imports_reportlab_but_not_alembic_qt_or_the_other_verbs(tmp_path):
    from db.engine import sqlite_url
    from db.safety.opening import open_database

    path = tmp_path / "leeg.sqlite"
    open_database(sqlite_url(path)).dispose()  # migrated: the verb itself needs no Alembic
    loaded = loaded_by("--db", str(path), "pdf", "flyer", "1", "-o", str(tmp_path / "f.pdf"))
    assert "sqlalchemy" in loaded and "reportlab" in loaded
    assert not loaded & {"alembic", "PySide6", "openpyxl", "icalendar", "db.demo"}


def test_the_import_verbs_kinds_are_the_importers_kinds():
    from db.transfer import importing
    from desktop.commands import import_

    assert set(import_.KINDS) == set(importing.KINDS)


def test_every_pdf_kind_is_found_in_the_module_named_for_it():
    import desktop.reports as reports

    registered = reports.load_all()
    assert set(reports.MODULES) == set(registered)
    for kind, module in reports.MODULES.items():
        assert registered[kind].render.__module__ == f"desktop.reports.{module}"
