"""Unexpected errors: a Dutch "Er ging iets mis" dialog instead of a window that vanishes.

install_crash_handler() sets sys.excepthook and threading.excepthook. Every unexpected
exception is written to the log file with its traceback, then shown in a dialog with the
details to copy and the log file's location. The program keeps running: every change that
was saved is already committed (one short transaction per action), so continuing is safe.
Exceptions in worker threads are handed to the GUI thread through a queued signal.

Also Help → "Open log file" (install_menu).
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
)

from db import clock
from db.services import ConnectionLost
from desktop import logs

log = logging.getLogger("buurtkantoor.crash")


class CrashDialog(QDialog):
    """What happened, that saved work is safe, the details to copy, and where the log is."""

    def __init__(self, details: str, log_path: Path | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        icon = QLabel()
        critical = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        icon.setPixmap(critical.pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        headline = QLabel(f"<b>{self.tr('Something went wrong')}</b>")
        headline.setObjectName("headline")
        explanation = QLabel(
            self.tr(
                "Buurtkantoor ran into an unexpected problem. Everything you saved before this is "
                "safe in the database; a change you were making at this moment may not have been "
                "saved, so please check it. You can continue working, or quit and start again."
            )
        )
        explanation.setWordWrap(True)
        if log_path is not None:
            where = self.tr("The details are also in the log file:\n%1")
            where = where.replace("%1", str(log_path))
        else:
            where = self.tr("No log file could be written on this computer.")
        self.log_label = QLabel(where)
        self.log_label.setObjectName("log_location")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.copy_button = buttons.addButton(self.tr("&Copy details"), role.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.quit_button = buttons.addButton(self.tr("&Quit Buurtkantoor"), role.RejectRole)
        self.quit_button.clicked.connect(self._quit)
        self.continue_button: QPushButton = buttons.addButton(self.tr("C&ontinue"), role.AcceptRole)
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)
        self.quit_requested = False

        top = QHBoxLayout()
        top.addWidget(icon)
        text = QVBoxLayout()
        for widget in (headline, explanation, self.log_label):
            text.addWidget(widget)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("M") * 60, metrics.height() * 28)

    def add_details(self, details: str) -> None:
        """A further error while the dialog is open joins this one instead of stacking dialogs."""
        self.details.appendPlainText("\n" + details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

    def _quit(self) -> None:
        self.quit_requested = True
        self.reject()


def describe(exc_type, exc, tb) -> str:
    """The text to copy: when, which versions, and the traceback."""
    from PySide6 import __version__ as pyside_version

    from desktop import __version__

    header = (
        f"Buurtkantoor {__version__} · {clock.now():%Y-%m-%d %H:%M:%S}\n"
        f"Python {platform.python_version()} · PySide6 {pyside_version} · "
        f"{platform.platform()}\n"
    )
    return header + "\n" + "".join(traceback.format_exception(exc_type, exc, tb)).rstrip()


class CrashReporter(QObject):
    """Receives uncaught exceptions from any thread and shows them in the GUI thread."""

    _from_other_thread = Signal(str)

    def __init__(self, log_path: Path | None, parent=None):
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: CrashDialog | None = None
        self.shown = 0
        self._from_other_thread.connect(self.show, Qt.ConnectionType.QueuedConnection)

    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if issubclass(exc_type, ConnectionLost):
            # Not a bug: the server was restarted or the network dropped. The window's banner
            # says so and reconnects; a crash dialog would only alarm.
            log.warning("verbinding met de server verbroken: %s", exc)
            return
        try:
            log.critical("Onverwachte fout", exc_info=(exc_type, exc, tb))
            text = describe(exc_type, exc, tb)
            if threading.current_thread() is threading.main_thread():  # Qt's GUI thread
                self.show(text)
            else:
                self._from_other_thread.emit(text)
        except Exception:  # the hook itself must never hide the original error
            sys.__excepthook__(exc_type, exc, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def show(self, text: str) -> None:
        if self.dialog is not None:
            self.dialog.add_details(text)
            return
        self.shown += 1
        parent = QApplication.activeWindow()
        self.dialog = CrashDialog(text, self.log_path, parent)
        try:
            self.dialog.exec()
            if self.dialog.quit_requested:
                QApplication.closeAllWindows()  # windows may still ask about unsaved changes
                QCoreApplication.quit()
        finally:
            self.dialog.deleteLater()
            self.dialog = None


def install_crash_handler(app: QApplication, log_path: Path | None) -> CrashReporter:
    reporter = CrashReporter(log_path, app)
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.thread_excepthook
    app._crash_reporter = reporter  # keep it alive as long as the application
    return reporter


def open_log_file(parent=None) -> bool:
    """Open the log in the system's text viewer; say where it is if that is not possible."""
    path = logs.log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(exist_ok=True)  # an empty log is clearer than "file not found"
    except OSError:
        pass  # openUrl below fails too, and the message says where the file should be
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    QMessageBox.information(
        parent,
        QCoreApplication.translate("LogFileMenu", "Log file"),
        QCoreApplication.translate("LogFileMenu", "The log file is here:\n%1").replace(
            "%1", str(path)
        ),
    )
    return False


def install_menu(window) -> None:
    window.add_menu_action(
        "help",
        QCoreApplication.translate("LogFileMenu", "Open &log file"),
        lambda _checked=False: open_log_file(window),
    )
