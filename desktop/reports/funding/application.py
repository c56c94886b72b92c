"""Aanvraag: the funding application as the fund receives it (plan, budget, payout, signatures)."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from db import validation
from db.services import (
    ApplicantKind,
    ApplicationStatus,
    Database,
    IncomeKind,
    PayoutMethod,
    funding,
    office,
)
from desktop.reports import document, theme

WIDTH = 174 * mm - 12  # A4 minus the theme's 18 mm margins and the frame's 6 pt padding


def cols(*parts: float) -> list[float]:
    """Column widths as shares of the text width."""
    return [WIDTH * p / sum(parts) for p in parts]


INCOME_KINDS = {
    IncomeKind.OWN_MONEY: "Eigen bijdrage (geld)",
    IncomeKind.OWN_IN_KIND: "Eigen bijdrage (in natura)",
    IncomeKind.COFUNDING: "Bijdrage van anderen",
}
APPLICANT_KINDS = {
    ApplicantKind.RESIDENT: "Bewoner",
    ApplicantKind.VOLUNTEER: "Vrijwilliger",
    ApplicantKind.ORGANISATION: "Bewonersgroep / organisatie",
}


def money(value: Decimal | None) -> str:
    return "" if value is None else validation.format_money(value)


def quantity(value: Decimal) -> str:
    return format_decimal(
        value.normalize() if value == value.to_integral() else value, locale="nl_NL"
    )


def long_date(value) -> str:
    return validation.format_date_long(value) if value else "nog niet bekend"


def period(start, end) -> str:
    if start is None:
        return "nog niet bekend"
    if end is None or end == start:
        return validation.format_date_weekday(start)
    return f"{validation.format_date_long(start)} tot en met {validation.format_date_long(end)}"


def facts(rows: list[tuple[str, str]]) -> object:
    """Label/value pairs as a quiet two-column block."""
    st = theme.styles()
    cells = [
        [theme.Text(label, st["small"]), theme.paragraph(value or "—")] for label, value in rows
    ]
    tbl = theme.Table(cells, colWidths=cols(46, 128))
    tbl.setStyle(
        theme.TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return tbl


def applicant_rows(app: funding.ApplicationData) -> list[tuple[str, str]]:
    rows = [("Soort aanvrager", APPLICANT_KINDS[ApplicantKind(app.applicant_kind)])]
    if app.applicant_kind == ApplicantKind.ORGANISATION:
        rows.append(("Naam", app.organisation_name))
        rows.append(("KvK-nummer", app.kvk_number or "geen"))
        rows.append(("Contactpersoon", app.contact_name))
    else:
        rows.append(("Naam", app.contact_name))
    return rows


def contact_rows(bundle: funding.ApplicationBundle) -> list[tuple[str, str]]:
    """How the fund reaches the applicant (the office's details stand in the footer)."""
    return [
        ("Adres", bundle.applicant_address or "niet bekend"),
        ("Telefoon", bundle.applicant_phone or "niet bekend"),
        ("E-mail", bundle.applicant_email or "niet bekend"),
    ]


def cost_table(costs: list[funding.CostLineData], total: Decimal) -> object:
    rows = [["Omschrijving", "Soort", "Aantal", "Stukprijs", "Totaal"]]
    rows += [
        [c.description, c.category, quantity(c.quantity), money(c.unit_price), money(c.total)]
        for c in costs
    ]
    rows.append(["Totale kosten", "", "", "", money(total)])
    return theme.table(rows, cols(68, 28, 20, 29, 29), right_cols=(2, 3, 4), total_row=True)


def income_table(income: list[funding.IncomeLineData], total: Decimal) -> object:
    rows = [["Soort", "Omschrijving", "Bedrag"]]
    rows += [[INCOME_KINDS[IncomeKind(i.kind)], i.description, money(i.amount)] for i in income]
    rows.append(["Totale inkomsten", "", money(total)])
    return theme.table(rows, cols(52, 94, 28), right_cols=(2,), total_row=True)


def summary_table(b) -> object:
    """Only money pays costs: a contribution in kind is shown (the fund values it) but is not
    subtracted, or the group would end up that much short in cash."""
    rows = [
        ["", "Bedrag"],
        ["Totale kosten", money(b.costs)],
        ["Af: eigen geld en bijdragen van anderen", money(b.income)],
        ["Gevraagd bij het fonds", money(b.requested)],
    ]
    table = theme.table(rows, cols(146, 28), right_cols=(1,), total_row=True)
    if not b.in_kind:
        return table
    note = theme.paragraph(
        f"Daarnaast een eigen bijdrage in natura ter waarde van {money(b.in_kind)} "
        "(uren, spullen): die telt mee als eigen bijdrage, maar is geen geld en wordt "
        "dus niet van de kosten afgetrokken.",
        "small",
    )
    return KeepTogether([table, Spacer(1, 2 * mm), note])


def payout_rows(app: funding.ApplicationData) -> list[tuple[str, str]]:
    if app.payout_method == PayoutMethod.PREPAID_CARD:
        return [("Uitbetaling", "Op een prepaidkaart")]
    return [
        ("Uitbetaling", "Op bankrekening"),
        ("IBAN", validation.format_iban(app.iban) if app.iban else "nog niet ingevuld"),
        ("Ten name van", app.account_holder),
    ]


def signature_block(name: str) -> object:
    """Name, place and date, and a signature, each on a ruled line."""
    st = theme.styles()
    label = lambda text: theme.Text(text, st["small"])  # noqa: E731
    rows = [
        [label("Naam"), theme.paragraph(name), "", label("Plaats en datum"), ""],
        [label("Handtekening"), "", "", "", ""],
    ]
    tbl = theme.Table(rows, colWidths=cols(26, 60, 8, 28, 52), rowHeights=[10 * mm, 18 * mm])
    tbl.setStyle(
        theme.TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (1, 0), (1, 1), 0.5, theme.INK),
                ("LINEBELOW", (4, 0), (4, 0), 0.5, theme.INK),
            ]
        )
    )
    return tbl


