"""Every fund rule at and around its boundary: dates, amounts, shares, years."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from db.models import ApplicationStatus as S
from db.services.funding import FundData, rules
from db.validation import Invalid

D = Decimal
UTRECHT = FundData(
    name="Initiatievenfonds Utrecht",
    max_per_request=D("20000.00"),
    max_per_year=D("20000.00"),
    min_lead_weeks=8,
    decision_weeks=4,
    decision_extension_weeks=4,
    large_request_threshold=D("20000.00"),
    fixed_decision_dates="01-01,04-01,09-01",
    accountability_weeks=12,
    max_years_same_initiative=3,
    required_attachments="Begroting\nHandtekeningenlijst",
    material_categories="Materiaal",
    max_material_share=50,
)
START = date(2026, 9, 26)  # Burendag, a Saturday
TODAY = date(2026, 6, 1)


def app(costs=(("Catering", "500"),), income=("50",), **kw) -> rules.Application:
    base = rules.Application(
        activity_start=START,
        activity_end=START,
        costs=[rules.CostItem(cat, D(total)) for cat, total in costs],
        income=[D(i) for i in income],
        attachment_kinds=["Begroting", "Handtekeningenlijst"],
    )
    return replace(base, **kw)


def one(key: str, fund=UTRECHT, application=None, today=TODAY) -> rules.Check:
    found = [c for c in rules.check(fund, application or app(), today) if c.key == key]
    assert len(found) == 1
    assert found[0].text.endswith(".")  # a complete Dutch sentence
    return found[0]


# --- timing -------------------------------------------------------------------------------


def test_submit_deadline_is_lead_time_before_the_activity():
    assert rules.submit_deadline(UTRECHT, START) == date(2026, 8, 1)
    assert rules.submit_deadline(UTRECHT, None) is None


@pytest.mark.parametrize(
    ("today", "ok"),
    [
        (date(2026, 7, 31), True),  # a day before the deadline
        (date(2026, 8, 1), True),  # exactly 8 weeks before: still in time
        (date(2026, 8, 2), False),  # one day late
        (START - timedelta(days=1), False),
        (START, False),  # on the day itself: never afterwards
        (START + timedelta(days=1), False),
    ],
)
def test_draft_timing_against_today(today, ok):
    check = one("timing", today=today)
    assert check.ok is ok
    if not ok:
        assert "01-08-2026" in check.text or "achteraf" in check.text


@pytest.mark.parametrize(
    ("submitted", "ok"), [(date(2026, 8, 1), True), (date(2026, 8, 2), False), (START, False)]
)
def test_submitted_timing_uses_the_submission_date_not_today(submitted, ok):
    check = one("timing", application=app(submitted_on=submitted), today=date(2027, 1, 1))
    assert check.ok is ok
    assert ("ingediend" in check.text) or not ok


def test_timing_needs_an_activity_date():
    check = one("timing", application=app(activity_start=None, activity_end=None))
    assert not check.ok and "datum van de activiteit" in check.text


def test_zero_lead_time_still_requires_before_the_activity():
    fund = replace(UTRECHT, min_lead_weeks=0)
    assert one("timing", fund, today=START - timedelta(days=1)).ok
    assert not one("timing", fund, today=START).ok


# --- amounts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("costs", "income", "ok"),
    [
        ("20000.00", "0.01", True),  # requested 19.999,99
        ("20000.01", "0.01", True),  # requested exactly the maximum
        ("20000.02", "0.01", False),  # one cent over
        ("100.00", "100.00", False),  # nothing requested
        ("100.00", "150.00", False),  # income above costs
        ("100.00", "99.99", True),  # one cent requested
    ],
)
def test_maximum_per_request(costs, income, ok):
    check = one("max_request", application=app(costs=(("Catering", costs),), income=(income,)))
    assert check.ok is ok
    assert ("niets gevraagd" in check.text) == (D(costs) <= D(income))


def test_no_maximum_per_request():
    check = one(
        "max_request", replace(UTRECHT, max_per_request=None), app(costs=(("Catering", "999999"),))
    )
    assert check.ok and "geen maximum" in check.text


@pytest.mark.parametrize(
    ("earlier", "ok"), [("19550.00", True), ("19550.01", False), ("19549.99", True)]
)
def test_maximum_per_year_counts_earlier_requests_for_the_same_initiative(earlier, ok):
    # this request: 500 − 50 = 450; 19.550 + 450 = 20.000 exactly
    prior = [rules.PriorSupport(2026, D(earlier), granted=True)]
    check = one("max_year", application=app(prior=prior))
    assert check.ok is ok
    assert "2026" in check.text


def test_maximum_per_year_ignores_other_years():
    prior = [
        rules.PriorSupport(2025, D("20000.00"), True),
        rules.PriorSupport(2027, D("20000.00"), False),
    ]
    check = one("max_year", application=app(prior=prior))
    assert check.ok and "Geen eerdere" in check.text


def test_no_maximum_per_year():
    assert one("max_year", replace(UTRECHT, max_per_year=None)).ok


# --- categories, contribution, material ---------------------------------------------------


def test_ineligible_category_case_insensitive():
    fund = replace(UTRECHT, ineligible_categories="Alcohol\nVrijwilligersvergoeding")
    assert one("ineligible", fund).ok
    bad = one("ineligible", fund, app(costs=(("Catering", "100"), ("alcohol ", "20"))))
    assert not bad.ok and "Alcohol" in bad.text
    assert one("ineligible").ok and "geen kostensoorten" in one("ineligible").text


@pytest.mark.parametrize(("income", "ok"), [((), False), (("0.00",), False), (("0.01",), True)])
def test_own_contribution(income, ok):
    assert one("own_contribution", application=app(income=income)).ok is ok


@pytest.mark.parametrize(
    ("material", "ok"), [("500.00", True), ("500.01", False), ("499.99", True)]
)
def test_material_share_boundary(material, ok):
    # material / (material + 500 catering) against 50 %
    check = one(
        "material", application=app(costs=(("Catering", "500.00"), ("Materiaal", material)))
    )
    assert check.ok is ok
    assert "%" in check.text


def test_material_rule_off_and_without_costs():
    assert one(
        "material", replace(UTRECHT, max_material_share=None), app(costs=(("Materiaal", "900"),))
    ).ok
    assert one("material", application=app(costs=())).ok
    assert not one(
        "material", replace(UTRECHT, max_material_share=0), app(costs=(("materiaal", "0.01"),))
    ).ok


# --- attachments and years ----------------------------------------------------------------


def test_required_attachments():
    assert one("attachments").ok
    missing = one("attachments", application=app(attachment_kinds=["begroting", "Foto"]))
    assert (
        not missing.ok and "Handtekeningenlijst" in missing.text and "Begroting" not in missing.text
    )
    assert one(
        "attachments", replace(UTRECHT, required_attachments=""), app(attachment_kinds=[])
    ).ok


def _years(*years, granted=True):
    return [rules.PriorSupport(y, D("100.00"), granted) for y in years]


@pytest.mark.parametrize(
    ("prior", "ok", "words"),
    [
        ([], True, "Jaar 1 van hoogstens 3"),
        (_years(2025), True, "Jaar 2 van hoogstens 3"),
        (
            _years(2024, 2025),
            True,
            "laatste jaar (3 van 3)",
        ),  # the third year: allowed, with a warning
        (_years(2023, 2024, 2025), False, "2023, 2024, 2025"),  # a fourth year is refused
        (_years(2025, 2025, 2026), True, "Jaar 2"),  # same year twice counts once
        (
            _years(2023, 2024, 2025, granted=False),
            True,
            "Jaar 1",
        ),  # refused/pending years do not count
    ],
)
def test_at_most_three_years_for_the_same_initiative(prior, ok, words):
    check = one("years", application=app(prior=prior))
    assert check.ok is ok
    assert words in check.text


def test_recurring_yearly_initiative_is_exempt():
    check = one(
        "years", application=app(prior=_years(2020, 2021, 2022, 2023), recurring_yearly=True)
    )
    assert check.ok and "jaarlijks terugkerende" in check.text.lower()


def test_checklist_order_and_all_green_for_a_good_application():
    checks = rules.check(UTRECHT, app(), TODAY)
    assert [c.key for c in checks] == [
        "timing",
        "max_request",
        "max_year",
        "ineligible",
        "own_contribution",
        "material",
        "attachments",
        "years",
    ]
    assert all(c.ok for c in checks)


# --- decision and accountability dates ----------------------------------------------------


def test_decision_within_four_weeks_extendable_once():
    assert rules.decision_dates(UTRECHT, None, D("450")) is None
    assert rules.decision_dates(UTRECHT, date(2026, 3, 2), D("20000.00")) == (
        date(2026, 3, 30),
        date(2026, 4, 27),
    )


@pytest.mark.parametrize(
    ("submitted", "decided"),
    [
        (date(2026, 3, 2), date(2026, 4, 1)),
        (date(2026, 4, 1), date(2026, 9, 1)),  # submitted on a decision day: the next one
        (date(2026, 8, 31), date(2026, 9, 1)),
        (date(2026, 9, 2), date(2027, 1, 1)),  # wraps into next year
    ],
)
def test_large_requests_wait_for_a_fixed_intake_date(submitted, decided):
    """The fixed dates are intake dates: the four weeks (plus four) count from there."""
    expected = decided + timedelta(weeks=4)
    assert rules.decision_dates(UTRECHT, submitted, D("20000.01")) == (
        expected,
        expected + timedelta(weeks=4),
    )


def test_accountability_deadline_counts_from_the_end():
    assert rules.accountability_deadline(UTRECHT, START, START + timedelta(days=2)) == date(
        2026, 12, 21
    )
    assert rules.accountability_deadline(UTRECHT, START, None) == date(2026, 12, 19)
    assert (
        rules.accountability_deadline(replace(UTRECHT, accountability_weeks=None), START, START)
        is None
    )


def test_next_deadline_follows_the_status():
    args = (START, START, date(2026, 5, 1), D("450"))
    assert rules.next_deadline(UTRECHT, S.DRAFT, *args) == ("submit", date(2026, 8, 1))
    assert rules.next_deadline(UTRECHT, S.SUBMITTED, *args) == ("decision", date(2026, 5, 29))
    assert rules.next_deadline(UTRECHT, S.PARTLY_GRANTED, *args) == (
        "accountability",
        date(2026, 12, 19),
    )
    assert rules.next_deadline(UTRECHT, S.CLOSED, *args) is None
    assert rules.next_deadline(UTRECHT, S.DRAFT, None, None, None, D("1")) is None


def test_fixed_dates_parse_and_refuse():
    assert rules.parse_fixed_dates(" 09-01, 1-1;04-01 ") == [(1, 1), (4, 1), (9, 1)]
    assert rules.parse_fixed_dates("") == []
    assert rules.parse_fixed_dates("02-29") == [(2, 29)]
    with pytest.raises(Invalid, match="maand-dag"):
        rules.parse_fixed_dates("13-01")
    with pytest.raises(Invalid, match="maand-dag"):
        rules.parse_fixed_dates("1 januari")


def test_budget_totals_are_decimal():
    b = rules.budget([rules.line_total(D("3"), D("0.33")), D("10.00")], [D("2.50")])
    assert (b.costs, b.income, b.requested) == (D("10.99"), D("2.50"), D("8.49"))


@pytest.mark.parametrize(
    ("quantity", "price", "total"),
    [
        ("0.5", "0.01", "0.01"),
        ("1.5", "0.33", "0.50"),
        ("0.5", "0.03", "0.02"),
        ("2", "0.49", "0.98"),
    ],
)
def test_line_totals_round_half_up_to_cents(quantity, price, total):
    assert rules.line_total(D(quantity), D(price)) == D(total)


# --- rule or advice -----------------------------------------------------------------------


def test_lead_time_is_advice_unless_the_fund_states_it():
    late = one("timing", today=date(2026, 8, 2))
    assert not late.ok and late.advice and not late.blocking
    assert late.text.startswith("Advies:") and "vóór de activiteit begint" in late.text
    ruled = one("timing", fund=replace(UTRECHT, lead_time_is_rule=True), today=date(2026, 8, 2))
    assert ruled.blocking and "Te laat" in ruled.text
    afterwards = one("timing", today=START)
    assert afterwards.blocking  # applying afterwards is the fund's own rule


def test_material_share_is_advice_unless_the_fund_states_it():
    heavy = app(costs=(("Materiaal", "800"), ("Catering", "200")))
    check = one("material", application=heavy)
    assert check.advice and not check.blocking and "in evenwicht" in check.text
    ruled = one("material", fund=replace(UTRECHT, material_share_is_rule=True), application=heavy)
    assert ruled.blocking


def test_a_large_request_can_pass_the_maximum_checks():
    big = app(costs=(("Catering", "30000"),), income=("1000",))
    for key in ("max_request", "max_year"):
        check = one(key, application=big)
        assert not check.blocking and check.advice and "vast moment" in check.text
    # without fixed intake dates there is no large-request procedure: over the maximum is ✘
    plain = replace(UTRECHT, fixed_decision_dates="")
    assert one("max_request", fund=plain, application=big).blocking


@pytest.mark.parametrize("description", ["Fietsenrek voor de flat", "Twee fietskluizen"])
def test_stated_exclusions_found_in_category_or_description(description):
    fund = replace(UTRECHT, ineligible_categories="Fietsenrekken\nFietskluizen\nBuurtstalling")
    item = rules.CostItem("Materiaal", D("400"), description)
    check = one("ineligible", fund=fund, application=replace(app(), costs=[item]))
    assert check.blocking and description in check.text
    assert one("ineligible", fund=fund).ok


def test_utrecht_states_its_exclusions_and_keeps_advice_as_advice(db):
    from db.services import funding

    utrecht = next(f for f in funding.list_funds(db) if f.name == "Initiatievenfonds Utrecht")
    assert "Fietsenrekken" in utrecht.ineligible_categories
    assert not utrecht.lead_time_is_rule and not utrecht.material_share_is_rule
