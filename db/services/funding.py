"""Funds and funding applications: CRUD, the list with deadlines, budget, workflow, attachments."""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy import update as sql_update

from db import validation
from db.engine import Database, data_dir
from db.models import (
    ApplicantKind,
    ApplicationStatus,
    Attachment,
    Complex,
    CostLine,
    Event,
    Fund,
    FundingApplication,
    Home,
    IncomeKind,
    IncomeLine,
    PayoutMethod,
    Resident,
    StatusChange,
    Volunteer,
)
from db.services import funding_rules as rules
from db.services.common import (
    ChildCrud,
    Crud,
    ListQuery,
    Page,
    ServiceError,
    like_pattern,
    order,
    paged,
    unit_of_work,
)
from db.services.names import display_name, sql_display_name

ZERO = Decimal("0.00")
S = ApplicationStatus
# Attachment kinds the accountability step adds; a fund's required kinds come from its rules.
PHOTO = "Foto"
RECEIPT = "Bonnetje"
OTHER = "Overig"


# --- funds -------------------------------------------------------------------------------


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
    material_categories: str = "Materiaal"
    max_material_share: int | None = None
    is_default: bool = False
    notes: str = ""


def _optional_money(value) -> Decimal | None:
    return (
        None
        if value is None or (isinstance(value, str) and not value.strip())
        else validation.money(value)
    )