def sender_block(details: office.OfficeDetails) -> list:
    """The office that sends the application, from Beheer → Kantoorgegevens."""
    lines = details.sender_lines()
    if not lines:
        return []
    return [theme.paragraph("Afzender: " + " · ".join(lines), "small"), Spacer(1, 3 * mm)]


def story(bundle: funding.ApplicationBundle, sender: office.OfficeDetails | None = None) -> list:
    app, fund, b = bundle.application, bundle.fund, bundle.budget
    h1 = lambda text: theme.paragraph(text, "h1")  # noqa: E731
    out = [
        *sender_block(sender or office.OfficeDetails()),
        theme.paragraph(app.title, "title"),
        facts(
            [
                ("Fonds", fund.name),
                ("Kenmerk", app.reference or "nog niet toegekend"),
                (
                    "Ingediend op",
                    long_date(app.submitted_on) if app.submitted_on else "nog niet ingediend",
                ),
            ]
        ),
        h1("Aanvrager"),
        facts(applicant_rows(app) + contact_rows(bundle)),
        h1("Het plan"),
        facts(
            [("Omschrijving", app.description), ("Doel", app.goal), ("Doelgroep", app.target_group)]
        ),
        h1("Datum en plaats"),
        facts(
            [
                ("Wanneer", period(app.activity_start, app.activity_end)),
                ("Waar", app.location),
                ("Wooncomplex", bundle.complex_name),
            ]
            + [
                ("Activiteit", f"{theme.isolate(e.title)} ({validation.format_date(e.starts_on)})")
                for e in bundle.events
            ]
        ),
        h1("Verwacht bereik"),
        facts(
            [
                ("Deelnemers", _count(app.expected_participants)),
                ("Vrijwilligers", _count(app.expected_volunteers)),
                ("Draagvlak", app.proof_of_support),
            ]
        ),
        CondPageBreak(40 * mm),
        h1("Begroting"),
        theme.paragraph("Kosten", "h2"),
        cost_table(bundle.costs, b.costs),
        KeepTogether(
            [
                theme.paragraph("Inkomsten", "h2"),
                income_table(bundle.income, b.income),
                Spacer(1, 3 * mm),
                summary_table(b),
            ]
        ),
        KeepTogether([h1("Uitbetaling"), facts(payout_rows(app))]),
        h1("Bijlagen"),
    ]
    if bundle.attachments:
        out.append(
            theme.table(
                [["Soort", "Bestand"]] + [[a.kind, a.filename] for a in bundle.attachments],
                cols(50, 124),
            )
        )
    else:
        out.append(theme.paragraph("Geen bijlagen."))
    out.append(
        KeepTogether(
            [
                h1("Ondertekening"),
                theme.paragraph(
                    "Hierbij verklaar ik deze aanvraag naar waarheid te hebben ingevuld."
                ),
                Spacer(1, 4 * mm),
                signature_block(app.contact_name or app.organisation_name),
            ]
        )
    )
    return out


def _count(value: int | None) -> str:
    return "nog niet bekend" if value is None else f"ongeveer {value}"


@document("application", "application", "aanvraag bij een fonds, met begroting en uitbetaling")
def render(db: Database, application_id: int) -> bytes:
    bundle = funding.load(db, application_id)
    subtitle = (
        f"Kenmerk {bundle.application.reference}"
        if bundle.application.reference
        else bundle.application.title
    )
    draft = bundle.application.status == ApplicationStatus.DRAFT
    return theme.build(
        story(bundle, office.get(db)), f"Aanvraag {bundle.fund.name}", subtitle, draft=draft
    )
