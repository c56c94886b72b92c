"""Reading spreadsheets as Dutch offices make them: .xlsx, or .csv in any of the usual dialects.

The result is always a :class:`SourceTable` of text cells with the row numbers Excel shows, so
that every later step (mapping, validation, the report) works the same for both formats.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from xml.parsers import expat

from db.validation import Invalid

HEADER_SEARCH_ROWS = 10  # a title or an empty line may come before the real header


@dataclass(frozen=True)
class SourceRow:
    number: int  # as Excel shows it: the header is row 1 in a plain list
    cells: tuple[str, ...]


@dataclass(frozen=True)
class SourceTable:
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...]
    header_row: int = 1
    encoding: str = ""
    delimiter: str = ""

    def cell(self, row: SourceRow, column: int) -> str:
        return row.cells[column] if 0 <= column < len(row.cells) else ""


def read_table(path: str | Path, known_headers: set[str] | None = None) -> SourceTable:
    """Read a .xlsx or .csv file; unusable files raise Invalid with a Dutch reason."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise Invalid(
            f"Het bestand '{path.name}' kan niet worden gelezen: {exc.strerror}."
        ) from exc
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(data, known_headers)
    if suffix in (".csv", ".txt"):
        return read_csv(data, known_headers)
    raise Invalid(
        f"'{path.name}' is geen .xlsx- of .csv-bestand. Sla het in Excel op als "
        "Excel-werkmap (.xlsx) of als CSV en probeer het opnieuw."
    )


# --- cells ---------------------------------------------------------------------------------


def cell_text(value: object) -> str:
    """One cell as text: dates as 27-04-2026, whole numbers without '.0', text tidied."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%d-%m-%Y")
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return str(Decimal(repr(value))).replace(".", ",")
    text = unicodedata.normalize("NFC", str(value))
    return " ".join(text.replace("\u00a0", " ").split())


# --- CSV ------------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name: UTF-8 (with or without BOM), else Windows-1252 (Excel on Windows)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 for those never fails.
        return "".join(_cp1252_char(b) for b in data), "cp1252"


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


def sniff_delimiter(text: str) -> str:
    """The separator of the first non-empty lines: ';' (Dutch Excel), ',' or a tab."""
    sample = [line for line in text.splitlines()[: HEADER_SEARCH_ROWS + 5] if line.strip()]
    if not sample:
        return ";"
    try:
        return csv.Sniffer().sniff("\n".join(sample), delimiters=";,\t").delimiter
    except csv.Error:
        counts = {d: sum(line.count(d) for line in sample) for d in ";,\t"}
        return max(counts, key=lambda d: (counts[d], d == ";"))


def read_csv(data: bytes, known_headers: set[str] | None = None) -> SourceTable:
    text, encoding = decode(data)
    if "\x00" in text:
        raise Invalid(
            "Dit bestand is geen tekst-CSV (het bevat binaire gegevens). "
            "Sla het in Excel op als CSV of als .xlsx."
        )
    delimiter = sniff_delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise Invalid(f"Het CSV-bestand kan niet worden gelezen: {exc}.") from exc
    if sum(1 for r in records if any(c.strip() for c in r)) > MAX_ROWS:
        raise Invalid(too_many_rows())
    grid = [(number, [cell_text(c) for c in record]) for number, record in enumerate(records, 1)]
    table = _from_grid(grid, known_headers or set(), {})
    return SourceTable(table.headers, table.rows, table.header_row, encoding, delimiter)


# --- XLSX -----------------------------------------------------------------------------------

MAX_ROWS = 250_000  # filled rows per file: far above any office's list, bounded in memory
CHUNK = 1 << 20


def too_many_rows() -> str:
    count = f"{MAX_ROWS:,}".replace(",", ".")  # Dutch thousands; the sentence keeps its comma
    return (
        f"Het bestand heeft meer dan {count} gevulde rijen; dat is te veel om in één keer "
        "te importeren. Splits het in kleinere bestanden, of verwijder lege en overbodige rijen."
    )


class _TooMany(Exception):
    pass


def _first_sheet_path(source) -> str | None:
    from openpyxl.reader.excel import ExcelReader

    reader = ExcelReader(source, read_only=True, data_only=True)
    reader.read_manifest()
    reader.read_workbook()
    for _sheet, rel in reader.parser.find_sheets():
        if rel.Type.endswith("/worksheet"):  # the first worksheet, as book.worksheets[0]
            return rel.target
    return None


def _last_filled_row(source) -> int | None:
    """Count the first sheet's filled rows with expat before openpyxl opens it.

    openpyxl is too slow to find out itself: opening a sheet without a <dimension> element (as
    openpyxl and many exporters write them) parses the whole sheet just for its size, and reading
    costs about a hundred microseconds a cell, so a workbook of 1.5 million rows took over half a
    minute to reach the cap. expat gets there in about a second, in constant memory."""
    path = _first_sheet_path(source)
    if path is None:
        return None  # no worksheet: load_workbook says so in Dutch
    with zipfile.ZipFile(source) as archive, archive.open(path) as fh:
        return _count_rows(fh)


def _count_rows(fh) -> int:
    """The number of the last filled row; refuses more than MAX_ROWS filled rows."""
    state = {"filled": False, "in_value": False, "rows": 0, "number": 0, "last": 0}

    def start(name, attrs):
        tag = name.rpartition(":")[2]  # some programs write prefixed tags (x:row)
        if tag == "row":
            state["filled"] = False
            number = attrs.get("r", "")
            state["number"] = int(number) if number.isdigit() else state["number"] + 1
        elif tag in ("v", "t"):
            state["in_value"] = True

    def end(name):
        tag = name.rpartition(":")[2]
        if tag in ("v", "t"):
            state["in_value"] = False
        elif tag == "row" and state["filled"]:
            state["rows"] += 1
            state["last"] = state["number"]
            if state["rows"] > MAX_ROWS:
                raise _TooMany

    def text(data):
        if state["in_value"] and not data.isspace():
            state["filled"] = True

    parser = expat.ParserCreate()
    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.CharacterDataHandler = text
    try:
        while chunk := fh.read(CHUNK):
            parser.Parse(chunk, False)
    except _TooMany:
        raise Invalid(too_many_rows()) from None
    except expat.ExpatError as exc:
        raise ValueError(str(exc)) from exc  # reported as a damaged workbook below
    return state["last"]


def _merge_refs(fh) -> list[bytes]:
    """The merged ranges, read from the sheet's XML in chunks (never the whole sheet at once)."""
    pattern = re.compile(rb'<mergeCell ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')
    refs, tail = [], b""
    while chunk := fh.read(CHUNK):
        data = tail + chunk
        refs += pattern.findall(data)
        tail = data[-100:]  # a tag cut in two by the chunk border is found in the next pass
        refs = refs[: len(refs) - len(pattern.findall(tail))]
    return refs + pattern.findall(tail)


