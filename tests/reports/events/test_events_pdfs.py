"""Activity PDFs: flyer templates and sizes, letterbox sheet, labels, presentielijst, the CLI."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from datetime import datetime, time, timedelta

import pypdf
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.units import mm

from db import clock
from db.services import complexes, events, residents
from db.services.events import FlyerInfo
from db.services.events.registrations import register
from desktop.__main__ import main
from desktop.reports import load_all
from desktop.reports.events import flyer, labels, sheet
from desktop.reports.layout import qr_drawing

ARABIC_TITLE = "صباح القهوة"
ARABIC_TEXT = "تعالوا لشرب القهوة والشاي مع الجيران"
LONG_TITLE = (
    "Grote voorjaarsschoonmaak rond de flat met koffie, soep en een gezellige afsluiting "
    "voor alle bewoners van de Vulcanusdreef"
)


@pytest.fixture(scope="module")
def picture(tmp_path_factory):
    path = tmp_path_factory.mktemp("pic") / "buren.jpg"
    Image.new("RGB", (1200, 800), "#88b4d8").save(path)
    return str(path)


def info(**changes) -> FlyerInfo:
    base = FlyerInfo(
        id=1,
        title="Koffieochtend in de buurtkamer",
        description="Kom gezellig koffie drinken met je buren.",
        starts_at=datetime(2026, 4, 25, 10),
        ends_at=datetime(2026, 4, 25, 12),
        place="Buurtkamer Vulcanusdreef 120",
        complex_id=1,
        complex_name="Vulcanusdreef",
        organisers="Fatma Yılmaz en het Buurtkantoor",
        status="announced",
        capacity=30,
        language="",
        foreign_title="",
        foreign_text="",
        picture_path="",
        qr_url="",
        template="",
    )
    return replace(base, **changes)


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def words_of(data: bytes) -> str:
    return " ".join(text_of(data).split())


@pytest.mark.parametrize("name", ["fris", "feestelijk", "rustig"])
@pytest.mark.parametrize("size", ["A4", "A5"])
def test_flyer_shows_title_date_place(name, size):
    data = flyer.flyer_pdf(info(), size, name)
    text = words_of(data)
    assert "Koffieochtend in de buurtkamer" in text
    assert "zaterdag 25 april 2026" in text and "10:00 – 12:00 uur" in text
    assert "Buurtkamer Vulcanusdreef 120" in text and "Fatma Yılmaz" in text
    reader = pypdf.PdfReader(io.BytesIO(data))
    width = float(reader.pages[0].mediabox.width)
    assert round(width) == {"A4": 595, "A5": 420}[size]
    fonts = {
        str(f["/BaseFont"])
        for f in reader.pages[0]["/Resources"]["/Font"].values()
        if "/BaseFont" in f.get_object()
    }
    assert fonts == {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"}  # only the embedded subsets


def _chars_outside(data: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(data)
    page = pdf[0]
    width, height = page.get_size()
    textpage = page.get_textpage()
    outside = []
    for i in range(textpage.count_chars()):
        left, bottom, right, top = textpage.get_charbox(i)
        if right > left and (left < 0 or bottom < 0 or right > width + 0.5 or top > height + 0.5):
            outside.append(textpage.get_text_range(i, 1))
    return outside


@pytest.mark.parametrize("name", ["fris", "feestelijk", "rustig"])
@pytest.mark.parametrize("size", ["A4", "A5"])
def test_long_title_stays_on_the_page(name, size, picture):
    title = (LONG_TITLE + " en omgeving")[:120]
    assert len(title) == 120
    data = flyer.flyer_pdf(
        info(
            title=title,
            picture_path=picture,
            qr_url="https://example.nl/a",
            description="Lang verhaal. " * 40,
            language="tr",
            foreign_title="Bahar temizliği",
            foreign_text="Herkes davetli. " * 20,
        ),
        size,
        name,
    )
    assert _chars_outside(data) == []
    words = " ".join(text_of(data).split())
    assert "Vulcanusdreef" in words  # wrapped and shrunk, not cut off
    unbroken = flyer.flyer_pdf(info(title="X" * 120), size, name)  # one 120-letter "word"
    assert _chars_outside(unbroken) == []


def test_arabic_block_extracts_as_the_right_letters():
    data = flyer.flyer_pdf(
        info(language="ar", foreign_title=ARABIC_TITLE, foreign_text=ARABIC_TEXT)
    )
    # The PDF holds joined (presentation) forms in visual order; NFKC gives the letters back.
    extracted = unicodedata.normalize("NFKC", text_of(data))
    for word in (ARABIC_TITLE + " " + ARABIC_TEXT).split():
        assert word in extracted
    assert "العربية" in extracted
    # joined: contextual forms were used, not the isolated base letters only
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in text_of(data))
    # right-to-left: the first word of the sentence is the rightmost on its line
    line = next(
        ln for ln in unicodedata.normalize("NFKC", text_of(data)).splitlines() if "تعالوا" in ln
    )
    assert line.split()[-1] == "تعالوا"


@pytest.mark.parametrize(
    "language,expected", [("en", "Saturday 25 April 2026"), ("tr", "Cumartesi 25 Nisan 2026")]
)
def test_second_language_date(language, expected):
    text = text_of(
        flyer.flyer_pdf(info(language=language, foreign_title="Coffee", foreign_text="Welcome"))
    )
    assert expected in text


def test_qr_code_payload_and_modules(picture):
    url = "https://buurtkantoor.example/activiteiten/12?taal=nl"
    assert qr_drawing(url, 100).contents[0].value == url
    data = flyer.flyer_pdf(info(qr_url=url, picture_path=picture), "A4", "rustig")
    # No QR decoder is installed: rasterise and compare every module with reportlab's own matrix.
    widget = qr_drawing(url, 100).contents[0]
    widget.qr.make()
    count = widget.qr.getModuleCount()
    image = pdfium.PdfDocument(data)[0].render(scale=4).to_pil().convert("L")
    w, h = image.size
    region = image.crop((int(w * 0.6), int(h * 0.8), w, h))
    dark = region.point(lambda v: 255 if v < 40 else 0)
    left, top, right, bottom = dark.getbbox()
    module = (right - left) / count
    assert abs((bottom - top) / count - module) < 0.5
    for r in range(count):
        for c in range(count):
            value = region.getpixel((int(left + (c + 0.5) * module), int(top + (r + 0.5) * module)))
            assert (value < 128) == widget.qr.isDark(r, c), (r, c)


def test_missing_picture_is_a_clear_error(tmp_path):
    from db.services import ServiceError

    with pytest.raises(ServiceError, match="niet gevonden"):
        flyer.flyer_pdf(info(picture_path=str(tmp_path / "weg.jpg")))
    with pytest.raises(ServiceError, match="bestaat niet"):
        flyer.flyer_pdf(info(), "A4", "paars")


def test_cancelled_flyer_says_so():
    assert "AFGELAST" in text_of(flyer.flyer_pdf(info(status="cancelled")))


@pytest.mark.parametrize("per_sheet,landscape", [(2, True), (4, False)])
def test_letterbox_sheet(per_sheet, landscape):
    data = sheet.sheet_pdf(info(), per_sheet, "fris", pages=2)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert (float(box.width) > float(box.height)) == landscape
    assert reader.pages[0].extract_text().count("zaterdag 25 april 2026") == per_sheet
    assert _chars_outside(data) == []


# --- from the database --------------------------------------------------------------------


@pytest.fixture
def planned(db):
    cid = complexes.create(
        db, complexes.ComplexData(name="Vulcanusdreef", common_room="Buurtkamer")
    )
    complexes.add_home_range(db, cid, "Vulcanusdreef", 1, 30, "3533 ab")
    homes = complexes.list_homes(db, cid)
    start = datetime.combine(clock.today() + timedelta(days=5), time(14, 0))
    eid = events.create(
        db,
        events.EventData(
            title="Burendag",
            starts_at=start,
            ends_at=start + timedelta(hours=3),
            complex_id=cid,
            capacity=2,
        ),
    )
    people = []
    for home, (given, family) in zip(
        homes, [("Şükrü", "Yıldız"), ("محمد", "العلي"), ("Zoë", "de Vries")], strict=False
    ):
        rid = residents.create(
            db,
            residents.ResidentData(
                given_name=given,
                family_name=family,
                home_id=home.id,
                phone="0612345678",
                notes="geheime notitie",
                support_flags=["weekly_call"],
            ),
        )
        register(db, eid, rid)
        people.append(rid)
    return cid, eid, start


def test_attendance_sheet(db, planned):
    _cid, eid, _start = planned
    data = load_all()["attendance"].render(db, eid)
    text = text_of(data)
    assert "Presentielijst: Burendag" in text and "Şükrü Yıldız" in text
    assert "العلي" in unicodedata.normalize("NFKC", text)
    assert "Zoë de Vries" not in text  # on the waiting list, not expected at the table
    # sensitive data never reaches a sheet that lies on a table: no phone, notes or support flags
    assert "12345678" not in text and "geheime" not in text and "gebeld" not in text
    assert "14:00 – 17:00 uur" in text
    assert flyer.when_lines(events.flyer_info(db, eid))[0] in text


def test_labels_first_label_and_pages(db, planned):
    cid, _eid, _start = planned
    data = load_all()["labels"].render(db, cid, first_label=23)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 3  # 2 on the part-used sheet, then 24 + 4
    first = reader.pages[0].extract_text()
    assert "Vulcanusdreef 1\n" in first + "\n" and "Vulcanusdreef 3\n" not in first + "\n"
    assert "3533 AB  UTRECHT" in first and "Aan de bewoner(s) van" in first
    assert "Yıldız" not in text_of(data)  # no names on an envelope
    pdf = pdfium.PdfDocument(data)
    textpage = pdf[0].get_textpage()
    found = textpage.search("Vulcanusdreef 1").get_next()
    left, _bottom, _right, top = textpage.get_charbox(found[0])
    assert (
        70 * mm < left < 140 * mm and top < 842 - 7 * 37 * mm
    )  # label 23: middle column, last row
    with pytest.raises(Exception, match="1 tot en met 24"):
        labels.labels_pdf(complexes.list_homes(db, cid), "x", first_label=25)


def test_cli_pdf_and_ics(db, planned, tmp_path, capsys):
    from desktop.__main__ import main

    _cid, eid, _start = planned
    args = ["--database-url", db.url]
    out = tmp_path / "flyer.pdf"
    assert (
        main(
            [
                *args,
                "pdf",
                "flyer",
                str(eid),
                "-o",
                str(out),
                "--size",
                "A5",
                "--template",
                "feestelijk",
            ]
        )
        == 0
    )
    assert "Burendag" in text_of(out.read_bytes())
    assert (
        main([*args, "pdf", "sheet", str(eid), "-o", str(tmp_path / "s.pdf"), "--size", "A6"]) == 0
    )
    assert main([*args, "pdf", "attendance", str(eid), "-o", str(tmp_path / "a.pdf")]) == 0
    assert main([*args, "ics", str(eid), "-o", str(tmp_path / "a.ics")]) == 0
    from icalendar import Calendar

    cal = Calendar.from_ical((tmp_path / "a.ics").read_bytes())
    assert [str(e["summary"]) for e in cal.walk("VEVENT")] == ["Burendag"]
    assert main([*args, "pdf", "flyer", "9999", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "bestaat niet" in capsys.readouterr().err


def _sizes_of(data: bytes, needle: str) -> list[float]:
    """The font sizes at which text containing `needle` is set."""
    found = []

    def visit(text, _cm, tm, _font, size):
        if needle in text:
            found.append(size * tm[3])

    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return found


LETTER = "Neem uw brief van de gemeente mee."
LONG_TEXT = " ".join(["Wij helpen u met formulieren, brieven en de computer."] * 30) + " " + LETTER


@pytest.mark.parametrize("name", ["fris", "feestelijk", "rustig"])
def test_flyer_text_is_readable_or_the_flyer_says_it_does_not_fit(name):
    short = flyer.flyer_pdf(info(register_line="Aanmelden: bel 030 286 1234."), "A6", name)
    assert short.warnings == ()
    # asked to sign up without being told how: the office details are missing
    assert "Kantoorgegevens" in flyer.flyer_pdf(info(), "A6", name).warnings[0]
    too_long = flyer.flyer_pdf(info(description=LONG_TEXT), "A6", name)
    assert min(_sizes_of(too_long, "formulieren")) >= 9
    assert "De tekst past niet op A6; kort hem in of kies A5." in too_long.warnings
    # A short text on A4 is set large, not lost in an empty page.
    assert min(_sizes_of(flyer.flyer_pdf(info(), "A4", name), "gezellig")) >= 20


def test_cli_says_when_the_text_does_not_fit(db, planned, tmp_path, capsys):
    from db.models import Event

    _cid, eid, _start = planned
    with db.transaction() as session:
        session.get(Event, eid).description = LONG_TEXT
    target = tmp_path / "flyer.pdf"
    args = ["--db", str(db.path), "pdf", "flyer", str(eid), "--size", "A6", "-o", str(target)]
    assert main(args) == 0
    out = capsys.readouterr()
    assert "geschreven" in out.out
    assert "De tekst past niet op A6; kort hem in of kies A5." in out.err


@pytest.mark.parametrize("size", ["A6", "A5"])
def test_qr_code_is_big_enough_to_scan_with_its_quiet_zone(size):
    url = "https://buurtkantoor.example/activiteiten/12?taal=nl"
    data = flyer.flyer_pdf(info(qr_url=url), size, "feestelijk")
    widget = qr_drawing(url, 100).contents[0]
    widget.qr.make()
    count = widget.qr.getModuleCount()
    scale = 8
    page = pdfium.PdfDocument(data)[0]
    image = page.render(scale=scale).to_pil().convert("L")
    w, h = image.size
    region = image.crop((w // 2, int(h * 0.6), w, h))
    left, top, right, _bottom = region.point(lambda v: 255 if v < 40 else 0).getbbox()
    side_mm = (right - left) / scale / 72 * 25.4
    assert side_mm >= 19.9
    module = (right - left) / count
    # four modules of white on every side of the code
    for dx in range(1, int(4 * module)):
        assert region.getpixel((left - dx, top + (right - left) // 2)) > 200
        assert region.getpixel((left + (right - left) // 2, top - dx)) > 200


def test_long_address_on_a_label_wraps_instead_of_shrinking():
    home = complexes.HomeData(
        street="Burgemeester Reigerstraat Zuidzijde",
        house_number=112,
        house_letter="B",
        addition="bis",
        postcode="3533 AB",
        city="Utrecht",
    )
    data = labels.labels_pdf([home], "Etiketten")
    sizes = _sizes_of(data, "Reigerstraat") + _sizes_of(data, "Zuidzijde")
    assert sizes and min(sizes) >= 10
    assert "Zuidzijde 112" in text_of(data).replace("\n", " ")


def _char_boxes_mm(data: bytes):
    """Every printed character's box in mm from the page's top-left corner, per page."""
    document = pdfium.PdfDocument(data)
    try:
        for page in document:
            width, height = page.get_size()
            text = page.get_textpage()
            boxes = []
            for i in range(text.count_chars()):
                left, bottom, right, top = text.get_charbox(i)
                if right > left:
                    boxes.append(
                        (left / mm, (height - top) / mm, right / mm, (height - bottom) / mm)
                    )
            yield width / mm, height / mm, boxes
    finally:
        document.close()


@pytest.mark.parametrize("size", ["A4", "A5", "A6"])
def test_flyer_text_stays_out_of_the_unprintable_edge(size):
    """Printed at actual size, nothing readable falls in a printer's 5 mm edge (the coloured
    background may run to the edge: losing its outer millimetres loses nothing)."""
    for name in flyer.templates():
        arabic = info(language="ar", foreign_title=ARABIC_TITLE, foreign_text=ARABIC_TEXT)
        for data in (flyer.flyer_pdf(arabic, size, name), sheet.sheet_pdf(arabic, 4)):
            for width, height, boxes in _char_boxes_mm(data):
                assert min(b[0] for b in boxes) >= 5 and min(b[1] for b in boxes) >= 5
                assert max(b[2] for b in boxes) <= width - 5
                assert max(b[3] for b in boxes) <= height - 5


def test_label_text_stays_in_each_labels_safe_area():
    """Every character stays 3 mm inside its own label, so a printer that feeds a little askew
    never puts an address across the edge of a label."""
    label_sheet = labels.A4_3X8
    homes = [
        complexes.HomeData(
            street="Burgemeester van Tuyllkade-Noordzijde",
            house_number=n,
            house_letter="B",
            addition="bis",
            postcode="3533 AB",
            city="Utrecht",
        )
        for n in range(1, 25)
    ]
    [(_w, _h, boxes)] = list(_char_boxes_mm(labels.labels_pdf(homes, "x")))
    seen = set()
    for left, top, right, bottom in boxes:
        col = int(left // (label_sheet.width / mm))
        row = int((top - label_sheet.top / mm) // (label_sheet.height / mm))
        x0, y0 = col * label_sheet.width / mm, label_sheet.top / mm + row * label_sheet.height / mm
        assert x0 + 3 <= left and right <= x0 + label_sheet.width / mm - 3
        assert y0 + 3 <= top and bottom <= y0 + label_sheet.height / mm - 3
        seen.add((row, col))
    assert len(seen) == 24
