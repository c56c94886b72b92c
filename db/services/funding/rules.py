"""A fund's rules applied to one application: budget totals, deadlines and a Dutch checklist.

Pure functions over plain values (no database, no Qt), so the editor can re-check on every
keystroke and the tests can walk each rule across its boundaries. The rules themselves are data
on the fund (see db.models.Fund); nothing here knows which city a fund belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from db import clock
from db.models import ApplicationStatus, IncomeKind
from db.validation import Invalid, format_date, format_money

ZERO = Decimal("0.00")
CENT = Decimal("0.01")


class FundRules(Protocol):
    """What the checks read from a fund (FundData satisfies it)."""

    max_per_request: Decimal | None
    max_per_year: Decimal | None
    min_lead_weeks: int
    decision_weeks: int
    decision_extension_weeks: int
    large_request_threshold: Decimal | None
    fixed_decision_dates: str
    accountability_weeks: int | None
    max_years_same_initiative: int | None
    required_attachments: str
    ineligible_categories: str
    material_categories: str
    max_material_share: int | None
    lead_time_is_rule: bool
    material_share_is_rule: bool


def lines(text: str) -> list[str]:
    """A newline list from a fund field, without blanks and surrounding spaces."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def parse_fixed_dates(text: str) -> list[tuple[int, int]]:
    """Read "01-01,04-01,09-01" (MM-DD) into (month, day) pairs; Invalid with a Dutch message."""
    result = []
    for part in re.split(r"[,;\s]+", (text or "").strip()):
        if not part:
            continue
        m = re.fullmatch(r"([0-9]{1,2})-([0-9]{1,2})", part)
        try:
            if not m:
                raise ValueError
            month, day = int(m[1]), int(m[2])
            date(2024, month, day)  # a leap year, so 02-29 is allowed
        except ValueError:
            raise Invalid(
                f"Vaste besluitdatum '{part}' is niet geldig: schrijf maand-dag, "
                "bijvoorbeeld 01-01,04-01,09-01."
            ) from None
        result.append((month, day))
    return sorted(set(result))


IN_KIND = IncomeKind.OWN_IN_KIND  # for the GUI, which does not import models

# --- budget -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Budget:
    """Totals derived from the lines: the requested amount is never typed in."""

    costs: Decimal
    income: Decimal  # money: own money and contributions from others
    in_kind: Decimal = ZERO  # hours, material: the fund values it, but it pays for nothing

    @property
    def requested(self) -> Decimal:
        """Only money covers costs: an in-kind contribution never lowers the cash request."""
        return self.costs - self.income

    @property
    def own_total(self) -> Decimal:
        return self.income + self.in_kind


def line_total(quantity: Decimal, unit_price: Decimal) -> Decimal:
    """Each line is rounded to cents (half up, as on a receipt); totals add the rounded lines."""
    return (Decimal(quantity) * Decimal(unit_price)).quantize(CENT, rounding=ROUND_HALF_UP)


def budget(
    cost_totals: Iterable[Decimal],
    income_amounts: Iterable[Decimal],
    in_kind: Iterable[Decimal] = (),
) -> Budget:
    """`income_amounts` are money; `in_kind` is valued help (never subtracted from the costs)."""
    return Budget(
        sum(cost_totals, ZERO).quantize(CENT),
        sum(income_amounts, ZERO).quantize(CENT),
        sum(in_kind, ZERO).quantize(CENT),
    )


def budget_of(cost_totals: Iterable[Decimal], income_lines: Iterable) -> Budget:
    """The budget from income lines that have a `kind` and an `amount`."""
    income_lines = list(income_lines)
    return budget(
        cost_totals,
        (i.amount for i in income_lines if i.kind != IN_KIND),
        (i.amount for i in income_lines if i.kind == IN_KIND),
    )


# --- deadlines ----------------------------------------------------------------------------


def submit_deadline(fund: FundRules, activity_start: date | None) -> date | None:
    """'Indienen vóór': the last day on which the fund's lead time is still met."""
    if activity_start is None:
        return None
    return activity_start - timedelta(weeks=fund.min_lead_weeks)


def is_large(fund: FundRules, requested: Decimal) -> bool:
    threshold = fund.large_request_threshold
    return (
        threshold is not None and requested > threshold and bool(lines(fund.fixed_decision_dates))
    )


def next_fixed_date(fixed: Sequence[tuple[int, int]], after: date) -> date:
    """The first fixed decision date strictly after `after` (a committee decides on that day)."""
    candidates = []
    for year in (after.year, after.year + 1):
        for month, day in fixed:
            try:
                candidates.append(date(year, month, day))
            except ValueError:  # 02-29 in a year that has none
                candidates.append(date(year, 3, 1))
    return min(d for d in candidates if d > after)