def read_xlsx(data: bytes, known_headers: set[str] | None = None) -> SourceTable:
    from openpyxl import load_workbook  # only when an Excel file is read
    from openpyxl.utils.cell import range_boundaries

    try:
        last = _last_filled_row(io.BytesIO(data))
        # Read-only mode streams the rows: three times faster than loading every cell object.
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise Invalid("Het Excel-bestand bevat geen werkblad.")
        sheet.reset_dimensions()  # some programs write a wrong size; read what is there
        grid = []
        for number, values in enumerate(
            # Not past the last filled row: formatting down to row 1,048,576 is common.
            sheet.iter_rows(min_row=1, max_row=last, values_only=True),
            start=1,
        ):
            cells = [cell_text(v) for v in values]
            if not any(cells):
                continue  # empty rows (a sheet may claim a million of them) take no memory
            if len(grid) >= MAX_ROWS:
                book.close()
                raise Invalid(too_many_rows())
            grid.append((number, cells))
        with book._archive.open(sheet._worksheet_path) as fh:  # merged ranges: not in read-only
            refs = _merge_refs(fh)
        book.close()
    except Invalid:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise Invalid(
            "Dit Excel-bestand kan niet worden gelezen: het is beschadigd of geen "
            ".xlsx-werkmap. Open het in Excel en sla het opnieuw op."
        ) from exc
    merged = {}  # (row, col) → (top row, left col, bottom row) of its merged range
    for ref in refs:
        min_col, min_row, max_col, max_row = range_boundaries(ref.decode())
        for r in range(min_row, max_row + 1):
            for c in range(min_col, max_col + 1):
                merged[(r, c)] = (min_row, min_col, max_row)
    return _from_grid(grid, known_headers or set(), merged)


# --- finding the header ---------------------------------------------------------------------


def header_key(text: str) -> str:
    """'Huis-nummer ' → 'huisnummer': how header names are compared."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"[^a-z0-9]", "", "".join(ch for ch in text if not unicodedata.combining(ch)))


def _filled(
    row_no: int, cells: list[str], grid_rows: dict[int, list[str]], merged: dict
) -> list[str]:
    """Header cells with merged ranges filled in from their top-left cell."""
    out = list(cells)
    for col, value in enumerate(out, 1):
        if value or (row_no, col) not in merged:
            continue
        top, left, _bottom = merged[(row_no, col)]
        source = grid_rows.get(top, [])
        out[col - 1] = source[left - 1] if left - 1 < len(source) else ""
    return out


def _from_grid(grid: list[tuple[int, list[str]]], known: set[str], merged: dict) -> SourceTable:
    top = grid[: HEADER_SEARCH_ROWS * 3]
    # Cells hidden under a merge are often not stored at all: pad the header area first.
    span = max([len(c) for _n, c in top] + [col for (_r, col) in merged], default=0)
    top = [(n, c + [""] * (span - len(c))) for n, c in top]
    rows = {number: cells for number, cells in top}
    candidates = [(n, c) for n, c in top if any(c)][:HEADER_SEARCH_ROWS]
    if not candidates:
        raise Invalid("Het bestand is leeg: er staat geen kopregel en geen enkele rij in.")

    def score(item):
        number, cells = item
        filled = _filled(number, cells, rows, merged)
        recognised = sum(1 for c in filled if header_key(c) in known)
        return (recognised, sum(1 for c in filled if c) >= 2)

    header_no, header_cells = max(candidates, key=lambda item: (*score(item), -item[0]))
    headers = _filled(header_no, header_cells, rows, merged)
    last_header_row = max(
        (
            merged[(header_no, col)][2]
            for col in range(1, len(headers) + 1)
            if (header_no, col) in merged
        ),
        default=header_no,
    )
    if last_header_row > header_no:  # a two-line header: "Adres" above "Straat", "Nummer"
        below = _filled(last_header_row, rows.get(last_header_row, []), rows, merged)
        headers = [_combine(h, below[i] if i < len(below) else "") for i, h in enumerate(headers)]
    headers = _unique([h.strip() for h in headers])
    width = len(headers)
    data = []
    for number, cells in grid:
        if number <= last_header_row or not any(cells):
            continue
        cells = (cells + [""] * width)[: max(width, len(cells))]
        data.append(SourceRow(number, tuple(cells)))
    return SourceTable(tuple(headers), tuple(data), header_no)


def _combine(upper: str, lower: str) -> str:
    if not lower or lower == upper:
        return upper
    return lower if not upper else f"{upper} {lower}"


def _unique(headers: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for index, header in enumerate(headers, 1):
        name = header or f"Kolom {index}"
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out
