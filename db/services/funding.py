"""Funds and funding applications: CRUD, derived totals and the list."""

from __future__ import annotations

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
    Fund,
    FundingApplication,
    IncomeKind,
    IncomeLine,
    PayoutMethod,
)
from db.services.common import ChildCrud, Crud, ListQuery, Page, ServiceError, like_pattern, order, paged

ZERO = Decimal("0.00")


@dataclass
class FundData:
    id: int | None = None
    name: str = ""
    municipality: str = ""
    max_per_request: Decimal | None = None
    max_per_year: Decimal | None = None
    min_lead_weeks: int = 0
    decision_weeks: int = 4
    decision_extension_weeks: int = 0
    large_request_threshold: Decimal | None = None
    fixed_decision_dates: str = ""
    accountability_weeks: int | None = None
    max_years_same_initiative: int | None = None
    required_attachments: str = ""
    ineligible_categories: str = ""
    is_default: bool = False
    notes: str = ""


funds = Crud(Fund, FundData, "Fonds", lambda d: replace(d, name=validation.required_text(d.name, "Naam", 120)))


def list_funds(db: Database) -> list[FundData]:
    with db.reading() as session:
        return [funds.to_data(f) for f in session.scalars(select(Fund).order_by(Fund.is_default.desc(), Fund.name))]


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


def _normalise(data: ApplicationData) -> ApplicationData:
    if data.activity_start and data.activity_end and data.activity_end < data.activity_start:
        raise ServiceError("De einddatum moet op of na de begindatum liggen.")
    return replace(
        data,
        title=validation.required_text(data.title, "Titel", 200),
        kvk_number=validation.kvk(data.kvk_number) if data.kvk_number.strip() else "",
        iban=validation.iban(data.iban) if data.iban.strip() else "",
        account_holder=validation.account_holder(data.account_holder) if data.iban.strip() else data.account_holder.strip(),
        initiative_key=(data.initiative_key or data.title).strip().lower(),
    )


applications = Crud(FundingApplication, ApplicationData, "Aanvraag", _normalise)
get, create, update, delete = applications.get, applications.create, applications.update, applications.delete


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


def _requested_sql():
    """Requested = costs − income: derived in SQL, never typed twice."""
    costs = (
        select(func.coalesce(func.sum(CostLine.quantity * CostLine.unit_price), 0))
        .where(CostLine.application_id == FundingApplication.id)
        .scalar_subquery()
    )
    income = (
        select(func.coalesce(func.sum(IncomeLine.amount), 0))
        .where(IncomeLine.application_id == FundingApplication.id)
        .scalar_subquery()
    )
    return costs - income


def list_applications(db: Database, query: ListQuery = ListQuery()) -> Page[ApplicationRow]:
    requested = _requested_sql()
    applicant = func.coalesce(func.nullif(FundingApplication.organisation_name, ""), FundingApplication.contact_name)
    stmt = select(
        FundingApplication.id, FundingApplication.title, Fund.name, applicant, FundingApplication.status,
        requested, FundingApplication.amount_granted, FundingApplication.activity_start,
    ).join(Fund, FundingApplication.fund_id == Fund.id)
    f = query.filters
    if f.get("status"):
        stmt = stmt.where(FundingApplication.status == f["status"])
    if f.get("fund_id"):
        stmt = stmt.where(FundingApplication.fund_id == f["fund_id"])
    if query.text.strip():
        pattern = like_pattern(query.text.strip())
        stmt = stmt.where(or_(FundingApplication.title.ilike(pattern, escape="\\"), applicant.ilike(pattern, escape="\\")))
    columns = {"title": FundingApplication.title, "fund_name": Fund.name, "applicant": applicant,
               "status": FundingApplication.status, "requested": requested,
               "granted": FundingApplication.amount_granted, "activity_start": FundingApplication.activity_start}
    stmt = order(stmt, columns, query, [FundingApplication.activity_start.desc(), FundingApplication.id])
    with db.reading() as session:
        return paged(session, stmt, query, lambda r: ApplicationRow(
            r[0], r[1], r[2], r[3] or "", ApplicationStatus(r[4]), _money(r[5]), r[6], r[7]))


def _money(value) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


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
        return (self.quantity * self.unit_price).quantize(Decimal("0.01"))


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
        quantity=validation.money(data.quantity),
        unit_price=validation.money(data.unit_price),
        actual_amount=None if data.actual_amount is None else validation.money(data.actual_amount),
    )


def _income(data: IncomeLineData) -> IncomeLineData:
    return replace(data, amount=validation.money(data.amount))


cost_lines = ChildCrud(CostLine, CostLineData, "Kostenregel", "application_id", _cost, "position")
income_lines = ChildCrud(IncomeLine, IncomeLineData, "Inkomstenregel", "application_id", _income, "position")