def decision_dates(
    fund: FundRules, submitted_on: date | None, requested: Decimal
) -> tuple[date, date] | None:
    """'Besluit verwacht' and the latest date with the one extension; None before submitting.

    A request above the large-request threshold is taken into treatment on the next fixed
    intake date; the decision period counts from that day (the fund decides after it, not on it).
    """
    if submitted_on is None:
        return None
    start = submitted_on
    if is_large(fund, requested):
        start = next_fixed_date(parse_fixed_dates(fund.fixed_decision_dates), submitted_on)
    expected = start + timedelta(weeks=fund.decision_weeks)
    return expected, expected + timedelta(weeks=fund.decision_extension_weeks)


def accountability_deadline(
    fund: FundRules, activity_start: date | None, activity_end: date | None
) -> date | None:
    """'Verantwoording vóór': the fund's period counted from the end of the activity."""
    last_day = activity_end or activity_start
    if last_day is None or fund.accountability_weeks is None:
        return None
    return last_day + timedelta(weeks=fund.accountability_weeks)


class DeadlineKind:
    SUBMIT = "submit"
    DECISION = "decision"
    ACCOUNTABILITY = "accountability"


def next_deadline(
    fund: FundRules,
    status: ApplicationStatus,
    activity_start: date | None,
    activity_end: date | None,
    submitted_on: date | None,
    requested: Decimal,
) -> tuple[str, date] | None:
    """The one deadline that matters now for an application in this status."""
    status = ApplicationStatus(status)
    if status == ApplicationStatus.DRAFT:
        when = submit_deadline(fund, activity_start)
        return (DeadlineKind.SUBMIT, when) if when else None
    if status == ApplicationStatus.SUBMITTED:
        dates = decision_dates(fund, submitted_on, requested)
        return (DeadlineKind.DECISION, dates[0]) if dates else None
    if status in (ApplicationStatus.GRANTED, ApplicationStatus.PARTLY_GRANTED):
        when = accountability_deadline(fund, activity_start, activity_end)
        return (DeadlineKind.ACCOUNTABILITY, when) if when else None
    return None


# --- the checklist ------------------------------------------------------------------------


@dataclass(frozen=True)
class PriorSupport:
    """Another application for the same initiative at the same fund."""

    year: int
    amount: Decimal  # the granted amount once decided, else the requested amount
    granted: bool  # counts as a year of support


@dataclass(frozen=True)
class CostItem:
    category: str
    total: Decimal
    description: str = ""  # an excluded cost may hide under another category


@dataclass
class Application:
    """What the checks need to know about the application being edited."""

    activity_start: date | None = None
    activity_end: date | None = None
    submitted_on: date | None = None  # None while it is a draft: checked against today
    costs: list[CostItem] = field(default_factory=list)
    income: list[Decimal] = field(default_factory=list)  # money only
    in_kind: list[Decimal] = field(default_factory=list)  # valued help, not money
    attachment_kinds: list[str] = field(default_factory=list)
    recurring_yearly: bool = False
    prior: list[PriorSupport] = field(default_factory=list)

    @property
    def budget(self) -> Budget:
        return budget((c.total for c in self.costs), self.income, self.in_kind)


@dataclass(frozen=True)
class Check:
    key: str  # stable name for tests and icons: "timing", "max_request", ...
    ok: bool
    text: str  # a complete Dutch sentence saying why
    # Our advice, not the fund's stated rule: not met is a warning (⚠), never a failure (✘).
    advice: bool = False

    @property
    def blocking(self) -> bool:
        """A rule the fund states is broken (✘)."""
        return not self.ok and not self.advice


def _weeks(n: int) -> str:
    return "1 week" if n == 1 else f"{n} weken"


