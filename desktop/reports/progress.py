"""Voortgangsrapportage Nieuwe Buren: the programme in numbers for the corporation and the
municipality, per period and per complex or all, as a PDF and as an .xlsx with the same figures.

Aggregates only: no names, no support-flag categories, no notes; every count of people below 5
is printed as "< 5" (progress.shown) so no resident can be recognised from a small number.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from db import clock, validation
from db.services import Database, PartnerKind, ServiceError, Stage, office, progress
from db.services.progress import shown
from desktop.reports import document, progress_charts, theme

TITLE = "Voortgangsrapportage Nieuwe Buren"
STAGES = {
    Stage.APPLIED: "Aangemeld",
    Stage.LETTER_SCORED: "Motivatiebrief beoordeeld",
    Stage.INTERVIEW: "Gesprek gehad",
    Stage.HOUSED: "Woning gekregen",
    Stage.WELCOMED: "Welkomstgesprek gehad",
    Stage.ACTIVE: "Actief geworden",
    Stage.STOPPED: "Gestopt",
}
PARTNERS = {
    PartnerKind.NEIGHBOURHOOD_OFFICE: "Buurtteam / wijkbureau",
    PartnerKind.ENFORCEMENT: "Handhaving",
    PartnerKind.SOCIAL_TEAM: "Sociaal wijkteam",
    PartnerKind.MENTAL_HEALTH: "GGZ",
    PartnerKind.HOUSING_CORPORATION: "Woningcorporatie",
    PartnerKind.OTHER: "Andere partners",
}
CHART_TITLES = {
    "nb_share": "Aandeel Nieuwe Buren tegenover het doel",
    "activities": "Activiteiten per maand",
    "participants": "Deelnemers per maand (met binnenlopers)",
    "hours": "Uren van vrijwilligers per maand",
    "support": "Bewoners die om steun vroegen, en wie nu een vrijwilliger heeft",
}


def hours_text(value: Decimal) -> str:
    text = f"{value.quantize(Decimal('0.1')):,}".replace(",", "_").replace(".", ",")
    return text.replace("_", ".")


def share_text(households: int, homes: int) -> str:
    """The share only when the households may be shown: a share of a known total is a count."""
    if not homes or 0 < households < progress.SMALL:
        return "–"
    return f"{100 * households / homes:.1f} %".replace(".", ",")


def target_text(target: Decimal | None) -> str:
    return "–" if target is None else f"{target.normalize():f} %".replace(".", ",")


def key_figures(p: progress.Period) -> list[list[str]]:
    t = p.total
    rows = [
        ["Kerncijfer", "Aantal"],
        ["Woningen", str(t.homes)],
        ["Huishoudens Nieuwe Buren (einde periode)", shown(t.nb_households)],
        ["Aandeel Nieuwe Buren", share_text(t.nb_households, t.homes)],
        ["Doel", target_text(t.target)],
        ["Ondersteunde bewoners", shown(t.supported)],
        ["Contactmomenten", shown(p.contacts)],
        ["Activiteiten gehouden", shown(t.activities)],
        ["Deelnemers (met binnenlopers)", shown(t.participants)],
        ["waarvan binnenlopers", shown(p.walk_ins)],
        ["Uren van vrijwilligers", hours_text(t.hours)],
    ]
    return rows


def funding_rows(p: progress.Period) -> list[list[str]]:
    money = validation.format_money
    return [
        ["Subsidie", "Aanvragen", "Bedrag"],
        ["Ingediend (gevraagd)", shown(p.applications_submitted), money(p.requested)],
        ["Toegekend", shown(p.applications_granted), money(p.granted)],
        ["Verantwoord (werkelijke kosten)", shown(p.applications_accounted), money(p.accounted)],
    ]


def complex_rows(p: progress.Period) -> list[list[str]]:
    rows = [["Complex", "Woningen", "NB", "Aandeel", "Doel", "Steun", "Act.", "Deeln.", "Uren"]]
    for line in [*p.per_complex, p.total]:
        name = line.name or ("Totaal" if line is p.total else "Overig (geen complex)")
        rows.append(
            [
                name,
                str(line.homes),
                shown(line.nb_households),
                share_text(line.nb_households, line.homes),
                target_text(line.target),
                shown(line.supported),
                shown(line.activities),
                shown(line.participants),
                hours_text(line.hours),
            ]
        )
    return rows


def _story(p: progress.Period, figures: progress.Monthly, sender: list[str]) -> list:
    scope = p.complex_name or "Alle complexen"
    first, last = validation.format_date_long(p.first), validation.format_date_long(p.last)
    story: list = [
        theme.paragraph(TITLE, "title"),
        theme.paragraph(f"{scope} · {first} tot en met {last}", "h2"),
        *([theme.paragraph("Van: " + " · ".join(sender), "small")] if sender else []),
        theme.paragraph(
            "Wat het programma Nieuwe Buren in deze periode heeft bereikt, in aantallen. "
            "Alleen totalen: geen namen en geen persoonlijke gegevens. Aantallen onder de 5 "
            "staan er als '< 5', zodat niemand te herkennen is."
        ),
        theme.paragraph("Het programma in cijfers", "h1"),
        theme.table(key_figures(p), [110 * mm, 40 * mm], right_cols=(1,)),
        theme.paragraph("Nieuwe vrijwilligers per wervingsfase", "h1"),
        theme.table(
            [["Fase bereikt in de periode", "Vrijwilligers"]]
            + [[STAGES[s], shown(p.new_volunteers.get(s, 0))] for s in STAGES],
            [110 * mm, 40 * mm],
            right_cols=(1,),
        ),
        theme.paragraph("Signalen doorgegeven per soort partner", "h1"),
        theme.table(
            [["Soort partner", "Signalen"]]
            + [[PARTNERS[k], shown(p.signals.get(k, 0))] for k in PARTNERS]
            + [["Totaal", shown(sum(p.signals.values()))]],
            [110 * mm, 40 * mm],
            right_cols=(1,),
            total_row=True,
        ),
        theme.paragraph("Subsidies", "h1"),
        theme.table(funding_rows(p), [80 * mm, 30 * mm, 40 * mm], right_cols=(1, 2)),
        CondPageBreak(90 * mm),
        theme.paragraph("Per maand", "h1"),
    ]
    for kind in progress_charts.KINDS:
        story.append(
            KeepTogether(
                [
                    theme.paragraph(CHART_TITLES[kind], "h2"),
                    progress_charts.drawing(kind, figures, 480, 170),
                ]
            )
        )
    story += [
        CondPageBreak(60 * mm),
        theme.paragraph("Per complex", "h1"),
        theme.paragraph(
            "NB = huishoudens Nieuwe Buren aan het einde van de periode; Steun = bewoners die "
            "een vrijwilliger ondersteunde; Act. = activiteiten gehouden; Deeln. = deelnemers.",
            "small",
        ),
        Spacer(1, 2 * mm),
        theme.table(
            complex_rows(p),
            [43 * mm, 24 * mm, 11 * mm, 20 * mm, 16 * mm, 15 * mm, 12 * mm, 16 * mm, 15 * mm],
            right_cols=(1, 2, 3, 4, 5, 6, 7, 8),
            total_row=True,
        ),
    ]
    return story


@document(
    "voortgang",
    "complex",
    "voortgangsrapportage Nieuwe Buren (alleen totalen) over --from DATUM --to DATUM, voor alle "
    "complexen of één --complex ID; met --xlsx BESTAND ook de cijfers als werkmap",
    options=("period_from", "period_to", "complex_id", "xlsx"),
)
def render(
    db: Database,
    complex_id: int | None = None,
    period_from: date | None = None,
    period_to: date | None = None,
    xlsx: Path | None = None,
) -> bytes:
    """Without a period: this year so far, which is what a funder usually asks for."""
    last = period_to or clock.today()
    first = period_from or last.replace(month=1, day=1)
    if last < first:
        raise ServiceError("Het einde van de periode ligt vóór het begin.")
    figures = progress.period(db, first, last, complex_id)
    if complex_id and not figures.complex_name:
        raise ServiceError(f"Complex {complex_id} bestaat niet.")
    monthly = progress.monthly(db, first, last, complex_id)
    if xlsx is not None:
        try:
            Path(xlsx).write_bytes(workbook(figures, monthly))
        except OSError as exc:
            raise ServiceError(f"Kan '{xlsx}' niet schrijven: {exc.strerror}.") from exc
    subtitle = figures.complex_name or "Alle complexen"
    story = _story(figures, monthly, office.get(db).sender_lines())  # Beheer → Kantoorgegevens
    return theme.build(story, title=TITLE, subtitle=subtitle)


def workbook(p: progress.Period, monthly: progress.Monthly) -> bytes:
    """The same figures in an .xlsx: key figures, per complex and per month."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheets = [
        ("Kerncijfers", [*key_figures(p), [], *funding_rows(p)]),
        ("Per complex", complex_rows(p)),
        (
            "Per maand",
            [["Maand", "Aandeel NB (%)", "Activiteiten", "Deelnemers", "Uren"]]
            + [
                [m.strftime("%m-%Y"), share, shown(acts), shown(part), float(hours)]
                for m, share, acts, part, hours in zip(
                    monthly.months,
                    monthly.nb_share,
                    monthly.activities,
                    monthly.participants,
                    monthly.hours,
                    strict=True,
                )
            ],
        ),
    ]
    book.remove(book.active)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append([_cell(value) for value in row])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.column_dimensions["A"].width = 42
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _cell(value):
    """Numbers as numbers (so Excel can add them up), "< 5" and the rest as text."""
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return value
