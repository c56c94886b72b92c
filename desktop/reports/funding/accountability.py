"""Verantwoording: planned against actual costs per line, participants and a short report."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from db import validation
from db.services import ApplicationStatus, Database, ServiceError, funding, office
from desktop.reports import document, theme
from desktop.reports.funding.application import (
    cols,
    facts,
    money,
    period,
    sender_block,
    signature_block,
)

ZERO = Decimal("0.00")
GRANTED = (
    ApplicationStatus.GRANTED,
    ApplicationStatus.PARTLY_GRANTED,
    ApplicationStatus.ACCOUNTED,
    ApplicationStatus.CLOSED,
)


def difference(planned: Decimal, actual: Decimal | None) -> str:
    if actual is None:
        return ""
    diff = actual - planned
    return ("+" if diff > 0 else "") + validation.format_money(diff)


def cost_table(costs: list[funding.CostLineData]) -> object:
    rows = [["Kostenpost", "Begroot", "Werkelijk", "Verschil"]]
    rows += [
        [
            c.description,
            money(c.total),
            money(c.actual_amount) or "niet opgegeven",
            difference(c.total, c.actual_amount),
        ]
        for c in costs
    ]
    planned = sum((c.total for c in costs), ZERO)
    actual = sum((c.actual_amount or ZERO for c in costs), ZERO)
    rows.append(["Totaal", money(planned), money(actual), difference(planned, actual)])
    return theme.table(rows, cols(82, 30, 32, 30), right_cols=(1, 2, 3), total_row=True)


def money_table(bundle: funding.ApplicationBundle, actual: Decimal) -> object:
    """The money squared: what came in against what was spent, and who owes whom."""
    granted = bundle.application.amount_granted or ZERO
    other = bundle.budget.income
    balance = granted + other - actual
    if balance > 0:
        verdict = ["Terug te betalen aan het fonds", money(min(balance, granted))]
    elif balance < 0:
        verdict = ["Nog te ontvangen (meer uitgegeven dan er binnenkwam)", money(-balance)]
    else:
        verdict = ["Saldo: alles is precies besteed", money(ZERO)]
    rows = [
        ["", "Bedrag"],
        ["Gevraagd", money(bundle.budget.requested)],
        ["Toegekend door het fonds", money(granted)],
        ["Andere inkomsten (eigen geld, bijdragen van anderen)", money(other)],
        ["Werkelijk uitgegeven", money(actual)],
        verdict,
    ]
    return theme.table(rows, cols(146, 28), right_cols=(1,), total_row=True)


def story(bundle: funding.ApplicationBundle, sender: office.OfficeDetails | None = None) -> list:
    app = bundle.application
    actual = sum((c.actual_amount or ZERO for c in bundle.costs), ZERO)
    h1 = lambda text: theme.paragraph(text, "h1")  # noqa: E731
    out = [
        *sender_block(sender or office.OfficeDetails()),
        theme.paragraph(f"Verantwoording: {app.title}", "title"),
        facts(
            [
                ("Fonds", bundle.fund.name),
                ("Kenmerk", app.reference),
                ("Besluit", app.decision_reference),
                ("Aanvrager", app.applicant_name),
                ("Activiteit", period(app.activity_start, app.activity_end)),
                ("Waar", app.location),
            ]
        ),
        h1("Geld"),
        money_table(bundle, actual),
        theme.paragraph("Kosten per post", "h2"),
        cost_table(bundle.costs),
        h1("Deelnemers"),
        facts(
            [
                (
                    "Verwacht",
                    "" if app.expected_participants is None else str(app.expected_participants),
                ),
                (
                    "Werkelijk",
                    "" if app.actual_participants is None else str(app.actual_participants),
                ),
            ]
        ),
        h1("Verslag"),
        theme.paragraph(app.report_text or "Nog geen verslag."),
        h1("Bijlagen"),
    ]
    if bundle.attachments:
        out.append(
            theme.table(
                [["Soort", "Bestand", "Toegevoegd"]]
                + [
                    [a.kind, a.filename, validation.format_date(a.added_on)]
                    for a in bundle.attachments
                ],
                cols(34, 110, 30),
            )
        )
    else:
        out.append(theme.paragraph("Geen bijlagen."))
    out.append(
        KeepTogether(
            [
                h1("Ondertekening"),
                Spacer(1, 2 * mm),
                signature_block(app.contact_name or app.organisation_name),
            ]
        )
    )
    return out


@document(
    "accountability",
    "application",
    "verantwoording: begroot tegenover werkelijk, deelnemers, verslag",
)
def render(db: Database, application_id: int) -> bytes:
    bundle = funding.load(db, application_id)
    if bundle.application.amount_granted is None or bundle.application.status not in GRANTED:
        raise ServiceError(
            "Deze aanvraag is (nog) niet toegekend: een verantwoording hoort bij een toekenning."
        )
    return theme.build(
        story(bundle, office.get(db)),
        f"Verantwoording {bundle.fund.name}",
        bundle.application.reference,
    )