def check_timing(fund: FundRules, app: Application, today: date) -> Check:
    start = app.activity_start
    if start is None:
        return Check(
            "timing",
            False,
            "Vul de datum van de activiteit in; daarmee wordt gecontroleerd "
            "of de aanvraag op tijd is.",
        )
    deadline = submit_deadline(fund, start)
    moment = app.submitted_on or today
    lead = _weeks(fund.min_lead_weeks)
    if moment >= start:
        verb = "is ingediend op" if app.submitted_on else "wordt ingediend op"
        return Check(
            "timing",
            False,
            f"De aanvraag {verb} {format_date(moment)}, maar de activiteit "
            f"begint op {format_date(start)}: aanvragen kan alleen vóór de "
            "activiteit, nooit achteraf.",
        )
    if moment > deadline:
        if fund.lead_time_is_rule:
            return Check(
                "timing",
                False,
                f"Te laat: het fonds wil de aanvraag minstens {lead} vóór de "
                f"activiteit ({format_date(start)}), dus uiterlijk op "
                f"{format_date(deadline)}.",
            )
        return Check(
            "timing",
            False,
            f"Advies: dien minstens {lead} vóór de activiteit in (uiterlijk "
            f"{format_date(deadline)}), want het besluit kan tot "
            f"{_weeks(fund.decision_weeks + fund.decision_extension_weeks)} duren. Het fonds "
            "zelf vraagt alleen dat u aanvraagt vóór de activiteit begint.",
            advice=True,
        )
    if app.submitted_on:
        return Check(
            "timing",
            True,
            f"Op tijd ingediend: op {format_date(moment)}, uiterlijk mocht "
            f"{format_date(deadline)} ({lead} vóór de activiteit).",
        )
    return Check(
        "timing",
        True,
        f"Op tijd: indienen kan tot en met {format_date(deadline)} "
        f"({lead} vóór de activiteit op {format_date(start)}).",
    )


def check_max_request(fund: FundRules, app: Application) -> Check:
    requested = app.budget.requested
    if requested <= 0:
        return Check(
            "max_request",
            False,
            "Er wordt niets gevraagd: de inkomsten dekken de kosten al. "
            "Vul de kosten in of verlaag de inkomsten.",
        )
    maximum = fund.max_per_request
    if maximum is not None and requested > maximum and is_large(fund, requested):
        return _large(fund, requested, maximum, "per aanvraag", "max_request")
    if maximum is not None and requested > maximum:
        return Check(
            "max_request",
            False,
            f"Het gevraagde bedrag ({format_money(requested)}) is hoger "
            f"dan het maximum van {format_money(maximum)} per aanvraag.",
        )
    limit = (
        f"binnen het maximum van {format_money(maximum)}"
        if maximum is not None
        else "dit fonds kent geen maximum per aanvraag"
    )
    return Check("max_request", True, f"Gevraagd bedrag {format_money(requested)}: {limit}.")


def _large(fund: FundRules, amount: Decimal, maximum: Decimal, per: str, key: str) -> Check:
    """A large request goes through the fund's intake moments; the fund's pages name both that
    procedure and the maximum, so above it we warn (⚠) rather than call it impossible (✘)."""
    return Check(
        key,
        False,
        f"Grote aanvraag ({format_money(amount)}): boven het maximum van "
        f"{format_money(maximum)} {per} en boven de grens van "
        f"{format_money(fund.large_request_threshold)}, dus op een vast moment in behandeling "
        "genomen. Overleg vooraf met het fonds of en hoe dit bedrag kan.",
        advice=True,
    )


def _year(app: Application, today: date) -> int:
    return (app.activity_start or app.submitted_on or today).year


def check_max_year(fund: FundRules, app: Application, today: date) -> Check:
    maximum = fund.max_per_year
    year = _year(app, today)
    earlier = sum((p.amount for p in app.prior if p.year == year), ZERO)
    total = earlier + app.budget.requested
    if maximum is None:
        return Check("max_year", True, "Dit fonds kent geen maximum per initiatief per jaar.")
    if total > maximum and is_large(fund, app.budget.requested):
        return _large(fund, total, maximum, f"per jaar ({year})", "max_year")
    if total > maximum:
        return Check(
            "max_year",
            False,
            f"Samen met eerdere aanvragen voor dit initiatief in {year} "
            f"({format_money(earlier)}) komt het op {format_money(total)}: "
            f"meer dan het maximum van {format_money(maximum)} per jaar.",
        )
    if earlier:
        return Check(
            "max_year",
            True,
            f"Samen met eerdere aanvragen voor dit initiatief in {year} "
            f"({format_money(earlier)}) is het {format_money(total)}: binnen het "
            f"maximum van {format_money(maximum)} per jaar.",
        )
    return Check(
        "max_year",
        True,
        f"Geen eerdere aanvragen voor dit initiatief in {year}; binnen het "
        f"maximum van {format_money(maximum)} per jaar.",
    )


