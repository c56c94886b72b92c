"""Whatever a spreadsheet holds, an import never crashes: every row is imported or reported."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.engine import sqlite_url
from db.safety.opening import open_database
from db.transfer import importing
from db.transfer.importing.readers import SourceRow, SourceTable

HEADERS = (
    "Voornaam",
    "Achternaam",
    "Geboortejaar",
    "Straat",
    "Huisnummer",
    "Postcode",
    "Telefoon",
    "E-mail",
    "Ingangsdatum",
    "Vertrokken",
    "Talen",
    "Huishouden",
    "Complex",
    "Fase",
    "VOG",
    "Etage",
    "Toevoeging",
    "Huisletter",
)
cell = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "",
            "12-A",
            "12 bis",
            "3533 AB",
            "1234SS",
            "0612345678",
            "31-02-2020",
            "2026-04-27",
            "=1+1",
            "-",
            "@",
            "1e309",
            "٣٤",
            "12A-3",
            "actief",
            "Vulcanusdreef 12",
            "nl, tr",
            "0",
            "99999",
            "100000",
            "\x00",
            "ß" * 200,
        ]
    ),
    st.integers(-(10**6), 10**6).map(str),
)


@pytest.fixture(scope="module")
def garbage_db(tmp_path_factory):
    database = open_database(sqlite_url(tmp_path_factory.mktemp("garbage") / "g.sqlite"))
    yield database
    database.dispose()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(sorted(importing.KINDS)),
    rows=st.lists(st.lists(cell, min_size=0, max_size=len(HEADERS) + 2), min_size=1, max_size=6),
)
def test_garbage_cells_never_crash_and_every_bad_row_is_reported(garbage_db, kind, rows):
    table = SourceTable(HEADERS, tuple(SourceRow(n, tuple(r)) for n, r in enumerate(rows, 2)))
    mapping = importing.guess(kind, HEADERS)
    plan = importing.make_plan(garbage_db, kind, table, mapping)
    assert len(plan.outcomes) == len(rows)
    for outcome in plan.outcomes:
        assert outcome.action in ("new", "update", "same", "error")
        if outcome.action == "error":
            assert outcome.errors and outcome.report().startswith(f"rij {outcome.number}: ")
    result = importing.run_import(garbage_db, plan, skip_invalid=True)
    assert sum(result.counts.values()) == len(rows)


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=300))
def test_garbage_bytes_are_read_or_refused_in_dutch(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "x.csv"
    path.write_bytes(data)
    try:
        table = importing.read_table(path, importing.known_headers())
    except importing.readers.Invalid as exc:
        assert str(exc)
    else:
        assert all(len(r.cells) >= 0 and r.number >= 1 for r in table.rows)
