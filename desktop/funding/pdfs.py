"""Saving one of the funding PDFs (application, signature list, accountability) from the GUI."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget

from db.services import ServiceError
from desktop.reports import load_all


def default_name(kind: str, title: str) -> str:
    names = {
        "application": QCoreApplication.translate("FundingPdf", "Application %1.pdf"),
        "signatures": QCoreApplication.translate("FundingPdf", "Signature list %1.pdf"),
        "accountability": QCoreApplication.translate("FundingPdf", "Accountability %1.pdf"),
    }
    return names[kind].replace("%1", re.sub(r'[\\/:*?"<>|]+', " ", title).strip())


def write_pdf(db, kind: str, app_id: int, target: Path) -> None:
    """Render and write; ServiceError or OSError for the caller to explain."""
    data = load_all()[kind].render(db, app_id)
    target.write_bytes(data)


def save_pdf(parent: QWidget, db, kind: str, app_id: int, title: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("FundingPdf", "Save PDF"),
        str(Path(folder) / default_name(kind, title)),
        QCoreApplication.translate("FundingPdf", "PDF files (*.pdf)"),
    )
    if not path:
        return None
    target = Path(path) if path.lower().endswith(".pdf") else Path(f"{path}.pdf")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a few hundred ms at most
    try:
        write_pdf(db, kind, app_id, target)
    except ServiceError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("FundingPdf", "Save PDF"), str(exc))
        return None
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("FundingPdf", "Save PDF"),
            QCoreApplication.translate("FundingPdf", "Cannot write %1: %2. Choose another folder.")
            .replace("%1", str(target))
            .replace("%2", exc.strerror or str(exc)),
        )
        return None
    finally:
        QApplication.restoreOverrideCursor()
    window = parent.window()
    main = window.parent().window() if window.parent() else window
    if isinstance(main, QMainWindow):
        main.statusBar().showMessage(
            QCoreApplication.translate("FundingPdf", "Saved %1").replace("%1", str(target)), 8000
        )
    return target
