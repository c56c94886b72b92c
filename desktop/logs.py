"""The log file: rotating, in the user's log folder, with Qt's own warnings routed into it.

Office staff cannot read a terminal, so whatever goes wrong is written to a file they can open
from Help → "Open log file" and mail to whoever helps them. The file rotates at ~1 MB and
keeps a few old ones, so it never grows without bound on a computer that runs for years.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Buurtkantoor"
LOG_NAME = "buurtkantoor.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"
ENV_LOG_DIR = "BUURTKANTOOR_LOG_DIR"  # for tests and for an office that wants logs elsewhere

log = logging.getLogger("buurtkantoor")


def log_dir() -> Path:
    override = os.environ.get(ENV_LOG_DIR)
    if override:
        return Path(override)
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def log_file() -> Path:
    return log_dir() / LOG_NAME


class _PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """The log names people and files: readable by this user only (rotated files keep it)."""

    def _open(self):
        os.close(os.open(self.baseFilename, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600))
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, 0o600)
        return super()._open()


def setup(
    folder: Path | None = None, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT
) -> Path | None:
    """Attach the rotating file handler to the root logger (once); returns the log file.

    Returns None when the folder cannot be written (a locked-down profile): the program then
    runs without a log file rather than not at all.
    """
    target = (folder or log_dir()) / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if (
            isinstance(handler, logging.handlers.RotatingFileHandler)
            and Path(handler.baseFilename) == target.absolute()
        ):
            return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = _PrivateFileHandler(
            target, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8", delay=True
        )
    except OSError as exc:
        print(f"Buurtkantoor: kan geen logbestand maken in {target.parent}: {exc}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    logging.captureWarnings(True)
    return target


def route_qt_messages() -> None:
    """Qt's qWarning/qCritical (missing plugins, bad stylesheets…) go to the log file too."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind, context, message: str) -> None:
        where = f" ({context.file}:{context.line})" if context.file else ""
        level = levels.get(kind, logging.WARNING)
        qt_log.log(level, "%s%s", message, where)
        if level >= logging.WARNING and sys.stderr is not None:  # a developer's terminal too
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)
