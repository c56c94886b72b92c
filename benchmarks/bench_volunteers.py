"""Volunteers on a 100,000-resident demo database (about 3,000 volunteers): the table's first
page with its VOG filter, the pipeline board, match suggestions, and the call-list PDF."""

from __future__ import annotations

import pytest

from db.engine import Database, sqlite_url
from db.services import ListQuery, complexes
from db.services import volunteer_matching as matching
from db.services import volunteers as v


@pytest.fixture(scope="module")
def large_db(large_demo_path):
    db = Database(sqlite_url(large_demo_path))
    yield db
    db.dispose()


def test_first_page_sorted_by_hours(benchmark, large_db):
    page = benchmark(
        v.list_volunteers, large_db, ListQuery(sort="hours_year", descending=True, limit=200)
    )
    assert page.total > 1000 and len(page.rows) == 200


def test_vog_warning_filter(benchmark, large_db):
    page = benchmark(
        v.list_volunteers, large_db, ListQuery(filters={"vog_warning": True}, limit=200)
    )
    assert page.total > 0


def test_pipeline_board_of_the_largest_complex(benchmark, large_db):
    cid = complexes.names(large_db)[0][0]
    board = benchmark(v.pipeline, large_db, cid)
    assert sum(len(cards) for cards in board.values()) > 0


def test_suggestions_for_a_waiting_resident(benchmark, large_db):
    waiting = matching.residents_waiting(large_db)
    assert waiting
    found = benchmark(matching.suggestions, large_db, waiting[0].id)
    assert found


def test_call_list_pdf(benchmark, large_db):
    from desktop.reports import load_all

    render = load_all()["calllist"].render
    cid = next(cid for cid, _name in complexes.names(large_db) if matching.call_list(large_db, cid))
    data = benchmark(render, large_db, cid)
    assert data.startswith(b"%PDF")
