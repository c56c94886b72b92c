"""Every document kind, read back with `pdftotext -bbox` as a resident would read the paper:
Arabic words right to left in reading order, letters in logical order; nothing printed over
anything else with 200-character titles; every font embedded."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from html import unescape
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, update

from db.models import (
    ApplicationStatus,
    Complex,
    Event,
    FundingApplication,
    Home,
    Registration,
    Resident,
    Volunteer,
)
from desktop.reports import load_all

# CI must read the documents back; a developer without poppler gets a skip with the reason.
pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None and not os.environ.get("CI"),
    reason="pdftotext (poppler-utils) is not installed",
)

FIRST, SECOND = "محمد", "العلي"
ARABIC_TITLE = f"{FIRST} {SECOND} يبدأ 11:30 في Vulcanusdreef 12"
LONG = ("Gezamenlijke ontmoetingsmiddag voor alle bewoners van de flat met koffie, thee, "
        "soep en een hapje, muziek, spelletjes voor kinderen en informatie over de nieuwe "
        "tuin achter het complex")  # fmt: skip
LONG_TITLE = (LONG + " " + LONG)[:199] + "."
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def words(data: bytes, tmp_path) -> list[list[tuple[float, float, float, float, str]]]:
    """Per page: the word boxes pdftotext finds, text NFKC-folded."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        pages.append(
            [
                (*map(float, m.groups()[:4]), unicodedata.normalize("NFKC", unescape(m.group(5))))
                for m in WORD.finditer(page)
            ]
        )
    return pages


