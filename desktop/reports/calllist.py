"""Belrooster: per volunteer, the residents they call each week, with phone numbers and the
agreed day. It leaves the office, so it holds names and phone numbers only — never support
flags, notes or addresses."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from db.services import Database, volunteer_matching
from desktop.reports import document, theme

DAY_NAMES = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def day_name(day: int | None) -> str:
    return "in overleg" if day is None else DAY_NAMES[day]


@document("calllist", "complex", "belrooster: per vrijwilliger de bewoners die hij of zij belt")
def render(db: Database, complex_id: int) -> bytes:
    name = volunteer_matching.complex_name(db, complex_id)
    groups = volunteer_matching.call_list(db, complex_id)
    story: list = [
        theme.paragraph(f"Belrooster {name}", "title"),
        theme.paragraph(
            "Wie belt wie, en op welke dag. Vertrouwelijk: alleen voor de "
            "vrijwilligers op deze lijst. Niet ophangen.",
            "small",
        ),
        Spacer(1, 4 * mm),
    ]
    if not groups:
        story.append(theme.paragraph("Er zijn nog geen vaste belafspraken in dit complex."))
    width = 174 * mm
    for group in groups:
        heading = theme.isolate(group.volunteer_name) + (
            f"  ·  {group.volunteer_phone}" if group.volunteer_phone else ""
        )
        rows = [["Dag", "Bewoner", "Telefoon"]]
        rows += [
            [day_name(c.agreed_day), c.resident_name, c.phone or "geen nummer bekend"]
            for c in group.calls
        ]
        # A volunteer's block stays on one page when it fits; a longer one splits, header repeated.
        story.append(
            KeepTogether(
                [
                    theme.paragraph(heading, "h2"),
                    theme.table(rows, [32 * mm, width - 77 * mm, 45 * mm]),
                ]
            )
        )
        story.append(Spacer(1, 2 * mm))
    return theme.build(story, title=f"Belrooster {name}", subtitle="Nieuwe Buren")
