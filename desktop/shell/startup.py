"""Opening the database at start, safely: one window per database file, a warning for network
drives, the offer to restore the newest good backup when the file is damaged, and the daily
backup (in the background once the window is up).

The integrity quick check reads every page of the file (about 0.3 s at 100,000 residents), so the
window's start does not wait for it: it runs in the background once the window is up, before the
daily backup (a damaged file must not become "today's backup"), and damage found then gets the
same Dutch restore offer as damage found while opening."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from db.safety import backup, integrity, migrate, policy, recovery
from db.safety.opening import DatabaseError, open_database
from db.services import Database
from desktop.safety.lock import InstanceLock

log = logging.getLogger("buurtkantoor.safety")


class StartupGuard:
    """What start-up holds on to while the window runs: the lock on the database file."""

    def __init__(self, path: Path | None, lock: InstanceLock | None, url: str = ""):
        self.path = path
        self.lock = lock
        self.url = url
        self._job: _BackupJob | None = None
        self._check: _CheckJob | None = None

    def check_then_keep_backups(
        self, window: QWidget, restored: Callable[[Database], None], release: Callable[[], None]
    ) -> None:
        """Once the window is up: the quick check off the GUI thread; a sound file then gets its
        daily backups, a damaged one the restore offer. After a restore `restored(new_db)`;
        `release()` must close every connection to the damaged file before it is set aside."""
        if self.path is None:
            self.keep_daily_backups(window)
            return
        self._check = job = _CheckJob(self.path)
        job.signals.done.connect(
            lambda problems: self._after_check(window, problems, restored, release)
        )
        QThreadPool.globalInstance().start(job)

    def _after_check(self, window, problems: list, restored, release) -> None:
        if not problems:
            self.keep_daily_backups(window)
            return
        log.error("controle na het starten: database beschadigd: %s", "; ".join(problems[:5]))
        db = _offer_restore(self.url, self.path, window, before_replace=release)
        if db is not None:
            restored(db)

    def keep_daily_backups(self, window: QWidget) -> None:
        """The daily backup now, and again each time the day turns while the window is open."""
        self.start_daily_backup(window)
        day_watch = getattr(window, "day_watch", None)
        if day_watch is not None:
            day_watch.day_changed.connect(lambda _day: self.start_daily_backup(window))

    def start_daily_backup(self, window: QWidget) -> None:
        """The first start of the day makes a backup, in the background."""
        if self.path is None:
            return
        self._job = job = _BackupJob(self.path)
        job.signals.done.connect(lambda made: _report_backup(window, made))
        job.signals.failed.connect(
            lambda message: QMessageBox.warning(
                window,
                QCoreApplication.translate("Startup", "Daily backup"),
                QCoreApplication.translate(
                    "Startup", "The daily backup could not be made: %1"
                ).replace("%1", message),
            )
        )
        QThreadPool.globalInstance().start(job)

    def wait(self) -> None:
        QThreadPool.globalInstance().waitForDone()

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()


def _report_backup(window: QWidget, made: object) -> None:
    # The file name means nothing to office staff; where backups live is under File → Backups.
    if made is not None and hasattr(window, "statusBar"):
        window.statusBar().showMessage(
            QCoreApplication.translate("Startup", "Today's backup has been made"),
            8000,
        )


class _CheckSignals(QObject):
    done = Signal(list)


class _CheckJob(QRunnable):
    """PRAGMA quick_check on its own read-only connection."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self.signals = _CheckSignals()

    def run(self) -> None:
        self.signals.done.emit(integrity.check(self.path, full=False))


class _BackupSignals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _BackupJob(QRunnable):
    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self.signals = _BackupSignals()

    def run(self) -> None:
        try:
            made = backup.backup_if_due(self.path)
        except backup.BackupError as exc:
            log.warning("dagelijkse reservekopie mislukt: %s", exc)
            self.signals.failed.emit(str(exc))
            return
        if made is not None:
            log.info("dagelijkse reservekopie gemaakt: %s", made)
        self.signals.done.emit(made)


