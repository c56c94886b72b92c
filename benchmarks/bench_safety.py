"""Safety at office scale (20,000 residents): a backup, the full integrity check, erasing one
person (scrub + compaction), and the retention list.

Run with:  pytest benchmarks/bench_safety.py --benchmark-enable -p no:cacheprovider
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from sqlalchemy import select  # noqa: E402

from db import clock  # noqa: E402
from db.demo import generate  # noqa: E402
from db.engine import sqlite_url  # noqa: E402
from db.models import Resident  # noqa: E402
from db.safety import backup, integrity  # noqa: E402
from db.safety.opening import open_database  # noqa: E402
from db.services import privacy  # noqa: E402

RESIDENTS = 20_000


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    path = tmp_path_factory.mktemp("safety") / "kantoor.sqlite"
    db = open_database(sqlite_url(path))
    generate(db, residents=RESIDENTS, seed=1, today=clock.today())
    yield db
    db.dispose()


def test_backup(benchmark, big, tmp_path):
    made = benchmark.pedantic(
        lambda: backup.make_backup(big.path, to=tmp_path), rounds=3, iterations=1
    )
    assert backup.counts(made)[0] == RESIDENTS


def test_full_integrity_check(benchmark, big):
    assert (
        benchmark.pedantic(lambda: integrity.check(big.path, full=True), rounds=3, iterations=1)
        == []
    )


def test_erase_one_resident(benchmark, big):
    with big.reading() as session:
        ids = iter(
            session.scalars(select(Resident.id).order_by(Resident.id.desc()).limit(10)).all()
        )
    erased = []

    def erase_next() -> None:
        erased.append(next(ids))
        privacy.erase_resident(big, erased[-1], privacy.Mode.ANONYMISE)

    benchmark.pedantic(erase_next, rounds=3, iterations=1)
    with big.reading() as session:
        left = session.scalars(select(Resident.family_name).where(Resident.id.in_(erased))).all()
    assert left and set(left) == {privacy.ANONYMOUS}


def test_retention_list(benchmark, big):
    rows = benchmark(lambda: privacy.retention_candidates(big, clock.today()))
    assert rows
