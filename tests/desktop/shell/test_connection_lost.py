"""The PostgreSQL server restarts under an open editor: no crash, no lost input, a calm banner
that reconnects by itself, and Save works again once the server is back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db.services import ListQuery, complexes


def answer_messages(said: list[str]) -> QTimer:
    """Reads and closes each message box that appears (the user pressing OK)."""

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            said.append(box.text())
            box.done(0)

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(close_box)
    timer.start()
    return timer


@pytest.fixture
def window(pg_db, window_factory):
    return window_factory(pg_db)


def test_server_restart_under_an_open_editor(pg_server, pg_db, window, qtbot, tmp_path):
    from desktop.complexes.editor import ComplexEditor

    editor = ComplexEditor(pg_db, None, window.complexes)
    editor.show()
    qtbot.keyClicks(editor.name.edit, "Zuilenburg")
    banner = window.connection_banner
    assert not banner.isVisible()

    said: list[str] = []
    timer = answer_messages(said)
    assert editor.save_button.isEnabled(), editor.name.text()
    pg_server.stop()
    try:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(said), timeout=10000)
        assert "Geen verbinding met de server" in said[0]
        assert editor.isVisible() and editor.name.text() == "Zuilenburg"  # input kept
        qtbot.waitUntil(banner.isVisible, timeout=5000)
        assert banner.label.text() == "Geen verbinding met de server — opnieuw verbinden…"
        window.grab().save(str(tmp_path / "banner.png"))
        qtbot.wait(3500)  # a retry while the server is still down keeps the banner up
        assert banner.isVisible()
    finally:
        pg_server.resume()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=15000)  # reconnected by itself

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert not editor.isVisible()  # saved and closed
    assert len(said) == 1
    names = [row.name for row in complexes.list_complexes(pg_db, ListQuery()).rows]
    assert "Zuilenburg" in names
