"""QApplication set-up: names for QSettings, translations, opening the database, the window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

import resources
from desktop import i18n, logs
from desktop.widgets import access

ORGANISATION = "Buurtkantoor"
APPLICATION = "Buurtkantoor"


def app_icon() -> QIcon:
    """The program's icon in every drawn size (sharp at 100 %, 150 % and 200 % scaling)."""
    icon = QIcon()
    for png in sorted(resources.path("icons").glob("buurtkantoor-*.png")):
        icon.addFile(str(png))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    if QApplication.instance() is None:
        # Fractional scaling (125 %, 150 % on Windows laptops) as is, not rounded to 100/200 %.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        if sys.platform == "win32":  # own task-bar button and icon, not python.exe's
            import ctypes

            ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(
                "Buurtkantoor.Buurtkantoor"
            )
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("buurtkantoor")  # Linux task bars match the window to its icon
    app.setWindowIcon(app_icon())
    i18n.install(app)
    access.install(app)  # names, Tab order and mnemonics of every window we show
    return app


def run_gui(url: str, demo: bool = False) -> int:
    app = make_application()
    log_path = logs.setup()
    logs.route_qt_messages()
    from desktop.shell.crash import install_crash_handler

    install_crash_handler(app, log_path)
    logging.getLogger("buurtkantoor").info("Buurtkantoor gestart")
    from desktop.shell.startup import open_safely

    # One window per file, a restore offer for a damaged file; the quick check waits until the
    # window is up (see desktop.shell.startup).
    db, guard = open_safely(url, quick_check=False)
    if db is None:
        return 2
    if demo:
        from desktop.cli import fill_demo_if_empty

        fill_demo_if_empty(db)
    from desktop.shell.main_window import MainWindow

    shown = {"window": MainWindow(db), "db": db}
    shown["window"].show()

    def release() -> None:  # before a damaged file is set aside: no connection may stay open
        shown["db"].dispose()

    def restored(new_db) -> None:
        old = shown["window"]
        shown.update(window=MainWindow(new_db), db=new_db)
        shown["window"].show()  # first the new window, so closing the old does not quit
        old.close()
        old.deleteLater()
        guard.keep_daily_backups(shown["window"])

    # Then the daily backup, at start and after each midnight the window sees.
    guard.check_then_keep_backups(shown["window"], restored, release)
    try:
        return app.exec()
    finally:
        guard.wait()
        shown["db"].dispose()
        guard.release()
