"""Small widgets of the volunteers area: the weekly availability grid, the warning colour for VOG
cells, and the translated names of stages' companions (support kinds, days, VOG states)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QStyledItemDelegate, QWidget

from db import validation
from db.services import SupportKind
from db.services.volunteers import DAYS, PARTS, VogStatus
from desktop.widgets import colours
from desktop.widgets.colours import Tone

WARNING_MARK = "⚠ "


def day_names() -> list[str]:
    return [
        QCoreApplication.translate("Volunteers", "Monday"),
        QCoreApplication.translate("Volunteers", "Tuesday"),
        QCoreApplication.translate("Volunteers", "Wednesday"),
        QCoreApplication.translate("Volunteers", "Thursday"),
        QCoreApplication.translate("Volunteers", "Friday"),
        QCoreApplication.translate("Volunteers", "Saturday"),
        QCoreApplication.translate("Volunteers", "Sunday"),
    ]


def day_name(day: int | None) -> str:
    return QCoreApplication.translate("Volunteers", "to agree") if day is None else day_names()[day]


def part_names() -> list[str]:
    return [
        QCoreApplication.translate("Volunteers", "Morning"),
        QCoreApplication.translate("Volunteers", "Afternoon"),
        QCoreApplication.translate("Volunteers", "Evening"),
    ]


def support_kind(kind: SupportKind) -> str:
    return {
        SupportKind.WEEKLY_CALL: QCoreApplication.translate("Volunteers", "Weekly call"),
        SupportKind.PAPERWORK: QCoreApplication.translate("Volunteers", "Help with paperwork"),
        SupportKind.VISIT: QCoreApplication.translate("Volunteers", "Visit"),
        SupportKind.OTHER: QCoreApplication.translate("Volunteers", "Other help"),
    }[SupportKind(kind)]


def vog_cell(value: tuple[VogStatus, date | None]) -> str:
    """One cell for the VOG: its date, and a warning when it is missing or (almost) too old."""
    status, when = value
    shown = validation.format_date(when) if when else ""
    if status == VogStatus.MISSING:
        return WARNING_MARK + QCoreApplication.translate("Volunteers", "Missing")
    if status == VogStatus.EXPIRED:
        return WARNING_MARK + QCoreApplication.translate("Volunteers", "Expired (%1)").replace(
            "%1", shown
        )
    if status == VogStatus.EXPIRING:
        return WARNING_MARK + QCoreApplication.translate("Volunteers", "Expires soon (%1)").replace(
            "%1", shown
        )
    return shown


class WarningDelegate(QStyledItemDelegate):
    """Paints cells whose text starts with the warning mark in the warning colour."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        if str(index.data() or "").startswith(WARNING_MARK):
            # a selected row keeps the palette's own highlighted text, readable on its highlight
            option.palette.setColor(
                QPalette.ColorRole.Text, colours.colour(Tone.ERROR, option.palette)
            )
            option.font.setBold(True)


class AvailabilityGrid(QWidget):
    """Weekdays × parts of the day as check boxes; value() gives codes like 'mon-am,wed-pm'."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for col, part in enumerate(part_names(), start=1):
            grid.addWidget(QLabel(part), 0, col, Qt.AlignmentFlag.AlignHCenter)
        for row, (code, name) in enumerate(zip(DAYS, day_names(), strict=True), start=1):
            grid.addWidget(QLabel(name), row, 0)
            for col, part in enumerate(PARTS, start=1):
                box = QCheckBox()
                box.setAccessibleName(f"{name} {part_names()[col - 1]}")
                box.toggled.connect(lambda _on: self.changed.emit())
                self.boxes[f"{code}-{part}"] = box
                grid.addWidget(box, row, col, Qt.AlignmentFlag.AlignHCenter)

    def value(self) -> str:
        return ",".join(code for code, box in self.boxes.items() if box.isChecked())

    def set_value(self, codes: str) -> None:
        wanted = {c.strip() for c in codes.split(",")}
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)

    def form_state(self) -> str:
        return self.value()