def _weeks(value: int | None, what: str, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    if value is None or not 0 <= int(value) <= 520:
        raise validation.Invalid(f"{what} moet een aantal weken van 0 tot en met 520 zijn.")
    return int(value)


def _normalise_fund(d: FundData) -> FundData:
    fixed = rules.parse_fixed_dates(d.fixed_decision_dates)
    if d.max_material_share is not None and not 0 <= d.max_material_share <= 100:
        raise validation.Invalid(
            "Het maximale aandeel materiaal is een percentage van 0 tot en met 100."
        )
    if d.max_years_same_initiative is not None and d.max_years_same_initiative < 1:
        raise validation.Invalid("Het aantal jaren steun voor hetzelfde initiatief is minstens 1.")
    return replace(
        d,
        name=validation.required_text(d.name, "Naam", 120),
        municipality=d.municipality.strip(),
        max_per_request=_optional_money(d.max_per_request),
        max_per_year=_optional_money(d.max_per_year),
        large_request_threshold=_optional_money(d.large_request_threshold),
        min_lead_weeks=_weeks(d.min_lead_weeks, "De voorbereidingstijd"),
        decision_weeks=_weeks(d.decision_weeks, "De beslistermijn"),
        decision_extension_weeks=_weeks(d.decision_extension_weeks, "De verlenging"),
        accountability_weeks=_weeks(d.accountability_weeks, "De termijn voor verantwoording", True),
        fixed_decision_dates=",".join(f"{m:02d}-{day:02d}" for m, day in fixed),
        required_attachments="\n".join(rules.lines(d.required_attachments)),
        ineligible_categories="\n".join(rules.lines(d.ineligible_categories)),
        material_categories="\n".join(rules.lines(d.material_categories)),
    )


funds = Crud(Fund, FundData, "Fonds", _normalise_fund)


def list_funds(db: Database) -> list[FundData]:
    with db.reading() as session:
        return [
            funds.to_data(f)
            for f in session.scalars(select(Fund).order_by(Fund.is_default.desc(), Fund.name))
        ]


def save_fund(db: Database, data: FundData) -> int:
    """Create or update; one fund at most is the default for new applications."""
    data = funds.prepare(data)
    with unit_of_work(db) as session:
        obj = funds.load(session, data.id) if data.id else Fund()
        for name in funds.fields():
            setattr(obj, name, getattr(data, name))
        session.add(obj)
        session.flush()
        if data.is_default:
            session.execute(sql_update(Fund).where(Fund.id != obj.id).values(is_default=False))
        return obj.id


def delete_fund(db: Database, fund_id: int) -> None:
    with unit_of_work(db) as session:
        obj = funds.load(session, fund_id)
        used = session.scalar(select(func.count()).where(FundingApplication.fund_id == fund_id))
        if used:
            raise ServiceError(
                f"Fonds '{obj.name}' kan niet worden verwijderd: er zijn {used} aanvragen "
                "bij dit fonds."
            )
        session.delete(obj)


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


def _requested_sql():
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


def _money(value) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


def list_applications(db: Database, query: ListQuery | None = None) -> Page[ApplicationRow]:
    """Filters: status, fund_id; the next deadline is computed from each row's fund rules."""
    query = query or ListQuery()
    requested = _requested_sql()
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

    def row(r) -> ApplicationRow:
        status, amount = ApplicationStatus(r[4]), _money(r[5])
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
        return paged(session, stmt, query, row)


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
    stored_path: str  # relative to the data folder
    added_on: date

    @property
    def path(self) -> Path:
        return data_dir() / self.stored_path


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

    @property
    def budget(self) -> rules.Budget:
        return rules.budget((c.total for c in self.costs), (i.amount for i in self.income))

    def rule_input(self) -> rules.Application:
        a = self.application
        return rules.Application(
            activity_start=a.activity_start,
            activity_end=a.activity_end,
            submitted_on=a.submitted_on,
            costs=[rules.CostItem(c.category, c.total) for c in self.costs],
            income=[i.amount for i in self.income],
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
                AttachmentData(a.id, a.kind, a.filename, a.stored_path, a.added_on)
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
    bundle.prior = prior_support(db, data.fund_id, data.initiative_key, exclude_id=app_id)
    return bundle


def prior_support(
    db: Database, fund_id: int, initiative_key: str, exclude_id: int | None = None
) -> list[rules.PriorSupport]:
    """Other submitted or decided applications for the same initiative at the same fund."""
    key = (initiative_key or "").strip().lower()
    if not key:
        return []
    granted = (S.GRANTED, S.PARTLY_GRANTED, S.ACCOUNTED, S.CLOSED)
    stmt = select(
        FundingApplication.status,
        FundingApplication.amount_granted,
        FundingApplication.activity_start,
        FundingApplication.submitted_on,
        _requested_sql(),
    ).where(
        FundingApplication.fund_id == fund_id,
        FundingApplication.initiative_key == key,
        FundingApplication.status.notin_([S.DRAFT, S.REJECTED]),
    )
    if exclude_id is not None:
        stmt = stmt.where(FundingApplication.id != exclude_id)
    result = []
    with db.reading() as session:
        for status, amount_granted, start, submitted, requested in session.execute(stmt):
            day = start or submitted
            if day is None:
                continue
            is_granted = S(status) in granted and not (
                S(status) == S.CLOSED and amount_granted is None
            )
            amount = amount_granted if amount_granted is not None else _money(requested)
            result.append(rules.PriorSupport(day.year, _money(amount), is_granted))
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
    with unit_of_work(db) as session:
        if data.id:
            obj = applications.load(session, data.id)
        else:
            obj = FundingApplication()
            obj.status_history.append(StatusChange(status=S.DRAFT, changed_on=date.today()))
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


def delete_application(db: Database, app_id: int) -> None:
    """The application with its lines, history and attachment files; activities stay, unlinked."""
    applications.delete(db, app_id)
    shutil.rmtree(attachments_dir(app_id), ignore_errors=True)


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


# --- status workflow ---------------------------------------------------------------------

NEXT = {
    S.DRAFT: (S.SUBMITTED,),
    S.SUBMITTED: (S.GRANTED, S.PARTLY_GRANTED, S.REJECTED, S.DRAFT),
    S.GRANTED: (S.ACCOUNTED,),
    S.PARTLY_GRANTED: (S.ACCOUNTED,),
    S.REJECTED: (S.CLOSED,),
    S.ACCOUNTED: (S.CLOSED,),
    S.CLOSED: (),
}


def _move(
    session, app_id: int, to: ApplicationStatus, on: date, note: str = ""
) -> FundingApplication:
    obj = applications.load(session, app_id)
    if to not in NEXT[S(obj.status)]:
        raise ServiceError(
            f"Deze aanvraag kan niet van '{_STATUS_NL[S(obj.status)]}' naar '{_STATUS_NL[to]}'."
        )
    # The draft's creation date does not count: applications submitted earlier are entered later.
    last = max((h.changed_on for h in obj.status_history if h.status != S.DRAFT), default=None)
    if last is not None and on < last:
        raise ServiceError(
            f"De datum kan niet vóór de vorige statuswijziging ({validation.format_date(last)}) "
            "liggen."
        )
    obj.status = to
    obj.status_history.append(StatusChange(status=to, changed_on=on, note=note[:300]))
    return obj


_STATUS_NL = {
    S.DRAFT: "concept",
    S.SUBMITTED: "ingediend",
    S.GRANTED: "toegekend",
    S.PARTLY_GRANTED: "deels toegekend",
    S.REJECTED: "afgewezen",
    S.ACCOUNTED: "verantwoord",
    S.CLOSED: "afgesloten",
}


def submit(db: Database, app_id: int, on: date, note: str = "") -> None:
    with unit_of_work(db) as session:
        obj = _move(session, app_id, S.SUBMITTED, on, note)
        obj.submitted_on = on


def withdraw(db: Database, app_id: int, on: date, note: str = "") -> None:
    """Back to draft (e.g. the fund asked for changes); the submission stays in the history."""
    with unit_of_work(db) as session:
        obj = _move(session, app_id, S.DRAFT, on, note)
        obj.submitted_on = None


def decide(
    db: Database,
    app_id: int,
    status: ApplicationStatus,
    on: date,
    amount_granted: Decimal | str | None = None,
    reference: str = "",
    note: str = "",
) -> None:
    status = S(status)
    if status not in (S.GRANTED, S.PARTLY_GRANTED, S.REJECTED):
        raise ServiceError("Een besluit is toegekend, deels toegekend of afgewezen.")
    requested = load(db, app_id).budget.requested
    if status == S.REJECTED:
        amount = None
    else:
        try:
            amount = validation.money(amount_granted if amount_granted is not None else requested)
        except validation.Invalid as exc:
            raise ServiceError(str(exc)) from exc
        if status == S.PARTLY_GRANTED and not 0 < amount < requested:
            raise ServiceError(
                f"Bij een gedeeltelijke toekenning ligt het bedrag tussen € 0,00 en het "
                f"gevraagde bedrag ({validation.format_money(requested)})."
            )
    with unit_of_work(db) as session:
        obj = _move(session, app_id, status, on, note)
        if obj.submitted_on and on < obj.submitted_on:
            raise ServiceError("De besluitdatum kan niet vóór de indiening liggen.")
        obj.decision_on, obj.amount_granted, obj.decision_reference = (
            on,
            amount,
            reference.strip()[:60],
        )


def account(
    db: Database,
    app_id: int,
    on: date,
    actual: dict[int, Decimal | str],
    participants: int | None,
    report_text: str,
    files: Sequence[tuple[str, Path]] = (),
) -> None:
    """Accountability: actual costs per line, participants, a report, photos and receipts."""
    try:
        amounts = {line_id: validation.money(value) for line_id, value in actual.items()}
    except validation.Invalid as exc:
        raise ServiceError(str(exc)) from exc
    if participants is not None and participants < 0:
        raise ServiceError("Het aantal deelnemers kan niet negatief zijn.")
    copied: list[Path] = []
    try:
        with unit_of_work(db) as session:
            obj = _move(session, app_id, S.ACCOUNTED, on, "")
            for line in obj.cost_lines:
                if line.id in amounts:
                    line.actual_amount = amounts[line.id]
            obj.accounted_on, obj.actual_participants, obj.report_text = (
                on,
                participants,
                report_text.strip(),
            )
            for kind, source in files:
                obj.attachments.append(_copy_in(app_id, kind, Path(source), on, copied))
    except Exception:
        for path in copied:  # nothing was recorded, so nothing may stay behind in the data folder
            path.unlink(missing_ok=True)
        raise


def close(db: Database, app_id: int, on: date, note: str = "") -> None:
    with unit_of_work(db) as session:
        obj = _move(session, app_id, S.CLOSED, on, note)
        obj.closed_on = on


# --- attachments: files copied into the data folder ------------------------------------------


def attachments_dir(app_id: int) -> Path:
    return data_dir() / "bijlagen" / f"aanvraag-{app_id}"


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^\w.\- ]+", "_", name).strip(" .") or "bijlage"
    return cleaned[:120]


def _copy_in(app_id: int, kind: str, source: Path, on: date, copied: list[Path]) -> Attachment:
    if not source.is_file():
        raise ServiceError(f"Bestand '{source.name}' bestaat niet (meer) of is geen bestand.")
    folder = attachments_dir(app_id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _safe_name(source.name)
    stem, suffix, n = target.stem, target.suffix, 2
    while target.exists():
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    try:
        shutil.copy2(source, target)
    except OSError as exc:
        raise ServiceError(
            f"Kan '{source.name}' niet kopiëren naar de gegevensmap: {exc.strerror}."
        ) from exc
    copied.append(target)
    kind = validation.required_text(kind, "Soort bijlage", 40)
    return Attachment(
        kind=kind,
        filename=source.name[:260],
        stored_path=target.relative_to(data_dir()).as_posix(),
        added_on=on,
    )


def add_attachment(
    db: Database, app_id: int, kind: str, source: Path, on: date | None = None
) -> int:
    copied: list[Path] = []
    try:
        with unit_of_work(db) as session:
            obj = applications.load(session, app_id)
            attachment = _copy_in(app_id, kind, Path(source), on or date.today(), copied)
            obj.attachments.append(attachment)
            session.flush()
            return attachment.id
    except Exception:
        for path in copied:
            path.unlink(missing_ok=True)
        raise


def remove_attachment(db: Database, attachment_id: int) -> None:
    with unit_of_work(db) as session:
        obj = session.get(Attachment, attachment_id)
        if obj is None:
            raise ServiceError("Deze bijlage bestaat niet (meer).")
        path = data_dir() / obj.stored_path
        session.delete(obj)
    path.unlink(missing_ok=True)


# --- choices for the editor --------------------------------------------------------------


def people_choices(db: Database, kind: ApplicantKind) -> list[tuple[int, str]]:
    """(id, name) of current residents or of volunteers, for the applicant picker."""
    model = Resident if kind == ApplicantKind.RESIDENT else Volunteer
    name = sql_display_name(model.given_name, model.name_prefix, model.family_name)
    stmt = select(model.id, model.given_name, model.name_prefix, model.family_name)
    if model is Resident:
        stmt = stmt.where(Resident.move_out.is_(None)).order_by(Resident.sort_key)
    else:
        stmt = stmt.order_by(name)
    with db.reading() as session:
        return [(r[0], display_name(r[1], r[2], r[3])) for r in session.execute(stmt)]


def activity_choices(db: Database, app_id: int | None) -> list[tuple[int, str, date]]:
    """Activities not linked to another application: (id, title, start date)."""
    free = Event.funding_application_id.is_(None)
    if app_id:
        free = or_(free, Event.funding_application_id == app_id)
    with db.reading() as session:
        return [
            (r[0], r[1], r[2].date())
            for r in session.execute(
                select(Event.id, Event.title, Event.starts_at)
                .where(free)
                .order_by(Event.starts_at.desc())
            )
        ]


def activity_dates(db: Database, event_id: int) -> tuple[date, date, int | None, str]:
    """Start, end, complex and location of an activity, to fill in the application's dates."""
    with db.reading() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise ServiceError("Deze activiteit bestaat niet (meer).")
        return event.starts_at.date(), event.ends_at.date(), event.complex_id, event.location


# --- signature list ----------------------------------------------------------------------


@dataclass(frozen=True)
class SignatureSheet:
    title: str
    plan: str
    complex_name: str
    addresses: list[str]


def signature_sheet(db: Database, app_id: int) -> SignatureSheet:
    """The plan and the addresses of the homes in the application's complex."""
    with db.reading() as session:
        obj = applications.load(session, app_id)
        if obj.complex_id is None:
            raise ServiceError(
                f"Aanvraag {app_id} hoort niet bij een complex: kies eerst een complex, "
                "dan kan de handtekeningenlijst de adressen invullen."
            )
        complex_name = session.scalar(select(Complex.name).where(Complex.id == obj.complex_id))
        rows = session.execute(
            select(Home.street, Home.house_number, Home.house_letter, Home.addition, Home.postcode)
            .where(Home.complex_id == obj.complex_id)
            .order_by(Home.street, Home.house_number, Home.house_letter, Home.addition)
        )
        addresses = [
            f"{street} {validation.format_house_number(n, letter, add)}"
            for street, n, letter, add, _pc in rows
        ]
        return SignatureSheet(obj.title, obj.description or obj.goal, complex_name or "", addresses)
