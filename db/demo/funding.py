"""Funding applications to Utrecht's Initiatievenfonds in every status, with budgets and history.

Dates follow the fund's rules: submitted at least 8 weeks before the activity, a decision within
4 (at most 8) weeks, accountability after the activity. IBANs carry real bank codes but made-up
account numbers with correct mod-97 check digits, so validation accepts them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

from sqlalchemy import select

from db.demo.common import ANY_MONTH, CENT, Context, burendag, koningsdag
from db.demo.names import display
from db.demo.places import CORPORATION, Places
from db.demo.residents import People
from db.demo.volunteers import Team
from db.models import (
    ApplicantKind,
    ApplicationStatus,
    Attachment,
    CostLine,
    Fund,
    FundingApplication,
    IncomeKind,
    IncomeLine,
    PayoutMethod,
    StatusChange,
)

S = ApplicationStatus
STATUS_WEIGHTS = {
    S.DRAFT: 10,
    S.SUBMITTED: 12,
    S.GRANTED: 20,
    S.PARTLY_GRANTED: 8,
    S.REJECTED: 6,
    S.ACCOUNTED: 14,
    S.CLOSED: 30,
}
BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB"]
# title, description, cost lines: (description, category, quantity low/high, unit price low/high)
# Yearly events and holiday celebrations are exempt from the fund's 3-year limit.
YEARLY = ("Koningsdag in de flat", "Burendag", "Iftar met de buren", "Kerstbrunch")
SPRING_TO_AUTUMN = (3, 4, 5, 6, 7, 8, 9)


@dataclass(frozen=True)
class Initiative:
    title: str
    description: str
    months: tuple[int, ...]  # when it can take place: no Christmas brunch in August
    lines: tuple[tuple[str, str, int, int, float, float], ...]  # costs: quantity and price ranges
    on: Callable[[int], date] | None = None  # a fixed day in the year


# fmt: off
INITIATIVES = [  # cost lines: (description, category, quantity low/high, unit price low/high)
    Initiative("Koningsdag in de flat", "Oranjetraktatie en spelletjes voor kinderen.", (4,), (
        ("Tompoucen en limonade", "Catering", 60, 150, 1.5, 3),
        ("Oranje versiering", "Materiaal", 1, 1, 40, 90),
        ("Springkussen (huur)", "Materiaal", 1, 1, 150, 250)), koningsdag),
    Initiative("Burendag", "Samen opruimen, planten en daarna eten met de buren.", (9,), (
        ("Plantjes en potgrond", "Materiaal", 1, 1, 80, 220),
        ("Soep en broodjes", "Catering", 40, 90, 3, 6),
        ("Flyers printen", "Promotie", 150, 400, 0.1, 0.2)), burendag),
    Initiative("Koffieochtenden", "Wekelijkse koffieochtend tegen eenzaamheid.", ANY_MONTH, (
        ("Koffie, thee en koek", "Catering", 40, 52, 12, 25),
        ("Servies en kannen", "Materiaal", 1, 1, 50, 120))),
    Initiative("Moestuin achter de flat", "Bewoners leggen samen een moestuin aan.",
               SPRING_TO_AUTUMN, (
        ("Plantenbakken", "Materiaal", 4, 10, 35, 80),
        ("Zaden en potgrond", "Materiaal", 1, 1, 60, 150),
        ("Tuingereedschap", "Materiaal", 1, 1, 80, 200))),
    Initiative("Iftar met de buren", "Maaltijd tijdens de ramadan, voor alle buren.", (2, 3), (
        ("Boodschappen maaltijd", "Catering", 40, 120, 5, 9),
        ("Huur tafels en stoelen", "Materiaal", 1, 1, 60, 140))),
    Initiative("Kerstbrunch", "Brunch voor ouderen en alleenstaanden in de flat.", (12,), (
        ("Brunch", "Catering", 30, 70, 6, 11),
        ("Kerstversiering", "Materiaal", 1, 1, 25, 70))),
    Initiative("ICT-spreekuur", "Buren helpen buren met telefoon, DigiD en e-mail.", ANY_MONTH, (
        ("Laptop (tweedehands)", "Materiaal", 1, 2, 150, 300),
        ("Koffie en thee", "Catering", 20, 40, 2, 4))),
    Initiative("Zomerfeest", "Zomerfeest op het grasveld met muziek, eten en spelletjes.",
               (6, 7, 8), (
        ("Barbecue, vlees en vega", "Catering", 60, 150, 5, 9),
        ("Muziek en geluid (huur)", "Activiteit", 1, 1, 150, 400),
        ("Prijsjes en spelletjes", "Activiteit", 1, 1, 50, 150),
        ("Flyers printen", "Promotie", 150, 400, 0.1, 0.2))),
]
# fmt: on


@dataclass(slots=True)
class ApplicationInfo:
    id: int
    complex: int
    initiative: str
    title: str
    status: ApplicationStatus
    activity_start: date


def iban(bank: str, account: int) -> str:
    """A Dutch IBAN with correct mod-97 check digits for a (made-up) 10-digit account number."""
    bban = f"{bank}{account:010d}"
    digits = "".join(str(int(ch, 36)) for ch in bban + "NL00")
    return f"NL{98 - int(digits) % 97:02d}{bban}"


def generate(ctx: Context, places: Places, people: People, team: Team) -> list[ApplicationInfo]:
    rng = ctx.rng
    fund_id = ctx.session.scalar(select(Fund.id).order_by(Fund.is_default.desc(), Fund.id).limit(1))
    if fund_id is None:
        return []
    count = max(3 * len(S), round(len(places.complexes) * 1.2))
    statuses = list(S) + rng.choices(
        list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values()), k=count - len(S)
    )
    ids = ctx.ids(FundingApplication.__table__, count)
    apps, costs, incomes, history, infos, files = [], [], [], [], [], []
    for app_id, status in zip(ids, statuses, strict=True):
        k = 0 if rng.random() < 0.25 else rng.randrange(len(places.complexes))
        place = places.complexes[k]
        dates = _dates(ctx, status)
        initiative = _initiative(ctx, dates)
        title, description = initiative.title, initiative.description
        cost_rows = _cost_lines(ctx, app_id, initiative.lines, status)
        total = sum((r["quantity"] * r["unit_price"] for r in cost_rows), Decimal(0))
        income_rows = _income_lines(ctx, app_id, total)
        requested = total - sum((r["amount"] for r in income_rows), Decimal(0))
        row = {
            "id": app_id,
            "fund_id": fund_id,
            "title": f"{title} {place.street}",
            "initiative_key": f"{title} {place.name}".lower(),
            "recurring_yearly": title in YEARLY,
            "description": description,
            "goal": "Buren leren elkaar kennen en helpen elkaar.",
            "target_group": "Alle bewoners van het complex, met aandacht voor wie alleen is.",
            "expected_participants": rng.randint(20, 150),
            "expected_volunteers": rng.randint(3, 12),
            "complex_id": place.id,
            "location": place.room or place.name,
            "status": status,
            "proof_of_support": _signatures(ctx),
            **dates,
        }
        row.update(_applicant(ctx, k, people, team, place.street))
        row.update(_decision(ctx, status, requested, dates))
        apps.append(row)
        costs.extend(cost_rows)
        incomes.extend(income_rows)
        history.extend(_history(ctx, app_id, status, dates))
        files.extend(_attachments(ctx, app_id, status, dates, cost_rows, row["proof_of_support"]))
        infos.append(
            ApplicationInfo(app_id, k, title, row["title"], status, dates["activity_start"])
        )
    ctx.insert(FundingApplication.__table__, apps)
    ctx.insert(CostLine.__table__, costs)
    ctx.insert(IncomeLine.__table__, incomes)
    ctx.insert(StatusChange.__table__, history)
    ctx.insert(Attachment.__table__, files)
    return infos


def _attachments(
    ctx: Context,
    app_id: int,
    status: ApplicationStatus,
    dates: dict,
    cost_rows: list[dict],
    tally: str,
) -> list[dict]:
    """The fund's required attachments once an application was submitted, and a receipt once
    it was accounted for. Made without the random stream, so the rest of the demo stays the same;
    the files hold no personal data (a signature list is only its tally)."""
    if status == S.DRAFT:
        return []
    budget = "omschrijving;aantal;prijs\n" + "".join(
        f"{r['description']};{r['quantity']};{r['unit_price']}\n" for r in cost_rows
    )
    made = [
        ("Begroting", "begroting.csv", budget),
        ("Handtekeningenlijst", "handtekeningen.txt", f"Aanvraag {app_id}. {tally}\n"),
    ]
    if status in (S.ACCOUNTED, S.CLOSED):
        made.append(("Bonnetje", "bonnetjes.txt", "Bonnetjes van de uitgaven, samengevoegd.\n"))
    on = dates["submitted_on"] or ctx.today
    return [
        {
            "application_id": app_id,
            "kind": kind,
            "filename": name,
            "size": len(body.encode()),
            "content": body.encode(),
            "added_on": on if kind != "Bonnetje" else dates["accounted_on"] or on,
        }
        for kind, name, body in made
    ]


def _dates(ctx: Context, status: ApplicationStatus) -> dict:
    """Submission, activity and decision dates consistent with the status on 'today'."""
    rng = ctx.rng

    def days(low: int, high: int) -> timedelta:
        return timedelta(days=rng.randint(low, high))

    def length() -> timedelta:  # one day, or now and then a series such as weekly coffee mornings
        return days(180, 330) if rng.random() < 0.1 else days(0, 1)

    submitted = decision = accounted = closed = None
    if status in (S.ACCOUNTED, S.CLOSED):  # the activity is over and reported on
        accounted = ctx.days_ago(10, 60) if status == S.ACCOUNTED else ctx.days_ago(90, 600)
        end = accounted - days(14, 80)
        start = end - length()
        submitted = start - days(56, 120)
        decision = submitted + days(14, 56)
        closed = min(accounted + days(14, 60), ctx.today) if status == S.CLOSED else None
    else:
        if status == S.DRAFT:
            start = ctx.days_ahead(60, 150)
        elif status == S.SUBMITTED:
            submitted = ctx.days_ago(0, 27)
            start = submitted + days(56, 120)
        else:  # decided: granted, partly granted or rejected
            submitted = ctx.days_ago(40, 200)
            decision = min(submitted + days(14, 56), ctx.today)
            start = submitted + days(56, 150)
        end = start + length()
    return {
        "submitted_on": submitted,
        "decision_on": decision,
        "activity_start": start,
        "activity_end": end,
        "accounted_on": accounted,
        "closed_on": closed,
    }


def _initiative(ctx: Context, dates: dict) -> Initiative:
    """An initiative that suits the activity's month; a fixed-day one (Koningsdag) moves the
    activity to its real date when the fund's rules still hold, so the dates stay believable."""
    start = dates["activity_start"]
    candidates = [i for i in INITIATIVES if start.month in i.months]
    choice = ctx.pick(candidates)
    if choice.months != ANY_MONTH and (dates["activity_end"] - start).days > 1:
        dates["activity_end"] = start + timedelta(days=1)  # only open-all-year work runs for months
    if choice.on is None:
        return choice
    day = choice.on(start.year)
    moved = {**dates, "activity_start": day, "activity_end": day + (dates["activity_end"] - start)}
    if _fund_rules_hold(ctx, moved):
        dates.update(moved)
        return choice
    return ctx.pick([i for i in candidates if i.on is None] or [INITIATIVES[2]])


