"""The progress report read back: the per-complex table adds up to its total line and to the key
figures, no resident's name or support-flag label appears, counts below 5 read "< 5"; the CLI
writes the PDF and the .xlsx with the same figures."""

from __future__ import annotations

import io
import re
import subprocess

import openpyxl
import pypdf
import pytest
from sqlalchemy import select

from db import clock
from db.models import SupportFlag
from db.services import office
from desktop.cli import build_parser, run_command
from desktop.reports import load_all
from tests.db.services.test_progress import FIRST, LAST, NOW, RESIDENT_NAMES, build


@pytest.fixture
def programme(db):
    with clock.frozen(NOW):
        yield build(db)


def text_of(data: bytes) -> str:
    """The text line by line as laid out (a table row stays one line), spaces squashed."""
    laid_out = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) >= 2
    text = "\n".join(re.sub(r"\s+", " ", line).strip() for line in laid_out.splitlines())
    return text.replace("<5", "< 5")  # -layout drops the space inside a right-aligned "< 5"


def render(db, complex_id=None) -> str:
    with clock.frozen(NOW):
        data = load_all()["voortgang"].render(db, complex_id, period_from=FIRST, period_to=LAST)
    assert data.startswith(b"%PDF")
    return text_of(data)


def table_line(text: str, name: str) -> list[str]:
    """The cells after a name in the per-complex table, the last table ("< 5" is one cell)."""
    *_before, line = (line for line in text.splitlines() if line.startswith(name + " "))
    return [cell.strip() for cell in re.findall(r"< 5|–|[\d.,]+(?: %)?", line[len(name) :])]


def test_totals_add_up_and_small_counts_are_hidden(db, programme):
    text = render(db)
    vulcanus, bangkok = table_line(text, "Vulcanusdreef"), table_line(text, "Bangkokdreef")
    total = table_line(text, "Totaal")
    # Woningen, NB, Aandeel, Doel, Steun, Act., Deeln., Uren
    assert vulcanus[:2] == ["40", "7"] and bangkok[:2] == ["20", "< 5"]
    assert total[:2] == ["60", "9"]
    assert int(vulcanus[0]) + int(bangkok[0]) == int(total[0])
    assert bangkok[2] == "–"  # a share of 2 of 20 homes would give the count away
    assert vulcanus[-2:] == ["18", "5,5"] and bangkok[-2:] == ["< 5", "0,0"]
    assert total[-2:] == ["21", "5,5"]
    assert "Huishoudens Nieuwe Buren (einde periode) 9" in text
    assert "Deelnemers (met binnenlopers) 21" in text
    assert "waarvan binnenlopers 18" in text
    assert "Ondersteunde bewoners < 5" in text  # 3 residents
    assert "Sociaal wijkteam < 5" in text
    assert re.search(r"Activiteiten gehouden < 5", text)
    assert "1 juni 2026 tot en met 25 november 2026" in text
    assert re.search(r"pagina 1 van \d", text)


def test_no_names_and_no_support_categories(db, programme):
    text = render(db) + render(db, programme.vulcanus)
    for name in RESIDENT_NAMES:
        assert name.split()[-1] not in text
    with db.reading() as session:
        labels = session.scalars(select(SupportFlag.label)).all()
    assert labels and not [label for label in labels if label in text]
    assert "Oosterhout" not in text  # nor a volunteer's


def test_one_complex_with_the_office_as_sender(db, programme):
    office.save(db, office.OfficeDetails(name="Buurtkantoor Overvecht", email="kantoor@example.nl"))
    text = render(db, programme.vulcanus)
    assert "Van: Buurtkantoor Overvecht · kantoor@example.nl" in text
    assert "Vulcanusdreef · 1 juni 2026" in text
    assert "Bangkokdreef" not in text
    assert table_line(text, "Totaal")[:2] == ["40", "7"]


def test_cli_writes_pdf_and_xlsx_with_the_same_figures(db, programme, tmp_path, capsys):
    pdf, xlsx = tmp_path / "voortgang.pdf", tmp_path / "voortgang.xlsx"
    args = build_parser().parse_args(
        [
            "--db",
            str(db.path),
            "pdf",
            "voortgang",
            "--from",
            FIRST.isoformat(),
            "--to",
            "25-11-2026",
            "-o",
            str(pdf),
            "--xlsx",
            str(xlsx),
        ]
    )
    with clock.frozen(NOW):
        assert run_command(args, db.url) == 0
    assert "Deelnemers (met binnenlopers) 21" in text_of(pdf.read_bytes())
    book = openpyxl.load_workbook(xlsx)
    per_complex = {row[0]: row for row in book["Per complex"].iter_rows(values_only=True)}
    assert per_complex["Vulcanusdreef"][2] == 7 and per_complex["Bangkokdreef"][2] == "< 5"
    assert per_complex["Totaal"][2] == 9
    months = list(book["Per maand"].iter_rows(values_only=True))
    assert months[0][0] == "Maand" and months[-1][:4] == ("11-2026", 15.0, "< 5", "< 5")
    cells = " ".join(str(c) for s in book for row in s.iter_rows(values_only=True) for c in row)
    assert not [n for n in RESIDENT_NAMES if n.split()[-1] in cells]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--from", "2026-06-01"], "vraagt een periode"),
        (["3", "--from", "2026-06-01", "--to", "2026-07-01"], "vraagt geen ID"),
        (["--from", "2026-07-01", "--to", "2026-06-01", "--complex", "1"], "vóór het begin"),
    ],
)
def test_cli_refuses_unclear_requests(db, tmp_path, capsys, extra, message):
    args = build_parser().parse_args(
        ["--db", str(db.path), "pdf", "voortgang", *extra, "-o", str(tmp_path / "x.pdf")]
    )
    assert run_command(args, db.url) != 0
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
