"""GUI fixtures: the application with its Dutch translations, a main window on a test database."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture
def app(qapp):
    from desktop.app import make_application

    return make_application()


@pytest.fixture
def window_factory(app, qtbot):
    from desktop.shell.main_window import MainWindow

    def make(database):
        window = MainWindow(database)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # The visible tab loads at once, the others in the background right after.
        qtbot.waitUntil(lambda: not any(tab.stale for tab in window.all_tabs()), timeout=30_000)
        return window

    return make
