"""A workbook of 1.5 million filled rows (a few MB on disk) is refused fast and in bounded
memory: measured in a child process, so the figures are that read's alone. The sparse case (1.5
million formatted but empty rows) is in benchmarks/bench_transfer.py: it takes longer."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from db.transfer.importing import readers

ROWS = 1_500_000
HEADER = ("Voornaam", "Achternaam", "Postcode", "Huisnummer")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="peak memory via resource")

PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.openxmlformats'
        '.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Huurders" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/worksheet"/></Relationships>'
    ),
}


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def write_workbook(path: Path, row_xml) -> Path:
    """An .xlsx as Excel and openpyxl's write-only mode write it (inline strings, no
    <dimension>), streamed into the zip: building 1.5 million rows through openpyxl itself
    takes about 40 seconds, this about five."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        for name, xml in PARTS.items():
            book.writestr(name, xml)
        with book.open("xl/worksheets/sheet1.xml", "w") as fh:
            fh.write(
                b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                b'openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
                + "".join(inline(f"{c}1", h) for c, h in zip("ABCD", HEADER, strict=True)).encode()
                + b"</row>"
            )
            batch = []
            for number in range(2, ROWS + 2):
                batch.append(row_xml(number))
                if len(batch) == 50_000:
                    fh.write("".join(batch).encode())
                    batch = []
            fh.write("".join(batch).encode() + b"</sheetData></worksheet>")
    return path


CHILD = """
import json, resource, sys, time
from pathlib import Path
from db.transfer.importing import readers
from db.validation import Invalid
data = Path(sys.argv[1]).read_bytes()
start = time.perf_counter()
try:
    table = readers.read_xlsx(data)
    outcome = {"rows": len(table.rows)}
except Invalid as exc:
    outcome = {"refused": str(exc)}
outcome["seconds"] = time.perf_counter() - start
status = Path("/proc/self/status")
if status.exists():  # this program's own high-water mark (getrusage keeps the parent's)
    line = next(x for x in status.read_text().splitlines() if x.startswith("VmHWM:"))
    outcome["peak_mb"] = int(line.split()[1]) / 1024
else:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    outcome["peak_mb"] = peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
print(json.dumps(outcome))
"""


def read_in_child(path: Path) -> dict:
    root = Path(readers.__file__).resolve().parents[3]
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout)


def test_a_million_and_a_half_filled_rows_are_refused_fast_in_bounded_memory(tmp_path):
    path = write_workbook(
        tmp_path / "huurders.xlsx", lambda n: f'<row r="{n}">{inline(f"A{n}", "x")}</row>'
    )
    assert path.stat().st_size < 8_000_000  # a small file, as reported: a few MB
    outcome = read_in_child(path)
    assert outcome.get("refused", "").startswith("Het bestand heeft meer dan 250.000 gevulde rijen")
    assert "bestanden, of verwijder" in outcome["refused"]
    # Before: 30 s and 215 MB here (openpyxl read 250,000 rows before the cap, after parsing
    # the whole sheet for its size). Now the rows are counted with expat first.
    assert outcome["seconds"] < 10, outcome
    assert outcome["peak_mb"] < 150, outcome
