"""The Bewoners tab on 100,000 residents: opening, searching, sorting and memory.

Run with:  pytest benchmarks/bench_residents.py --benchmark-enable
Targets (issue 3): opening < 1 s; a search (query → first rows and match count in the model)
< 50 ms and no slower than the same search as a plain sqlite3 LIKE '%…%' scan measured in the
same run (ratio ≤ 1.0, in extra_info); sorting a column < 300 ms; the process < 250 MB.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

SEARCHES = ["jansen", "wisn", "3563 ab", "0612", "vulcanusdreef 12", "dreef", "vries zoe", "zoe vr"]
SORTS = [
    "name",
    "address",
    "postcode",
    "phone",
    "complex_name",
    "move_in",
    "languages",
    "support_flags",
]

# The same search as one plain scan: every resident living there now, joined with the home,
# with the conditions the LIKE-based fallback in db.services.residents uses.
LIKE_SQL = """
    SELECT {what} FROM residents r
    LEFT JOIN homes h ON h.id = r.home_id
    LEFT JOIN complexes c ON c.id = h.complex_id
    WHERE r.move_out IS NULL AND (
        r.given_name || ' ' || r.name_prefix || ' ' || r.family_name LIKE :p
        OR h.street || ' ' || h.house_number LIKE :p
        OR replace(h.postcode, ' ', '') LIKE :compact
        OR r.phone LIKE :phone)
    {tail}
"""


@pytest.fixture(scope="module")
def qt_app():
    from desktop.app import make_application

    return make_application()


@pytest.fixture
def tab(qt_app, large_demo_path):
    from db.engine import sqlite_url
    from db.safety.opening import open_database
    from desktop.residents.tab import ResidentsTab

    db = open_database(sqlite_url(large_demo_path), upgrade=False)
    widget = ResidentsTab(db)
    widget.resize(1280, 700)
    widget.load()
    yield widget
    widget.deleteLater()
    db.dispose()


def test_open_residents_tab(benchmark, qt_app, large_demo_path):
    from db.engine import sqlite_url
    from db.safety.opening import open_database
    from desktop.residents.tab import ResidentsTab

    made = []

    def open_tab():
        db = open_database(sqlite_url(large_demo_path), upgrade=False)
        widget = ResidentsTab(db)
        widget.load()
        widget.show()
        qt_app.processEvents()
        made.append((widget, db))
        return widget

    try:
        widget = benchmark.pedantic(open_tab, rounds=3, iterations=1)
        assert widget.model.rowCount() == 200 and widget.model.total > 90_000
    finally:
        for widget, db in made:
            widget.close()
            widget.deleteLater()
            db.dispose()


def _like_scan(path: Path, typed: str) -> tuple[float, int]:
    """Best of 5: first 200 rows in name order plus the count, by a plain LIKE scan."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    digits = "".join(ch for ch in typed if ch.isdigit())
    params = {
        "p": f"%{typed}%",
        "compact": f"%{typed.replace(' ', '').upper()}%",
        "phone": f"%{digits[1:] if digits.startswith('0') else digits}%"
        if len(digits) >= 3
        else "%#%",
    }  # no digits: a pattern no stored phone number matches
    best, total = float("inf"), 0
    for _ in range(5):
        start = time.perf_counter()
        conn.execute(
            LIKE_SQL.format(
                what="r.id, r.given_name, h.street, c.name",
                tail="ORDER BY r.sort_key, r.id LIMIT 200",
            ),
            params,
        ).fetchall()
        total = conn.execute(LIKE_SQL.format(what="count(*)", tail=""), params).fetchone()[0]
        best = min(best, time.perf_counter() - start)
    conn.close()
    return best, total