def open_safely(
    url: str, parent: QWidget | None = None, quick_check: bool = True
) -> tuple[Database | None, StartupGuard]:
    """The opened database and its guard, or (None, guard) after telling the user why not.
    The steps are the data layer's (db.safety.policy); this only asks and explains.
    quick_check=False: the caller runs it later with StartupGuard.check_then_keep_backups."""
    opening = policy.open_with_policy(url, InstanceLock, quick_check=quick_check)
    if opening.held_by:
        _already_open(parent, opening.held_by)
        return None, StartupGuard(None, None)
    if opening.path is None:
        guard = StartupGuard(None, None)
    else:
        guard = StartupGuard(opening.path, opening.lock, url)
    if opening.network_drive:
        _warn_network_drive(parent)
    db = opening.db
    if opening.damaged:
        db = _offer_restore(url, opening.path, parent)
    elif db is None:
        _cannot_start(parent, opening.error)
    if db is None:
        guard.release()
    return db, guard


def _already_open(parent: QWidget | None, holder: str) -> None:
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("Startup", "Buurtkantoor is already open"),
        QCoreApplication.translate(
            "Startup",
            "This database is already open in another Buurtkantoor window (%1). "
            "Switch to that window, "
            "or close it and start again. "
            "Two windows on one file could overwrite each other's work.",
        ).replace("%1", holder),
    )


def _warn_network_drive(parent: QWidget | None) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Startup", "Database on a network drive"),
        QCoreApplication.translate(
            "Startup",
            "The database is on a network drive. "
            "SQLite cannot reliably lock files there, so two "
            "desks working at the same time may damage it. For several desks, use the shared "
            "server set-up (PostgreSQL) described in the manual. "
            "Buurtkantoor will open the file now.",
        ),
    )


def _cannot_start(parent: QWidget | None, reason: str) -> None:
    QMessageBox.critical(
        parent, QCoreApplication.translate("Startup", "Buurtkantoor cannot start"), reason
    )


def _open_or_explain(url: str, parent: QWidget | None) -> Database | None:
    try:
        return open_database(url)
    except DatabaseError as exc:
        _cannot_start(parent, str(exc))
        return None


def _offer_restore(
    url: str, path: Path, parent: QWidget | None, before_replace: Callable[[], None] | None = None
) -> Database | None:
    good = recovery.newest_good_backup(path)
    if good is None:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Startup", "The database is damaged"),
            QCoreApplication.translate(
                "Startup",
                "The database %1 is damaged and there is no good backup next to it. "
                "The file has not "
                "been changed. Ask for help, or restore a backup from elsewhere with "
                "'buurtkantoor restore'.",
            ).replace("%1", str(path)),
        )
        return None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Startup", "The database is damaged"),
        QCoreApplication.translate(
            "Startup",
            "The database %1 is damaged. "
            "The newest good backup is from %2 (%3 residents, %4 activities).\n\n"
            "Restore that backup? The damaged file is kept aside, not deleted. "
            "Changes made after the "
            "backup will have to be entered again.",
        )
        .replace("%1", str(path))
        .replace("%2", good.made_at.strftime("%d-%m-%Y %H:%M"))
        .replace("%3", str(good.residents))
        .replace("%4", str(good.activities)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    if before_replace is not None:
        before_replace()
    try:
        aside = recovery.replace_damaged(path, good.path, migrate.known_revisions())
    except backup.BackupError as exc:
        QMessageBox.critical(
            parent, QCoreApplication.translate("Startup", "Restore failed"), str(exc)
        )
        return None
    log.warning("beschadigde database opzij gezet als %s; %s teruggezet", aside, good.path)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Startup", "Backup restored"),
        QCoreApplication.translate(
            "Startup", "The backup has been restored. The damaged file was kept as %1."
        ).replace("%1", str(aside)),
    )
    return _open_or_explain(url, parent)
