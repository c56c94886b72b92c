"""QApplication set-up: names for QSettings, translations, opening the database, the window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from db.opening import DatabaseError, open_database
from desktop import i18n

ORGANISATION = "Buurtkantoor"
APPLICATION = "Buurtkantoor"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    i18n.install(app)
    return app


def open_or_explain(url: str):
    """The database, or None after telling the user in Dutch why it cannot be used."""
    try:
        return open_database(url)
    except DatabaseError as exc:
        QMessageBox.critical(None, QApplication.translate("App", "Buurtkantoor cannot start"), str(exc))
        return None


def run_gui(url: str, demo: bool = False) -> int:
    app = make_application()
    db = open_or_explain(url)
    if db is None:
        return 2
    if demo:
        from desktop.cli import fill_demo_if_empty

        fill_demo_if_empty(db)
    from desktop.main_window import MainWindow

    window = MainWindow(db)
    window.show()
    try:
        return app.exec()
    finally:
        db.dispose()