def _fts_direct(path: Path, typed: str) -> tuple[float, int]:
    """Best of 5: the same search straight on the program's FTS5 index with sqlite3 — the
    current residents' first 200 ids in name order and the exact count, nothing around it."""
    from db import search

    groups = search.search_groups(typed)
    if min(len(t) for terms in groups for t in terms) < search.MIN_INDEXED:
        return float("nan"), 0  # too short for the index: no direct index query to compare
    match = search._fts_query(groups)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    best, total = float("inf"), 0
    for _ in range(5):
        start = time.perf_counter()
        conn.execute(
            "SELECT r.id FROM residents r WHERE r.move_out IS NULL AND r.id IN "
            "(SELECT rowid FROM resident_search WHERE resident_search MATCH ?) "
            "ORDER BY r.sort_key, r.id LIMIT 200",
            (match,),
        ).fetchall()
        total = conn.execute(
            "SELECT count(*) FROM resident_search s JOIN residents r ON r.id = s.rowid "
            "WHERE resident_search MATCH ? AND r.move_out IS NULL",
            (match,),
        ).fetchone()[0]
        best = min(best, time.perf_counter() - start)
    conn.close()
    return best, total


@pytest.mark.parametrize("typed", SEARCHES)
def test_search(benchmark, tab, large_demo_path, typed):
    def search():
        tab.search.setText(typed)
        tab.search.flush()  # what the 150 ms debounce does when typing pauses
        return tab.model.total

    from db.services import ListQuery

    total = benchmark.pedantic(
        search,
        setup=lambda: tab.model.set_query(ListQuery(filters={"status": "current"})),
        rounds=7,
        iterations=1,
    )
    assert tab.model.rowCount() == min(total, 200)
    assert tab.count_label.text()
    like_seconds, like_total = _like_scan(large_demo_path, typed)
    fts_seconds, fts_total = _fts_direct(large_demo_path, typed)
    ours = benchmark.stats.stats.median
    benchmark.extra_info.update(
        {
            "fts_direct_ms": round(fts_seconds * 1000, 2),
            "fts_matches": fts_total,
            "ratio_vs_fts_direct": round(ours / fts_seconds, 2),  # goal ≤ 2
            "matches": total,
            "like_matches": like_total,
            "like_scan_ms": round(like_seconds * 1000, 2),
            "ratio_vs_like": round(ours / like_seconds, 3),
        }
    )


@pytest.mark.parametrize("key", SORTS)
def test_sort_column(benchmark, tab, key):
    from PySide6.QtCore import Qt

    column = [c.key for c in tab.model.columns()].index(key)
    orders = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * 10)
    benchmark.pedantic(lambda: tab.view.sortByColumn(column, next(orders)), rounds=6, iterations=1)
    assert tab.model.rowCount() == 200


def test_memory_of_the_application(benchmark, large_demo_path):
    """Peak memory of the whole program (main window, every tab) after opening, searching,
    sorting and scrolling through 2,000 residents, measured in a fresh process."""
    script = textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})
        from PySide6.QtCore import Qt
        from db.engine import sqlite_url
        from db.safety.opening import open_database
        from desktop.app import make_application
        from desktop.shell.main_window import MainWindow
        app = make_application([])
        db = open_database(sqlite_url({str(large_demo_path)!r}), upgrade=False)
        window = MainWindow(db)
        window.resize(1920, 1080)
        window.show()
        tab = window.residents
        window.tabs.setCurrentWidget(tab)
        for text in {SEARCHES!r} + [""]:
            tab.search.setText(text)
            tab.search.flush()
        tab.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        while tab.model.rowCount() < 2000 and tab.model.canFetchMore():
            tab.model.fetchMore()
        app.processEvents()
        with open("/proc/self/status") as fh:
            peak = [line for line in fh if line.startswith("VmHWM")][0].split()[1]
        print(tab.model.rowCount(), int(peak) // 1024)
    """)

    def run() -> tuple[int, int]:
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
        )
        rows, peak = done.stdout.strip().splitlines()[-1].split()
        return int(rows), int(peak)

    rows, peak_mb = benchmark.pedantic(run, rounds=1, iterations=1)
    benchmark.extra_info["peak_rss_mb"] = peak_mb
    benchmark.extra_info["goal_mb"] = 200
    assert rows >= 2000  # the figure is for the 2,000 scrolled rows, not an empty table
