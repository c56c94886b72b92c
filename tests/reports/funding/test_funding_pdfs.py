"""The three funding PDFs: text extracted with pypdf, amounts in Dutch format that add up."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal
from io import BytesIO

import pytest
from pypdf import PdfReader

from db import clock, validation
from db.models import ApplicantKind, ApplicationStatus, Complex, Home, IncomeKind, Resident
from db.services import funding
from db.validation import money
from desktop.__main__ import main
from desktop.reports import load_all

D = Decimal
START = clock.today() + timedelta(weeks=10)
AMOUNT = re.compile(r"€ -?[0-9.]+,[0-9]{2}")


def pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(data)).pages]


def fonts(data: bytes) -> set[str]:
    found = set()
    for page in PdfReader(BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            found.add(str(font.get_object()["/BaseFont"]))
    return found


@pytest.fixture
def application(db):
    """A resident applies; her private notes must never reach a PDF."""
    with db.transaction() as session:
        complex_ = Complex(name="Vulcanusdreef 1-188")
        session.add(complex_)
        session.flush()
        homes = [
            Home(complex_id=complex_.id, street="Vulcanusdreef", house_number=n, postcode="3533 AB")
            for n in range(1, 41)
        ]
        session.add_all(homes)
        session.flush()
        resident = Resident(
            given_name="Şükrü",
            family_name="Yıldız",
            home_id=homes[0].id,
            notes="GEHEIM: schuldhulp loopt",
        )
        session.add(resident)
        session.flush()
        complex_id, resident_id = complex_.id, resident.id
    fund = funding.list_funds(db)[0]
    costs = [
        funding.CostLineData(
            description=f"Post {n}: soep en broodjes",
            category="Catering",
            quantity=D(n % 7 + 1),
            unit_price=money(f"{n * 13 % 97},{n % 100:02d}"),
        )
        for n in range(1, 61)
    ]
    income = [
        funding.IncomeLineData(
            kind=IncomeKind.OWN_MONEY, description="Eigen bijdrage", amount=D("125.50")
        ),
        funding.IncomeLineData(
            kind=IncomeKind.COFUNDING, description="Woonstichting", amount=D("250")
        ),
    ]
    aid = funding.save(
        db,
        funding.ApplicationData(
            fund_id=fund.id,
            title="Burendag aan de Vulcanusdreef",
            applicant_kind=ApplicantKind.RESIDENT,
            applicant_resident_id=resident_id,
            contact_name="Şükrü Yıldız",
            complex_id=complex_id,
            description="Samen de binnentuin opknappen en daarna eten met alle buren.",
            goal="Buren leren elkaar kennen.",
            activity_start=START,
            activity_end=START,
            location="Binnentuin",
            expected_participants=120,
            iban="NL91ABNA0417164300",
            account_holder="Ş. Yıldız",
        ),
        costs,
        income,
    )
    return aid


def test_application_pdf_budget_spreads_over_pages_and_adds_up(db, application):
    data = load_all()["application"].render(db, application)
    text = pages(data)
    bundle = funding.load(db, application)
    assert len(text) >= 3
    assert all(f"pagina {n} van {len(text)}" in t for n, t in enumerate(text, start=1))
    with_lines = [t for t in text if "Post " in t]
    assert len(with_lines) >= 2
    assert all("Omschrijving" in t and "Stukprijs" in t for t in with_lines)  # header repeated
    full = "\n".join(text)
    cell = r"\s+(€ [0-9.]+,[0-9]{2})"
    line_totals = [
        money(m.group(2))
        for c in bundle.costs
        for m in [
            re.search(
                rf"Post {c.position + 1}: soep en broodjes\s+Catering\s+[0-9]+{cell}{cell}", full
            )
        ]
        if m
    ]
    assert len(line_totals) == 60
    assert sum(line_totals) == bundle.budget.costs
    for amount in (bundle.budget.costs, bundle.budget.income, bundle.budget.requested):
        assert f"€ {amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") in full
    assert "€ 375,50" in full  # income 125,50 + 250,00
    assert "NL91 ABNA 0417 1643 00" in full
    assert "Şükrü Yıldız" in full
    assert "GEHEIM" not in full and "schuldhulp" not in full
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= {
        f.split("+")[-1] for f in fonts(data)
    }  # embedded subsets


def test_signature_list_has_every_address(db, application):
    data = load_all()["signatures"].render(db, application)
    full = "\n".join(pages(data))
    assert "Burendag aan de Vulcanusdreef" in full and "binnentuin opknappen" in full
    for n in (1, 2, 17, 40):
        assert re.search(rf"Vulcanusdreef {n}\b", full)
    assert "Voor" in full and "Tegen" in full and "Geen" in full and "Handtekening" in full
    assert "GEHEIM" not in full


def test_signature_list_needs_a_complex(db, application):
    other = funding.save(
        db, funding.ApplicationData(fund_id=funding.list_funds(db)[0].id, title="Zonder"), [], []
    )
    with pytest.raises(funding.ServiceError, match="complex"):
        load_all()["signatures"].render(db, other)


def test_accountability_pdf_planned_versus_actual(db, application):
    funding.submit(db, application, clock.today())
    funding.decide(
        db, application, ApplicationStatus.PARTLY_GRANTED, clock.today(), "1.000,00", "BES-1"
    )
    costs = funding.load(db, application).costs
    actual = {c.id: c.total - D("1.00") for c in costs}
    funding.account(db, application, clock.today(), actual, 97, "Zonnige dag; 97 buren kwamen.")
    full = "\n".join(pages(load_all()["accountability"].render(db, application)))
    planned = sum(c.total for c in costs)
    for amount in (planned, planned - 60, D("1000")):
        assert f"€ {amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") in full
    assert "€ -60,00" in full and "97" in full and "Zonnige dag" in full


def test_cli_writes_all_three(db, application, tmp_path, capsys):
    url = str(db.path)
    target = tmp_path / "refused.pdf"
    assert main(["--db", url, "pdf", "accountability", str(application), "-o", str(target)]) == 1
    assert "niet toegekend" in capsys.readouterr().err and not target.exists()
    funding.submit(db, application, clock.today())
    funding.decide(db, application, ApplicationStatus.GRANTED, clock.today(), "900,00", "B-2")
    for kind in ("application", "signatures", "accountability"):
        target = tmp_path / f"{kind}.pdf"
        assert main(["--db", url, "pdf", kind, str(application), "-o", str(target)]) == 0
        assert target.read_bytes().startswith(b"%PDF")
    assert main(["--db", url, "pdf", "application", "9999", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "bestaat niet" in capsys.readouterr().err


def test_in_kind_contribution_never_lowers_the_cash_request(db, application):
    bundle = funding.load(db, application)
    costs = bundle.budget.costs
    hours = funding.IncomeLineData(
        kind=IncomeKind.OWN_IN_KIND, description="Vrijwilligersuren", amount=D("65.00")
    )
    funding.save(db, bundle.application, bundle.costs, [*bundle.income, hours])
    after = funding.load(db, application).budget
    assert after.costs == costs
    assert after.income == D("375.50")  # money only
    assert after.in_kind == D("65.00")
    assert after.requested == costs - D("375.50")  # the € 65 of hours is no cash
    full = "\n".join(pages(load_all()["application"].render(db, application)))
    asked = re.escape(validation.format_money(costs - D("375.50")))
    assert re.search(rf"Gevraagd bij het fonds\s+{asked}", full)
    assert "in natura ter waarde van € 65,00" in full


def test_draft_is_marked_concept_on_every_page_and_shows_how_to_reach_the_applicant(
    db, application
):
    text = pages(load_all()["application"].render(db, application))
    assert all("CONCEPT" in t for t in text)
    assert "Vulcanusdreef 1, 3533 AB Utrecht" in text[0]
    funding.submit(db, application, clock.today())
    assert not any("CONCEPT" in t for t in pages(load_all()["application"].render(db, application)))


def test_accountability_squares_the_money(db, application):
    funding.submit(db, application, clock.today())
    funding.decide(
        db, application, ApplicationStatus.PARTLY_GRANTED, clock.today(), "1.000,00", "BES-1"
    )
    bundle = funding.load(db, application)
    spent = D("1200.00")
    share = (spent / len(bundle.costs)).quantize(D("0.01"))
    actual = {c.id: share for c in bundle.costs}
    actual[bundle.costs[0].id] += spent - share * len(bundle.costs)
    funding.account(db, application, clock.today(), actual, 50, "Verslag.")
    full = "\n".join(pages(load_all()["accountability"].render(db, application)))
    # granted 1.000 + other income 375,50 - spent 1.200 = 175,50 left over: back to the fund
    assert re.search(r"Toegekend door het fonds\s+€ 1\.000,00", full)
    assert re.search(r"Werkelijk uitgegeven\s+€ 1\.200,00", full)
    assert re.search(r"Terug te betalen aan het fonds\s+€ 175,50", full)


def test_every_signature_page_says_what_is_signed_for(db, application):
    text = pages(load_all()["signatures"].render(db, application))
    assert len(text) >= 2
    assert all("Handtekeningenlijst voor: Burendag aan de Vulcanusdreef" in t for t in text)
