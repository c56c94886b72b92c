"""Charts per complex (or all complexes together) over the last twelve months, on screen.

The pictures are the progress report's own reportlab charts rendered to SVG, so screen and paper
share one drawing code path and Qt's chart module (an add-on package) is not needed.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from db import clock
from db.services import Database, complexes, progress
from desktop import formatting
from desktop.reports import progress_charts

MONTHS_SHOWN = 12


class ChartView(QWidget):
    """A titled chart that keeps its proportions when the dialog is resized."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.kind = ""
        self.data: list[list[float]] = []
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.svg = QSvgWidget()
        self.svg.setMinimumSize(QSize(380, 150))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.svg, 1)

    def show_chart(self, kind: str, figures: progress.Monthly) -> None:
        self.kind = kind
        self.data = progress_charts.series(kind, figures)
        self.svg.load(QByteArray(progress_charts.svg(kind, figures)))
        self.svg.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)


class ChartsDialog(QDialog):
    def __init__(self, db: Database, complex_id: int | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Charts"))
        self.complex_combo = QComboBox()
        self.complex_combo.addItem(self.tr("All complexes"), None)
        for cid, name in complexes.names(db):
            self.complex_combo.addItem(name, cid)
        if complex_id is not None:
            self.complex_combo.setCurrentIndex(max(0, self.complex_combo.findData(complex_id)))
        self.period_label = QLabel()
        titles = {
            "nb_share": self.tr("Nieuwe Buren share against the target"),
            "activities": self.tr("Activities held per month"),
            "participants": self.tr("Participants per month (walk-ins included)"),
            "hours": self.tr("Volunteer hours per month"),
            "support": self.tr("Residents who asked for support, and who have a volunteer now"),
        }
        self.charts = {kind: ChartView(titles[kind]) for kind in progress_charts.KINDS}
        grid = QGridLayout()
        for i, kind in enumerate(progress_charts.KINDS):
            grid.addWidget(self.charts[kind], i // 2, i % 2)
        form = QFormLayout()
        form.addRow(self.tr("Complex"), self.complex_combo)
        form.addRow(self.tr("Period"), self.period_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.complex_combo.currentIndexChanged.connect(self.refresh)
        self.resize(1100, 720)
        self.refresh()

    def period(self) -> tuple[date, date]:
        """This month and the eleven before it, up to today."""
        last = clock.today()
        first = last.replace(day=1)
        for _ in range(MONTHS_SHOWN - 1):
            first = (first - timedelta(days=1)).replace(day=1)
        return first, last

    def refresh(self) -> None:
        first, last = self.period()
        figures = progress.monthly(self.db, first, last, self.complex_combo.currentData())
        self.figures = figures
        self.period_label.setText(
            self.tr("%1 to %2")
            .replace("%1", formatting.day(first))
            .replace("%2", formatting.day(last))
        )
        for kind, view in self.charts.items():
            view.show_chart(kind, figures)
