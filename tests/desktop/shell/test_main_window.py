"""The main window: Vandaag and five Dutch tabs with rows and counts, search, menus, state."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from db.services import complexes, residents


def fill(db):
    cid = complexes.create(db, complexes.ComplexData(name="Vulcanusdreef", home_count=188))
    complexes.add_home_range(db, cid, "Vulcanusdreef", 1, 10, "3533 AB")
    homes = complexes.list_homes(db, cid)
    names = [
        ("Şükrü", "", "Yıldız"),
        ("Zoë", "de", "Vries"),
        ("محمد", "", "العلي"),
        ("Łukasz", "", "Wiśniewski"),
    ]
    for home, (given, prefix, family) in zip(homes, names, strict=False):
        residents.create(
            db,
            residents.ResidentData(
                given_name=given,
                name_prefix=prefix,
                family_name=family,
                home_id=home.id,
                move_in=date(2020, 1, 1),
            ),
        )


def cell(tab, row, column):
    return tab.model.index(row, column).data()


def test_five_dutch_tabs_with_rows_and_counts(db, window_factory):
    fill(db)
    window = window_factory(db)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "Vandaag",
        "Complexen",
        "Bewoners",
        "Vrijwilligers",
        "Aanvragen",
        "Activiteiten",
    ]
    assert window.residents.count_label.text() == "4 bewoners"
    assert window.complexes.count_label.text() == "1 complex"
    assert cell(window.complexes, 0, 0) == "Vulcanusdreef"
    assert cell(window.complexes, 0, 3) == "4"  # residents living there now
    names = {cell(window.residents, r, 0) for r in range(4)}
    assert names == {"Şükrü Yıldız", "Zoë de Vries", "محمد العلي", "Łukasz Wiśniewski"}
    headers = [window.residents.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Naam", "Adres", "Postcode"]
    assert window.volunteers.stack.currentWidget() is window.volunteers.empty_label
    assert "Nog geen vrijwilligers" in window.volunteers.empty_label.text()
    menus = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert menus == ["&Bestand", "Be&werken", "Bee&ld", "Beh&eer", "&Help"]


def test_search_filters_as_you_type(db, window_factory, qtbot):
    fill(db)
    window = window_factory(db)
    tab = window.residents
    window.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.search, "niew")  # QTest types ASCII only
    qtbot.waitUntil(lambda: tab.model.total == 1, timeout=2000)
    assert cell(tab, 0, 0) == "Łukasz Wiśniewski"
    assert tab.count_label.text() == "1 bewoner"
    tab.search.clear()
    qtbot.keyClicks(tab.search, "niemand")
    qtbot.waitUntil(lambda: tab.model.total == 0, timeout=2000)
    assert tab.stack.currentWidget() is tab.empty_label
    assert tab.empty_label.text() == "Niets gevonden met deze zoekopdracht of filters."


def test_sorting_by_clicking_a_header(db, window_factory):
    fill(db)
    window = window_factory(db)
    tab = window.residents
    tab.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    first = [cell(tab, r, 0) for r in range(4)]
    tab.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [cell(tab, r, 0) for r in range(4)] == list(reversed(first))
    assert first[0] == "محمد العلي" or first[-1] == "محمد العلي"  # Arabic after Latin, never lost


def test_about_shows_version_and_database(db, window_factory, qtbot, monkeypatch):
    window = window_factory(db)
    seen = {}

    def fake_exec(dialog):
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel)]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("desktop.shell.about.AboutDialog.exec", fake_exec)
    window.show_about()
    text = "\n".join(seen["labels"])
    assert "Versie 0.1.0" in text
    assert str(db.path) in text


def test_window_size_is_remembered_and_the_day_starts_on_today(db, window_factory):
    window = window_factory(db)
    window.resize(1100, 700)
    window.tabs.setCurrentIndex(3)
    window.close()
    assert QSettings().value("window/geometry") is not None
    again = window_factory(db)
    assert again.tabs.currentWidget() is again.today
    assert (again.width(), again.height()) == (1100, 700)


def test_keyboard_shortcuts(db, window_factory, qtbot):
    window = window_factory(db)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window only
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.volunteers
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.volunteers.search


def test_only_the_visible_tab_is_read_before_the_window_shows(db, app, qtbot, monkeypatch):
    """Start-up reads one list; the other tabs follow in the background once the window is up,
    and each is complete when the user switches to it."""
    from desktop.shell.main_window import MainWindow

    fill(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.residents)
    assert all(tab.stale for tab in window.all_tabs())  # nothing read while building
    window.show()
    assert not window.residents.stale and window.residents.model.total == 4
    assert window.complexes.stale and window.events.stale  # not yet: the window comes first
    qtbot.waitUntil(lambda: not any(tab.stale for tab in window.all_tabs()))
    window.tabs.setCurrentWidget(window.complexes)
    assert cell(window.complexes, 0, 0) == "Vulcanusdreef"
