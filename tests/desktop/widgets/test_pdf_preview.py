"""The preview says what did not fit on the paper: a flyer is never cut silently."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from db.services.events import FlyerInfo
from desktop.reports.events import flyer
from desktop.widgets.pdf_preview import PdfPreview

INFO = FlyerInfo(
    id=1,
    title="Formulierenspreekuur",
    description=" ".join(["Wij helpen u met formulieren, brieven en de computer."] * 30),
    starts_at=datetime(2026, 4, 25, 10),
    ends_at=datetime(2026, 4, 25, 12),
    place="Buurtkamer Vulcanusdreef 120",
    complex_id=None,
    complex_name="",
    organisers="",
    status="announced",
    capacity=None,
    language="",
    foreign_title="",
    foreign_text="",
    picture_path="",
    qr_url="",
    template="",
)


def test_preview_shows_the_text_does_not_fit_and_clears_when_it_does(app, qtbot, tmp_path):
    sizes = [("A6", "A6"), ("A4", "A4")]
    preview = PdfPreview(
        "Flyer",
        lambda choices: flyer.flyer_pdf(INFO, choices["size"]),
        "flyer.pdf",
        {"size": ("Papier", sizes)},
    )
    qtbot.addWidget(preview)
    preview.show()
    assert preview.message.isVisible()
    assert preview.message.text() == "De tekst past niet op A6; kort hem in of kies A5."
    preview.grab().save(str(tmp_path / "preview.png"))
    preview.combos["size"].setCurrentIndex(1)  # A4 has room for it
    assert not preview.message.isVisible()
    short = flyer.flyer_pdf(replace(INFO, description="Kom gerust langs."), "A6")
    assert short.warnings == ()
