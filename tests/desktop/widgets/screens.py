"""Every window a user can reach, built on the demo database, for the accessibility tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QWidget

from db import clock
from db.services import Stage, contacts, partners


def _first_id(tab) -> int:
    return tab.model.row_id(0)


def screen_makers(window) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """(name, make) for every editor and dialog; make() returns the unshown window."""
    from desktop.complexes.editor import ComplexEditor
    from desktop.events.address_labels import LabelsDialog
    from desktop.events.editor import EventEditor
    from desktop.events.printing import open_event_pdf
    from desktop.events.shifts import ShiftDialog
    from desktop.funding.editor import ApplicationEditor
    from desktop.funding.funds import FundsDialog
    from desktop.funding.status import CloseDialog, DecisionDialog, SubmitDialog
    from desktop.residents.contacts import ContactMomentDialog, SignalDialog
    from desktop.residents.editor import MoveOutDialog, ResidentEditor
    from desktop.residents.followups import FollowUpsDialog
    from desktop.residents.partners import ContactDialog, PartnersDialog
    from desktop.safety.audit import AuditDialog
    from desktop.safety.backups import RestoreDialog
    from desktop.safety.person import PersonDialog
    from desktop.safety.retention import RetentionDialog
    from desktop.shell.about import AboutDialog
    from desktop.shell.crash import CrashDialog
    from desktop.transfer.duplicates import DuplicatesDialog
    from desktop.transfer.import_wizard import ImportWizard
    from desktop.volunteers.editor import VolunteerDialog
    from desktop.volunteers.matching import MatchDialog
    from desktop.volunteers.resident_picker import ResidentPicker
    from desktop.volunteers.stage_step import StageStepDialog

    db = window.db
    complex_id = _first_id(window.complexes)
    resident_id = _first_id(window.residents)
    volunteer_id = _first_id(window.volunteers)
    app_id = _first_id(window.funding)
    event_id = _first_id(window.events)
    today = clock.today()
    yield "complex", lambda: ComplexEditor(db, complex_id, window)
    yield "new complex", lambda: ComplexEditor(db, None, window)
    yield "resident", lambda: ResidentEditor(db, resident_id, window)
    yield "new resident", lambda: ResidentEditor(db, None, window)
    yield "move out", lambda: MoveOutDialog(today, window)
    yield (
        "contact moment",
        lambda: ContactMomentDialog(
            db, contacts.ContactMomentData(resident_id=resident_id, occurred_on=today), window
        ),
    )
    yield (
        "signal",
        lambda: SignalDialog(
            db, contacts.SignalData(resident_id=resident_id, passed_on=today), window
        ),
    )
    yield "partners", lambda: PartnersDialog(db, window)
    yield "partner contact", lambda: ContactDialog(db, partners.ContactData(partner_id=0), window)
    yield "follow-ups", lambda: FollowUpsDialog(db, window)
    yield "volunteer", lambda: VolunteerDialog(db, volunteer_id, window)
    yield "new volunteer", lambda: VolunteerDialog(db, None, window)
    yield "stage step", lambda: StageStepDialog(db, volunteer_id, "X", Stage.INTERVIEW, window)
    yield "match", lambda: MatchDialog(db, window, complex_id)
    yield (
        "resident picker",
        lambda: ResidentPicker(
            db, "Kies", without_volunteer=False, show_consent=True, parent=window
        ),
    )
    yield "application", lambda: ApplicationEditor(db, app_id, window)
    yield "new application", lambda: ApplicationEditor(db, None, window)
    yield "submit", lambda: SubmitDialog(db, app_id, window)
    yield "decision", lambda: DecisionDialog(db, app_id, __import__("decimal").Decimal(100), window)
    yield "close application", lambda: CloseDialog(db, app_id, window)
    yield "funds", lambda: FundsDialog(db, window)
    yield "event", lambda: EventEditor(db, event_id, window)
    yield "new event", lambda: EventEditor(db, None, window)
    yield "shift", lambda: ShiftDialog(clock.now(), window)
    yield "address labels", lambda: LabelsDialog(db, window)
    yield "print", lambda: open_event_pdf(window, db, event_id)
    yield "duplicates", lambda: DuplicatesDialog(db, window)
    yield "import", lambda: ImportWizard(db, window)
    yield "audit", lambda: AuditDialog(db, window)
    yield "person", lambda: PersonDialog(db, window)
    yield "retention", lambda: RetentionDialog(db, window)
    yield "restore", lambda: RestoreDialog(window, window)
    yield "about", lambda: AboutDialog(db.describe(), window)
    yield "crash", lambda: CrashDialog("Traceback: test", None, window)
