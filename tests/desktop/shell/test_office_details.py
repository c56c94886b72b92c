"""Beheer → Kantoorgegevens: typed once, printed on flyers and fund documents."""

from __future__ import annotations

from datetime import datetime, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from db import clock
from db.services import ServiceError, events, funding, office
from desktop.reports import load_all
from desktop.shell.office_details import OfficeDetailsDialog


def text_of(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(data)).pages)


def test_menu_dialog_saves_and_documents_print_it(db, window_factory, qtbot, tmp_path):
    window = window_factory(db)
    action = next(a for a in window.menus["manage"].actions() if a.text() == "Kantoorgegevens…")
    assert action is not None
    dialog = OfficeDetailsDialog(db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Kantoorgegevens"
    qtbot.keyClicks(dialog.name.edit, "Buurtkantoor Overvecht")
    qtbot.keyClicks(dialog.address.edit, "Vulcanusdreef 120, 3533 AB Utrecht")
    qtbot.keyClicks(dialog.phone.edit, "030-2861234")
    qtbot.keyClicks(dialog.email.edit, "buurt@voorbeeld.nl")
    dialog.grab().save(str(tmp_path / "office.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    details = office.get(db)
    assert details.phone == "+31302861234"
    assert details.register_line() == "Aanmelden: bel 030 286 1234 of mail buurt@voorbeeld.nl."

    start = datetime.combine(clock.today() + timedelta(days=20), datetime.min.time())
    event_id = events.crud.create(
        db,
        events.EventData(
            title="Burendag",
            starts_at=start.replace(hour=14),
            ends_at=start.replace(hour=17),
            description="Kom ook!",
        ),
    )
    flyer = text_of(load_all()["flyer"].render(db, event_id, size="A6"))
    assert "Aanmelden: bel 030 286 1234 of mail buurt@voorbeeld.nl." in flyer
    fund = funding.list_funds(db)[0]
    app_id = funding.save(db, funding.ApplicationData(fund_id=fund.id, title="Burendag"), [], [])
    application = text_of(load_all()["application"].render(db, app_id))
    assert "Afzender: Buurtkantoor Overvecht · Vulcanusdreef 120, 3533 AB Utrecht" in application


def test_bad_phone_changes_nothing(db):
    office.save(db, office.OfficeDetails(name="Kantoor", phone="0302861234"))
    with pytest.raises(ServiceError, match="elefoon"):
        office.save(db, office.OfficeDetails(name="Ander", phone="12"))
    assert office.get(db).name == "Kantoor"