def _fund_rules_hold(ctx: Context, dates: dict) -> bool:
    start, end = dates["activity_start"], dates["activity_end"]
    if dates["submitted_on"] is None:
        return start > ctx.today + timedelta(weeks=8)
    if start < dates["submitted_on"] + timedelta(weeks=8):
        return False
    return dates["accounted_on"] is None or end < dates["accounted_on"]


def _cost_lines(ctx: Context, app_id: int, lines: list, status: ApplicationStatus) -> list[dict]:
    rng = ctx.rng
    rows = []
    for position, (description, category, q_low, q_high, p_low, p_high) in enumerate(lines):
        quantity = Decimal(rng.randint(q_low, q_high))
        price = ctx.money(p_low, p_high, "0.05" if p_high < 1 else "0.50")
        actual = None
        if status in (S.ACCOUNTED, S.CLOSED):
            actual = (quantity * price * Decimal(rng.randint(80, 105)) / 100).quantize(CENT)
        rows.append(
            {
                "application_id": app_id,
                "position": position,
                "description": description,
                "category": category,
                "quantity": quantity,
                "unit_price": price,
                "actual_amount": actual,
            }
        )
    return rows


def _income_lines(ctx: Context, app_id: int, total: Decimal) -> list[dict]:
    """Own contribution and co-funding, kept well below the costs so something is requested."""
    rng = ctx.rng
    rows = [
        {
            "application_id": app_id,
            "position": 0,
            "kind": IncomeKind.OWN_MONEY,
            "description": "Eigen bijdrage deelnemers",
            "amount": ctx.money(10, 75, "5"),
        }
    ]
    if rng.random() < 0.6:
        rows.append(
            {
                "application_id": app_id,
                "position": 1,
                "kind": IncomeKind.OWN_IN_KIND,
                "description": "Inzet vrijwilligers (gewaardeerd)",
                "amount": ctx.money(20, 100, "5"),
            }
        )
    if rng.random() < 0.4:
        rows.append(
            {
                "application_id": app_id,
                "position": len(rows),
                "kind": IncomeKind.COFUNDING,
                "description": f"Bijdrage {CORPORATION}",
                "amount": ctx.money(50, 250, "25"),
            }
        )
    cap = (total * Decimal("0.4")).quantize(CENT, ROUND_DOWN)
    for row in rows:  # never let income swallow the budget
        row["amount"] = min(row["amount"], (cap / len(rows)).quantize(CENT, ROUND_DOWN))
    return rows


