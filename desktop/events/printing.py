"""Opening the activity PDFs in the preview: flyer, letterbox sheet, presentielijst, labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db.services import events
from desktop.reports.events import attendance, flyer, labels, sheet
from desktop.widgets.pdf_preview import PdfPreview
from desktop.widgets.printing import CUT_OR_STICK, DOCUMENT, LABELS, PrintProfile


def _documents() -> list[tuple[str, object]]:
    return [
        (QCoreApplication.translate("EventsPrint", "Flyer"), "flyer"),
        (
            QCoreApplication.translate("EventsPrint", "Letterbox sheet (2 × A5 or 4 × A6 on A4)"),
            "sheet",
        ),
        (QCoreApplication.translate("EventsPrint", "Attendance list"), "attendance"),
    ]


def _sizes() -> list[tuple[str, object]]:
    return [
        (QCoreApplication.translate("EventsPrint", "A4"), "A4"),
        (QCoreApplication.translate("EventsPrint", "A5"), "A5"),
        (QCoreApplication.translate("EventsPrint", "A6"), "A6"),
    ]


def make_event_pdf(db, event_id: int, choices: dict) -> bytes:
    kind, size, template = (
        choices.get("kind", "flyer"),
        choices.get("size", "A4"),
        choices.get("template"),
    )
    if kind == "attendance":
        return attendance.render(db, event_id)
    info = events.flyer_info(db, event_id)
    if kind == "sheet":
        return sheet.sheet_pdf(info, 4 if size == "A6" else 2, template)
    return flyer.flyer_pdf(info, size, template)


def _profile(choices: dict) -> PrintProfile:
    """A letterbox sheet is cut along its marks: it never scales; flyers and lists may."""
    return CUT_OR_STICK if choices.get("kind") == "sheet" else DOCUMENT


def open_event_pdf(parent: QWidget, db, event_id: int, kind: str = "flyer") -> PdfPreview:
    info = events.flyer_info(db, event_id)
    templates = [(t.label, name) for name, t in flyer.templates().items()]
    start = info.template if info.template in flyer.templates() else flyer.DEFAULT_TEMPLATE
    templates.sort(key=lambda item: item[1] != start)  # the activity's own template first
    choices = {
        "kind": (QCoreApplication.translate("EventsPrint", "&Document"), _documents()),
        "size": (QCoreApplication.translate("EventsPrint", "&Paper"), _sizes()),
        "template": (QCoreApplication.translate("EventsPrint", "&Template"), templates),
    }
    safe = (
        "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in info.title).strip()
        or "activiteit"
    )
    dialog = PdfPreview(
        QCoreApplication.translate("EventsPrint", "Print: %1").replace("%1", info.title),
        lambda picked: make_event_pdf(db, event_id, picked),
        f"{safe}.pdf",
        choices,
        parent,
        profile=_profile,
    )
    dialog.combos["kind"].setCurrentIndex(max(dialog.combos["kind"].findData(kind), 0))
    return dialog


def open_labels(parent: QWidget, db, complex_id: int, first_label: int) -> PdfPreview:
    name = next((n for cid, n in _complex_names(db) if cid == complex_id), "")
    return PdfPreview(
        QCoreApplication.translate("EventsPrint", "Address labels: %1").replace("%1", name),
        lambda _picked: labels.render(db, complex_id, first_label),
        f"etiketten {name}.pdf",
        None,
        parent,
        profile=lambda _choices: LABELS,
        test_page=labels.test_page_pdf,
    )


def _complex_names(db):
    from db.services import complexes

    return complexes.names(db)
