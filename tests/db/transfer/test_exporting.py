"""Export files as Dutch Excel users need them, and safe against formula injection."""

from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from db.transfer import exporting
from db.transfer.exporting import ExportColumn
from db.validation import Invalid

COLUMNS = [
    ExportColumn("Naam"),
    ExportColumn("Datum"),
    ExportColumn("Begint"),
    ExportColumn("Aantal"),
    ExportColumn("Bedrag", money=True),
    ExportColumn("Actief"),
]
ROWS = [
    [
        "Zoë de Vries-van 't Hof",
        date(2026, 4, 27),
        datetime(2026, 4, 27, 14, 30),
        1234,
        Decimal("1234.50"),
        True,
    ],
    ['=HYPERLINK("http://x")', None, None, None, None, False],
    ["+31 6 1234", None, None, -5, Decimal("-2.00"), None],
    ["@SUM(A1)", None, None, None, None, None],
    ["-2+3", None, None, None, None, None],
]


def test_csv_is_utf8_bom_semicolon_dutch_and_neutralised(tmp_path):
    path = exporting.write(tmp_path / "lijst.csv", COLUMNS, ROWS)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["Naam", "Datum", "Begint", "Aantal", "Bedrag", "Actief"]
    assert rows[1] == [
        "Zoë de Vries-van 't Hof",
        "27-04-2026",
        "27-04-2026 14:30",
        "1234",
        "1234,50",
        "ja",
    ]
    assert [r[0] for r in rows[2:]] == [
        '\'=HYPERLINK("http://x")',
        "'+31 6 1234",
        "'@SUM(A1)",
        "'-2+3",
    ]
    assert rows[3][3:5] == ["-5", "-2,00"]  # numbers stay numbers, only text is neutralised


def test_xlsx_has_real_numbers_and_dates_with_dutch_formats_and_no_formulas(tmp_path):
    path = exporting.write(tmp_path / "lijst.xlsx", COLUMNS, ROWS)
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == ["Naam", "Datum", "Begint", "Aantal", "Bedrag", "Actief"]
    assert sheet["A2"].value == "Zoë de Vries-van 't Hof"
    assert sheet["B2"].value == datetime(2026, 4, 27) and sheet["B2"].number_format == "DD-MM-YYYY"
    assert sheet["C2"].number_format == "DD-MM-YYYY HH:MM"
    assert sheet["D2"].value == 1234 and sheet["D2"].number_format == "#,##0"
    assert sheet["E2"].value == Decimal("1234.5") or sheet["E2"].value == 1234.5
    assert "€" in sheet["E2"].number_format
    for ref in ("A3", "A4", "A5", "A6"):
        assert sheet[ref].data_type == "s", ref  # text, never a formula
        assert sheet[ref].quotePrefix
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:F6"


def test_unwritable_or_wrong_names_are_refused_in_dutch(tmp_path):
    with pytest.raises(Invalid, match=r"\.xlsx of \.csv"):
        exporting.write(tmp_path / "lijst.pdf", COLUMNS, ROWS)
    with pytest.raises(Invalid, match="kan niet worden geschreven"):
        exporting.write(tmp_path / "bestaat-niet" / "lijst.csv", COLUMNS, ROWS)
