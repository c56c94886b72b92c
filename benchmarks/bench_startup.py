"""Start of the application on a 100,000-resident database: open (migrate check, integrity
quick_check, lock check) and build the main window until all five tabs show their first rows."""

from __future__ import annotations

import pytest

RESIDENTS_SHOWN_FIRST = 200  # one page


@pytest.fixture
def qt_app():
    from desktop.app import make_application

    return make_application()


def test_start_application_on_100k(benchmark, qt_app, large_demo_copy):
    from db.engine import sqlite_url
    from db.safety.opening import open_database
    from desktop.shell.main_window import MainWindow

    windows = []

    def start():
        db = open_database(sqlite_url(large_demo_copy))
        window = MainWindow(db)
        window.show()
        qt_app.processEvents()
        windows.append((window, db))
        return window

    try:
        window = benchmark.pedantic(start, rounds=3, iterations=1)
        assert window.residents.model.rowCount() == RESIDENTS_SHOWN_FIRST
        assert window.residents.model.total > 90_000
    finally:
        for window, db in windows:
            window.close()
            window.deleteLater()
            db.dispose()
