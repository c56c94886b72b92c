"""Funding applications and their budget lines: CRUD and the list with deadlines."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select

from db import validation
from db.engine import Database
from db.models import (
    ApplicantKind,
    ApplicationStatus,
    CostLine,
    Event,
    Fund,
    FundingApplication,
    IncomeKind,
    IncomeLine,
    PayoutMethod,
)
from db.services.common import (
    ChildCrud,
    Crud,
    ListQuery,
    Page,
    ServiceError,
    like_pattern,
    order,
    paged,
)
from db.services.funding import rules

ZERO = Decimal("0.00")


# --- applications ------------------------------------------------------------------------


@dataclass
class ApplicationData:
    id: int | None = None
    fund_id: int = 0
    reference: str = ""
    applicant_kind: ApplicantKind = ApplicantKind.ORGANISATION
    applicant_resident_id: int | None = None
    applicant_volunteer_id: int | None = None
    organisation_name: str = ""
    kvk_number: str = ""
    contact_name: str = ""
    title: str = ""
    initiative_key: str = ""
    recurring_yearly: bool = False
    description: str = ""
    goal: str = ""
    target_group: str = ""
    expected_participants: int | None = None
    expected_volunteers: int | None = None
    complex_id: int | None = None
    location: str = ""
    activity_start: date | None = None
    activity_end: date | None = None
    proof_of_support: str = ""
    payout_method: PayoutMethod = PayoutMethod.BANK
    iban: str = ""
    account_holder: str = ""
    status: ApplicationStatus = ApplicationStatus.DRAFT
    submitted_on: date | None = None
    decision_on: date | None = None
    amount_granted: Decimal | None = None
    decision_reference: str = ""
    accounted_on: date | None = None
    actual_participants: int | None = None
    report_text: str = ""
    closed_on: date | None = None
    version: int | None = None  # as loaded; a save over a newer one is refused

    @property
    def applicant_name(self) -> str:
        return self.organisation_name or self.contact_name


def _normalise(data: ApplicationData) -> ApplicationData:
    if data.activity_start and data.activity_end and data.activity_end < data.activity_start:
        raise ServiceError("De einddatum moet op of na de begindatum liggen.")
    bank = data.payout_method == PayoutMethod.BANK
    return replace(
        data,
        title=validation.required_text(data.title, "Titel", 200),
        kvk_number=validation.kvk(data.kvk_number) if data.kvk_number.strip() else "",
        iban=validation.iban(data.iban) if bank and data.iban.strip() else "",
        account_holder=(
            validation.account_holder(data.account_holder)
            if bank and data.iban.strip()
            else data.account_holder.strip()
            if bank
            else ""
        ),
        initiative_key=(data.initiative_key or data.title).strip().lower(),
        organisation_name=data.organisation_name.strip(),
        contact_name=data.contact_name.strip(),
    )


applications = Crud(FundingApplication, ApplicationData, "Aanvraag", _normalise)
get, create, update_application, delete = (
    applications.get,
    applications.create,
    applications.update,
    applications.delete,
)
update = update_application


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    title: str
    fund_name: str
    applicant: str
    status: ApplicationStatus
    requested: Decimal
    granted: Decimal | None
    activity_start: date | None
    linked_activity: str = ""
    deadline_kind: str = ""  # rules.DeadlineKind, "" when nothing is due
    next_deadline: date | None = None


def _line_total_sql():
    return func.round(CostLine.quantity * CostLine.unit_price, 2)


def requested_sql():
    """Requested = costs − income: derived in SQL, never typed twice."""
    costs = (
        select(func.coalesce(func.sum(_line_total_sql()), 0))
        .where(CostLine.application_id == FundingApplication.id)
        .scalar_subquery()
    )
    income = (
        select(func.coalesce(func.sum(IncomeLine.amount), 0))
        .where(IncomeLine.application_id == FundingApplication.id)
        .scalar_subquery()
    )
    return costs - income


def as_money(value) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


def list_applications(db: Database, query: ListQuery | None = None) -> Page[ApplicationRow]:
    """Filters: status, fund_id; the next deadline is computed from each row's fund rules."""
    query = query or ListQuery()
    requested = requested_sql()
    applicant = func.coalesce(
        func.nullif(FundingApplication.organisation_name, ""), FundingApplication.contact_name
    )
    linked = (
        select(Event.title)
        .where(Event.funding_application_id == FundingApplication.id)
        .order_by(Event.starts_at)
        .limit(1)
        .scalar_subquery()
    )
    stmt = select(
        FundingApplication.id,
        FundingApplication.title,
        Fund.name,
        applicant,
        FundingApplication.status,
        requested,
        FundingApplication.amount_granted,
        FundingApplication.activity_start,
        linked,
        FundingApplication.activity_end,
        FundingApplication.submitted_on,
        Fund,
    ).join(Fund, FundingApplication.fund_id == Fund.id)
    f = query.filters
    if f.get("status"):
        stmt = stmt.where(FundingApplication.status == f["status"])
    if f.get("fund_id"):
        stmt = stmt.where(FundingApplication.fund_id == f["fund_id"])
    if query.text.strip():
        pattern = like_pattern(query.text.strip())
        stmt = stmt.where(
            or_(
                FundingApplication.title.ilike(pattern, escape="\\"),
                applicant.ilike(pattern, escape="\\"),
            )
        )
    columns = {
        "title": FundingApplication.title,
        "fund_name": Fund.name,
        "applicant": applicant,
        "status": FundingApplication.status,
        "requested": requested,
        "granted": FundingApplication.amount_granted,
        "activity_start": FundingApplication.activity_start,
        "linked_activity": linked,
    }
    stmt = order(
        stmt, columns, query, [FundingApplication.activity_start.desc(), FundingApplication.id]
    )

    def row(r, amount: Decimal) -> ApplicationRow:
        status = ApplicationStatus(r[4])
        due = rules.next_deadline(r[11], status, r[7], r[9], r[10], amount)
        return ApplicationRow(
            r[0],
            r[1],
            r[2],
            r[3] or "",
            status,
            amount,
            r[6],
            r[7],
            r[8] or "",
            due[0] if due else "",
            due[1] if due else None,
        )

    with db.reading() as session:
        if query.sort == "next_deadline":
            return _by_next_deadline(session, stmt, query, row)
        raw = paged(session, stmt, query, tuple)  # SQL sorts; the amounts shown are exact
        exact = exact_requested(session, [r[0] for r in raw.rows])
        return Page([row(r, exact[r[0]]) for r in raw.rows], raw.total)


