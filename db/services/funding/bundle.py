"""The whole application at once (for the editor and the PDFs), prior support, saving."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy import update as sql_update

from db import clock
from db.engine import Database
from db.models import (
    ApplicationStatus,
    Complex,
    CostLine,
    Event,
    Fund,
    FundingApplication,
    Home,
    IncomeLine,
    Resident,
    StatusChange,
    Volunteer,
)
from db.services.common import (
    Crud,
)
from db.services.complexes import address
from db.services.funding import rules
from db.services.funding.applications import (
    ApplicationData,
    CostLineData,
    IncomeLineData,
    applications,
    as_money,
    cost_lines,
    exact_requested,
    income_lines,
)
from db.services.funding.funds import FundData, funds
from db.validation import format_phone

S = ApplicationStatus


# --- the whole application at once (editor, PDFs) ---------------------------------------------


@dataclass(frozen=True)
class StatusChangeData:
    status: ApplicationStatus
    changed_on: date
    note: str


@dataclass(frozen=True)
class AttachmentData:
    id: int
    kind: str
    filename: str
    size: int  # bytes; the content itself is read only to open or save it
    added_on: date


@dataclass(frozen=True)
class LinkedEvent:
    id: int
    title: str
    starts_on: date


@dataclass
class ApplicationBundle:
    application: ApplicationData
    fund: FundData
    costs: list[CostLineData] = field(default_factory=list)
    income: list[IncomeLineData] = field(default_factory=list)
    history: list[StatusChangeData] = field(default_factory=list)
    attachments: list[AttachmentData] = field(default_factory=list)
    events: list[LinkedEvent] = field(default_factory=list)
    prior: list[rules.PriorSupport] = field(default_factory=list)
    complex_name: str = ""
    # How the fund reaches the applicant: from the linked resident or volunteer.
    applicant_address: str = ""
    applicant_phone: str = ""
    applicant_email: str = ""

    @property
    def budget(self) -> rules.Budget:
        return rules.budget_of((c.total for c in self.costs), self.income)

    def rule_input(self) -> rules.Application:
        a = self.application
        return rules.Application(
            activity_start=a.activity_start,
            activity_end=a.activity_end,
            submitted_on=a.submitted_on,
            costs=[rules.CostItem(c.category, c.total, c.description) for c in self.costs],
            income=[i.amount for i in self.income if i.kind != rules.IN_KIND],
            in_kind=[i.amount for i in self.income if i.kind == rules.IN_KIND],
            attachment_kinds=[att.kind for att in self.attachments],
            recurring_yearly=a.recurring_yearly,
            prior=self.prior,
        )

    def checks(self, today: date | None = None) -> list[rules.Check]:
        return rules.check(self.fund, self.rule_input(), today)


def load(db: Database, app_id: int) -> ApplicationBundle:
    with db.reading() as session:
        obj = applications.load(session, app_id)
        data = applications.to_data(obj)
        bundle = ApplicationBundle(
            application=data,
            fund=funds.to_data(session.get(Fund, obj.fund_id)),
            costs=[cost_lines.to_data(c) for c in obj.cost_lines],
            income=[income_lines.to_data(i) for i in obj.income_lines],
            history=[StatusChangeData(h.status, h.changed_on, h.note) for h in obj.status_history],
            attachments=[
                AttachmentData(a.id, a.kind, a.filename, a.size, a.added_on)
                for a in obj.attachments
            ],
            events=[
                LinkedEvent(e.id, e.title, e.starts_at.date())
                for e in session.scalars(
                    select(Event)
                    .where(Event.funding_application_id == app_id)
                    .order_by(Event.starts_at)
                )
            ],
            complex_name=session.scalar(select(Complex.name).where(Complex.id == obj.complex_id))
            or "",
        )
        _applicant_contact(session, obj, bundle)
    bundle.prior = prior_support(db, data.fund_id, data.initiative_key, exclude_id=app_id)
    return bundle


def _applicant_contact(session, obj: FundingApplication, bundle: ApplicationBundle) -> None:
    person = session.get(Resident, obj.applicant_resident_id) if obj.applicant_resident_id else None
    volunteer = (
        session.get(Volunteer, obj.applicant_volunteer_id) if obj.applicant_volunteer_id else None
    )
    if volunteer is not None and volunteer.resident_id:
        person = session.get(Resident, volunteer.resident_id)
    source = person or volunteer
    if source is None:
        return
    bundle.applicant_phone = format_phone(source.phone) if source.phone else ""
    bundle.applicant_email = source.email or ""
    home = session.get(Home, person.home_id) if person is not None and person.home_id else None
    if home is not None:
        street = address(home.street, home.house_number, home.house_letter, home.addition)
        bundle.applicant_address = f"{street}, {home.postcode} {home.city}"


def prior_support(
    db: Database, fund_id: int, initiative_key: str, exclude_id: int | None = None
) -> list[rules.PriorSupport]:
    """Other submitted or decided applications for the same initiative at the same fund."""
    key = (initiative_key or "").strip().lower()
    if not key:
        return []
    granted = (S.GRANTED, S.PARTLY_GRANTED, S.ACCOUNTED, S.CLOSED)
    stmt = select(
        FundingApplication.id,
        FundingApplication.status,
        FundingApplication.amount_granted,
        FundingApplication.activity_start,
        FundingApplication.submitted_on,
    ).where(
        FundingApplication.fund_id == fund_id,
        FundingApplication.initiative_key == key,
        FundingApplication.status.notin_([S.DRAFT, S.REJECTED]),
    )
    if exclude_id is not None:
        stmt = stmt.where(FundingApplication.id != exclude_id)
    result = []
    with db.reading() as session:
        rows = session.execute(stmt).all()
        requested = exact_requested(session, [r[0] for r in rows])
        for app_id, status, amount_granted, start, submitted in rows:
            day = start or submitted
            if day is None:
                continue
            is_granted = S(status) in granted and not (
                S(status) == S.CLOSED and amount_granted is None
            )
            amount = amount_granted if amount_granted is not None else requested[app_id]
            result.append(rules.PriorSupport(day.year, as_money(amount), is_granted))
    return result


def save(
    db: Database,
    data: ApplicationData,
    costs: Sequence[CostLineData],
    income: Sequence[IncomeLineData],
    event_ids: Sequence[int] | None = None,
) -> int:
    """Create or update an application with its budget lines (and linked activities) in one go."""
    data = applications.prepare(data)
    costs = [cost_lines.prepare(replace(c, position=n)) for n, c in enumerate(costs)]
    income = [income_lines.prepare(replace(i, position=n)) for n, i in enumerate(income)]
    with applications.editing(db, data, _new_application) as (session, obj):
        for name in applications.fields():
            if name not in _WORKFLOW_FIELDS or not data.id:
                setattr(obj, name, getattr(data, name))
        obj.cost_lines = [CostLine(**_columns(cost_lines, c)) for c in costs]
        obj.income_lines = [IncomeLine(**_columns(income_lines, i)) for i in income]
        session.add(obj)
        session.flush()
        if event_ids is not None:
            session.execute(
                sql_update(Event)
                .where(Event.funding_application_id == obj.id, Event.id.notin_(list(event_ids)))
                .values(funding_application_id=None)
            )
            if event_ids:
                session.execute(
                    sql_update(Event)
                    .where(Event.id.in_(list(event_ids)))
                    .values(funding_application_id=obj.id)
                )
        return obj.id


def _new_application() -> FundingApplication:
    obj = FundingApplication()
    obj.status_history.append(StatusChange(status=S.DRAFT, changed_on=clock.today()))
    return obj


def delete_application(db: Database, app_id: int) -> None:
    """The application with its lines, history and attachments; activities stay, unlinked."""
    applications.delete(db, app_id)


# Only the workflow functions below change these, so each change is dated in the history.
_WORKFLOW_FIELDS = {
    "status",
    "submitted_on",
    "decision_on",
    "amount_granted",
    "decision_reference",
    "accounted_on",
    "closed_on",
}


def _columns(crud: Crud, data) -> dict:
    return {name: getattr(data, name) for name in crud.fields() if name != "application_id"}
