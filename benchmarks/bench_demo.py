"""How long demo data for a large office takes: 100,000 residents into a fresh SQLite file.

Run with:  pytest benchmarks/bench_demo.py --benchmark-enable -p no:cacheprovider
(pyproject's addopts disable benchmarks by default; --benchmark-enable overrides that).
Budget: under 30 s on a 2-core machine; creating and migrating the file is not measured.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from db.demo import generate  # noqa: E402
from db.engine import sqlite_url  # noqa: E402
from db.safety.opening import open_database  # noqa: E402

RESIDENTS = 100_000
BUDGET_SECONDS = 30.0


def test_generate_100k_residents(benchmark, tmp_path):
    opened = []

    def fresh_database():
        db = open_database(sqlite_url(tmp_path / f"bench-{len(opened)}.sqlite"))
        opened.append(db)
        return (db,), {"residents": RESIDENTS, "seed": 1, "today": date(2026, 11, 25)}

    try:
        summary = benchmark.pedantic(generate, setup=fresh_database, rounds=1, iterations=1)
    finally:
        for db in opened:
            db.dispose()
    assert summary.residents == RESIDENTS
    assert summary.homes >= summary.current_residents
    if benchmark.stats is not None:  # None when run with benchmarks disabled
        benchmark.extra_info.update(summary.table_counts())
        benchmark.extra_info["goal_seconds"] = BUDGET_SECONDS
