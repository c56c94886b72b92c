"""Every PDF says it is Dutch and asks the viewer to show its title."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader

from desktop.reports import theme
from desktop.reports.events import flyer


def _check(data: bytes, title: str) -> None:
    reader = PdfReader(BytesIO(data))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl-NL"
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert reader.metadata.title == title


def test_themed_document_is_dutch_with_title():
    data = theme.build([theme.paragraph("Hallo")], "Belrooster Vulcanusdreef")
    _check(data, "Belrooster Vulcanusdreef")


def test_flyer_drawn_on_canvas_is_dutch_with_title(demo_db):
    from db.services import events

    event_id = events.list_events(demo_db).rows[0].id
    info = events.flyer_info(demo_db, event_id)
    _check(flyer.flyer_pdf(info, "A5", flyer.DEFAULT_TEMPLATE), info.title)
