"""Bestand → Voortgangsrapportage…: pick a period and a complex (or all), save the PDF and,
if wanted, the same figures as .xlsx."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
)

from db import clock
from db.services import Database, ServiceError, complexes
from desktop.reports import load_all
from desktop.widgets.forms import DateEdit


class ProgressReportDialog(QDialog):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Progress report"))
        today = clock.today()
        self.first = DateEdit(optional=False, required_message=self.tr("Give the first day."))
        self.last = DateEdit(optional=False, required_message=self.tr("Give the last day."))
        self.first.set_date(date(today.year, 1, 1))  # this year so far: what a funder asks for
        self.last.set_date(today)
        self.complex_combo = QComboBox()
        self.complex_combo.addItem(self.tr("All complexes"), None)
        for cid, name in complexes.names(db):
            self.complex_combo.addItem(name, cid)
        self.with_xlsx = QCheckBox(self.tr("Also save the figures as an Excel workbook (.xlsx)"))
        form = QFormLayout()
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        form.addRow(self.tr("Complex"), self.complex_combo)
        form.addRow("", self.with_xlsx)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def ask_path(self, suggested: str, kind: str) -> str:
        """The file to write; a separate method so tests can answer without a file dialog."""
        filters = {"pdf": self.tr("PDF (*.pdf)"), "xlsx": self.tr("Excel workbook (*.xlsx)")}
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save progress report"), suggested, filters[kind]
        )
        return path

    def save(self) -> None:
        first, last = self.first.date(), self.last.date()
        if first is None or last is None:
            self.first.show_error()
            self.last.show_error()
            return
        if last < first:
            QMessageBox.warning(
                self, self.tr("Period"), self.tr("The last day lies before the first day.")
            )
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("Progress report %1").replace("%1", last.isoformat())
        path = self.ask_path(str(Path(folder) / f"{name}.pdf"), "pdf")
        if not path:
            return
        xlsx = None
        if self.with_xlsx.isChecked():
            xlsx = self.ask_path(str(Path(path).with_suffix(".xlsx")), "xlsx") or None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = load_all()["voortgang"].render(
                self.db,
                self.complex_combo.currentData(),
                period_from=first,
                period_to=last,
                xlsx=Path(xlsx) if xlsx else None,
            )
            Path(path).write_bytes(data)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Report not made"), str(exc))
            return
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Report not saved"),
                self.tr("The file could not be written: %1").replace("%1", exc.strerror or ""),
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.saved = Path(path)
        self.accept()