def _signatures(ctx: Context) -> str:
    yes, no, none = ctx.rng.randint(15, 60), ctx.rng.randint(0, 3), ctx.rng.randint(0, 6)
    return (
        f"Handtekeningenlijst met {yes + no + none} handtekeningen: {yes} voor, {no} tegen, "
        f"{none} geen mening."
    )


def _applicant(ctx: Context, k: int, people: People, team: Team, street: str) -> dict:
    """A volunteer, a resident, or the residents' committee (as organisation, with KvK number)."""
    rng = ctx.rng
    volunteers = team.active_by_complex[k]
    residents = people.current_by_complex[k]
    r = rng.random()
    out = {
        "applicant_kind": ApplicantKind.ORGANISATION,
        "applicant_resident_id": None,
        "applicant_volunteer_id": None,
        "organisation_name": "",
        "kvk_number": "",
    }
    if r < 0.5 and volunteers:
        v = rng.choice(volunteers)
        out.update(applicant_kind=ApplicantKind.VOLUNTEER, applicant_volunteer_id=v.id)
        holder = contact = v.name
    elif r < 0.7 and residents:
        resident = rng.choice(residents)
        out.update(applicant_kind=ApplicantKind.RESIDENT, applicant_resident_id=resident.id)
        holder = contact = display(resident.who)
    else:
        holder = f"Bewonerscommissie {street}"
        out.update(organisation_name=holder, kvk_number=f"{rng.randint(10_000_000, 99_999_999)}")
        contact = rng.choice(volunteers).name if volunteers else ""
    bank = rng.random() < 0.85
    out.update(
        contact_name=contact,
        payout_method=PayoutMethod.BANK if bank else PayoutMethod.PREPAID_CARD,
        iban=iban(rng.choice(BANKS), rng.randrange(10**10)) if bank else "",
        account_holder=holder if bank else "",
    )
    return out


