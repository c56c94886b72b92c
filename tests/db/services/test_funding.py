"""Funding services: budget lines, the list with deadlines, the workflow, attachments."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from db import clock
from db.models import ApplicantKind, ApplicationStatus, Complex, Event, Home, IncomeKind
from db.services import ListQuery, ServiceError, funding

D = Decimal
S = ApplicationStatus
START = clock.today() + timedelta(weeks=10)


@pytest.fixture
def fund(db) -> funding.FundData:
    return funding.list_funds(db)[0]


def costs():
    return [
        funding.CostLineData(
            description="Soep en broodjes",
            category="Catering",
            quantity=D("60"),
            unit_price=D("4.50"),
        ),
        funding.CostLineData(
            description="Partytent (huur)", category="Materiaal", unit_price=D("120")
        ),
    ]


def income():
    return [
        funding.IncomeLineData(
            kind=IncomeKind.OWN_MONEY, description="Eigen bijdrage", amount=D("40")
        ),
        funding.IncomeLineData(kind=IncomeKind.COFUNDING, description="Corporatie", amount=D("50")),
    ]


def new_app(db, fund, **kw) -> int:
    data = funding.ApplicationData(
        fund_id=fund.id,
        title="Burendag Vulcanusdreef",
        activity_start=START,
        activity_end=START,
        iban="nl91abna0417164300",
        account_holder="Bewonerscommissie Vulcanusdreef",
        organisation_name="Bewonerscommissie Vulcanusdreef",
        **kw,
    )
    return funding.save(db, data, costs(), income())


def test_utrecht_is_seeded_with_the_material_rule(fund):
    assert (fund.name, fund.max_material_share, fund.material_categories) == (
        "Initiatievenfonds Utrecht",
        50,
        "Materiaal",
    )
    assert fund.fixed_decision_dates == "01-01,04-01,09-01"


def test_save_keeps_lines_in_order_and_derives_the_requested_amount(db, fund):
    aid = new_app(db, fund)
    bundle = funding.load(db, aid)
    assert [c.description for c in bundle.costs] == ["Soep en broodjes", "Partytent (huur)"]
    assert bundle.budget == funding.rules.Budget(D("390.00"), D("90.00"))
    assert bundle.budget.requested == D("300.00")
    assert bundle.application.iban == "NL91ABNA0417164300"
    assert [h.status for h in bundle.history] == [S.DRAFT]
    row = funding.list_applications(db).rows[0]
    assert (row.requested, row.deadline_kind, row.next_deadline) == (
        D("300.00"),
        "submit",
        START - timedelta(weeks=8),
    )
    # editing replaces the lines; the history is not touched by a plain save
    data = bundle.application
    funding.save(db, data, costs()[:1], [])
    again = funding.load(db, aid)
    assert again.budget.requested == D("270.00") and len(again.history) == 1


def test_save_refuses_bad_iban_and_missing_holder(db, fund):
    with pytest.raises(ServiceError, match="IBAN"):
        funding.save(
            db,
            funding.ApplicationData(
                fund_id=fund.id, title="X", iban="NL00ABNA0417164300", account_holder="A B"
            ),
            [],
            [],
        )
    with pytest.raises(ServiceError, match="rekeninghouder"):
        funding.save(
            db,
            funding.ApplicationData(fund_id=fund.id, title="X", iban="NL91ABNA0417164300"),
            [],
            [],
        )
    # a prepaid card needs no account at all
    aid = funding.save(
        db,
        funding.ApplicationData(
            fund_id=fund.id, title="X", iban="NL91ABNA0417164300", payout_method="prepaid_card"
        ),
        [],
        [],
    )
    assert funding.get(db, aid).iban == ""


def test_workflow_with_dated_history(db, fund):
    aid = new_app(db, fund)
    with pytest.raises(ServiceError, match="niet van 'concept' naar 'toegekend'"):
        funding.decide(db, aid, S.GRANTED, clock.today())
    submitted = clock.today()
    funding.submit(db, aid, submitted)
    with pytest.raises(ServiceError, match="tussen"):
        funding.decide(db, aid, S.PARTLY_GRANTED, submitted, "300,00")
    with pytest.raises(ServiceError, match="vóór de vorige"):
        funding.decide(db, aid, S.PARTLY_GRANTED, submitted - timedelta(days=1), "250")
    funding.decide(db, aid, S.PARTLY_GRANTED, submitted + timedelta(days=20), "250", "BES-2026-1")
    row = funding.list_applications(db).rows[0]
    assert (row.status, row.granted, row.deadline_kind) == (
        S.PARTLY_GRANTED,
        D("250.00"),
        "accountability",
    )
    assert row.next_deadline == START + timedelta(weeks=12)
    app = funding.get(db, aid)
    assert (app.decision_on, app.decision_reference, app.submitted_on) == (
        submitted + timedelta(days=20),
        "BES-2026-1",
        submitted,
    )
    history = funding.load(db, aid).history
    assert [h.status for h in history] == [S.DRAFT, S.SUBMITTED, S.PARTLY_GRANTED]


def test_accountability_copies_files_into_the_data_folder(db, fund, tmp_path):
    aid = new_app(db, fund)
    funding.submit(db, aid, clock.today())
    funding.decide(db, aid, S.GRANTED, clock.today())
    assert funding.get(db, aid).amount_granted == D(
        "300.00"
    )  # granted in full = the requested amount
    photo = tmp_path / "foto burendag.jpg"
    photo.write_bytes(b"\xff\xd8 jpeg")
    receipt = tmp_path / "bon.pdf"
    receipt.write_bytes(b"%PDF receipt")
    lines = funding.load(db, aid).costs
    funding.account(
        db,
        aid,
        clock.today(),
        {lines[0].id: "255,50", lines[1].id: D("120")},
        48,
        "Het was gezellig.",
        [(funding.PHOTO, photo), (funding.RECEIPT, receipt)],
    )
    bundle = funding.load(db, aid)
    assert [c.actual_amount for c in bundle.costs] == [D("255.50"), D("120.00")]
    assert (bundle.application.actual_participants, bundle.application.status) == (48, S.ACCOUNTED)
    stored = bundle.attachments
    assert [a.kind for a in stored] == ["Foto", "Bonnetje"]
    assert [a.size for a in stored] == [7, 12]
    photo.unlink()  # the stored copy does not depend on the original
    assert funding.open_copy(db, stored[0].id).read_bytes() == b"\xff\xd8 jpeg"
    funding.close(db, aid, clock.today())
    assert funding.get(db, aid).closed_on == clock.today()


def test_failed_accountability_leaves_no_files_behind(db, fund, tmp_path):
    aid = new_app(db, fund)
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"x")
    with pytest.raises(ServiceError):  # still a draft: cannot be accounted for
        funding.account(db, aid, clock.today(), {}, 3, "", [(funding.PHOTO, photo)])
    assert funding.load(db, aid).attachments == []


def test_attachments_add_remove_and_same_name_twice(db, fund, tmp_path):
    aid = new_app(db, fund)
    source = tmp_path / "handtekeningen.pdf"
    source.write_bytes(b"%PDF")
    first = funding.add_attachment(db, aid, "Handtekeningenlijst", source)
    funding.add_attachment(db, aid, "Begroting", source)
    stored = funding.load(db, aid).attachments
    assert [a.filename for a in stored] == ["handtekeningen.pdf"] * 2
    assert all(c.ok for c in funding.load(db, aid).checks() if c.key == "attachments")
    funding.remove_attachment(db, first)
    assert [a.id for a in funding.load(db, aid).attachments] == [stored[1].id]
    with pytest.raises(ServiceError, match="bestaat niet"):
        funding.open_copy(db, first)
    with pytest.raises(ServiceError, match="bestaat niet"):
        funding.add_attachment(db, aid, "Foto", tmp_path / "missing.jpg")
    funding.delete_application(db, aid)  # the stored files go with the application
    with pytest.raises(ServiceError, match="bestaat niet"):
        funding.open_copy(db, stored[1].id)
    assert source.exists()


def test_prior_support_feeds_the_year_rules(db, fund):
    ids = []
    for years_ago in (3, 2, 1):
        day = clock.today() - timedelta(days=365 * years_ago)
        aid = funding.save(
            db,
            funding.ApplicationData(fund_id=fund.id, title="Moestuin", activity_start=day),
            costs(),
            income(),
        )
        funding.submit(db, aid, day - timedelta(weeks=9))
        funding.decide(db, aid, S.GRANTED, day - timedelta(weeks=6))
        ids.append(aid)
    aid = funding.save(
        db,
        funding.ApplicationData(fund_id=fund.id, title="Moestuin", activity_start=START),
        costs(),
        income(),
    )
    bundle = funding.load(db, aid)
    assert len(bundle.prior) == 3 and all(p.granted for p in bundle.prior)
    years = next(c for c in bundle.checks() if c.key == "years")
    assert not years.ok  # a fourth year of a non-recurring initiative


def test_linking_activities_and_fund_defaults(db, fund):
    with db.transaction() as session:
        complex_ = Complex(name="Vulcanusdreef 1-188")
        session.add(complex_)
        session.flush()
        session.add_all(
            [
                Home(
                    complex_id=complex_.id,
                    street="Vulcanusdreef",
                    house_number=n,
                    house_letter=letter,
                    postcode="3533 AB",
                )
                for n, letter in ((12, ""), (2, "A"), (2, ""))
            ]
        )
        when = datetime.combine(START, datetime.min.time()) + timedelta(hours=14)
        session.add(Event(title="Burendag", starts_at=when, ends_at=when + timedelta(hours=3)))
        session.flush()
        complex_id = complex_.id
    event_id = funding.activity_choices(db, None)[0][0]
    aid = funding.save(
        db,
        funding.ApplicationData(
            fund_id=fund.id, title="Burendag", complex_id=complex_id, description="Samen opruimen."
        ),
        [],
        [],
        [event_id],
    )
    assert funding.list_applications(db).rows[0].linked_activity == "Burendag"
    assert [e.title for e in funding.load(db, aid).events] == ["Burendag"]
    assert funding.activity_choices(db, None) == []  # taken by this application
    sheet = funding.signature_sheet(db, aid)
    assert sheet.addresses == ["Vulcanusdreef 2", "Vulcanusdreef 2A", "Vulcanusdreef 12"]
    funding.save(db, funding.get(db, aid), [], [], [])
    assert funding.load(db, aid).events == []
    # one default fund at a time; a fund in use cannot be deleted
    other = funding.save_fund(
        db,
        funding.FundData(
            name="Bewonersfonds Rotterdam",
            min_lead_weeks=6,
            fixed_decision_dates="9-1, 1-1",
            is_default=True,
        ),
    )
    listed = funding.list_funds(db)
    assert [f.name for f in listed if f.is_default] == ["Bewonersfonds Rotterdam"]
    assert next(f for f in listed if f.id == other).fixed_decision_dates == "01-01,09-01"
    with pytest.raises(ServiceError, match="1 aanvragen"):
        funding.delete_fund(db, fund.id)
    funding.delete_fund(db, other)


def test_fund_validation_messages(db):
    with pytest.raises(ServiceError, match="maand-dag"):
        funding.save_fund(db, funding.FundData(name="X", fixed_decision_dates="31-12"))
    with pytest.raises(ServiceError, match="percentage"):
        funding.save_fund(db, funding.FundData(name="X", max_material_share=120))
    with pytest.raises(ServiceError, match="Naam"):
        funding.save_fund(db, funding.FundData(name=" "))


def test_list_filters_and_demo_deadlines(demo_db):
    page = funding.list_applications(demo_db, ListQuery(filters={"status": S.DRAFT}))
    assert page.total > 0 and all(
        r.status == S.DRAFT and r.deadline_kind == "submit" for r in page.rows
    )
    fund_id = funding.list_funds(demo_db)[0].id
    assert (
        funding.list_applications(demo_db, ListQuery(filters={"fund_id": fund_id})).total
        == funding.list_applications(demo_db).total
    )
    assert funding.people_choices(demo_db, ApplicantKind.VOLUNTEER)
    assert funding.people_choices(demo_db, ApplicantKind.RESIDENT)


def test_list_and_editor_round_each_line_the_same_way(db, fund):
    cents = [("1.5", "0.33"), ("3", "0.335"), ("0.5", "0.01"), ("7", "1.15")]
    lines = [
        funding.CostLineData(description=f"Post {n}", quantity=D(q), unit_price=D(p))
        for n, (q, p) in enumerate(cents)
    ]
    aid = funding.save(db, funding.ApplicationData(fund_id=fund.id, title="Afronding"), lines, [])
    row = funding.list_applications(db).rows[0]
    assert row.requested == funding.load(db, aid).budget.requested