def _ids(db):
    with db.reading() as s:
        complex_id = s.scalar(
            select(Home.complex_id)
            .join(Resident, Resident.home_id == Home.id)
            .group_by(Home.complex_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        event_id = s.scalar(
            select(Registration.event_id)
            .group_by(Registration.event_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        granted = s.scalar(
            select(FundingApplication.id)
            .where(FundingApplication.status.in_([ApplicationStatus.GRANTED,
                                                  ApplicationStatus.ACCOUNTED]))
            .limit(1)
        )  # fmt: skip
        resident = s.scalar(select(Resident.id).limit(1))
        volunteer = s.scalar(select(Volunteer.id).limit(1))
    return {
        "complex": complex_id,
        "activiteit": event_id,
        "application": granted,
        "resident": resident,
        "volunteer": volunteer,
    }


def _rename_everyone(db, title: str) -> None:
    with db.transaction() as s:
        s.execute(update(Resident).values(given_name=FIRST, name_prefix="", family_name=SECOND))
        s.execute(
            update(Volunteer)
            .where(Volunteer.family_name != "")
            .values(given_name=FIRST, name_prefix="", family_name=SECOND)
        )
        s.execute(update(Event).values(title=title))
        s.execute(update(FundingApplication).values(title=title, contact_name=f"{FIRST} {SECOND}"))


def _complex_with(db, kind: str) -> int:
    """The complex whose call list / notice board has the most people on it."""
    from db.services import volunteer_matching

    with db.reading() as s:
        complex_ids = s.scalars(select(Complex.id)).all()
    if kind == "calllist":
        count = lambda c: sum(len(g.calls) for g in volunteer_matching.call_list(db, c))  # noqa: E731
    else:
        count = lambda c: len(volunteer_matching.notice_board(db, c))  # noqa: E731
    return max(complex_ids, key=count)


def _documents(db):
    ids = _ids(db)
    for kind, doc in sorted(load_all().items()):
        if kind in ("calllist", "volunteers"):
            ids = {**ids, "complex": _complex_with(db, kind)}
        options = [{}]
        if "size" in doc.options:
            options = [
                {"size": s} for s in (("A4", "A5", "A6") if kind == "flyer" else ("A5", "A6"))
            ]
        for option in options:
            yield (
                f"{kind} {option.get('size', '')}".strip(),
                doc.render(db, ids[doc.subject], **option),
            )


NAMELESS = {"labels", "voortgang"}


def test_arabic_reads_right_to_left_in_every_document(demo_db, tmp_path):
    _rename_everyone(demo_db, ARABIC_TITLE)
    checked = set()
    for name, data in _documents(demo_db):
        pairs = 0
        for page in words(data, tmp_path):
            for i, (x0, y0, _x1, _y1, text) in enumerate(page):
                if text != FIRST:
                    continue
                # the second word of the name, on the same line
                same_line = [w for w in page[:i] + page[i + 1 :] if abs(w[1] - y0) < 1]
                seconds = [w for w in same_line if w[4] == SECOND]
                if not seconds:
                    continue
                nearest = min(seconds, key=lambda w: abs(w[0] - x0))
                assert nearest[2] <= x0 + 0.5, f"{name}: {FIRST} is left of {SECOND}"
                pairs += 1
        # labels carry addresses only; the progress report aggregates only: neither has a name
        if name.split()[0] not in NAMELESS:
            assert pairs, f"{name}: no Arabic name or title found in reading order"
            checked.add(name.split()[0])
    assert checked == set(load_all()) - NAMELESS


def test_mixed_line_keeps_numbers_and_dutch_in_place(tmp_path):
    """Arabic text (the flyer's second language) runs right to left as a whole."""
    from desktop.reports import theme
    from desktop.reports.layout import style

    data = theme.build([theme.Text(ARABIC_TITLE, style(14, rtl=True))], "Test")
    page = words(data, tmp_path)[0]
    first = next(w for w in page if w[4] == FIRST)
    line = sorted((w for w in page if abs(w[1] - first[1]) < 1), key=lambda w: -w[0])
    order = [w[4] for w in line]  # right to left, as an Arabic reader reads
    assert order[:4] == [FIRST, SECOND, "يبدأ", "11:30"]
    assert order.index("Vulcanusdreef") == order.index("12") + 1  # LTR run: "Vulcanusdreef 12"


def _overlaps(page) -> list[tuple[str, str]]:
    found = []
    boxes = sorted(page, key=lambda w: w[0])
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if b[0] >= a[2] - 0.5:
                break
            if min(a[3], b[3]) - max(a[1], b[1]) > 1.5 and min(a[2], b[2]) - b[0] > 0.5:
                found.append((a[4], b[4]))
    return found


def test_long_titles_never_overprint(demo_db, tmp_path):
    _rename_everyone(demo_db, LONG_TITLE)
    with demo_db.transaction() as s:
        s.execute(update(Complex).values(name=func.substr(LONG_TITLE, 1, 110) + Complex.id))
    for name, data in _documents(demo_db):
        reader = PdfReader(BytesIO(data))
        for number, page in enumerate(words(data, tmp_path), start=1):
            width = float(reader.pages[number - 1].mediabox.width)
            assert not _overlaps(page), f"{name} page {number}: {_overlaps(page)[:3]}"
            assert all(w[0] >= -0.5 and w[2] <= width + 0.5 for w in page), f"{name} {number}"


def test_every_font_is_embedded(demo_db):
    for name, data in _documents(demo_db):
        for page in PdfReader(BytesIO(data)).pages:
            for font in page["/Resources"].get("/Font", {}).values():
                font = font.get_object()
                descendant = font.get("/DescendantFonts")
                target = descendant[0].get_object() if descendant else font
                descriptor = target.get("/FontDescriptor")
                assert descriptor is not None, f"{name}: {font['/BaseFont']} is a standard font"
                descriptor = descriptor.get_object()
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (
                    f"{name}: {font['/BaseFont']} is not embedded"
                )


def test_dutch_line_with_an_arabic_name_keeps_the_phone_number_as_written(tmp_path):
    from desktop.reports import theme

    data = theme.build(
        [theme.paragraph(f"{theme.isolate(FIRST + ' ' + SECOND)} · 06 12345678", "h2")], "Test"
    )
    page = words(data, tmp_path)[0]
    first = next(w for w in page if w[4] == FIRST)
    line = sorted((w for w in page if abs(w[1] - first[1]) < 1), key=lambda w: w[0])
    assert [w[4] for w in line] == [SECOND, FIRST, "·", "06", "12345678"]


def test_digits_next_to_arabic_punctuation_keep_their_order(tmp_path):
    from desktop.reports import theme
    from desktop.reports.layout import style

    line = "السبت 25 أبريل 2026، من 10:00 إلى 12:00"
    data = theme.build([theme.Text(line, style(14, rtl=True))], "Test")
    page = words(data, tmp_path)[0]
    first = next(w for w in page if w[4] == "السبت")
    on_line = sorted((w for w in page if abs(w[1] - first[1]) < 1), key=lambda w: -w[0])
    assert " ".join(w[4] for w in on_line) == line


def test_inzage_writes_languages_availability_and_hours_in_dutch(demo_db):
    from db.models import VolunteerHours
    from desktop.reports import inzage as safety_inzage

    assert safety_inzage.language_name("tr") == "Turks"
    assert safety_inzage.availability("tue-eve, sat-am") == "dinsdagavond, zaterdagochtend"
    assert safety_inzage.hours("3.00") == "3" and safety_inzage.hours("2.50") == "2,5"
    with demo_db.reading() as s:
        volunteer = s.scalar(select(VolunteerHours.volunteer_id).limit(1))
    with demo_db.transaction() as s:
        v = s.get(Volunteer, volunteer)
        v.availability = "tue-eve,sat-am"
        s.add(VolunteerHours(volunteer_id=volunteer, worked_on=v.stage_since, hours="2.50"))
    data = load_all()["inzage-vrijwilliger"].render(demo_db, volunteer)
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(data)).pages)
    assert "dinsdagavond, zaterdagochtend" in text and "tue-eve" not in text
    assert "2,5" in text and not re.search(r"\b\d+\.\d\d\b", text)


def test_the_overlap_check_finds_overprinted_words(tmp_path):
    """The long-title test above is only worth something if it can fail."""
    from reportlab.pdfgen import canvas

    from desktop.reports import theme

    theme.register_fonts()
    path = tmp_path / "over.pdf"
    canv = canvas.Canvas(str(path), initialFontName=theme.FONT)
    canv.setFont(theme.FONT, 12)
    canv.drawString(100, 700, "Gezamenlijke ontmoetingsmiddag")
    canv.drawString(150, 702, "Presentielijst")
    canv.save()
    assert _overlaps(words(path.read_bytes(), tmp_path)[0])


def test_no_document_draws_text_around_the_text_path():
    """reportlab's own drawString/Paragraph would print Arabic unshaped or backwards."""
    from pathlib import Path

    import desktop.reports

    root = Path(desktop.reports.__file__).parent
    offenders = [
        f"{path.relative_to(root)}: {needle}"
        for path in root.rglob("*.py")
        if path.name != "text.py"
        for needle in ("drawString(", "drawRightString(", "drawCentredString(", "Paragraph(")
        if needle in path.read_text(encoding="utf-8")
    ]
    assert not offenders
