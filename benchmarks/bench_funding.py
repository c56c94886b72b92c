"""How long the application PDF takes with a 60-line budget (aim: under 200 ms).

Run with:  pytest benchmarks/bench_funding.py --benchmark-enable -p no:cacheprovider
Measured: loading the application from SQLite and laying out the PDF, as the GUI and CLI do.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from db import clock  # noqa: E402
from db.engine import sqlite_url  # noqa: E402
from db.models import IncomeKind  # noqa: E402
from db.safety.opening import open_database  # noqa: E402
from db.services import funding  # noqa: E402
from desktop.reports.funding import application  # noqa: E402

LINES = 60


def test_application_pdf_with_60_cost_lines(benchmark, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    os.environ.pop("BUURTKANTOOR_DATABASE_URL", None)
    db = open_database(sqlite_url(tmp_path / "bench.sqlite"))
    try:
        fund = funding.list_funds(db)[0]
        costs = [
            funding.CostLineData(
                description=f"Kostenpost {n} voor het buurtfeest",
                category="Catering",
                quantity=Decimal(n % 5 + 1),
                unit_price=Decimal(f"{n}.25"),
            )
            for n in range(1, LINES + 1)
        ]
        income = [
            funding.IncomeLineData(
                kind=IncomeKind.OWN_MONEY, description="Eigen bijdrage", amount=Decimal("100")
            )
        ]
        start = clock.today() + timedelta(weeks=10)
        aid = funding.save(
            db,
            funding.ApplicationData(
                fund_id=fund.id,
                title="Buurtfeest",
                contact_name="Zoë de Vries-van 't Hof",
                description="Een feest voor de hele flat.",
                activity_start=start,
                activity_end=start,
                iban="NL91ABNA0417164300",
                account_holder="Z. de Vries",
            ),
            costs,
            income,
        )
        data = benchmark(application.render, db, aid)
    finally:
        db.dispose()
    assert data.startswith(b"%PDF")
