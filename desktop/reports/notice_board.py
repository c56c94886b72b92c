"""Vrijwilligersoverzicht for the notice board: the active volunteers of a complex who agreed
to be named there, with their roles. Names and roles only — no phone numbers or addresses."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from db.services import Database, volunteer_matching
from desktop.reports import document, theme


@document(
    "volunteers", "complex", "vrijwilligersoverzicht voor het mededelingenbord (namen en rollen)"
)
def render(db: Database, complex_id: int) -> bytes:
    name = volunteer_matching.complex_name(db, complex_id)
    entries = volunteer_matching.notice_board(db, complex_id)
    story: list = [
        theme.paragraph(f"Uw buren die zich inzetten — {name}", "title"),
        theme.paragraph(
            "Deze bewoners helpen mee in het complex: bij activiteiten, in de tuin, "
            "met de computer of met een telefoontje. Vragen? Spreek ze gerust aan, "
            "of loop binnen bij het buurtkantoor."
        ),
        Spacer(1, 5 * mm),
    ]
    if entries:
        rows = [["Naam", "Doet mee aan"]]
        rows += [[e.name, ", ".join(e.roles) or "Nieuwe Buren"] for e in entries]
        story.append(theme.table(rows, [70 * mm, 104 * mm]))
    else:
        story.append(
            theme.paragraph("Er staan nog geen vrijwilligers van dit complex op het overzicht.")
        )
    return theme.build(story, title=f"Vrijwilligers {name}", subtitle="Nieuwe Buren")
