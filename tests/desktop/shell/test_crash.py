"""The crash dialog: an injected exception shows "Er ging iets mis" with copyable details."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from desktop import logs
from desktop.shell import crash
from desktop.shell.crash import CrashDialog, CrashReporter, install_crash_handler


@pytest.fixture
def log_path(tmp_path, monkeypatch):
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(tmp_path / "logs"))
    root = logging.getLogger()
    level = root.level
    path = logs.setup()
    yield path
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path.absolute()):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logging.captureWarnings(False)


@pytest.fixture
def hooks(app, log_path, monkeypatch):
    """The real handler installed; the interpreter's hooks restored afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    return install_crash_handler(app, log_path)


def answer_dialog(qtbot, seen: list, button: str = "continue_button"):
    """When the modal dialog opens: remember what it shows, copy the details, press a button."""

    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CrashDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(
            {
                "title": dialog.windowTitle(),
                "details": dialog.findChild(QPlainTextEdit, "details").toPlainText(),
                "log": dialog.log_label.text(),
            }
        )
        qtbot.mouseClick(dialog.copy_button, qtbot_button())
        seen[-1]["clipboard"] = QGuiApplication.clipboard().text()
        qtbot.mouseClick(getattr(dialog, button), qtbot_button())

    QTimer.singleShot(0, act)


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def raise_in_slot():
    raise ZeroDivisionError("boem in een slot")


def test_exception_in_a_slot_shows_dutch_dialog_and_is_logged(app, hooks, log_path, qtbot):
    seen: list = []
    answer_dialog(qtbot, seen)
    QTimer.singleShot(0, raise_in_slot)  # an exception inside Qt's event loop, as in a real click
    qtbot.waitUntil(lambda: len(seen) == 1 and hooks.dialog is None, timeout=5000)
    shown = seen[0]
    assert shown["title"] == "Er ging iets mis"
    assert "ZeroDivisionError: boem in een slot" in shown["details"]
    assert "raise_in_slot" in shown["details"]  # the traceback, not just the message
    assert str(log_path) in shown["log"]
    assert shown["log"].startswith("De details staan ook in het logbestand")
    assert shown["clipboard"] == shown["details"]
    logged = log_path.read_text(encoding="utf-8")
    assert "CRITICAL" in logged and "ZeroDivisionError: boem in een slot" in logged


def test_exception_in_a_worker_thread_reaches_the_gui_thread(app, hooks, qtbot):
    seen: list = []
    answer_dialog(qtbot, seen)

    def work():
        raise RuntimeError("boem in een thread")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(seen) == 1 and hooks.dialog is None, timeout=5000)
    assert "RuntimeError: boem in een thread" in seen[0]["details"]


def test_program_keeps_running_and_window_stays(app, hooks, qtbot, db, window_factory):
    window = window_factory(db)
    seen: list = []
    answer_dialog(qtbot, seen)
    QTimer.singleShot(0, raise_in_slot)
    qtbot.waitUntil(lambda: len(seen) == 1 and hooks.dialog is None, timeout=5000)
    assert window.isVisible()


def test_quit_button_closes_the_windows(app, hooks, qtbot, db, window_factory, monkeypatch):
    window = window_factory(db)
    quits = []
    monkeypatch.setattr(crash.QCoreApplication, "quit", lambda: quits.append(True))
    seen: list = []
    answer_dialog(qtbot, seen, button="quit_button")
    QTimer.singleShot(0, raise_in_slot)
    qtbot.waitUntil(lambda: quits == [True], timeout=5000)
    assert not window.isVisible()


def test_a_second_error_joins_the_open_dialog(app, qtbot, tmp_path):
    reporter = CrashReporter(tmp_path / "x.log")
    texts: list = []

    def second_error_then_close():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CrashDialog):
            QTimer.singleShot(20, second_error_then_close)
            return
        reporter.show("tweede fout")
        texts.append(dialog.details.toPlainText())
        dialog.accept()

    QTimer.singleShot(0, second_error_then_close)
    reporter.show("eerste fout")
    assert reporter.shown == 1
    assert "eerste fout" in texts[0] and "tweede fout" in texts[0]


def test_keyboard_interrupt_is_left_to_python(app, tmp_path, monkeypatch):
    reporter = CrashReporter(tmp_path / "x.log")
    passed_on = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: passed_on.append(args[0]))
    reporter.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert passed_on == [KeyboardInterrupt] and reporter.shown == 0


def test_dialog_without_log_file_says_so(app, qtbot):
    dialog = CrashDialog("Traceback …", None)
    qtbot.addWidget(dialog)
    assert "geen logbestand" in dialog.log_label.text()
    assert dialog.continue_button.isDefault()


def test_help_menu_opens_the_log_file(app, db, window_factory, tmp_path, monkeypatch):
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(tmp_path / "logs"))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = window_factory(db)
    action = next(a for a in window.menus["help"].actions() if a.text() == "&Logbestand openen")
    action.trigger()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "logs" / logs.LOG_NAME))]
    assert (tmp_path / "logs" / logs.LOG_NAME).exists()


def test_help_menu_says_where_the_log_is_when_no_viewer_opens(app, tmp_path, monkeypatch):
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(tmp_path / "logs"))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    told = []
    monkeypatch.setattr(
        crash.QMessageBox,
        "information",
        lambda parent, title, text: told.append((title, text)),
    )
    assert crash.open_log_file() is False
    assert told[0][0] == "Logbestand"
    assert str(tmp_path / "logs" / logs.LOG_NAME) in told[0][1]