def check_ineligible(fund: FundRules, app: Application) -> Check:
    excluded = {c.casefold(): c for c in lines(fund.ineligible_categories)}
    # An excluded cost named in the description counts too ("fietsenrek" under Materiaal).
    for item in app.costs:
        text = item.description.casefold()
        for key, label in excluded.items():
            # the stem, so "fietsenrek" matches "Fietsenrekken" and "fietskluis" "Fietskluizen"
            if text and key[: max(5, len(key) - 3)] in text:
                return Check(
                    "ineligible",
                    False,
                    f"Het fonds betaalt niet voor {label.lower()} ('{item.description}'). "
                    "Haal deze kosten uit de begroting of betaal ze op een andere manier.",
                )
    if not excluded:
        return Check("ineligible", True, "Dit fonds sluit geen kostensoorten uit.")
    found = sorted(
        {
            excluded[c.category.strip().casefold()]
            for c in app.costs
            if c.category.strip().casefold() in excluded
        }
    )
    if found:
        return Check(
            "ineligible",
            False,
            f"Het fonds betaalt niet voor: {', '.join(found)}. Haal deze "
            "kosten uit de begroting of betaal ze op een andere manier.",
        )
    return Check(
        "ineligible", True, f"Geen kosten die het fonds uitsluit ({', '.join(excluded.values())})."
    )


def check_own_contribution(app: Application) -> Check:
    own = sum(app.income, ZERO) + sum(app.in_kind, ZERO)
    if own <= 0:
        return Check(
            "own_contribution",
            False,
            "Er is geen eigen bijdrage: voeg een inkomstenregel toe "
            "(eigen geld, inzet in natura of bijdrage van anderen).",
        )
    return Check(
        "own_contribution", True, f"Eigen bijdrage en bijdragen van anderen: {format_money(own)}."
    )


def check_material(fund: FundRules, app: Application) -> Check:
    share = fund.max_material_share
    names = {c.casefold() for c in lines(fund.material_categories)}
    if share is None or not names:
        return Check("material", True, "Dit fonds stelt geen grens aan materiaalkosten.")
    costs = app.budget.costs
    material = sum((c.total for c in app.costs if c.category.strip().casefold() in names), ZERO)
    if costs <= 0:
        return Check("material", True, "Nog geen kosten ingevuld.")
    actual = (material * 100 / costs).quantize(Decimal("1"))
    if material * 100 > costs * share:
        if fund.material_share_is_rule:
            return Check(
                "material",
                False,
                f"Materiaal is {actual}% van de kosten ({format_money(material)}); "
                f"het fonds wil dat materiaal in verhouding blijft: hoogstens "
                f"{share}% van de totale kosten.",
            )
        return Check(
            "material",
            False,
            f"Advies: materiaal is {actual}% van de kosten ({format_money(material)}). Het fonds "
            "vraagt materiaal 'in evenwicht' met de totale kosten en noemt geen percentage; "
            f"hoogstens {share}% is ons advies.",
            advice=True,
        )
    return Check(
        "material", True, f"Materiaal is {actual}% van de kosten: binnen de grens van {share}%."
    )


def check_attachments(fund: FundRules, app: Application) -> Check:
    required = lines(fund.required_attachments)
    present = {k.strip().casefold() for k in app.attachment_kinds}
    missing = [r for r in required if r.casefold() not in present]
    if missing:
        return Check("attachments", False, f"Verplichte bijlagen ontbreken: {', '.join(missing)}.")
    if not required:
        return Check("attachments", True, "Dit fonds vraagt geen verplichte bijlagen.")
    return Check(
        "attachments", True, f"Alle verplichte bijlagen zijn aanwezig ({', '.join(required)})."
    )


def check_years(fund: FundRules, app: Application, today: date) -> Check:
    limit = fund.max_years_same_initiative
    if limit is None:
        return Check("years", True, "Dit fonds kent geen grens aan het aantal jaren steun.")
    if app.recurring_yearly:
        return Check(
            "years",
            True,
            "Jaarlijks terugkerende activiteit: de grens van "
            f"{limit} jaar steun geldt hiervoor niet.",
        )
    year = _year(app, today)
    years = sorted({p.year for p in app.prior if p.granted and p.year != year} | {year})
    count = len(years)
    if count > limit:
        return Check(
            "years",
            False,
            f"Dit initiatief kreeg al steun in {', '.join(map(str, years[:-1]))}: "
            f"hetzelfde initiatief krijgt hoogstens {limit} jaar steun, "
            "tenzij het een jaarlijks terugkerende activiteit is.",
        )
    if count == limit and count > 1:
        return Check(
            "years",
            True,
            f"Let op: dit is het laatste jaar ({count} van {limit}) waarin dit "
            "initiatief steun kan krijgen.",
        )
    return Check(
        "years", True, f"Jaar {count} van hoogstens {limit} met steun voor dit initiatief."
    )


def check(fund: FundRules, app: Application, today: date | None = None) -> list[Check]:
    """Every rule of the fund, in the order the checklist shows them."""
    today = today or clock.today()
    return [
        check_timing(fund, app, today),
        check_max_request(fund, app),
        check_max_year(fund, app, today),
        check_ineligible(fund, app),
        check_own_contribution(app),
        check_material(fund, app),
        check_attachments(fund, app),
        check_years(fund, app, today),
    ]
