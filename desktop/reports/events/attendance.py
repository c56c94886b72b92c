"""Presentielijst: the registered residents with a box to tick, then empty rows for walk-ins.

Only names and addresses: no phone numbers, notes or support flags (this sheet lies on a table
at the activity)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from db import validation
from db.services import events
from db.services.events.registrations import list_registrations
from desktop.reports import document, theme
from desktop.reports.events.flyer import when_lines
from desktop.reports.layout import style

WALK_IN_ROWS = 12
BOX = "☐"


def _cell(
    text: str, bold: bool = False, color=theme.INK, size: float = 9.5, align: str = "left"
) -> theme.Text:
    """Table text through the one text path (an Arabic name is shaped and in reading order)."""
    return theme.Text(text, style(size, bold, color, align, 1.25))


def attendance_story(db, event_id: int) -> tuple[list, str, str]:
    info = events.flyer_info(db, event_id)
    day, time = when_lines(info)
    people = [r for r in list_registrations(db, event_id) if r.status == "registered"]
    st = theme.styles()
    story = [
        theme.paragraph(f"Presentielijst: {info.title}", "title"),
        theme.paragraph(
            f"{day}, {time} · {info.place}" if info.place else f"{day}, {time}", "body"
        ),
        theme.paragraph(
            f"{len(people)} aangemeld · zet een vinkje bij wie er is en schrijf "
            "binnenlopers onderaan bij.",
            "small",
        ),
        Spacer(1, 5 * mm),
    ]
    head = [theme.Text(text, st["cell_head"]) for text in ("Nr.", "Naam", "Adres", "Aanwezig")]
    rows = [head]
    for number, person in enumerate(people, start=1):
        name = f"{theme.isolate(person.name)} (helpt mee)" if person.helper else person.name
        rows.append(
            [
                _cell(str(number)),
                _cell(name, bold=True),
                _cell(person.address),
                _cell(BOX, size=15, align="center"),
            ]
        )
    for number in range(len(people) + 1, len(people) + WALK_IN_ROWS + 1):
        rows.append(
            [_cell(str(number), color=theme.MUTED), "", "", _cell(BOX, size=15, align="center")]
        )
    table = theme.Table(
        rows,
        colWidths=[12 * mm, 78 * mm, 60 * mm, 22 * mm],
        repeatRows=1,
        rowHeights=[None] + [9 * mm] * (len(rows) - 1),
    )
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), theme.ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, theme.RULE),
        ("ALIGN", (3, 0), (3, -1), "CENTER"),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), theme.ZEBRA) for r in range(2, len(rows), 2)]
    table.setStyle(theme.TableStyle(commands))
    story += [
        table,
        Spacer(1, 6 * mm),
        theme.paragraph(
            "Totaal aantal aanwezigen (ook binnenlopers en vrijwilligers): ________", "body"
        ),
    ]
    return story, info.title, validation.format_date(info.starts_at.date())


@document("attendance", "activiteit", "presentielijst met de aangemelde bewoners en lege regels")
def render(db, event_id: int) -> bytes:
    story, title, subtitle = attendance_story(db, event_id)
    return theme.build(story, title=f"Presentielijst {title}", subtitle=subtitle)
