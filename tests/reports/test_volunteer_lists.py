"""Belrooster and vrijwilligersoverzicht: names (Turkish, Arabic) and phone numbers appear, support
flags, notes and addresses never do; the call list pages cleanly; both are made from the CLI."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pypdf
import pytest

from db.models import Stage, SupportKind
from db.services import complexes, residents
from db.services import volunteer_support as vsup
from db.services import volunteers as v
from desktop.cli import build_parser, run_command
from desktop.reports import load_all

SECRET_NOTE = "Schulden bij de woningcorporatie"
FLAG_LABELS = ["Wil wekelijks gebeld worden", "Hulp bij post en formulieren", "Wil graag bezoek"]
ARABIC = "محمد العلي"


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def pages_of(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def fonts_of(data: bytes) -> set[str]:
    found = set()
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            found.add(str(font.get_object().get("/BaseFont")))
    return found


@pytest.fixture
def office(db):
    """A complex with two callers (one Turkish name) and residents with notes and support flags."""
    cid = complexes.create(db, complexes.ComplexData(name="Vulcanusdreef", home_count=188))
    complexes.add_home_range(db, cid, "Vulcanusdreef", 1, 120, "3533 AB", floor_size=8)
    homes = complexes.list_homes(db, cid)

    def resident(i, given, family, phone, consent=True):
        return residents.create(
            db,
            residents.ResidentData(
                given_name=given,
                family_name=family,
                home_id=homes[i].id,
                phone=phone,
                move_in=date(2015, 1, 1),
                consent_volunteer_contact=consent,
                support_flags=["weekly_call", "paperwork", "visit"],
                notes=SECRET_NOTE,
            ),
        )

    caller = resident(0, "Şükrü", "Yıldız", "0612345678")
    first = v.create(
        db,
        v.VolunteerData(
            resident_id=caller,
            complex_id=cid,
            stage=Stage.ACTIVE,
            on_notice_board=True,
            roles=["Belcontact senioren", "Tuincommissie"],
            notes="Vertrouwelijke notitie over de vrijwilliger",
        ),
    )
    second = v.create(
        db,
        v.VolunteerData(
            given_name="Anna",
            family_name="Bakker",
            phone="0611112222",
            complex_id=cid,
            stage=Stage.ACTIVE,
            on_notice_board=False,
        ),
    )
    arabic = resident(1, "محمد", "العلي", "0687654321")
    vsup.support_links.create(
        db,
        vsup.SupportLinkData(
            volunteer_id=first,
            resident_id=arabic,
            agreed_day=0,
            note="Vraagt steeds naar zijn schulden",
        ),
    )
    for i in range(2, 80):  # enough calls to need a second page
        rid = resident(i, f"Bewoner{i:02d}", "de Vries", f"06{20000000 + i}")
        vsup.support_links.create(
            db, vsup.SupportLinkData(volunteer_id=second, resident_id=rid, agreed_day=i % 7)
        )
    ended = resident(90, "Oud", "Contact", "0633334444")
    link = vsup.support_links.create(
        db, vsup.SupportLinkData(volunteer_id=first, resident_id=ended)
    )
    vsup.end_support(db, link)
    visit = resident(91, "Alleen", "Bezoek", "0655556666")
    vsup.support_links.create(
        db, vsup.SupportLinkData(volunteer_id=first, resident_id=visit, kind=SupportKind.VISIT)
    )
    return cid


def assert_nothing_sensitive(text: str) -> None:
    for secret in [
        SECRET_NOTE,
        "schulden",
        "Vertrouwelijke notitie",
        "Vulcanusdreef 2 ",
        *FLAG_LABELS,
    ]:
        assert secret not in text


def test_call_list_has_names_phones_and_days_but_nothing_sensitive(db, office):
    data = load_all()["calllist"].render(db, office)
    text = text_of(data)
    assert "Şükrü Yıldız" in text and "06 12345678" in text
    # Both words of the Arabic name are there (their order on paper: tests/reports/test_paper.py).
    assert all(w in unicodedata.normalize("NFKC", text) for w in ARABIC.split())
    assert "06 87654321" in text and "maandag" in text
    assert "Bewoner02 de Vries" in text and "06 20000079" in text
    assert "Oud Contact" not in text  # an ended link is no longer on the list
    assert "Alleen Bezoek" not in text  # a visit is not a call
    assert pages_of(data) >= 2 and "pagina 2 van" in text
    assert_nothing_sensitive(text)
    assert {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"} <= fonts_of(
        data
    )  # embedded Unicode font


def test_call_list_leaves_out_residents_whose_consent_was_withdrawn(db, office):
    page = residents.list_residents(db).rows
    rid = next(r.id for r in page if r.name == "Bewoner02 de Vries")
    data = residents.get(db, rid)
    data.consent_volunteer_contact = False
    residents.update(db, rid, data)
    assert "Bewoner02" not in text_of(load_all()["calllist"].render(db, office))


def test_notice_board_lists_opted_in_active_volunteers_with_roles_only(db, office):
    text = text_of(load_all()["volunteers"].render(db, office))
    assert "Şükrü Yıldız" in text and "Belcontact senioren, Tuincommissie" in text
    assert "Anna Bakker" not in text  # did not opt in
    assert "06 12345678" not in text  # names and roles only
    assert_nothing_sensitive(text)


@pytest.mark.parametrize("kind", ["calllist", "volunteers"])
def test_both_pdfs_from_the_command_line(db, office, tmp_path, kind, capsys):
    out = tmp_path / f"{kind}.pdf"
    args = build_parser().parse_args(
        ["--db", str(db.path), "pdf", kind, str(office), "-o", str(out)]
    )
    assert run_command(args, db.url) == 0
    assert "Şükrü Yıldız" in text_of(out.read_bytes())
    args = build_parser().parse_args(["--db", str(db.path), "pdf", kind, "999", "-o", str(out)])
    assert run_command(args, db.url) == 1
    assert "Complex 999 bestaat niet" in capsys.readouterr().err


def test_empty_complex_says_so(db):
    cid = complexes.create(db, complexes.ComplexData(name="Tigrisdreef"))
    assert "nog geen vaste belafspraken" in text_of(load_all()["calllist"].render(db, cid))
    assert "nog geen vrijwilligers" in text_of(load_all()["volunteers"].render(db, cid))
