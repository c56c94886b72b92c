"""The rotating log file in the user's log folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs
import pytest

from desktop import logs


@pytest.fixture
def detach():
    """Remove the handlers a test attached, so later tests do not write into its tmp_path."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logging.captureWarnings(False)


def test_log_folder_is_the_platform_user_log_folder(monkeypatch):
    monkeypatch.delenv(logs.ENV_LOG_DIR, raising=False)
    assert logs.log_dir() == platformdirs.user_log_path("Buurtkantoor", appauthor=False)
    assert logs.log_file().name == "buurtkantoor.log"


def test_log_file_rotates_and_keeps_a_bounded_number(tmp_path, detach):
    path = logs.setup(tmp_path, max_bytes=2000, backup_count=3)
    logger = logging.getLogger("buurtkantoor.test")
    for number in range(200):
        logger.info("regel %03d met wat tekst om het bestand te vullen: Şükrü Yıldız", number)
    for handler in logging.getLogger().handlers:
        handler.flush()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["buurtkantoor.log", *(f"buurtkantoor.log.{n}" for n in (1, 2, 3))]
    assert all(p.stat().st_size <= 2000 for p in tmp_path.iterdir())
    newest = path.read_text(encoding="utf-8")
    assert "regel 199" in newest and "Şükrü Yıldız" in newest
    assert "regel 000" not in "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())


def test_setup_twice_adds_one_handler(tmp_path, detach):
    logs.setup(tmp_path)
    logs.setup(tmp_path)
    ours = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
        and Path(h.baseFilename) == (tmp_path / logs.LOG_NAME).absolute()
    ]
    assert len(ours) == 1


def test_unwritable_folder_means_no_log_but_no_crash(tmp_path, detach, capsys):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("")
    assert logs.setup(blocker / "logs") is None
    assert "kan geen logbestand maken" in capsys.readouterr().err


def test_qt_warnings_land_in_the_log(tmp_path, detach, app):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    path = logs.setup(tmp_path)
    logs.route_qt_messages()
    try:
        qWarning("een waarschuwing van Qt")
    finally:
        qInstallMessageHandler(None)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "WARNING  qt: een waarschuwing van Qt" in path.read_text(encoding="utf-8")
