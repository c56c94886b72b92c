"""`buurtkantoor import`: the same report on the command line; bad rows stop it unless skipped."""

from __future__ import annotations

from sqlalchemy import func, select

from db.engine import sqlite_url
from db.models import Home, Resident
from db.safety.opening import open_database
from desktop.__main__ import main


def count(path, model):
    db = open_database(sqlite_url(path))
    try:
        with db.reading() as s:
            return s.scalar(select(func.count()).select_from(model))
    finally:
        db.dispose()


def test_import_reports_bad_rows_and_imports_nothing_without_skip(tmp_path, capsys):
    data = tmp_path / "woningen.csv"
    data.write_text(
        "Straat;Huisnummer;Postcode\r\nVulcanusdreef;1;3533 AB\r\n"
        "Vulcanusdreef;2 bis;3533ab\r\nVulcanusdreef;x;3533 AB\r\n",
        "cp1252",
    )
    database = tmp_path / "kantoor.sqlite"
    assert (
        main(
            [
                "--db",
                str(database),
                "import",
                "homes",
                str(data),
                "--errors",
                str(tmp_path / "fout.csv"),
            ]
        )
        == 3
    )
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("rij 4: Huisnummer 'x' is niet geldig")
    assert "Niets geïmporteerd" in out
    assert count(database, Home) == 0
    assert "fout" in (tmp_path / "fout.csv").read_text("utf-8-sig").splitlines()[0]

    assert main(["--db", str(database), "import", "homes", str(data), "--skip-invalid"]) == 0
    out = capsys.readouterr().out
    assert "2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 overgeslagen" in out
    assert count(database, Home) == 2


def test_import_names_missing_columns(tmp_path, capsys):
    data = tmp_path / "x.csv"
    data.write_text("Kleur;Maat\r\nrood;L\r\n", "utf-8")
    assert main(["--db", str(tmp_path / "k.sqlite"), "import", "residents", str(data)]) == 1
    err = capsys.readouterr().err
    assert "Geen kolom gevonden voor: Achternaam" in err
    assert count(tmp_path / "k.sqlite", Resident) == 0
