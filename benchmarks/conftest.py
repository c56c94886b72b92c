"""Benchmark fixtures: one large demo database (100,000 residents) per run, copied per use.

Run benchmarks with:  .venv/bin/pytest benchmarks --benchmark-enable
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LARGE = 100_000


@pytest.fixture(scope="session")
def large_demo_path(tmp_path_factory) -> Path:
    """A 100,000-resident demo database, made once (about 10 s) and never written to.
    BUURTKANTOOR_BENCH_DB names one made earlier (`buurtkantoor --db F demo --residents 100000
    --seed 1`), to spare making it again for every run."""
    made = os.environ.get("BUURTKANTOOR_BENCH_DB")
    if made and Path(made).is_file():
        return Path(made)
    from db import clock
    from db.demo import generate
    from db.engine import sqlite_url
    from db.safety.opening import open_database

    path = tmp_path_factory.mktemp("large") / "demo-100k.sqlite"
    db = open_database(sqlite_url(path))
    generate(db, residents=LARGE, seed=1, today=clock.today())
    db.dispose()
    return path


@pytest.fixture
def large_demo_copy(large_demo_path, tmp_path) -> Path:
    """A private copy for benchmarks that write."""
    target = tmp_path / "demo-100k.sqlite"
    shutil.copy(large_demo_path, target)
    return target
