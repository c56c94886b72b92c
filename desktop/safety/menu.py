"""The safety area's menu entries: backups and the database check (File), audit trail,
retention list and inzage/erasure (Manage)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from db.safety import integrity
from desktop.widgets.modal import dispose, run_modal
from desktop.workers import Job


def install_menu(window) -> None:
    translate = QCoreApplication.translate
    if window.db.path is not None:  # backups and the file check are about a SQLite file
        window.add_menu_action(
            "file",
            translate("SafetyMenu", "&Backups…"),
            lambda: open_restore(window),
            QKeySequence("Ctrl+Shift+B"),
        )
        window.add_menu_action(
            "file", translate("SafetyMenu", "&Check database"), lambda: check_database(window)
        )
    window.add_menu_action(
        "manage",
        translate("SafetyMenu", "&Audit trail…"),
        lambda: open_audit(window),  # no shortcut: Ctrl+Shift+L is the activities list
    )
    window.add_menu_action(
        "manage", translate("SafetyMenu", "&Retention list…"), lambda: open_retention(window)
    )
    window.add_menu_action(
        "manage",
        translate("SafetyMenu", "&Inzage and erasure…"),
        lambda: open_person(window),
        QKeySequence("Ctrl+Shift+I"),
    )


def open_restore(window) -> None:
    from desktop.safety.backups import RestoreDialog

    run_modal(RestoreDialog(window))


def open_audit(window) -> None:
    from desktop.safety.audit import AuditDialog

    run_modal(AuditDialog(window.db, window))


def open_retention(window) -> None:
    from desktop.safety.retention import RetentionDialog

    run_modal(RetentionDialog(window.db, window, on_changed=window.reload))


def open_person(window) -> None:
    from desktop.safety.person import PersonDialog

    run_modal(PersonDialog(window.db, window, on_changed=window.reload))


def check_database(window) -> None:
    """The full integrity check, in the background (it reads the whole file)."""
    translate = QCoreApplication.translate
    dialog = QProgressDialog(translate("SafetyMenu", "Checking the database…"), "", 0, 0, window)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    path = window.db.path
    job = Job(lambda _progress: integrity.check(path, full=True))

    def finished(problems) -> None:
        dispose(dialog)
        if problems:
            QMessageBox.critical(
                window,
                translate("SafetyMenu", "Database check"),
                translate(
                    "SafetyMenu",
                    "The database is damaged (%1). Close Buurtkantoor and start it again to "
                    "restore the newest good backup; the damaged file will be kept aside.",
                ).replace("%1", problems[0]),
            )
        else:
            QMessageBox.information(
                window,
                translate("SafetyMenu", "Database check"),
                translate("SafetyMenu", "The database is in good order."),
            )

    job.signals.finished.connect(finished)
    window._safety_check_job = job  # keep the signals alive until the job reports back
    QThreadPool.globalInstance().start(job)
