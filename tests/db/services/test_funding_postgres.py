"""The funding services on PostgreSQL: derived amounts, deadlines, prior support, workflow."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from db import clock
from db.models import ApplicationStatus, IncomeKind
from db.services import ListQuery, funding

pytestmark = pytest.mark.postgres
S = ApplicationStatus


def test_budget_list_and_workflow_on_postgres(pg_db, tmp_path):
    fund = funding.list_funds(pg_db)[0]
    start = clock.today() + timedelta(weeks=10)
    costs = [
        funding.CostLineData(
            description="Soep", quantity=Decimal("1.5"), unit_price=Decimal("0.33")
        ),
        funding.CostLineData(description="Tent", category="Materiaal", unit_price=Decimal("120")),
    ]
    income = [funding.IncomeLineData(kind=IncomeKind.OWN_MONEY, amount=Decimal("20"))]
    aid = funding.save(
        pg_db,
        funding.ApplicationData(fund_id=fund.id, title="Burendag", activity_start=start),
        costs,
        income,
    )
    row = funding.list_applications(pg_db, ListQuery(sort="requested", descending=True)).rows[0]
    # 1,5 × 0,33 = 0,495 → 0,50 per line, as the PDF and the editor round it
    assert (row.requested, row.deadline_kind) == (Decimal("100.50"), "submit")
    assert funding.load(pg_db, aid).budget.requested == row.requested
    funding.submit(pg_db, aid, clock.today())
    funding.decide(pg_db, aid, S.GRANTED, clock.today())
    other = funding.save(
        pg_db,
        funding.ApplicationData(fund_id=fund.id, title="Burendag", activity_start=start),
        [],
        [],
    )
    prior = funding.load(pg_db, other).prior
    assert [(p.year, p.amount, p.granted) for p in prior] == [(start.year, Decimal("100.50"), True)]
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"x")
    funding.account(pg_db, aid, clock.today(), {}, 10, "Verslag", [(funding.PHOTO, photo)])
    assert funding.list_applications(pg_db, ListQuery(filters={"status": S.ACCOUNTED})).total == 1
    funding.delete_application(pg_db, other)
    assert funding.list_applications(pg_db).total == 1