def _by_next_deadline(session, stmt, query: ListQuery, row) -> Page[ApplicationRow]:
    """The next deadline follows from each fund's rules, so it is sorted here, not in SQL.

    An office has hundreds of applications, not millions: all matching rows fit in memory.
    Rows without a deadline (rejected, accounted for) come last in either direction.
    """
    raw = paged(session, stmt, replace(query, offset=0, limit=None), tuple)
    exact = exact_requested(session, [r[0] for r in raw.rows])
    rows = [row(r, exact[r[0]]) for r in raw.rows]
    dated = sorted(
        (r for r in rows if r.next_deadline is not None),
        key=lambda r: r.next_deadline,
        reverse=query.descending,
    )
    ordered = dated + [r for r in rows if r.next_deadline is None]
    end = None if query.limit is None else query.offset + query.limit
    return Page(ordered[query.offset : end], raw.total)


def exact_requested(session, app_ids: list[int]) -> dict[int, Decimal]:
    """Costs (each line rounded to cents) minus income, exactly as the editor and PDFs add them up.

    SQL's round() works on floats in SQLite, so a sum of half cents could differ by a cent.
    """
    costs: dict[int, Decimal] = defaultdict(lambda: ZERO)
    income: dict[int, Decimal] = defaultdict(lambda: ZERO)
    if app_ids:
        lines = select(CostLine.application_id, CostLine.quantity, CostLine.unit_price).where(
            CostLine.application_id.in_(app_ids)
        )
        for app_id, quantity, price in session.execute(lines):
            costs[app_id] += rules.line_total(as_money(quantity), as_money(price))
        sums = (
            select(IncomeLine.application_id, func.sum(IncomeLine.amount))
            .where(IncomeLine.application_id.in_(app_ids))
            .group_by(IncomeLine.application_id)
        )
        for app_id, amount in session.execute(sums):
            income[app_id] = as_money(amount)
    return {app_id: costs[app_id] - income[app_id] for app_id in app_ids}


# --- budget lines ------------------------------------------------------------------------


@dataclass
class CostLineData:
    id: int | None = None
    application_id: int = 0
    position: int = 0
    description: str = ""
    category: str = ""
    quantity: Decimal = Decimal("1")
    unit_price: Decimal = ZERO
    actual_amount: Decimal | None = None

    @property
    def total(self) -> Decimal:
        return rules.line_total(self.quantity, self.unit_price)


@dataclass
class IncomeLineData:
    id: int | None = None
    application_id: int = 0
    position: int = 0
    kind: IncomeKind = IncomeKind.OWN_MONEY
    description: str = ""
    amount: Decimal = ZERO


def _cost(data: CostLineData) -> CostLineData:
    return replace(
        data,
        description=validation.required_text(data.description, "Omschrijving", 200),
        category=data.category.strip(),
        quantity=validation.money(data.quantity),
        unit_price=validation.money(data.unit_price),
        actual_amount=None if data.actual_amount is None else validation.money(data.actual_amount),
    )


def _income(data: IncomeLineData) -> IncomeLineData:
    return replace(data, amount=validation.money(data.amount), description=data.description.strip())


cost_lines = ChildCrud(CostLine, CostLineData, "Kostenregel", "application_id", _cost, "position")
income_lines = ChildCrud(
    IncomeLine, IncomeLineData, "Inkomstenregel", "application_id", _income, "position"
)
