"""Bestand → Exporteren…: the current tab's table, as filtered and sorted, to .xlsx or .csv."""

from __future__ import annotations

import enum
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from db import clock
from db.services import ServiceError
from db.transfer import exporting
from db.validation import Invalid
from desktop import formatting
from desktop.widgets.list_tab import ListTab
from desktop.widgets.modal import dispose
from desktop.widgets.table_model import Column
from desktop.workers import Job


def export_columns(tab: ListTab) -> list[Column]:
    """The tab's columns; sensitive ones only while the tab shows sensitive data."""
    show = getattr(tab, "show_sensitive", False)
    return [c for c in tab.model.columns() if show or not c.sensitive]


def cell_value(column: Column, value):
    """Numbers and dates stay typed (Excel formats them); everything else as the table shows it."""
    typed = isinstance(value, int | Decimal | date | datetime)
    if typed and not isinstance(value, bool | enum.Enum):
        return value
    return column.format(value)


def export_tab(tab: ListTab, path: str | Path) -> int:
    """Every row matching the tab's search, filters and sort; returns how many were written."""
    columns = export_columns(tab)
    page = tab.fetch(replace(tab.model.query, offset=0, limit=None))
    rows = [[cell_value(c, c.value_of(row)) for c in columns] for row in page.rows]
    heads = [exporting.ExportColumn(c.header, money=c.format is formatting.money) for c in columns]
    exporting.write(path, heads, rows)
    return len(rows)


def suggested_name(title: str) -> str:
    return f"{title.replace('&', '')} {clock.today():%Y-%m-%d}.xlsx"


def export_current_tab(window) -> None:
    tab = window.tabs.currentWidget()
    if not isinstance(tab, ListTab):
        return
    title = window.tabs.tabText(window.tabs.currentIndex())
    if any(c.sensitive for c in export_columns(tab)):
        answer = QMessageBox.warning(
            window,
            QCoreApplication.translate("TransferExport", "Export sensitive data?"),
            QCoreApplication.translate(
                "TransferExport",
                "The export will contain sensitive columns (%1) because sensitive data is shown. "
                "Keep the file inside the office and delete it when it is no longer needed. "
                "Continue?",
            ).replace("%1", ", ".join(c.header for c in export_columns(tab) if c.sensitive)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    folder = Path(str(QSettings().value("export/folder", str(Path.home()))))
    name, chosen = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("TransferExport", "Export table"),
        str(folder / suggested_name(title)),
        QCoreApplication.translate(
            "TransferExport", "Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)"
        ),
    )
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
    QSettings().setValue("export/folder", str(path.parent))
    run_export(window, tab, path)


def run_export(window, tab: ListTab, path: Path) -> Job:
    """Fetching and writing run in the pool (100,000 rows take a while); a busy dialog shows."""
    dialog = QProgressDialog(
        QCoreApplication.translate("TransferExport", "Exporting…"), "", 0, 0, window
    )
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def work(_progress):
        try:
            return export_tab(tab, path)
        except Invalid as exc:
            raise ServiceError(str(exc)) from exc

    job = Job(work)

    def failed(message: str) -> None:
        dispose(dialog)
        QMessageBox.warning(
            window, QCoreApplication.translate("TransferExport", "Export table"), message
        )

    def finished(count: int) -> None:
        dispose(dialog)
        window.statusBar().showMessage(ExportTexts().exported(count, path), 8000)

    job.signals.failed.connect(failed)
    job.signals.finished.connect(finished)
    window._transfer_export_job = job  # keeps the signals alive until the job reports back
    QThreadPool.globalInstance().start(job)
    return job


class ExportTexts(QObject):
    """Plural texts: lupdate marks a string as plural only in a tr() call with a count."""

    def exported(self, count: int, path: Path) -> str:
        return self.tr("%n row(s) exported to %1", "", count).replace("%1", str(path))
