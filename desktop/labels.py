"""User-visible names of the domain's enum values, translated at the moment they are shown.

Each text is a literal translate() call so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.services import ApplicationStatus, EventStatus, Stage


def stage(value: Stage) -> str:
    return {
        Stage.APPLIED: QCoreApplication.translate("Labels", "Application received"),
        Stage.LETTER_SCORED: QCoreApplication.translate("Labels", "Letter scored"),
        Stage.INTERVIEW: QCoreApplication.translate("Labels", "Interview"),
        Stage.HOUSED: QCoreApplication.translate("Labels", "Housed"),
        Stage.WELCOMED: QCoreApplication.translate("Labels", "Welcome meeting"),
        Stage.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        Stage.STOPPED: QCoreApplication.translate("Labels", "Stopped"),
    }[Stage(value)]


def application_status(value: ApplicationStatus) -> str:
    return {
        ApplicationStatus.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        ApplicationStatus.SUBMITTED: QCoreApplication.translate("Labels", "Submitted"),
        ApplicationStatus.GRANTED: QCoreApplication.translate("Labels", "Granted"),
        ApplicationStatus.PARTLY_GRANTED: QCoreApplication.translate("Labels", "Partly granted"),
        ApplicationStatus.REJECTED: QCoreApplication.translate("Labels", "Rejected"),
        ApplicationStatus.ACCOUNTED: QCoreApplication.translate("Labels", "Accounted for"),
        ApplicationStatus.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }[ApplicationStatus(value)]


def event_status(value: EventStatus) -> str:
    return {
        EventStatus.IDEA: QCoreApplication.translate("Labels", "Idea"),
        EventStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        EventStatus.ANNOUNCED: QCoreApplication.translate("Labels", "Announced"),
        EventStatus.HELD: QCoreApplication.translate("Labels", "Held"),
        EventStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }[EventStatus(value)]
