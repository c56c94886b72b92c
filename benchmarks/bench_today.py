"""Vandaag on a 100,000-resident demo database: the whole overview in one call, as the tab loads
it when the window opens (target: under 100 ms; the figure goes into the note)."""

from __future__ import annotations

import time

import pytest

from db.engine import Database, sqlite_url
from db.services import today


@pytest.fixture(scope="module")
def large_db(large_demo_path):
    db = Database(sqlite_url(large_demo_path))
    yield db
    db.dispose()


def test_today_overview(benchmark, large_db):
    first = time.perf_counter()
    overview = today.overview(large_db)  # a cold first load, as when the window opens
    benchmark.extra_info["cold_ms"] = round(1000 * (time.perf_counter() - first), 1)
    overview = benchmark(today.overview, large_db)
    benchmark.extra_info["items_per_section"] = {
        name: (section.total, len(section.items)) for name, section in overview.sections.items()
    }
    assert all(len(s.items) <= today.ITEM_LIMIT for s in overview.sections.values())
    assert overview.sections["support"].total > 0
