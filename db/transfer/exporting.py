"""Writing a table to .xlsx or .csv the way Dutch Excel users expect (no Qt here).

* Excel gets real numbers and dates with Dutch-looking formats (27-04-2026, € 1.234,50), a bold
  frozen header row and a filter.
* CSV is UTF-8 with BOM (so Excel shows "Zoë" right), semicolon-separated, with decimal commas.
* Text that starts with =, +, -, @ (or a tab/return) is neutralised, so a name can never run
  as a spreadsheet formula (OWASP "CSV injection").
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from db.validation import Invalid

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EXCEL_FORMATS = {
    "date": "DD-MM-YYYY",
    "datetime": "DD-MM-YYYY HH:MM",
    "int": "#,##0",
    "decimal": "#,##0.00",
    "money": '"€" #,##0.00;"€" -#,##0.00',
}
MAX_WIDTH = 60


@dataclass(frozen=True)
class ExportColumn:
    header: str
    money: bool = False  # Decimal values are amounts in euro


def neutralise(text: str) -> str:
    """A leading quote makes spreadsheet programs show the text instead of running it."""
    return "'" + text if text.startswith(FORMULA_START) else text


def value_kind(value: object, column: ExportColumn) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, datetime):
        return "datetime"
    if isinstance(value, date):
        return "date"
    if isinstance(value, int):
        return "int"
    if isinstance(value, Decimal):
        return "money" if column.money else "decimal"
    return "text"


def csv_text(value: object, column: ExportColumn) -> str:
    """Dutch notation that Dutch Excel reads back as the same number or date."""
    kind = value_kind(value, column)
    if kind == "empty":
        return ""
    if kind == "bool":
        return "ja" if value else "nee"
    if kind == "datetime":
        return value.strftime("%d-%m-%Y %H:%M")
    if kind == "date":
        return value.strftime("%d-%m-%Y")
    if kind == "int":
        return str(value)
    if kind in ("money", "decimal"):
        return f"{value:.2f}".replace(".", ",")
    return neutralise(str(value))


def write(path: str | Path, columns: Sequence[ExportColumn], rows: Iterable[Sequence]) -> Path:
    """Write by the file's extension (.xlsx or .csv); Invalid with a Dutch reason on failure."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise Invalid(f"Kies een bestandsnaam die eindigt op .xlsx of .csv, niet '{path.name}'.")
    try:
        if suffix == ".csv":
            write_csv(path, columns, rows)
        else:
            write_xlsx(path, columns, rows)
    except PermissionError as exc:
        raise Invalid(
            f"'{path.name}' kan niet worden geschreven: het bestand is open in een "
            "ander programma of de map is alleen-lezen. Sluit het en probeer het "
            "opnieuw."
        ) from exc
    except OSError as exc:
        raise Invalid(f"'{path.name}' kan niet worden geschreven: {exc.strerror}.") from exc
    return path


def _private(tmp: Path) -> Path:
    """The temporary file, created readable by this user only: exports hold personal data."""
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    return tmp


def write_csv(path: Path, columns: Sequence[ExportColumn], rows: Iterable[Sequence]) -> None:
    tmp = _private(path.with_name(path.name + ".tmp"))
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow([neutralise(c.header) for c in columns])
        for row in rows:
            writer.writerow([csv_text(v, c) for v, c in zip(row, columns, strict=False)])
    tmp.replace(path)


def write_xlsx(path: Path, columns: Sequence[ExportColumn], rows: Iterable[Sequence]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Export"
    widths = [len(c.header) for c in columns]
    sheet.append([c.header for c in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=2):
        for index, (value, column) in enumerate(zip(row, columns, strict=False)):
            cell = sheet.cell(row=number, column=index + 1)
            kind = value_kind(value, column)
            if kind == "text":
                text = str(value)
                cell.value = text
                cell.data_type = "s"  # never a formula, whatever it starts with
                if text.startswith(FORMULA_START):
                    cell.quotePrefix = True
                widths[index] = max(widths[index], len(text))
            elif kind == "bool":
                cell.value = "ja" if value else "nee"
            elif kind != "empty":
                cell.value = value
                cell.number_format = EXCEL_FORMATS[kind]
                widths[index] = max(widths[index], len(csv_text(value, column)) + 2)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, MAX_WIDTH)
    sheet.freeze_panes = "A2"
    if columns:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(sheet.max_row, 1)}"
    tmp = _private(path.with_name(path.name + ".tmp"))
    book.save(tmp)
    tmp.replace(path)
