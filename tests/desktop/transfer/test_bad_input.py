"""Bad input from the command line changes nothing and says why in Dutch; what the program writes
about people (exports, the lock file, the log) is readable by the user only."""

from __future__ import annotations

import logging
import os
import stat
import time

import pytest
from openpyxl import Workbook

from db.engine import sqlite_url
from db.safety.opening import open_database
from db.transfer import exporting
from db.transfer.importing import readers
from db.validation import Invalid
from desktop import logs
from desktop.__main__ import main
from desktop.safety.lock import InstanceLock


def test_a_huge_workbook_is_refused_with_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_ROWS", 2000)
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["Achternaam", "Voornaam"])
    for n in range(3000):
        sheet.append([f"Achter{n}", "Els"])
    path = tmp_path / "groot.xlsx"
    book.save(path)
    started = time.monotonic()
    with pytest.raises(Invalid, match=r"meer dan 2\.000 gevulde rijen"):
        readers.read_table(path, {"achternaam", "voornaam"})
    assert time.monotonic() - started < 10


def test_empty_rows_cost_nothing_and_merged_headers_are_still_found(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "CHUNK", 64)  # the merge tags cross chunk borders
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Bewonerslijst"
    sheet.merge_cells("A1:B1")
    sheet.append(["Achternaam", "Voornaam"])
    sheet.append(["Jansen", "Els"])
    sheet["A60000"] = "Bakker"
    path = tmp_path / "leeg.xlsx"
    book.save(path)
    table = readers.read_table(path, {"achternaam", "voornaam"})
    assert list(table.headers[:2]) == ["Achternaam", "Voornaam"]
    assert [table.cell(r, 0) for r in table.rows] == ["Jansen", "Bakker"]


def test_errors_file_may_not_be_the_file_being_imported(tmp_path, capsys):
    db = tmp_path / "kantoor.sqlite"
    source = tmp_path / "lijst.csv"
    source.write_text("Achternaam;Telefoon\nJansen;12\n", encoding="utf-8")
    before = source.read_bytes()
    code = main(["--db", str(db), "import", "residents", str(source), "--errors", str(source)])
    assert code == 2 and "bronbestand" in capsys.readouterr().err
    assert source.read_bytes() == before
    same = tmp_path / "." / "lijst.csv"
    assert main(["--db", str(db), "import", "residents", str(source), "--errors", str(same)]) == 2


def test_a_nonsense_database_url_gets_a_dutch_message_not_a_traceback(capsys):
    assert main(["--database-url", "nonsense", "check"]) == 2
    err = capsys.readouterr().err
    assert "geen geldige database-URL" in err and "Traceback" not in err


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_exports_lock_file_and_log_are_readable_by_the_user_only(tmp_path):
    columns = [exporting.ExportColumn("Naam")]
    for name in ("bewoners.csv", "bewoners.xlsx"):
        made = exporting.write(tmp_path / name, columns, [("Els Jansen",)])
        assert stat.S_IMODE(made.stat().st_mode) == 0o600, name
    path = tmp_path / "kantoor.sqlite"
    open_database(sqlite_url(path)).dispose()
    with InstanceLock(path) as lock:
        assert lock.acquire()
        assert stat.S_IMODE(lock.path.stat().st_mode) == 0o600
    log = logs.setup(tmp_path / "log")
    try:
        logging.getLogger("buurtkantoor.test").warning("een regel")
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", "") == str(log.absolute()):
                root.removeHandler(handler)
                handler.close()