def _decision(ctx: Context, status: ApplicationStatus, requested: Decimal, dates: dict) -> dict:
    rng = ctx.rng
    decided = dates["decision_on"]
    granted = None
    if status in (S.GRANTED, S.ACCOUNTED, S.CLOSED):
        granted = requested
    elif status == S.PARTLY_GRANTED:
        share = Decimal(rng.randint(50, 90)) / 100  # the city may grant less than asked
        granted = (requested * share).quantize(Decimal("1"), ROUND_DOWN).quantize(CENT)
    reference = dates["submitted_on"]
    reported = status in (S.ACCOUNTED, S.CLOSED)
    return {
        "reference": f"IF-{reference.year}-{rng.randint(1000, 9999)}" if reference else "",
        "amount_granted": granted,
        "decision_reference": f"BES-{decided.year}-{rng.randint(10000, 99999)}" if decided else "",
        "actual_participants": rng.randint(15, 140) if reported else None,
        "report_text": "Geslaagde activiteit; foto's en bonnetjes bijgevoegd." if reported else "",
    }


def _history(ctx: Context, app_id: int, status: ApplicationStatus, dates: dict) -> list[dict]:
    submitted = dates["submitted_on"]
    created = (
        submitted - timedelta(days=ctx.rng.randint(1, 14)) if submitted else ctx.days_ago(0, 30)
    )
    steps = [(S.DRAFT, created)]
    if dates["submitted_on"]:
        steps.append((S.SUBMITTED, dates["submitted_on"]))
    if dates["decision_on"]:
        decided = status if status in (S.PARTLY_GRANTED, S.REJECTED) else S.GRANTED
        steps.append((decided, dates["decision_on"]))
    if dates["accounted_on"]:
        steps.append((S.ACCOUNTED, dates["accounted_on"]))
    if dates["closed_on"]:
        steps.append((S.CLOSED, dates["closed_on"]))
    return [{"application_id": app_id, "status": s, "changed_on": d, "note": ""} for s, d in steps]
