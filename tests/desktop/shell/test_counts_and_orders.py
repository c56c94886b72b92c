"""One count per view (the status bar says what the tab says) and tables opening in the order
a worker needs, remembering the order they chose."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt

from db import clock
from db.services import ListQuery, funding


def test_status_bar_follows_the_search_count(demo_db, window_factory, qtbot):
    window = window_factory(demo_db)
    window.tabs.setCurrentWidget(window.residents)
    tab = window.residents
    before = window.statusBar().currentMessage()
    assert before == tab.count_label.text()
    qtbot.keyClicks(tab.search, "Aa")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != before)
    assert window.statusBar().currentMessage() == tab.count_label.text()
    total = tab.model.total
    assert 0 < total < int(before.split()[0].replace(".", ""))
    assert tab.count_label.text() == (f"{total} bewoners" if total != 1 else "1 bewoner")


def test_month_view_count_is_the_status_bar_count(demo_db, window_factory, qtbot):
    window = window_factory(demo_db)
    window.tabs.setCurrentWidget(window.events)
    tab = window.events
    tab.month_button.setChecked(True)
    in_month = tab.calendar.in_month()
    assert tab.count_label.text().startswith(f"{in_month} ")
    assert window.statusBar().currentMessage() == tab.count_label.text()
    tab.list_button.setChecked(True)
    assert window.statusBar().currentMessage() == tab.count_label.text()
    assert tab.count_label.text().startswith(f"{tab.model.total} ")


def test_large_counts_have_a_thousands_separator(window_factory, db):
    window = window_factory(db)
    assert window.residents.count_text(18400) == "18.400 bewoners"


def test_activities_open_on_upcoming_soonest_first(demo_db, window_factory):
    window = window_factory(demo_db)
    tab = window.events
    assert tab.upcoming.isChecked()
    starts = [tab.model._rows[i].starts_at for i in range(tab.model.rowCount())]
    assert starts and starts == sorted(starts)
    assert all(row.ends_at >= clock.now() for row in tab.model._rows)
    header = tab.view.horizontalHeader()
    assert tab.model.columns()[header.sortIndicatorSection()].key == "starts_at"
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_applications_open_sorted_on_next_deadline(demo_db, window_factory, qtbot):
    window = window_factory(demo_db)
    tab = window.funding
    rows = [tab.model._rows[i] for i in range(tab.model.rowCount())]
    dated = [r.next_deadline for r in rows if r.next_deadline is not None]
    assert dated and dated == sorted(dated)
    undated = [i for i, r in enumerate(rows) if r.next_deadline is None]
    assert all(i >= len(dated) for i in undated)  # nothing due: at the bottom
    assert tab.model.total == funding.list_applications(demo_db, ListQuery()).total
    # Descending by clicking the header, like a worker would; the deadline column sorts.
    column = [c.key for c in tab.model.columns()].index("next_deadline")
    tab.view.horizontalHeader().setSortIndicator(column, Qt.SortOrder.DescendingOrder)
    dated = [r.next_deadline for r in tab.model._rows if r.next_deadline is not None]
    assert dated == sorted(dated, reverse=True)


def test_a_chosen_order_is_remembered(demo_db, window_factory):
    window = window_factory(demo_db)
    tab = window.funding
    column = [c.key for c in tab.model.columns()].index("requested")
    tab.view.horizontalHeader().setSortIndicator(column, Qt.SortOrder.DescendingOrder)
    assert QSettings().value("tables/FundingTab/sort") == "requested:desc"
    again = window_factory(demo_db).funding
    header = again.view.horizontalHeader()
    assert header.sortIndicatorSection() == column
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    amounts = [r.requested for r in again.model._rows]
    assert amounts == sorted(amounts, reverse=True)


def test_next_deadline_sort_pages_like_any_other(demo_db):
    everything = funding.list_applications(demo_db, ListQuery(sort="next_deadline")).rows
    first = funding.list_applications(demo_db, ListQuery(sort="next_deadline", limit=10))
    second = funding.list_applications(
        demo_db, ListQuery(sort="next_deadline", offset=10, limit=10)
    )
    assert [r.id for r in first.rows + second.rows] == [r.id for r in everything[:20]]
    assert first.total == len(everything)
    assert isinstance(everything[0].next_deadline, date)
