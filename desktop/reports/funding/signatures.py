"""Handtekeningenlijst: proof of support, one row per home of the application's complex."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from db.services import Database, funding
from desktop.reports import document, theme
from desktop.reports.funding.application import cols

BOX = "☐"
EXTRA_ROWS = 6  # for a home the register does not know yet, or a second signer at one address
PLAN_CHARS = 220  # "the plan in two lines at the top"


def plan_lines(sheet: funding.SignatureSheet) -> list:
    plan = " ".join(sheet.plan.split())
    if len(plan) > PLAN_CHARS:
        plan = plan[: PLAN_CHARS - 1].rstrip() + "…"
    return [theme.paragraph(sheet.title, "h1"), theme.paragraph(plan or "—")]


def rows_table(addresses: list[str]) -> object:
    header = ["Adres", "Naam", "Voor", "Tegen", "Geen mening", "Handtekening"]
    body = [[address, "", BOX, BOX, BOX, ""] for address in addresses]
    body += [["", "", BOX, BOX, BOX, ""] for _ in range(EXTRA_ROWS)]
    tbl = theme.table([header, *body], cols(33, 39, 15, 15, 19, 43))
    tbl.setStyle(
        theme.TableStyle(
            [
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 1), (-1, -1), 3 * mm),  # room to write by hand
                ("BOTTOMPADDING", (0, 1), (-1, -1), 3 * mm),
                ("ALIGN", (2, 0), (4, -1), "CENTER"),
                ("LINEAFTER", (0, 1), (-2, -1), 0.25, theme.RULE),
            ]
        )
    )
    return tbl


def story(sheet: funding.SignatureSheet) -> list:
    intro = (
        "Steunt u dit plan? Zet een kruisje bij voor, tegen of geen mening en zet uw handtekening. "
        "Uw naam en handtekening worden alleen gebruikt als bewijs van draagvlak bij de aanvraag."
    )
    return [
        *plan_lines(sheet),
        Spacer(1, 2 * mm),
        theme.paragraph(intro, "small"),
        Spacer(1, 3 * mm),
        rows_table(sheet.addresses),
    ]


@document(
    "signatures",
    "application",
    "handtekeningenlijst voor draagvlak, met de adressen van het complex van de aanvraag",
)
def render(db: Database, application_id: int) -> bytes:
    sheet = funding.signature_sheet(db, application_id)
    # Every page's header says what is signed for: pages get separated on a clipboard.
    return theme.build(story(sheet), f"Handtekeningenlijst voor: {sheet.title}", sheet.complex_name)
